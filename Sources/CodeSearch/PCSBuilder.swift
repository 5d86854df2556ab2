import Foundation
import Synchronization
import Terminology

/// Builds an ICD-10-PCS code from the words clinicians use, the way a coder does: the ICD-10-PCS Index leads from the
/// procedure's name to a table (`PTCA` see `Dilation, Heart and Great Vessels 027`), and each remaining character is
/// the value of its axis (body part, approach, device, qualifier) whose label the words support. Where the words fix
/// every axis the answer is a code; otherwise the longest prefix they fix.
///
/// The index's `use` entries (body part and device keys: `Everolimus-eluting coronary stent` use `Intraluminal Device,
/// Drug-eluting`) and the curated clinician's words (``PCSSynonyms``: `pci`, `lad`, `lap chole`, `des`) are read as
/// more words of the text.
public struct PCSBuilder: Sendable {
    let tables: PCSTables
    let index: PCSIndex
    /// Per index entry: the alternatives of its title (a parenthesised name is another name: `EGD
    /// (esophagogastroduodenoscopy)`), each as stemmed words.
    let entryNames: [[[String]]]
    /// Per index entry: its subterms.
    let children: [[Int]]
    /// Main terms by their first word.
    let mainByWord: [String: [Int]]
    /// `use` keys: the words of the term, and the words of the value to use.
    let keys: [(words: [String], use: [String])]
    let synonyms: [(words: [String], expansion: [String])]
    /// Every table with the words of its root operation (`Resection`, `Insertion`): the tables a named operation may
    /// be in.
    let operationTables: [(prefix: String, words: [String])]
    let procedureWords: Set<String>
    /// The curated words and the index's `use` keys (of two words or more), by their first word: a phrase and the
    /// words it adds.
    let expansionsByFirstWord: [String: [Expansion]]
    /// The words of each root operation's name, once each (`Insertion` and `Inspection` aside: an insertion is what
    /// `placed` says when nothing else is, and an inspection gives way to the operation it serves).
    let operationNames: [[String]]

    /// A phrase of the text and the words it adds.
    struct Expansion: Sendable {
        var key: [String]
        var expansion: [String]
        /// Added only where no other root operation is named (`placed`, `placement`).
        var weak = false
        /// The added words name a root operation, so the suffix of the phrase's words (`-plasty`) says nothing more.
        var namesOperation = false
        /// The phrase's own words are read as the added ones only (`carpal tunnel release` is the median nerve's, not
        /// the carpal bones').
        var replaces = false
        /// An index `use` key (`Foley catheter` use `Drainage Device`), read beside the curated words, not instead.
        var fromIndex = false
    }
    /// Words that name a procedure on their own (`cholecystectomy`, `pci`), for reading notes.
    let namingWords: Set<String>
    /// The clinicians' names of supports given over a stay (ventilation, high-flow oxygen, transfusion), which name a
    /// root operation's table by its body system rather than an index term pointing to a code.
    let supportPhrases: [[String]]
    /// The words of every axis label of the tables, read once.
    let labelWords: [String: [String]]

    /// One answer.
    public struct Built: Sendable, Hashable {
        /// A full code, or the prefix the words fix.
        public var code: String
        public var partial: Bool
        /// How the code was built: the index path, then each axis with the words that chose it.
        public var steps: [String]
        public var score: Double
        /// The words of the body part's label that the text holds, sides aside (0 when the body part was not chosen
        /// from the words).
        public var bodyPartWords = 0
        /// The length of the prefix the words fixed before the first axis taken by default (`No Qualifier`, the
        /// general device), which the words of a report around the sentence may still fix; nil when none was.
        public var defaultedFrom: Int?
    }

