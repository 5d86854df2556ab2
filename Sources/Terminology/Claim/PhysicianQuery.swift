/// A compliant physician query (AHIMA/ACDIS "Guidelines for Achieving a Compliant Query Practice"): an open question
/// that does not lead, the clinical indicators quoted from the record, and multiple-choice answers that include
/// "other" and "clinically undetermined". What each answer would do to the DRG is for the department, not the
/// physician: it is kept apart from the question.
public struct PhysicianQuery: Codable, Sendable, Hashable {
    public struct Option: Codable, Sendable, Hashable {
        public var label: String
        /// The code the answer would be coded as; nil for "other" and "clinically undetermined".
        public var code: String?
        /// Filled by the grouper's what-if: the DRG, its weight and the change from the claim as coded.
        public var drg: String?
        public var weight: Double?
        public var weightChange: Double?

        public init(label: String, code: String? = nil) {
            self.label = label
            self.code = code
        }
    }

    /// What the query is about (`heart-failure-type-acuity`).
    public var topic: String
    /// The code on the claim the query would make more specific, if any.
    public var queriedCode: String?
    public var question: String
    /// The clinical indicators, quoted from the documents.
    public var indicators: [Finding.Evidence]
    public var options: [Option]

    public init(
        topic: String, queriedCode: String?, question: String, indicators: [Finding.Evidence], options: [Option]
    ) {
        self.topic = topic
        self.queriedCode = queriedCode
        self.question = question
        self.indicators = indicators
        self.options = options
    }

    /// The largest weight gain among the answers (0 when none raises it, nil before the what-if ran).
    public var bestWeightChange: Double? {
        let changes = options.compactMap(\.weightChange)
        return changes.isEmpty ? nil : max(0, changes.max()!)
    }
}
