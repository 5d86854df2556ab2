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
