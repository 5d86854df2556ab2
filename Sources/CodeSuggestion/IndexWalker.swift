import Foundation
import Terminology

/// Codes a clause the way a coder uses the Alphabetic Index: find the condition (a main term, or a term its `see`
/// sends to), walk its subterms with the clause's other words (site, side, type, acuity, cause; `with` and `due to`
/// read through, Guidelines I.A.15), and take the code of the deepest term reached, the entry's default where no
/// subterm is documented. The Tabular List then completes a heading (`-`) to its unspecified code.
///
/// Built once with the suggester; a walk reads only the clause's term ids.
struct IndexWalker: Sendable {
    /// Per entry: the ids of its title's words (stop words out, stemmed), distinct.
    let titleIDs: [[Int32]]
    /// The subterms whose title gives one word in several forms (`myocardium, myocardial`, `tooth, teeth`): each
    /// form's ids, any one of which names the subterm.
    let forms: [Int32: [[Int32]]]
    /// Per entry: its subterms, in printed order.
    let children: [[Int32]]
    /// Per entry: 0 a term, 1 a connector read through (`with`, `due to`, `in`), 2 `without` (read only when the
    /// clause says without or no).
    let connector: [UInt8]
    /// Per entry: the entry its `see` names, or -1.
    let seeTarget: [Int32]
    /// The word sequences that name a main term (`failure`, `failed` for `Failure, failed`), to the main terms.
    let triggers: [[Int32]: [Int32]]
    let longestTrigger: Int
    /// Per main term: the words its title adds after a comma that are not another form of it (`heart` of
    /// `Tamponade, heart`), which the clause must say.
    let required: [[Int32]]
    /// Per main term: whether it names a condition on its own, so that its default code is taken when no subterm is
    /// documented: it has a code, and a word of it rarely qualifies other terms (`Spermatocele`, not `Old`).
    let standsAlone: [Bool]
    /// Per main term: whether no Tabular List title, inclusion term or lexicon phrase holds its name
    /// (`Craniopharyngioma`): the Index is the only way to its code.
    let onlyInIndex: [Bool]
    /// How far (in words) a subterm's word may stand from the words already read.
    static let reach = 4
    /// At most this many subterms may use a word of a main term that is coded on its own.
    static let alone = 3
    let index: AlphabeticIndex
    let withoutIDs: Set<Int32>
    /// Words that make the next word name something else: a past state (`ex-smoker`, `former smoker`) or a
    /// refusal (`against medical advice`); the main term after them is not walked.
    let notAfterIDs: Set<Int32>
    /// The ids of words that end as adjectives do.
    let adjectives: Set<Int32>
    /// The ids of numbers (`2`, `3a`): a number a subterm writes after a word (`stage 2`) is read right after it.
    let numerals: Set<Int32>

    /// Main terms that are not conditions (history, status, encounters, findings by kind) or that the note's other
    /// readings code (the assertion of history and family history, the pregnancy conventions), and main terms whose
    /// word names something else in notes: the laboratory department (`sent to pathology`), a physician's advice, a
    /// count (`single-vessel CAD`, `single liveborn`; the congenital single organs are in the titles), treatments and
    /// visits (`analgesia with paracetamol`, `under general anesthesia`, `came for medical consultation`), and the old
    /// word for tuberculosis (`alcohol consumption`). `Resources/index-walker-words.tsv`, the set `excluded-main-term`.
    static let excludedMainTerms = Set(WordTables.indexWalker["excluded-main-term"])

    /// Main terms whose qualifier is the classification's default, said or not (a fracture not documented as
    /// pathological is traumatic, I.C.19.c).
    /// `Resources/index-walker-words.tsv`, the set `implied`.
    static let implied = Set(WordTables.indexWalker["implied"])

    /// Clinicians' words for a subterm of another main term, where the walk also starts.
    /// With `alone`, the word names the subterm's condition by itself (`Alzheimer dementia`: Disease, Alzheimer's
    /// G30.9, its onset read on); otherwise the subterm's code is taken only through a further subterm (a `stroke`
    /// is not I63.9 by that word: the stroke conventions read it).
    /// `Resources/index-starts-under.tsv`.
    static let startsUnder: [(word: String, path: String, alone: Bool)] = ProcedureTables.rows(
        PackageResources.index_starts_under_tsv, file: "index-starts-under.tsv",
        columns: ["word", "index term", "alone"]
    ).map { f in (f[0], f[1], ProcedureTables.flag(f[2], file: "index-starts-under.tsv", row: f[0])) }

