import Foundation
import NoteAnalysis
import Terminology

@testable import CodeSuggestion

/// The shipped code sets and one suggester, loaded once for the procedure tests.
enum ProcedureFixture {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let library: CodeSetLibrary? = {
        let locations = CodeSetLocations(
            shipped: repository.appendingPathComponent("CodeSets"),
            data: FileManager.default.temporaryDirectory.appendingPathComponent("opencoder-pcs-tests-\(getpid())"))
        return try? CodeSetLoader.load(locations)
    }()
    static let suggester: ProcedureSuggester? = library.map { ProcedureSuggester(library: $0) }

    /// The suggestions for a text.
    static func suggest(_ text: String) -> (codes: [SuggestedCode], notCoded: [NotCoded], note: ClinicalNote)? {
        guard let suggester else { return nil }
        let note = ClinicalNote(text: text)
        let r = suggester.suggest(note, analyzer: .standard)
        return (r.codes, r.notCoded, note)
    }
}
