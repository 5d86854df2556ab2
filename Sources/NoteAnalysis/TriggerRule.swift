/// A phrase in the assertion lexicon and what it does.
public struct TriggerRule: Sendable, Hashable {
    /// Which way a trigger's scope runs from it.
    public enum Direction: String, Sendable, Hashable {
        /// Over the words after it (`no fever`).
        case forward
        /// Over the words before it (`pneumonia was ruled out`).
        case backward
        /// Both ways (`pneumonia versus atelectasis`).
        case both
    }

    /// What a phrase does.
    public enum Role: Sendable, Hashable {
        /// Gives a status to the findings in its scope.
        case trigger(AssertionStatus, Direction)
        /// Looks like a trigger but is not one (`no change`, `gram negative`); its words trigger nothing.
        case pseudo
        /// Ends the scope of triggers of these statuses (all of them when `nil`): `but`, `however`, `;`.
        case terminator(Set<AssertionStatus>?)
    }

    /// The phrase, matched on whole tokens, case-insensitively.
    public var phrase: String
    /// What it does.
    public var role: Role
    /// The longest scope in words, `nil` for the analyzer's window.
    public var window: Int?
    /// Whether a comma ends the scope (a singular backward trigger: `pneumonia, PE was ruled out`).
    public var stopsAtComma: Bool

    public init(_ phrase: String, _ role: Role, window: Int? = nil, stopsAtComma: Bool = false) {
        self.phrase = phrase
        self.role = role
        self.window = window
        self.stopsAtComma = stopsAtComma
    }
}