    public init(tables: PCSTables, index: PCSIndex, synonymsTSV: String = PCSSynonyms.tsv) {
        self.tables = tables
        self.index = index
        var names: [[[String]]] = []
        var children = [[Int]](repeating: [], count: index.entries.count)
        var mainByWord: [String: [Int]] = [:]
        var keys: [(words: [String], use: [String])] = []
        for (i, entry) in index.entries.enumerated() {
            let title = entry.level == 0 || entry.path.count > entry.level ? entry.path.last ?? "" : ""
            let alternatives = Self.alternatives(title).map(Self.words).filter { !$0.isEmpty }
            names.append(alternatives)
            if let parent = entry.parent { children[parent].append(i) }
            if entry.level == 0 {
                for name in alternatives { if let first = name.first { mainByWord[first, default: []].append(i) } }
                if let use = entry.use {
                    // "Intraluminal Device, Drug-eluting in Heart and Great Vessels": the value, not the system
                    let value = use.components(separatedBy: " in ").first ?? use
                    for name in alternatives where name.count <= 6 { keys.append((name, Self.words(value))) }
                }
            }
        }
        self.entryNames = names
        self.children = children
        self.mainByWord = mainByWord
        self.keys = keys
        var synonyms: [(words: [String], expansion: [String])] = []
        var weakKeys = Set<[String]>()
        var replacingKeys = Set<[String]>()
        // the keys outside the sections of approaches, root operations and anatomy name procedures
        var naming: [[String]] = []
        var supports: [[String]] = []
        var section = ""
        for line in synonymsTSV.split(separator: "\n") {
            if line.hasPrefix("#") {
                section = String(line)
                continue
            }
            let parts = line.split(separator: "\t")
            guard parts.count == 2 else { continue }
            let key = Self.words(String(parts[0]))
            if section.contains("weak") { weakKeys.insert(key) }
            if !["approach", "root operation", "anatomy"].contains(where: { section.contains($0) }) {
                naming.append(key)
            }
            if ["respiratory", "administration"].contains(where: { section.contains($0) }) { supports.append(key) }
            for expansion in parts[1].split(separator: "|") {
                if expansion.hasPrefix("=") { replacingKeys.insert(key) }
                synonyms.append((key, Self.words(String(expansion.drop { $0 == "=" }))))
            }
        }
        self.synonyms = synonyms
        // the words that may start a procedure's name: of index terms that lead to a code, of the curated words, of
        // the root operations
        var procedureWords = Set<String>()
        for (i, entry) in index.entries.enumerated() where entry.level == 0 {
            var leads = !entry.codes.isEmpty
            var j = i + 1
            while !leads && j < index.entries.count && index.entries[j].level > 0 {
                leads = !index.entries[j].codes.isEmpty
                j += 1
            }
            if leads { for name in names[i] { if let first = name.first { procedureWords.insert(first) } } }
        }
        for (key, _) in synonyms { if let first = key.first { procedureWords.insert(first) } }
        // the words that name a procedure themselves (not an approach, a body part or a root operation alone): index
        // terms that point to a code directly, the curated procedure names
        var namingWords = Set<String>()
        for (i, entry) in index.entries.enumerated() where entry.level == 0 && !entry.codes.isEmpty {
            for name in names[i] { if let first = name.first { namingWords.insert(first) } }
        }
        for (key, _) in synonyms where naming.contains(key) { if let first = key.first { namingWords.insert(first) } }
        self.namingWords = namingWords
        self.supportPhrases = supports.filter { !$0.isEmpty }
        self.operationTables = tables.tables.compactMap { t in
            // New Technology (section X) is chosen by its device's name, through the index, never by the operation
            let words = Self.words(t.operation.label)
            return words.isEmpty || t.prefix.hasPrefix("X") ? nil : (t.prefix, words)
        }
        let aside = [Self.words("Insertion"), Self.words("Inspection")]
        var operationNames: [[String]] = []
        for (_, words) in operationTables where !aside.contains(words) && !operationNames.contains(words) {
            operationNames.append(words)
        }
        self.operationNames = operationNames
        func namesOperation(_ expansion: [String]) -> Bool {
            let have = Set(expansion)
            return operationNames.contains { $0.allSatisfy(have.contains) }
                || aside.contains { $0.allSatisfy(have.contains) }
        }
        var expansions: [String: [Expansion]] = [:]
        for (key, expansion) in synonyms {
            guard let first = key.first else { continue }
            expansions[first, default: []].append(
                Expansion(
                    key: key, expansion: expansion, weak: weakKeys.contains(key),
                    namesOperation: namesOperation(expansion),
                    replaces: replacingKeys.contains(key)))
        }
        for (key, use) in keys where key.count >= 2 {
            expansions[key[0], default: []].append(
                Expansion(key: key, expansion: use, namesOperation: namesOperation(use), fromIndex: true))
        }
        self.expansionsByFirstWord = expansions
        for (_, words) in operationTables { procedureWords.formUnion(words) }
        var labelWords: [String: [String]] = [:]
        for t in tables.tables {
            for row in t.rows {
                for axis in row.axes {
                    for value in axis.values where labelWords[value.label] == nil {
                        labelWords[value.label] = Self.words(value.label)
                    }
                }
            }
        }
        self.labelWords = labelWords
        self.procedureWords = procedureWords
    }

