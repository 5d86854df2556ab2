import CodeSearch
import Foundation
import Terminology
import Testing

/// Lookup through the shipped Alphabetic Index and the ICD-10-PCS Index and Tables (issue 17).
@Suite struct IndexLookupTests {
    @Test func indexWordingFindsItsCodeWithItsPath() throws {
        let results = Fixture.index.search("craniopharyngioma", limit: 5)
        let first = try #require(results.first)
        #expect(first.code == "D44.4")
        #expect(first.matched?.hasPrefix("Index: Craniopharyngioma") == true)
        #expect(Fixture.top("spermatocele", 1) == ["N43.40"])
        // main term and subterms in another order, nonessential modifiers left out
        #expect(Fixture.top("thalassemia beta", 1) == ["D56.1"])
        #expect(Fixture.top("failure heart systolic acute on chronic", 1) == ["I50.23"])
    }

    @Test func proceduresAreBuiltThroughTheIndexAndTables() throws {
        let pcs = SearchFilter(systems: [.icd10pcs])
        let pci = try #require(Fixture.index.search("pci with drug eluting stent lad", limit: 3, filter: pcs).first)
        #expect(pci.code == "027034Z" && pci.billable)
        #expect(pci.matched?.contains("Device 4 Intraluminal Device, Drug-eluting") == true)
        #expect(Fixture.top("laparoscopic cholecystectomy", 1, filter: pcs) == ["0FT44ZZ"])
        #expect(Fixture.top("open right hemicolectomy", 1, filter: pcs) == ["0DTF0ZZ"])
        // the approach not documented: the prefix the words fix, not a guess
        let tka = try #require(Fixture.index.search("total knee replacement right", limit: 1, filter: pcs).first)
        #expect(tka.code.hasPrefix("0SRC") && !tka.billable)
        // a diagnosis query is not turned into a procedure
        #expect(Fixture.top("heart failure", 1).first?.hasPrefix("I50") == true)
    }

    /// How a coder reads the words around the procedure's name: the operation a tube or drain serves, a suffix the
    /// curated words override, part of a body part, `placed` beside another root operation.
    @Test func theRootOperationTheWordsMean() throws {
        let pcs = SearchFilter(systems: [.icd10pcs])
        func first(_ text: String) -> String { Fixture.index.search(text, limit: 1, filter: pcs).first?.code ?? "" }
        // a drain placed is a drainage with a drainage device, not an insertion (0WH9)
        #expect(first("chest tube placement right").hasPrefix("0W99"))
        #expect(first("percutaneous cholecystostomy tube placement").hasPrefix("0F94"))
        // `-plasty` is a repair unless the curated words say otherwise: a kyphoplasty supplements the vertebra
        #expect(first("L1 kyphoplasty").hasPrefix("0QU0"))
        // a wedge or segmental resection takes out part: an excision (guideline B3.8)
        #expect(first("open segmental resection of the ileum").hasPrefix("0DBB"))
        // a kidney transplant placed in the iliac fossa is a transplantation, not an insertion
        #expect(first("deceased donor kidney transplant placed in the right iliac fossa").hasPrefix("0TY0"))
        // an index term that sends to one root operation names it (Lithotripsy see Fragmentation)
        #expect(first("left ureteroscopy with laser lithotripsy of ureteral stone").hasPrefix("0TF7"))
        // `drainage` alone names no drainage device: a therapeutic thoracentesis leaves none
        #expect(first("therapeutic thoracentesis on the right") == "0W993ZZ")
        // a range of spinal levels counts the joints fused
        #expect(first("posterior spinal fusion L3-L5 with allograft").hasPrefix("0SG1"))
    }

    /// `Evaluation/lookup-test.tsv` is held out: no curated synonym may answer one of its queries by being it.
    @Test func noCuratedSynonymKeyIsATestQuery() throws {
        let url = Fixture.repository.appendingPathComponent("Evaluation/lookup-test.tsv")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst()
        let queries = Set(lines.map { $0.split(separator: "\t")[0].lowercased().trimmingCharacters(in: .whitespaces) })
        #expect(queries.count >= 800)
        let keys = CuratedSynonyms.tsv.split(separator: "\n").compactMap {
            $0.split(separator: "\t").first.map(String.init)
        }
        #expect(!keys.isEmpty)
        let clash = keys.filter { queries.contains($0.lowercased()) }
        #expect(clash.isEmpty, "curated synonym keys that are test queries: \(clash)")
    }
}
