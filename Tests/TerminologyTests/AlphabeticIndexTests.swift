import Foundation
import Terminology
import Testing

/// The official release files in `../shared/codesets` (next to the repository), read once and shared by the tests of
/// the index, tables, order file, POA-exempt list and HCPCS.
enum CMIndexTestFiles {
    /// The repository root: three levels up from this file.
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let codesets = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/codesets")
    static let available = FileManager.default.fileExists(atPath: codesets.path)
    static let skipMessage: Comment = "the official release files are not in ../shared/codesets: skipped"

    static func url(_ relative: String) -> URL { codesets.appendingPathComponent(relative) }
    static func data(_ relative: String) throws -> Data { try Data(contentsOf: url(relative)) }

    static let externalCauseIndexFile = "icd10cm-2025/icd-10-cm-eindex-2025.xml"
    static let neoplasmFile = "icd10cm-2025/icd-10-cm-neoplasm-2025.xml"
    static let drugFile = "icd10cm-2025/icd-10-cm-drug-2025.xml"
    static let orderArchive = "icd10cm-2025/2025-code-descriptions-tabular-order-april.zip"
    static let poaArchive = "icd10cm-2025/2025-poa-exempt-codes.zip"
    static let hcpcsArchive = "hcpcs-2026/january-2026-alpha-numeric-hcpcs-file.zip"

    static let externalCauseIndex = Result {
        try AlphabeticIndexParser.parse(data(externalCauseIndexFile), fileName: "icd-10-cm-eindex-2025.xml")
    }
    static let neoplasmTable = Result {
        try ICDTableParser.parse(data(neoplasmFile), fileName: "icd-10-cm-neoplasm-2025.xml")
    }
    static let drugTable = Result { try ICDTableParser.parse(data(drugFile), fileName: "icd-10-cm-drug-2025.xml") }
    static let orderFile = Result { try OrderFile.read(from: url(orderArchive)) }
    static let poaExempt = Result { try POAExemptList.read(from: url(poaArchive)) }
    static let hcpcs = Result { try HCPCSCodeSet.read(from: url(hcpcsArchive)) }

    /// Writes bytes to a new file in a fresh temporary folder (never in the repository) and returns its URL.
    static func temporaryFile(named name: String, _ bytes: Data) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cmidx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try bytes.write(to: url)
        return url
    }

    /// Removes a file made by ``temporaryFile(named:_:)`` and its folder.
    static func removeTemporaryFile(_ url: URL) {
        try? FileManager.default.removeItem(at: url.deletingLastPathComponent())
    }

    /// Runs `body` and returns the ``ReleaseFileError`` it throws.
    static func releaseError(_ body: () throws -> Void) throws -> ReleaseFileError {
        do {
            try body()
        } catch let error as ReleaseFileError {
            return error
        }
        Issue.record("expected a ReleaseFileError")
        throw CancellationError()
    }

    /// Encodes a value and decodes it back.
    static func roundTrip<T: BinaryCodable>(_ value: T) throws -> T {
        var writer = BinaryWriter()
        value.encode(to: &writer)
        return try BinaryReader.read(writer.bytes) { reader in
            let decoded = try T(from: &reader)
            #expect(reader.isAtEnd)
            return decoded
        }
    }

    /// The 1-based line of the first occurrence of `needle` in the text.
    static func line(of needle: String, in text: String) -> Int? {
        text.range(of: needle).map { line(at: $0.lowerBound, in: text) }
    }

    /// The 1-based line of a position in the text (counting line feeds, so CRLF files count right).
    static func line(at index: String.Index, in text: String) -> Int {
        text.utf8[..<index].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    }
}

@Suite(.enabled(if: CMIndexTestFiles.available, CMIndexTestFiles.skipMessage))
struct AlphabeticIndexTests {
    @Test func externalCauseIndexCounts() throws {
        let index = try CMIndexTestFiles.externalCauseIndex.get()
        #expect(index.kind == .externalCauses)
        #expect(index.version == "2025")
        #expect(index.title == "ICD-10-CM EXTERNAL CAUSE of INJURIES INDEX")
        // 314 <mainTerm> and 7,750 <term> elements in the file.
        #expect(index.mainTermIndices.count == 314)
        #expect(index.entries.count == 8_064)
        #expect(index.entries.filter { $0.code != nil }.count == 6_650)
        #expect(index.entries.filter { $0.see != nil }.count == 790)
        #expect(index.entries.filter { $0.seeAlso != nil }.count == 98)
        #expect(index.entries.filter { $0.seeCategory != nil }.count == 3)
        #expect(index.entries.filter { $0.seeSubcategory != nil }.count == 11)
        #expect(index.entries.map(\.level).max() == 8)
        #expect(index.entries.allSatisfy { $0.path.count == $0.modifiers.count && $0.kind == .externalCauses })
    }

