import Terminology

/// The ICD-10-PCS codes of one loaded code set, sorted, with their titles: every code or prefix the suggester emits
/// is checked against it.
struct PCSCodeIndex: Sendable {
    /// A code or prefix found for a pattern.
    struct Resolution: Sendable, Hashable {
        /// A full seven-character code, or the prefix every matching code shares.
        var code: String
        var title: String
        /// True for a prefix.
        var partial: Bool
        /// How many codes of the set fit the pattern.
        var candidates: Int
    }

    /// The codes, upper case, sorted.
    let codes: [String]
    /// Titles by code.
    let titles: [String: String]
    /// The code-set version the codes come from.
    let version: String

    /// Reads the codes of the newest ICD-10-PCS code set the library holds.
    init(library: CodeSetLibrary) {
        let versions = library.versions + library.pcsTables.keys + library.pcsTitleLists.keys
        let newest = versions.compactMap { Int($0) }.max().map(String.init) ?? ""
        guard let set = library.pcsCodes(for: newest) else {
            self.init(codes: [], titles: [:], version: "")
            return
        }
        var titles: [String: String] = [:]
        titles.reserveCapacity(set.codes.count)
        for code in set.codes { titles[code.uppercased()] = set.title(code) ?? "" }
        self.init(codes: Array(titles.keys), titles: titles, version: set.version)
    }

    /// An index of the given codes and titles (for tests and tools).
    init(codes: [String], titles: [String: String], version: String) {
        self.codes = codes.map { $0.uppercased() }.sorted()
        self.titles = titles
        self.version = version
    }

    /// The codes that start with a prefix.
    /// - Complexity: O(log *n* + *k*) for *k* codes under the prefix.
    func codes(withPrefix prefix: String) -> ArraySlice<String> {
        var lo = 0
        var hi = codes.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if codes[mid] < prefix { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        while end < codes.count && codes[end].hasPrefix(prefix) { end += 1 }
        return codes[lo..<end]
    }

    /// Every code that fits the pattern.
    func codes(matching pattern: PCSPattern) -> [String] {
        codes(withPrefix: pattern.fixedPrefix).filter(pattern.matches)
    }

    /// Whether a code or prefix exists in the set.
    func contains(prefix: String) -> Bool { !codes(withPrefix: prefix.uppercased()).isEmpty }

    /// The code the patterns determine: the one code that fits any of them, or the prefix all fitting codes share, cut to the body
    /// part (four characters, the level at which a partial PCS code is usually reported); `nil` when no code fits or
    /// the shared prefix is shorter than `minimumPrefix`.
    func resolve(_ patterns: [PCSPattern], minimumPrefix: Int = 4) -> Resolution? {
        let found = Array(Set(patterns.flatMap { codes(matching: $0) })).sorted()
        guard let first = found.first, let last = found.last else { return nil }
        if found.count == 1 {
            return Resolution(code: first, title: titles[first] ?? "", partial: false, candidates: 1)
        }
        // Sorted, so the first and last share the prefix every code in between shares.
        let shared = zip(first.utf8, last.utf8).prefix { $0 == $1 }.count
        guard shared >= minimumPrefix else { return nil }
        let prefix = String(first.prefix(min(shared, 4)))
        let all = codes(withPrefix: prefix)
        return Resolution(code: prefix, title: commonTitle(all), partial: true, candidates: found.count)
    }

    /// The words the titles of the codes share from the start, without a trailing comma or connective.
    private func commonTitle(_ codes: ArraySlice<String>) -> String {
        guard let first = codes.first.flatMap({ titles[$0] }) else { return "" }
        var words = first.split(separator: " ").map(String.init)
        for code in codes.dropFirst() {
            let other = (titles[code] ?? "").split(separator: " ")
            let n = zip(words, other).prefix { $0 == $1 }.count
            words.removeLast(words.count - n)
        }
        while let last = words.last,
            ["using", "with", "of", "into", "to", "from", "and", "by", "in", "on"].contains(last)
        {
            words.removeLast()
        }
        var title = words.joined(separator: " ")
        while title.hasSuffix(",") { title.removeLast() }
        return title
    }
}
