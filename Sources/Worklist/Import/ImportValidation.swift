import Foundation

/// Checks shared by the importers.
enum ImportValidation {
    /// A yyyy-mm-dd date from a FHIR date or dateTime (`2025-11-02`, `2025-11-02T08:30:00Z`), nil if it is not one.
    static func day(_ text: String?) -> String? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), text.count >= 10 else { return nil }
        let day = String(text.prefix(10))
        let parts = day.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
            (1900...2200).contains(y), (1...12).contains(m), (1...31).contains(d)
        else { return nil }
        if text.count > 10 {
            let rest = text.dropFirst(10)
            guard rest.first == "T" else { return nil }
        }
        return day
    }

    /// `M`, `F` or `U` from FHIR's administrative gender or a CSV letter.
    static func sex(_ text: String?) -> String? {
        switch text?.trimmingCharacters(in: .whitespaces).lowercased() {
        case nil, "": return nil
        case "male", "m": return "M"
        case "female", "f": return "F"
        default: return "U"
        }
    }

    /// A UB-04 patient status: two digits (`1` is read as `01`), nil if it is not one.
    static func dischargeStatus(_ text: String?) -> String?? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return .some(nil) }
        guard text.count <= 2, text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber) else { return nil }
        return .some(text.count == 1 ? "0" + text : text)
    }
}
