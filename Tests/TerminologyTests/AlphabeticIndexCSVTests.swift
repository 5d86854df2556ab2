import Foundation
import Terminology
import Testing

/// The Index to Diseases and Injuries flattened to CSV (issue 17, first step: the importer).
@Suite struct AlphabeticIndexCSVTests {
    static let file = TestPaths.sharedFile("icd10cm-2025/ICD10CM_2025_Index.csv")

    @Test(.enabled(if: TestPaths.sharedAvailable, "../shared/codesets is absent"))
    func theFY2025IndexReadsAsATree() throws {
        let index = try AlphabeticIndexCSVParser.parse(
            try Data(contentsOf: Self.file), fileName: "ICD10CM_2025_Index.csv", version: "2025")
        // 81,024 rows, two of them notes the flattening wrote as rows of their own: the notes are the term's
        #expect(index.entries.count == 81_022)
        #expect(index.mainTermIndices.count == 8_100)
        #expect(index.kind == .diseasesAndInjuries && index.version == "2025")
        #expect(index.entries(matchingMainTerm: "Spermatocele").first?.code == "N43.40")
        #expect(index.entries(matchingMainTerm: "Craniopharyngioma").first?.code == "D44.4")
        let failure = index.entries(matchingMainTerm: "Failure")
        // Failure, failed › heart › with › decompensation › systolic → I50.23, each level under the one above it
        let systolic = try #require(
            failure.first { $0.path == ["Failure, failed", "heart", "with", "decompensation", "systolic"] })
        #expect(systolic.code == "I50.23")
        let heart = index.entries[Int(index.entries[Int(index.entries[Int(systolic.parent)].parent)].parent)]
        #expect(heart.path == ["Failure, failed", "heart"] && heart.code == "I50.9")
        #expect(heart.modifiers.last == "(acute) (senile) (sudden)")
        #expect(heart.warning?.hasPrefix("Note: heart failure stages A, B, C, and D") == true)
        // "and (on) chronic (congestive)": the flattening put "chronic" with the modifiers; it is part of the term
        let acuteOnChronic = try #require(
            failure.first { $0.path == ["Failure, failed", "heart", "systolic", "acute", "and (on) chronic"] })
        #expect(acuteOnChronic.code == "I50.23" && acuteOnChronic.modifiers.last == "(congestive)")
        // the subterms after the note are still under "heart"
        #expect(failure.contains { $0.path == ["Failure, failed", "heart", "stage A"] })
        #expect(systolic.mainTerm == "Failure, failed")
        // see references and nonessential modifiers are kept
        let cardiac = try #require(failure.first { $0.path.count == 2 && $0.path[1] == "cardiac" })
        #expect(cardiac.see == "Failure, heart" && cardiac.code == nil)
        let cardiorenal = try #require(failure.first { $0.path.count == 2 && $0.path[1] == "cardiorenal" })
        #expect(cardiorenal.modifiers.last == "(chronic)" && cardiorenal.code == "I50.9")
        #expect(index.entries(leadingTo: "I50.23").contains { $0.path.first == "Failure, failed" })
        // a subterm that is a nonessential modifier alone
        let somatoform = try #require(index.entries(leadingTo: "F45.41").first { $0.path.last == "" })
        #expect(
            somatoform.modifiers.last == "(somatoform)" && somatoform.heading.hasSuffix("persistent › (somatoform)"))
    }

    @Test(arguments: [
        ("Level,Term,See,SeeAlso,NonEssModif\n0,Abasia,,,\n", nil as Int?, "Code"),
        ("RowID,Letter,Level,Term,See,SeeAlso,NonEssModif,Code\n1,A,0,Abasia,,,,F44.4\n2,A,0,Abasia,,,\n", 3, "fields"),
        (
            "RowID,Letter,Level,Term,See,SeeAlso,NonEssModif,Code\n1,A,0,Abasia,,,,F44.4\n2,A,2,deep,,,,F44.4\n", 3,
            "Level"
        ),
        ("RowID,Letter,Level,Term,See,SeeAlso,NonEssModif,Code\n1,A,x,Abasia,,,,F44.4\n", 2, "Level"),
        ("RowID,Letter,Level,Term,See,SeeAlso,NonEssModif,Code\n1,A,0,\"Abdomen, abdo", 2, "not closed"),
        ("RowID,Letter,Level,Term,See,SeeAlso,NonEssModif,Code\n", 2, "no index rows"),
        ("RowID,Letter,Level,Term,See,SeeAlso,NonEssModif,Code\n1,A,0,,,,,F44.4\n", 2, "Term"),
    ])
    func aMalformedFileIsOneLineNamingLineAndField(text: String, line: Int?, named: String) {
        let error = #expect(throws: ReleaseFileError.self) {
            try AlphabeticIndexCSVParser.parse(Data(text.utf8), fileName: "index.csv", version: "2025")
        }
        #expect(error?.file == "index.csv")
        if let line { #expect(error?.line == line, "\(String(describing: error))") }
        #expect(error?.description.contains(named) == true, "\(String(describing: error))")
        #expect(error?.description.contains("\n") == false)
    }

    @Test func quotedFieldsKeepTheirCommasAndQuotes() throws {
        let text = """
            RowID,Letter,Level,Term,See,SeeAlso,NonEssModif,Code\r
            5,A,0,"Abdomen, abdominal",,condition,,\r
            6,A,1,"the ""acute"" one",,,(severe),R10.0\r

            """
        let index = try AlphabeticIndexCSVParser.parse(Data(text.utf8), fileName: "index.csv", version: "2025")
        #expect(index.entries.count == 2)
        #expect(index.entries[0].mainTerm == "Abdomen, abdominal" && index.entries[0].seeAlso == "condition")
        #expect(index.entries[1].path == ["Abdomen, abdominal", "the \"acute\" one"])
        #expect(index.entries[1].heading == "Abdomen, abdominal › the \"acute\" one (severe)")
        #expect(index.entries[1].parent == 0 && index.entries[1].code == "R10.0")
    }
}
