import ArgumentParser
import Foundation
import MSDRG
import Terminology

struct EvalMCE: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mce",
        abstract: "Measure the Medicare Code Editor's agreement with expected edits over a file of claims.",
        discussion: """
            FILE is a JSON array of claims (INTERFACES.md), each with "expectedMCE": {"editType": "NONE|PREPAYMENT|\
            POSTPAYMENT|BOTH|INVALID_DISCHARGE_DATE", "edits": {"EDIT_NAME": count, …}}. A claim agrees when the edit \
            type and every edit's count match. Every disagreement is listed. Last line: \
            mce n=… agree=… rate=0.xxx claims_per_s=…
            """)

    @OptionGroup var options: CodeSetOptions

    @Option(help: "The claims file.")
    var cases: String

    @Option(help: "How many disagreements to list (all by default).")
    var show: Int?

    struct Expected: Decodable {
        var editType: String
        var edits: [String: Int]
    }
    struct Labels: Decodable {
        var expectedMCE: Expected?
    }

    func run() throws {
        let data = try readFile(cases)
        let claims: [Claim]
        let labels: [Labels]
        do {
            claims = try Claim.decodeList(data, source: cases)
            labels = try JSONDecoder().decode([Labels].self, from: data)
        } catch let error as ClaimError {
            throw CLIError(error.message)
        } catch {
            throw CLIError(
                "\(cases): expectedMCE: not {\"editType\": \"…\", \"edits\": {\"NAME\": count}} in every claim that has it"
            )
        }
        let editor = try EditorSetup.load(options)
        let inputs = claims.map(MCEClaim.init)
        var results: [MCEResult] = []
        results.reserveCapacity(inputs.count)
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for input in inputs { results.append(editor.edit(input)) }
        }
        var labelled = 0
        var agree = 0
        var lines: [String] = []
        var byEdit: [String: (expected: Int, got: Int, agree: Int)] = [:]
        for (i, claim) in claims.enumerated() {
            guard let expected = labels[i].expectedMCE else { continue }
            labelled += 1
            let r = results[i]
            var problems: [String] = []
            if r.editType.rawValue != expected.editType {
                problems.append("edit type \(r.editType.rawValue) expected \(expected.editType)")
            }
            var got: [String: Int] = [:]
            for (e, n) in r.edits where e.kind != .none || e == .invalidAdmittingDiagnosis { got[e.name] = n }
            for name in Set(got.keys).union(expected.edits.keys).sorted() {
                let g = got[name] ?? 0
                let x = expected.edits[name] ?? 0
                var t = byEdit[name] ?? (0, 0, 0)
                if x > 0 { t.expected += 1 }
                if g > 0 { t.got += 1 }
                if g == x { t.agree += 1 } else { problems.append("\(name) \(g) expected \(x)") }
                byEdit[name] = t
            }
            if problems.isEmpty {
                agree += 1
            } else {
                let codes = claim.diagnoses.map { $0.code + ($0.poa.map { ":" + $0 } ?? "") }.joined(separator: " ")
                let procs = claim.procedures.map(\.code).joined(separator: " ")
                lines.append(
                    "\(claim.id ?? "#\(i + 1)"): \(problems.joined(separator: "; ")) | dx \(codes) | pr \(procs) | date \(claim.dischargeDate ?? "-") status \(claim.dischargeStatus ?? "-") sex \(claim.sex ?? "-") age \(claim.age.map(String.init) ?? "-")"
                )
            }
        }
        for l in (show.map { Array(lines.prefix($0)) } ?? lines) { print("disagree: \(l)") }
        for (name, t) in byEdit.sorted(by: { $0.key < $1.key }) {
            print("edit \(name): expected_on=\(t.expected) fired_on=\(t.got) claims_agreeing=\(t.agree)")
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let rate = labelled == 0 ? 0 : Double(agree) / Double(labelled)
        let perSecond = seconds > 0 ? Int(Double(inputs.count) / seconds) : 0
        print("mce n=\(labelled) agree=\(agree) rate=\(String(format: "%.3f", rate)) claims_per_s=\(perSecond)")
    }
}