    @Test func fallingDownAnEscalator() throws {
        let index = try CMIndexTestFiles.externalCauseIndex.get()
        let fall = index.entries(matchingMainTerm: "Fall")
        let main = try #require(fall.first)
        #expect(main.path == ["Fall, falling"])
        #expect(main.modifiers == ["(accidental)"])
        #expect(main.code == "W19")
        let escalator = try #require(fall.first { $0.path == ["Fall, falling", "down", "escalator"] })
        #expect(escalator.code == "W10.0")
        #expect(escalator.level == 2)
        #expect(escalator.heading == "Fall, falling (accidental) › down › escalator")
        let burning = try #require(fall.first { $0.path == ["Fall, falling", "building", "burning"] })
        #expect(burning.modifiers == ["(accidental)", "", "(uncontrolled fire)"])
        #expect(burning.code == "X00.3")
        #expect(index.entries(matchingMainTerm: "fall, FALLING").count == fall.count)
        #expect(fall.allSatisfy { $0.mainTerm == "Fall, falling" })
    }

    @Test func accidentSubtermsAndCrossReferences() throws {
        let index = try CMIndexTestFiles.externalCauseIndex.get()
        let accident = index.entries(matchingMainTerm: "accident")
        #expect(accident.first?.code == "X58")
        let powered = try #require(
            accident.first { $0.path == ["Accident", "boat, boating", "striking swimmer", "powered"] })
        #expect(powered.code == "V94.11")
        let aircraft = try #require(accident.first { $0.path == ["Accident", "aircraft"] })
        #expect(aircraft.seeAlso == "Accident, transport, aircraft")
        #expect(aircraft.modifiers == ["(to)", "(in transit) (powered)"])
        #expect(aircraft.code == nil)
        let automobile = try #require(accident.first { $0.path == ["Accident", "automobile"] })
        #expect(automobile.see == "Accident, transport, car occupant")
    }

    @Test func seeCategoryModifiersAndReverseLookup() throws {
        let index = try CMIndexTestFiles.externalCauseIndex.get()
        let strangulation = try #require(index.entries(matchingMainTerm: "Strangulation").first)
        #expect(strangulation.seeCategory == "T71")
        let lightning = try #require(index.entries(matchingMainTerm: "Lightning").first)
        #expect(lightning.seeSubcategory == "T75.0")
        #expect(lightning.modifiers == ["(shock) (stroke) (struck by)"])
        // A trailing NEC is part of the title; the main term is found without it too.
        let abandonment = try #require(index.entries(matchingMainTerm: "Abandonment").first)
        #expect(abandonment.path == ["Abandonment NEC"])
        #expect(abandonment.code == "X58")
        #expect(index.entries(matchingMainTerm: "No such term").isEmpty)
        let toEscalator = index.entries(leadingTo: "W10.0")
        #expect(toEscalator.contains { $0.path == ["Fall, falling", "down", "escalator"] })
        #expect(toEscalator.allSatisfy { $0.code == "W10.0" })
    }

    @Test func readsTheMainIndexSchema() throws {
        let xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <ICD10CM.index>
              <version>2025</version>
              <title>ICD-10-CM INDEX TO DISEASES and INJURIES</title>
              <letter>
                <title>A</title>
                <mainTerm>
                  <title>Amyloidosis<nemod>(generalized) (primary)</nemod></title>
                  <code>E85.9</code>
                  <term level="1">
                    <title>heart</title>
                    <code>E85.4</code>
                    <manif>I43</manif>
                  </term>
                  <term level="1">
                    <title>familial</title>
                    <seeAlso>Amyloidosis, heredofamilial</seeAlso>
                    <code>E85.-</code>
                  </term>
                </mainTerm>
              </letter>
            </ICD10CM.index>
            """
        let index = try AlphabeticIndexParser.parse(Data(xml.utf8), fileName: "sample-index.xml")
        #expect(index.kind == .diseasesAndInjuries)
        #expect(index.entries.count == 3)
        let heart = try #require(index.entries.first { $0.path == ["Amyloidosis", "heart"] })
        #expect(heart.code == "E85.4")
        #expect(heart.manifestation == "I43")
        #expect(heart.parent == 0)
        #expect(index.entries[2].code == "E85.-")
        #expect(index.entries(leadingTo: "I43").count == 1)
        let forced = try AlphabeticIndexParser.parse(
            Data(xml.utf8), fileName: "sample-index.xml", kind: .externalCauses)
        #expect(forced.kind == .externalCauses)
    }

    @Test func truncatedFileNamesFileAndLine() throws {
        let bytes = try CMIndexTestFiles.data(CMIndexTestFiles.externalCauseIndexFile)
        let url = try CMIndexTestFiles.temporaryFile(named: "eindex-truncated.xml", bytes.prefix(bytes.count / 2))
        defer { CMIndexTestFiles.removeTemporaryFile(url) }
        let error = try CMIndexTestFiles.releaseError {
            _ = try AlphabeticIndexParser.parse(Data(contentsOf: url), fileName: url.lastPathComponent)
        }
        let line = try #require(error.line)
        #expect(line > 1)
        #expect(error.description.hasPrefix("eindex-truncated.xml:\(line): "))
        #expect(!error.description.contains("\n"))
    }

    @Test func wrongLevelNamesLineAndElement() throws {
        let text = String(decoding: try CMIndexTestFiles.data(CMIndexTestFiles.externalCauseIndexFile), as: UTF8.self)
        let needle = "<title>striking swimmer</title>"
        let expectedLine = try #require(CMIndexTestFiles.line(of: needle, in: text)) - 1
        // The <term level="2"> that opens "striking swimmer" becomes level 4.
        var lines = text.components(separatedBy: "\n")
        #expect(lines[expectedLine - 1].contains("<term level=\"2\">"))
        lines[expectedLine - 1] = lines[expectedLine - 1].replacingOccurrences(of: "level=\"2\"", with: "level=\"4\"")
        let url = try CMIndexTestFiles.temporaryFile(
            named: "eindex-bad-level.xml", Data(lines.joined(separator: "\n").utf8))
        defer { CMIndexTestFiles.removeTemporaryFile(url) }
        let error = try CMIndexTestFiles.releaseError {
            _ = try AlphabeticIndexParser.parse(Data(contentsOf: url), fileName: url.lastPathComponent)
        }
        #expect(error.line == expectedLine)
        #expect(error.element == "term")
        #expect(error.description.hasPrefix("eindex-bad-level.xml:\(expectedLine): <term>: "))
    }

    @Test func duplicateCodeIsRejected() throws {
        let xml = """
            <ICD10CM.index><letter><title>A</title>
            <mainTerm><title>Accident</title><code>X58</code>
            <code>X59</code></mainTerm></letter></ICD10CM.index>
            """
        let error = try CMIndexTestFiles.releaseError {
            _ = try AlphabeticIndexParser.parse(Data(xml.utf8), fileName: "dup.xml")
        }
        #expect(error.line == 3)
        #expect(error.element == "code")
    }

    @Test func aTableIsNotAnIndex() throws {
        let error = try CMIndexTestFiles.releaseError {
            _ = try AlphabeticIndexParser.parse(
                CMIndexTestFiles.data(CMIndexTestFiles.neoplasmFile), fileName: "icd-10-cm-neoplasm-2025.xml")
        }
        #expect(error.element == "indexHeading")
    }

    @Test func roundTrip() throws {
        let index = try CMIndexTestFiles.externalCauseIndex.get()
        let decoded = try CMIndexTestFiles.roundTrip(index)
        #expect(decoded.entries == index.entries)
        #expect(decoded.kind == index.kind)
        #expect(decoded.version == index.version)
        #expect(decoded.title == index.title)
        #expect(decoded.mainTermIndices == index.mainTermIndices)
        #expect(decoded.entries(matchingMainTerm: "Fall") == index.entries(matchingMainTerm: "Fall"))
        #expect(decoded.entries(leadingTo: "V94.11") == index.entries(leadingTo: "V94.11"))
    }
}
