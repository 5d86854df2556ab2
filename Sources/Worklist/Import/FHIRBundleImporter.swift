import Foundation
import Terminology

/// Reads a FHIR R4 `Bundle` (JSON) into an ``ImportBatch``: Patient, Encounter, Condition, Procedure,
/// DocumentReference and Binary resources; everything else is ignored.
///
/// - Patient: the MRN is the identifier whose type is `MR` (else the first identifier); name, birthDate, gender.
/// - Encounter: `identifier[0].value` (required), `subject` (a Patient of the bundle), `class` (`IMP`, `ACUTE`,
///   `NONAC` are inpatient; `AMB`, `EMER`, `OBSENC`, `SS`, `VR`, `HH` outpatient), `period`,
///   `hospitalization.dischargeDisposition` (UB-04 two-digit code), `serviceType`, and the payer in an extension
///   with url ``payerExtension``. `diagnosis[].rank` orders the conditions (rank 1 is the principal).
/// - Condition with an ICD-10-CM coding (``icd10cmSystem``) and Procedure with an ICD-10-PCS coding
///   (``icd10pcsSystem``) become the encounter's imported code set; POA comes from an extension with url
///   ``poaExtension`` (`Y`, `N`, `U`, `W`, `1`). A condition coded in another system only is skipped.
/// - DocumentReference: the note text as base64 `content[].attachment.data`, or an attachment `url` naming a
///   contained Binary (`#id`) or one in the bundle (`Binary/id` or its fullUrl). `docStatus` `final` or `amended`
///   means signed. The document's identifier (else `DocumentReference/id`) makes a re-import idempotent.
public enum FHIRBundleImporter {
    public static let icd10cmSystem = "http://hl7.org/fhir/sid/icd-10-cm"
    public static let icd10pcsSystem = "http://www.cms.gov/Medicare/Coding/ICD10"
    public static let payerExtension = "urn:opencoder:fhir:payer"
    public static let poaExtension = "urn:opencoder:fhir:present-on-admission"

    typealias Object = [String: Any]

    /// The most entries one bundle may hold: a day's discharges of a large hospital with their notes are a few
    /// thousand; beyond this an import is split.
    public static let maximumEntries = 100_000

