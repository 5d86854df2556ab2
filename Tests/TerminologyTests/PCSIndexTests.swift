import Foundation
import Terminology
import Testing

@Suite("ICD-10-PCS index")
struct PCSIndexTests {
    static let sample = """
        <?xml version="1.0" encoding="utf-8"?>
        <ICD10PCS.index>
          <version>2099</version>
          <title>Sample Index</title>
          <letter>
            <title>A</title>
            <mainTerm>
              <title>Abdominal cavity</title>
              <use>Peritoneal Cavity</use>
            </mainTerm>
            <mainTerm>
              <title>Appendectomy</title>
              <term level="1">
                <see>Excision, Appendix<codes>0DBJ</codes></see>
              </term>
              <term level="1">
                <see>Resection, Appendix<codes>0DTJ</codes></see>
              </term>
            </mainTerm>
          </letter>
          <letter>
            <title>B</title>
            <mainTerm>
              <title>Bypass</title>
              <term level="1">
                <title>Aorta</title>
                <term level="2">
                  <title>Abdominal</title>
                  <codes>0410</codes>
                </term>
              </term>
            </mainTerm>
          </letter>
        </ICD10PCS.index>
        """

    @Test func sampleEntries() throws {
        let index = try PCSIndexXMLParser.parse(Data(Self.sample.utf8), fileName: "index.xml")
        #expect(index.version == "2099")
        #expect(index.mainTermCount == 3)
        #expect(
            index.entries == [
                PCSIndexEntry(path: ["Abdominal cavity"], level: 0, use: "Peritoneal Cavity"),
                PCSIndexEntry(path: ["Appendectomy"], level: 0),
                PCSIndexEntry(path: ["Appendectomy"], level: 1, parent: 1, codes: ["0DBJ"], see: "Excision, Appendix"),
                PCSIndexEntry(path: ["Appendectomy"], level: 1, parent: 1, codes: ["0DTJ"], see: "Resection, Appendix"),
                PCSIndexEntry(path: ["Bypass"], level: 0),
                PCSIndexEntry(path: ["Bypass", "Aorta"], level: 1, parent: 4),
                PCSIndexEntry(path: ["Bypass", "Aorta", "Abdominal"], level: 2, parent: 5, codes: ["0410"]),
            ])
        #expect(index.entries(mainTerm: "bypass").count == 3)
        #expect(index.children(of: 4) == [5])
        #expect(index.children(of: 1) == [2, 3])
        #expect(try PCSFixtures.roundTrip(index) == index)
    }

    @Test(arguments: [
        ("<codes>0410</codes>", "<codes>04I0</codes>", "codes"),
        (#"<term level="2">"#, #"<term level="3">"#, "term"),
        ("<title>Bypass</title>", "", "term"),
    ])
    func malformedSampleIsRejected(_ original: String, _ replacement: String, _ element: String) {
        let bad = Self.sample.replacingOccurrences(of: original, with: replacement)
        let error = #expect(throws: ReleaseFileError.self) {
            try PCSIndexXMLParser.parse(Data(bad.utf8), fileName: "index.xml")
        }
        #expect(error?.element == element, "\(error.map(String.init(describing:)) ?? "")")
        #expect(error?.line != nil)
    }

    @Test func truncatedSampleIsRejected() {
        let cut = String(Self.sample.prefix(500))
        let error = #expect(throws: ReleaseFileError.self) {
            try PCSIndexXMLParser.parse(Data(cut.utf8), fileName: "index_cut.xml")
        }
        #expect(error?.file == "index_cut.xml")
        #expect(error?.description.hasPrefix("index_cut.xml:") == true)
    }

    @Test(.enabled(if: PCSFixtures.has2023, Comment(rawValue: PCSFixtures.missingShared)))
    func official2023Counts() throws {
        let index = try PCSFixtures.index2023.get()
        #expect(index.version == "2023")
        #expect(index.mainTermCount == 3023)
        #expect(index.entries.count == 3023 + 21_179)
        #expect(index.entries.filter { $0.see != nil }.count == 1752)
        #expect(index.entries.filter { $0.use != nil }.count == 2241)
        #expect(index.entries.reduce(0) { $0 + $1.codes.count } == 1349 + 12_094 + 2767)
        #expect(index.entries.map(\.level).max() == 5)
        #expect(try PCSFixtures.roundTrip(index) == index)
    }

    @Test(.enabled(if: PCSFixtures.has2023, Comment(rawValue: PCSFixtures.missingShared)))
    func knownEntries() throws {
        let index = try PCSFixtures.index2023.get()
        let appendectomy = index.entries(mainTerm: "Appendectomy").filter(\.hasTarget)
        #expect(appendectomy.map(\.see) == ["Excision, Appendix", "Resection, Appendix"])
        #expect(appendectomy.map(\.codes) == [["0DBJ"], ["0DTJ"]])
        let cholecystectomy = index.entries(mainTerm: "cholecystectomy").filter(\.hasTarget)
        #expect(cholecystectomy.map(\.see) == ["Excision, Gallbladder", "Resection, Gallbladder"])
        #expect(cholecystectomy.map(\.codes) == [["0FB4"], ["0FT4"]])
        let cavity = try #require(index.entries(mainTerm: "Abdominal cavity").first)
        #expect(cavity.use == "Peritoneal Cavity")
        #expect(cavity.codes.isEmpty)
        let abdominal = index.entries(mainTerm: "Bypass").first { $0.path == ["Bypass", "Aorta", "Abdominal"] }
        #expect(abdominal?.codes == ["0410"])
        let abortifacient = index.entries(mainTerm: "Abortion").first { $0.path == ["Abortion", "Abortifacient"] }
        #expect(abortifacient?.codes == ["10A07ZX"])
        let stimulator = index.entries.first { $0.use == "Stimulator Generator, Multiple Array in" }
        #expect(stimulator?.codes == ["0JH"])
    }

    /// Every code or prefix the 2023 index gives leads to a valid code of the 2023 tables, except two codes the index
    /// names that the tables of that release do not have.
    @Test(.enabled(if: PCSFixtures.has2023, Comment(rawValue: PCSFixtures.missingShared)))
    func indexCodesExistInTheTables() throws {
        let index = try PCSFixtures.index2023.get()
        let tables = try PCSFixtures.tables2023.get()
        let missing = Set(index.entries.flatMap(\.codes).filter { tables.codeCount(withPrefix: $0) == 0 })
        #expect(missing == ["5A0512C", "5A0522C"])
    }
}