    /// The text as stemmed words, numbers and multipliers read as number words (`x3`, `triple` → `three`).
    static func words(_ text: String) -> [String] {
        // `d/c` is a discharge (or a stop), never a D&C
        var text = text.replacingOccurrences(of: "-", with: " ")
        for dc in ["d/c", "D/C", "D/c"] where text.contains(dc) {
            text = text.replacingOccurrences(of: dc, with: "discharge")
        }
        return TextNormalizer.tokens(text).map { numberWords[$0] ?? $0 }
    }

    /// The ICD-10-PCS duration bucket a stated time falls in (`72 hours` → 24-96 Consecutive Hours; `6 days`
    /// → Greater than 96), as the words of its label.
    static func duration(_ raw: [String]) -> [String] {
        for (i, word) in raw.enumerated() where i + 1 < raw.count {
            guard let n = Double(word) else { continue }
            let unit = raw[i + 1]
            let hours: Double
            if unit.hasPrefix("hour") || unit == "hrs" || unit == "hr" || unit == "h" {
                hours = n
            } else if unit.hasPrefix("day") {
                hours = n * 24
            } else {
                continue
            }
            let bucket =
                hours < 24
                ? "less than 24 consecutive hours"
                : hours <= 96 ? "24 96 consecutive hours" : "greater than 96 consecutive hours"
            return words(bucket)
                + (hours < 6
                    ? words("less than 6 hours per day")
                    : hours <= 18 ? words("6 18 hours per day") : words("greater than 18 hours per day"))
        }
        return []
    }

    static let numberWords: [String: String] = [
        "x1": "one", "single": "one", "x2": "two", "double": "two", "x3": "three", "triple": "three", "x4": "four",
        "quadruple": "four", "x5": "five",
    ].mapValues(TextNormalizer.stem)

    static let sideWords = Set(["right", "left", "bilateral", "upper", "lower"].map(TextNormalizer.stem))

    /// The count words of labels (`One Artery`, `Four or More Arteries`), stemmed.
    static let countWords = Set(["one", "two", "three", "four", "five", "more"].map(TextNormalizer.stem))

    /// A title and the names in its parentheses: `EGD (esophagogastroduodenoscopy)` → both.
    static func alternatives(_ title: String) -> [String] {
        var outside = ""
        var inside: [String] = []
        var depth = 0
        var current = ""
        for ch in title {
            if ch == "(" {
                depth += 1
                if depth == 1 { current = "" }
            } else if ch == ")" {
                depth = max(0, depth - 1)
                if depth == 0 { inside.append(current) }
            } else if depth > 0 {
                current.append(ch)
            } else {
                outside.append(ch)
            }
        }
        // registered-mark parentheses ("(R)") are no name
        return [outside] + inside.filter { $0.count > 2 }
    }

