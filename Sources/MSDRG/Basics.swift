import Foundation

/// The complication level a secondary diagnosis carries, and a claim's level for a DRG.
public enum Severity: Int, Comparable, Sendable, Codable, CustomStringConvertible {
    case none = 0
    case cc = 1
    case mcc = 2

    public static func < (a: Severity, b: Severity) -> Bool { a.rawValue < b.rawValue }
    public var description: String {
        switch self {
        case .none: "none"
        case .cc: "CC"
        case .mcc: "MCC"
        }
    }
}

/// An MS-DRG grouper version: 43.1 is stored as 431, as in the CMS release numbering.
public struct GrouperVersion: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    public let number: Int

    public init(number: Int) { self.number = number }

    /// Reads "43.1", "43", "v43.1", "431" or "430".
    public init?(_ text: String) {
        var t = text.trimmingCharacters(in: .whitespaces).lowercased()
        if t.hasPrefix("v") { t.removeFirst() }
        if let dot = t.firstIndex(of: ".") {
            guard let major = Int(t[..<dot]), let minor = Int(t[t.index(after: dot)...]), (0...9).contains(minor),
                (1...99).contains(major)
            else { return nil }
            number = major * 10 + minor
        } else if let n = Int(t) {
            if (1...99).contains(n) {
                number = n * 10
            } else if (100...999).contains(n) {
                number = n
            } else {
                return nil
            }
        } else {
            return nil
        }
    }

    public var major: Int { number / 10 }
    public var minor: Int { number % 10 }
    public var description: String { "\(major).\(minor)" }
    public static func < (a: GrouperVersion, b: GrouperVersion) -> Bool { a.number < b.number }

    /// The fiscal year whose codes this version groups (version 43 and 43.1: FY2026).
    public var fiscalYear: Int { major + 1983 }

    /// The first discharge date a version applies to: October 1 of the year before its fiscal year for .0, April 1 of
    /// the fiscal year for .1 (the CMS mid-year updates).
    public var effectiveDate: DateComponents {
        minor == 0
            ? DateComponents(year: fiscalYear - 1, month: 10, day: 1)
            : DateComponents(year: fiscalYear, month: 4, day: 1)
    }

    /// The effective date as an integer yyyymmdd.
    public var effectiveDay: Int {
        let d = effectiveDate
        return d.year! * 10000 + d.month! * 100 + d.day!
    }
}

/// An ICD-10 code packed into a 64-bit integer (up to 8 ASCII characters, upper case, no dot): one cheap hash key.
public struct PackedCode: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let raw: UInt64

    public init(raw: UInt64) { self.raw = raw }

    /// Packs a code, ignoring a dot and surrounding spaces and folding case; nil when it holds anything but ASCII
    /// letters and digits or more than 8 of them.
    public init?(_ text: some StringProtocol) {
        var value: UInt64 = 0
        var count = 0
        for byte in text.utf8 {
            var b = byte
            if b == UInt8(ascii: ".") || b == UInt8(ascii: " ") { continue }
            if b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z") { b -= 32 }
            guard
                (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
            else { return nil }
            guard count < 8 else { return nil }
            value = (value << 8) | UInt64(b)
            count += 1
        }
        guard count > 0 else { return nil }
        raw = value << (8 * UInt64(8 - count))
    }

    public var string: String {
        var bytes: [UInt8] = []
        var v = raw
        for _ in 0..<8 {
            let b = UInt8(v >> 56)
            if b != 0 { bytes.append(b) }
            v <<= 8
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    public var description: String { string }
    public var length: Int {
        var n = 0
        var v = raw
        while v != 0 {
            n += 1
            v <<= 8
        }
        return n
    }
    public var firstCharacter: UInt8 { UInt8(raw >> 56) }
    public static func < (a: PackedCode, b: PackedCode) -> Bool { a.raw < b.raw }
}
