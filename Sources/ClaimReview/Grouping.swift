import Foundation
import MSDRG
import Terminology

/// The MS-DRG grouper and the relative weights of each fiscal year, loaded once and shared.
public struct Grouping: Sendable {
    public let grouper: MSDRGGrouper
    /// IPPS Table 5 weights by fiscal year.
    public let weights: [Int: RelativeWeights]

    public init(grouper: MSDRGGrouper, weights: [Int: RelativeWeights]) {
        self.grouper = grouper
        self.weights = weights
    }

    /// Loads the grouper tables and weights shipped in `codeSets`.
    /// - Throws: ``ReviewError`` naming the file that could not be read.
    public static func load(codeSets: URL) throws(ReviewError) -> Grouping {
        do {
            return Grouping(
                grouper: try MSDRGGrouper.load(codeSets: codeSets),
                weights: try RelativeWeights.loadShipped(codeSets: codeSets))
        } catch let error as ReleaseFileError {
            throw ReviewError(error.description)
        } catch {
            throw ReviewError("\(codeSets.path): \(error)")
        }
    }

    /// The version a claim is grouped with: the one asked for, else the one in effect on the discharge date, else the
    /// latest in effect today; with how it was chosen.
    public func version(requested: String?, claim: Claim) throws(ReviewError) -> (GrouperVersion, String) {
        if let requested {
            guard let v = GrouperVersion(requested) else {
                throw ReviewError("grouper version \"\(requested)\" is not a version (e.g. 43.1)")
            }
            guard grouper.versions.contains(v) else {
                throw ReviewError(
                    "grouper version \(v) is not available (available: \(grouper.versions.map(\.description).joined(separator: ", ")))"
                )
            }
            return (v, "requested")
        }
        if let text = claim.dischargeDate {
            guard let day = Claim.day(text) else {
                throw ReviewError("claim: dischargeDate: \"\(text)\" is not a date (yyyy-mm-dd)")
            }
            guard let v = grouper.version(forDischargeDay: day) else {
                throw ReviewError(
                    "claim: dischargeDate: \(text) is before the earliest grouper version held (\(grouper.versions.first?.description ?? "none"))"
                )
            }
            return (v, "discharge date \(text)")
        }
        let c = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        let today = c.year! * 10000 + c.month! * 100 + c.day!
        guard let v = grouper.version(forDischargeDay: today) else { throw ReviewError("no grouper version available") }
        return (v, "in effect today (no discharge date on the claim)")
    }

    public func weights(for version: GrouperVersion) -> RelativeWeights? { weights[version.fiscalYear] }

    /// The claim's MS-DRG in short: what a worklist stores and shows.
    public struct Summary: Codable, Sendable, Hashable {
        public var grouperVersion: String
        public var drg: String
        public var mdc: String
        public var title: String
        public var weight: Double?
        /// `none`, `cc` or `mcc`: the severity the DRG was assigned with.
        public var ccMcc: String
        public var returnCode: String
        /// Where the weight comes from, or why there is none (`no Table 5 for FY 2027 is loaded`): never silently absent.
        public var weightSource: String?
    }

    /// Groups a claim with the version in effect on its discharge date (or the one it asks for).
    /// - Throws: ``ReviewError`` for a claim the grouper cannot read (bad date, code or version).
    public func summary(of claim: Claim) throws(ReviewError) -> Summary {
        let (version, _) = try self.version(requested: claim.grouperVersion, claim: claim)
        let input: GrouperClaim
        do {
            input = try GrouperClaim(claim)
        } catch let error as ClaimError {
            throw ReviewError(error.message)
        } catch {
            throw ReviewError("claim: \(error)")
        }
        let result: GroupingResult
        do {
            result = try grouper.group(input, version: version)
        } catch {
            throw ReviewError(error.description)
        }
        let f = result.final
        return Summary(
            grouperVersion: version.description, drg: String(format: "%03d", f.drg), mdc: String(format: "%02d", f.mdc),
            title: f.title, weight: weights(for: version)?.weight(of: f.drg),
            ccMcc: f.severity == .mcc ? "mcc" : f.severity == .cc ? "cc" : "none", returnCode: f.returnCode.rawValue,
            weightSource: weights(for: version).map { "IPPS Table 5, FY \($0.fiscalYear)" }
                ?? "no Table 5 for FY \(version.fiscalYear) (grouper v\(version)) is loaded: no relative weight")
    }
}
