import Foundation
import Terminology

/// The present-on-admission rules (Section I.C.0 and Appendix I of the Official Guidelines; the POA-exempt list).
extension CodeSetEdits {
    /// The POA-exempt list of the fiscal year, else the newest one before it.
    func exemptList(for claim: Claim) -> (String, POAExemptList)? {
        let fy = claim.dischargeDate.flatMap(Self.fiscalYear(of:)) ?? Int.max
        return poaExempt.filter { (Int($0.key) ?? 0) <= fy }.max { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// Present-on-admission indicators (inpatient claims of hospitals that report POA): missing, 1 on a code that is
    /// not exempt, an indicator on an exempt code. Values other than Y, N, U, W and 1 are the code editor's.
    func poaFindings(_ claim: Claim, valid: [(position: Int, index: Int)], tabular: TabularList) -> [Finding] {
        guard (claim.setting ?? "inpatient").lowercased() == "inpatient", claim.poaExempt != true else { return [] }
        let list = exemptList(for: claim)
        var out: [Finding] = []
        for (position, index) in valid {
            let code = tabular.entries[index].code
            let field = "diagnoses[\(position)].poa"
            let poa = claim.diagnoses[position].poa?.trimmingCharacters(in: .whitespaces).uppercased() ?? ""
            let exempt = list?.1.contains(code)
            switch (poa, exempt) {
            case ("", .some(false)):
                out.append(
                    finding(
                        RuleCatalog.poaMissing,
                        "\(code) has no present-on-admission indicator and is not exempt (FY\(list!.0) list).",
                        codes: [code], fields: [field],
                        fix: "Report Y, N, U or W from the documentation; query the physician when it is unclear (W)."))
            case ("", .none):
                out.append(
                    finding(
                        RuleCatalog.poaUnverified,
                        "\(code) has no present-on-admission indicator; without the POA-exempt list it cannot be told whether it is exempt.",
                        codes: [code], fields: [field],
                        fix: "Import the CMS POA-exempt list (`coder codesets import`), or report the indicator."))
            case ("1", .some(false)):
                out.append(
                    finding(
                        RuleCatalog.poaExemptMisused,
                        "\(code) is reported as exempt from POA (1) but is not on the FY\(list!.0) POA-exempt list.",
                        codes: [code], fields: [field], fix: "Report Y, N, U or W."))
            case ("Y", .some(true)), ("N", .some(true)), ("U", .some(true)), ("W", .some(true)):
                out.append(
                    finding(
                        RuleCatalog.poaOnExemptCode,
                        "\(code) is exempt from POA reporting (FY\(list!.0) list) but carries \(poa).",
                        codes: [code], fields: [field], fix: "Leave the indicator blank or report 1."))
            default:
                continue
            }
        }
        return out
    }
}
