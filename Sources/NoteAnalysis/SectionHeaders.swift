/// The section headers clinicians write, normalised (lower case; any run of characters other than letters, digits,
/// `/` and `&` is one space; `&` is `and`), and the kind each one names. The table is `Resources/section-headers.tsv`
/// (a header `header<TAB>kind`, then a row each, written for this project); a later row wins over an earlier one that
/// normalises the same.
enum SectionHeaders {
    static let table: [String: SectionKind] = {
        var t: [String: SectionKind] = [:]
        let text = String(decoding: PackageResources.section_headers_tsv, as: UTF8.self)
        for (i, line) in text.split(separator: "\n").enumerated().dropFirst() {
            let fields = line.split(separator: "\t")
            guard fields.count == 2, let kind = SectionKind(rawValue: String(fields[1])) else {
                // compiled in and read by the tests: a row that does not load never ships
                fatalError("section-headers.tsv line \(i + 1): expected a header and a section kind")
            }
            t[normalize(Array(fields[0].utf8)[...])] = kind
        }
        return t
    }()

    /// The longest header name in bytes; longer candidates are not looked up.
    static let maxLength = 48

    /// Lower case; runs of characters other than ASCII letters, digits, `/` and `&` become one space; `&` is `and`.
    static func normalize(_ bytes: ArraySlice<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 4)
        var pendingSpace = false
        for c in bytes {
            let keep: UInt8?
            switch c {
            case 65...90: keep = c + 32
            case 97...122, 48...57, UInt8(ascii: "/"): keep = c
            case UInt8(ascii: "&"):
                if !out.isEmpty { out.append(32) }
                out.append(contentsOf: Array("and".utf8))
                pendingSpace = true
                continue
            default: keep = nil
            }
            if let keep {
                if pendingSpace && !out.isEmpty { out.append(32) }
                pendingSpace = false
                out.append(keep)
            } else {
                pendingSpace = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
