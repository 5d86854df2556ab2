/// Gathers suggestions: one per code with the evidence of every mention, prefixes dropped when a full code under
/// them is suggested.
struct SuggestionMerger {
    private var byCode: [String: SuggestedCode] = [:]
    private var order: [String] = []

    mutating func add(_ s: SuggestedCode) {
        guard var existing = byCode[s.code] else {
            byCode[s.code] = s
            order.append(s.code)
            return
        }
        if !existing.evidence.contains(where: { $0.start == s.evidence.first?.start }) {
            existing.evidence += s.evidence
        }
        if s.confidence > existing.confidence {
            existing.confidence = s.confidence
            existing.assertion = s.assertion
            existing.reasons = s.reasons
        }
        byCode[s.code] = existing
    }

    /// The suggestions, highest confidence first, then in note order.
    func result() -> [SuggestedCode] {
        let all = order.compactMap { byCode[$0] }
        let full = all.filter { !$0.partial }.map(\.code)
        let kept = all.filter { s in !s.partial || !full.contains { $0.hasPrefix(s.code) } }
        return kept.enumerated().sorted { a, b in
            a.element.confidence != b.element.confidence
                ? a.element.confidence > b.element.confidence : a.offset < b.offset
        }.map(\.element)
    }
}
