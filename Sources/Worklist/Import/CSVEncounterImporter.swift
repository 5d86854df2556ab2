import Foundation
import Terminology

/// Reads a CSV of encounters (RFC 4180: comma separated, double quotes around fields that hold commas, quotes or
/// line breaks, a header line naming the columns in any order, case-insensitive).
///
/// | column | required | meaning |
/// |---|---|---|
/// | `encounter_id` | yes | the encounter identifier (visit or account number) |
/// | `mrn` | yes | the patient's medical record number |
/// | `patient_name` | yes | `Family, Given` |
/// | `birth_date` | no | yyyy-mm-dd |
/// | `sex` | no | `M`, `F`, `U` (or `male`, `female`) |
/// | `setting` | yes | `inpatient` or `outpatient` |
/// | `admit_date`, `discharge_date` | no | yyyy-mm-dd |
/// | `discharge_status` | no | the two-digit UB-04 patient status |
/// | `service`, `payer` | no | free text |
/// | `diagnoses` | no | codes already assigned, principal first, `|` between them, POA after a colon: `I50.21:Y|N17.9:N` |
/// | `procedures` | no | ICD-10-PCS codes, `|` between them, the date after a colon: `0SR9019:2025-11-03` |
public enum CSVEncounterImporter {
    public static let requiredColumns = ["encounter_id", "mrn", "patient_name", "setting"]

    /// Parses the CSV; each bad line is rejected as `CSV line N` with its reason, the rest are returned.
    /// - Throws: ``ImportFormatError`` when the data is not UTF-8 text or lacks a required column in its header.
    public static func parse(_ data: Data, source: String = "csv") throws -> ImportBatch {
        guard let text = String(data: data, encoding: .utf8) else {
            throw ImportFormatError(source: source, message: "not UTF-8 text")
        }
        let rows = records(text)
        guard let header = rows.first else { throw ImportFormatError(source: source, message: "empty file") }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        for column in requiredColumns where !names.contains(column) {
            throw ImportFormatError(source: source, message: "the header has no column \"\(column)\"")
        }
        var batch = ImportBatch()
        var patientsSeen: Set<String> = []
        for row in rows.dropFirst() {
            if row.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            let label = "CSV line \(row.line)"
            func field(_ name: String) -> String? {
                guard let i = names.firstIndex(of: name), i < row.fields.count else { return nil }
                let v = row.fields[i].trimmingCharacters(in: .whitespaces)
                return v.isEmpty ? nil : v
            }
            func reject(_ reason: String) { batch.rejected.append(ImportRejection(resource: label, reason: reason)) }
            guard let identifier = field("encounter_id") else {
                reject("missing encounter_id")
                continue
            }
            guard let mrn = field("mrn") else {
                reject("encounter \(identifier): missing mrn")
                continue
            }
            guard let name = field("patient_name") else {
                reject("encounter \(identifier): missing patient_name")
                continue
            }
            guard let settingText = field("setting"), let setting = CareSetting(rawValue: settingText.lowercased())
            else {
                reject("encounter \(identifier): setting \"\(field("setting") ?? "")\" is not inpatient or outpatient")
                continue
            }
            var dates: [String: String] = [:]
            var bad: String?
            for column in ["birth_date", "admit_date", "discharge_date"] {
                guard let v = field(column) else { continue }
                guard let day = ImportValidation.day(v), day.count == v.count else {
                    bad = "\(column) \"\(v)\" is not a yyyy-mm-dd date"
                    break
                }
                dates[column] = day
            }
            if let bad {
                reject("encounter \(identifier): \(bad)")
                continue
            }
            if let a = dates["admit_date"], let d = dates["discharge_date"], d < a {
                reject("encounter \(identifier): discharge_date \(d) is before admit_date \(a)")
                continue
            }
            guard let status = ImportValidation.dischargeStatus(field("discharge_status")) else {
                reject(
                    "encounter \(identifier): discharge_status \"\(field("discharge_status") ?? "")\" is not two digits"
                )
                continue
            }
            var diagnoses: [Claim.Diagnosis] = []
            var procedures: [Claim.Procedure] = []
            for item in (field("diagnoses") ?? "").split(separator: "|") {
                let parts = item.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard let code = FHIRBundleImporter.normalisedCode(parts[0], pcs: false) else {
                    bad = "\"\(parts[0])\" is not an ICD-10-CM code"
                    break
                }
                let poa = parts.count > 1 ? parts[1].uppercased() : nil
                if let poa, !["Y", "N", "U", "W", "1"].contains(poa) {
                    bad = "present-on-admission \"\(poa)\" of \(code) is not Y, N, U, W or 1"
                    break
                }
                diagnoses.append(Claim.Diagnosis(code: code, poa: poa))
            }
            for item in (field("procedures") ?? "").split(separator: "|") where bad == nil {
                let parts = item.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard let code = FHIRBundleImporter.normalisedCode(parts[0], pcs: true) else {
                    bad = "\"\(parts[0])\" is not an ICD-10-PCS code"
                    break
                }
                procedures.append(
                    Claim.Procedure(code: code, date: parts.count > 1 ? ImportValidation.day(parts[1]) : nil))
            }
            if let bad {
                reject("encounter \(identifier): \(bad)")
                continue
            }
            if patientsSeen.insert(mrn).inserted {
                batch.patients.append(
                    .init(
                        source: label, mrn: mrn, name: name, birthDate: dates["birth_date"],
                        sex: ImportValidation.sex(field("sex"))))
            }
            batch.encounters.append(
                .init(
                    source: label, identifier: identifier, patientMRN: mrn, setting: setting,
                    admitDate: dates["admit_date"], dischargeDate: dates["discharge_date"], dischargeStatus: status,
                    service: field("service"), payer: field("payer"), diagnoses: diagnoses, procedures: procedures))
        }
        return batch
    }

    /// The records of a CSV text with the line each starts on (1-based).
    static func records(_ text: String) -> [(line: Int, fields: [String])] {
        var out: [(line: Int, fields: [String])] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var line = 1
        var recordLine = 1
        var chars = Array(text)
        if chars.first == "\u{FEFF}" { chars.removeFirst() }
        var i = 0
        func endRecord() {
            fields.append(field)
            field = ""
            out.append((recordLine, fields))
            fields = []
        }
        while i < chars.count {
            let c = chars[i]
            if inQuotes {
                if c == "\"" {
                    if i + 1 < chars.count, chars[i + 1] == "\"" {
                        field.append("\"")
                        i += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if c == "\n" || c == "\r\n" { line += 1 }
                    field.append(c)
                }
            } else if c == "\"" && field.isEmpty {
                inQuotes = true
            } else if c == "," {
                fields.append(field)
                field = ""
            } else if c == "\n" || c == "\r\n" || c == "\r" {
                endRecord()
                line += 1
                recordLine = line
            } else {
                field.append(c)
            }
            i += 1
        }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return out
    }
}
