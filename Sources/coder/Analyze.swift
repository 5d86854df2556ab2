import ArgumentParser
import Foundation
import NoteAnalysis

struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read a clinical note: sections, sentences and, for --find, each mention's assertion status.",
        discussion: """
            Reads each FILE (or standard input) as a UTF-8 note of at most 5 MiB. Offsets are UTF-8 bytes of the input.
            Examples:
              coder analyze note.txt --find "chest pain" --find pneumonia
              coder analyze note.txt --json
              coder analyze notes/*.txt --stats
            """)

    @Argument(help: "The note files, or - for standard input.")
    var files: [String] = ["-"]

    @Option(help: "A finding to look for (whole words, any case); repeatable.")
    var find: [String] = []

    @OptionGroup var options: CodeSetOptions

    @Flag(help: "Only print counts and throughput over all the files.")
    var stats = false

    struct Output: Encodable {
        struct Span: Encodable {
            var start: Int
            var end: Int
            init(_ r: Range<Int>) {
                start = r.lowerBound
                end = r.upperBound
            }
        }
        struct SectionOut: Encodable {
            var kind: String
            var header: String?
            var start: Int
            var end: Int
        }
        struct SentenceOut: Encodable {
            var start: Int
            var end: Int
            var section: String
            var text: String
        }
        struct MentionOut: Encodable {
            var text: String
            var start: Int
            var end: Int
            var section: String
            var status: String
            var statuses: [String]
            var trigger: String?
            var triggerSpan: Span?
            var scope: Span
        }
        var source: String
        var sections: [SectionOut]
        var sentences: [SentenceOut]
        var mentions: [MentionOut]
    }

    func run() throws {
        let reader = NoteReader()
        let analyzer = AssertionAnalyzer.standard
        var outputs: [Output] = []
        var bytes = 0
        var sentenceCount = 0
        var mentionCount = 0
        let started = Date()
        for file in files {
            let data = try readInput(file)
            let note: ClinicalNote
            do {
                note = try reader.read(data, source: file == "-" ? "note" : file)
            } catch {
                throw CLIError(error.description)
            }
            let mentions = find.flatMap { analyzer.mentions(of: $0, in: note) }.sorted {
                $0.range.lowerBound < $1.range.lowerBound
            }
            bytes += note.utf8.count
            sentenceCount += note.sentences.count
            mentionCount += mentions.count
            if stats { continue }
            outputs.append(
                Output(
                    source: file,
                    sections: note.sections.map {
                        .init(
                            kind: $0.kind.rawValue, header: $0.headerRange.map { note[$0] }, start: $0.range.lowerBound,
                            end: $0.range.upperBound)
                    },
                    sentences: note.sentences.map {
                        .init(
                            start: $0.range.lowerBound, end: $0.range.upperBound,
                            section: note.sections[$0.section].kind.rawValue, text: note[$0.range])
                    },
                    mentions: mentions.map { m in
                        .init(
                            text: m.text, start: m.range.lowerBound, end: m.range.upperBound,
                            section: m.section.rawValue,
                            status: m.assertion.status.rawValue,
                            statuses: m.assertion.statuses.sorted().map(\.rawValue), trigger: m.assertion.cue?.text,
                            triggerSpan: m.assertion.cue?.range.map(Output.Span.init), scope: .init(m.assertion.scope))
                    }))
        }
        if stats {
            let seconds = Date().timeIntervalSince(started)
            print(
                "analyze notes=\(files.count) bytes=\(bytes) sentences=\(sentenceCount) mentions=\(mentionCount) "
                    + String(format: "seconds=%.3f notes_per_s=%.0f", seconds, Double(files.count) / max(seconds, 1e-9))
            )
            return
        }
        if options.json { return try printJSON(outputs.count == 1 ? [outputs[0]] : outputs) }
        for o in outputs {
            if files.count > 1 { print("== \(o.source)") }
            for s in o.sections {
                print("section \(s.kind) [\(s.start)..<\(s.end)]\(s.header.map { " \"\($0)\"" } ?? "")")
            }
            for s in o.sentences {
                print("  [\(s.start)..<\(s.end)] \(s.section): \(s.text.replacingOccurrences(of: "\n", with: " "))")
            }
            for m in o.mentions {
                let trigger = m.trigger.map { " (\($0))" } ?? ""
                print("\(m.status)\t\(m.start)..<\(m.end)\t\(m.section)\t\(m.text)\(trigger)")
            }
        }
    }
}
