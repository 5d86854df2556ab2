/// A claim ready for the grouper: codes packed into integers, POA indicators as bytes. Converting a
/// ``GrouperClaim`` once and grouping the packed form avoids reading strings on every grouping.
///
/// Everything variable-length is in one array (one reference to count when the claim is copied): the principal
/// diagnosis, the secondary diagnoses, the procedures (each a ``PackedCode`` raw value, 0 when the text is not a
/// code), then the secondary diagnoses' POA indicators, eight to a word (upper case, blank when missing).
public struct PackedClaim: Sendable, Hashable {
    var storage: [UInt64]
    var secondaryCount32: Int32
    var procedureCount32: Int32
    public var age: Int
    public var sex: GrouperClaim.Sex
    public var dischargeStatus: Int
    public var poaExempt: Bool

    public init(_ claim: GrouperClaim) {
        self.init(
            principal: PackedCode(claim.principal.code)?.raw ?? 0,
            secondary: claim.secondary.map { PackedCode($0.code)?.raw ?? 0 },
            poa: claim.secondary.map { Self.poaByte($0.poa) },
            procedures: claim.procedures.map { PackedCode($0)?.raw ?? 0 },
            age: claim.age, sex: claim.sex, dischargeStatus: claim.dischargeStatus, poaExempt: claim.poaExempt)
    }

    init(
        principal: UInt64, secondary: [UInt64], poa: [UInt8], procedures: [UInt64], age: Int, sex: GrouperClaim.Sex,
        dischargeStatus: Int, poaExempt: Bool
    ) {
        precondition(secondary.count == poa.count)
        var storage: [UInt64] = []
        storage.reserveCapacity(1 + secondary.count + procedures.count + (poa.count + 7) / 8)
        storage.append(principal)
        storage += secondary
        storage += procedures
        for i in stride(from: 0, to: poa.count, by: 8) {
            var word: UInt64 = 0
            for k in i..<min(i + 8, poa.count) { word |= UInt64(poa[k]) << UInt64(8 * (k - i)) }
            storage.append(word)
        }
        self.storage = storage
        secondaryCount32 = Int32(secondary.count)
        procedureCount32 = Int32(procedures.count)
        self.age = age
        self.sex = sex
        self.dischargeStatus = dischargeStatus
        self.poaExempt = poaExempt
    }

    /// The principal diagnosis (0 when the text is not a code at all).
    var principal: UInt64 { storage[0] }
    public var principalCode: PackedCode? { principal == 0 ? nil : PackedCode(raw: principal) }
    public var secondaryCount: Int { Int(secondaryCount32) }
    public var procedureCount: Int { Int(procedureCount32) }
    var secondary: ArraySlice<UInt64> { storage[1..<1 + secondaryCount] }
    var procedures: ArraySlice<UInt64> { storage[1 + secondaryCount..<1 + secondaryCount + procedureCount] }
    var poa: [UInt8] { (0..<secondaryCount).map { poa(at: $0) } }

    /// The POA indicator of secondary diagnosis `i`.
    func poa(at i: Int) -> UInt8 {
        UInt8(truncatingIfNeeded: storage[1 + secondaryCount + procedureCount + i / 8] >> UInt64(8 * (i % 8)))
    }

    /// Adds a secondary diagnosis (nil code: text that is not a code).
    public mutating func appendSecondary(_ code: PackedCode?, poa: Character?) {
        self = PackedClaim(
            principal: principal, secondary: Array(secondary) + [code?.raw ?? 0], poa: self.poa + [Self.poaByte(poa)],
            procedures: Array(procedures), age: age, sex: sex, dischargeStatus: dischargeStatus, poaExempt: poaExempt)
    }

    /// Replaces the code of secondary diagnosis `i`.
    public mutating func setSecondary(_ i: Int, code: PackedCode?) {
        precondition(i >= 0 && i < secondaryCount)
        storage[1 + i] = code?.raw ?? 0
    }

    static func poaByte(_ poa: Character?) -> UInt8 {
        guard let poa, let ascii = poa.asciiValue else { return UInt8(ascii: " ") }
        return ascii >= 97 && ascii <= 122 ? ascii - 32 : ascii
    }
}

/// The grouper's answer without its explanation: what bulk grouping needs. ``GroupingResult`` has the same numbers
/// and, in addition, titles, formulas and the role of each code.
public struct GroupingOutcome: Sendable, Hashable {
    /// The final DRG (after the HAC rule), its MDC, base DRG, severity and return code.
    public var drg: Int
    public var mdc: Int
    public var baseDRG: Int
    public var severity: Severity
    public var returnCode: GrouperReturnCode
    /// The same before the HAC rule.
    public var initialDRG: Int
    public var initialMDC: Int
    public var initialBaseDRG: Int
    public var initialSeverity: Severity
    public var initialReturnCode: GrouperReturnCode
    /// Bit *n* set: a secondary diagnosis met the criteria of HAC *n* and did not count for the final DRG.
    public var hospitalAcquired: UInt64

    /// The numbers of the HACs whose criteria were met.
    public var hospitalAcquiredConditions: [Int] { (0..<64).filter { hospitalAcquired & (1 << UInt64($0)) != 0 } }
}

extension DischargeStatus {
    /// ``valid`` as bits over 0–127, read without hashing.
    static let validBits: (UInt64, UInt64) = bits(valid)
    static let newbornTransferBits: (UInt64, UInt64) = bits(newbornTransfers)

    static func bits(_ set: Set<Int>) -> (UInt64, UInt64) {
        var low: UInt64 = 0
        var high: UInt64 = 0
        for n in set {
            precondition((0..<128).contains(n))
            if n < 64 { low |= 1 << UInt64(n) } else { high |= 1 << UInt64(n - 64) }
        }
        return (low, high)
    }

    @inline(__always)
    static func test(_ bits: (UInt64, UInt64), _ n: Int) -> Bool {
        guard n >= 0 && n < 128 else { return false }
        return n < 64 ? (bits.0 >> UInt64(n)) & 1 == 1 : (bits.1 >> UInt64(n - 64)) & 1 == 1
    }
}
