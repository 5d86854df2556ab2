/// A DRG the claim would reach if one more secondary diagnosis were documented and coded.
public struct WhatIfOutcome: Sendable, Codable, Hashable {
    public var drg: Int
    public var title: String
    public var weight: Double?
    public var severity: Severity
    /// How many candidate codes reach this DRG, and the first of them (dotted is the caller's business).
    public var count: Int
    public var examples: [String]
}

extension GroupingSession {
    /// Which single secondary diagnosis would raise the DRG: every CC and MCC of the version (or the given
    /// candidates) is added in turn, POA `Y`, and the claim regrouped. DRGs are compared by weight when the version
    /// has weights, otherwise by severity within the same base DRG.
    public func whatIf(
        _ claim: GrouperClaim, version: GrouperVersion, weights: RelativeWeights?, candidates: [String]? = nil,
        examples: Int = 8
    ) throws(GrouperError) -> (current: GroupingResult, raises: [WhatIfOutcome]) {
        let current = try group(claim, version: version)
        guard claim.secondary.count < GrouperClaim.maximumSecondaryDiagnoses, current.returnCode == .ok,
            let t = grouper.tables[version]
        else { return (current, []) }
        let codes: [String]
        if let candidates {
            codes = candidates
        } else {
            codes = t.store.diagnosisCodes.pairs(version: t.version.number).compactMap { code, index in
                t.diagnosisDefinitions[Int(index)].severity == .none ? nil : code
            }.sorted().map(\.string)
        }
        let present = Set(([claim.principal] + claim.secondary).compactMap { PackedCode($0.code) })
        let baseWeight = weights?.weight(of: current.drg)
        var found: [Int: WhatIfOutcome] = [:]
        var probe = PackedClaim(claim)
        probe.appendSecondary(nil, poa: "Y")
        let last = probe.secondaryCount - 1
        for code in codes {
            guard let packed = PackedCode(code), !present.contains(packed) else { continue }
            probe.setSecondary(last, code: packed)
            let r = try assign(probe, version: version)
            guard r.returnCode == .ok, r.drg != current.drg else { continue }
            let w = weights?.weight(of: r.drg)
            let raises: Bool
            if let w, let baseWeight {
                raises = w > baseWeight
            } else {
                raises = r.baseDRG == current.final.baseDRG && r.severity > current.final.severity
            }
            guard raises else { continue }
            var outcome =
                found[r.drg]
                ?? WhatIfOutcome(
                    drg: r.drg, title: t.drgTitles[r.drg] ?? "", weight: w, severity: r.severity, count: 0, examples: []
                )
            outcome.count += 1
            if outcome.examples.count < examples { outcome.examples.append(packed.string) }
            found[r.drg] = outcome
        }
        let sorted = found.values.sorted { a, b in
            if let wa = a.weight, let wb = b.weight, wa != wb { return wa > wb }
            return a.drg < b.drg
        }
        return (current, sorted)
    }
}