    /// Parses a bundle; records that fail a check are listed in `rejected`, the rest are returned.
    /// - Throws: ``ImportFormatError`` when the data is not a JSON FHIR Bundle at all.
    public static func parse(_ data: Data, source: String = "bundle") throws -> ImportBatch {
        let json: Any
        do {
            // Swift's own containers: a tenth of JSONSerialization's memory on Linux (see NativeJSON)
            json = try NativeJSON.parse(data)
        } catch {
            throw ImportFormatError(source: source, message: "not valid JSON")
        }
        guard let bundle = json as? Object, bundle["resourceType"] as? String == "Bundle" else {
            throw ImportFormatError(source: source, message: "not a FHIR Bundle (resourceType must be \"Bundle\")")
        }
        let entries = (bundle["entry"] as? [Any]) ?? []
        guard entries.count <= maximumEntries else {
            throw ImportFormatError(
                source: source,
                message: "\(entries.count) entries; a bundle holds at most \(maximumEntries) (split it into several)")
        }
        var resources: [(label: String, type: String, resource: Object)] = []
        var byReference: [String: Object] = [:]
        var batch = ImportBatch()
        for (index, entry) in entries.enumerated() {
            guard let entry = entry as? Object, let resource = entry["resource"] as? Object,
                let type = resource["resourceType"] as? String
            else {
                batch.rejected.append(
                    ImportRejection(resource: "entry[\(index)]", reason: "no resource with a resourceType"))
                continue
            }
            let id = resource["id"] as? String
            let label = id.map { "\(type)/\($0)" } ?? "\(type) entry[\(index)]"
            resources.append((label, type, resource))
            if let id { byReference["\(type)/\(id)"] = resource }
            if let fullUrl = entry["fullUrl"] as? String { byReference[fullUrl] = resource }
        }
        func key(_ reference: String?) -> String? {
            guard let reference, let target = byReference[reference],
                let type = target["resourceType"] as? String
            else { return nil }
            return (target["id"] as? String).map { "\(type)/\($0)" } ?? reference
        }

        // Patients.
        var patientMRN: [String: String] = [:]  // canonical reference -> MRN
        var rejectedReferences: Set<String> = []
        for (label, type, resource) in resources where type == "Patient" {
            switch patient(resource, label: label) {
            case .success(let record):
                batch.patients.append(record)
                patientMRN[label] = record.mrn
            case .failure(let rejection):
                batch.rejected.append(rejection)
                rejectedReferences.insert(label)
            }
        }

        // Encounters.
        var encounterIndex: [String: Int] = [:]  // canonical reference -> index in batch.encounters
        var diagnosisRank: [String: [String: Int]] = [:]  // encounter -> condition reference -> rank
        for (label, type, resource) in resources where type == "Encounter" {
            switch encounter(
                resource, label: label, patientKey: { key($0) }, patientMRN: patientMRN,
                rejected: rejectedReferences)
            {
            case .success(let record):
                encounterIndex[label] = batch.encounters.count
                batch.encounters.append(record)
                var ranks: [String: Int] = [:]
                for (position, d) in ((resource["diagnosis"] as? [Any]) ?? []).enumerated() {
                    guard let d = d as? Object, let ref = (d["condition"] as? Object)?["reference"] as? String,
                        let canonical = key(ref)
                    else { continue }
                    ranks[canonical] = (d["rank"] as? Int) ?? (1000 + position)
                }
                diagnosisRank[label] = ranks
            case .failure(let rejection):
                batch.rejected.append(rejection)
                rejectedReferences.insert(label)
            }
        }

        func owningEncounter(_ resource: Object, label: String, field: String) -> Result<Int, ImportRejection> {
            let ref: String?
            if field == "context" {
                ref =
                    (((resource["context"] as? Object)?["encounter"] as? [Any])?.first as? Object)?["reference"]
                    as? String
            } else {
                ref = (resource["encounter"] as? Object)?["reference"] as? String
            }
            guard let ref else {
                return .failure(ImportRejection(resource: label, reason: "no encounter reference"))
            }
            guard let canonical = key(ref) else {
                return .failure(ImportRejection(resource: label, reason: "encounter \(ref) is not in the bundle"))
            }
            if rejectedReferences.contains(canonical) {
                return .failure(ImportRejection(resource: label, reason: "its encounter \(canonical) was rejected"))
            }
            guard let index = encounterIndex[canonical] else {
                return .failure(ImportRejection(resource: label, reason: "\(ref) is not an Encounter"))
            }
            return .success(index)
        }

        // Conditions, in rank order then bundle order.
        var conditions: [(encounter: Int, rank: Int, order: Int, diagnosis: Claim.Diagnosis)] = []
        for (order, (label, type, resource)) in resources.enumerated() where type == "Condition" {
            guard let coding = coding(resource, system: icd10cmSystem) else { continue }
            let owner: Int
            switch owningEncounter(resource, label: label, field: "encounter") {
            case .success(let i): owner = i
            case .failure(let r):
                batch.rejected.append(r)
                continue
            }
            guard let code = normalisedCode(coding, pcs: false) else {
                batch.rejected.append(
                    ImportRejection(resource: label, reason: "\"\(coding)\" is not an ICD-10-CM code"))
                continue
            }
            var poa: String?
            if let value = extensionValue(resource, url: poaExtension) {
                let upper = value.uppercased()
                guard ["Y", "N", "U", "W", "1"].contains(upper) else {
                    batch.rejected.append(
                        ImportRejection(
                            resource: label, reason: "present-on-admission \"\(value)\" is not Y, N, U, W or 1"))
                    continue
                }
                poa = upper
            }
            let encounterLabel = batch.encounters[owner].source
            let rank = diagnosisRank[encounterLabel]?[label] ?? (100_000 + order)
            conditions.append((owner, rank, order, Claim.Diagnosis(code: code, poa: poa)))
        }
        conditions.sort { ($0.encounter, $0.rank, $0.order) < ($1.encounter, $1.rank, $1.order) }
        for c in conditions
        where !batch.encounters[c.encounter].diagnoses.contains(where: { $0.code == c.diagnosis.code }) {
            batch.encounters[c.encounter].diagnoses.append(c.diagnosis)
        }

        // Procedures.
        for (label, type, resource) in resources where type == "Procedure" {
            guard let coding = coding(resource, system: icd10pcsSystem) else { continue }
            let owner: Int
            switch owningEncounter(resource, label: label, field: "encounter") {
            case .success(let i): owner = i
            case .failure(let r):
                batch.rejected.append(r)
                continue
            }
            guard let code = normalisedCode(coding, pcs: true) else {
                batch.rejected.append(
                    ImportRejection(resource: label, reason: "\"\(coding)\" is not an ICD-10-PCS code"))
                continue
            }
            let performed =
                (resource["performedDateTime"] as? String)
                ?? ((resource["performedPeriod"] as? Object)?["start"] as? String)
            batch.encounters[owner].procedures.append(
                Claim.Procedure(code: code, date: ImportValidation.day(performed)))
        }

        // Documents.
        for (label, type, resource) in resources where type == "DocumentReference" {
            let owner: Int
            switch owningEncounter(resource, label: label, field: "context") {
            case .success(let i): owner = i
            case .failure(let r):
                batch.rejected.append(r)
                continue
            }
            switch document(resource, label: label, byReference: byReference) {
            case .success(let record): batch.encounters[owner].documents.append(record)
            case .failure(let r): batch.rejected.append(r)
            }
        }
        return batch
    }

