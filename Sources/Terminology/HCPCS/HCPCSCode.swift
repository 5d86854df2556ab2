/// A calendar date as written in CMS files (`YYYYMMDD`).
public struct HCPCSDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The date as the number `YYYYMMDD` (`20260101`).
    public var yyyymmdd: Int32

    public init(yyyymmdd: Int32) { self.yyyymmdd = yyyymmdd }

    /// The date from eight digits `YYYYMMDD` with a month 1–12 and a day 1–31, or nil.
    public init?(_ text: some StringProtocol) {
        guard text.utf8.count == 8, text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let value = Int32(text) else {
            return nil
        }
        let month = value / 100 % 100
        let day = value % 100
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        yyyymmdd = value
    }

    public var year: Int { Int(yyyymmdd / 10000) }
    public var month: Int { Int(yyyymmdd / 100 % 100) }
    public var day: Int { Int(yyyymmdd % 100) }

    public static func < (lhs: HCPCSDate, rhs: HCPCSDate) -> Bool { lhs.yyyymmdd < rhs.yyyymmdd }

    /// ISO 8601: `2026-01-01`.
    public var description: String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day))"
    }
}

/// Medicare coverage of a HCPCS code (HCPCS Coverage Code).
public enum HCPCSCoverage: String, Sendable, Hashable, CaseIterable {
    /// C: carrier judgment.
    case carrierJudgment = "C"
    /// D: special coverage instructions apply.
    case specialCoverageInstructions = "D"
    /// I: not payable by Medicare.
    case notPayable = "I"
    /// M: non-covered by Medicare.
    case notCovered = "M"
    /// S: non-covered by Medicare statute.
    case notCoveredByStatute = "S"

    /// The record layout's wording, for people.
    public var meaning: String {
        switch self {
        case .carrierJudgment: "carrier judgment"
        case .specialCoverageInstructions: "special coverage instructions apply"
        case .notPayable: "not payable by Medicare"
        case .notCovered: "non-covered by Medicare"
        case .notCoveredByStatute: "non-covered by Medicare statute"
        }
    }
}

/// The change made to a HCPCS code in this release (HCPCS Action Code).
public enum HCPCSAction: String, Sendable, Hashable, CaseIterable {
    /// A: code added.
    case added = "A"
    /// B: change in both administrative data and long description.
    case administrativeAndDescriptionChange = "B"
    /// C: change in long description.
    case descriptionChange = "C"
    /// D: code discontinued.
    case discontinued = "D"
    /// F: change in administrative data.
    case administrativeChange = "F"
    /// N: no maintenance.
    case noChange = "N"
    /// P: payment change (MOG, pricing indicator, anesthesia base units, ASC).
    case paymentChange = "P"
    /// R: discontinued code reactivated.
    case reactivated = "R"
    /// S: change in short description.
    case shortDescriptionChange = "S"
    /// T: miscellaneous change (BETOS, type of service).
    case miscellaneousChange = "T"
}

/// A HCPCS Level II procedure code (`J1100`) or modifier (`LT`) with its descriptions, pricing and coverage data and
/// dates, from the CMS alpha-numeric HCPCS file.
public struct HCPCSCode: Sendable, Hashable {
    /// Whether the record is a procedure code or a modifier.
    public enum Kind: UInt8, Sendable, Hashable, CaseIterable {
        /// Record identification 3 (and 4 for the continuation lines).
        case procedure
        /// Record identification 7 (and 8 for the continuation lines).
        case modifier
    }

    /// The code (`J1100`) or the modifier (`LT`).
    public var code: String
    public var kind: Kind
    /// The HCPCS sequence number of the first record (by 100s).
    public var sequenceNumber: Int32
    /// The long description, joined from every record of the code.
    public var longDescription: String
    /// The short description (at most 28 characters).
    public var shortDescription: String
    /// The pricing indicator codes (up to four, two digits each: `51` drugs, `00` not separately priced…).
    public var pricingIndicators: [String]
    /// The multiple pricing indicator (`A` one methodology, `9` not applicable…), where given.
    public var multiplePricingIndicator: String?
    /// Coverage Issues Manual reference sections (up to three).
    public var coverageIssuesManualReferences: [String]
    /// Medicare Carriers Manual reference sections (up to three).
    public var carriersManualReferences: [String]
    /// The statute number for coverage or non-coverage, where given.
    public var statute: String?
    /// Laboratory certification codes (up to eight).
    public var labCertifications: [String]
    /// Cross-reference codes from a deleted or non-Medicare code to valid codes (up to five).
    public var crossReferences: [String]
    /// Medicare coverage, where given.
    public var coverage: HCPCSCoverage?
    /// The ASC payment group (`YY`: approved for an ambulatory surgical center), where given.
    public var ascPaymentGroup: String?
    /// The effective date of the ASC payment group.
    public var ascPaymentGroupEffectiveDate: HCPCSDate?
    /// The processing note number (see the release's `proc_notes` file), where given.
    public var processingNote: String?
    /// The Berenson-Eggers type of service (`O1E`), where given.
    public var betos: String?
    /// The CMS type-of-service codes (up to five).
    public var typesOfService: [String]
    /// Anesthesia base units, where given.
    public var anesthesiaBaseUnits: Int32?
    /// The date the code was added to HCPCS.
    public var addedDate: HCPCSDate?
    /// The effective date of the action in this release.
    public var actionEffectiveDate: HCPCSDate?
    /// The last date the code may be used, where the code is terminated.
    public var terminationDate: HCPCSDate?
    /// The change made to the code in this release.
    public var action: HCPCSAction

    public init(
        code: String, kind: Kind, sequenceNumber: Int32, longDescription: String, shortDescription: String,
        pricingIndicators: [String] = [], multiplePricingIndicator: String? = nil,
        coverageIssuesManualReferences: [String] = [], carriersManualReferences: [String] = [], statute: String? = nil,
        labCertifications: [String] = [], crossReferences: [String] = [], coverage: HCPCSCoverage? = nil,
        ascPaymentGroup: String? = nil, ascPaymentGroupEffectiveDate: HCPCSDate? = nil, processingNote: String? = nil,
        betos: String? = nil, typesOfService: [String] = [], anesthesiaBaseUnits: Int32? = nil,
        addedDate: HCPCSDate? = nil, actionEffectiveDate: HCPCSDate? = nil, terminationDate: HCPCSDate? = nil,
        action: HCPCSAction
    ) {
        self.code = code
        self.kind = kind
        self.sequenceNumber = sequenceNumber
        self.longDescription = longDescription
        self.shortDescription = shortDescription
        self.pricingIndicators = pricingIndicators
        self.multiplePricingIndicator = multiplePricingIndicator
        self.coverageIssuesManualReferences = coverageIssuesManualReferences
        self.carriersManualReferences = carriersManualReferences
        self.statute = statute
        self.labCertifications = labCertifications
        self.crossReferences = crossReferences
        self.coverage = coverage
        self.ascPaymentGroup = ascPaymentGroup
        self.ascPaymentGroupEffectiveDate = ascPaymentGroupEffectiveDate
        self.processingNote = processingNote
        self.betos = betos
        self.typesOfService = typesOfService
        self.anesthesiaBaseUnits = anesthesiaBaseUnits
        self.addedDate = addedDate
        self.actionEffectiveDate = actionEffectiveDate
        self.terminationDate = terminationDate
        self.action = action
    }

    /// Whether the code may be used on a date of service: added on or before it, and not terminated before it.
    public func isValid(on date: HCPCSDate) -> Bool {
        if let addedDate, date < addedDate { return false }
        if let terminationDate, date > terminationDate { return false }
        return true
    }
}