    /// The words of the text with what they stand for added: curated clinician's words, then index keys.
    func reading(_ text: String) -> [String] {
        let written = Self.words(text)
        var words: [String] = []
        var replaced = Set<Int>()
        // one pass over the words as written, the longest phrase at each place: the words inside a longer phrase are
        // not read again (`non excisional debridement` is an extraction, not also the excision of `debridement`), and an
        // expansion is not expanded again (`laparoscopic` stays percutaneous endoscopic)
        var covered = Set<Int>()
        var namedByPhrase = Set<Int>()
        var weak: [String] = []
        for i in written.indices where !covered.contains(i) {
            let matches = (expansionsByFirstWord[written[i]] ?? []).filter {
                i + $0.key.count <= written.count && written[i..<(i + $0.key.count)].elementsEqual($0.key)
            }
            guard let longest = matches.map(\.key.count).max() else { continue }
            // the longest curated phrase and the longest index key, each
            let curated = matches.filter { !$0.fromIndex }.map(\.key.count).max()
            let indexed = matches.filter(\.fromIndex).map(\.key.count).max()
            for match in matches where match.key.count == (match.fromIndex ? indexed : curated) {
                if match.weak { weak += match.expansion } else { words += match.expansion }
                if match.namesOperation { namedByPhrase.formUnion(i..<(i + longest)) }
                if match.replaces { replaced.formUnion(i..<(i + longest)) }
            }
            covered.formUnion(i..<(i + longest))
        }
        words = written.indices.filter { !replaced.contains($0) }.map { written[$0] } + words
        // the suffixes of operation words name the root operation (CMS ICD-10-PCS Reference Manual): -ectomy takes
        // out all of a body part, -otomy cuts into (to drain), -ostomy makes a new opening; unless the curated words
        // for that word name the operation themselves (`kyphoplasty` is a supplement, not a repair)
        let raw = TextNormalizer.words(text)
        // the words as written, unstemmed, one for each of `written`
        let unstemmed = raw.filter { !TextNormalizer.stopwords.contains($0) }
        for (i, word) in unstemmed.enumerated() where !namedByPhrase.contains(i) {
            // an `-ostomy tube` drains (a cholecystostomy tube, a nephrostomy tube)
            if word.hasSuffix("ostomy"), i + 1 < unstemmed.count,
                ["tube", "catheter", "drain"].contains(unstemmed[i + 1])
            {
                // (unless the curated words name the device: a gastrostomy tube feeds)
                if !covered.contains(i) { words += Self.words("drainage drainage device") }
                continue
            }
            // an -otomy is the approach of another root operation (a craniotomy to evacuate a hematoma), a drainage
            // only where nothing else is named
            if word.hasSuffix("otomy") && !word.hasSuffix("ostomy") {
                weak += Self.words("drainage incision")
                continue
            }
            if word.hasSuffix("ectomy") || word.hasSuffix("ectomies") { words += Self.words("resection") }
            if word.hasSuffix("ostomy") { words += Self.words("bypass") }
            if word.hasSuffix("scopy") || word.hasSuffix("scopies") { words += Self.words("inspection") }
            // -plasty reshapes (a repair); a joint's -plasty puts in a prosthesis (a replacement)
            if word.hasSuffix("plasty") {
                words += Self.words(word.hasSuffix("arthroplasty") ? "replacement" : "repair")
            }
        }
        // taking out part of a body part is an excision, whatever the word (guideline B3.8)
        let resection = TextNormalizer.stem("resection")
        if written.contains(where: Self.partialWords.contains), words.contains(resection) {
            words.removeAll { $0 == resection }
            words += Self.words("excision")
        }
        words += Self.duration(raw)
        words += Self.levels(raw)
        // a number counts what follows it only: `2 stents`, `3 vessels` (not `day 2`)
        let digits = ["1": "one", "2": "two", "3": "three", "4": "four", "5": "five"]
        for (i, word) in raw.enumerated() where i + 1 < raw.count {
            guard let number = digits[word] else { continue }
            let next = raw[i + 1]
            if ["stent", "vessel", "arter", "graft", "lead", "device", "level"].contains(where: { next.hasPrefix($0) })
            {
                words.append(TextNormalizer.stem(number))
            }
        }
        // `placed`, `placement`: an insertion only where no other root operation is named (a kidney transplant
        // placed in the iliac fossa is a transplantation; a drain placed, a drainage)
        if !weak.isEmpty {
            let have = Set(words)
            if !operationNames.contains(where: { $0.allSatisfy(have.contains) }) { words += weak }
        }
        return words
    }

