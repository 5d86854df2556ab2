import ArgumentParser
import ClaimReview
import Foundation
import MSDRG
import Terminology

struct EvalGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "group",
        abstract: "Measure the grouper's agreement with expected DRGs over a file of claims.",
        discussion: """
            FILE is a JSON array of claims (INTERFACES.md), each with "expectedDRG": "NNN" and optionally \
            "grouperVersion" and "expected": {"mdc", "returnCode", "initialDRG"} (checked too when present). Every \
            disagreement is listed. Last line: group n=… agree=… rate=0.xxx claims_per_s=…
            """)

    @OptionGroup var options: CodeSetOptions

    @Option(help: "The claims file.")
    var cases: String

    @Option(name: .customLong("grouper-version"), help: "Group every claim with this version (e.g. 43.1).")
    var grouperVersion: String?

    @Option(help: "How many disagreements to list (all by default).")
    var show: Int?

    @Option(
        name: .customLong("dump-results"),
        help: ArgumentHelp("Also write every claim's full result (JSON lines) to this file.", visibility: .hidden))
    var dumpResults: String?

    struct Expected: Decodable {
        var mdc: Int?
        var returnCode: String?
        var initialDRG: Int?
    }
    struct Labels: Decodable {
        var expected: Expected?
    }

    func run() throws {
        let file = try GroupCases.read(cases, requestedVersion: grouperVersion, options: options)
        let setup = file.setup
        let claims = file.claims
        let labels = file.labels
        let inputs = file.inputs
        let unreadable = file.unreadable
        // Claims are decoded and packed before the clock starts: the rate is the grouping alone.
        let session = setup.grouper.makeSession()
        var outcomes: [GroupingOutcome?] = Array(repeating: nil, count: inputs.count)
        let clock = ContinuousClock()
        var groupedCount = 0
        let elapsed = clock.measure {
            for (i, input) in inputs.enumerated() where input.version.number != 0 {
                outcomes[i] = try? session.assign(input.packed, version: input.version)
                groupedCount += 1
            }
        }
        var agree = 0
        var labelled = 0
        var lines: [String] = []
        var byVersion: [String: (n: Int, agree: Int)] = [:]
        for (i, claim) in claims.enumerated() {
            guard let expected = inputs[i].expected else { continue }
            labelled += 1
            let name = claim.id ?? "#\(i + 1)"
            let v = inputs[i].version.description
            var tally = byVersion[v] ?? (0, 0)
            tally.n += 1
            guard let r = outcomes[i] else {
                lines.append("\(name) v\(v): not grouped; expected DRG \(expected)")
                byVersion[v] = tally
                continue
            }
            var problems: [String] = []
            if r.drg != expected { problems.append("DRG \(r.drg) expected \(expected)") }
            if let e = labels[safe: i]?.expected {
                if let mdc = e.mdc, mdc != r.mdc { problems.append("MDC \(r.mdc) expected \(mdc)") }
                if let rc = e.returnCode, rc != r.returnCode.rawValue {
                    problems.append("return code \(r.returnCode.rawValue) expected \(rc)")
                }
                if let initial = e.initialDRG, initial != r.initialDRG {
                    problems.append("initial DRG \(r.initialDRG) expected \(initial)")
                }
            }
            if r.drg == expected {
                agree += 1
                tally.agree += 1
            }
            byVersion[v] = tally
            if !problems.isEmpty {
                let codes = claim.diagnoses.map { $0.code + ($0.poa.map { ":" + $0 } ?? "") }.joined(separator: " ")
                let procs = claim.procedures.map(\.code).joined(separator: " ")
                lines.append(
                    "\(name) v\(v): \(problems.joined(separator: "; ")) | dx \(codes) | pr \(procs) | status \(claim.dischargeStatus ?? "-") sex \(claim.sex ?? "-") age \(claim.age.map(String.init) ?? "-")"
                )
            }
        }
        if let dumpResults {
            let differing = try Self.dump(inputs, to: dumpResults, grouper: setup.grouper)
            for d in differing {
                print("inconsistent: \(claims[d].id ?? "#\(d + 1)"): the explained result differs from the outcome")
            }
        }
        for u in unreadable { print("unreadable: \(u)") }
        for l in (show.map { Array(lines.prefix($0)) } ?? lines) { print("disagree: \(l)") }
        for (v, t) in byVersion.sorted(by: { $0.key < $1.key }) {
            print(
                "version \(v): n=\(t.n) agree=\(t.agree) rate=\(String(format: "%.4f", t.n == 0 ? 0 : Double(t.agree) / Double(t.n)))"
            )
        }
        let seconds = elapsed.seconds
        let rate = labelled == 0 ? 0 : Double(agree) / Double(labelled)
        let perSecond = seconds > 0 ? Int(Double(groupedCount) / seconds) : 0
        print("group n=\(labelled) agree=\(agree) rate=\(String(format: "%.3f", rate)) claims_per_s=\(perSecond)")
    }
}

