/// A word, number or punctuation mark of a note, with its place in the note's UTF-8 bytes.
public struct Token: Sendable, Hashable {
    /// What a token is made of.
    public enum Kind: UInt8, Sendable, Hashable {
        /// Letters, possibly with digits and inner joiners (`s/p`, `x-ray`, `patient's`, `DM2`).
        case word
        /// Digits, possibly with inner `.`, `,`, `/` or `-` (`2.5`, `109/68`, `14.610`).
        case number
        /// One character that is neither letter, digit nor space (`.`, `;`, `?`, `–`).
        case punctuation
    }

    /// The token's UTF-8 byte range in the note.
    public var range: Range<Int>
    /// What the token is made of.
    public var kind: Kind
    /// The token in lower case (ASCII lower-cased byte by byte; other text with `lowercased()`).
    public var normalized: String
    /// True when every letter of the token as written is upper case (`CHF`, `DM2`, `A/P`).
    public var isUpperCase: Bool
    /// True when the token as written starts with an upper-case letter.
    public var isCapitalized: Bool

    public init(range: Range<Int>, kind: Kind, normalized: String, isUpperCase: Bool, isCapitalized: Bool) {
        self.range = range
        self.kind = kind
        self.normalized = normalized
        self.isUpperCase = isUpperCase
        self.isCapitalized = isCapitalized
    }
}
