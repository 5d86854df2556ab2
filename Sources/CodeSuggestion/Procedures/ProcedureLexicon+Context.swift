/// The words of a sentence that tell approach, side, contrast, imaging region and planned or refused procedures.
enum ContextLexicon {
    static let table = PhraseTable<[ContextCue]>(entries)

    /// Every phrase with its cues, one entry per phrase.
    static var entries: [(String, [ContextCue])] {
        // approach, side, contrast, part of an organ, not done, connectors: `Resources/context-cues.tsv`
        var e = ProcedureTables.contextCues
        for (word, keys) in ImagingRegions.words { e.append((word, keys.map { .region($0) })) }
        for (phrases, site) in AnatomyLexicon.sites { e += phrases.map { ($0, [.anatomy(site)]) } }
        return merged(e)
    }

    /// One entry per phrase, with the cues of every entry that spells it.
    private static func merged(_ entries: [(String, [ContextCue])]) -> [(String, [ContextCue])] {
        var order: [String] = []
        var cues: [String: [ContextCue]] = [:]
        for (phrase, c) in entries {
            let key = ProcedureWord.split(phrase).joined(separator: " ")
            if cues[key] == nil { order.append(key) }
            cues[key, default: []].append(contentsOf: c)
        }
        return order.map { ($0, cues[$0] ?? []) }
    }
}
