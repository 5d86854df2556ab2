import CodeSearch
import Foundation
import Terminology
import Testing

@testable import CodeSearch

@Suite("Lookup over the shipped code sets")
struct LookupTests {
    @Test func aspirationPneumonia() {
        #expect(Fixture.top("aspiration pneumonia").first == "J69.0")
        #expect(Fixture.top("pneumonia aspiration").first == "J69.0")
        #expect(Fixture.top("Pneumonia > aspiration").first == "J69.0")
    }

    @Test(arguments: [
        ("J69.0", "J69.0"), ("j690", "J69.0"), ("J69", "J69"), ("w2189xa", "W21.89XA"), ("e11.9", "E11.9"),
    ])
    func codesWithOrWithoutDot(query: String, first: String) {
        #expect(Fixture.top(query).first == first)
    }

    @Test func codePrefixListsTheCodesBelow() {
        let codes = Fixture.top("J69", 10)
        #expect(codes == ["J69", "J69.0", "J69.1", "J69.8"])
        let billable = Fixture.top("J69", 10, filter: SearchFilter(billableOnly: true))
        #expect(billable == ["J69.0", "J69.1", "J69.8"])
    }

    @Test(arguments: [
        ("heart failure", "I50.9"), ("pneumonia", "J18.9"), ("acute on chronic systolic heart failure", "I50.23"),
        ("essential hypertension", "I10"), ("kidney stones", "N20.0"),
    ])
    func rankingPutsTheMeantCodeFirst(query: String, expected: String) {
        #expect(Fixture.top(query, 1) == [expected], "\(query): \(Fixture.top(query, 5))")
    }

    @Test(arguments: [("pnuemonia", "J18.9"), ("diabetis type 2", "E11.9"), ("appendicitus acute", "K35.80")])
    func typosOnLongerWords(query: String, expected: String) {
        #expect(Fixture.top(query, 5).contains(expected), "\(query): \(Fixture.top(query, 5))")
    }

    @Test func unknownWordsFindNothing() {
        #expect(Fixture.top("qwxzv").isEmpty)
    }

    @Test func seventhCharacterChosenFromTheQuery() {
        let codes = Fixture.top("fracture neck right femur initial encounter closed", 5)
        #expect(codes.first == "S72.001A", "\(codes)")
        let subsequent = Fixture.top("struck by football subsequent encounter", 3)
        #expect(subsequent.first == "W21.01XD", "\(subsequent)")
    }

    @Test func billableFilter() {
        let results = Fixture.index.search("heart failure", limit: 20, filter: SearchFilter(billableOnly: true))
        #expect(!results.isEmpty)
        #expect(results.allSatisfy { $0.billable })
    }

    @Test func systemFilter() {
        let results = Fixture.index.search("heart failure", limit: 20, filter: SearchFilter(systems: [.hcpcs]))
        #expect(results.allSatisfy { $0.system == .hcpcs })
    }

    @Test func snapshotRoundTripAnswersAlike() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("roundtrip-\(getpid()).snapshot")
        defer { try? FileManager.default.removeItem(at: url) }
        try Fixture.engine.writeSnapshot(url)
        let loaded = try LookupEngine.readSnapshot(url)
        #expect(loaded.fromSnapshot)
        for query in ["aspiration pneumonia", "chf", "J69", "fx femur neck right initial"] {
            #expect(loaded.index()!.search(query, limit: 10) == Fixture.index.search(query, limit: 10))
        }
    }
}

@Suite("Lookup conventions: negation, Index paths, related forms, defaults")
struct LookupConventionTests {
    /// A text's "without" denies what follows: a query asking for septic shock must not land on "without septic shock".
    @Test func withoutDeniesWhatFollows() {
        #expect(Fixture.top("Shock > septic", 1) == ["R65.21"])
        #expect(Fixture.top("severe sepsis without septic shock", 1) == ["R65.20"])
        #expect(Fixture.top("concussion without loss of consciousness initial", 1) == ["S06.0X0A"])
    }

    /// The last subterm of an Index path is the most specific word.
    @Test func indexPathWeighsTheLastSubterm() {
        #expect(Fixture.top("Hypertension > heart > with > heart failure", 1) == ["I11.0"])
        #expect(Fixture.top("Forces of nature > sunlight", 1) == ["X32.XXXA"])
    }

    /// Noun and adjective of one condition meet: hypertension / hypertensive.
    @Test func relatedFormsMeet() {
        #expect(Fixture.top("htn with ckd", 1) == ["I12.9"])
        #expect(SearchIndex.relatedForms("hypertension") == ["hypertensive"])
        #expect(SearchIndex.relatedForms("sepsis").contains("septic"))
    }

    /// Diabetes without a type defaults to type 2 (Official Guidelines I.C.4.a.2); a named type is kept.
    @Test func diabetesDefaultsToType2() {
        #expect(Fixture.top("diabetes", 1) == ["E11.9"])
        #expect(Fixture.top("diabetes insipidus", 1) == ["E23.2"])
    }

    /// A word the classification writes as two (pre-eclampsia) is found when typed as one.
    @Test func compoundWords() {
        #expect(Fixture.top("preeclampsia", 3).contains("O14.90"))
    }

    /// "Via natural or artificial opening endoscopic" is the approach an EGD uses.
    @Test func endoscopyThroughANaturalOpening() {
        #expect(Fixture.top("egd", 1) == ["0DJ08ZZ"])
    }

    /// "not intractable" is the default state: a plain "migraine" finds the unspecified, not intractable code.
    @Test func notIntractableIsTheDefault() {
        #expect(Fixture.top("migraine", 1) == ["G43.909"])
    }

    /// Issue 16, finding 1: one long word cost time growing with the cube of its length (3,200 characters: 48 s).
    /// A word longer than any index word plus two has no typo candidates, so the work is bounded. The limit allows for
    /// the shared code sets being loaded by this test on a busy machine (about a minute in a debug build); an 11,000
    /// character word searched the old way would take hours.
    @Test(.timeLimit(.minutes(5))) func aLongWordCostsNoTypoExpansion() {
        let word = String(repeating: "pneumonitis", count: 1000)
        #expect(Fixture.index.search(word, limit: 5).isEmpty)
        // the long word finds nothing and costs nothing; the typo beside it is still corrected
        #expect(
            Fixture.index.search("pnuemonia " + String(repeating: "x", count: 3200), limit: 5).first?.code == "J18.9")
        #expect(QueryLimits.problem(word)?.contains("longer than 64") == true)
        #expect(QueryLimits.problem(String(repeating: "ab ", count: 100))?.contains("at most 256") == true)
        #expect(QueryLimits.problem(String(repeating: "y", count: 65))?.contains("64") == true)
        #expect(QueryLimits.problem("acute on chronic systolic heart failure") == nil)
    }
}
