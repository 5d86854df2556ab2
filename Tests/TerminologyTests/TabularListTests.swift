import Foundation
import Testing

@testable import Terminology

@Suite("ICD-10-CM Tabular List FY2026, checked against the release itself")
struct TabularListTests {
    let tabular = Shipped.tabular

    @Test func versionAndChapters() {
        #expect(tabular.version == "2026")
        #expect(tabular.entries.filter { $0.kind == .chapter }.count == 22)
        #expect(tabular.entry("A00-A09")?.kind == .block)
    }

    /// The number of billable codes equals the count derived from the official code list: a code is billable when
    /// no other code in the list extends it.
    @Test func billableCountMatchesOfficialCodeList() {
        let codes = Shipped.codeList.filter { !$0.allSatisfy(\.isNumber) && !$0.contains("-") }.sorted()
        var leaves = Set<String>()
        for (i, code) in codes.enumerated() where !(i + 1 < codes.count && codes[i + 1].hasPrefix(code)) {
            leaves.insert(code)
        }
        let billable = Set(tabular.entries.filter(\.billable).map(\.normalizedCode))
        #expect(billable.count == leaves.count)
        #expect(billable == leaves)
        #expect(billable.count == 74_719)
        // and every code in the list is in the tabular, and the other way round
        let ours = Set(tabular.entries.filter { $0.kind != .chapter && $0.kind != .block }.map(\.normalizedCode))
        #expect(ours == Set(codes))
    }

    @Test func noHeaderIsBillable() {
        for entry in tabular.entries where !entry.children.isEmpty {
            #expect(!entry.billable, "\(entry.code) has codes below it and is billable")
        }
        for entry in tabular.entries where entry.kind == .chapter || entry.kind == .block {
            #expect(!entry.billable)
        }
    }

    @Test func everySeventhCharacterCodeHasSevenCharacters() {
        let extended = tabular.entries.filter { $0.kind == .extended }
        #expect(extended.count > 40_000)
        for entry in extended {
            #expect(entry.normalizedCode.count == 7, "\(entry.code)")
            #expect(entry.billable)
        }
    }

    @Test(arguments: [
        ("W21.89XA", "Striking against or struck by other sports equipment, initial encounter"),
        ("S72.001A", "Fracture of unspecified part of neck of right femur, initial encounter for closed fracture"),
        ("T36.0X1A", "Poisoning by penicillins, accidental (unintentional), initial encounter"),
        ("O32.1XX0", "Maternal care for breech presentation, not applicable or unspecified"),
    ])
    func placeholderXAndTitles(code: String, title: String) throws {
        let entry = try #require(tabular.entry(code))
        #expect(entry.title == title)
        #expect(entry.billable)
        #expect(tabular.entry(String(code.dropLast()))?.billable != true)
    }

    /// S06: "7th characters D and S do not apply to codes in category S06 with 6th character 7 … or 8 …".
    @Test func s06DeathCodesHaveOnlyInitialEncounter() {
        #expect(tabular.entry("S06.1X7A") != nil)
        #expect(tabular.entry("S06.1X7D") == nil)
        #expect(tabular.entry("S06.1X8S") == nil)
        #expect(tabular.entry("S06.1X1D") != nil)
    }

    @Test func notesAtEveryLevel() throws {
        let chapter1 = try #require(tabular.entries.first)
        #expect(chapter1.notes.contains { $0.kind == .includes })
        #expect(chapter1.notes.contains { $0.kind == .useAdditionalCode })
        let i50 = try #require(tabular.entry("I50"))
        let codeFirst = i50.notes.filter { $0.kind == .codeFirst }
        #expect(codeFirst.count == 6)
        #expect(codeFirst.contains { $0.references.contains(CodeReference(first: "I13", needsMoreCharacters: true)) })
        let i502 = try #require(tabular.entry("I50.2"))
        #expect(i502.notes.contains { $0.kind == .inclusionTerm && $0.text.contains("HFrEF") })
        #expect(i502.notes.contains { $0.kind == .codeAlso && $0.references.map(\.first) == ["I5084"] })
        let kinds = Set(tabular.entries.flatMap { $0.notes.map(\.kind) })
        for kind in NoteKind.allCases { #expect(kinds.contains(kind), "no \(kind) note anywhere") }
    }

    @Test func inheritedNotesAndSeventhCharacters() throws {
        let index = try #require(tabular.index(of: "W21.89XA"))
        let notes = tabular.applicableNotes(for: index)
        #expect(notes.contains { $0.source == "W21" && $0.note.kind == .excludes1 })
        #expect(notes.contains { $0.source == "W20-W49" && $0.note.kind == .excludes1 })
        #expect(notes.contains { $0.source == "20" && $0.note.kind == .notes })
        let seventh = try #require(tabular.applicableSeventhCharacters(for: index))
        #expect(seventh.source == "W21")
        #expect(seventh.values.map(\.character) == ["A", "D", "S"])
        // inclusion terms are not inherited
        let j690 = try #require(tabular.index(of: "J69.0"))
        #expect(
            tabular.applicableNotes(for: j690).filter { $0.note.kind == .inclusionTerm }.allSatisfy {
                $0.source == "J69.0"
            })
    }

