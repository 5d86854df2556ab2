import Foundation
import NoteAnalysis
import Testing

@testable import CodeSuggestion

/// Writes the suggestions for every `.txt` file of `PCS_EVAL_DIR` to `PCS_EVAL_OUT` (`DOCID<TAB>code`) for an
/// evaluation script; does nothing when the variables are not set.
@Suite struct ProcedureCorpusTests {
    @Test func writePredictionsWhenAsked() throws {
        let env = ProcessInfo.processInfo.environment
        guard let dir = env["PCS_EVAL_DIR"], let out = env["PCS_EVAL_OUT"] else { return }
        let suggester = try #require(ProcedureFixture.suggester)
        let files = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".txt") }.sorted()
        var lines: [String] = []
        for file in files {
            let text = try String(contentsOfFile: dir + "/" + file, encoding: .utf8)
            let id = String(file.dropLast(4))
            for code in suggester.suggest(ClinicalNote(text: text), analyzer: .standard).codes {
                lines.append("\(id)\t\(code.code.lowercased())\t\(code.evidence.first?.text ?? "")")
            }
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: out, atomically: true, encoding: .utf8)
        #expect(!files.isEmpty)
    }
}
