import Foundation
import GRDB

// Rows decode into the public values by their Codable keys (the columns are named after the properties); JSON
// columns decode into nested values. Inserts and updates are written out as parameterised SQL.
extension User: FetchableRecord {}
extension Patient: FetchableRecord {}
extension Encounter: FetchableRecord {}
extension Document: FetchableRecord {}
extension DocumentSummary: FetchableRecord {}
extension PendingItem: FetchableRecord {}
extension CodeSetVersion: FetchableRecord {}
extension QueryRecord: FetchableRecord {}
extension WorkQueue: FetchableRecord {}
extension AuditItem: FetchableRecord {}
extension BatchJob: FetchableRecord {}
extension JobItem: FetchableRecord {}
extension AccessLogEntry: FetchableRecord {}

extension StatusChange {
    init(row: Row) {
        self.init(
            encounterID: row["encounterID"], from: (row["fromStatus"] as String?).flatMap(EncounterStatus.init),
            to: EncounterStatus(rawValue: row["toStatus"]) ?? .new, userID: row["userID"], actor: row["actor"],
            changedAt: row["changedAt"], pendingReason: (row["pendingReason"] as String?).flatMap(PendingReason.init))
    }
}
