import Foundation

/// The HCPCS Level II code set of one release: every procedure code and modifier of the CMS alpha-numeric HCPCS file
/// (`HCPC<year>_<month>_ANWEB_*.txt`).
///
/// An immutable value; build it with ``HCPCSCodeSet/parse(_:fileName:)`` or read it from a snapshot.
public struct HCPCSCodeSet: Sendable {
    /// Every procedure code and modifier, in the order of the file.
    public let codes: [HCPCSCode]
    private let procedureIndex: [String: Int32]
    private let modifierIndex: [String: Int32]

    public init(codes: [HCPCSCode]) {
        self.codes = codes
        var procedures: [String: Int32] = [:]
        var modifiers: [String: Int32] = [:]
        procedures.reserveCapacity(codes.count)
        for (index, code) in codes.enumerated() {
            switch code.kind {
            case .procedure: procedures[code.code] = Int32(index)
            case .modifier: modifiers[code.code] = Int32(index)
            }
        }
        self.procedureIndex = procedures
        self.modifierIndex = modifiers
    }

    /// The procedure code (any case: `j1100`), or nil.
    /// - Complexity: O(1) on average.
    public func code(_ code: some StringProtocol) -> HCPCSCode? {
        procedureIndex[code.uppercased()].map { codes[Int($0)] }
    }

    /// The modifier (any case: `lt`), or nil.
    /// - Complexity: O(1) on average.
    public func modifier(_ modifier: some StringProtocol) -> HCPCSCode? {
        modifierIndex[modifier.uppercased()].map { codes[Int($0)] }
    }

    /// The number of procedure codes.
    public var procedureCount: Int { procedureIndex.count }
    /// The number of modifiers.
    public var modifierCount: Int { modifierIndex.count }

