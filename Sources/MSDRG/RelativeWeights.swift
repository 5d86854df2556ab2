import Foundation
import Terminology

/// IPPS Table 5: each MS-DRG's relative weight and mean lengths of stay for one fiscal year.
public struct RelativeWeights: Sendable {
    public struct Row: Sendable, Hashable, Codable {
        public var drg: Int
        public var title: String
        /// The weight after the 10% cap (the one paid), or the only weight the table gives.
        public var weight: Double
        public var geometricMeanLOS: Double?
        public var arithmeticMeanLOS: Double?
        public var postAcute: Bool
        public var specialPay: Bool
    }

    public var fiscalYear: Int
    public var rows: [Int: Row]

    public func weight(of drg: Int) -> Double? { rows[drg]?.weight }

    /// Reads a Table 5 text file (tab-separated, as CMS publishes it): finds the header row that starts with
    /// "MS-DRG", the fiscal year in the title or header, and the weight, LOS and flag columns by name.
    public static func parse(_ data: Data, fileName: String) throws -> RelativeWeights {
        let text =
            String(data: data, encoding: .utf8) ?? String(decoding: data.map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self)
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\r")) }
        guard let headerAt = lines.firstIndex(where: { $0.uppercased().hasPrefix("MS-DRG") }) else {
            throw ReleaseFileError(
                file: fileName, message: "no header row beginning with \"MS-DRG\" (not an IPPS Table 5)")
        }
        let header = lines[headerAt].split(separator: "\t", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces).lowercased()
        }
        func column(_ test: (String) -> Bool) -> Int? { header.firstIndex(where: test) }
        guard
            let weightColumn = column({ $0.contains("weight") && $0.contains("cap applied") })
                ?? column({ $0.contains("weight") })
        else { throw ReleaseFileError(file: fileName, line: headerAt + 1, message: "no weights column") }
        let titleColumn = column { $0.contains("title") }
        let gmlos = column { $0.contains("geometric") }
        let amlos = column { $0.contains("arithmetic") }
        let postAcute = column { $0.contains("post-acute") }
        let specialPay = column { $0.contains("special pay") }
        let yearText = (lines[0..<headerAt].joined(separator: " ") + " " + lines[headerAt])
        guard let year = Self.fiscalYear(in: yearText) else {
            throw ReleaseFileError(file: fileName, message: "no fiscal year (\"FY 2026\") in the title or header")
        }
        var rows: [Int: Row] = [:]
        for (i, line) in lines.enumerated().dropFirst(headerAt + 1) {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard let first = f.first, first.count == 3, let drg = Int(first) else { continue }
            guard weightColumn < f.count else {
                throw ReleaseFileError(
                    file: fileName, line: i + 1, message: "row for DRG \(first) has no weight column")
            }
            guard let weight = Double(f[weightColumn]) else { continue }  // 998, 999: "."
            func number(_ c: Int?) -> Double? { c.flatMap { $0 < f.count ? Double(f[$0]) : nil } }
            func flag(_ c: Int?) -> Bool { c.map { $0 < f.count && f[$0].lowercased() == "yes" } ?? false }
            rows[drg] = Row(
                drg: drg, title: titleColumn.map { $0 < f.count ? f[$0] : "" } ?? "", weight: weight,
                geometricMeanLOS: number(gmlos), arithmeticMeanLOS: number(amlos), postAcute: flag(postAcute),
                specialPay: flag(specialPay))
        }
        guard !rows.isEmpty else { throw ReleaseFileError(file: fileName, message: "no DRG rows with a weight") }
        return RelativeWeights(fiscalYear: year, rows: rows)
    }

    static func fiscalYear(in text: String) -> Int? {
        let upper = text.uppercased()
        var search = upper.startIndex..<upper.endIndex
        while let r = upper.range(of: "FY", range: search) {
            let rest = upper[r.upperBound...].drop { $0 == " " }
            let digits = rest.prefix { $0.isNumber }
            if digits.count == 4, let y = Int(digits) { return y }
            search = r.upperBound..<upper.endIndex
        }
        return nil
    }

    /// The Table 5 files shipped in `CodeSets/`, by fiscal year.
    public static func loadShipped(codeSets: URL) throws -> [Int: RelativeWeights] {
        let url = codeSets.appendingPathComponent("msdrg/weights/drg_weights.txt.zip")
        guard FileManager.default.fileExists(atPath: url.path) else { return [:] }
        let table = try parse(try ReleaseArchive.read(member: "drg_weights.txt", of: url), fileName: "drg_weights.txt")
        return [table.fiscalYear: table]
    }
}