    static let partialWords = Set(
        ["partial", "wedge", "segmental", "subtotal", "sleeve", "hemi"].map(TextNormalizer.stem))

    /// The joints a spinal level range spans (`L3-L5` spans two): the words of the labels for several joints
    /// (`Lumbar Vertebral Joints, 2 or more`, `Thoracic Vertebral Joints, 2 to 7`, `8 or more`).
    static func levels(_ raw: [String]) -> [String] {
        func level(_ word: String) -> (Character, Int)? {
            guard let first = word.first, "ctl".contains(first), let n = Int(word.dropFirst()) else { return nil }
            return (first, n)
        }
        for i in raw.indices.dropLast() {
            guard let (a, m) = level(raw[i]) else { continue }
            // `L3-L5`, `L3 to L5`, `L3-5`
            var next = raw[i + 1]
            if next == "to" || next == "through", i + 2 < raw.count { next = raw[i + 2] }
            let n: Int
            if let (b, k) = level(next), b == a {
                n = k
            } else if let k = Int(next), k > m, k < 13 {
                n = k
            } else {
                continue
            }
            let joints = abs(n - m)
            if joints >= 8 { return ["8", "more"] }
            if joints >= 2 { return ["2", "more", "7"] }
        }
        return []
    }

    static func contains(_ words: [String], phrase: [String]) -> Bool {
        guard !phrase.isEmpty, phrase.count <= words.count else { return false }
        for start in 0...(words.count - phrase.count) where Array(words[start..<start + phrase.count]) == phrase {
            return true
        }
        return false
    }

    /// Whether a word of the text names a procedure on its own: the gate for reading a note's sentences.
    public func names(_ text: String) -> Bool {
        Self.words(text).contains { namingWords.contains($0) }
    }

    /// Whether the text names a support given over the stay (`on vent`, `HFNC`, `BiPAP`).
    public func namesSupport(_ text: String) -> Bool {
        let words = Self.words(text)
        return supportPhrases.contains { key in
            words.count >= key.count
                && (0...(words.count - key.count)).contains { words[$0..<($0 + key.count)].elementsEqual(key) }
        }
    }

    /// Whether a word of the text may name a procedure: cheap, to skip building for a diagnosis.
    public func mayName(_ text: String) -> Bool {
        Self.words(text).contains { procedureWords.contains($0) }
    }