    // MARK: - Resources

    static func patient(_ r: Object, label: String) -> Result<ImportBatch.PatientRecord, ImportRejection> {
        let identifiers = (r["identifier"] as? [Any])?.compactMap { $0 as? Object } ?? []
        let mr = identifiers.first { id in
            (((id["type"] as? Object)?["coding"] as? [Any]) ?? []).contains {
                ($0 as? Object)?["code"] as? String == "MR"
            }
        }
        guard let mrn = ((mr ?? identifiers.first)?["value"] as? String)?.trimmingCharacters(in: .whitespaces),
            !mrn.isEmpty
        else {
            return .failure(ImportRejection(resource: label, reason: "missing identifier (medical record number)"))
        }
        guard let name = displayName(r) else {
            return .failure(ImportRejection(resource: label, reason: "missing name"))
        }
        var birthDate: String?
        if let text = r["birthDate"] as? String {
            guard let day = ImportValidation.day(text), day.count == text.count else {
                return .failure(ImportRejection(resource: label, reason: "birthDate \"\(text)\" is not a date"))
            }
            birthDate = day
        }
        return .success(
            .init(
                source: label, mrn: mrn, name: name, birthDate: birthDate,
                sex: ImportValidation.sex(r["gender"] as? String)))
    }

    static func displayName(_ r: Object) -> String? {
        guard let names = r["name"] as? [Any] else { return nil }
        let objects = names.compactMap { $0 as? Object }
        let name = objects.first { $0["use"] as? String == "official" } ?? objects.first
        guard let name else { return nil }
        let family = (name["family"] as? String)?.trimmingCharacters(in: .whitespaces) ?? ""
        let given = ((name["given"] as? [Any]) ?? []).compactMap { $0 as? String }.joined(separator: " ")
        if !family.isEmpty { return given.isEmpty ? family : "\(family), \(given)" }
        if let text = (name["text"] as? String)?.trimmingCharacters(in: .whitespaces), !text.isEmpty { return text }
        return given.isEmpty ? nil : given
    }

