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
/// claim costs one increment instead of clearing the array. The storage is allocated once, and read without bounds
/// checks: ids come from the same ``AttributeSpace`` that sized it.
///
/// A plain value holding pointers: its owner calls ``deallocate()`` once.
struct KeySet {
    private let stamps: UnsafeMutablePointer<UInt32>
    private let suppression: UnsafeMutablePointer<UInt32>
    private var generation: UInt32 = 1
    let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
        stamps = .allocate(capacity: max(capacity, 1))
        stamps.initialize(repeating: 0, count: max(capacity, 1))
        suppression = .allocate(capacity: max(capacity, 1))
        suppression.initialize(repeating: 0, count: max(capacity, 1))
    }

    func deallocate() {
        stamps.deallocate()
        suppression.deallocate()
    }

    mutating func reset() {
        generation &+= 1
        if generation == 0 {
            stamps.update(repeating: 0, count: capacity)
            generation = 1
        }
    }

    /// Adds a key; a key added twice is suppressed only for MDCs both additions suppress.
    @inline(__always)
    mutating func insert(_ id: Int32, suppressedIn mask: UInt32 = 0) {
        let i = Int(id)
        assert(i >= 0 && i < capacity)
        if stamps[i] == generation {
            suppression[i] &= mask
        } else {
            stamps[i] = generation
            suppression[i] = mask
        }
    }

    /// The key is present and not suppressed in the MDC whose bit is `mdcBit` (0 for an MDC outside 0–31).
    @inline(__always)
    func contains(_ id: Int32, mdcBit: UInt32) -> Bool {
        let i = Int(id)
        assert(i >= 0 && i < capacity)
        return stamps[i] == generation && suppression[i] & mdcBit == 0
    }

    @inline(__always)
    func contains(_ id: Int32, mdc: Int) -> Bool { contains(id, mdcBit: Self.bit(mdc: mdc)) }

    @inline(__always)
    static func bit(mdc: Int) -> UInt32 { mdc >= 0 && mdc < 32 ? 1 << UInt32(mdc) : 0 }

    @inline(__always)
    func contains(_ id: Int32) -> Bool {
        let i = Int(id)
        assert(i >= 0 && i < capacity)
        return stamps[i] == generation
    }

    /// Evaluates instructions `start ..< end` (postfix) for the MDC whose bit is `mdcBit`, at a severity level (-1:
    /// none, so that no severity atom holds).
    @inline(__always)
    func evaluate(_ code: UnsafePointer<UInt32>, _ start: Int, _ end: Int, mdcBit: UInt32, level: Int) -> Bool {
        var stack: UInt64 = 0
        var i = start
        while i < end {
            let op = code[i]
            i += 1
            switch op & Instruction.opcodeMask {
            case Instruction.key:
                stack = (stack << 1) | (contains(Int32(bitPattern: op), mdcBit: mdcBit) ? 1 : 0)
            case Instruction.severityNone:
                stack = (stack << 1) | (level == 0 ? 1 : 0)
            case Instruction.severityCC:
                stack = (stack << 1) | (level == 1 ? 1 : 0)
            case Instruction.severityMCC:
                stack = (stack << 1) | (level == 2 ? 1 : 0)
            case Instruction.and:
                let right = stack & 1
                stack >>= 1
                stack &= ~1 | right
            case Instruction.or:
                let right = stack & 1
                stack >>= 1
                stack |= right
            default:
                stack ^= 1
            }
        }
        return stack & 1 == 1
    }
}