    /// The best codes for the text, best first (at most `limit`).
    /// - Parameter byOperation: also try every table of a root operation the words name (for a body part the index
    ///   does not lead to); costlier, for a search of procedures only.
    /// - Parameter namedOnly: only index terms that name a procedure and point to its table themselves
    ///   (`Cholecystectomy`, `PTCA`), not root operations walked by body part: for reading notes, where `resection`
    ///   or `drainage` in passing is no procedure done.
    /// - Parameter generalDevice: take the general kind of device where the words name none in particular (a claim
    ///   needs a code; a coder looking a procedure up chooses the device).
    public func build(
        _ text: String, limit: Int = 3, byOperation: Bool = true, namedOnly: Bool = false, generalDevice: Bool = false
    ) -> [Built] {
        let words = reading(text)
        guard !words.isEmpty else { return [] }
        var have = Set(words)
        // an index term that sends to a root operation (`Lithotripsy` see `Fragmentation`, `Amputation` see
        // `Detachment`) names that operation
        // (only where it names one: `Cannulation` see Bypass, Dilation, Drainage or Irrigation names none of them)
        for main in candidateMainTerms(have) {
            var named: [[String]] = []
            for entry in [main] + children[main] where entry == main || entryNames[entry].isEmpty {
                guard index.entries[entry].codes.isEmpty, let see = index.entries[entry].see else { continue }
                let operation = Self.words(see)
                if operationNames.contains(operation) { named.append(operation) }
            }
            if named.count == 1 { have.formUnion(named[0]) }
        }
        var results: [Built] = []
        var tried = Set<String>()
        for main in candidateMainTerms(have) where !namedOnly || !targets(main).isEmpty {
            let name = entryNames[main].filter { $0.allSatisfy(have.contains) }.max { $0.count < $1.count } ?? []
            let (reached, path) = walk(from: main, have)
            for target in targets(reached) where tried.insert(target.code).inserted {
                guard var built = complete(target.code, have, generalDevice: generalDevice) else { continue }
                built.score += Double(name.count) * 1.5 + Double(path.count - 1)
                // a New Technology code only when its device is named (the words of the index term, counted above)
                if target.code.hasPrefix("X") { built.score -= 3 }
                // the root operation the words name (`resection` of `cholecystectomy`) over another the index offers
                if let table = tables.table(prefix: target.code.prefix(3)) {
                    let operation = Self.words(table.operation.label)
                    if !operation.isEmpty && operation.allSatisfy(have.contains) { built.score += 2 }
                }
                let route = path.map { index.entries[$0].path.last ?? "" }.joined(separator: " › ")
                built.steps.insert(
                    "PCS Index: \(route)" + (target.see.map { " see \($0)" } ?? "") + " → \(target.code)", at: 0)
                results.append(built)
            }
        }
        // the tables of every root operation the words name, for a body part the index did not lead to
        for table in byOperation ? tablesByOperation(have) : [] where tried.insert(table).inserted {
            guard var built = complete(table, have, generalDevice: generalDevice), built.code.count > 3,
                built.bodyPartWords > 0
            else { continue }
            built.score += 2
            if let t = tables.table(prefix: table) {
                built.steps.insert("PCS Table \(table): \(t.operation.label), \(t.bodySystem.label)", at: 0)
            }
            results.append(built)
        }
        // an inspection done to reach the objective of another procedure is not coded apart (ICD-10-PCS guideline
        // B3.11a): where the words name another root operation, the inspection an index term points to gives way
        let inspection = Self.words("inspection")
        let otherOperation = operationTables.contains {
            !$0.words.isEmpty && $0.words != inspection && $0.words.allSatisfy(have.contains)
        }
        if otherOperation {
            for i in results.indices
            where tables.table(prefix: results[i].code.prefix(3))?.operation.label == "Inspection" {
                results[i].score -= 4
            }
        }
        results.sort { $0.score != $1.score ? $0.score > $1.score : $0.code < $1.code }
        var seen = Set<String>()
        return Array(results.filter { seen.insert($0.code).inserted }.prefix(limit))
    }

    /// The Medical and Surgical tables (and the other sections' tables) whose root operation the words name.
    func tablesByOperation(_ have: Set<String>) -> [String] {
        operationTables.filter { $0.words.allSatisfy(have.contains) }.map(\.prefix)
    }

    /// Main terms every word of one of whose names the text holds.
    func candidateMainTerms(_ have: Set<String>) -> [Int] {
        var out: [Int] = []
        var seen = Set<Int>()
        for word in have {
            for main in mainByWord[word] ?? [] where seen.insert(main).inserted {
                if entryNames[main].contains(where: { $0.allSatisfy(have.contains) }) { out.append(main) }
            }
        }
        return out.sorted()
    }

    /// The subterms of a main term the words name, level by level (the one naming the most words at each level).
    func walk(from main: Int, _ have: Set<String>) -> (Int, [Int]) {
        var current = main
        var path = [main]
        while true {
            var best: (entry: Int, count: Int)?
            for child in children[current] {
                guard
                    let name = entryNames[child].filter({ $0.allSatisfy(have.contains) }).max(by: {
                        $0.count < $1.count
                    })
                else { continue }
                if best == nil || name.count > best!.count { best = (child, name.count) }
            }
            guard let (next, _) = best else { break }
            current = next
            path.append(next)
        }
        return (current, path)
    }

    /// The tables, prefixes and codes an entry points to (its own, and those of its untitled subterms: the
    /// alternatives of a `see`), or, for an entry that points nowhere, those of the subterms below it.
    func targets(_ entry: Int) -> [(code: String, see: String?)] {
        var out: [(String, String?)] = index.entries[entry].codes.map { ($0, index.entries[entry].see) }
        for child in children[entry] where entryNames[child].isEmpty {
            out += index.entries[child].codes.map { ($0, index.entries[child].see) }
        }
        return out
    }

