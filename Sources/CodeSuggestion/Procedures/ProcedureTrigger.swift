/// What a procedure phrase of the lexicon stands for.
enum ProcedureTrigger: Sendable {
    /// A procedure with a code pattern of its own (`ECG` → 4A02X4Z), refined by words of the sentence.
    case fixed(FixedProcedure)
    /// An imaging modality (the third character of an Imaging code: 0 plain radiography, 2 CT, 3 MRI, 4 ultrasound);
    /// the region comes from the words next to it.
    case imaging(modality: String, name: String)
    /// An operation: a root operation, with or without the body part built into the word (`cholecystectomy`).
    case operation(OperativeTerm)
}

/// A procedure the lexicon knows with its code pattern.
struct FixedProcedure: Sendable {
    var name: String
    /// The code pattern, `?` where the sentence must tell (`"08J?XZZ"`).
    var pattern: String
    /// Words of the sentence that fix an open axis.
    var refinements: [Refinement] = []
    /// The body part when the pattern leaves it open to a side (axis 4).
    var site: AnatomySite? = nil
    /// Words that, right after the phrase, mean something else (`isolation of` a germ).
    var notFollowedBy: Set<String> = []
}

/// Words that fix one axis of a pattern when the sentence holds any of them.
struct Refinement: Sendable {
    var words: [String]
    /// The 0-based axis.
    var axis: Int
    var value: String
    var reason: String
}

/// An operation word or phrase: its root operation (third character) and, for words that name the organ, the body part.
struct OperativeTerm: Sendable {
    var name: String
    /// The root operation value (`T` resection, `B` excision, `9` drainage, `J` inspection…).
    var rootOperation: String
    /// The site built into the word, if any; otherwise the nearest anatomy word of the sentence.
    var site: AnatomySite? = nil
    /// The qualifier (seventh character) the word fixes, `X` for diagnostic.
    var qualifier: String? = nil
    /// The approach the word implies (`laparotomy` is open).
    var approach: String? = nil
    /// Whether `partial` or a lesion as object turns a resection into an excision.
    var partialBecomesExcision = true
}
