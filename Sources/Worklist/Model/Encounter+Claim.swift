import Terminology

extension Claim {
    /// The claim the engines read (INTERFACES.md) for an encounter: setting, dates, age at admission, sex,
    /// discharge status, the documents, and the codes of `version` when given.
    public init(
        encounter: Encounter, patient: Patient?, documents: [Worklist.Document] = [], version: CodeSetVersion? = nil
    ) {
        self.init(
            id: encounter.identifier, setting: encounter.setting.rawValue, admitDate: encounter.admitDate,
            dischargeDate: encounter.dischargeDate,
            age: Self.age(birthDate: patient?.birthDate, on: encounter.admitDate ?? encounter.dischargeDate),
            sex: patient?.sex, dischargeStatus: encounter.dischargeStatus, diagnoses: version?.diagnoses ?? [],
            procedures: version?.procedures ?? [], documents: documents.isEmpty ? nil : documents.map(\.claimDocument))
    }

    /// Whole years from a yyyy-mm-dd birth date to a yyyy-mm-dd day; nil when either is missing.
    public static func age(birthDate: String?, on day: String?) -> Int? {
        guard let birth = Claim.day(birthDate), let on = Claim.day(day), on >= birth else { return nil }
        return (on - birth) / 10000
    }
}

/// What a batch job hands the engine for one encounter.
public struct JobWork: Sendable, Hashable {
    public var item: JobItem
    public var encounter: Encounter
    public var patient: Patient
    public var documents: [Document]

    public init(item: JobItem, encounter: Encounter, patient: Patient, documents: [Document]) {
        self.item = item
        self.encounter = encounter
        self.patient = patient
        self.documents = documents
    }

    /// The claim of the encounter with its documents and no codes yet, for the suggester, edits and grouper.
    public var claim: Claim { Claim(encounter: encounter, patient: patient, documents: documents) }
}
