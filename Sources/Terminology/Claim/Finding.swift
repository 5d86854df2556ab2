/// One thing a review found on a claim: which rule, how serious, what a coder should read, which codes it concerns,
/// the evidence, where the rule comes from and how to fix it. `coder check` prints these (INTERFACES.md).
public struct Finding: Codable, Sendable, Hashable {
    public enum Severity: String, Codable, Sendable, Comparable, CaseIterable {
        case error, warning, info
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
        /// error first.
        var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
    }

    /// What supports a finding: a claim field, or a span of a document's text (UTF-8 byte offsets).
    public struct Evidence: Codable, Sendable, Hashable {
        public var text: String
        public var field: String?
        public var document: Int?
        public var start: Int?
        public var end: Int?
        public var section: String?
        /// What the quoted text is, for a clinical indicator (`BNP`, `ejection fraction`).
        public var label: String?

        public init(
            text: String, field: String? = nil, document: Int? = nil, start: Int? = nil, end: Int? = nil,
            section: String? = nil, label: String? = nil
        ) {
            self.label = label
            self.text = text
            self.field = field
            self.document = document
            self.start = start
            self.end = end
            self.section = section
        }
    }

    /// A stable id (`mce.age-conflict`).
    public var rule: String
    public var severity: Severity
    public var message: String
    public var codes: [String]
    public var evidence: [Evidence]
    /// Where the rule comes from: an edit (`Medicare Code Editor: AGE_CONFLICT`) or a guideline section.
    public var source: String?
    /// What to do about it.
    public var fix: String?
    /// The physician query to send, for a documentation finding.
    public var query: PhysicianQuery?

    public init(
        rule: String, severity: Severity, message: String, codes: [String] = [], evidence: [Evidence] = [],
        source: String? = nil, fix: String? = nil, query: PhysicianQuery? = nil
    ) {
        self.query = query
        self.rule = rule
        self.severity = severity
        self.message = message
        self.codes = codes
        self.evidence = evidence
        self.source = source
        self.fix = fix
    }
}
