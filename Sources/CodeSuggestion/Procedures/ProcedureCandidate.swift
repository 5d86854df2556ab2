import NoteAnalysis

/// A procedure read from one sentence, before it is checked against the code set and its assertion.
struct ProcedureCandidate: Sendable {
    /// What the procedure is called (the trigger's lexicon name).
    var name: String
    /// The patterns of one code: a code fitting any of them (one per body part value the words allow).
    var patterns: [PCSPattern]
    /// Word indices (in the sentence's `ProcedureWord`s) of the trigger.
    var trigger: Range<Int>
    /// Word indices the evidence covers (trigger and the words that gave its axes).
    var evidence: Range<Int>
    /// How each axis was decided.
    var reasons: [String]
    /// Base confidence before the code set says whether the code is complete.
    var confidence: Double
    /// A reason not to code it found in the sentence (`scheduled`, `refused`), with the words.
    var notDone: (reason: NotCodedReason, words: String)?
    /// Patterns tried when `patterns` fit no code (the same without an approach read from context).
    var fallback: [PCSPattern] = []
}
