import Foundation
import Offload
import Testing

/// The worker pool that keeps CPU work off the cooperative pool.
@Suite struct WorkerPoolTests {
    @Test func runsOnItsOwnThreadsAndReturnsResultsAndErrors() async throws {
        let pool = WorkerPool(name: "test", threads: 2, queueLimit: 8)
        let name = try await pool.run { Thread.current.name ?? "" }
        #expect(name.hasPrefix("test-"))
        #expect(try await pool.run { 6 * 7 } == 42)
        struct Failure: Error {}
        await #expect(throws: Failure.self) { try await pool.run { () throws -> Int in throw Failure() } }
    }

    @Test func aFullQueueIsRefusedAtOnceNotQueuedWithoutEnd() async throws {
        let pool = WorkerPool(name: "tiny", threads: 1, queueLimit: 1)
        let gate = DispatchSemaphore(value: 0)
        // one job holds the thread, one waits; a third is refused at once
        async let first: Int = pool.run {
            gate.wait()
            return 1
        }
        try await Task.sleep(for: .milliseconds(100))
        async let second: Int = pool.run { 2 }
        try await Task.sleep(for: .milliseconds(100))
        let busy = await #expect(throws: WorkerPoolBusy.self) { try await pool.run { 3 } }
        #expect(busy?.description.contains("busy") == true)
        gate.signal()
        #expect(try await first + second == 3)
        // room again once the queue drains
        #expect(try await pool.run { 4 } == 4)
        #expect(try await pool.runWhenFree { 5 } == 5)
    }
}
