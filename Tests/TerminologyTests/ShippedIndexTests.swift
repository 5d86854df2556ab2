import Foundation
import Terminology
import Testing

/// The Alphabetic Index and the ICD-10-PCS Tables and Index as shipped in `CodeSets/` (issue 17): no `../shared`.
@Suite struct ShippedIndexTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let library: CodeSetLibrary? = try? CodeSetLoader.load(
        CodeSetLocations(
            shipped: repository.appendingPathComponent("CodeSets"),
            data: FileManager.default.temporaryDirectory.appendingPathComponent("opencoder-shipped-index-\(getpid())")))

    @Test func theIndexIsShippedAndCarriedToTheTabularList() throws {
        let library = try #require(Self.library)
        let index = try #require(library.alphabeticIndexes["2026"], "the FY2025 index carried to FY2026")
        #expect(index.version == "2025" && index.entries.count == 81_022 && index.mainTermIndices.count == 8_100)
        // the summary coder codesets list prints: year, rows, what carrying it took
        let summary = try #require(library.summaries.first { $0.kind == .alphabeticIndex })
        #expect(summary.version == "2025" && summary.count == 81_022)
        #expect(summary.detail.contains("carried FY2025 → FY2026: 346 codes now headings"))
        // every code of the carried index is in the FY2026 Tabular List, as written or as a heading with '-'
        let tabular = try #require(library.tabulars["2026"])
        let missing = index.entries.compactMap(\.code).filter { tabular.index(of: CodeFormat.normalize($0)) == nil }
        #expect(missing.isEmpty, "\(missing.prefix(5))")
        for code in index.entries.compactMap(\.code) where !code.hasSuffix("-") {
            let entry = try #require(tabular.entry(code))
            let subcodes = entry.children.contains { tabular.entries[Int($0)].kind != .extended }
            #expect(entry.billable || !subcodes, "\(code) is a heading but written without '-'")
        }
    }

    @Test func carryingACodeThatBecameAHeadingOrWasDeleted() throws {
        let library = try #require(Self.library)
        let tabular = try #require(library.tabulars["2026"])
        // R51 (headache) became a heading in FY2021 (R51.0, R51.9); K35.8 is written open by the index
        let old = AlphabeticIndex(
            kind: .diseasesAndInjuries, version: "2020", title: "test",
            entries: [
                AlphabeticIndexEntry(
                    path: ["Headache"], modifiers: [""], code: "R51", parent: -1, kind: .diseasesAndInjuries),
                AlphabeticIndexEntry(
                    path: ["Appendicitis"], modifiers: [""], code: "K35.8-", parent: -1, kind: .diseasesAndInjuries),
                AlphabeticIndexEntry(
                    path: ["Gone"], modifiers: [""], code: "Q99.99", parent: -1, kind: .diseasesAndInjuries),
                AlphabeticIndexEntry(
                    path: ["Converted"], modifiers: [""], code: "A99.0", parent: -1, kind: .diseasesAndInjuries),
            ])
        let (carried, report) = IndexCarryForward.carry(old, to: tabular, conversions: ["A990": ["I10"]])
        #expect(carried.entries.map(\.code) == ["R51-", "K35.8-", "Q99.9", "I10"])
        #expect(
            report.completedToChildren == 1 && report.converted == 1 && report.movedUp == 1 && report.unresolved == 0)
    }

    @Test func navigatingTheIndex() throws {
        let library = try #require(Self.library)
        let navigator = IndexNavigator(
            index: try #require(library.alphabeticIndexes["2026"]), tabular: library.tabulars["2026"])
        let systolic = try #require(navigator.find(["failure", "heart", "systolic"]).first)
        #expect(systolic.path == "Failure, failed › heart › systolic")
        let codes = systolic.lines.compactMap(\.code)
        #expect(codes.contains("I50.20") && codes.contains("I50.23") && codes.contains("I50.43"))
        #expect(
            systolic.lines.first?.title == "Failure, failed"
                && systolic.lines.contains { $0.matched && $0.code == "I50.20" })
        let matched = try #require(systolic.lines.first { $0.matched }?.check)
        #expect(matched.status == .valid && matched.notes.contains { $0.hasPrefix("Code first") })
        // a term that is no main term is found among the subterms; see is followed
        #expect(navigator.find(["spermatocele"]).first?.lines.first?.code == "N43.40")
        #expect(navigator.find(["craniopharyngioma"]).first?.lines.first?.code == "D44.4")
        let beta = try #require(navigator.find(["beta", "thalassemia"]).first { $0.mainTerm.hasPrefix("Thalassemia") })
        #expect(beta.lines.contains { $0.matched && $0.code == "D56.1" })
        let abandonment = try #require(navigator.find(["abandonment"]).first?.lines.first)
        #expect(abandonment.see == "Maltreatment" && abandonment.seeTarget?.hasPrefix("Maltreatment") == true)
        // a code needing a 7th character says so
        #expect(navigator.check("S72.001").status == .needsSeventhCharacter)
        #expect(navigator.check("I50.2").status == .heading)
        #expect(navigator.check("Q99.99").status == .notInTabular)
    }

    @Test func theShippedPCSTablesAndIndex() throws {
        let library = try #require(Self.library)
        let tables = try #require(library.pcsTables["2026"])
        #expect(tables.codeCount == 79_115 && tables.tableCount == 914)
        #expect(tables.contains("027034Z") && tables.title(of: "027034Z", preferring: nil) != nil)
        let index = try #require(library.pcsIndexes["2023"])
        #expect(index.entries.count == 24_202 && index.mainTermCount == 3_023)
        #expect(index.entries(mainTerm: "Cholecystectomy").flatMap(\.codes).sorted() == ["0FB4", "0FT4"])
        let summary = try #require(library.summaries.first { $0.kind == .pcsIndex })
        #expect(summary.detail.contains("183 no longer in the tables"))
    }

    @Test(arguments: [
        ("T\t001\tSection\t0=Medical and Surgical\n", "expected 9"),
        (
            "R\tBody Part\t6=Cerebral Ventricle\tApproach\t0=Open\tDevice\tZ=No Device\tQualifier\tB=Cisterns\n",
            "before any table"
        ),
        ("T\t001\tSection\t0=Medical and Surgical\tBody System\t0=CNS\tOperation\tXY=Bypass\tdef\n", "value=label"),
    ])
    func malformedCompiledTables(_ text: String, _ message: String) {
        #expect {
            _ = try PCSCompiledReader.tables(Data(text.utf8), fileName: "t.tsv", version: "2026")
        } throws: { error in
            let e = error as? ReleaseFileError
            return e?.description.contains("t.tsv") == true && e?.description.contains(message) == true
        }
    }

    @Test func malformedCompiledIndex() {
        #expect {
            _ = try PCSCompiledReader.index(
                Data("0\tAngioplasty\t027\t\t\n2\tdeep\t\t\t\n".utf8), fileName: "i.tsv", version: "2023")
        } throws: { error in
            (error as? ReleaseFileError)?.description.contains("i.tsv:2") == true
        }
    }
}
