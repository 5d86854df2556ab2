/// Interns the grouper's attribute keys (`ami`, `PDX:ami`, `SDX:ami`, `ANY:ami`, `ALIVE` …) as small integers, so a
/// claim's keys are a flat array indexed by id and a formula atom is one array read.
struct AttributeSpace: Sendable {
    private(set) var names: [String] = []
    private var ids: [String: Int32] = [:]

    var count: Int { names.count }

    mutating func intern(_ name: String) -> Int32 {
        if let id = ids[name] { return id }
        let id = Int32(names.count)
        names.append(name)
        ids[name] = id
        return id
    }

    func id(of name: String) -> Int32? { ids[name] }
    func name(of id: Int32) -> String { names[Int(id)] }
}

/// The keys one claim carries, each with the MDCs for which it is suppressed (bit *n* set: suppressed in MDC *n*).
///
/// Reused from claim to claim: a key is present when its stamp equals the current generation, so starting a new
/// claim costs one increment instead of clearing the array.
struct KeySet: ~Copyable {
    private var stamps: [UInt32]
    private var suppression: [UInt32]
    private var generation: UInt32 = 1
    private(set) var present: [Int32] = []

    init(capacity: Int) {
        stamps = Array(repeating: 0, count: capacity)
        suppression = Array(repeating: 0, count: capacity)
        present.reserveCapacity(256)
    }

    var capacity: Int { stamps.count }

    mutating func reset() {
        generation &+= 1
        if generation == 0 {
            for i in stamps.indices { stamps[i] = 0 }
            generation = 1
        }
        present.removeAll(keepingCapacity: true)
    }

    /// Adds a key; a key added twice is suppressed only for MDCs both additions suppress.
    @inline(__always)
    mutating func insert(_ id: Int32, suppressedIn mask: UInt32 = 0) {
        let i = Int(id)
        if stamps[i] == generation {
            suppression[i] &= mask
        } else {
            stamps[i] = generation
            suppression[i] = mask
            present.append(id)
        }
    }

    @inline(__always)
    func contains(_ id: Int32, mdc: Int) -> Bool {
        let i = Int(id)
        guard stamps[i] == generation else { return false }
        return mdc >= 32 || mdc < 0 || (suppression[i] >> UInt32(mdc)) & 1 == 0
    }

    @inline(__always)
    func contains(_ id: Int32) -> Bool { stamps[Int(id)] == generation }
}
