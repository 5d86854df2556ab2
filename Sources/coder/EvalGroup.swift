import ArgumentParser
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
        guard let data = FileManager.default.contents(atPath: cases) else { throw CLIError("\(cases): no such file") }
        let claims: [Claim]
        let labels: [Labels]
        do {
            claims = try Claim.decodeList(data, source: cases)
            labels = (try? JSONDecoder().decode([Labels].self, from: data)) ?? Array(repeating: Labels(), count: claims.count)
        } catch let error as ClaimError {
            throw CLIError(error.message)
        }
        let setup = try GrouperSetup.load(options)
        var inputs: [(GrouperClaim, GrouperVersion, Int?)] = []
        var unreadable: [String] = []
        for (i, claim) in claims.enumerated() {
            let name = claim.id ?? "#\(i + 1)"
            do {
                let (version, _) = try setup.version(requested: grouperVersion ?? claim.grouperVersion, claim: claim)
                let expected = claim.expectedDRG.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
                inputs.append((try GrouperClaim(claim), version, expected))
            } catch let error as ClaimError {
                unreadable.append("\(name): \(error.message)")
                inputs.append((GrouperClaim(principal: .init("")), GrouperVersion(number: 0), nil))
            } catch let error as CLIError {
                unreadable.append("\(name): \(error.description)")
                inputs.append((GrouperClaim(principal: .init("")), GrouperVersion(number: 0), nil))
            }
        }
        let session = setup.grouper.makeSession()
        var results: [GroupingResult?] = Array(repeating: nil, count: inputs.count)
        let clock = ContinuousClock()
        var groupedCount = 0
        let elapsed = clock.measure {
            for (i, input) in inputs.enumerated() where input.1.number != 0 {
                results[i] = try? session.group(input.0, version: input.1)
                groupedCount += 1
            }
        }
        var agree = 0
        var labelled = 0
        var lines: [String] = []
        var byVersion: [String: (n: Int, agree: Int)] = [:]
        for (i, claim) in claims.enumerated() {
            guard let expected = inputs[i].2 else { continue }
            labelled += 1
            let name = claim.id ?? "#\(i + 1)"
            let v = inputs[i].1.description
            var tally = byVersion[v] ?? (0, 0)
            tally.n += 1
            guard let r = results[i] else {
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
                if let initial = e.initialDRG, initial != r.initial.drg {
                    problems.append("initial DRG \(r.initial.drg) expected \(initial)")
                }
            }
            if r.drg == expected { agree += 1; tally.agree += 1 }
            byVersion[v] = tally
            if !problems.isEmpty {
                let codes = claim.diagnoses.map { $0.code + ($0.poa.map { ":" + $0 } ?? "") }.joined(separator: " ")
                let procs = claim.procedures.map(\.code).joined(separator: " ")
                lines.append(
                    "\(name) v\(v): \(problems.joined(separator: "; ")) | dx \(codes) | pr \(procs) | status \(claim.dischargeStatus ?? "-") sex \(claim.sex ?? "-") age \(claim.age.map(String.init) ?? "-")"
                )
            }
        }
        if let dumpResults { try Self.dump(inputs, to: dumpResults, grouper: setup.grouper) }
        for u in unreadable { print("unreadable: \(u)") }
        for l in (show.map { Array(lines.prefix($0)) } ?? lines) { print("disagree: \(l)") }
        for (v, t) in byVersion.sorted(by: { $0.key < $1.key }) {
            print("version \(v): n=\(t.n) agree=\(t.agree) rate=\(String(format: "%.4f", t.n == 0 ? 0 : Double(t.agree) / Double(t.n)))")
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let rate = labelled == 0 ? 0 : Double(agree) / Double(labelled)
        let perSecond = seconds > 0 ? Int(Double(groupedCount) / seconds) : 0
        print("group n=\(labelled) agree=\(agree) rate=\(String(format: "%.3f", rate)) claims_per_s=\(perSecond)")
    }
}

extension EvalGroup {
    /// Writes each claim's full result, one JSON object a line (sorted keys), or its error: for comparing two builds.
    static func dump(_ inputs: [(GrouperClaim, GrouperVersion, Int?)], to path: String, grouper: MSDRGGrouper) throws {
        let session = grouper.makeSession()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var out = Data()
        for input in inputs {
            if input.1.number == 0 {
                out.append(contentsOf: "unreadable\n".utf8)
                continue
            }
            do {
                out.append(try encoder.encode(try session.group(input.0, version: input.1)))
            } catch {
                out.append(contentsOf: "error: \(error)".utf8)
            }
            out.append(UInt8(ascii: "\n"))
        }
        guard FileManager.default.createFile(atPath: path, contents: out) else { throw CLIError("\(path): cannot write") }
    }
}

extension Array {
    subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}
