/// The MS-DRG grouper: groups claims with the CMS grouper logic of each version (formulas, code attributes, clusters,
/// CC exclusions, HAC formulas), all of it read from the tables.
///
/// `MSDRGGrouper` is immutable and shared; a ``GroupingSession`` holds the scratch space of one thread and groups
/// claims one after another without allocating.
public final class MSDRGGrouper: Sendable {
    let tables: [GrouperVersion: VersionTables]
    let space: AttributeSpace
    let names: ReservedKeys

    /// The tables by version number (431 for 43.1), for a lookup without hashing.
    private let tablesByNumber: [VersionTables?]

    init(tables: [GrouperVersion: VersionTables], space: AttributeSpace, names: ReservedKeys) {
        self.tables = tables
        self.space = space
        self.names = names
        var byNumber = [VersionTables?](repeating: nil, count: 1000)
        for (v, t) in tables { byNumber[v.number] = t }
        tablesByNumber = byNumber
    }

    @inline(__always)
    func tables(number: Int) -> VersionTables? {
        number >= 0 && number < tablesByNumber.count ? tablesByNumber[number] : nil
    }

    /// The versions this grouper holds, oldest first.
    public var versions: [GrouperVersion] { tables.keys.sorted() }

    /// The version in effect on a discharge date (yyyymmdd): the latest whose effective date is on or before it.
    public func version(forDischargeDay day: Int) -> GrouperVersion? {
        versions.last { $0.effectiveDay <= day }
    }

    public func makeSession() -> GroupingSession { GroupingSession(grouper: self) }

    /// Groups one claim (a new session each call: for many claims, use ``makeSession()``).
    public func group(_ claim: GrouperClaim, version: GrouperVersion) throws(GrouperError) -> GroupingResult {
        let session = makeSession()
        return try session.group(claim, version: version)
    }

    /// Groups one claim without the explanation (a new session each call: for many claims, use ``makeSession()``
    /// and ``GroupingSession/assign(_:version:)``).
    public func assign(_ claim: GrouperClaim, version: GrouperVersion) throws(GrouperError) -> GroupingOutcome {
        let session = makeSession()
        return try session.assign(PackedClaim(claim), version: version)
    }

    /// The title of a DRG in a version.
    public func title(ofDRG drg: Int, version: GrouperVersion) -> String? { tables[version]?.drgTitles[drg] }
    public func title(ofMDC mdc: Int, version: GrouperVersion) -> String? { tables[version]?.mdcTitles[mdc] }
}

/// Why a claim could not be grouped at all (as opposed to DRG 999, which is a grouper answer).
public struct GrouperError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Ids of the keys the grouper derives itself rather than reading from a code's attributes.
struct ReservedKeys: Sendable {
    /// The two or three ids of one derived key (the third is -1 when there is no prefixed form).
    struct Ids: Sendable {
        var bare: Int32, any: Int32, prefixed: Int32
        init(_ ids: [Int32]) {
            bare = ids[0]
            any = ids[1]
            prefixed = ids.count > 2 ? ids[2] : -1
        }
    }

    var alive, died, ama, invalidDischargeStatus, newbornTransfer, anyDiagnosis: Ids
    var invalidPrincipal, externalCausePrincipal, invalidSex, mdc20FallThrough, onlyIncident, multipleTrauma: Ids
    var bilateral, fourBareStents, fourDrugStents, fourVessels, fourStents: Ids
    var multipleFusion, anteriorSectionFusions, posteriorFusions, singleFusions, singleAnteriorFusions,
        singlePosterior1Fusions: Ids

    /// The keys `addAttr` produces for a name: bare and `ANY:`, plus the prefixed form.
    static func keys(_ name: String, prefix: String? = nil, in space: inout AttributeSpace) -> [Int32] {
        var ids = [space.intern(name), space.intern("ANY:" + name)]
        if let prefix { ids.append(space.intern(prefix + ":" + name)) }
        return ids
    }

    init(space: inout AttributeSpace) {
        func k(_ name: String, _ prefix: String? = nil) -> Ids { Ids(Self.keys(name, prefix: prefix, in: &space)) }
        alive = k("ALIVE")
        died = k("DIED")
        ama = k("AMA")
        invalidDischargeStatus = k("invalid_dstat")
        newbornTransfer = k("XFRNBA")
        anyDiagnosis = k("ANYDX")
        invalidPrincipal = k("INVALID_PDX", "PDX")
        externalCausePrincipal = k("PDX_ECODE", "PDX")
        invalidSex = k("INVALID_SEX")
        mdc20FallThrough = k("MDC_20_FALL_THRU")
        onlyIncident = k("incident", "ONLY")
        multipleTrauma = k("MULTST")
        bilateral = k("BILATERAL")
        fourBareStents = k("FOUR_NON_DRUG_ELUTING_STENTS")
        fourDrugStents = k("FOUR_DRUG_ELUTING_STENTS")
        fourVessels = k("FOUR_VESSELS")
        fourStents = k("FOUR_STENTS")
        multipleFusion = k("MULTFUSE")
        anteriorSectionFusions = k("SGLANTSECTXCTR")
        posteriorFusions = k("SGLPOSTFUSECTR")
        singleFusions = k("SINGLEFUSIONCTR")
        singleAnteriorFusions = k("SGLANTCTR")
        singlePosterior1Fusions = k("SGLPOST1CTR")
    }
}
