/// A read-only map from packed codes to small integers, with open addressing and a multiplicative hash: one
/// multiply, a shift and usually one probe, where a `Dictionary` hashes the key with SipHash. Each slot holds the
/// key, its value and a second value (`extra`) side by side, so that a lookup touches one cache line.
///
/// Built once; a key of 0 never occurs (a ``PackedCode`` holds at least one character), so 0 marks an empty slot.
/// Values are never negative: -1 means none.
struct CodeMap: Sendable {
    struct Entry: Sendable {
        var key: UInt64
        var value: Int32
        var extra: Int32
    }

    private(set) var entries: [Entry]
    private let shift: UInt64
    private let mask: Int
    private(set) var count: Int

    init() { self.init(minimumCapacity: 0) }

    /// Room for `minimumCapacity` keys at a load of at most 3/4.
    init(minimumCapacity: Int) {
        var bits: UInt64 = 4
        while (1 << bits) * 3 < minimumCapacity * 4 { bits += 1 }
        entries = Array(repeating: Entry(key: 0, value: -1, extra: -1), count: 1 << Int(bits))
        shift = 64 - bits
        mask = (1 << Int(bits)) - 1
        count = 0
    }

    init<S: Sequence>(_ pairs: S, count: Int) where S.Element == (PackedCode, Int32) {
        self.init(minimumCapacity: count)
        for (key, value) in pairs { self[key] = value }
    }

