/// SplitMix64 (Steele, Lea and Flood 2014): a small seeded generator, so a sample drawn from a seed is drawn again
/// the same on any machine.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Draws audit samples from candidates: per coder (or over the pool when stratified by coder), by count or
/// percentage, random or proportional to strata, reproducible from the request's seed.
public enum AuditSampler {
    /// The band a pre-coding confidence falls in.
    public static func confidenceBand(_ confidence: Double?) -> String {
        guard let confidence else { return "none" }
        if confidence < 0.5 { return "<0.5" }
        if confidence < 0.8 { return "0.5-0.8" }
        return ">=0.8"
    }

    /// The drawn candidates, in draw order.
    /// - Complexity: O(*n* log *n*) for *n* candidates.
    public static func draw(_ candidates: [AuditCandidate], request: AuditSampleRequest) -> [AuditCandidate] {
        var rng = SplitMix64(seed: request.seed)
        // Sorted first: the same set in any order draws the same sample.
        let sorted = candidates.sorted { $0.encounterID < $1.encounterID }
        if request.stratification == .coder {
            return stratified(sorted, size: request.size, key: { String($0.coderID) }, rng: &rng)
        }
        let coders = Set(sorted.map(\.coderID)).sorted()
        var out: [AuditCandidate] = []
        for coder in coders {
            let pool = sorted.filter { $0.coderID == coder }
            switch request.stratification {
            case .none, .coder:
                var shuffled = pool
                shuffled.shuffle(using: &rng)
                out += shuffled.prefix(request.size.number(of: pool.count))
            case .drg:
                out += stratified(pool, size: request.size, key: { $0.drg ?? "none" }, rng: &rng)
            case .confidenceBand:
                out += stratified(pool, size: request.size, key: { confidenceBand($0.confidence) }, rng: &rng)
            }
        }
        return out
    }

    /// A proportional stratified sample: each stratum gets its share of the size (largest remainders first,
    /// ties to the larger stratum, then the key), drawn at random within it.
    static func stratified(
        _ pool: [AuditCandidate], size: AuditSampleSize, key: (AuditCandidate) -> String,
        rng: inout SplitMix64
    ) -> [AuditCandidate] {
        let total = size.number(of: pool.count)
        guard total > 0 else { return [] }
        var strata: [String: [AuditCandidate]] = [:]
        for c in pool { strata[key(c), default: []].append(c) }
        let keys = strata.keys.sorted()
        var allocation: [String: Int] = [:]
        var remainders: [(key: String, remainder: Double, size: Int)] = []
        for k in keys {
            let exact = Double(total) * Double(strata[k]!.count) / Double(pool.count)
            allocation[k] = Int(exact.rounded(.down))
            remainders.append((k, exact - exact.rounded(.down), strata[k]!.count))
        }
        var left = total - allocation.values.reduce(0, +)
        remainders.sort { ($0.remainder, $0.size, $1.key) > ($1.remainder, $1.size, $0.key) }
        for r in remainders where left > 0 {
            if allocation[r.key]! < strata[r.key]!.count {
                allocation[r.key]! += 1
                left -= 1
            }
        }
        var out: [AuditCandidate] = []
        for k in keys {
            var members = strata[k]!
            members.shuffle(using: &rng)
            out += members.prefix(allocation[k]!)
        }
        return out
    }
}
