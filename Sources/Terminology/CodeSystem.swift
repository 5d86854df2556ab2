/// The code systems the engine knows.
public enum CodeSystem: String, Sendable, CaseIterable, Codable, Hashable {
    /// ICD-10-CM, diagnoses (CDC/NCHS).
    case icd10cm
    /// ICD-10-PCS, inpatient procedures (CMS).
    case icd10pcs
    /// HCPCS Level II (CMS).
    case hcpcs

    /// The FHIR canonical URL of the system, where one is defined.
    public var fhirURL: String {
        switch self {
        case .icd10cm: "http://hl7.org/fhir/sid/icd-10-cm"
        case .icd10pcs: "http://www.cms.gov/Medicare/Coding/ICD10"
        case .hcpcs: "urn:oid:2.16.840.1.113883.6.285"
        }
    }

    /// The name a coder reads.
    public var displayName: String {
        switch self {
        case .icd10cm: "ICD-10-CM"
        case .icd10pcs: "ICD-10-PCS"
        case .hcpcs: "HCPCS Level II"
        }
    }
}

/// Helpers for the written forms of codes.
public enum CodeFormat {
    /// The code without dot, spaces or dash, in upper case: `j69.0` → `J690`.
    public static func normalize(_ code: some StringProtocol) -> String {
        var out = [UInt8]()
        out.reserveCapacity(code.utf8.count)
        for byte in code.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): out.append(byte - 32)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): out.append(byte)
            default: continue
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The ICD-10-CM written form with its dot after the third character: `J690` → `J69.0`.
    public static func dottedCM(_ normalized: String) -> String {
        guard normalized.utf8.count > 3 else { return normalized }
        let bytes = Array(normalized.utf8)
        return String(decoding: bytes[0..<3], as: UTF8.self) + "." + String(decoding: bytes[3...], as: UTF8.self)
    }

    /// An ICD-10-CM code completed with a 7th character: padded to six characters with the placeholder X where it is
    /// shorter (Official Guidelines I.A.4, I.A.5), dotted: `T52.8` and `A` → `T52.8XXA`, `S72.011` and `A` →
    /// `S72.011A`. Takes the code dotted or not.
    public static func completed(_ code: some StringProtocol, seventh: some StringProtocol) -> String {
        var base = normalize(code)
        while base.utf8.count < 6 { base += "X" }
        return dottedCM(base + seventh)
    }

    /// Whether the text has the shape of an ICD-10-PCS code (seven characters, digits and letters other than I and O).
    public static func looksLikePCS(_ normalized: String) -> Bool {
        let bytes = Array(normalized.utf8)
        guard bytes.count == 7 else { return false }
        return bytes.allSatisfy { b in
            (b >= 48 && b <= 57) || (b >= 65 && b <= 90 && b != UInt8(ascii: "I") && b != UInt8(ascii: "O"))
        }
    }
}