    /// Words the Index prints side by side as one (`tooth, teeth`, `puerperal, postpartum`).
    /// `Resources/index-same-words.tsv`.
    static let sameWord = Set(
        ProcedureTables.rows(
            PackageResources.index_same_words_tsv, file: "index-same-words.tsv", columns: ["word", "same word"]
        ).map { [$0[0], $0[1]] })

    /// The connectors the walk reads through (`with`, `due to`, I.A.15), and a heading the clinician seldom writes
    /// (`Disorder, depressive, recurrent, current episode, severe`): `Resources/index-walker-words.tsv`, the set
    /// `read-through`.
    static let readThrough = Set(WordTables.indexWalker["read-through"])

    /// `mainTerms`, when given, are the only main terms a clause may name (by the first word of the title,
    /// `fall` for `Fall, falling`): the External Cause Index is read for how an injury happened, not for every word.
    init(
        index: AlphabeticIndex, vocabulary: inout Vocabulary, mainTerms: Set<String>? = nil,
        startsUnder: [(word: String, path: String, alone: Bool)] = IndexWalker.startsUnder
    ) {
        self.index = index
        // the words the lexicon and the Tabular List already hold have the lower ids
        let known = Int32(vocabulary.count)
        let entries = index.entries
        var titleIDs: [[Int32]] = []
        titleIDs.reserveCapacity(entries.count)
        var children = [[Int32]](repeating: [], count: entries.count)
        var connector = [UInt8](repeating: 0, count: entries.count)
        var forms: [Int32: [[Int32]]] = [:]
        for (i, entry) in entries.enumerated() {
            var seen = Set<Int32>()
            // the FY2025 index file prints `Failure, respiration, acute and (on) chronic` as `acute and` with the
            // modifier `(on)`: its last word restored
            let printed = entry.title.lowercased() == "acute and" ? "acute and chronic" : entry.title
            titleIDs.append(vocabulary.intern(phrase: printed).filter { seen.insert($0).inserted })
            if entry.parent >= 0, entry.title.contains(",") {
                let parts = entry.title.lowercased().split(separator: ",").map {
                    $0.trimmingCharacters(in: .whitespaces)
                }
                if let first = parts.first,
                    parts.dropFirst().allSatisfy({
                        Self.isInflection($0, of: first) || Self.sameWord.contains([first, $0])
                    })
                {
                    forms[Int32(i)] = parts.map { vocabulary.intern(phrase: $0) }.filter { !$0.isEmpty }
                } else if index.kind == .externalCauses {
                    // the External Cause Index lists the things a subterm stands for (`stairs, steps`, `carpet, rug
                    // or (small) object`): any one names it
                    let alternatives = parts.flatMap { $0.components(separatedBy: " or ") }
                        .map { vocabulary.intern(phrase: $0.replacingOccurrences(of: "nec", with: "")) }.filter {
                            !$0.isEmpty
                        }
                    if alternatives.count > 1 { forms[Int32(i)] = alternatives }
                }
            }
            if entry.parent >= 0 { children[Int(entry.parent)].append(Int32(i)) }
            let title = entry.title.lowercased()
            if Self.readThrough.contains(title) { connector[i] = 1 }
            if title == "without" { connector[i] = 2 }
        }
        // how often each word names a subterm: words that qualify many conditions (`old`, `acute`, `skin`) do not
        // name one on their own
        var asSubterm: [Int32: Int] = [:]
        for (i, entry) in entries.enumerated() where entry.parent >= 0 {
            for id in titleIDs[i] { asSubterm[id, default: 0] += 1 }
        }
        var standsAlone = [Bool](repeating: false, count: entries.count)
        var onlyInIndex = [Bool](repeating: false, count: entries.count)
        var triggers: [[Int32]: [Int32]] = [:]
        var required = [[Int32]](repeating: [], count: entries.count)
        var longest = 1
        for m in index.mainTermIndices {
            let entry = entries[Int(m)]
            let whole = entry.title.lowercased()
            if let mainTerms {
                guard let first = whole.split(separator: ",").first, mainTerms.contains(String(first)) else { continue }
            } else if Self.excludedMainTerms.contains(whole) {
                continue
            }
            // "Failure, failed": the words after a comma are another form of the main term, said instead of it;
            // "Tamponade, heart": they qualify it, and must be said as well
            let parts = whole.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                !$0.isEmpty
            }
            guard let first = parts.first, mainTerms != nil || !Self.excludedMainTerms.contains(first), first != "nec"
            else { continue }
            var names = [first]
            for part in parts.dropFirst() {
                if Self.isInflection(part, of: first) || Self.implied.contains(whole) {
                    names.append(part)
                } else {
                    required[Int(m)] += vocabulary.intern(phrase: part)
                }
            }
            // "May (-Hegglin)": a modifier that continues the word with a hyphen is part of its name
            let modifier = entry.modifiers[0]
            if modifier.hasPrefix("(-") {
                required[Int(m)] += vocabulary.intern(phrase: String(modifier.dropFirst(2)))
            }
            // a name of three letters or fewer (`TAC`) is too often another abbreviation in a note
            guard first.filter(\.isLetter).count >= 4 else { continue }
            let own = vocabulary.intern(phrase: first)
            standsAlone[Int(m)] = entry.code != nil && own.contains { (asSubterm[$0] ?? 0) <= Self.alone }
            onlyInIndex[Int(m)] = own.allSatisfy { $0 >= known }
            for name in names {
                let ids = vocabulary.intern(phrase: name)
                guard !ids.isEmpty, ids.count <= 4 else { continue }
                triggers[ids, default: []].append(m)
                longest = max(longest, ids.count)
            }
        }
        var seeTarget = [Int32](repeating: -1, count: entries.count)
        let navigator = IndexNavigator(index: index, tabular: nil)
        for (i, entry) in entries.enumerated() where entry.code == nil {
            guard let see = entry.see, let target = navigator.entry(named: see) else { continue }
            seeTarget[i] = Int32(target)
        }
        // the clinician's word for a condition the Index lists under another term's subterm (`stroke` for
        // `Infarct, cerebral`): its walk starts there, and takes the subterm's code only through a further subterm
        for (word, path, alone) in startsUnder {
            guard let target = navigator.entry(named: path) else { continue }
            let ids = vocabulary.intern(phrase: word)
            guard !ids.isEmpty else { continue }
            if alone { standsAlone[target] = entries[target].code != nil }
            triggers[ids, default: []].append(Int32(target))
            longest = max(longest, ids.count)
        }
        self.children = children
        self.forms = forms
        self.connector = connector
        self.seeTarget = seeTarget
        // a subterm of nothing but short words (`H` of `Disorder, H (Hartnup's)`) is not matched by words of a note
        for i in titleIDs.indices
        where entries[i].title.filter(\.isLetter).count < 3 && !entries[i].title.contains(where: \.isNumber) {
            titleIDs[i] = []
        }
        self.triggers = triggers
        self.titleIDs = titleIDs
        self.required = required
        self.standsAlone = standsAlone
        self.onlyInIndex = onlyInIndex
        self.longestTrigger = longest
        self.withoutIDs = Set(["without", "no"].compactMap { vocabulary.id($0) })
        self.notAfterIDs = Set(["ex", "former", "against"].compactMap { vocabulary.id($0) })
        var adjectives = Set<Int32>()
        for id in 0..<Int32(vocabulary.count) where Self.isAdjective(vocabulary.word(id)) { adjectives.insert(id) }
        self.adjectives = adjectives
        var numerals = Set<Int32>()
        for id in 0..<Int32(vocabulary.count) where vocabulary.word(id).first?.isNumber == true { numerals.insert(id) }
        self.numerals = numerals
    }

    /// One walk: the entry whose code it took, the path, and the clause positions its words came from.
    struct Walk {
        var entry: Int
        var path: [Int]
        var positions: [Int]
        /// The clause positions of the words that named the main term.
        var trigger: Range<Int>
        /// Only the main term was documented: its default code.
        var isDefault: Bool { path.count == 1 }
        /// The category of a term reached without the subterm its code needs (`entry` has no code).
        var category: String?
        var main: Int { path[0] }
    }

    /// Every walk in the clause `terms[range]`: one from each main term named in it.
    func walks(_ terms: [Term], in range: Range<Int>, reach: Int = IndexWalker.reach) -> [Walk] {
        var out: [Walk] = []
        var start = range.lowerBound
        var key: [Int32] = []
        while start < range.upperBound {
            var matched: (length: Int, mains: [Int32])?
            key.removeAll(keepingCapacity: true)
            for length in 1...longestTrigger where start + length <= range.upperBound {
                let id = terms[start + length - 1].id
                guard id >= 0 else { break }
                key.append(id)
                if let mains = triggers[key] { matched = (length, mains) }
            }
            guard let (length, mains) = matched else {
                start += 1
                continue
            }
            if start > range.lowerBound, notAfterIDs.contains(terms[start - 1].id) {
                start += length
                continue
            }
            for main in mains {
                if let walk = walk(from: Int(main), trigger: start..<(start + length), terms, range, reach: reach) {
                    out.append(walk)
                }
            }
            start += length
        }
        // an adjective that qualifies the next condition named (`ischemic stroke`, `embolic stroke`) is read with that
        // condition, not walked on its own past it: its walk must take the noun it stands before
        // a main term the clause qualifies (`pathological fracture`: Fracture, pathological) over the one named by
        // the same word without its qualifier (Fracture, traumatic)
        let qualified = Set(out.filter { !required[$0.main].isEmpty }.map { $0.trigger.lowerBound })
        out.removeAll { qualified.contains($0.trigger.lowerBound) && required[$0.main].isEmpty }
        let starts = Set(out.map { $0.trigger.lowerBound })
        let all = out
        out.removeAll { w in
            let next = w.trigger.upperBound
            guard starts.contains(next), !w.positions.contains(next), w.trigger.count == 1,
                adjectives.contains(terms[w.trigger.lowerBound].id)
            else { return false }
            return all.contains { $0.trigger.lowerBound == next && $0.positions.count >= 2 }
        }
        return out
    }

    /// A word ending as an English adjective does (`ischemic`, `renal`, `embolic`, `infectious`).
    static func isAdjective(_ word: String) -> Bool {
        ["ic", "al", "ous", "ary", "ive", "oid"].contains { word.hasSuffix($0) } && word.count > 4
    }

    /// Whether a word after the main term's comma is another form of it (`failed` of `failure`, `falling` of
    /// `fall`): a single word sharing its first four letters (or the whole of a shorter one).
    static func isInflection(_ part: String, of first: String) -> Bool {
        guard !part.contains(" "), !first.contains(" ") else { return false }
        let n = min(4, first.count, part.count)
        return n >= 3 && part.prefix(n) == first.prefix(n)
    }

    /// Walks the subterms of a main term with the clause's words.
    func walk(from main: Int, trigger: Range<Int>, _ terms: [Term], _ range: Range<Int>, reach: Int = IndexWalker.reach)
        -> Walk?
    {
        var used = Set(trigger)
        var positions = Array(trigger)
        for id in required[main] {
            guard let p = range.first(where: { terms[$0].id == id && !used.contains($0) }) else { return nil }
            used.insert(p)
            positions.append(p)
        }
        var path = [main]
        var current = main
        var saysWithout = false
        for p in range where withoutIDs.contains(terms[p].id) { saysWithout = true }
        var jumps = 0
        while true {
            var best: (entry: Int, via: Int?, found: [Int], score: Int)?
            func match(_ ids: [Int32], near anchors: [Int], taken: Set<Int>) -> [Int]? {
                guard !ids.isEmpty else { return nil }
                var found: [Int] = []
                for id in ids {
                    // a number written after a word (`stage 2`, `type 1`) follows it in the clause: `type 2 diabetes
                    // with chronic kidney disease stage 3a` is not stage 2
                    if let previous = found.last, numerals.contains(id) {
                        guard previous + 1 < range.upperBound, terms[previous + 1].id == id,
                            !taken.contains(previous + 1)
                        else { return nil }
                        found.append(previous + 1)
                        continue
                    }
                    // a subterm's word stands near the words already read (`acute on chronic systolic heart
                    // failure`), not anywhere in a long clause
                    guard
                        let p = range.first(where: { q in
                            terms[q].id == id && !taken.contains(q) && !found.contains(q)
                                && (taken.contains { abs($0 - q) <= reach }
                                    || anchors.contains { abs($0 - q) <= reach })
                        })
                    else { return nil }
                    found.append(p)
                }
                return found
            }
            /// The clause words a subterm reads, or nil.
            func reads(_ child: Int, via: Int?, taken: Set<Int>) -> [Int]? {
                guard !titleIDs[child].isEmpty else { return nil }
                // a connector the clause says (`due to`) reads the words after it however far it stands
                var anchors: [Int] = []
                if let via {
                    for id in titleIDs[via] { anchors += range.filter { terms[$0].id == id && !taken.contains($0) } }
                }
                let found: [Int]
                if let one = match(titleIDs[child], near: anchors, taken: taken) {
                    found = one
                } else if let alternatives = forms[Int32(child)],
                    let one = alternatives.lazy.compactMap({ match($0, near: anchors, taken: taken) }).max(by: {
                        $0.count < $1.count
                    })
                {
                    found = one
                } else {
                    return nil
                }
                // `with` is not read from words the clause says it is without (`without complications`)
                if via != nil && connector[via!] == 1,
                    found.contains(where: { q in
                        (max(range.lowerBound, q - 2)..<q).contains { withoutIDs.contains(terms[$0].id) }
                    })
                {
                    return nil
                }
                // `without` reads the words after it (`without coma`), not those before (`nausea and vomiting
                // without fever` is no Vomiting › without nausea)
                let saysWithoutFirst = titleIDs[child].first.map(withoutIDs.contains) ?? false
                if (via != nil && connector[via!] == 2) || saysWithoutFirst,
                    !found.allSatisfy({ q in
                        withoutIDs.contains(terms[q].id)
                            || (max(range.lowerBound, q - 3)..<q).contains { withoutIDs.contains(terms[$0].id) }
                    })
                {
                    return nil
                }
                return found
            }
            func subterms(of entry: Int, _ each: (Int, Int?) -> Void) {
                for c in children[entry] {
                    let child = Int(c)
                    switch connector[child] {
                    case 1: for g in children[child] { each(Int(g), child) }
                    case 2: if saysWithout { for g in children[child] { each(Int(g), child) } }
                    default: each(child, nil)
                    }
                }
            }
            func consider(_ child: Int, via: Int?) {
                guard let found = reads(child, via: via, taken: used) else { return }
                // more words said first, counting those its own subterms would read next (`bleeding duodenal ulcer`:
                // Ulcer › duodenum › with › hemorrhage over Ulcer › bleeding); of as many, a term with a code or
                // subterms over one that only sends elsewhere
                var next = 0
                let taken = used.union(found)
                subterms(of: child) { g, v in next = max(next, reads(g, via: v, taken: taken)?.count ?? 0) }
                let score = (found.count + next) * 2 + (seeTarget[child] >= 0 && children[child].isEmpty ? 0 : 1)
                if best == nil || score > best!.score { best = (child, via, found, score) }
            }
            subterms(of: current) { consider($0, via: $1) }
            if let (entry, via, found, _) = best {
                if let via { path.append(via) }
                path.append(entry)
                for p in found { used.insert(p) }
                positions += found
                current = entry
                continue
            }
            // a term that only sends elsewhere (`Abandonment` see `Maltreatment`): go on from there; a main term
            // alone that sends to another main term alone (`Analgesia` see `Anesthesia`) is too loose a reading
            if index.entries[current].code == nil, seeTarget[current] >= 0, jumps < 2,
                path.count > 1 || index.entries[Int(seeTarget[current])].parent >= 0
                    || !children[Int(seeTarget[current])].isEmpty
            {
                jumps += 1
                // a main term of several words that sends to one of them (`Hypertensive urgency` see `Hypertension`):
                // its other words are read again as subterms there (`urgency`)
                if current == main { for p in trigger.dropFirst() { used.remove(p) } }
                current = Int(seeTarget[current])
                path.append(current)
                continue
            }
            break
        }
        let last = path.last!
        if path.count > 1, index.entries[last].code == nil, seeTarget[last] < 0, let category = category(below: last) {
            // a term the clause names without the subterm its code needs (`alcohol use disorder` without its
            // severity): only its category is known, which is enough for a relative's condition (Z81.1)
            var walk = Walk(entry: last, path: path, positions: Set(positions).sorted(), trigger: trigger)
            walk.category = category
            return walk
        }
        guard let coded = path.last(where: { index.entries[$0].code != nil }) else { return nil }
        if coded == main && !standsAlone[main] { return nil }
        return Walk(entry: coded, path: path, positions: Set(positions).sorted(), trigger: trigger)
    }

    /// The one category of every code below an entry, or nil when they are of several (or there are none).
    func category(below entry: Int) -> String? {
        var found: Substring?
        var stack = children[entry].map(Int.init)
        while let e = stack.popLast() {
            if let code = index.entries[e].code {
                let c = code.prefix(3)
                if found != nil && found != c { return nil }
                found = c
            }
            stack += children[e].map(Int.init)
        }
        return found.map(String.init)
    }

    /// The path as a coder writes it: `Failure, failed › heart › systolic › acute › and (on) chronic`; a `see`
    /// followed shows where it led (`Abandonment › see Maltreatment`).
    func heading(_ walk: Walk) -> String {
        var levels: [String] = []
        var previous: Int?
        for i in walk.path {
            let entry = index.entries[i]
            if let previous, seeTarget[previous] == Int32(i) {
                levels.append("see " + entry.path.joined(separator: ", "))
            } else if previous == nil {
                levels.append(entry.path.joined(separator: " › "))
            } else {
                levels.append(entry.title)
            }
            if i == walk.entry { break }
            previous = i
        }
        return levels.joined(separator: " › ")
    }
}
