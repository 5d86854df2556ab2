import Foundation
import Terminology

/// Clinical documentation improvement: where the documents stop short of a more specific code, or show clinical
/// indicators of a condition nobody documented, a compliant physician query (``PhysicianQuery``) with the indicators
/// quoted from the record.
///
/// Each opportunity names the codes it applies to (coded and unspecified, or a condition that is absent), the
/// indicators to look for (lab values, measurements, treatments, words), the question and its answers. A query is
/// raised only when the record holds at least one indicator: a query without clinical support is not compliant.
public struct DocumentationQueries: Sendable {
    struct Indicator: Sendable {
        var name: String
        var pattern: NSRegularExpression
        /// For a measured value: whether the number found (the first in the match) supports the query.
        var supports: (@Sendable (Double) -> Bool)?
    }

    struct Opportunity: Sendable {
        var rule: RuleDefinition
        var topic: String
        /// The codes (normalised prefixes) that open the opportunity when coded.
        var coded: [String]
        /// Codes (normalised prefixes) whose presence means the documentation already says enough.
        var satisfiedBy: [String]
        /// When set, the opportunity is for a condition not on the claim: it opens when none of these is coded.
        var absent: [String]?
        var question: String
        var options: [PhysicianQuery.Option]
        var indicators: [Indicator]
    }

    let opportunities: [Opportunity]

    public init() { opportunities = Self.standard }

    public static let rules: [RuleDefinition] = standard.map(\.rule)

    /// The queries for a claim: for each opportunity that opens, the indicators found in its documents.
    public func queries(for claim: Claim) -> [Finding] {
        let codes = claim.diagnoses.map { CodeFormat.normalize($0.code) }
        let documents = claim.documents ?? []
        var out: [Finding] = []
        for o in opportunities {
            let has = { (prefixes: [String]) in codes.contains { c in prefixes.contains { c.hasPrefix($0) } } }
            let queried: String?
            if let absent = o.absent {
                guard !has(absent) else { continue }
                queried = nil
            } else {
                guard let c = codes.first(where: { c in o.coded.contains { c.hasPrefix($0) } }), !has(o.satisfiedBy)
                else {
                    continue
                }
                queried = CodeFormat.dottedCM(c)
            }
            var evidence: [Finding.Evidence] = []
            for (d, document) in documents.enumerated() {
                guard let text = document.text else { continue }
                evidence += Self.find(o.indicators, in: text, document: d)
            }
            guard !evidence.isEmpty else { continue }
            let query = PhysicianQuery(
                topic: o.topic, queriedCode: queried, question: o.question, indicators: evidence,
                options: o.options + [
                    .init(label: "Other (please specify)"), .init(label: "Clinically undetermined"),
                ])
            var seen = Set<String>()
            let quoted = evidence.map(\.text).filter { seen.insert($0.lowercased()).inserted }.prefix(5)
                .map { "\"\($0)\"" }.joined(separator: ", ")
            out.append(
                Finding(
                    rule: o.rule.id, severity: o.rule.severity,
                    message: (queried.map { "\($0) is coded; " } ?? "") + "the record shows \(quoted): \(o.question)",
                    codes: queried.map { [$0] } ?? [], evidence: evidence, source: o.rule.source,
                    fix: "Send the physician query; code from the answer.", query: query))
        }
        return out
    }

