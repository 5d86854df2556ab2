import Foundation
import Testing

@Suite("coder analyze, end to end", .serialized)
struct AnalyzeCommandTests {
    let coder = CoderProcess()

    @Test func findsMentionsWithStatusAndByteOffsets() throws {
        let note = "HPI: café worker, denies chest pain.\nFamily History: mother with chest pain.\n"
        let output = try coder.run(["analyze", "-", "--find", "chest pain", "--json"], stdin: note)
        #expect(output.status == 0, "\(output.stderr)")
        let notes = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]])
        let mentions = try #require(notes.first?["mentions"] as? [[String: Any]])
        #expect(mentions.map { $0["status"] as? String } == ["negated", "family"])
        #expect(mentions.first?["start"] as? Int == 26)  // "café" is 5 bytes
        #expect(mentions.first?["trigger"] as? String == "denies")
        let sections = try #require(notes.first?["sections"] as? [[String: Any]])
        #expect(sections.map { $0["kind"] as? String } == ["historyOfPresentIllness", "familyHistory"])
    }

    @Test func rejectsInvalidUTF8WithTheOffset() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString).txt")
        try Data([0x4E, 0x6F, 0x20, 0xFF, 0x0A]).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let output = try coder.run(["analyze", url.path])
        #expect(output.status != 0)
        #expect(output.stderr.contains("invalid UTF-8 at byte 3"))
    }
}
