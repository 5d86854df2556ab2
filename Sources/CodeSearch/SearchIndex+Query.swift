import Terminology

/// One thing the query asks for: any of several index words (the word, its synonyms, typo corrections, completions).
struct Concept {
    var alternatives: [(term: UInt32, weight: Float)]
    var weight: Float
    var documentFrequency: Int
    /// Whether the concept only chooses the 7th character (initial encounter, sequela …): it does not select texts.
    var choosesSeventh = false
    /// The second half of a word the index writes as two (`preeclampsia` → `pre` + `eclampsia`).
    var continuation: String?
    /// Whether the query denies it ("without loss of consciousness"): it matches only what a text denies too.
    var negated = false
}

extension SearchIndex {
    /// Looks up what a coder typed: a code or code prefix, or words in any order.
    /// - Parameters:
    ///   - query: the text typed.
    ///   - limit: the number of results wanted.
    ///   - filter: systems and billable codes only.
    /// - Returns: ranked results, best first.
    /// - Complexity: a code query is O(log n + k); a word query is linear in the postings of its two rarest words.
    public func search(_ query: String, limit: Int = 20, filter: SearchFilter = SearchFilter()) -> [SearchResult] {
        let trimmed = query.trimmingWhitespace()
        guard !trimmed.isEmpty, limit > 0 else { return [] }
        let codeResults = codeSearch(trimmed, limit: limit, filter: filter) ?? []
        // an abbreviation that also reads as a code prefix (`dm2`, `t2dm`): the abbreviation first
        let asWords = TextNormalizer.words(trimmed, keepJoiners: true).joined(separator: " ")
        if synonyms[asWords] != nil {
            let words = wordSearch(trimmed, limit: limit, filter: filter)
            return Array((words + codeResults.filter { r in !words.contains { $0.code == r.code } }).prefix(limit))
        }
        if !codeResults.isEmpty { return codeResults }
        return withBuiltProcedure(
            trimmed, wordSearch(trimmed, limit: limit, filter: filter), limit: limit, filter: filter)
    }

    /// The ICD-10-PCS code (or prefix) built from the words through the PCS Index and Tables, first: when only
    /// ICD-10-PCS is asked for, or when the words name a procedure and fix its code well.
    func withBuiltProcedure(_ text: String, _ results: [SearchResult], limit: Int, filter: SearchFilter)
        -> [SearchResult]
    {
        let onlyPCS = filter.systems == [.icd10pcs]
        guard filter.systems.contains(.icd10pcs), let builder = procedures?.builder(), onlyPCS || builder.mayName(text),
            let built = builder.build(text, limit: 1, byOperation: onlyPCS).first
        else { return results }
        guard onlyPCS || (!built.partial && built.score >= 6) else { return results }
        guard !built.partial || !filter.billableOnly else { return results }
        let title = builder.title(of: built.code)
        let top = (results.first?.score ?? 0) + 1
        let result = SearchResult(
            code: built.code, system: .icd10pcs, title: title, billable: !built.partial, score: top,
            matched: built.steps.joined(separator: "; "))
        return Array(([result] + results.filter { $0.code != built.code }).prefix(limit))
    }

    // MARK: codes

    /// Whether the text has the shape of a code or a code prefix.
    static func looksLikeCode(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 3, bytes.count <= 9, !bytes.contains(UInt8(ascii: " ")) else { return false }
        let core = bytes.filter { $0 != UInt8(ascii: ".") }
        guard core.allSatisfy({ TextNormalizer.isAlnum($0) }) else { return false }
        return core.contains { $0 >= 48 && $0 <= 57 }
    }

    /// The range of `codeKeys` starting with the prefix.
    func codeRange(prefix: String) -> Range<Int> { codeKeys.prefixRange(prefix) }