    /// Reads the alpha-numeric HCPCS file: fixed width, 320 characters a record (`HCPC<year>_recordlayout.txt`).
    ///
    /// A code's first record (record identification 3, or 7 for a modifier) carries every field; the records after it
    /// (4, or 8) continue the long description, which is joined with single spaces. Columns, 1-based: 1–5 code (4–5 for
    /// a modifier), 6–10 sequence number, 11 record identification, 12–91 long description, 92–119 short description,
    /// 120–127 pricing indicators (4 × 2), 128 multiple pricing indicator, 129–146 Coverage Issues Manual references
    /// (3 × 6), 147–170 Medicare Carriers Manual references (3 × 8), 171–180 statute, 181–204 lab certifications
    /// (8 × 3), 205–229 cross-references (5 × 5), 230 coverage, 231–232 ASC payment group, 233–240 its effective date,
    /// 253–256 processing note, 257–259 BETOS, 261–265 types of service (5 × 1), 266–268 anesthesia base units,
    /// 269–276 date added, 277–284 action effective date, 285–292 termination date, 293 action code.
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - fileName: the name used in error messages.
    /// - Throws: ``ReleaseFileError`` naming file, line and field on a short record, an unknown record type, coverage
    ///   or action code, a malformed number or date, a continuation record without its first record, a duplicate code,
    ///   or a truncated last line.
    /// - Complexity: O(*n*) in the size of the file.
    public static func parse(_ data: Data, fileName: String) throws -> HCPCSCodeSet {
        let lines = ReleaseTextLines(data, fileName: fileName)
        var codes: [HCPCSCode] = []
        codes.reserveCapacity(lines.bytes.count / 600)
        var seen: Set<String> = []
        var lastSequence: Int32 = 0
        try lines.forEachLine { line, number in
            if ReleaseTextLines.isBlank(line) { return }
            func fail(_ field: String, _ message: String) -> ReleaseFileError {
                ReleaseFileError(file: fileName, line: number, element: field, message: message)
            }
            func field(_ from: Int, _ to: Int) -> String { ReleaseTextLines.field(line, from, to) }
            func optional(_ from: Int, _ to: Int) -> String? {
                let text = field(from, to)
                return text.isEmpty ? nil : text
            }
            func repeated(_ from: Int, width: Int, count: Int) -> [String] {
                (0..<count).compactMap { optional(from + $0 * width, from + $0 * width + width - 1) }
            }
            func date(_ from: Int, _ name: String) throws -> HCPCSDate? {
                let text = field(from, from + 7)
                if text.isEmpty { return nil }
                guard let date = HCPCSDate(text) else { throw fail(name, "\"\(text)\" is not a date YYYYMMDD") }
                return date
            }
            guard line.count >= 11 else {
                throw fail(
                    "HCPCS Record Identification Code",
                    "line of \(line.count) characters: the record type is at column 11")
            }
            let kind: HCPCSCode.Kind
            let continuation: Bool
            switch line[line.startIndex + 10] {
            case UInt8(ascii: "3"): (kind, continuation) = (.procedure, false)
            case UInt8(ascii: "4"): (kind, continuation) = (.procedure, true)
            case UInt8(ascii: "7"): (kind, continuation) = (.modifier, false)
            case UInt8(ascii: "8"): (kind, continuation) = (.modifier, true)
            default:
                throw fail("HCPCS Record Identification Code", "\"\(field(11, 11))\" where 3, 4, 7 or 8 is expected")
            }
            let code = field(1, 5).uppercased()
            let expectedLength = kind == .procedure ? 5 : 2
            guard code.utf8.count == expectedLength,
                code.utf8.allSatisfy({ ($0 >= 48 && $0 <= 57) || ($0 >= 65 && $0 <= 90) })
            else {
                throw fail(
                    "HCPCS Code",
                    "\"\(code)\" is not a \(kind == .procedure ? "five-character code" : "two-character modifier")")
            }
            guard let sequence = Int32(field(6, 10)) else {
                throw fail("HCPCS Sequence Number", "\"\(field(6, 10))\" is not a number")
            }
            let description = field(12, 91)
            if continuation {
                guard let last = codes.last, last.code == code, last.kind == kind else {
                    throw fail(
                        "HCPCS Record Identification Code", "continuation record for \(code) without its first record")
                }
                guard sequence > lastSequence else {
                    throw fail("HCPCS Sequence Number", "\(sequence) follows \(lastSequence) for \(code)")
                }
                lastSequence = sequence
                if !description.isEmpty {
                    codes[codes.count - 1].longDescription +=
                        codes[codes.count - 1].longDescription.isEmpty
                        ? description : " " + description
                }
                return
            }
            guard line.count >= 293 else {
                throw fail("HCPCS Action Code", "record of \(line.count) characters: the action code is at column 293")
            }
            guard seen.insert("\(kind.rawValue)\(code)").inserted else {
                throw fail("HCPCS Code", "\(code) appears a second time")
            }
            lastSequence = sequence
            let pricing = repeated(120, width: 2, count: 4)
            if let bad = pricing.first(where: { $0.utf8.count != 2 || !$0.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) }) {
                throw fail("HCPCS Pricing Indicator Code", "\"\(bad)\" is not a two-digit pricing indicator")
            }
            var coverage: HCPCSCoverage?
            if let text = optional(230, 230) {
                guard let value = HCPCSCoverage(rawValue: text) else {
                    throw fail("HCPCS Coverage Code", "\"\(text)\" where C, D, I, M or S is expected")
                }
                coverage = value
            }
            var baseUnits: Int32?
            if let text = optional(266, 268) {
                guard let value = Int32(text) else {
                    throw fail("HCPCS Anesthesia Base Unit Quantity", "\"\(text)\" is not a number")
                }
                baseUnits = value
            }
            guard let action = HCPCSAction(rawValue: field(293, 293)) else {
                let known = HCPCSAction.allCases.map(\.rawValue).joined(separator: ", ")
                throw fail("HCPCS Action Code", "\"\(field(293, 293))\" where one of \(known) is expected")
            }
            codes.append(
                HCPCSCode(
                    code: code, kind: kind, sequenceNumber: sequence, longDescription: description,
                    shortDescription: field(92, 119), pricingIndicators: pricing,
                    multiplePricingIndicator: optional(128, 128),
                    coverageIssuesManualReferences: repeated(129, width: 6, count: 3),
                    carriersManualReferences: repeated(147, width: 8, count: 3), statute: optional(171, 180),
                    labCertifications: repeated(181, width: 3, count: 8),
                    crossReferences: repeated(205, width: 5, count: 5),
                    coverage: coverage, ascPaymentGroup: optional(231, 232),
                    ascPaymentGroupEffectiveDate: try date(233, "HCPCS ASC Payment Group Effective Date"),
                    processingNote: optional(253, 256), betos: optional(257, 259),
                    typesOfService: repeated(261, width: 1, count: 5), anesthesiaBaseUnits: baseUnits,
                    addedDate: try date(269, "HCPCS Code Added Date"),
                    actionEffectiveDate: try date(277, "HCPCS Action Effective Date"),
                    terminationDate: try date(285, "HCPCS Termination Date"), action: action))
        }
        guard !codes.isEmpty else { throw ReleaseFileError(file: fileName, line: 1, message: "no HCPCS records found") }
        return HCPCSCodeSet(codes: codes)
    }

    /// Reads the code set from the CMS release ZIP (`…alpha-numeric-hcpcs-file.zip`, member `HCPC*_ANWEB_*.txt`) or a
    /// plain file.
    /// - Throws: ``ReleaseFileError`` when the archive has no HCPCS file or the file is malformed.
    public static func read(from url: URL) throws -> HCPCSCodeSet {
        guard url.pathExtension.lowercased() == "zip" else {
            return try parse(ReleaseArchive.contents(of: url), fileName: url.lastPathComponent)
        }
        let member = try ReleaseArchive.members(of: url).first { path in
            let name = path.split(separator: "/").last.map(String.init)?.lowercased() ?? ""
            return name.hasPrefix("hcpc") && name.contains("_anweb") && name.hasSuffix(".txt")
        }
        guard let member else {
            throw ReleaseFileError(file: url.lastPathComponent, message: "no HCPC*_ANWEB_*.txt in the archive")
        }
        return try parse(
            ReleaseArchive.read(member: member, of: url),
            fileName: member.split(separator: "/").last.map(String.init) ?? member)
    }
}