    /// Every match of the indicators in a document, as evidence with UTF-8 byte offsets; a measured value that does
    /// not support the query is left out.
    static func find(_ indicators: [Indicator], in text: String, document: Int) -> [Finding.Evidence] {
        let ns = text as NSString
        var out: [Finding.Evidence] = []
        var taken: [Range<Int>] = []
        for indicator in indicators {
            for m in indicator.pattern.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
                guard let r = Range(m.range, in: text) else { continue }
                let matched = String(text[r])
                if let supports = indicator.supports {
                    // the value is the pattern's group: a label may hold digits of its own (SpO2, PaCO2)
                    let number = m.numberOfRanges > 1 ? Range(m.range(at: 1), in: text).map { String(text[$0]) } : nil
                    guard let value = Self.firstNumber(in: number ?? matched), supports(value) else { continue }
                }
                let start = text.utf8.distance(from: text.utf8.startIndex, to: r.lowerBound)
                let end = start + matched.utf8.count
                guard !taken.contains(where: { $0.overlaps(start..<end) }) else { continue }
                taken.append(start..<end)
                out.append(
                    .init(
                        text: matched, field: "documents[\(document)].text", document: document, start: start, end: end,
                        label: indicator.name))
            }
        }
        return out.sorted { ($0.document ?? 0, $0.start ?? 0) < ($1.document ?? 0, $1.start ?? 0) }
    }

    /// The first number of a text, thousands separators allowed (`1,200` → 1200).
    static func firstNumber(in text: String) -> Double? {
        var digits = ""
        var started = false
        for ch in text {
            if ch.isNumber {
                digits.append(ch)
                started = true
            } else if started && ch == "," {
                continue
            } else if started && ch == "." && !digits.contains(".") {
                digits.append(ch)
            } else if started {
                break
            }
        }
        if digits.hasSuffix(".") { digits.removeLast() }
        return Double(digits)
    }

    static func regex(_ pattern: String) -> NSRegularExpression {
        // the patterns are written here and tested; a bad one is a programming error
        try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
    }

    static func value(_ name: String, _ pattern: String, _ supports: @escaping @Sendable (Double) -> Bool) -> Indicator
    {
        Indicator(name: name, pattern: regex(pattern), supports: supports)
    }

    static func words(_ name: String, _ pattern: String) -> Indicator {
        Indicator(name: name, pattern: regex(pattern), supports: nil)
    }

    /// The number after a label within a few characters: `BNP 1,200`, `EF of 25%`, `Hgb: 6.8`; the number is group 1.
    static func measured(_ label: String) -> String {
        "\\b(?:\(label))\\b[^0-9\\n.;]{0,24}((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)(?:\\s*%)?"
    }

    static let source =
        "AHIMA/ACDIS Guidelines for Achieving a Compliant Query Practice (2022 update); ICD-10-CM Official Guidelines I.B.14"

    static let standard: [Opportunity] = [
        Opportunity(
            rule: RuleDefinition(
                "cdi.heart-failure-type-acuity", .warning,
                "Heart failure coded without its type (systolic, diastolic, combined) or acuity, with clinical indicators in the record.",
                source: source),
            topic: "heart-failure-type-acuity", coded: ["I509", "I5020", "I5030", "I5040"],
            satisfiedBy: ["I5021", "I5022", "I5023", "I5031", "I5032", "I5033", "I5041", "I5042", "I5043"],
            absent: nil,
            question:
                "Based on your clinical judgment, can the type and acuity of the heart failure be further specified?",
            options: [
                .init(label: "Acute systolic (HFrEF) heart failure", code: "I50.21"),
                .init(label: "Chronic systolic (HFrEF) heart failure", code: "I50.22"),
                .init(label: "Acute on chronic systolic (HFrEF) heart failure", code: "I50.23"),
                .init(label: "Acute diastolic (HFpEF) heart failure", code: "I50.31"),
                .init(label: "Chronic diastolic (HFpEF) heart failure", code: "I50.32"),
                .init(label: "Acute on chronic diastolic (HFpEF) heart failure", code: "I50.33"),
                .init(label: "Acute on chronic combined systolic and diastolic heart failure", code: "I50.43"),
            ],
            indicators: [
                value("BNP", measured("NT-?pro-?BNP|pro-?BNP|BNP|B-type natriuretic peptide"), { $0 > 100 }),
                value("ejection fraction", measured("LVEF|EF|ejection fraction"), { $0 > 0 && $0 <= 100 }),
                words(
                    "presentation",
                    "\\b(?:exacerbation|decompensat\\w*|fluid overload|volume overload|pulmonary edema|pulmonary congestion)\\b"
                ),
                words("treatment", "\\b(?:IV|intravenous)\\s+(?:furosemide|lasix|bumetanide|diuresis|diuretics?)\\b"),
                words("examination", "\\b(?:JVD|jugular venous distension|crackles|rales|orthopnea|pitting edema)\\b"),
            ]),
        Opportunity(
            rule: RuleDefinition(
                "cdi.anemia-type", .warning, "Anemia coded without its type, with clinical indicators in the record.",
                source: source),
            topic: "anemia-type", coded: ["D649"],
            satisfiedBy: ["D50", "D51", "D52", "D53", "D55", "D56", "D57", "D58", "D59", "D60", "D61", "D62", "D63"],
            absent: nil,
            question: "Based on your clinical judgment, can the type of anemia be further specified?",
            options: [
                .init(label: "Acute blood loss anemia", code: "D62"),
                .init(label: "Iron deficiency anemia", code: "D50.9"),
                .init(label: "Anemia in chronic kidney disease", code: "D63.1"),
                .init(label: "Anemia of chronic disease", code: "D63.8"),
                .init(label: "Vitamin B12 deficiency anemia", code: "D51.9"),
            ],
            indicators: [
                value("hemoglobin", measured("hemoglobin|hgb|hb"), { $0 > 0 && $0 < 12 }),
                value("hematocrit", measured("hematocrit|hct"), { $0 > 0 && $0 < 36 }),
                words(
                    "treatment",
                    "\\b(?:transfus\\w+|PRBCs?|packed red (?:blood )?cells|iron supplementation|ferrous sulfate)\\b"),
                words("presentation", "\\b(?:blood loss|bleeding|melena|hematochezia|hematemesis)\\b"),
            ]),
        Opportunity(
            rule: RuleDefinition(
                "cdi.malnutrition-severity", .warning,
                "Malnutrition coded without its severity, with clinical indicators in the record.",
                source: source),
            topic: "malnutrition-severity", coded: ["E46", "E639"],
            satisfiedBy: ["E40", "E41", "E42", "E43", "E440", "E441"],
            absent: nil,
            question: "Based on your clinical judgment, can the severity of the malnutrition be further specified?",
            options: [
                .init(label: "Mild protein-calorie malnutrition", code: "E44.1"),
                .init(label: "Moderate protein-calorie malnutrition", code: "E44.0"),
                .init(label: "Severe protein-calorie malnutrition", code: "E43"),
            ],
            indicators: [
                value("BMI", measured("BMI|body mass index"), { $0 > 0 && $0 < 18.5 }),
                value("albumin", measured("albumin"), { $0 > 0 && $0 < 3.5 }),
                words(
                    "presentation",
                    "\\b(?:weight loss|lost \\d+\\s*(?:kg|lb|lbs|pounds)|poor (?:oral )?intake|muscle wasting|cachexi\\w*|temporal wasting)\\b"
                ),
                words(
                    "treatment",
                    "\\b(?:dietitian|nutrition consult|tube feeding|TPN|parenteral nutrition|oral supplements?)\\b"),
            ]),
        Opportunity(
            rule: RuleDefinition(
                "cdi.respiratory-failure-acuity", .warning,
                "Respiratory failure coded without its acuity or type, with clinical indicators in the record.",
                source: source),
            topic: "respiratory-failure-acuity", coded: ["J9690", "J9691", "J9692"],
            satisfiedBy: ["J960", "J961", "J962"],
            absent: nil,
            question:
                "Based on your clinical judgment, can the acuity and type of the respiratory failure be further specified?",
            options: [
                .init(label: "Acute respiratory failure with hypoxia", code: "J96.01"),
                .init(label: "Acute respiratory failure with hypercapnia", code: "J96.02"),
                .init(label: "Chronic respiratory failure with hypoxia", code: "J96.11"),
                .init(label: "Acute on chronic respiratory failure with hypoxia", code: "J96.21"),
                .init(label: "Acute on chronic respiratory failure with hypercapnia", code: "J96.22"),
            ],
            indicators: [
                value(
                    "oxygen saturation", measured("SpO2|O2 sat(?:uration)?|oxygen saturation|sat(?:urating)?"),
                    { $0 > 0 && $0 < 91 }),
                value("pO2", measured("pO2|PaO2"), { $0 > 0 && $0 < 60 }),
                value("pCO2", measured("pCO2|PaCO2"), { $0 > 50 }),
                words(
                    "treatment",
                    "\\b(?:BiPAP|CPAP|intubat\\w+|mechanical ventilation|high[- ]flow|non-?rebreather|home oxygen)\\b"),
                words("presentation", "\\b(?:respiratory distress|accessory muscles?|tachypnea|use of accessory)\\b"),
            ]),
        Opportunity(
            rule: RuleDefinition(
                "cdi.sepsis-organ-dysfunction", .warning,
                "Sepsis coded without saying whether acute organ dysfunction is present, with indicators of it in the record.",
                source: source),
            topic: "sepsis-organ-dysfunction", coded: ["A41", "A40", "A021", "A227", "A267", "A327", "A427", "B377"],
            satisfiedBy: ["R652"],
            absent: nil,
            question: "Based on your clinical judgment, is there acute organ dysfunction associated with the sepsis?",
            options: [
                .init(label: "Sepsis without acute organ dysfunction"),
                .init(label: "Severe sepsis with acute organ dysfunction, without septic shock", code: "R65.20"),
                .init(label: "Severe sepsis with septic shock", code: "R65.21"),
            ],
            indicators: [
                value("lactate", measured("lactate|lactic acid"), { $0 > 2 }),
                value("creatinine", measured("creatinine|Cr"), { $0 > 1.5 && $0 < 30 }),
                value("mean arterial pressure", measured("MAP|mean arterial pressure"), { $0 > 0 && $0 < 65 }),
                words("treatment", "\\b(?:norepinephrine|levophed|vasopressin|vasopressors?|pressors?)\\b"),
                words(
                    "presentation",
                    "\\b(?:hypotension|altered mental status|encephalopathy|oliguria|thrombocytopenia)\\b"),
            ]),
        Opportunity(
            rule: RuleDefinition(
                "cdi.hyponatremia-undocumented", .info,
                "A low sodium in the record and no hyponatremia (or other sodium disorder) coded.", source: source),
            topic: "hyponatremia-undocumented", coded: [], satisfiedBy: [], absent: ["E871", "E222"],
            question:
                "Based on your clinical judgment, can the clinical significance of the sodium values be clarified?",
            options: [
                .init(label: "Hyponatremia", code: "E87.1"),
                .init(label: "Syndrome of inappropriate antidiuretic hormone (SIADH)", code: "E22.2"),
                .init(label: "Not clinically significant"),
            ],
            indicators: [value("sodium", measured("sodium|Na\\+?"), { $0 >= 100 && $0 < 132 })]),
    ]
}
