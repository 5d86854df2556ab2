/// The ICD-10-CM conventions the suggester applies to the codes it found, as small tables keyed by code prefix.
enum CodingConventions {
    /// A condition documented as past (`history of …`, `status post …`) and the personal history code the
    /// Alphabetic Index gives it (`History, personal` and `Infarction, myocardial, old`): `Resources/personal-history.tsv`,
    /// the condition's code prefix and the history code, the first matching row winning.
    static let personalHistory: [(prefix: String, code: String)] = ConventionTables.pairs(
        PackageResources.personal_history_tsv, file: "personal-history.tsv", columns: ["condition", "history code"])

    /// Codes that already say the condition is past: old myocardial infarction, personal history (Z85–Z87, Z92).
    static func isHistoryCode(_ code: String) -> Bool {
        code == "I25.2" || ["Z85", "Z86", "Z87", "Z92"].contains { code.hasPrefix($0) }
    }

    static func historyCode(for code: String) -> String? {
        personalHistory.first { code.hasPrefix($0.prefix) }?.code
    }

    /// Signs and symptoms routinely part of a definitive diagnosis (Section I.B.5): the symptom's code prefix and the
    /// diagnoses (prefixes) that explain it: `Resources/integral-symptoms.tsv`, the first row whose symptom prefix matches
    /// deciding.
    static let integralSymptoms: [(symptom: String, explainedBy: [String])] = ConventionTables.lists(
        PackageResources.integral_symptoms_tsv, file: "integral-symptoms.tsv", columns: ["symptom", "explained by"])

    /// The diagnosis that makes a symptom integral, if one of the coded ones does.
    static func explanation(of symptom: String, among codes: some Sequence<String>) -> String? {
        guard let rule = integralSymptoms.first(where: { symptom.hasPrefix($0.symptom) }) else { return nil }
        return codes.first { code in code != symptom && rule.explainedBy.contains { code.hasPrefix($0) } }
    }

    /// A combination code and the codes it replaces: conditions the classification presumes linked when both are
    /// documented (the `with` convention, Section I.A.15; hypertension with heart and kidney disease, I.C.9.a;
    /// diabetes with its complications, I.C.4.a).
    struct Combination {
        var code: String
        var replaces: [String]
        var reason: String
        /// The codes whose mentions document a combination that replaces none (severe sepsis: the sepsis and its
        /// organ dysfunction); empty for one that replaces its parts.
        var from: [String] = []
    }

    static func combinations(_ codes: Set<String>) -> [Combination] {
        var out: [Combination] = []
        // hypertension, however it was read (I10, or a hypertensive heart or kidney code read from part of the words),
        // with the heart failure and chronic kidney disease the record codes: one combination code (I.C.9.a)
        let hypertensive = codes.filter { ["I10", "I11", "I12", "I13"].contains(String($0.prefix(3))) }
        let heartFailure = codes.first { $0.hasPrefix("I50") }
        let ckd = codes.first { $0.hasPrefix("N18") }
        let endStage = ckd.map { $0 == "N18.5" || $0 == "N18.6" } ?? false
        if !hypertensive.isEmpty {
            var target: (code: String, reason: String)?
            if heartFailure != nil, let ckd {
                target = (
                    endStage ? "I13.2" : "I13.0",
                    "hypertension with heart failure and \(ckd): the classification presumes the link (I.C.9.a.3)"
                )
            } else if let heartFailure, ckd == nil {
                target = (
                    "I11.0",
                    "hypertension with heart failure \(heartFailure): the classification presumes the link (I.C.9.a.1)"
                )
            } else if let ckd {
                target = (
                    endStage ? "I12.0" : "I12.9",
                    "hypertension with chronic kidney disease \(ckd): the classification presumes the link (I.C.9.a.2)"
                )
            }
            if let target, hypertensive != [target.code] {
                out.append(
                    Combination(
                        code: target.code, replaces: hypertensive.filter { $0 != target.code }.sorted(),
                        reason: target.reason))
            }
        }
        for (type, plain) in [("E11", "E11.9"), ("E10", "E10.9")] where codes.contains(plain) {
            let complications: [(String, String, String)] = [
                ("N18", "\(type).22", "chronic kidney disease"),
                ("G62.9", "\(type).42", "polyneuropathy"),
                ("I73.9", "\(type).51", "peripheral angiopathy"),
                ("K31.84", "\(type).43", "gastroparesis"),
            ]
            for (prefix, combined, name) in complications where codes.contains(where: { $0.hasPrefix(prefix) }) {
                out.append(
                    Combination(
                        code: combined, replaces: [plain],
                        reason: "diabetes with \(name): the classification presumes the link (`with`, I.A.15)"))
                break
            }
        }
        let sepsis = codes.filter { $0.hasPrefix("A40") || $0.hasPrefix("A41") }
        let organDysfunction = ["N17", "J96.0", "R57", "K72.0", "D65", "G93.41", "R40.2"]
        let organs = codes.filter { code in organDysfunction.contains { code.hasPrefix($0) } }
        if !sepsis.isEmpty, !codes.contains("R65.20"), !codes.contains("R65.21"), !organs.isEmpty {
            // (a shock the record does not call septic may be another kind: the coder asks, R65.21 is not assumed)
            out.append(
                Combination(
                    code: "R65.20", replaces: [],
                    reason:
                        "sepsis with acute organ dysfunction: severe sepsis is added after the infection (I.C.1.d.1.b)",
                    from: sepsis.union(organs).sorted()))
        }
        return out
    }
}

extension Suggester {
    /// The coded diagnosis that explains a symptom code as part of its usual presentation (I.B.5: `R07.9` chest pain
    /// with `I21.4`), or `nil`. Codes dotted, any case.
    public static func integralSymptomExplanation(of symptom: String, among codes: [String]) -> String? {
        CodingConventions.explanation(of: symptom.uppercased(), among: codes.map { $0.uppercased() })
    }
}
