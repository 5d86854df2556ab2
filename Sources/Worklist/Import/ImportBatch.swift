import Terminology

/// Records read from an import file, checked one by one, ready for a store to apply; what failed is in `rejected`.
public struct ImportBatch: Codable, Sendable, Hashable {
    public struct PatientRecord: Codable, Sendable, Hashable {
        /// How the source names it (`Patient/p1`), for messages.
        public var source: String
        public var mrn: String
        public var name: String
        public var birthDate: String?
        public var sex: String?

        public init(source: String, mrn: String, name: String, birthDate: String?, sex: String?) {
            self.source = source
            self.mrn = mrn
            self.name = name
            self.birthDate = birthDate
            self.sex = sex
        }
    }

    public struct DocumentRecord: Codable, Sendable, Hashable {
        public var source: String
        public var identifier: String
        public var type: String
        public var author: String?
        public var date: String?
        public var signed: Bool
        public var text: String

        public init(
            source: String, identifier: String, type: String, author: String?, date: String?, signed: Bool, text: String
        ) {
            self.source = source
            self.identifier = identifier
            self.type = type
            self.author = author
            self.date = date
            self.signed = signed
            self.text = text
        }
    }

    public struct EncounterRecord: Codable, Sendable, Hashable {
        public var source: String
        public var identifier: String
        /// The MRN of a patient of this batch (or already stored).
        public var patientMRN: String
        public var setting: CareSetting
        public var admitDate: String?
        public var dischargeDate: String?
        public var dischargeStatus: String?
        public var service: String?
        public var payer: String?
        public var documents: [DocumentRecord]
        /// Codes that came with the record (ICD-10-CM conditions, ICD-10-PCS procedures), principal first.
        public var diagnoses: [Claim.Diagnosis]
        public var procedures: [Claim.Procedure]

        public init(
            source: String, identifier: String, patientMRN: String, setting: CareSetting, admitDate: String? = nil,
            dischargeDate: String? = nil, dischargeStatus: String? = nil, service: String? = nil, payer: String? = nil,
            documents: [DocumentRecord] = [], diagnoses: [Claim.Diagnosis] = [], procedures: [Claim.Procedure] = []
        ) {
            self.source = source
            self.identifier = identifier
            self.patientMRN = patientMRN
            self.setting = setting
            self.admitDate = admitDate
            self.dischargeDate = dischargeDate
            self.dischargeStatus = dischargeStatus
            self.service = service
            self.payer = payer
            self.documents = documents
            self.diagnoses = diagnoses
            self.procedures = procedures
        }
    }

    public var patients: [PatientRecord]
    public var encounters: [EncounterRecord]
    public var rejected: [ImportRejection]

    public init(patients: [PatientRecord] = [], encounters: [EncounterRecord] = [], rejected: [ImportRejection] = []) {
        self.patients = patients
        self.encounters = encounters
        self.rejected = rejected
    }
}

/// A record left out of an import, with the reason naming it (`Encounter/abc: missing identifier`).
public struct ImportRejection: Error, Codable, Sendable, Hashable, CustomStringConvertible {
    /// `Encounter/abc`, `CSV line 4`.
    public var resource: String
    public var reason: String

    public init(resource: String, reason: String) {
        self.resource = resource
        self.reason = reason
    }

    public var description: String { "\(resource): \(reason)" }
}

/// What an import did: encounters new and updated (by identifier), documents, patients, rejections, duplicates.
public struct ImportResult: Codable, Sendable, Hashable {
    /// Identifiers of encounters created.
    public var imported: [String]
    /// Identifiers of encounters that were already there and were updated.
    public var updated: [String]
    public var rejected: [ImportRejection]
    public var patientsCreated: Int
    public var documentsCreated: Int
    public var documentsUpdated: Int
    /// Import versions appended (codes that came with the record and differ from the last imported ones).
    public var versionsAdded: Int
    /// Pairs of patients newly flagged as possible duplicates.
    public var duplicatePatientsFlagged: Int

    public init(
        imported: [String] = [], updated: [String] = [], rejected: [ImportRejection] = [], patientsCreated: Int = 0,
        documentsCreated: Int = 0, documentsUpdated: Int = 0, versionsAdded: Int = 0, duplicatePatientsFlagged: Int = 0
    ) {
        self.imported = imported
        self.updated = updated
        self.rejected = rejected
        self.patientsCreated = patientsCreated
        self.documentsCreated = documentsCreated
        self.documentsUpdated = documentsUpdated
        self.versionsAdded = versionsAdded
        self.duplicatePatientsFlagged = duplicatePatientsFlagged
    }
}
