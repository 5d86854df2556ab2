import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A fixed set of threads for CPU-bound work (search, suggestion, review, grouping, password hashing), so that a
/// request that computes for a long time holds one of these threads and never one of the cooperative pool's: the
/// pool's threads keep answering `/health` and every other user while the work runs.
///
/// The queue is bounded: when `queueLimit` jobs already wait, ``run(_:)`` throws ``WorkerPoolBusy`` at once instead
/// of letting the backlog grow without end. The threads run at a lower scheduling priority than the rest of the
/// process (Linux: a positive nice value per thread), so that on a busy machine the short answers come first.
///
/// - Complexity: ``run(_:)`` is O(1) to enqueue; the work itself runs on one of the pool's threads.
public final class WorkerPool: @unchecked Sendable {
    /// What the pool is for, in errors and thread names.
    public let name: String
    /// The number of threads.
    public let threadCount: Int
    /// The most jobs that may wait for a thread.
    public let queueLimit: Int

    private let condition = NSCondition()
    private var jobs: [@Sendable () -> Void] = []
    private var head = 0
    private var running = 0
    private var stopped = false

    /// - Parameters:
    ///   - name: what the pool is for (`search`, `password hashing`).
    ///   - threads: how many threads run jobs at once.
    ///   - queueLimit: how many jobs may wait beyond those running.
    ///   - niceness: the threads' nice value on Linux (0 is the process's own priority; higher yields to others).
    public init(name: String, threads: Int, queueLimit: Int, niceness: Int32 = 5) {
        self.name = name
        self.threadCount = max(1, threads)
        self.queueLimit = max(0, queueLimit)
        for i in 0..<threadCount {
            let threadName = "\(name.prefix(12))-\(i)"
            let thread = Thread { [self] in
                // named from inside, so the system's name of the thread is set too (`top -H`, a debugger)
                Thread.current.name = threadName
                Self.lowerPriority(by: niceness)
                self.loop()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    deinit {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }

    /// The jobs waiting for a thread now.
    public var waiting: Int {
        condition.lock()
        defer { condition.unlock() }
        return jobs.count - head
    }

    /// Runs `body` on one of the pool's threads and returns its result.
    /// - Throws: ``WorkerPoolBusy`` when `queueLimit` jobs already wait (nothing is run); whatever `body` throws.
    public func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            let job: @Sendable () -> Void = {
                do { continuation.resume(returning: try body()) } catch { continuation.resume(throwing: error) }
            }
            condition.lock()
            let queued = jobs.count - head
            guard !stopped, queued < queueLimit || running + queued < threadCount else {
                condition.unlock()
                continuation.resume(throwing: WorkerPoolBusy(pool: name, waiting: queued))
                return
            }
            jobs.append(job)
            condition.signal()
            condition.unlock()
        }
    }

    /// Runs `body` on one of the pool's threads, waiting for room in the queue instead of refusing: for batch work
    /// (pre-coding) that must not be lost and may wait.
    public func runWhenFree<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        var delay: UInt64 = 1_000_000
        while true {
            do {
                return try await run(body)
            } catch is WorkerPoolBusy {
                try await Task.sleep(nanoseconds: delay)
                delay = min(delay * 2, 200_000_000)
            }
        }
    }

    private func loop() {
        while true {
            condition.lock()
            while head == jobs.count && !stopped { condition.wait() }
            if stopped && head == jobs.count {
                condition.unlock()
                return
            }
            let job = jobs[head]
            head += 1
            if head > 64 && head * 2 > jobs.count {
                jobs.removeFirst(head)
                head = 0
            }
            running += 1
            condition.unlock()
            job()
            condition.lock()
            running -= 1
            condition.unlock()
        }
    }

    /// Gives the calling thread a lower scheduling priority (Linux only; elsewhere nothing).
    static func lowerPriority(by niceness: Int32) {
        #if os(Linux)
            guard niceness > 0 else { return }
            // on Linux the nice value is per thread, and 0 names the calling thread
            _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, niceness)
        #endif
    }
}

/// Work refused because the pool's queue is full: the caller should answer "busy, try again" (HTTP 503 with
/// `Retry-After`).
public struct WorkerPoolBusy: Error, CustomStringConvertible, Sendable, Equatable {
    public var pool: String
    public var waiting: Int
    public init(pool: String, waiting: Int) {
        self.pool = pool
        self.waiting = waiting
    }
    public var description: String { "the server is busy (\(waiting) \(pool) jobs waiting): try again shortly" }
}

extension WorkerPool {
    /// The process's pool for search, suggestion, review and grouping: one thread per core, up to 256 waiting.
    public static let compute = WorkerPool(
        name: "compute", threads: ProcessInfo.processInfo.activeProcessorCount, queueLimit: 256)
    /// The process's pool for password hashing: half the cores (at least one), so that a flood of sign-ins cannot
    /// take every core; up to 64 waiting (the sign-in throttle refuses an attacker's attempts before they get here).
    public static let passwordHashing = WorkerPool(
        name: "password hashing", threads: max(1, ProcessInfo.processInfo.activeProcessorCount / 2), queueLimit: 64)
}
