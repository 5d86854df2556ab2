import Foundation
import Terminology

/// Where a physician query is: `open → sent → answered → closed`, or `withdrawn` before it is answered.
public enum QueryState: String, Codable, Sendable, CaseIterable, Hashable {
    case open, sent, answered, closed, withdrawn

    /// Every allowed move of a query.
    public static let allowedTransitions: [QueryState: Set<QueryState>] = [
        .open: [.sent, .withdrawn],
        .sent: [.answered, .withdrawn],
        .answered: [.closed],
        .closed: [],
        .withdrawn: [],
    ]

    /// Whether the table allows moving from this state to `next`.
    public func canMove(to next: QueryState) -> Bool { Self.allowedTransitions[self, default: []].contains(next) }
}

/// A physician query on an encounter with its life cycle; the question is the engine's ``PhysicianQuery``.
public struct QueryRecord: Codable, Sendable, Hashable, Identifiable {
    public var id: Int64
    public var encounterID: Int64
    public var question: PhysicianQuery
    public var state: QueryState
    public var createdBy: Int64?
    public var createdAt: Date
    public var sentAt: Date?
    public var answeredAt: Date?
    public var closedAt: Date?
    public var withdrawnAt: Date?
    public var answer: String?
    public var answeringPhysician: String?

    public init(
        id: Int64, encounterID: Int64, question: PhysicianQuery, state: QueryState, createdBy: Int64?, createdAt: Date,
        sentAt: Date? = nil, answeredAt: Date? = nil, closedAt: Date? = nil, withdrawnAt: Date? = nil,
        answer: String? = nil, answeringPhysician: String? = nil
    ) {
        self.id = id
        self.encounterID = encounterID
        self.question = question
        self.state = state
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.sentAt = sentAt
        self.answeredAt = answeredAt
        self.closedAt = closedAt
        self.withdrawnAt = withdrawnAt
        self.answer = answer
        self.answeringPhysician = answeringPhysician
    }

    /// Hours from sent to answered, once answered.
    public var turnaroundHours: Double? {
        guard let sentAt, let answeredAt else { return nil }
        return answeredAt.timeIntervalSince(sentAt) / 3600
    }
}
