import ArgumentParser
import ClaimReview
import Foundation
import Terminology

/// `coder eval precode`: the engine's pre-coded claim against a coder's, case by case, measured as the claim: the
/// principal diagnosis, the codes, the procedures and the MS-DRG they group to.
struct EvalPrecode: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "precode",
        abstract: "Measure pre-coding as a claim: principal, codes, procedures and DRG against a coder's claims.",
        discussion: """
            FILE is a JSON array of claims (INTERFACES.md), each with its documents (the discharge summary and any \
            operative or procedure notes, with their text) and the coder's codes: the diagnoses, principal first, and \
            the procedures; "expectedDRG" is the coder's DRG (when absent, the coder's claim is grouped). Each case's \
            documents are pre-coded as `coder precode --db` does (the suggester over every document, the discharge \
            summary's principal first, complete procedure codes only), and the claim built is grouped. Measured: \
            principal = the share of cases whose first diagnosis is the coder's; P, R and F1 over the claim's codes \
            (diagnoses and procedures, a code once per case); proc_recall = the coder's procedure codes found; \
            drg_match = the share of cases grouped to the coder's DRG. Every case that differs is listed: principal, \
            DRG, codes missing (-) and codes the coder did not report (+).
            Last line: precode n=… principal=… P=… R=… F1=… proc_recall=… drg_match=…
            """)

    @OptionGroup var options: CodeSetOptions

    @Option(help: "The cases file (a JSON array of claims with their documents and the coder's codes).")
    var cases: String

    @Flag(help: "List every case, not only those that differ.")
    var all = false

    struct Case {
        var claim: Claim
        var expectedDRG: String?
    }

    /// Reads the cases: a JSON array of claim objects; one line naming the case and what is wrong otherwise.
    static func read(_ path: String) throws -> [Case] {
        let data = try readFile(path)
        let array: [Any]
        do {
            guard let parsed = try JSONSerialization.jsonObject(with: data) as? [Any] else {
                throw CLIError("\(path): expected a JSON array of claims")
            }
            array = parsed
        } catch let error as CLIError {
            throw error
        } catch {
            throw CLIError("\(path): not valid JSON (\(error.localizedDescription))")
        }
        var cases: [Case] = []
        for (i, element) in array.enumerated() {
            guard let object = element as? [String: Any] else {
                throw CLIError("\(path): case \(i + 1) is not a JSON object")
            }
            let label = (object["id"] as? String).map { "case \($0)" } ?? "case \(i + 1)"
            let claim: Claim
            do {
                claim = try Claim.decode(try JSONSerialization.data(withJSONObject: object), source: "\(path) \(label)")
            } catch let error as ClaimError {
                throw CLIError(error.message)
            }
            guard !claim.diagnoses.isEmpty else { throw CLIError("\(path) \(label): no diagnoses (the coder's claim)") }
            guard (claim.documents ?? []).contains(where: { !($0.text ?? "").isEmpty }) else {
                throw CLIError("\(path) \(label): no document with text to pre-code")
            }
            var expected: String?
            if let s = object["expectedDRG"] as? String {
                expected = s
            } else if let n = object["expectedDRG"] as? Int {
                expected = String(n)
            }
            cases.append(Case(claim: claim, expectedDRG: expected))
        }
        guard !cases.isEmpty else { throw CLIError("\(path): no cases") }
        return cases
    }

    static func key(_ code: String) -> String { CodeFormat.normalize(code) }

    static func sameDRG(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return false }
        if let x = Int(a), let y = Int(b) { return x == y }
        return a == b
    }

    func run() throws {
        let cases = try Self.read(cases)
        let reviewer = try ReviewSetup.load(options)
        let precoder: Precoder
        do {
            precoder = try Precoder(reviewer: reviewer)
        } catch {
            throw CLIError(error.description)
        }
        var principalRight = 0
        var correct = 0
        var predicted = 0
        var gold = 0
        var procedureGold = 0
        var procedureFound = 0
        var drgRight = 0
        var drgCases = 0
        for (i, c) in cases.enumerated() {
            let name = c.claim.id ?? "#\(i + 1)"
            var input = c.claim
            input.diagnoses = []
            input.procedures = []
            let result = precoder.precode(input)
            let goldDx = c.claim.diagnoses.map { Self.key($0.code) }
            let goldPx = c.claim.procedures.map { Self.key($0.code) }
            let engineDx = result.claim.diagnoses.map { Self.key($0.code) }
            let enginePx = result.claim.procedures.map { Self.key($0.code) }
            let goldSet = Set(goldDx + goldPx)
            let engineSet = Set(engineDx + enginePx)
            correct += goldSet.intersection(engineSet).count
            predicted += engineSet.count
            gold += goldSet.count
            procedureGold += Set(goldPx).count
            procedureFound += Set(goldPx).intersection(enginePx).count
            let principalOK = engineDx.first == goldDx.first
            if principalOK { principalRight += 1 }
            let expected = c.expectedDRG ?? (try? reviewer.grouping?.summary(of: c.claim))?.drg
            let engineDRG = result.grouping?.drg
            var drgOK = false
            if expected != nil {
                drgCases += 1
                drgOK = Self.sameDRG(engineDRG, expected)
                if drgOK { drgRight += 1 }
            }
            let missing = (goldDx + goldPx).filter { !engineSet.contains($0) }
            let extra = (engineDx + enginePx).filter { !goldSet.contains($0) }
            if all || !principalOK || !drgOK || !missing.isEmpty || !extra.isEmpty {
                var line = "\(name): principal \(engineDx.first ?? "-")"
                if !principalOK { line += " (coder \(goldDx.first ?? "-"))" }
                line += " · DRG \(engineDRG ?? "-")"
                if !drgOK { line += " (coder \(expected ?? "-"))" }
                if !missing.isEmpty { line += " · " + missing.map { "-\($0)" }.joined(separator: " ") }
                if !extra.isEmpty { line += " · " + extra.map { "+\($0)" }.joined(separator: " ") }
                print(line)
            }
        }
        func f(_ x: Double) -> String { String(format: "%.3f", x) }
        let p = predicted == 0 ? 0 : Double(correct) / Double(predicted)
        let r = gold == 0 ? 0 : Double(correct) / Double(gold)
        let f1 = p + r == 0 ? 0 : 2 * p * r / (p + r)
        let procRecall = procedureGold == 0 ? 0 : Double(procedureFound) / Double(procedureGold)
        let drg = drgCases == 0 ? 0 : Double(drgRight) / Double(drgCases)
        print(
            "precode n=\(cases.count) principal=\(f(Double(principalRight) / Double(cases.count))) P=\(f(p)) R=\(f(r)) F1=\(f(f1)) proc_recall=\(f(procRecall)) drg_match=\(f(drg))"
        )
    }
}
