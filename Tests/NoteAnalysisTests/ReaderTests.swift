import Testing
@testable import NoteAnalysis