    static let inpatientClasses: Set<String> = ["IMP", "ACUTE", "NONAC", "PRENC"]
    static let outpatientClasses: Set<String> = ["AMB", "EMER", "OBSENC", "SS", "VR", "HH", "FLD"]

    static func encounter(
        _ r: Object, label: String, patientKey: (String) -> String?, patientMRN: [String: String],
        rejected: Set<String>
    ) -> Result<ImportBatch.EncounterRecord, ImportRejection> {
        func reject(_ reason: String) -> Result<ImportBatch.EncounterRecord, ImportRejection> {
            .failure(ImportRejection(resource: label, reason: reason))
        }
        let identifiers = (r["identifier"] as? [Any])?.compactMap { $0 as? Object } ?? []
        guard let identifier = (identifiers.first?["value"] as? String)?.trimmingCharacters(in: .whitespaces),
            !identifier.isEmpty
        else { return reject("missing identifier") }
        guard let subject = (r["subject"] as? Object)?["reference"] as? String else { return reject("missing subject") }
        guard let patient = patientKey(subject) else { return reject("subject \(subject) is not in the bundle") }
        if rejected.contains(patient) { return reject("its patient \(patient) was rejected") }
        guard let mrn = patientMRN[patient] else { return reject("subject \(subject) is not a Patient") }
        // R4 `class` is a Coding; R5 made it a list of CodeableConcepts.
        let classCoding =
            (r["class"] as? Object)
            ?? ((((r["class"] as? [Any])?.first as? Object)?["coding"] as? [Any])?.first as? Object)
        guard let classCode = classCoding?["code"] as? String else { return reject("missing class") }
        let setting: CareSetting
        if inpatientClasses.contains(classCode.uppercased()) {
            setting = .inpatient
        } else if outpatientClasses.contains(classCode.uppercased()) {
            setting = .outpatient
        } else {
            return reject("class \"\(classCode)\" is neither inpatient nor outpatient")
        }
        let period = r["period"] as? Object
        var admit: String?
        var discharge: String?
        if let start = period?["start"] as? String {
            guard let day = ImportValidation.day(start) else {
                return reject("period.start \"\(start)\" is not a date")
            }
            admit = day
        }
        if let end = period?["end"] as? String {
            guard let day = ImportValidation.day(end) else { return reject("period.end \"\(end)\" is not a date") }
            discharge = day
        }
        if let admit, let discharge, discharge < admit {
            return reject("period.end \(discharge) is before period.start \(admit)")
        }
        let disposition =
            (((r["hospitalization"] as? Object)?["dischargeDisposition"] as? Object)?["coding"] as? [Any])?
            .first as? Object
        let dispositionCode = disposition?["code"] as? String
        guard let dischargeStatus = ImportValidation.dischargeStatus(dispositionCode) else {
            return reject("dischargeDisposition \"\(dispositionCode ?? "")\" is not a two-digit UB-04 status")
        }
        let serviceType = r["serviceType"] as? Object
        let service =
            (serviceType?["text"] as? String)
            ?? (((serviceType?["coding"] as? [Any])?.first as? Object).flatMap {
                ($0["display"] ?? $0["code"]) as? String
            })
        return .success(
            .init(
                source: label, identifier: identifier, patientMRN: mrn, setting: setting, admitDate: admit,
                dischargeDate: discharge, dischargeStatus: dischargeStatus, service: service,
                payer: extensionValue(r, url: payerExtension)))
    }

    static let loincTypes: [String: String] = [
        "18842-5": "discharge-summary", "11504-8": "operative-report", "11506-3": "progress-note",
        "34117-2": "history-and-physical", "11488-4": "consult-note", "34111-5": "emergency-note",
        "18748-4": "imaging-report", "11526-1": "pathology-report",
    ]

