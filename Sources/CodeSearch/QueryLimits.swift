/// The most a lookup query may hold, so that every query does bounded work: coders type a few words, a form a
/// phrase; nothing longer is a lookup. The service answers 400 naming the limit (`QueryLimits.problem(_:)`).
public enum QueryLimits {
    /// The most characters in a query.
    public static let maximumLength = 256
    /// The most characters in one word of a query (the longest English medical words are under 50).
    public static let maximumWordLength = 64

    /// What is wrong with `query` in one line (the caller names the parameter), or nil when it is within the limits.
    /// - Complexity: O(*n*) in the query's length, stopping at the first limit passed.
    public static func problem(_ query: String) -> String? {
        var characters = 0
        var word = 0
        var wordStart = query.startIndex
        var index = query.startIndex
        while index < query.endIndex {
            let c = query[index]
            characters += 1
            if characters > maximumLength {
                let total = query.count
                return "\(total) characters; a query holds at most \(maximumLength)"
            }
            if c.isWhitespace {
                word = 0
                wordStart = query.index(after: index)
            } else {
                word += 1
                if word > maximumWordLength {
                    let start = query[wordStart...].prefix(20)
                    return "the word \"\(start)…\" is longer than \(maximumWordLength) characters"
                }
            }
            index = query.index(after: index)
        }
        return nil
    }
}