    @inline(__always)
    private func slot(of raw: UInt64) -> Int { Int(truncatingIfNeeded: (raw &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    private func find(_ raw: UInt64) -> Int? {
        guard raw != 0 else { return nil }
        var i = slot(of: raw)
        while true {
            let stored = entries[i].key
            if stored == raw { return i }
            if stored == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    /// The slot of a key, added (with no value) when absent.
    private mutating func place(_ raw: UInt64) -> Int {
        precondition(raw != 0, "a packed code is never 0")
        if let i = find(raw) { return i }
        if (count + 1) * 4 > entries.count * 3 {
            var bigger = CodeMap(minimumCapacity: entries.count)
            for e in entries where e.key != 0 {
                let i = bigger.place(e.key)
                bigger.entries[i] = e
            }
            self = bigger
        }
        var i = slot(of: raw)
        while entries[i].key != 0 { i = (i + 1) & mask }
        entries[i].key = raw
        count += 1
        return i
    }

    /// The value of a key, or -1.
    func value(_ raw: UInt64) -> Int32 { find(raw).map { entries[$0].value } ?? -1 }

    subscript(code: PackedCode) -> Int32? {
        get {
            let v = value(code.raw)
            return v < 0 ? nil : v
        }
        set {
            precondition((newValue ?? 0) >= 0, "CodeMap values are never negative")
            entries[place(code.raw)].value = newValue ?? -1
        }
    }

    /// Sets the second value of a key, adding the key when absent.
    mutating func setExtra(_ code: PackedCode, _ extra: Int32) {
        precondition(extra >= 0, "CodeMap values are never negative")
        entries[place(code.raw)].extra = extra
    }

    func contains(_ raw: UInt64) -> Bool { find(raw) != nil }

    /// The same map in memory that lives as long as `memory`, read without reference counting.
    func frozen(in memory: FrozenMemory) -> RawCodeMap {
        RawCodeMap(entries: memory.copy(entries), shift: shift, mask: mask)
    }
}

extension CodeMap: Sequence {
    /// Keys with a value (not those with only an extra value), in no particular order.
    struct Iterator: IteratorProtocol {
        let map: CodeMap
        var i = 0
        mutating func next() -> (PackedCode, Int32)? {
            while i < map.entries.count {
                defer { i += 1 }
                let e = map.entries[i]
                if e.key != 0 && e.value >= 0 { return (PackedCode(raw: e.key), e.value) }
            }
            return nil
        }
    }
    func makeIterator() -> Iterator { Iterator(map: self) }
}

/// A ``CodeMap`` read through raw pointers (see ``FrozenMemory``).
struct RawCodeMap: @unchecked Sendable {
    let entries: UnsafePointer<CodeMap.Entry>
    let shift: UInt64
    let mask: Int

    /// The slot of a key, or nil.
    @inline(__always)
    func entry(_ raw: UInt64) -> CodeMap.Entry? {
        guard raw != 0 else { return nil }
        var i = Int(truncatingIfNeeded: (raw &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let e = entries[i]
            if e.key == raw { return e }
            if e.key == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    /// The value of a key, or -1.
    @inline(__always)
    func value(_ raw: UInt64) -> Int32 { entry(raw)?.value ?? -1 }
}

/// A read-only set of (group, code) pairs: the CC exclusion lists, asked "is this secondary code excluded by the
/// principal diagnosis's group?" with one hash probe.
struct CodePairSet: Sendable {
    private(set) var codes: [UInt64]
    private(set) var groups: [Int32]
    private let shift: UInt64
    private let mask: Int

    init(_ pairs: [(group: Int32, code: PackedCode)]) {
        var bits: UInt64 = 4
        while (1 << bits) < pairs.count * 2 { bits += 1 }
        codes = Array(repeating: 0, count: 1 << Int(bits))
        groups = Array(repeating: 0, count: 1 << Int(bits))
        shift = 64 - bits
        mask = (1 << Int(bits)) - 1
        for (group, code) in pairs {
            var i = slot(group, code.raw)
            while codes[i] != 0 && !(codes[i] == code.raw && groups[i] == group) { i = (i + 1) & mask }
            codes[i] = code.raw
            groups[i] = group
        }
    }

    @inline(__always)
    private func slot(_ group: Int32, _ raw: UInt64) -> Int {
        let mixed = raw ^ (UInt64(UInt32(bitPattern: group)) &* 0xBF58_476D_1CE4_E5B9)
        return Int(truncatingIfNeeded: (mixed &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    func frozen(in memory: FrozenMemory) -> RawPairSet {
        RawPairSet(codes: memory.copy(codes), groups: memory.copy(groups), shift: shift, mask: mask)
    }

    @inline(__always)
    func contains(group: Int32, code raw: UInt64) -> Bool {
        guard raw != 0 else { return false }
        return codes.withUnsafeBufferPointer { c in
            groups.withUnsafeBufferPointer { g in
                var i = slot(group, raw)
                while true {
                    let stored = c[i]
                    if stored == raw && g[i] == group { return true }
                    if stored == 0 { return false }
                    i = (i + 1) & mask
                }
            }
        }
    }
}

/// A ``CodePairSet`` read through raw pointers (see ``FrozenMemory``).
struct RawPairSet: @unchecked Sendable {
    let codes: UnsafePointer<UInt64>
    let groups: UnsafePointer<Int32>
    let shift: UInt64
    let mask: Int

    @inline(__always)
    func contains(group: Int32, code raw: UInt64) -> Bool {
        guard raw != 0 else { return false }
        let mixed = raw ^ (UInt64(UInt32(bitPattern: group)) &* 0xBF58_476D_1CE4_E5B9)
        var i = Int(truncatingIfNeeded: (mixed &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let stored = codes[i]
            if stored == raw && groups[i] == group { return true }
            if stored == 0 { return false }
            i = (i + 1) & mask
        }
    }
}

/// A read-only map from packed codes to small integers that depend on the grouper version: each value holds for a
/// range of versions (the grouper tables' `version_start` … `version_end`). One table serves every version, so
/// grouping claims of several versions keeps one table in the cache, and loading builds it once.
///
/// A slot holds the key and, for a code with a single range, that range and its value; a code with several ranges
/// points to them in `overflow` (slot range `first` -1, `value` the first row, `last` the number of rows).
struct VersionedCodeMap: Sendable {
    struct Entry: Sendable {
        var key: UInt64
        var value: Int32
        var first: Int16
        var last: Int16
    }

    struct Row: Sendable {
        var value: Int32
        var first: Int16
        var last: Int16
    }

    private(set) var entries: [Entry]
    private(set) var overflow: [Row]
    private let shift: UInt64
    private let mask: Int

    /// Rows in table order: where ranges of one code overlap, the later row wins (as a later assignment would).
    init(rows: [(code: PackedCode, first: Int, last: Int, value: Int32)]) {
        var byCode: [UInt64: [Row]] = [:]
        byCode.reserveCapacity(rows.count)
        var order: [UInt64] = []
        for r in rows {
            precondition(r.value >= 0 && r.code.raw != 0)
            let row = Row(value: r.value, first: Int16(clamping: r.first), last: Int16(clamping: r.last))
            if byCode[r.code.raw]?.append(row) == nil {
                byCode[r.code.raw] = [row]
                order.append(r.code.raw)
            }
        }
        var bits: UInt64 = 4
        while (1 << bits) * 3 < order.count * 4 { bits += 1 }
        entries = Array(repeating: Entry(key: 0, value: -1, first: 0, last: -1), count: 1 << Int(bits))
        overflow = []
        shift = 64 - bits
        mask = (1 << Int(bits)) - 1
        for key in order {
            let list = byCode[key]!
            var i = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while entries[i].key != 0 { i = (i + 1) & mask }
            if list.count == 1 {
                entries[i] = Entry(key: key, value: list[0].value, first: list[0].first, last: list[0].last)
            } else {
                entries[i] = Entry(key: key, value: Int32(overflow.count), first: -1, last: Int16(list.count))
                overflow += list
            }
        }
    }

    /// The value of a code in a version (e.g. 431), or -1.
    func value(_ code: PackedCode, version: Int) -> Int32 {
        var i = Int(truncatingIfNeeded: (code.raw &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while entries[i].key != 0 {
            let e = entries[i]
            if e.key == code.raw {
                return Self.resolve(e, Int16(clamping: version)) { overflow[$0] }
            }
            i = (i + 1) & mask
        }
        return -1
    }

    @inline(__always)
    static func resolve(_ e: Entry, _ v: Int16, _ row: (Int) -> Row) -> Int32 {
        if e.first >= 0 { return e.first <= v && v <= e.last ? e.value : -1 }
        var found: Int32 = -1
        for k in Int(e.value)..<Int(e.value) + Int(e.last) {
            let r = row(k)
            if r.first <= v && v <= r.last { found = r.value }
        }
        return found
    }

    /// Every code with its value in a version, in no particular order.
    func pairs(version: Int) -> [(PackedCode, Int32)] {
        entries.compactMap { e in
            guard e.key != 0 else { return nil }
            let v = Self.resolve(e, Int16(clamping: version)) { overflow[$0] }
            return v >= 0 ? (PackedCode(raw: e.key), v) : nil
        }
    }

    /// The same map with every value transformed.
    func mapValues(_ transform: (Int32) -> Int32) -> VersionedCodeMap {
        var copy = self
        for i in copy.entries.indices where copy.entries[i].key != 0 && copy.entries[i].first >= 0 {
            copy.entries[i].value = transform(copy.entries[i].value)
        }
        for k in copy.overflow.indices { copy.overflow[k].value = transform(copy.overflow[k].value) }
        return copy
    }

    func frozen(in memory: FrozenMemory) -> RawVersionedCodeMap {
        RawVersionedCodeMap(entries: memory.copy(entries), overflow: memory.copy(overflow), shift: shift, mask: mask)
    }
}

/// A ``VersionedCodeMap`` read through raw pointers (see ``FrozenMemory``), for one version.
struct RawVersionedCodeMap: @unchecked Sendable {
    let entries: UnsafePointer<VersionedCodeMap.Entry>
    let overflow: UnsafePointer<VersionedCodeMap.Row>
    let shift: UInt64
    let mask: Int

    /// The value of a code in version `v`, or -1.
    @inline(__always)
    func value(_ raw: UInt64, version v: Int16) -> Int32 {
        guard raw != 0 else { return -1 }
        var i = Int(truncatingIfNeeded: (raw &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let e = entries[i]
            if e.key == raw {
                if e.first >= 0 { return e.first <= v && v <= e.last ? e.value : -1 }
                return VersionedCodeMap.resolve(e, v) { overflow[$0] }
            }
            if e.key == 0 { return -1 }
            i = (i + 1) & mask
        }
    }
}
