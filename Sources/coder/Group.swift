import ArgumentParser
import ClaimReview
import Foundation
import MSDRG
import Terminology

/// The grouper and weights of the shipped code sets, with the command line's errors.
enum GrouperSetup {
    static func load(_ options: CodeSetOptions) throws -> Grouping {
        do {
            return try Grouping.load(codeSets: options.locations.shipped)
        } catch {
            throw CLIError(error.description)
        }
    }
}

extension Grouping {
    /// ``version(requested:claim:)`` with the command line's error.
    func chosenVersion(requested: String?, claim: Claim) throws -> (GrouperVersion, String) {
        do {
            return try version(requested: requested, claim: claim)
        } catch {
            throw CLIError(error.description)
        }
    }
}

struct Group: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Group an inpatient claim into its MS-DRG, with the CC/MCC explanation, HAC effects and what-if.",
        discussion: """
            Reads one claim (the JSON of INTERFACES.md) from FILE or standard input. The grouper version is the one \
            asked for, else the one in effect on the claim's discharge date.
            """)

    @OptionGroup var options: CodeSetOptions

    @Argument(help: "The claim file, or - for standard input.")
    var file: String = "-"

    @Option(name: .customLong("grouper-version"), help: "The MS-DRG version (e.g. 43.1).")
    var grouperVersion: String?

    @Flag(name: .customLong("what-if"), help: "List the single secondary diagnoses that would raise the DRG.")
    var whatIf = false

    func run() throws {
        let claim = try Claim.read(file)
        let setup = try GrouperSetup.load(options)
        let (version, chosenBy) = try setup.chosenVersion(
            requested: grouperVersion ?? claim.grouperVersion, claim: claim)
        let input: GrouperClaim
        do {
            input = try GrouperClaim(claim)
        } catch let error as ClaimError {
            throw CLIError(error.message)
        }
        let session = setup.grouper.makeSession()
        let weights = setup.weights(for: version)
        let result: GroupingResult
        var raises: [WhatIfOutcome]? = nil
        do {
            if whatIf {
                let r = try session.whatIf(input, version: version, weights: weights)
                result = r.current
                raises = r.raises
            } else {
                result = try session.group(input, version: version)
            }
        } catch {
            throw CLIError(error.description)
        }
        var report = GroupReport(result: result, claim: claim, chosenBy: chosenBy, weights: weights, whatIf: raises)
        report.beyondClaimForms = input.beyondForms.map {
            GroupReport.FormNote(
                form: $0.form.rawValue, carries: "\($0.form.diagnoses) diagnoses and \($0.form.procedures) procedures",
                diagnoses: $0.diagnoses.map { CodeFormat.dottedCM(CodeFormat.normalize($0)) }, procedures: $0.procedures
            )
        }
        if options.json {
            try printJSON(report)
        } else {
            report.printText()
        }
    }
}

/// The JSON `coder group` prints (INTERFACES.md: drg, mdc, title, weight, ccMcc, returnCode, …).
struct GroupReport: Encodable {
    struct Assignment: Encodable {
        var drg: String
        var mdc: String
        var title: String
        var mdcTitle: String
        var weight: Double?
        var severity: String
        var type: String?
        var returnCode: String
        var formula: String?
    }
    struct Secondary: Encodable {
        var code: String
        var poa: String?
        var level: String
        var role: String
        var reason: String
    }
    struct CCMCC: Encodable {
        var level: String
        var counted: String?
        var secondaries: [Secondary]
    }
    struct Procedure: Encodable {
        var code: String
        var valid: Bool
        var operatingRoom: Bool
        var clusters: [String]
    }
    /// The codes a claim form would not carry: the grouper reads them all, a bill holds fewer.
    struct FormNote: Encodable {
        var form: String
        var carries: String
        var diagnoses: [String]
        var procedures: [String]
    }
    struct WhatIf: Encodable {
        var drg: String
        var title: String
        var weight: Double?
        var weightGain: Double?
        var severity: String
        var codes: Int
        var examples: [String]
    }

    var id: String?
    var grouperVersion: String
    var versionChosenBy: String
    var drg: String
    var mdc: String
    var title: String
    var mdcTitle: String
    var weight: Double?
    var weightSource: String?
    var type: String?
    var severity: String
    var returnCode: String
    var returnCodeExplanation: String
    var ccMcc: CCMCC
    var initial: Assignment?
    var hacs: [HACOutcome]
    var procedures: [Procedure]
    var principalMDC: String?
    var whatIf: [WhatIf]?
    var beyondClaimForms: [FormNote]?

