import Foundation
import Terminology
import Testing

@Suite(.enabled(if: CMIndexTestFiles.available, CMIndexTestFiles.skipMessage))
struct ICDTablesTests {
    @Test func neoplasmTableColumnsAndCounts() throws {
        let table = try CMIndexTestFiles.neoplasmTable.get()
        #expect(table.kind == .neoplasm)
        #expect(table.version == "2025")
        #expect(table.termHeading == "Neoplasm")
        #expect(
            table.columns == [
                "Malignant Primary", "Malignant Secondary", "Ca in situ", "Benign", "Uncertain Behavior",
                "Unspecified Behavior",
            ])
        // One <mainTerm> and 1,938 <term>; 10,916 cells of which 9,018 hold a code and 1,898 a dash.
        #expect(table.mainTermIndices.count == 1)
        #expect(table.rows.count == 1_939)
        #expect(table.rows.reduce(0) { $0 + $1.cells.compactMap { $0 }.count } == 9_018)
        #expect(table.rows.allSatisfy { $0.cells.count == 6 })
        #expect(table.rows.filter { $0.see != nil }.count == 67)
        #expect(table.rows.filter { $0.seeAlso != nil }.count == 120)
    }

    @Test func neoplasmOfLung() throws {
        let table = try CMIndexTestFiles.neoplasmTable.get()
        let lung = try #require(table.row(["Neoplasm, neoplastic", "lung"]))
        #expect(lung.cells == ["C34.9-", "C78.0-", "D02.2-", "D14.3-", "D38.1", "D49.1"])
        #expect(lung.level == 1)
        let benign = try #require(table.column(named: "benign"))
        #expect(lung.cells[benign] == "D14.3-")
        let azygos = try #require(table.row(["neoplasm, neoplastic", "LUNG", "azygos lobe"]))
        #expect(azygos.cells.first == "C34.1-")
        #expect(table.rows[Int(azygos.parent)] == lung)
        // A dash in the table is no code.
        let connective = try #require(
            table.row(["Neoplasm, neoplastic", "abdomen, abdominal", "wall", "connective tissue"]))
        #expect(connective.cells == ["C49.4", "C79.8-", nil, "D21.4", "D48.1", "D49.2"])
        let wall = try #require(table.row(["Neoplasm, neoplastic", "abdomen, abdominal", "wall"]))
        #expect(wall.seeAlso == "Neoplasm, abdomen, wall, skin")
        #expect(table.rows(matchingMainTerm: "Neoplasm").count == table.rows.count)
    }

    @Test func drugTableColumnsAndCounts() throws {
        let table = try CMIndexTestFiles.drugTable.get()
        #expect(table.kind == .drugsAndChemicals)
        #expect(table.termHeading == "Substance")
        #expect(
            table.columns == [
                "Poisoning Accidental (unintentional)", "Poisoning Intentional self-harm", "Poisoning Assault",
                "Poisoning Undetermined", "Adverse effect", "Underdosing",
            ])
        // 5,177 <mainTerm> and 2,251 <term>; 43,212 cells of which 40,026 hold a code and 3,186 "--".
        #expect(table.mainTermIndices.count == 5_177)
        #expect(table.rows.count == 7_428)
        #expect(table.rows.reduce(0) { $0 + $1.cells.compactMap { $0 }.count } == 40_026)
        #expect(table.rows.filter { $0.see != nil }.count == 97)
        #expect(table.rows.filter { $0.seeAlso != nil }.count == 35)
    }

    @Test func acetaminophenAndPropanol() throws {
        let table = try CMIndexTestFiles.drugTable.get()
        let acetaminophen = try #require(table.row(["Acetaminophen"]))
        #expect(acetaminophen.cells == ["T39.1X1", "T39.1X2", "T39.1X3", "T39.1X4", "T39.1X5", "T39.1X6"])
        #expect(table.rows(matchingMainTerm: "acetaminophen").first == acetaminophen)
        let propanol = try #require(table.row(["1-propanol"]))
        #expect(propanol.cells == ["T51.3X1", "T51.3X2", "T51.3X3", "T51.3X4", nil, nil])
        let twoFourD = try #require(table.row(["2,4-D"]))
        #expect(twoFourD.modifiers == ["(dichlorophen-oxyacetic acid)"])
        #expect(twoFourD.cells[0] == "T60.3X1")
    }

    @Test func truncatedTableNamesFileAndLine() throws {
        let bytes = try CMIndexTestFiles.data(CMIndexTestFiles.drugFile)
        let url = try CMIndexTestFiles.temporaryFile(named: "drug-truncated.xml", bytes.prefix(bytes.count / 3))
        defer { CMIndexTestFiles.removeTemporaryFile(url) }
        let error = try CMIndexTestFiles.releaseError {
            _ = try ICDTableParser.parse(Data(contentsOf: url), fileName: url.lastPathComponent)
        }
        let line = try #require(error.line)
        #expect(line > 1)
        #expect(error.description.hasPrefix("drug-truncated.xml:\(line): "))
    }

    @Test func cellOutsideTheColumnsNamesLine() throws {
        let text = String(decoding: try CMIndexTestFiles.data(CMIndexTestFiles.neoplasmFile), as: UTF8.self)
        let needle = "<cell col=\"7\">D49.1</cell>"
        let expectedLine = try #require(CMIndexTestFiles.line(of: needle, in: text))
        let broken = text.replacingOccurrences(of: needle, with: "<cell col=\"9\">D49.1</cell>")
        let url = try CMIndexTestFiles.temporaryFile(named: "neoplasm-bad-cell.xml", Data(broken.utf8))
        defer { CMIndexTestFiles.removeTemporaryFile(url) }
        let error = try CMIndexTestFiles.releaseError {
            _ = try ICDTableParser.parse(Data(contentsOf: url), fileName: url.lastPathComponent)
        }
        #expect(error.line == expectedLine)
        #expect(error.element == "cell")
        #expect(error.description.hasPrefix("neoplasm-bad-cell.xml:\(expectedLine): <cell>: "))
    }

    @Test func anIndexIsNotATable() throws {
        let error = try CMIndexTestFiles.releaseError {
            _ = try ICDTableParser.parse(
                CMIndexTestFiles.data(CMIndexTestFiles.externalCauseIndexFile), fileName: "icd-10-cm-eindex-2025.xml")
        }
        #expect(error.element == "indexHeading")
    }

    @Test(arguments: [ICDTable.Kind.neoplasm, .drugsAndChemicals])
    func roundTrip(kind: ICDTable.Kind) throws {
        let table = try (kind == .neoplasm ? CMIndexTestFiles.neoplasmTable : CMIndexTestFiles.drugTable).get()
        let decoded = try CMIndexTestFiles.roundTrip(table)
        #expect(decoded.kind == table.kind)
        #expect(decoded.version == table.version)
        #expect(decoded.termHeading == table.termHeading)
        #expect(decoded.columns == table.columns)
        #expect(decoded.rows == table.rows)
        #expect(decoded.row(["Acetaminophen"]) == table.row(["Acetaminophen"]))
        #expect(decoded.row(["Neoplasm, neoplastic", "lung"]) == table.row(["Neoplasm, neoplastic", "lung"]))
    }
}
