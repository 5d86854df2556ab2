/// A seven-character ICD-10-PCS code packed into an integer whose order is the codes' character order.
///
/// Used for the sorted flat code arrays of ``PCSTables`` and ``PCSTitleList``: lookup is a binary search over `UInt64`s.
enum PCSCodeKey {
    /// Whether the byte is a character ICD-10-PCS uses: a digit, or an upper-case letter other than I and O.
    @inline(__always)
    static func isValidCharacter(_ byte: UInt8) -> Bool {
        (byte >= 48 && byte <= 57)
            || (byte >= 65 && byte <= 90 && byte != UInt8(ascii: "I") && byte != UInt8(ascii: "O"))
    }

    /// The key of a code written in any case, with or without spaces or dots; nil unless it has seven valid characters.
    static func key(_ code: some StringProtocol) -> UInt64? {
        var key: UInt64 = 0
        var count = 0
        for var byte in code.utf8 {
            if byte >= 97 && byte <= 122 { byte -= 32 }
            if byte == 32 || byte == 46 || byte == 45 { continue }
            guard isValidCharacter(byte), count < 7 else { return nil }
            key = key << 8 | UInt64(byte)
            count += 1
        }
        return count == 7 ? key : nil
    }

    /// The key of seven bytes already known to be valid.
    @inline(__always)
    static func key(bytes: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8)) -> UInt64 {
        var key = UInt64(bytes.0) << 48 | UInt64(bytes.1) << 40 | UInt64(bytes.2) << 32
        key |= UInt64(bytes.3) << 24 | UInt64(bytes.4) << 16 | UInt64(bytes.5) << 8 | UInt64(bytes.6)
        return key
    }

    /// The code a key stands for.
    static func string(_ key: UInt64) -> String {
        String(unsafeUninitializedCapacity: 7) { buffer in
            for i in 0..<7 { buffer[i] = UInt8(truncatingIfNeeded: key >> UInt64(8 * (6 - i))) }
            return 7
        }
    }

    /// The character at a 0-based position of the code a key stands for.
    @inline(__always)
    static func byte(_ key: UInt64, at position: Int) -> UInt8 {
        UInt8(truncatingIfNeeded: key >> UInt64(8 * (6 - position)))
    }

    /// The index of `key` in a sorted array, or nil.
    /// - Complexity: O(log n).
    static func search(_ key: UInt64, in keys: [UInt64]) -> Int? {
        let i = lowerBound(key, in: keys)
        return i < keys.count && keys[i] == key ? i : nil
    }

    /// The first index whose key is not less than `key`.
    /// - Complexity: O(log n).
    static func lowerBound(_ key: UInt64, in keys: [UInt64]) -> Int {
        var low = 0
        var high = keys.count
        while low < high {
            let mid = (low + high) / 2
            if keys[mid] < key { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The range of keys whose codes start with the given characters (upper-case, valid, at most seven).
    /// - Complexity: O(log n).
    static func range(prefix: [UInt8], in keys: [UInt64]) -> Range<Int> {
        var low: UInt64 = 0
        for (i, byte) in prefix.enumerated() { low |= UInt64(byte) << UInt64(8 * (6 - i)) }
        let free = UInt64(8 * (7 - prefix.count))
        let high = free == 64 ? UInt64.max : low | ((1 << free) - 1)
        let start = lowerBound(low, in: keys)
        let end = high == UInt64.max ? keys.count : lowerBound(high + 1, in: keys)
        return start..<max(start, end)
    }

    /// Seven bytes per key, for a snapshot.
    static func encode(_ keys: [UInt64]) -> [UInt8] {
        var bytes = [UInt8]()
        bytes.reserveCapacity(keys.count * 7)
        for key in keys {
            for i in 0..<7 { bytes.append(byte(key, at: i)) }
        }
        return bytes
    }

    /// The keys written by ``encode(_:)``; throws unless they are valid and strictly ascending.
    static func decode(_ bytes: [UInt8], what: String) throws -> [UInt64] {
        guard bytes.count % 7 == 0 else {
            throw SnapshotError("\(what): \(bytes.count) bytes is not a whole number of codes")
        }
        var keys = [UInt64]()
        keys.reserveCapacity(bytes.count / 7)
        var previous: UInt64? = nil
        var i = 0
        while i < bytes.count {
            var key: UInt64 = 0
            for j in 0..<7 {
                let byte = bytes[i + j]
                guard isValidCharacter(byte) else {
                    throw SnapshotError("\(what): invalid code character at byte \(i + j)")
                }
                key = key << 8 | UInt64(byte)
            }
            if let previous, previous >= key {
                throw SnapshotError("\(what): codes not in ascending order at code \(i / 7)")
            }
            previous = key
            keys.append(key)
            i += 7
        }
        return keys
    }

    /// The upper-case bytes of a prefix of up to seven valid characters, or nil.
    static func prefixBytes(_ prefix: some StringProtocol) -> [UInt8]? {
        var bytes = [UInt8]()
        for var byte in prefix.utf8 {
            if byte >= 97 && byte <= 122 { byte -= 32 }
            if byte == 32 || byte == 46 { continue }
            guard isValidCharacter(byte), bytes.count < 7 else { return nil }
            bytes.append(byte)
        }
        return bytes
    }
}

/// Where a release's fiscal year is found.
enum PCSReleaseYear {
    /// The last run of exactly four digits in the file name (`icd10pcs_tables_2026.xml` → `2026`), or nil.
    static func fromFileName(_ fileName: String) -> String? {
        let name = fileName.split(separator: "/").last.map(String.init) ?? fileName
        var found: String? = nil
        var run = ""
        for ch in name + " " {
            if ch.isASCII && ch.isNumber {
                run.append(ch)
            } else {
                if run.count == 4 { found = run }
                run = ""
            }
        }
        return found
    }

    /// The version of a release: the year in the file name, else `fallback`, else the year the file states, else `unknown`.
    static func resolve(fileName: String, fallback: String?, stated: String) -> String {
        if let year = fromFileName(fileName) { return year }
        if let fallback, !fallback.isEmpty { return fallback }
        return stated.isEmpty ? "unknown" : stated
    }
}
