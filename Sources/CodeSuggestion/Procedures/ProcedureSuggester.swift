import NoteAnalysis
import Terminology

/// ICD-10-PCS codes from operative and procedure language.
public struct ProcedureSuggester: Sendable {
    public init(library: CodeSetLibrary) {}

    /// The procedures the note documents as done, and those it mentions without them being done.
    public func suggest(_ note: ClinicalNote, analyzer: AssertionAnalyzer) -> (codes: [SuggestedCode], notCoded: [NotCoded]) {
        ([], [])
    }
}