    /// Every code reference parsed from an excludes note resolves to a code, category or block of the release.
    @Test func everyExcludesReferenceResolves() {
        var unresolved: [String] = []
        var count = 0
        for entry in tabular.entries {
            for note in entry.notes where note.kind == .excludes1 || note.kind == .excludes2 {
                for reference in note.references {
                    count += 1
                    if !resolves(reference) { unresolved.append("\(entry.code): \(reference) in \"\(note.text)\"") }
                }
            }
        }
        #expect(count > 5_000)
        // One irregularity in the FY2026 release itself: the Excludes1 note at R10.85 cites "R10.1-R10.4-", and R10.4
        // is no longer a subcategory (the range's start resolves, its end does not).
        #expect(
            unresolved == ["R10.85: R10.1-R10.4 in \"localized abdominal pain (R10.1-R10.4-)\""],
            "\(unresolved.prefix(20))")
    }

    func resolves(_ reference: CodeReference) -> Bool {
        func exists(_ code: String) -> Bool {
            tabular.index(of: code) != nil
        }
        if let last = reference.last { return exists(reference.first) && exists(last) }
        return exists(reference.first)
    }

    @Test(arguments: [
        ("(I82.4Z-)", [CodeReference(first: "I824Z", needsMoreCharacters: true)]),
        ("(K50-K52)", [CodeReference(first: "K50", last: "K52")]),
        ("(O00-O07, O08.8)", [CodeReference(first: "O00", last: "O07"), CodeReference(first: "O088")]),
        ("code to identify resistance (Z16.-)", [CodeReference(first: "Z16", needsMoreCharacters: true)]),
        ("vitamin B12 deficiency anemia (D51.-)", [CodeReference(first: "D51", needsMoreCharacters: true)]),
        ("no codes here", []),
    ])
    func referenceParsing(text: String, expected: [CodeReference]) {
        #expect(CodeReferenceParser.references(in: text) == expected)
    }

    @Test func snapshotRoundTrip() throws {
        var writer = BinaryWriter()
        tabular.encode(to: &writer)
        let back = try BinaryReader.read(writer.bytes) { try TabularList(from: &$0) }
        #expect(back.entries == tabular.entries)
        #expect(back.version == tabular.version)
    }
}

@Suite("Malformed release files")
struct MalformedTabularTests {
    @Test func truncatedFileNamesFileAndLine() throws {
        let data = Shipped.tabularData.prefix(200_000)
        let error = try #require(throws: ReleaseFileError.self) {
            try TabularXMLParser.parse(Data(data), fileName: "truncated-tabular.xml")
        }
        #expect(error.file == "truncated-tabular.xml")
        #expect((error.line ?? 0) > 1000)
        #expect(error.description.hasPrefix("truncated-tabular.xml:"))
        #expect(!error.description.contains("\n"))
    }

    @Test func diagWithoutNameIsRejected() throws {
        let xml = """
            <?xml version="1.0"?>
            <ICD10CM.tabular><version>2026</version>
            <chapter><name>1</name><desc>Chapter</desc>
            <section id="A00-A09"><desc>Block</desc>
            <diag><desc>no name</desc></diag>
            </section></chapter></ICD10CM.tabular>
            """
        let error = try #require(throws: ReleaseFileError.self) {
            try TabularXMLParser.parse(Data(xml.utf8), fileName: "bad.xml")
        }
        #expect(error.element == "diag")
        #expect(error.line == 5)
    }

    @Test func notATabularFile() throws {
        let error = try #require(throws: ReleaseFileError.self) {
            try TabularXMLParser.parse(Data("<other/>".utf8), fileName: "other.xml")
        }
        #expect(error.description.contains("other.xml"))
    }
}
