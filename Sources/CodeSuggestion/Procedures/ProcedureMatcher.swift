import NoteAnalysis

/// Reads procedure candidates from the words of one sentence: the triggers of `ProcedureLexicon` with the approach,
/// side, region, contrast and body part the words around them give.
struct ProcedureMatcher: Sendable {
    let imagingRegions: ImagingRegionIndex

    /// Words on either side of a trigger that the context cues may come from.
    static let window = 8

    /// The candidates of a sentence.
    func candidates(in words: [ProcedureWord]) -> [ProcedureCandidate] {
        let context = ContextLexicon.table.matches(in: words)
        let triggers = ProcedureLexicon.table.matches(in: words)
        let claimed = claimedRegionWords(triggers: triggers, context: context)
        var found: [ProcedureCandidate] = []
        for (trigger, range) in triggers {
            let scope = SentenceContext(words: words, cues: context, trigger: range)
            var made: [ProcedureCandidate]
            switch trigger {
            case .fixed(let procedure):
                made = fixed(procedure, scope)
            case .imaging(let modality, let name):
                made = imaging(modality, name, scope, claimed: claimed)
            case .operation(let term):
                made = operation(term, scope)
            }
            for i in made.indices { made[i].notDone = scope.notDone() }
            found += made
        }
        return found
    }

    // MARK: Fixed procedures

    private func fixed(_ p: FixedProcedure, _ scope: SentenceContext) -> [ProcedureCandidate] {
        if let next = scope.words[safe: scope.trigger.upperBound], p.notFollowedBy.contains(next.text) { return [] }
        var pattern = PCSPattern(p.pattern)
        var reasons = ["\(p.name) → \(p.pattern)"]
        for r in p.refinements where !pattern.isFixed(r.axis) || r.axis == 6 || r.axis == 5 || r.axis == 4 {
            if r.words.contains(where: scope.sentenceHas) {
                pattern = pattern.setting(r.axis, r.value)
                reasons.append(r.reason)
            }
        }
        guard let site = p.site else {
            return [
                ProcedureCandidate(
                    name: p.name, patterns: [pattern], trigger: scope.trigger,
                    evidence: scope.trigger, reasons: reasons, confidence: 0.85)
            ]
        }
        let side = scope.nearestSide(to: scope.trigger)
        guard let sets = site.parts(for: side?.value) else { return [] }
        return sets.map { parts in
            let patterns = parts.map { pattern.setting(1, String($0.prefix(1))).setting(3, String($0.suffix(1))) }
            let sideReason = side.map { "side: \($0.value.rawValue)" } ?? "side: both (not specified)"
            return ProcedureCandidate(
                name: p.name, patterns: patterns, trigger: scope.trigger,
                evidence: scope.span(scope.trigger, side?.range), reasons: reasons + [sideReason],
                confidence: side == nil ? 0.7 : 0.85)
        }
    }

    // MARK: Imaging

    private func imaging(_ modality: String, _ name: String, _ scope: SentenceContext, claimed: Set<Int>)
        -> [ProcedureCandidate]
    {
        if let next = scope.words[safe: scope.trigger.upperBound], next.text == "guided" { return [] }
        let run = scope.regionRun(claimed: claimed)
        guard !run.keys.isEmpty else { return [] }
        let found = region(modality, run.keys, run.side)
        // A list of regions the modality has no combined code for (`chest and abdominal X-rays`): one code each.
        let regions = found.map { [$0] } ?? run.keys.sorted().compactMap { region(modality, [$0], run.side) }
        return regions.map { region, prefix in
            imagingCandidate(modality, name, region: region, prefix: prefix, scope, run: run)
        }
    }

    /// The region name and prefix of a modality for region keys, if the code set has one.
    private func region(_ modality: String, _ keys: Set<String>, _ side: Laterality?) -> (String, String)? {
        ImagingRegions.names(for: keys, side: side).lazy.compactMap { n in
            imagingRegions.prefix(modality: modality, region: n).map { (n, $0) }
        }.first
    }