    static func document(_ r: Object, label: String, byReference: [String: Object]) -> Result<
        ImportBatch.DocumentRecord, ImportRejection
    > {
        func reject(_ reason: String) -> Result<ImportBatch.DocumentRecord, ImportRejection> {
            .failure(ImportRejection(resource: label, reason: reason))
        }
        let identifiers = (r["identifier"] as? [Any])?.compactMap { $0 as? Object } ?? []
        let identifier =
            (identifiers.first?["value"] as? String).flatMap { $0.isEmpty ? nil : $0 }
            ?? (r["id"] as? String).map { "DocumentReference/\($0)" }
        guard let identifier else { return reject("missing identifier and id") }
        let typeObject = r["type"] as? Object
        let coding = ((typeObject?["coding"] as? [Any]) ?? []).compactMap { $0 as? Object }
        let type =
            coding.lazy.compactMap { loincTypes[$0["code"] as? String ?? ""] }.first
            ?? (typeObject?["text"] as? String)
            ?? (coding.first?["display"] as? String)
            ?? "note"
        let contained = ((r["contained"] as? [Any]) ?? []).compactMap { $0 as? Object }
        var text: String?
        for content in ((r["content"] as? [Any]) ?? []).compactMap({ $0 as? Object }) {
            guard let attachment = content["attachment"] as? Object else { continue }
            var data = attachment["data"] as? String
            if data == nil, let url = attachment["url"] as? String {
                let binary: Object?
                if url.hasPrefix("#") {
                    binary = contained.first { $0["id"] as? String == String(url.dropFirst()) }
                } else {
                    binary = byReference[url]
                }
                guard let binary, binary["resourceType"] as? String == "Binary" else {
                    return reject("attachment url \(url) names no Binary in the resource or the bundle")
                }
                data = binary["data"] as? String
            }
            guard let data else { continue }
            guard let bytes = Data(base64Encoded: data, options: .ignoreUnknownCharacters),
                let decoded = String(data: bytes, encoding: .utf8)
            else { return reject("attachment data is not base64 UTF-8 text") }
            text = decoded
            break
        }
        guard let text, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            return reject("no note text (attachment data, or a url to a Binary)")
        }
        let status = r["docStatus"] as? String
        let signed = status.map { $0 == "final" || $0 == "amended" } ?? (r["authenticator"] != nil)
        let author = ((r["author"] as? [Any])?.first as? Object)?["display"] as? String
        return .success(
            .init(
                source: label, identifier: identifier, type: type, author: author, date: r["date"] as? String,
                signed: signed, text: text))
    }

    // MARK: - Helpers

    static func coding(_ r: Object, system: String) -> String? {
        let codings = (((r["code"] as? Object)?["coding"] as? [Any]) ?? []).compactMap { $0 as? Object }
        return codings.first { $0["system"] as? String == system }?["code"] as? String
    }

    static func extensionValue(_ r: Object, url: String) -> String? {
        let extensions = ((r["extension"] as? [Any]) ?? []).compactMap { $0 as? Object }
        guard let e = extensions.first(where: { $0["url"] as? String == url }) else { return nil }
        return (e["valueString"] ?? e["valueCode"]) as? String
    }

    /// Upper case and dotted for ICD-10-CM (`I50.21`), upper case for ICD-10-PCS; nil when the shape is wrong.
    static func normalisedCode(_ code: String, pcs: Bool) -> String? {
        let bare = code.uppercased().filter { $0 != "." && $0 != " " }
        guard bare.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return nil }
        if pcs { return bare.count == 7 ? bare : nil }
        guard (3...7).contains(bare.count), let first = bare.first, first.isLetter,
            bare.dropFirst().first?.isNumber == true
        else { return nil }
        return bare.count == 3 ? bare : "\(bare.prefix(3)).\(bare.dropFirst(3))"
    }
}
