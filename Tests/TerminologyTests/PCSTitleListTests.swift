import Foundation
import Terminology
import Testing

@Suite("ICD-10-PCS title list")
struct PCSTitleListTests {
    @Test func quotedFieldsWithCommasQuotesAndLineBreaks() throws {
        let csv =
            "\u{FEFF}\"code\",\"title\"\r\n"
            + "\"0FT44ZZ\",\"Resection of Gallbladder, Percutaneous Endoscopic Approach\"\r\n"
            + "0016070,Bypass Cerebral Ventricle to Nasopharynx\n"
            + "\"XW01318\",\"Introduction of \"\"Daratumumab\"\", Percutaneous\nApproach\"\n"
            + "\n"
        let list = try PCSTitleList.parse(Data(csv.utf8), fileName: "titles.csv")
        #expect(list.count == 3)
        #expect(list.codes == ["0016070", "0FT44ZZ", "XW01318"])
        #expect(list.title(of: "0ft44zz") == "Resection of Gallbladder, Percutaneous Endoscopic Approach")
        #expect(list.title(of: "XW01318") == "Introduction of \"Daratumumab\", Percutaneous\nApproach")
        #expect(list.title(of: "0016070") == "Bypass Cerebral Ventricle to Nasopharynx")
        #expect(list.title(of: "0FT44ZY") == nil)
        #expect(list[0].code == "0016070")
        #expect(try PCSFixtures.roundTrip(list) == list)
    }

    @Test(arguments: [
        ("\"0FT44ZZ\",\"Resection\"\n\"0FT44Z\",\"Short\"\n", 2, "not an ICD-10-PCS code"),
        ("\"0FT44ZZ\",\"Resection\"\n\"0FT40ZZ\"\n", 2, "expected 2 fields"),
        ("\"0FT44ZZ\",\"Resection\"\n\"0FT40ZZ\",\"Resection\",\"x\"\n", 2, "found 3"),
        ("\"0FT44ZZ\",\"Resection\"\n\"0FT40ZZ\",\"Resection, open\n0FT4\n", 2, "unterminated"),
        ("\"0FT44ZZ\",\"Resection\"\n\"0FT44ZZ\",\"Again\"\n", 2, "listed twice (first at line 1)"),
        ("\"0FT44ZZ\",\"\"\n", 1, "empty title"),
        ("\"0FT44ZZ\",\"Resection\"x\n", 1, "after a closing quote"),
    ])
    func malformedRowsNameTheLine(_ csv: String, _ line: Int, _ message: String) {
        let error = #expect(throws: ReleaseFileError.self) {
            try PCSTitleList.parse(Data(csv.utf8), fileName: "titles.csv")
        }
        #expect(error?.file == "titles.csv")
        #expect(error?.line == line, "\(error.map(String.init(describing:)) ?? "")")
        #expect(error?.message.contains(message) == true, "\(error.map(String.init(describing:)) ?? "")")
    }

    @Test(.enabled(if: PCSFixtures.titleListURL != nil, Comment(rawValue: PCSFixtures.missingTitles)))
    func registryList() throws {
        let list = try #require(PCSFixtures.titleList).get()
        #expect(list.count == 78_638)
        #expect(
            list.title(of: "0016070")
                == "Bypass Cerebral Ventricle to Nasopharynx with Autologous Tissue Substitute, Open Approach")
        #expect(list.title(of: "0FT44ZZ") == "Resection of Gallbladder, Percutaneous Endoscopic Approach")
        #expect(try PCSFixtures.roundTrip(list) == list)
    }

    /// The list is of another fiscal year than the 2026 tables: most codes join, the rest fall back to constructed titles.
    @Test(
        .enabled(
            if: PCSFixtures.titleListURL != nil && PCSFixtures.hasTables2026,
            Comment(rawValue: PCSFixtures.missingTitles + "; " + PCSFixtures.missingShared)))
    func joinWithThe2026Tables() throws {
        let list = try #require(PCSFixtures.titleList).get()
        let tables = try PCSFixtures.tables2026.get()
        let titled = (0..<tables.codeCount).filter { list.title(of: tables.code(at: $0)) != nil }.count
        let notInTables = list.codes.filter { !tables.contains($0) }.count
        #expect(titled > 77_000)
        #expect(titled + notInTables == list.count)
        #expect(
            tables.title(of: "0FT44ZZ", preferring: list)
                == "Resection of Gallbladder, Percutaneous Endoscopic Approach")
        #expect(tables.title(of: "0FT44ZZ", preferring: nil) == tables.constructedTitle(of: "0FT44ZZ"))
        let newCode = try #require(
            (0..<tables.codeCount).map { tables.code(at: $0) }.first { list.title(of: $0) == nil })
        #expect(tables.title(of: newCode, preferring: list) == tables.constructedTitle(of: newCode))
        #expect(tables.title(of: "0FT45ZZ", preferring: list) == nil)
        print(
            "PCS title join: \(titled) of \(tables.codeCount) 2026 codes titled, \(notInTables) listed codes not in 2026"
        )
    }
}
