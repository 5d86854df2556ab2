import Foundation
import Terminology

/// Inpatient or outpatient: it decides the coding rules (UHDDS principal diagnosis or first-listed) and the payment.
public enum CareSetting: String, Codable, Sendable, CaseIterable, Hashable {
    case inpatient, outpatient
}

/// Why an encounter waits: it cannot be submitted while one of these is open.
public enum PendingReason: String, Codable, Sendable, CaseIterable, Hashable {
    case physicianQuery, missingDocumentation, awaitingResults
}

/// One hospital stay or visit to be coded, with its place in the workflow.
public struct Encounter: Codable, Sendable, Hashable, Identifiable {
    public var id: Int64
    /// The identifier the EHR gave it (visit or account number), unique in the store.
    public var identifier: String
    public var patientID: Int64
    public var setting: CareSetting
    /// yyyy-mm-dd.
    public var admitDate: String?
    /// yyyy-mm-dd; nil while the patient is in house.
    public var dischargeDate: String?
    /// Two-digit UB-04 patient status code.
    public var dischargeStatus: String?
    public var service: String?
    public var payer: String?
    public var status: EncounterStatus
    /// Set while the status is `onHold`.
    public var pendingReason: PendingReason?
    public var assignedCoderID: Int64?
    public var claimedAt: Date?
    /// The number of the latest code-set version, nil before the first.
    public var latestVersion: Int?
    /// The engine's confidence in its pre-coding, 0...1.
    public var precodeConfidence: Double?
    /// The DRG and relative weight of the latest version.
    public var drg: String?
    public var drgWeight: Double?
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        id: Int64, identifier: String, patientID: Int64, setting: CareSetting, admitDate: String? = nil,
        dischargeDate: String? = nil, dischargeStatus: String? = nil, service: String? = nil, payer: String? = nil,
        status: EncounterStatus = .new, pendingReason: PendingReason? = nil, assignedCoderID: Int64? = nil,
        claimedAt: Date? = nil, latestVersion: Int? = nil, precodeConfidence: Double? = nil, drg: String? = nil,
        drgWeight: Double? = nil, createdAt: Date, updatedAt: Date
    ) {
        self.id = id
        self.identifier = identifier
        self.patientID = patientID
        self.setting = setting
        self.admitDate = admitDate
        self.dischargeDate = dischargeDate
        self.dischargeStatus = dischargeStatus
        self.service = service
        self.payer = payer
        self.status = status
        self.pendingReason = pendingReason
        self.assignedCoderID = assignedCoderID
        self.claimedAt = claimedAt
        self.latestVersion = latestVersion
        self.precodeConfidence = precodeConfidence
        self.drg = drg
        self.drgWeight = drgWeight
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}

/// A clinical document of an encounter: discharge summary, operative report, progress note.
public struct Document: Codable, Sendable, Hashable, Identifiable {
    public var id: Int64
    public var encounterID: Int64
    /// The identifier the source system gave it; a re-import with the same one updates this document.
    public var sourceIdentifier: String
    public var type: String
    public var author: String?
    /// yyyy-mm-dd or an ISO 8601 date-time, as imported.
    public var date: String?
    public var signed: Bool
    public var text: String

    public init(
        id: Int64, encounterID: Int64, sourceIdentifier: String, type: String, author: String?, date: String?,
        signed: Bool, text: String
    ) {
        self.id = id
        self.encounterID = encounterID
        self.sourceIdentifier = sourceIdentifier
        self.type = type
        self.author = author
        self.date = date
        self.signed = signed
        self.text = text
    }

    /// The document as the claim's `documents` entry the engines read.
    public var claimDocument: Claim.Document {
        Claim.Document(type: type, author: author, date: date, signed: signed, text: text)
    }
}

/// A document without its text: what a list shows without reading the note (and so without an access-log row).
public struct DocumentSummary: Codable, Sendable, Hashable, Identifiable {
    public var id: Int64
    public var encounterID: Int64
    public var type: String
    public var author: String?
    public var date: String?
    public var signed: Bool
    /// The length of the text in characters.
    public var length: Int

    public init(id: Int64, encounterID: Int64, type: String, author: String?, date: String?, signed: Bool, length: Int)
    {
        self.id = id
        self.encounterID = encounterID
        self.type = type
        self.author = author
        self.date = date
        self.signed = signed
        self.length = length
    }
}

/// One row of an encounter's status history; never updated.
public struct StatusChange: Codable, Sendable, Hashable {
    public var encounterID: Int64
    public var from: EncounterStatus?
    public var to: EncounterStatus
    public var userID: Int64?
    /// The username, or `engine` for a batch job.
    public var actor: String
    public var changedAt: Date
    public var pendingReason: PendingReason?

    public init(
        encounterID: Int64, from: EncounterStatus?, to: EncounterStatus, userID: Int64?, actor: String, changedAt: Date,
        pendingReason: PendingReason?
    ) {
        self.encounterID = encounterID
        self.from = from
        self.to = to
        self.userID = userID
        self.actor = actor
        self.changedAt = changedAt
        self.pendingReason = pendingReason
    }
}

/// A reason an encounter waits, open until someone resolves it (or the physician query behind it is answered).
public struct PendingItem: Codable, Sendable, Hashable, Identifiable {
    public var id: Int64
    public var encounterID: Int64
    public var reason: PendingReason
    public var note: String?
    public var queryID: Int64?
    public var openedAt: Date
    public var openedBy: Int64?
    public var resolvedAt: Date?
    public var resolvedBy: Int64?

    public init(
        id: Int64, encounterID: Int64, reason: PendingReason, note: String?, queryID: Int64?, openedAt: Date,
        openedBy: Int64?, resolvedAt: Date?, resolvedBy: Int64?
    ) {
        self.id = id
        self.encounterID = encounterID
        self.reason = reason
        self.note = note
        self.queryID = queryID
        self.openedAt = openedAt
        self.openedBy = openedBy
        self.resolvedAt = resolvedAt
        self.resolvedBy = resolvedBy
    }

    public var isOpen: Bool { resolvedAt == nil }
}

/// Everything a coder sees of one encounter; reading it writes an access-log row.
public struct Chart: Codable, Sendable, Hashable {
    public var patient: Patient
    public var encounter: Encounter
    public var documents: [Document]
    public var versions: [CodeSetVersion]
    public var statusHistory: [StatusChange]
    public var pending: [PendingItem]
    public var queries: [QueryRecord]

    public init(
        patient: Patient, encounter: Encounter, documents: [Document], versions: [CodeSetVersion],
        statusHistory: [StatusChange], pending: [PendingItem], queries: [QueryRecord]
    ) {
        self.patient = patient
        self.encounter = encounter
        self.documents = documents
        self.versions = versions
        self.statusHistory = statusHistory
        self.pending = pending
        self.queries = queries
    }

    /// The latest code-set version, if any.
    public var latestVersion: CodeSetVersion? { versions.last }
}