    private func imagingCandidate(
        _ modality: String, _ name: String, region: String, prefix: String, _ scope: SentenceContext,
        run: (keys: Set<String>, side: Laterality?, noContrast: Bool, words: Range<Int>)
    ) -> ProcedureCandidate {
        var pattern = PCSPattern(prefix)
        var reasons = ["modality: \(name)", "region: \(region)"]
        if run.noContrast || scope.has(.noContrast, within: 5) {
            pattern = pattern.setting(4, "Z")
            reasons.append("contrast: none")
        }
        return ProcedureCandidate(
            name: "\(name) of \(region)", patterns: [pattern], trigger: scope.trigger,
            evidence: run.words, reasons: reasons, confidence: 0.85)
    }

    /// The words that belong to the region run in front of each imaging trigger, which no other trigger may take.
    private func claimedRegionWords(
        triggers: [(value: ProcedureTrigger, range: Range<Int>)],
        context: [(value: [ContextCue], range: Range<Int>)]
    ) -> Set<Int> {
        var claimed: Set<Int> = []
        for (trigger, range) in triggers {
            guard case .imaging = trigger else { continue }
            var i = range.lowerBound - 1
            while let cues = context.first(where: { $0.range.contains(i) })?.value, SentenceContext.isRegionWord(cues) {
                claimed.insert(i)
                i -= 1
            }
        }
        return claimed
    }

    // MARK: Operations

    private func operation(_ term: OperativeTerm, _ scope: SentenceContext) -> [ProcedureCandidate] {
        let siteHit = term.site == nil ? scope.nearestAnatomy() : nil
        guard let site = term.site ?? siteHit?.site else { return [] }
        let anchor = siteHit?.range ?? scope.trigger
        let side = scope.nearestSide(to: anchor)
        var root = term.rootOperation
        var reasons = ["root operation: \(term.name) → \(RootOperationNames.name(root))"]
        if root == "T", term.partialBecomesExcision,
            let partial = scope.nearest(where: { if case .partial = $0 { true } else { false } }, within: 6)
        {
            root = "B"
            reasons = ["root operation: \(term.name) of part (\(partial.text)) → Excision"]
        }
        reasons.append("body part: \(site.name)")
        if let q = term.qualifier { reasons.append(q == "X" ? "qualifier: diagnostic" : "qualifier: \(q)") }
        let approachHit = term.approach == nil ? scope.nearestApproach() : nil
        let approach = term.approach ?? approachHit?.value
        if let a = approach { reasons.append("approach: \(approachHit?.text ?? term.name) → \(ApproachNames.name(a))") }
        let handAssisted = scope.sentenceHas("hand assisted")
        if handAssisted { reasons.append("qualifier: hand-assisted") }
        guard let sets = site.parts(for: side?.value) else { return [] }
        return sets.map { parts in
            let patterns = parts.map { part -> PCSPattern in
                var p = PCSPattern("0" + String(part.prefix(1)) + root + String(part.suffix(1)) + "???")
                if let a = approach { p = p.setting(4, a) }
                if let q = term.qualifier {
                    p = p.setting(6, q)
                } else if root == "B" || root == "T" {
                    // No qualifier unless the operation was hand-assisted.
                    p = p.setting(6, handAssisted ? "G" : "Z")
                }
                if root == "B" || root == "T" || root == "J" { p = p.setting(5, "Z") }
                return p
            }
            let relaxed = approachHit == nil ? [] : patterns.map { $0.setting(4, "0347X8F") }
            var r = reasons
            if let s = side { r.append("side: \(s.value.rawValue)") }
            return ProcedureCandidate(
                name: term.name, patterns: patterns, trigger: scope.trigger,
                evidence: scope.span(scope.trigger, siteHit?.range, side?.range), reasons: r,
                confidence: 0.8, fallback: relaxed)
        }
    }
}

extension Array {
    subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}