    /// Chooses the characters after a prefix, axis by axis, from the words.
    func complete(_ prefix: String, _ have: Set<String>, generalDevice: Bool = false) -> Built? {
        guard prefix.count >= 3, tables.codeCount(withPrefix: prefix) > 0 else { return nil }
        var code = prefix
        var steps: [String] = []
        var score = 0.0
        var bodyPartWords = 0
        var defaultedFrom: Int?
        // the operation's own word alone says nothing of the other axes (`drainage` names no Drainage Device; `drainage
        // device` does)
        let operation = Set(tables.table(prefix: prefix.prefix(3)).map { Self.words($0.operation.label) } ?? [])
        while code.count < 7 {
            let values = tables.validValues(prefix: code)
            guard !values.isEmpty else { break }
            var scored: [(value: PCSAxisValue, score: Double, matched: [String])] = []
            for value in values {
                let label = labelWords[value.label] ?? Self.words(value.label)
                var matched = label.filter { have.contains($0) && !operation.contains($0) }
                if !matched.isEmpty { matched = label.filter(have.contains) }
                let unmatched = label.count - matched.count
                scored.append((value, matched.isEmpty ? 0 : Double(matched.count) - 0.4 * Double(unmatched), matched))
            }
            scored.sort { $0.score > $1.score }
            let top = scored[0]
            var chosen: PCSAxisValue?
            var why = ""
            if top.score > 0 && (scored.count == 1 || scored[1].score < top.score) {
                chosen = top.value
                why = "'\(top.matched.joined(separator: " "))'"
            } else if top.score > 0, let one = Self.fewest(scored.filter { $0.score == top.score }.map(\.value)) {
                // "Coronary Artery, One Artery" over two, three, four: nothing says more than one
                chosen = one
                why = "one, nothing says more"
            } else if values.count == 1 {
                chosen = values[0]
                why = "the only value"
            } else if top.score <= 0, let none = values.first(where: { $0.value == "Z" && $0.label.hasPrefix("No ") }) {
                chosen = none
                why = "nothing documented"
            } else if generalDevice, top.score <= 0, code.count == 5, let general = Self.general(values) {
                // a device the words do not particularise: the general kind every other value is a kind of (a total
                // knee arthroplasty with no material named: Synthetic Substitute)
                chosen = general
                why = "the general kind, nothing names a particular one"
            }
            guard let value = chosen else { break }
            if defaultedFrom == nil, why == "nothing documented" || why.hasPrefix("the general kind") {
                defaultedFrom = code.count
            }
            if code.count == 3, !why.hasPrefix("the only") {
                bodyPartWords =
                    Self.words(value.label).filter { have.contains($0) && !Self.sideWords.contains($0) }.count
            }
            code.append(value.value)
            score += max(top.score, 0)
            steps.append("\(value.title) \(value.value) \(value.label) (\(why))")
        }
        // an axis left open: what the words say of the axes after it still tells this table from another (a drain
        // names the Drainage Device of a drainage, not a device an insertion takes)
        if code.count < 7 { score += lookahead(code, have) }
        return Built(
            code: code, partial: code.count < 7, steps: steps, score: score + (code.count == 7 ? 1 : 0),
            bodyPartWords: bodyPartWords, defaultedFrom: defaultedFrom)
    }

    /// A code built from a sentence with axes left open, completed from the words of the record around it (an
    /// operative report's implants and description: `ceramic head`, `polyethylene liner`, `uncemented` for the device
    /// and qualifier of `Left total hip arthroplasty`); the axes already chosen stay.
    /// An axis the sentence left to its default (`No Qualifier` where the list item `cemented` stands apart) is read
    /// again with the report's words; the code changes only where they name a value.
    public func complete(_ built: Built, context: String) -> Built? {
        var built = built
        if !built.partial, let open = built.defaultedFrom, open >= 4 {
            built.steps = Array(built.steps.dropLast(built.code.count - open))
            built.code = String(built.code.prefix(open))
            built.partial = true
        }
        guard built.partial, built.code.count >= 4 else { return nil }
        let have = Set(reading(context))
        guard var more = complete(built.code, have, generalDevice: true), !more.partial else { return nil }
        more.steps = built.steps + more.steps.map { $0 + " (from the report)" }
        more.score += built.score
        more.bodyPartWords = built.bodyPartWords
        return more
    }

