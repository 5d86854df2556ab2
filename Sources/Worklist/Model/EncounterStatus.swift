/// Where an encounter is in the coding workflow.
///
/// `new → precoded → inProgress → onHold(pending reason) → inProgress → coded → audited`; the allowed moves are
/// ``allowedTransitions``, the one table every status change is checked against.
public enum EncounterStatus: String, Codable, CodingKeyRepresentable, Sendable, CaseIterable, Hashable {
    /// Imported, not yet touched.
    case new
    /// The engine stored a suggested code set.
    case precoded
    /// A coder works on it.
    case inProgress
    /// Waiting for a physician answer, a missing document or results.
    case onHold
    /// Submitted by the coder.
    case coded
    /// Re-coded by an auditor and decided.
    case audited

    /// Every allowed move, from a status to the statuses it may go to.
    public static let allowedTransitions: [EncounterStatus: Set<EncounterStatus>] = [
        .new: [.precoded, .inProgress, .onHold],
        .precoded: [.inProgress, .onHold],
        .inProgress: [.onHold, .coded],
        .onHold: [.inProgress],
        // Reopened for a correction (after a rebuttal, a late document) or closed by the audit decision.
        .coded: [.inProgress, .audited],
        .audited: [],
    ]

    /// Whether the table allows moving from this status to `next`.
    public func canMove(to next: EncounterStatus) -> Bool {
        Self.allowedTransitions[self, default: []].contains(next)
    }

    /// Statuses that count in the backlog: not yet submitted.
    public static let unfinished: [EncounterStatus] = [.new, .precoded, .inProgress, .onHold]
}
