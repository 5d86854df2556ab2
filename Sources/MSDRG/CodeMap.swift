/// A read-only map from packed codes to small integers, with open addressing and a multiplicative hash: one
/// multiply, a shift and usually one probe, where a `Dictionary` hashes the key with SipHash.
///
/// Built once from pairs; a key of 0 never occurs (a ``PackedCode`` holds at least one character), so 0 marks an
/// empty slot.
struct CodeMap: Sendable {
    private(set) var keys: [UInt64]
    private(set) var values: [Int32]
    private let shift: UInt64
    private let mask: Int
    private(set) var count: Int

    init() { self.init(minimumCapacity: 0) }

    init(minimumCapacity: Int) {
        var bits: UInt64 = 4
        while (1 << bits) < minimumCapacity * 2 { bits += 1 }
        keys = Array(repeating: 0, count: 1 << Int(bits))
        values = Array(repeating: -1, count: 1 << Int(bits))
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

    /// The value of a key, or -1.
    @inline(__always)
    func value(_ raw: UInt64) -> Int32 {
        guard raw != 0 else { return -1 }
        return keys.withUnsafeBufferPointer { k in
            var i = slot(of: raw)
            while true {
                let stored = k[i]
                if stored == raw { return values.withUnsafeBufferPointer { $0[i] } }
                if stored == 0 { return -1 }
                i = (i + 1) & mask
            }
        }
    }

    /// Values are never negative.
    subscript(code: PackedCode) -> Int32? {
        get {
            let v = value(code.raw)
            return v < 0 ? nil : v
        }
        set {
            precondition(code.raw != 0, "a packed code is never 0")
            precondition((newValue ?? 0) >= 0, "CodeMap values are never negative")
            if count * 2 >= keys.count { grow() }
            var i = slot(of: code.raw)
            while keys[i] != 0 && keys[i] != code.raw { i = (i + 1) & mask }
            if keys[i] == 0 {
                precondition(newValue != nil, "removing from a CodeMap")
                keys[i] = code.raw
                count += 1
            }
            values[i] = newValue ?? -1
        }
    }

    @inline(__always)
    func contains(_ raw: UInt64) -> Bool {
        guard raw != 0 else { return false }
        var i = slot(of: raw)
        while true {
            let stored = keys[i]
            if stored == raw { return true }
            if stored == 0 { return false }
            i = (i + 1) & mask
        }
    }

    private mutating func grow() {
        var bigger = CodeMap(minimumCapacity: keys.count)
        for (key, value) in self { bigger[key] = value }
        self = bigger
    }

    /// Every key and value, in no particular order.
    var pairs: [(PackedCode, Int32)] { Array(self) }

    /// The same map in memory that lives as long as `memory`, read without reference counting.
    func frozen(in memory: FrozenMemory) -> RawCodeMap {
        RawCodeMap(keys: memory.copy(keys), values: memory.copy(values), shift: shift, mask: mask)
    }
}

/// A ``CodeMap`` read through raw pointers (see ``FrozenMemory``).
struct RawCodeMap: @unchecked Sendable {
    let keys: UnsafePointer<UInt64>
    let values: UnsafePointer<Int32>
    let shift: UInt64
    let mask: Int

    /// The value of a key, or -1.
    @inline(__always)
    func value(_ raw: UInt64) -> Int32 {
        guard raw != 0 else { return -1 }
        var i = Int(truncatingIfNeeded: (raw &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let stored = keys[i]
            if stored == raw { return values[i] }
            if stored == 0 { return -1 }
            i = (i + 1) & mask
        }
    }
}

extension CodeMap: Sequence {
    struct Iterator: IteratorProtocol {
        let map: CodeMap
        var i = 0
        mutating func next() -> (PackedCode, Int32)? {
            while i < map.keys.count {
                defer { i += 1 }
                if map.keys[i] != 0 { return (PackedCode(raw: map.keys[i]), map.values[i]) }
            }
            return nil
        }
    }
    func makeIterator() -> Iterator { Iterator(map: self) }
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