    /// The best label score the words reach on each axis after the open one, over the rows that fit the prefix.
    func lookahead(_ prefix: String, _ have: Set<String>) -> Double {
        guard prefix.count >= 4, let table = tables.table(prefix: prefix.prefix(3)) else { return 0 }
        let chosen = Array(prefix.dropFirst(3))
        var best = [Double](repeating: 0, count: 4)
        for row in table.rows {
            let fits = chosen.indices.allSatisfy { i in row.axes[i].values.contains { $0.value == chosen[i] } }
            guard fits else { continue }
            for position in (chosen.count + 1)..<4 {
                for value in row.axes[position].values {
                    let label = labelWords[value.label] ?? Self.words(value.label)
                    let matched = label.filter(have.contains).count
                    guard matched > 0 else { continue }
                    best[position] = max(best[position], Double(matched) - 0.4 * Double(label.count - matched))
                }
            }
        }
        return best.reduce(0) { $0 + max($1, 0) }
    }

    /// Of several values, the one whose label's words are in most others' (`Synthetic Substitute` of `Synthetic
    /// Substitute, Unicondylar Medial`, `Synthetic Substitute, Oxidized Zirconium on Polyethylene`): the kind the
    /// others particularise; nil unless at least two are its kinds and no other value is as general.
    static func general(_ values: [PCSAxisValue]) -> PCSAxisValue? {
        let labels = values.map { Set(words($0.label)) }
        let kinds = labels.indices.map { i in
            labels[i].isEmpty ? 0 : labels.indices.filter { $0 != i && labels[i].isSubset(of: labels[$0]) }.count
        }
        guard let top = kinds.max(), top >= 2, kinds.filter({ $0 == top }).count == 1, let i = kinds.firstIndex(of: top)
        else { return nil }
        return values[i]
    }

    /// Of values that differ only by a count (`One Artery`, `Two Arteries`), the one.
    static func fewest(_ values: [PCSAxisValue]) -> PCSAxisValue? {
        guard values.count > 1 else { return nil }
        let stripped = values.map { Set(words($0.label).filter { !countWords.contains($0) }) }
        guard stripped.allSatisfy({ $0 == stripped[0] }) else { return nil }
        return values.first { words($0.label).contains("one") }
    }
}

/// A ``PCSBuilder`` made the first time it is needed: reading the tables and the index costs a process that only looks
/// up diagnoses nothing.
public final class ProcedureBuilderSlot: Sendable {
    private let state: Mutex<(make: (@Sendable () -> PCSBuilder?)?, value: PCSBuilder?)>

    public init(_ make: @escaping @Sendable () -> PCSBuilder?) { state = Mutex((make, nil)) }

    public func builder() -> PCSBuilder? {
        state.withLock { state in
            if let make = state.make {
                state.value = make()
                state.make = nil
            }
            return state.value
        }
    }
}

extension PCSBuilder {
    /// The title of a code, or of a prefix: its table's operation and the values chosen.
    public func title(of code: String) -> String {
        if code.count == 7, let title = tables.constructedTitle(of: code) { return title }
        guard let table = tables.table(prefix: code.prefix(3)) else { return code }
        var parts = ["\(table.operation.label), \(table.bodySystem.label)"]
        var prefix = String(code.prefix(3))
        for ch in code.dropFirst(3) {
            if let value = tables.validValues(prefix: prefix).first(where: { $0.value == ch }) {
                parts.append(value.label)
            }
            prefix.append(ch)
        }
        return parts.joined(separator: ", ") + " (more characters needed)"
    }
}
