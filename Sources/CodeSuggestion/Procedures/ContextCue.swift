/// A word of the sentence that tells an axis of a procedure it does not name itself.
enum ContextCue: Sendable {
    /// A body part (for operations).
    case anatomy(AnatomySite)
    /// An imaging region key (`chest`, `abdomen`), combined with the keys next to it.
    case region(String)
    /// An approach value (fifth character) and the words that gave it.
    case approach(String, String)
    case laterality(Laterality)
    /// Imaging without contrast (fifth character Z).
    case noContrast
    /// A lesion, mass or part of an organ is the object: excision rather than resection.
    case partial
    /// Planned, proposed or refused rather than done.
    case notDone(NotCodedReason)
    /// A word that keeps an imaging region run going (`of`, `the`, `and`, `scan`).
    case connector
}
