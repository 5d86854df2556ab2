/// The words of a sentence around one trigger, with the context cues found in them.
struct SentenceContext {
    let words: [ProcedureWord]
    let cues: [(value: [ContextCue], range: Range<Int>)]
    /// Word indices of the trigger.
    let trigger: Range<Int>

    /// Words between two word ranges (0 when they touch or overlap).
    private func distance(_ a: Range<Int>, _ b: Range<Int>) -> Int {
        if a.upperBound <= b.lowerBound { return b.lowerBound - a.upperBound }
        if b.upperBound <= a.lowerBound { return a.lowerBound - b.upperBound }
        return 0
    }

    /// The text of a word range.
    func text(_ r: Range<Int>) -> String {
        words[r.clamped(to: words.indices)].map(\.text).joined(separator: " ")
    }

    /// Whether the sentence holds the phrase as whole words.
    func sentenceHas(_ phrase: String) -> Bool {
        let wanted = ProcedureWord.split(phrase)
        guard !wanted.isEmpty, wanted.count <= words.count else { return false }
        return (0...(words.count - wanted.count)).contains { i in
            zip(wanted, words[i...]).allSatisfy { $0 == $1.text }
        }
    }

    /// The nearest cue satisfying a test within a number of words of `anchor` (the trigger by default); ties go to
    /// the cue after the anchor.
    func nearest(to anchor: Range<Int>? = nil, where test: (ContextCue) -> Bool, within limit: Int)
        -> (cue: ContextCue, range: Range<Int>, text: String)?
    {
        let anchor = anchor ?? trigger
        var best: (ContextCue, Range<Int>, Int)?
        for (values, range) in cues where !range.overlaps(anchor) {
            guard let cue = values.first(where: test) else { continue }
            let d = distance(anchor, range)
            guard d <= limit else { continue }
            if let b = best, d > b.2 || (d == b.2 && range.lowerBound < anchor.lowerBound) { continue }
            best = (cue, range, d)
        }
        return best.map { ($0.0, $0.1, text($0.1)) }
    }

    /// Whether a cue of the same kind lies within a number of words of the trigger.
    func has(_ kind: ContextCue, within limit: Int) -> Bool {
        nearest(where: { Self.sameKind($0, kind) }, within: limit) != nil
    }

    /// The side written nearest the anchor, within four words.
    func nearestSide(to anchor: Range<Int>) -> (value: Laterality, range: Range<Int>)? {
        guard let hit = nearest(to: anchor, where: { if case .laterality = $0 { true } else { false } }, within: 4),
            case .laterality(let side) = hit.cue
        else { return nil }
        return (side, hit.range)
    }

    /// The anatomy word nearest the trigger.
    func nearestAnatomy() -> (site: AnatomySite, range: Range<Int>)? {
        guard
            let hit = nearest(
                where: { if case .anatomy = $0 { true } else { false } }, within: ProcedureMatcher.window),
            case .anatomy(let site) = hit.cue
        else { return nil }
        return (site, hit.range)
    }

    /// The approach written anywhere in the sentence, nearest the trigger first.
    func nearestApproach() -> (value: String, text: String)? {
        guard let hit = nearest(where: { if case .approach = $0 { true } else { false } }, within: words.count),
            case .approach(let value, _) = hit.cue
        else { return nil }
        return (value, hit.text)
    }

    /// A planned, proposed or refused cue within six words of the trigger.
    func notDone() -> (reason: NotCodedReason, words: String)? {
        guard let hit = nearest(where: { if case .notDone = $0 { true } else { false } }, within: 6),
            case .notDone(let reason) = hit.cue
        else { return nil }
        return (reason, hit.text)
    }

    /// The word range covering the given ranges.
    func span(_ ranges: Range<Int>?...) -> Range<Int> {
        let all = ranges.compactMap { $0 }
        let lo = all.map(\.lowerBound).min() ?? trigger.lowerBound
        let hi = all.map(\.upperBound).max() ?? trigger.upperBound
        return lo..<hi
    }

    /// The imaging region named around the trigger: region words right before it (`abdominal CT`), then after it
    /// through connectors (`CT scan of the chest, abdomen and pelvis`), stopping at words another trigger claims.
    func regionRun(claimed: Set<Int>) -> (keys: Set<String>, side: Laterality?, noContrast: Bool, words: Range<Int>) {
        var keys: Set<String> = []
        var side: Laterality?
        var noContrast = false
        var lo = trigger.lowerBound
        var hi = trigger.upperBound
        func take(_ values: [ContextCue]) {
            for v in values {
                switch v {
                case .region(let k): keys.insert(k)
                case .laterality(let s): side = s
                case .noContrast: noContrast = true
                default: break
                }
            }
        }
        var i = trigger.lowerBound - 1
        while let hit = cues.first(where: { $0.range.contains(i) }) {
            if Self.isRegionWord(hit.value) {
                take(hit.value)
                lo = hit.range.lowerBound
                i = hit.range.lowerBound - 1
            } else if ["and", ","].contains(words[i].text),
                let before = cues.first(where: { $0.range.contains(i - 1) }),
                Self.isRegionWord(before.value)
            {
                // `chest and abdominal X-rays`: a region list in front of the modality.
                i -= 1
            } else {
                break
            }
        }
        var j = trigger.upperBound
        while j < words.count, j - trigger.upperBound < 8, !claimed.contains(j),
            let hit = cues.first(where: { $0.range.contains(j) }),
            hit.value.contains(where: { Self.continuesRun($0) })
        {
            take(hit.value)
            if hit.value.contains(where: { if case .region = $0 { true } else { false } }) { hi = hit.range.upperBound }
            j = hit.range.upperBound
        }
        return (keys, side, noContrast, lo..<hi)
    }

    /// Whether cues can stand in a region run before the trigger (`right renal ultrasound`).
    static func isRegionWord(_ values: [ContextCue]) -> Bool {
        values.contains { v in
            switch v {
            case .region, .laterality: true
            default: false
            }
        }
    }

    private static func continuesRun(_ v: ContextCue) -> Bool {
        switch v {
        case .region, .laterality, .connector, .noContrast: true
        default: false
        }
    }

    private static func sameKind(_ a: ContextCue, _ b: ContextCue) -> Bool {
        switch (a, b) {
        case (.anatomy, .anatomy), (.region, .region), (.approach, .approach), (.laterality, .laterality),
            (.noContrast, .noContrast), (.partial, .partial), (.notDone, .notDone), (.connector, .connector):
            true
        default: false
        }
    }
}