extension EvalGroup {
    /// Writes each claim's full result, one JSON object a line (sorted keys), or its error: for comparing two builds.
    /// Returns the claims whose explained result does not carry the numbers of their outcome (none, unless a bug).
    static func dump(_ inputs: [GroupCases.Input], to path: String, grouper: MSDRGGrouper) throws -> [Int] {
        let session = grouper.makeSession()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var out = Data()
        var differing: [Int] = []
        for (i, input) in inputs.enumerated() {
            if input.version.number == 0 {
                out.append(contentsOf: "unreadable\n".utf8)
                continue
            }
            do {
                let r = try session.group(input.claim, version: input.version)
                out.append(try encoder.encode(r))
                let o = try session.assign(input.packed, version: input.version)
                let hacs = r.hacs.filter { $0.status == "criteria-met" }.reduce(UInt64(0)) {
                    $0 | 1 << UInt64($1.number)
                }
                if o.drg != r.drg || o.mdc != r.mdc || o.returnCode != r.returnCode || o.baseDRG != r.final.baseDRG
                    || o.severity != r.final.severity || o.initialDRG != r.initial.drg || o.initialMDC != r.initial.mdc
                    || o.initialReturnCode != r.initial.returnCode || o.initialBaseDRG != r.initial.baseDRG
                    || o.initialSeverity != r.initial.severity || o.hospitalAcquired != hacs
                {
                    differing.append(i)
                }
            } catch {
                out.append(contentsOf: "error: \(error)".utf8)
            }
            out.append(UInt8(ascii: "\n"))
        }
        guard FileManager.default.createFile(atPath: path, contents: out) else {
            throw CLIError("\(path): cannot write")
        }
        return differing
    }
}

/// A file of claims for the grouper (INTERFACES.md claims, optionally labelled), read and converted before any
/// grouping is timed.
struct GroupCases {
    struct Input {
        var claim: GrouperClaim
        var packed: PackedClaim
        /// Version 0: the claim could not be read.
        var version: GrouperVersion
        var expected: Int?
    }

    var setup: Grouping
    var claims: [Claim]
    var labels: [EvalGroup.Labels]
    var inputs: [Input]
    var unreadable: [String]
    var loadSeconds: Double

    static func read(_ path: String, requestedVersion: String?, options: CodeSetOptions) throws -> GroupCases {
        let data = try readFile(path)
        let claims: [Claim]
        let labels: [EvalGroup.Labels]
        do {
            claims = try Claim.decodeList(data, source: path)
            labels =
                (try? JSONDecoder().decode([EvalGroup.Labels].self, from: data))
                ?? Array(repeating: EvalGroup.Labels(), count: claims.count)
        } catch let error as ClaimError {
            throw CLIError(error.message)
        }
        let clock = ContinuousClock()
        var setup: Grouping?
        let loadTime = try clock.measure { setup = try GrouperSetup.load(options) }
        let loaded = setup!
        var inputs: [Input] = []
        var unreadable: [String] = []
        let empty = GrouperClaim(principal: .init(""))
        for (i, claim) in claims.enumerated() {
            let name = claim.id ?? "#\(i + 1)"
            do {
                let (version, _) = try loaded.chosenVersion(
                    requested: requestedVersion ?? claim.grouperVersion, claim: claim)
                let expected = claim.expectedDRG.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
                let input = try GrouperClaim(claim)
                inputs.append(Input(claim: input, packed: PackedClaim(input), version: version, expected: expected))
            } catch let error as ClaimError {
                unreadable.append("\(name): \(error.message)")
                inputs.append(Input(claim: empty, packed: PackedClaim(empty), version: GrouperVersion(number: 0)))
            } catch let error as CLIError {
                unreadable.append("\(name): \(error.description)")
                inputs.append(Input(claim: empty, packed: PackedClaim(empty), version: GrouperVersion(number: 0)))
            }
        }
        return GroupCases(
            setup: loaded, claims: claims, labels: labels, inputs: inputs, unreadable: unreadable,
            loadSeconds: loadTime.seconds)
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}

extension Array {
    subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}
