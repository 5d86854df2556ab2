import Foundation

/// A patient, known by a medical record number (MRN) unique in the store.
public struct Patient: Codable, Sendable, Hashable, Identifiable {
    public var id: Int64
    public var mrn: String
    /// "Family, Given" as imported.
    public var name: String
    /// yyyy-mm-dd.
    public var birthDate: String?
    /// `M`, `F` or `U`.
    public var sex: String?

    public init(id: Int64, mrn: String, name: String, birthDate: String?, sex: String?) {
        self.id = id
        self.mrn = mrn
        self.name = name
        self.birthDate = birthDate
        self.sex = sex
    }
}

/// Two patients that may be one person under two record numbers, for a person to review.
public struct DuplicatePatientPair: Codable, Sendable, Hashable {
    public var first: Patient
    public var second: Patient
    /// Why they were paired: `same name and birth date` or `similar name (edit distance 1) and same birth date`.
    public var reason: String

    public init(first: Patient, second: Patient, reason: String) {
        self.first = first
        self.second = second
        self.reason = reason
    }
}
