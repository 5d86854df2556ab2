import Foundation

/// How potential duplicate patients are recognised: the same normalised name and birth date under two MRNs, or
/// names within an edit distance of ``maximumEditDistance`` with the same birth date.
public enum PatientMatching {
    public static let maximumEditDistance = 2

    /// Lower case ASCII letters of each name part, the parts sorted: `O'Brien, Mary-Ann` and `Mary Ann OBrien` match.
    public static func normalisedName(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        let parts = folded.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "-" })
            .map { String($0.filter { $0.isASCII && $0.isLetter }) }
            .filter { !$0.isEmpty }
        return parts.sorted().joined(separator: " ")
    }

    /// The Levenshtein distance between two strings, in characters.
    /// - Complexity: O(*m* × *n*) time, O(*n*) memory.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// Why two patients with the same birth date may be one person, or nil when their names are too far apart.
    public static func duplicateReason(_ nameA: String, _ nameB: String) -> String? {
        duplicateReason(normalised: normalisedName(nameA), normalisedName(nameB))
    }

    /// ``duplicateReason(_:_:)`` of two names already normalised (``normalisedName(_:)``).
    public static func duplicateReason(normalised a: String, _ b: String) -> String? {
        if a == b { return "same name and birth date" }
        guard let distance = distance(Array(a.utf8), Array(b.utf8), atMost: maximumEditDistance) else { return nil }
        return "similar name (edit distance \(distance)) and same birth date"
    }

    /// The Levenshtein distance of two byte strings when it is at most `limit`, else nil; only the diagonal band
    /// of width 2 × `limit` + 1 is computed.
    /// - Complexity: O(*n* × `limit`).
    public static func distance(_ a: [UInt8], _ b: [UInt8], atMost limit: Int) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        let big = limit + 1
        var previous = [Int](repeating: big, count: b.count + 1)
        var current = [Int](repeating: big, count: b.count + 1)
        for j in 0...min(b.count, limit) { previous[j] = j }
        for i in 1...a.count {
            let lo = max(1, i - limit)
            let hi = min(b.count, i + limit)
            for j in 0...b.count { current[j] = big }
            if i <= limit { current[0] = i }
            var rowMin = current[0]
            if lo <= hi {
                for j in lo...hi {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost, big)
                    rowMin = min(rowMin, current[j])
                }
            }
            if rowMin > limit { return nil }
            swap(&previous, &current)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }

    /// The blocking keys of a normalised name: the first and the last three letters of each of its parts. Two
    /// names within ``maximumEditDistance`` share a key unless the edits touch both ends of every part, so
    /// candidates are looked up by birth date and key instead of compared with every patient of the birth date.
    public static func blockingKeys(normalised name: String) -> [String] {
        var keys: [String] = []
        for part in name.split(separator: " ") where part.count >= 2 {
            for key in ["p" + part.prefix(3), "s" + part.suffix(3)] where !keys.contains(key) { keys.append(key) }
        }
        if keys.isEmpty { keys.append("n" + name) }
        return keys
    }

    /// The most candidates one blocking key yields (the most recent patients): real blocks are a few patients;
    /// a block of thousands (one birth date, one name) is bounded, not quadratic.
    public static let candidatesPerKey = 32
    /// The most pairs flagged for one patient in one import.
    public static let maximumFlagsPerPatient = 10
}
