import Foundation
import Terminology
import Testing

@Suite("ICD-10-PCS definitions")
struct PCSDefinitionsTests {
    static let sample = """
        <?xml version="1.0" encoding="utf-8"?>
        <ICD10PCS.definitions>
          <version>2099</version>
          <title>Sample Definitions</title>
          <section code="0">
            <title>Medical and Surgical</title>
            <axis pos="3">
              <title>Operation</title>
              <terms>
                <title>Resection</title>
                <definition>Cutting out or off, without replacement, all of a body part</definition>
                <includes>Total nephrectomy, total lobectomy of lung</includes>
              </terms>
            </axis>
            <axis pos="4">
              <title>Body Part</title>
              <terms>
                <title>1st Toe, Left</title>
                <title>1st Toe, Right</title>
                <includes>Hallux</includes>
              </terms>
            </axis>
            <axis pos="6">
              <title>Device</title>
              <terms>
                <title>Cardiac Lead in Heart and Great Vessels</title>
                <includes>Cardiac contractility modulation lead</includes>
              </terms>
              <terms>
                <title>Drainage Device</title>
                <includes>Cystostomy tube</includes>
              </terms>
            </axis>
          </section>
          <deviceAggregation>
            <aggregate>
              <device>Cardiac Lead, Defibrillator</device>
              <operation>Insertion</operation>
              <bodySys>Heart and Great Vessels</bodySys>
              <parent value="M">Cardiac Lead</parent>
            </aggregate>
          </deviceAggregation>
        </ICD10PCS.definitions>
        """

    @Test func sampleTerms() throws {
        let definitions = try PCSDefinitionsXMLParser.parse(Data(Self.sample.utf8), fileName: "definitions.xml")
        #expect(definitions.version == "2099")
        #expect(definitions.terms.count == 4)
        #expect(definitions.sectionTitle("0") == "Medical and Surgical")
        let resection = try #require(definitions.definition(section: "0", axisPosition: 3, label: "resection"))
        #expect(resection.axisTitle == "Operation")
        #expect(resection.definition == "Cutting out or off, without replacement, all of a body part")
        #expect(resection.includes == ["Total nephrectomy, total lobectomy of lung"])
        #expect(definitions.definition(section: "0", axisPosition: 4, label: "1st Toe, Right")?.includes == ["Hallux"])
        #expect(definitions.definition(section: "0", axisPosition: 4, label: "Resection") == nil)
        #expect(
            definitions.definition(
                section: "0", axisPosition: 6, label: "Cardiac Lead", operation: "Insertion",
                bodySystem: "Heart and Great Vessels")?.includes == ["Cardiac contractility modulation lead"])
        #expect(
            definitions.definition(
                section: "0", axisPosition: 6, label: "Drainage Device", operation: "Drainage",
                bodySystem: "Urinary System")?
                .includes == ["Cystostomy tube"])
        #expect(
            definitions.aggregations(device: "cardiac lead, defibrillator")
                == [
                    PCSDeviceAggregation(
                        device: "Cardiac Lead, Defibrillator", operation: "Insertion",
                        bodySystems: ["Heart and Great Vessels"], parentValue: "M", parentLabel: "Cardiac Lead")
                ])
        #expect(try PCSFixtures.roundTrip(definitions) == definitions)
    }

    @Test func truncatedSampleIsRejected() {
        let cut = String(Self.sample.prefix(Self.sample.count * 2 / 3))
        let error = #expect(throws: ReleaseFileError.self) {
            try PCSDefinitionsXMLParser.parse(Data(cut.utf8), fileName: "definitions_cut.xml")
        }
        #expect(error?.file == "definitions_cut.xml")
        #expect(error?.line != nil)
    }

    @Test func termWithoutTitleIsRejected() {
        let bad = Self.sample.replacingOccurrences(of: "<title>Drainage Device</title>", with: "")
        let error = #expect(throws: ReleaseFileError.self) {
            try PCSDefinitionsXMLParser.parse(Data(bad.utf8), fileName: "definitions.xml")
        }
        #expect(error?.element == "terms")
        #expect(error?.line == 29)
    }

    @Test(.enabled(if: PCSFixtures.hasDefinitions2026, Comment(rawValue: PCSFixtures.missingShared)))
    func official2026() throws {
        let definitions = try PCSFixtures.definitions2026.get()
        #expect(definitions.version == "2026")
        #expect(definitions.sections.count == 16)
        #expect(definitions.terms.count == 954)
        #expect(definitions.deviceAggregations.count == 60)
        let alteration = try #require(definitions.definition(section: "0", axisPosition: 3, label: "Alteration"))
        #expect(alteration.explanation == "Principal purpose is to improve appearance")
        #expect(alteration.includes == ["Face lift, breast augmentation"])
        #expect(definitions.definition(section: "0", axisPosition: 4, label: "Abdominal Aorta")?.includes.count == 6)
        #expect(
            definitions.definition(section: "0", axisPosition: 5, label: "Open")?.definition?.hasPrefix(
                "Cutting through") == true)
        #expect(
            definitions.definition(section: "G", axisPosition: 4, label: "Behavioral")?.definition
                == "Primarily to modify behavior")
        #expect(try PCSFixtures.roundTrip(definitions) == definitions)
    }

    @Test(
        .enabled(
            if: PCSFixtures.hasDefinitions2026 && PCSFixtures.hasTables2026,
            Comment(rawValue: PCSFixtures.missingShared)))
    func definitionsOfACode() throws {
        let definitions = try PCSFixtures.definitions2026.get()
        let tables = try PCSFixtures.tables2026.get()
        // Resection, Gallbladder (no body-part entry: the body part has no includes), Percutaneous Endoscopic.
        let found = definitions.definitions(of: "0FT44ZZ", in: tables)
        #expect(found.map(\.axisPosition) == [3, 5])
        #expect(found.first?.titles == ["Resection"])
        // Every root operation of section 0 in the tables has a definition.
        let operations = Set(tables.validValues(prefix: "00").map(\.label))
            .union(
                (0..<tables.tableCount).map { tables.table(at: $0) }.filter { $0.section.value == "0" }.map(
                    \.operation.label))
        let undefined = operations.filter { definitions.definition(section: "0", axisPosition: 3, label: $0) == nil }
        #expect(undefined.isEmpty, "\(undefined.sorted())")
    }

    @Test(.enabled(if: PCSFixtures.has2023, Comment(rawValue: PCSFixtures.missingShared)))
    func official2023() throws {
        let definitions = try PCSDefinitionsXMLParser.parse(
            Data(contentsOf: PCSFixtures.definitions2023URL), fileName: PCSFixtures.definitions2023URL.lastPathComponent
        )
        #expect(definitions.version == "2023")
        #expect(definitions.terms.count == 896)
    }
}
