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

    @Test(arguments: [("J69.0", "J69.0"), ("j690", "J69.0"), ("J69", "J69"), ("w2189xa", "W21.89XA"), ("e11.9", "E11.9")])
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
