/// What an auditor sees of an encounter while re-coding it blind: the record and the documents, never the coder's
/// or the engine's work (code sets, DRG and weight, the pre-coding's confidence) nor who did it (the assignment, the
/// names in the status history, the pending items and the queries). The audit item scores the two afterwards.
extension Encounter {
    public var blindedForAudit: Encounter {
        var e = self
        e.assignedCoderID = nil
        e.claimedAt = nil
        e.latestVersion = nil
        e.precodeConfidence = nil
        e.drg = nil
        e.drgWeight = nil
        return e
    }
}

extension StatusChange {
    /// The change without who made it.
    public var blindedForAudit: StatusChange {
        var c = self
        c.userID = nil
        c.actor = StatusChange.hiddenActor
        return c
    }

    /// The actor shown to a blind auditor.
    public static let hiddenActor = "(hidden for the blind audit)"
}

extension PendingItem {
    public var blindedForAudit: PendingItem {
        var p = self
        p.openedBy = nil
        p.resolvedBy = nil
        return p
    }
}

extension QueryRecord {
    public var blindedForAudit: QueryRecord {
        var q = self
        q.createdBy = nil
        return q
    }
}

extension Chart {
    /// The chart with only the auditor's own versions and nothing that names or scores the coder's work.
    public var blindedForAudit: Chart {
        var c = self
        c.encounter = encounter.blindedForAudit
        c.versions = versions.filter { $0.source == .auditor }
        c.statusHistory = statusHistory.map(\.blindedForAudit)
        c.pending = pending.map(\.blindedForAudit)
        c.queries = queries.map(\.blindedForAudit)
        return c
    }
}
