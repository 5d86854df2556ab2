/// Whether a finding is asserted of the patient now, ConText-style.
public enum AssertionStatus: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Asserted of the patient: code it.
    case present
    /// Denied or ruled out (`denies chest pain`, `pneumonia was ruled out`).
    case negated
    /// Possible, probable, suspected, to be ruled out (`possible pneumonia`, `r/o MI`).
    case uncertain
    /// In the patient's past (`history of MI`, `s/p appendectomy`, under Past Medical History).
    case historical
    /// Of a relative, not the patient (`mother had breast cancer`, under Family History).
    case family
    /// Not happening: instructions, risks, prophylaxis (`return if chest pain`, `should he develop fever`).
    case hypothetical
    /// Only under a condition (`chest pain with exertion`, `dyspnea when lying flat`).
    case conditional

    /// The precedence when several statuses apply to one mention, strongest first: a denial outranks everything
    /// (`no family history of colon cancer` is neither the patient's nor a relative's condition), then family
    /// (never the patient's), hypothetical (not happening), uncertain, conditional, historical (still a real
    /// condition, coded as history), present.
    public static let precedence: [AssertionStatus] = [
        .negated, .family, .hypothetical, .uncertain, .conditional, .historical, .present,
    ]

    var rank: Int { Self.precedence.firstIndex(of: self)! }

    /// The ConText dimension a status belongs to: existence (negated, uncertain), experiencer (family), time
    /// (historical, hypothetical) or condition. A trigger's scope ends at a trigger of another status in its own
    /// dimension (`no fever, possible pneumonia`) and runs through the others (`denies history of stroke`).
    public var dimension: Int {
        switch self {
        case .present: 0
        case .negated, .uncertain: 1
        case .family: 2
        case .historical, .hypothetical: 3
        case .conditional: 4
        }
    }

    /// Orders by precedence: the stronger status is the smaller.
    public static func < (a: AssertionStatus, b: AssertionStatus) -> Bool { a.rank < b.rank }
}

/// One reason a mention has a status: a trigger phrase in the sentence and its scope, or the section it is in.
public struct AssertionCue: Sendable, Hashable {
    /// Where the cue comes from.
    public enum Source: String, Sendable, Hashable, Codable {
        /// A trigger phrase in the sentence.
        case trigger
        /// The section the mention is in (Family History, Past Medical History…).
        case section
    }

    /// The status the cue gives.
    public var status: AssertionStatus
    /// Trigger or section.
    public var source: Source
    /// The trigger's text as written, or the section header's.
    public var text: String
    /// The trigger's UTF-8 byte range (the header's for a section cue; `nil` for an unlabeled section).
    public var range: Range<Int>?
    /// The bytes the trigger governs (the whole sentence for a section cue).
    public var scope: Range<Int>

    public init(status: AssertionStatus, source: Source, text: String, range: Range<Int>?, scope: Range<Int>) {
        self.status = status
        self.source = source
        self.text = text
        self.range = range
        self.scope = scope
    }
}

/// The assertion status of one mention of a finding, with the cue that decided it and every cue that applied.
public struct Assertion: Sendable, Hashable {
    /// The status after precedence (`AssertionStatus.precedence`).
    public var status: AssertionStatus
    /// The cue that decided the status; `nil` when the finding is present.
    public var cue: AssertionCue?
    /// Every cue whose scope covers the mention, in order of precedence.
    public var cues: [AssertionCue]
    /// The decisive cue's scope, or the sentence for a present finding.
    public var scope: Range<Int>

    /// The trigger's text and byte range when a trigger phrase decided the status.
    public var trigger: (text: String, range: Range<Int>)? {
        guard let cue, cue.source == .trigger, let r = cue.range else { return nil }
        return (cue.text, r)
    }

    /// Every status that applies (`[.present]` when none does).
    public var statuses: Set<AssertionStatus> { cues.isEmpty ? [.present] : Set(cues.map(\.status)) }

    /// Whether the status applies, decisive or not (`history of no MI`: negated and historical).
    public func has(_ status: AssertionStatus) -> Bool { statuses.contains(status) }

    public init(status: AssertionStatus, cue: AssertionCue?, cues: [AssertionCue], scope: Range<Int>) {
        self.status = status
        self.cue = cue
        self.cues = cues
        self.scope = scope
    }
}
