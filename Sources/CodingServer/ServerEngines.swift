import ClaimReview
import CodeSearch
import CodeSuggestion
import Foundation
import Offload
import Terminology
import Worklist

/// The engines the service runs, loaded once at start and shared by every request: lookup, the review, the grouper
/// and the pre-coder.
public struct ServerEngines: Sendable {
    public let lookup: LookupEngine
    public let reviewer: ClaimReviewer
    public let precoder: Precoder

    public init(lookup: LookupEngine, reviewer: ClaimReviewer) throws {
        self.lookup = lookup
        self.reviewer = reviewer
        self.precoder = try Precoder(reviewer: reviewer)
    }

    /// The claim of an encounter with a code set (Worklist's claim of the encounter, with these codes).
    static func claim(
        for encounter: Encounter, patient: Patient?, diagnoses: [Claim.Diagnosis], procedures: [Claim.Procedure],
        documents: [Worklist.Document] = []
    ) -> Claim {
        var claim = Claim(encounter: encounter, patient: patient, documents: documents)
        claim.diagnoses = diagnoses
        claim.procedures = procedures
        if claim.dischargeStatus == nil { claim.dischargeStatus = "01" }
        return claim
    }

    /// Reviews and groups a code set of an encounter: what the coder sees as they code and what a version stores.
    /// A review or a grouping that fails is an error finding naming why, never "no findings".
    func evaluate(_ claim: Claim) -> (findings: [Finding], grouping: Grouping.Summary?) {
        reviewer.evaluation(claim, group: claim.setting != "outpatient" && !claim.diagnoses.isEmpty)
    }

    /// ``evaluate(_:)`` on the worker pool: a review and a grouping never hold a thread of the cooperative pool.
    func evaluated(_ claim: Claim) async throws -> (findings: [Finding], grouping: Grouping.Summary?) {
        try await WorkerPool.compute.run { self.evaluate(claim) }
    }

    /// The version a pre-coding of an encounter's claim (demographics and documents) stores.
    func precodeVersion(_ claim: Claim) -> NewVersion {
        let r = precoder.precode(claim)
        return NewVersion(
            source: .precode, diagnoses: r.claim.diagnoses, procedures: r.claim.procedures, drg: r.grouping?.drg,
            weight: r.grouping?.weight, ccMcc: r.grouping.flatMap { CCMCCLevel(rawValue: $0.ccMcc) },
            confidence: r.confidence, engineVersion: precoder.engineVersion, findings: r.findings)
    }
}
