import Foundation
import Terminology
import Testing

/// The ICD-10-CM code addenda (issue 19): the official FY2027 file and the faults a malformed one can have.
struct CodeAddendaTests {
    static let fy2027 = TestPaths.sharedFile("icd10cm-2027/icd10cm_codes_addenda_2027.txt")

    @Test(
        .enabled(if: FileManager.default.fileExists(atPath: fy2027.path), "../shared/codesets/icd10cm-2027 is absent"))
    func theOfficialFY2027AddendaRead() throws {
        let addenda = try CodeAddenda.read(from: Self.fy2027)
        // the file's own counts: 190 Add:, 30 Delete:, 4 Revise from: / Revise to: pairs
        #expect(addenda.added.count == 190)
        #expect(addenda.deleted.count == 30)
        #expect(addenda.revised.count == 4)
        // its summary: the order file's codes before and after (and the change counts, checked on reading)
        #expect(addenda.codesBefore == 74_719 && addenda.codesAfter == 74_879)
        #expect(addenda.added.contains(.init(code: "QA171", title: "Lynch syndrome")))
        #expect(addenda.deleted.contains(.init(code: "D691", title: "Qualitative platelet defects")))
        #expect(addenda.added.contains(.init(code: "J4B", title: "Pulmonary mycetoma")))
        #expect(addenda.replacements(of: "D69.1") == ["D6911", "D6919"])
        #expect(addenda.replacements(of: "I420") == ["I4200", "I4201", "I4209"])
        let carbuncle = try #require(addenda.revised.first { $0.code == "L02232" })
        #expect(carbuncle.from == "Carbuncle of back [any part, except buttock]")
        #expect(carbuncle.to == "Carbuncle of back [any part, except buttock and flank]")
    }

    @Test func aSmallFileWithCRLFAndBlankLines() throws {
        let text =
            "Add:         D6911   Glanzmann thrombasthenia\r\n\r\nDelete:      D691    Qualitative platelet defects\r\n"
            + "Revise from: Z2914   Encounter for prophylactic rabies immune globin\r\nRevise to:   Z2914   Encounter for prophylactic rabies immune globulin\r\n"
        let addenda = try CodeAddenda.parse(Data(text.utf8), fileName: "a.txt")
        #expect(addenda.added == [.init(code: "D6911", title: "Glanzmann thrombasthenia")])
        #expect(addenda.deleted.map(\.code) == ["D691"])
        #expect(
            addenda.revised == [
                .init(
                    code: "Z2914", from: "Encounter for prophylactic rabies immune globin",
                    to: "Encounter for prophylactic rabies immune globulin")
            ])
    }

    @Test(arguments: [
        (
            "Add:  D6911  Glanzmann thrombasthenia\nChange: D691 Qualitative\n",
            "a.txt:2: \"Change: D691 Qualita…\" is not an addenda line"
        ),
        (
            "Add:  D69.11  Glanzmann thrombasthenia\n",
            "a.txt:1: \"D69.11\" is not an ICD-10-CM code written without its dot"
        ),
        ("Add:  1234  Something\n", "a.txt:1: \"1234\" is not an ICD-10-CM code"),
        ("Add:  D6-11  Something\n", "a.txt:1: \"D6-11\" is not an ICD-10-CM code"),
        ("Delete:  D691\n", "a.txt:1: Delete: D691 has no title"),
        ("Add:\n", "a.txt:1: Add: without a code"),
        (
            "Revise from: L02232  Carbuncle of back\nAdd:  D6911  Glanzmann thrombasthenia\n",
            "a.txt:1: Revise from: L02232 is not followed by its Revise to: line"
        ),
        ("Revise to: L02232  Carbuncle of back\n", "a.txt:1: Revise to: L02232 without a Revise from: line before it"),
        (
            "Revise from: L02232  Carbuncle\nRevise to: L03312  Cellulitis\n",
            "a.txt:2: Revise to: L03312 follows Revise from: L02232 (line 1)"
        ),
        ("Add:  D6911  Glanzmann\nAdd:  D6911  Glanzmann again\n", "a.txt:2: D6911 is added here and added at line 1"),
        (
            "Revise from: L02232  Carbuncle of back\n",
            "a.txt:1: Revise from: L02232 is not followed by its Revise to: line"
        ),
        ("\n\n", "a.txt: no Add:, Delete: or Revise lines"),
        ("Add:  D6911  Glanzmann thrombasthenia", "a.txt:1: the last line has no line end"),
        (
            "Add:  D6911  Glanzmann\n\nCodes\n     2 additions\n",
            "a.txt:4: the summary says 2 additions, the file has 1"
        ),
        (
            "Add:  D6911  Glanzmann\nCodes\n  10 codes in a\n  12 codes in b\n",
            "a.txt:2: the summary's code counts (10 → 12) do not differ"
        ),
        (
            "Add:  D6911  Glanzmann\nCodes\n  many additions\n",
            "a.txt:3: \"many additions\" is not a count of the summary"
        ),
    ])
    func aMalformedFileIsRefusedWithOneLineNamingFileAndLine(_ text: String, _ message: String) {
        #expect {
            _ = try CodeAddenda.parse(Data(text.utf8), fileName: "a.txt")
        } throws: { error in
            let said = "\(error)"
            return said.hasPrefix(message) && !said.contains("\n")
        }
    }
}
