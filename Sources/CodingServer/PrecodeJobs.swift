import Dispatch
import Foundation
import Logging
import Offload
import ServiceLifecycle
import Terminology
import Worklist

/// Batch pre-coding in the background: a job per request, run by ``BatchRunner`` (each item's version and its done
/// mark in one transaction), resumed when the service starts again after a crash.
public struct PrecodeJobs: Service, CustomStringConvertible {
    let store: any WorklistStore
    let engines: ServerEngines
    let concurrency: Int
    private let queue: AsyncStream<Int64>
    private let submit: AsyncStream<Int64>.Continuation

    init(store: any WorklistStore, engines: ServerEngines, concurrency: Int) {
        self.store = store
        self.engines = engines
        self.concurrency = concurrency
        (queue, submit) = AsyncStream.makeStream(of: Int64.self)
    }

    /// How the service lifecycle names it in the log (not a dump of the engines).
    public var description: String { "PrecodeJobs(concurrency: \(concurrency))" }

    /// Creates a job over the encounters (all `new` encounters when nil) and queues it.
    public func start(encounterIDs: [Int64]?, userID: Int64) async throws -> BatchJob {
        var ids = encounterIDs ?? []
        if encounterIDs == nil { ids = try await store.encounterIDs(status: .new) }
        let job = try await store.createJob(kind: "precode", encounterIDs: ids, userID: userID)
        submit.yield(job.id)
        return job
    }

    /// Runs one job to its end.
    /// - Parameter timings: collects how long the engines took for each encounter.
    public func run(jobID: Int64, timings: Timings? = nil) async throws -> BatchJob {
        let engines = self.engines
        let store = self.store
        let metrics = ServiceMetrics.shared
        metrics.precodeJob(running: true)
        defer { metrics.precodeJob(running: false) }
        return try await BatchRunner(store: store, concurrency: concurrency).run(
            jobID: jobID,
            claimEngine: { claim in
                // the engines compute on the worker pool, so a night's pre-coding leaves the service responsive
                do {
                    let version = try await WorkerPool.compute.runWhenFree {
                        let start = DispatchTime.now().uptimeNanoseconds
                        let version = engines.precodeVersion(claim)
                        timings?.add(DispatchTime.now().uptimeNanoseconds - start)
                        return version
                    }
                    metrics.precodeItem(failed: false)
                    return version
                } catch {
                    metrics.precodeItem(failed: true)
                    throw error
                }
            })
    }

    /// Durations in nanoseconds, from several tasks.
    public final class Timings: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [UInt64] = []
        public init() {}
        func add(_ value: UInt64) { lock.withLock { values.append(value) } }
        /// The q-quantile (0…1) in milliseconds; nil when nothing was timed.
        public func quantile(_ q: Double) -> Double? {
            let sorted = lock.withLock { values.sorted() }
            guard !sorted.isEmpty else { return nil }
            return Double(sorted[min(sorted.count - 1, Int(Double(sorted.count) * q))]) / 1e6
        }
    }

    public func run() async throws {
        let logger = Logger(label: "coder-serve.precode")
        // jobs a stopped or killed process left unfinished
        for job in try await store.jobs() where job.state == .queued || job.state == .running {
            submit.yield(job.id)
        }
        await withGracefulShutdownHandler {
            for await id in queue {
                // a job queued twice (started, and found unfinished at start) runs once
                do {
                    if let job = try await store.job(id: id), job.state == .done || job.state == .failed { continue }
                    let job = try await run(jobID: id)
                    logger.info("precode job \(id): \(job.state.rawValue), \(job.done) done, \(job.errors) failed")
                } catch {
                    logger.error("precode job \(id) stopped: \(type(of: error))")
                }
            }
        } onGracefulShutdown: {
            submit.finish()
        }
    }
}