    init(result: GroupingResult, claim: Claim, chosenBy: String, weights: RelativeWeights?, whatIf: [WhatIfOutcome]?) {
        func d3(_ n: Int) -> String { n < 100 ? String(format: "%03d", n) : String(n) }
        func d2(_ n: Int) -> String { String(format: "%02d", n) }
        func assignment(_ a: DRGAssignment) -> Assignment {
            Assignment(
                drg: d3(a.drg), mdc: d2(a.mdc), title: a.title, mdcTitle: a.mdcTitle,
                weight: weights?.weight(of: a.drg),
                severity: a.severity.description, type: a.kind, returnCode: a.returnCode.rawValue, formula: a.formula)
        }
        let f = result.final
        id = claim.id
        grouperVersion = result.version.description
        versionChosenBy = chosenBy
        drg = d3(f.drg)
        mdc = d2(f.mdc)
        title = f.title
        mdcTitle = f.mdcTitle
        weight = weights?.weight(of: f.drg)
        weightSource =
            weights.map { "IPPS Table 5, FY \($0.fiscalYear)" }
            ?? "no Table 5 for FY \(result.version.fiscalYear) is loaded"
        type = f.kind
        severity = f.severity.description
        returnCode = f.returnCode.rawValue
        returnCodeExplanation = f.returnCode.explanation
        let secondaries = result.secondary.map {
            Secondary(
                code: $0.code, poa: $0.poa, level: $0.level.description, role: $0.role.rawValue,
                reason: $0.reason)
        }
        ccMcc = CCMCC(
            level: f.severity.description,
            counted: secondaries.first { $0.role == SecondaryRole.counted.rawValue }?.code,
            secondaries: secondaries)
        initial = result.initial == result.final ? nil : assignment(result.initial)
        hacs = result.hacs.map { h in
            var h = h
            h.code = CodeFormat.dottedCM(h.code)
            return h
        }
        procedures = result.procedures.map {
            Procedure(code: $0.code, valid: $0.valid, operatingRoom: $0.operatingRoom, clusters: $0.clusters)
        }
        principalMDC = result.principalMDC.map(d2)
        let base = weight
        self.whatIf = whatIf.map { list in
            list.map { w in
                WhatIf(
                    drg: d3(w.drg), title: w.title, weight: w.weight,
                    weightGain: w.weight.flatMap { x in base.map { ((x - $0) * 10000).rounded() / 10000 } },
                    severity: w.severity.description, codes: w.count, examples: w.examples.map(CodeFormat.dottedCM))
            }
        }
    }

    func printText() {
        let w = weight.map { String(format: "weight %.4f", $0) } ?? "weight unknown (\(weightSource ?? "no Table 5"))"
        print("DRG \(drg)  \(title)")
        print("  MDC \(mdc) \(mdcTitle)")
        print(
            "  \(w) · \(type ?? "-") · severity \(severity) · return code \(returnCode) · grouper v\(grouperVersion) (\(versionChosenBy))"
        )
        if returnCode != "OK" { print("  \(returnCodeExplanation)") }
        if let initial {
            print("  before the HAC rule: DRG \(initial.drg) \(initial.title) (\(initial.returnCode))")
        }
        if !ccMcc.secondaries.isEmpty {
            print("Secondary diagnoses:")
            for s in ccMcc.secondaries {
                print(
                    "  \(pad(s.code, 9)) POA \(pad(s.poa ?? "-", 2)) \(pad(s.level, 5)) \(pad(s.role, 22)) \(s.reason)")
            }
        }
        if !procedures.isEmpty {
            print("Procedures:")
            for p in procedures {
                let tags =
                    [p.valid ? nil : "invalid", p.operatingRoom ? "OR" : "non-OR"].compactMap { $0 }
                    + (p.clusters.isEmpty ? [] : ["cluster " + p.clusters.joined(separator: ",")])
                print("  \(pad(p.code, 9)) \(tags.joined(separator: ", "))")
            }
        }
        for note in beyondClaimForms ?? [] {
            let codes = (note.diagnoses + note.procedures).joined(separator: ", ")
            print("Not on a\(note.form == "UB-04" ? "" : "n") \(note.form) (it carries \(note.carries)): \(codes)")
        }
        for h in hacs { print("HAC \(h.number) \(h.title): \(h.code) POA \(h.poa ?? "blank") → \(h.status)") }
        if let whatIf {
            if whatIf.isEmpty {
                print("What-if: no single secondary diagnosis raises this DRG")
            } else {
                print("What-if (one more secondary diagnosis, POA Y):")
                for o in whatIf {
                    let gain = o.weightGain.map { String(format: " (+%.4f)", $0) } ?? ""
                    let wt = o.weight.map { String(format: "weight %.4f", $0) } ?? ""
                    print(
                        "  DRG \(o.drg) \(o.title) \(wt)\(gain): \(o.codes) codes, e.g. \(o.examples.prefix(5).joined(separator: ", "))"
                    )
                }
            }
        }
    }
}
