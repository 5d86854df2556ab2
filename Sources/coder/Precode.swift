import ArgumentParser
import CodeSuggestion
import Foundation
import NoteAnalysis

struct Precode: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "placeholder")
    func run() throws {}
}
