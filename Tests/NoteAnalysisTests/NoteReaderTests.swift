import Foundation
import Testing

@testable import NoteAnalysis

@Suite struct NoteReaderTests {
    @Test func readsUTF8() throws {
        let note = try NoteReader.read(Data("Café au lait – 40º.".utf8))
        #expect(note.text == "Café au lait – 40º.")
        #expect(note.utf8.count == 23)
    }

    @Test(arguments: [Data(), Data("   \n\t \r\n".utf8)])
    func rejectsEmpty(_ data: Data) {
        #expect(throws: NoteReadError(.empty, source: "note")) { try NoteReader.read(data) }
    }

    @Test func rejectsBinary() {
        var bytes = Array("Chest pain".utf8)
        bytes.insert(0, at: 5)
        #expect(throws: NoteReadError(.binary(offset: 5), source: "x.txt")) {
            try NoteReader.read(Data(bytes), source: "x.txt")
        }
    }

    @Test(
        arguments: [
            ([0x61, 0x62, 0xFF, 0x63], 2),  // a byte that never starts UTF-8
            ([0x61, 0xC3], 1),  // truncated 2-byte sequence
            ([0x61, 0x62, 0x63, 0xE2, 0x80], 3),  // truncated 3-byte sequence
            ([0x41, 0xC0, 0xAF], 1),  // overlong "/"
            ([0x41, 0x42, 0xED, 0xA0, 0x80], 2),  // UTF-16 surrogate
            ([0x41, 0xF4, 0x90, 0x80, 0x80], 1),  // over U+10FFFF
            ([0xC3, 0xA9, 0x80], 2),  // é then a stray continuation byte
        ] as [([UInt8], Int)])
    func rejectsInvalidUTF8(_ bytes: [UInt8], _ offset: Int) {
        #expect(throws: NoteReadError(.invalidUTF8(offset: offset), source: "note")) {
            try NoteReader.read(Data(bytes))
        }
    }

    @Test func errorMessagesAreOneLineAndNameTheInput() {
        let messages = [
            NoteReadError(.empty, source: "a.txt"), NoteReadError(.binary(offset: 9), source: "a.txt"),
            NoteReadError(.invalidUTF8(offset: 17), source: "a.txt"),
            NoteReadError(.tooLarge(bytes: 6_000_000, limit: 5_242_880), source: "a.txt"),
        ].map(\.description)
        #expect(messages[2] == "a.txt: invalid UTF-8 at byte 17")
        #expect(messages[1].contains("byte 9"))
        #expect(messages[3].contains("6000000") && messages[3].contains("5242880"))
        for m in messages {
            #expect(m.hasPrefix("a.txt: "))
            #expect(!m.contains("\n"))
        }
    }

    @Test func rejectsNotesOverTheLimit() {
        let data = Data(repeating: UInt8(ascii: "a"), count: NoteReader.defaultMaxBytes + 1)
        #expect(throws: NoteReadError(.tooLarge(bytes: data.count, limit: NoteReader.defaultMaxBytes), source: "note"))
        {
            try NoteReader.read(data)
        }
        #expect(throws: NoteReadError(.tooLarge(bytes: 11, limit: 10), source: "note")) {
            try NoteReader(maxBytes: 10).read(Data("No fever.\n\n".utf8))
        }
    }

    @Test func readsALargeNoteWithinTheLimit() throws {
        // About 4.6 MB of discharge-summary text: just under the limit, read in full.
        let paragraph = "HPI: 67 yo M with h/o CHF, denies chest pain. Possible pneumonia vs. atelectasis.\n"
        let count = 4_600_000 / paragraph.utf8.count
        let text = String(repeating: paragraph, count: count)
        #expect(text.utf8.count < NoteReader.defaultMaxBytes)
        let note = try NoteReader.read(Data(text.utf8))
        #expect(note.sections.count == count)
        #expect(note.sentences.count == 2 * count)
        #expect(note.sentences.last?.range.upperBound == text.utf8.count - 1)
        let last = try #require(note.mentions(of: "chest pain").last)
        #expect(AssertionAnalyzer.standard.assertion(for: last, in: note).status == .negated)
    }

    @Test func readsAFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("note-\(UUID().uuidString).txt")
        try Data("Assessment: pneumonia.".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let note = try NoteReader().read(contentsOf: url)
        #expect(note.sections.first?.kind == .assessment)
        let tiny = NoteReader(maxBytes: 5)
        #expect(throws: NoteReadError.self) { try tiny.read(contentsOf: url) }
    }
}
