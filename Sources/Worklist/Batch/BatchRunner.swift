import Foundation
import Terminology

/// Runs a batch job to the end: takes pending items one at a time, calls the engine, stores each result with its
/// item in one transaction. Killed at any point and run again, it redoes only the items not marked done.
public struct BatchRunner: Sendable {
    /// The engine: the encounter and its documents in, a code set to store as a version out.
    public typealias Engine = @Sendable (Encounter, [Document]) async throws -> NewVersion
    /// The engine reading the encounter's claim (with age, sex and documents), as `coder suggest/check/group` do.
    public typealias ClaimEngine = @Sendable (Claim) async throws -> NewVersion

    public let store: any WorklistStore
    /// How many items run at once.
    public var concurrency: Int

    public init(store: any WorklistStore, concurrency: Int = 1) {
        self.store = store
        self.concurrency = max(1, concurrency)
    }

    /// Resumes the job and runs it until no item is pending; an engine error fails that item only.
    /// - Returns: the job as it ended.
    @discardableResult
    public func run(jobID: Int64, engine: @escaping Engine) async throws -> BatchJob {
        try await run(jobID: jobID) { work in try await engine(work.encounter, work.documents) }
    }

    /// Resumes the job and runs it with an engine that reads claims.
    @discardableResult
    public func run(jobID: Int64, claimEngine: @escaping ClaimEngine) async throws -> BatchJob {
        try await run(jobID: jobID) { work in try await claimEngine(work.claim) }
    }

    func run(jobID: Int64, work engine: @escaping @Sendable (JobWork) async throws -> NewVersion) async throws
        -> BatchJob
    {
        _ = try await store.resumeJob(id: jobID)
        let store = self.store
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<concurrency {
                group.addTask {
                    while let work = try await store.claimNextJobItem(jobID: jobID) {
                        try Task.checkCancellation()
                        do {
                            let version = try await engine(work)
                            _ = try await store.completeJobItem(id: work.item.id, version: version)
                        } catch is CancellationError {
                            throw CancellationError()
                        } catch {
                            try await store.failJobItem(id: work.item.id, error: "\(error)")
                        }
                    }
                }
            }
            try await group.waitForAll()
        }
        // The last claim that found nothing pending closed the job; one more makes sure with several workers.
        _ = try await store.claimNextJobItem(jobID: jobID)
        guard let job = try await store.job(id: jobID) else { throw NotFound("job", String(jobID)) }
        return job
    }
}
