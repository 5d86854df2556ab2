/// The ICD-10-CM conventions the suggester applies to the codes it found, as small tables keyed by code prefix.
enum CodingConventions {
    /// A condition documented as past (`history of …`, `status post …`) and the personal history code the
    /// Alphabetic Index gives it (`History, personal` and `Infarction, myocardial, old`).
    static let personalHistory: [(prefix: String, code: String)] = [
        ("I21", "I25.2"), ("I22", "I25.2"),
        ("I63", "Z86.73"), ("G45", "Z86.73"),
        ("I26", "Z86.711"), ("I82", "Z86.718"),
        ("J18", "Z87.01"), ("J12", "Z87.01"), ("J13", "Z87.01"), ("J15", "Z87.01"),
        ("N39.0", "Z87.440"), ("N20", "Z87.442"),
        ("K25", "Z87.11"), ("K26", "Z87.11"), ("K27", "Z87.11"),
        ("F17", "Z87.891"),
        ("A15", "Z86.11"),
        ("C50", "Z85.3"), ("C61", "Z85.46"), ("C18", "Z85.038"), ("C34", "Z85.118"), ("C64", "Z85.528"),
        ("C67", "Z85.51"), ("C43", "Z85.820"), ("C73", "Z85.850"), ("C53", "Z85.41"), ("C56", "Z85.43"),
        ("T14.8", "Z87.81"),
        // an injury of the past: a healed fracture (the fracture categories, S02-S92 by tens), a traumatic brain
        // injury, any other injury (`History, personal, fracture (traumatic) (healed)`; `… trauma`)
        ("S02", "Z87.81"), ("S12", "Z87.81"), ("S22", "Z87.81"), ("S32", "Z87.81"), ("S42", "Z87.81"),
        ("S52", "Z87.81"), ("S62", "Z87.81"), ("S72", "Z87.81"), ("S82", "Z87.81"), ("S92", "Z87.81"),
        ("S06", "Z87.820"), ("S", "Z87.828"),
        ("O", "Z87.59"),
    ]

    /// Codes that already say the condition is past: old myocardial infarction, personal history (Z85–Z87, Z92).
    static func isHistoryCode(_ code: String) -> Bool {
        code == "I25.2" || ["Z85", "Z86", "Z87", "Z92"].contains { code.hasPrefix($0) }
    }

    static func historyCode(for code: String) -> String? {
        personalHistory.first { code.hasPrefix($0.prefix) }?.code
    }

    /// Signs and symptoms routinely part of a definitive diagnosis (Section I.B.5): the symptom's code prefix and the
    /// diagnoses (prefixes) that explain it.
    static let integralSymptoms: [(symptom: String, explainedBy: [String])] = [
        ("R07", ["I20", "I21", "I22", "I24"]),
        ("R10", ["K35", "K36", "K37", "K80", "K81", "K85"]),
        ("R06.0", ["I50", "J81", "J96"]),
        ("R05", ["J12", "J13", "J14", "J15", "J16", "J18", "J20", "J40"]),
        ("R31", ["N20", "N21"]),
        ("N23", ["N20", "N21"]),
        ("R11", ["K52", "A08", "K85"]),
        ("R19.7", ["K52", "A08", "A09"]),
        ("R30.0", ["N39.0", "N30"]),
        ("R59", ["C81", "C82", "C83", "C84", "C85", "C88", "C91"]),
        (
            "R50",
            ["A40", "A41", "J12", "J13", "J14", "J15", "J16", "J18", "J69", "N10", "L03", "K35", "K81", "J20", "U07.1"]
        ),
        // edema of heart failure; sweating and nausea of an infarction; wheezing and dyspnea of an exacerbation
        ("R60", ["I50", "I11.0", "I13.0", "I13.2"]),
        ("R61", ["I21", "I22"]),
        ("R06.2", ["J44", "J45"]),
        ("R06.0", ["J44.1", "J45", "I26"]),
        ("R09.02", ["J96", "J44.1", "J12", "J18", "U07.1"]),
        ("R00.0", ["I48", "I47"]),
        ("R00.2", ["I48", "I47"]),
        ("R41.82", ["G93.41", "F05", "F10.231", "F10.921"]),
        ("R41.0", ["G93.41", "F05", "F10.231", "F10.921"]),
        ("R55", ["I95.1"]),
        ("R42", ["I95"]),
        ("R11", ["E10.1", "E11.1", "K56", "K29", "K80", "K81", "K25", "K26", "K27"]),
        ("R10", ["K56", "K29", "K25", "K26", "K27", "N10", "N20"]),
        ("R22", ["L02", "L03"]),
        ("M79.6", ["L02", "L03", "I80", "I82"]),
        ("M25.5", ["S72", "S73", "S82", "S83", "M16", "M17", "M87"]),
        ("R26", ["S72", "I63", "I61"]),
        ("R47.0", ["I63", "I61"]),
        ("R29.8", ["I63", "I61"]),
        ("R53", ["D62", "E86", "A41", "I63"]),
        ("R63.1", ["E86", "E10.1", "E11.0", "E11.1"]),
        ("R35", ["E10.1", "E11.0", "E11.1"]),
        ("R82.4", ["E10.1", "E11.1"]),
        ("R17", ["K70", "K74", "K80", "K83"]),
        ("R18", ["K70.3", "K70.4", "K74"]),
        ("R19.7", ["A04.7", "K52", "A08", "A09"]),
        ("R39", ["N39.0", "N10", "N30"]),
        ("R31", ["N20", "N21", "N30"]),
        ("R07.8", ["I26"]),
    ]

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
