import ArgumentParser
import CodeSearch
import Foundation
import Terminology

struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Look a term up in the ICD-10-CM Alphabetic Index and check its codes in the Tabular List.",
        discussion: """
            The first words name the main term, the others its subterms in any order (nonessential modifiers, in
            parentheses, never need to be typed). The answer is the subtree of the shortest path that holds every
            word, with the terms above it; each code is checked in the Tabular List of the date (valid, needs a 7th
            character, a heading to choose under, or missing; with its "code first" and "use additional code" notes);
            "see" references are followed to the term they name. Words that name no main term are looked for in
            every term.

            Examples:
              coder index failure heart systolic
              coder index spermatocele
              coder index thalassemia beta --json
            """)

    @OptionGroup var options: CodeSetOptions

    @Argument(help: "The main term, then subterms.")
    var words: [String]

    @Option(help: "Use the code sets in effect on this date (YYYY-MM-DD).")
    var date: String?

    @Option(help: "How many main terms to show.")
    var limit: Int = 3

    func validate() throws {
        if words.joined().trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("no term given") }
        if let date, FiscalYear.date(date) == nil { throw ValidationError("--date '\(date)' is not YYYY-MM-DD") }
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let library = try options.engine().library
        let tabular = library.tabular(on: date.flatMap(FiscalYear.date))
        guard let version = tabular?.version ?? library.versions.last,
            let index = library.companion(library.alphabeticIndexes, for: version)
        else {
            throw CLIError(
                "no Alphabetic Index loaded: the shipped CodeSets/ lack it; import one with coder codesets import")
        }
        let answers = IndexNavigator(index: index, tabular: tabular).find(words, limit: limit)
        if options.json {
            try printJSON(answers)
            return
        }
        guard !answers.isEmpty else {
            throw CLIError(
                "'\(words.joined(separator: " "))': no main term or subterm of the Alphabetic Index holds these words")
        }
        print(
            "ICD-10-CM Index to Diseases and Injuries FY\(index.version), codes checked in the Tabular List FY\(version)"
        )
        for answer in answers {
            print("")
            for line in answer.lines {
                var text = String(repeating: "  ", count: line.level) + (line.level > 0 ? "- " : "") + line.title
                if !line.modifiers.isEmpty { text += " " + line.modifiers }
                if let code = line.code { text += "  " + code }
                if let see = line.see { text += "  see " + see + (line.seeTarget.map { " (\($0))" } ?? "") }
                if let also = line.seeAlso { text += "  see also " + also }
                if let check = line.check {
                    switch check.status {
                    case .valid: break
                    case .needsSeventhCharacter: text += "  [needs a 7th character]"
                    case .heading: text += "  [heading: choose a code below it]"
                    case .notInTabular: text += "  [not in the Tabular List FY\(version)]"
                    }
                }
                print(line.matched ? "\(text)   ◀" : text)
                if let note = line.note { print(String(repeating: "  ", count: line.level + 2) + "· " + note) }
                if line.matched, let check = line.check {
                    for note in check.notes.prefix(3) {
                        print(String(repeating: "  ", count: line.level + 2) + "· " + note)
                    }
                }
            }
        }
    }
}
