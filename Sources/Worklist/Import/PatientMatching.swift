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
        let a = normalisedName(nameA)
        let b = normalisedName(nameB)
        if a == b { return "same name and birth date" }
        let distance = editDistance(a, b)
        guard distance <= maximumEditDistance else { return nil }
        return "similar name (edit distance \(distance)) and same birth date"
    }
}