    func codeSearch(_ text: String, limit: Int, filter: SearchFilter) -> [SearchResult]? {
        guard Self.looksLikeCode(text) else { return nil }
        let key = CodeFormat.normalize(text)
        let range = codeRange(prefix: key)
        guard !range.isEmpty else { return nil }
        var results: [SearchResult] = []
        var exact: [SearchResult] = []
        for position in range {
            let item = Int(codeOrder[position])
            guard filter.systems.contains(system(item)) else { continue }
            if filter.billableOnly && !flags(item).contains(.billable) { continue }
            let depth = codeKeys.utf8Count(position) - key.utf8.count
            let r = result(item, score: Double(100 - min(depth, 9) * 10))
            if depth == 0 { exact.append(r) } else if results.count < limit { results.append(r) }
            if results.count >= limit && !exact.isEmpty { break }
        }
        return Array((exact + results).prefix(limit))
    }

    // MARK: words

    func term(_ token: String) -> UInt32? { termIndex[token] }

    func documentFrequency(_ term: UInt32) -> Int { Int(postingOffsets[Int(term) + 1] - postingOffsets[Int(term)]) }

    /// Index words within one or two edits of a word that the index does not know.
    /// - Complexity: O(*n*³) in the word's length *n*, which is at most the longest index word plus two: longer
    ///   words have no candidates and cost nothing, so the work is bounded whatever is typed.
    func typoCandidates(_ word: String) -> [UInt32] {
        guard word.utf8.count >= 5, word.utf8.count <= longestTypoWord + 2 else { return [] }
        let bytes = Array(word.utf8)
        var found = Set<UInt32>()
        var hashes = Self.deletionHashes(bytes)
        if bytes.count >= 8 {
            // two characters gone from the word typed (`diabetis` → `diabet`)
            for i in 0..<bytes.count {
                var shorter = bytes
                shorter.remove(at: i)
                hashes.append(contentsOf: Self.deletionHashes(shorter).dropFirst())
            }
        }
        for h in hashes {
            var lo = 0
            var hi = deleteHashes.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if deleteHashes[mid] < h { lo = mid + 1 } else { hi = mid }
            }
            while lo < deleteHashes.count, deleteHashes[lo] == h {
                found.insert(deleteTerms[lo])
                lo += 1
            }
        }
        let maxDistance = bytes.count >= 8 ? 2 : 1
        return found.filter { editDistance(bytes, Array(vocab[Int($0)].utf8), limit: maxDistance) <= maxDistance }
            .sorted { documentFrequency($0) > documentFrequency($1) }
    }

    /// Index words starting with the prefix, most frequent first.
    func completions(_ prefix: String, limit: Int) -> [UInt32] {
        let range = vocab.prefixRange(prefix)
        let found = range.prefix(400).map { UInt32($0) }
        return Array(found.sorted { documentFrequency($0) > documentFrequency($1) }.prefix(limit))
    }

    /// The concept for one query word: the word itself, else its typo corrections; with completions for the word typed last.
    func concept(word: String, isLast: Bool, extra: [String] = []) -> Concept? {
        if TextNormalizer.stopwords.contains(word) { return nil }
        let stem = TextNormalizer.stem(word)
        var alternatives: [(UInt32, Float)] = []
        if let t = term(stem) {
            alternatives.append((t, 1))
        } else if let t = term(word) {
            alternatives.append((t, 1))
        } else {
            for t in typoCandidates(stem).prefix(3) { alternatives.append((t, 0.8)) }
            if alternatives.isEmpty && stem != word {
                for t in typoCandidates(word).prefix(3) { alternatives.append((t, 0.8)) }
            }
        }
        for e in extra {
            if let t = term(TextNormalizer.stem(e)), !alternatives.contains(where: { $0.0 == t }) {
                alternatives.append((t, 0.95))
            }
        }
        // the adjective or the noun of the same condition: hypertension / hypertensive, sepsis / septic, anemia / anemic
        if !alternatives.isEmpty {
            for related in ([word] + extra).flatMap(Self.relatedForms) {
                if let t = term(TextNormalizer.stem(related)), !alternatives.contains(where: { $0.0 == t }) {
                    alternatives.append((t, 0.9))
                }
            }
        }
        if alternatives.isEmpty, extra.isEmpty, let split = compoundSplit(stem) {
            // "preeclampsia" → pre + eclampsia: the caller adds the second part
            return concept(word: split.0, isLast: false).map { c in
                var c = c
                c.continuation = split.1
                return c
            }
        }
        if isLast && word.utf8.count >= 3 && alternatives.isEmpty {
            for t in completions(word, limit: 12) where !alternatives.contains(where: { $0.0 == t }) {
                alternatives.append((t, 0.7))
            }
        }
        guard !alternatives.isEmpty else { return nil }
        let frequency = alternatives.reduce(0) { $0 + documentFrequency($1.0) }
        var weight: Float = 0
        for a in alternatives { weight = max(weight, idf[Int(a.0)]) }
        let seventh = alternatives.allSatisfy { seventhWords.contains($0.0) }
        return Concept(
            alternatives: alternatives, weight: seventh ? 0.2 : max(weight, 0.3), documentFrequency: frequency,
            choosesSeventh: seventh)
    }

    /// Derived forms of a clinical word by its ending (`-ension`/`-ensive`, `-osis`/`-otic`, `-ia`/`-ic`, `-y`/`-ic`,
    /// `-es`/`-ic`).
    static func relatedForms(_ word: String) -> [String] {
        var forms: [String] = []
        let length = word.utf8.count
        guard length > 5 else { return forms }
        let bytes = Array(word.utf8)
        for (from, to) in relatedEndings
        where length >= from.utf8.count + 3 && bytes.suffix(from.utf8.count).elementsEqual(from.utf8) {
            forms.append(String(decoding: bytes.dropLast(from.utf8.count), as: UTF8.self) + to)
        }
        return forms
    }

    static let relatedEndings: [(String, String)] = [
        ("ension", "ensive"), ("ensive", "ension"), ("osis", "otic"), ("otic", "osis"), ("ia", "ic"), ("emic", "emia"),
        ("pathy", "pathic"), ("pathic", "pathy"), ("etes", "etic"), ("etic", "etes"), ("sis", "tic"),
    ]

    /// Splits a word the index does not know into two words it knows, the split whose rarer half is most common.
    func compoundSplit(_ word: String) -> (String, String)? {
        let chars = Array(word)
        guard chars.count >= 6 else { return nil }
        var best: (String, String, Int)?
        for i in 2..<(chars.count - 2) {
            let left = String(chars[..<i])
            let right = String(chars[i...])
            guard let l = term(left) ?? term(TextNormalizer.stem(left)),
                let r = term(right) ?? term(TextNormalizer.stem(right))
            else { continue }
            let score = min(documentFrequency(l), documentFrequency(r))
            if best == nil || score > best!.2 { best = (left, right, score) }
        }
        return best.map { ($0.0, $0.1) }
    }

    /// Appends the concept, and the second half of a split word as its own concept.
    func append(_ c: Concept, to concepts: [Concept]) -> [Concept] {
        var result = concepts + [c]
        if let rest = c.continuation, let second = concept(word: rest, isLast: false) { result.append(second) }
        return result
    }

    /// The readings of the query: its words with abbreviations and synonyms expanded (several readings where an
    /// abbreviation has several meanings).
    func readings(of text: String) -> [[Concept]] {
        // An Alphabetic Index path, `Fracture > femur > neck`: the words of each level are read on their own, and the
        // last subterm, the most specific, weighs more.
        let levels = text.split(separator: ">").map(String.init).filter { !$0.trimmingWhitespace().isEmpty }
        guard levels.count > 1 else { return levelReadings(of: text, completesLastWord: true) }
        var variants: [[Concept]] = [[]]
        for (li, level) in levels.enumerated() {
            let isFinal = li == levels.count - 1
            var readings = levelReadings(of: level, completesLastWord: isFinal)
            if isFinal {
                readings = readings.map { concepts in
                    concepts.map { c in
                        var c = c
                        c.weight *= 2.0
                        return c
                    }
                }
            }
            guard !readings.isEmpty else { continue }
            var next: [[Concept]] = []
            for v in variants { for r in readings where next.count < 32 { next.append(v + r) } }
            variants = next
        }
        return variants.filter { !$0.isEmpty }
    }

    func levelReadings(of text: String, completesLastWord: Bool) -> [[Concept]] {
        let words = TextNormalizer.words(text, keepJoiners: true)
        // the words a "without" denies, up to three, until a "with"
        var deniedTerms = Set<UInt32>()
        var window = 0
        for word in words {
            if word == "with" { window = 0 }
            if window > 0, !TextNormalizer.stopwords.contains(word) {
                if let t = term(TextNormalizer.stem(word)) { deniedTerms.insert(t) }
                window -= 1
            }
            if word == "without" { window = 3 }
        }
        let variants = levelReadingsUnmarked(words, completesLastWord: completesLastWord)
        guard !deniedTerms.isEmpty else { return variants }
        return variants.map { concepts in
            concepts.map { c in
                var c = c
                c.negated = c.alternatives.contains { deniedTerms.contains($0.term) }
                return c
            }
        }
    }

    func levelReadingsUnmarked(_ words: [String], completesLastWord: Bool) -> [[Concept]] {
        var variants: [[Concept]] = [[]]
        var i = 0
        while i < words.count {
            var matched = false
            for n in stride(from: min(maxSynonymWords, words.count - i), through: 1, by: -1)
            where synonymFirstWords.contains(words[i]) {
                let key = n == 1 ? words[i] : words[i..<(i + n)].joined(separator: " ")
                guard let expansions = synonyms[key] else { continue }
                let isLast = completesLastWord && i + n == words.count
                let singleWord = expansions.allSatisfy { TextNormalizer.words($0).count == 1 }
                if n == 1, singleWord {
                    // a word with one-word synonyms: one concept with alternatives
                    if let c = concept(word: words[i], isLast: false, extra: expansions) {
                        variants = variants.map { $0 + [c] }
                    }
                } else {
                    var next: [[Concept]] = []
                    for expansion in expansions.prefix(3) {
                        let parts = TextNormalizer.words(expansion)
                        var concepts: [Concept] = []
                        for w in parts where !TextNormalizer.stopwords.contains(w) {
                            if let c = concept(word: w, isLast: false) {
                                concepts.append(c)
                            } else {
                                // a word of the expansion no text holds (`transurethral`): the reading cannot be
                                // met in full, so it does not outrank a reading whose every word is found
                                concepts.append(
                                    Concept(alternatives: [], weight: 2, documentFrequency: Int.max))
                            }
                        }
                        for v in variants where next.count < 24 { next.append(v + concepts) }
                    }
                    // the words as typed, where the index knows them
                    if n > 1 || term(TextNormalizer.stem(words[i])) != nil {
                        let own = words[i..<(i + n)].flatMap { TextNormalizer.words($0) }.enumerated().compactMap {
                            j, w in concept(word: w, isLast: isLast && j == n - 1)
                        }
                        for v in variants where next.count < 32 { next.append(v + own) }
                    }
                    if !next.isEmpty { variants = next }
                }
                i += n
                matched = true
                break
            }
            if matched { continue }
            let parts =
                words[i].utf8.contains(where: { !TextNormalizer.isAlnum($0) })
                ? TextNormalizer.words(words[i]) : [words[i]]
            for (j, w) in parts.enumerated() {
                let isLast = completesLastWord && i == words.count - 1 && j == parts.count - 1
                if let c = concept(word: w, isLast: isLast) { variants = variants.map { append(c, to: $0) } }
            }
            i += 1
        }
        return variants.filter { !$0.isEmpty }
    }

    func wordSearch(_ text: String, limit: Int, filter: SearchFilter) -> [SearchResult] {
        let variants = readings(of: text)
        guard !variants.isEmpty else { return [] }
        var queryTerms = Set<UInt32>()
        var scored: [(doc: UInt32, score: Float)] = []
        for concepts in variants {
            for c in concepts { for a in c.alternatives { queryTerms.insert(a.term) } }
            score(concepts, filter: filter, into: &scored)
        }
        // each item's best text, among the texts close enough to the best to matter
        let top = scored.reduce(-Float.infinity) { max($0, $1.score) }
        var threshold = top - 45
        var best = BestPerItem(capacity: 64)
        while true {
            best = BestPerItem(capacity: scored.count)
            for (d, sc) in scored where sc >= threshold {
                best.offer(item: Int32(docItem[Int(d)]), score: sc, doc: d)
            }
            if best.count >= limit || threshold == -.infinity { break }
            threshold = -.infinity
        }
        // enough candidates for the filters and for 7th-character codes to replace their parents
        let ranked = best.top(filter.billableOnly ? limit * 8 : limit * 2)
        let wantsSeventh = !queryTerms.isDisjoint(with: seventhWords)
        var results: [SearchResult] = []
        var seen = Set<Int>()
        for r in ranked {
            var item = r.item
            if flags(item).contains(.needsSeventh) {
                // a code complete but for its 7th character: the value the query names, else the first (initial
                // encounter, or "not applicable")
                if wantsSeventh, let child = bestSeventh(of: item, queryTerms: queryTerms) {
                    item = child
                } else if item + 1 < itemCodes.count, itemParents[item + 1] == Int32(item) {
                    item += 1
                }
            }
            if filter.billableOnly && !flags(item).contains(.billable) { continue }
            guard seen.insert(item).inserted else { continue }
            let source = TextSource(rawValue: docSource[r.doc]) ?? .title
            results.append(result(item, score: Double(r.score), matched: source == .title ? nil : docTexts[r.doc]))
            if results.count == limit { break }
        }
        return results
    }

    /// The 7th-character code below the item whose meaning shares most words with the query.
    func bestSeventh(of item: Int, queryTerms: Set<UInt32>) -> Int? {
        var bestChild: Int?
        var bestOverlap = 0
        var child = item + 1
        while child < itemCodes.count, itemParents[child] == Int32(item), flags(child).contains(.extended) {
            var overlap = 0
            for p in Int(seventhOffsets[child])..<Int(seventhOffsets[child + 1])
            where queryTerms.contains(seventhTerms[p]) {
                overlap += 1
            }
            if overlap > bestOverlap {
                bestOverlap = overlap
                bestChild = child
            }
            child += 1
        }
        return bestChild
    }

    /// Scores the candidate texts of one reading and keeps each item's best.
    func score(_ concepts: [Concept], filter: SearchFilter, into scored: inout [(doc: UInt32, score: Float)]) {
        let totalWeight = concepts.reduce(Float(0)) { $0 + $1.weight }
        guard totalWeight > 0 else { return }
        // candidates: the texts holding one of the two rarest concepts
        let selective = concepts.indices.filter { !concepts[$0].choosesSeventh }
        let order = (selective.isEmpty ? Array(concepts.indices) : selective).sorted {
            concepts[$0].documentFrequency < concepts[$1].documentFrequency
        }
        var candidates: [UInt32] = []
        // Texts without the rarest concept lose its whole weight and rank below those with every concept; read the
        // second rarest as well only when the rarest is rare enough that few texts hold it.
        let rarest = order.first.map { concepts[$0].documentFrequency } ?? 0
        let second = order.count > 1 ? concepts[order[1]].documentFrequency : 0
        let generators = rarest < 64 && second < 1500 ? 2 : 1
        var allowed = [Bool](repeating: false, count: CodeSystem.allCases.count)
        for (i, system) in CodeSystem.allCases.enumerated() { allowed[i] = filter.systems.contains(system) }
        var lists = 0
        for ci in order.prefix(generators) {
            for alternative in concepts[ci].alternatives {
                let t = Int(alternative.term)
                candidates.append(contentsOf: postings[Int(postingOffsets[t])..<Int(postingOffsets[t + 1])])
                lists += 1
            }
        }
        if lists > 1 {
            // several sorted posting lists: sort and drop repeats
            candidates.sort()
            var unique = 0
            for i in candidates.indices where i == 0 || candidates[i] != candidates[i - 1] {
                candidates[unique] = candidates[i]
                unique += 1
            }
            candidates.removeLast(candidates.count - unique)
        }
        // the concepts' alternatives as flat arrays, so the loop over a text's words touches no reference counts
        var altTerms: [UInt32] = []
        var altConcepts: [Int] = []
        var altWeights: [Float] = []
        var altNegated: [Bool] = []
        for (ci, c) in concepts.enumerated() {
            for a in c.alternatives {
                altTerms.append(a.term)
                altConcepts.append(ci)
                altWeights.append(a.weight)
                altNegated.append(c.negated)
            }
        }
        let conceptWeights = concepts.map(\.weight)
        var matchedWeight = [Float](repeating: 0, count: concepts.count)
        scored.reserveCapacity(scored.count + candidates.count)
        let altCount = altTerms.count
        // a direct-mapped table from a word to its alternative, when no two alternatives share a slot
        var slots = [Int32](repeating: -1, count: 128)
        var direct = true
        for k in 0..<altCount {
            let slot = Int(altTerms[k] & 127)
            if slots[slot] >= 0 { direct = false }
            slots[slot] = Int32(k)
        }
        docTerms.withUnsafeBufferPointer { terms in
            docTermNeutral.withUnsafeBufferPointer { neutrality in
                altTerms.withUnsafeBufferPointer { altTerms in
                    for d in candidates {
                        let item = Int(docItem[Int(d)])
                        let f = flags(item)
                        if !allowed[Int(itemSystems[item])] { continue }
                        for i in matchedWeight.indices { matchedWeight[i] = 0 }
                        var extras = 0
                        let start = Int(docTermOffsets[Int(d)])
                        let end = Int(docTermOffsets[Int(d) + 1])
                        var denied = 0
                        for p in start..<end {
                            let t = terms[p]
                            let n = neutrality[p]
                            var used = false
                            if direct {
                                let k = Int(slots[Int(t & 127)])
                                if k >= 0 && altTerms[k] == t {
                                    used = true
                                    if (n == 3) != altNegated[k] {
                                        denied += 1
                                    } else {
                                        let ci = altConcepts[k]
                                        if altWeights[k] > matchedWeight[ci] { matchedWeight[ci] = altWeights[k] }
                                    }
                                }
                                if !used { extras += n == 2 ? 2 : (n == 0 ? 1 : 0) }
                                continue
                            }
                            var k = 0
                            while k < altCount {
                                if altTerms[k] == t {
                                    if (n == 3) != altNegated[k] {
                                        // denied by the text and asked for by the query, or the other way round
                                        used = true
                                        denied += 1
                                        break
                                    }
                                    let ci = altConcepts[k]
                                    if altWeights[k] > matchedWeight[ci] { matchedWeight[ci] = altWeights[k] }
                                    used = true
                                }
                                k += 1
                            }
                            if !used { extras += n == 2 ? 2 : (n == 0 ? 1 : 0) }
                        }
                        extras += 2 * denied
                        var covered: Float = 0
                        for ci in conceptWeights.indices { covered += conceptWeights[ci] * matchedWeight[ci] }
                        var s = 100 * covered / totalWeight - 3.5 * Float(min(extras, 12))
                        switch TextSource(rawValue: docSource[Int(d)]) {
                        case .title: s += 2
                        case .inclusionTerm: s += 1
                        case .indexEntry: s += 3
                        default: break
                        }
                        if f.contains(.billable) || f.contains(.needsSeventh) {
                            s += 6
                        } else if f.contains(.grouping) {
                            s -= 20
                        } else {
                            s -= 2  // a header: its reportable codes come first
                        }
                        if f.contains(.unspecified) { s += 1.5 }
                        if f.contains(.uncomplicated) { s += 2 }
                        if f.contains(.other) { s -= 1.5 }
                        // the less detailed code first when all else is equal
                        s -= 0.05 * Float(itemCodes.utf8Count(item))
                        scored.append((d, s))
                    }
                }
            }
        }
    }
}

/// The Damerau–Levenshtein distance (optimal string alignment), stopping early past `limit`.
func editDistance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
    if abs(a.count - b.count) > limit { return limit + 1 }
    var previous2 = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...max(a.count, 1) where !a.isEmpty {
        current[0] = i
        var rowMin = current[0]
        for j in 1...max(b.count, 1) where !b.isEmpty {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                current[j] = min(current[j], previous2[j - 2] + 1)
            }
            rowMin = min(rowMin, current[j])
        }
        if rowMin > limit { return limit + 1 }
        (previous2, previous, current) = (previous, current, previous2)
    }
    return a.isEmpty ? b.count : previous[b.count]
}
