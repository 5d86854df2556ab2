import Foundation
import Terminology

extension GrouperClaim {
    /// Reads the grouper's input from an INTERFACES.md claim, checking each field.
    /// - Throws: ``ClaimError`` naming the field that is missing or wrong.
    public init(_ claim: Claim) throws {
        guard let first = claim.diagnoses.first else {
            throw ClaimError("claim: diagnoses: at least the principal diagnosis is required")
        }
        func diagnosis(_ d: Claim.Diagnosis, at i: Int) throws -> Diagnosis {
            let code = d.code.trimmingCharacters(in: .whitespaces)
            guard !code.isEmpty else { throw ClaimError("claim: diagnoses[\(i)].code: empty") }
            guard PackedCode(code) != nil else {
                throw ClaimError(
                    "claim: diagnoses[\(i)].code: \"\(d.code)\" is not an ICD-10-CM code (letters and digits, at most 7)"
                )
            }
            var poa: Character?
            if let p = d.poa?.trimmingCharacters(in: .whitespaces).uppercased(), !p.isEmpty {
                guard p.count == 1, let c = p.first, "YNUW1".contains(c) else {
                    throw ClaimError(
                        "claim: diagnoses[\(i)].poa: \"\(d.poa!)\" is not a POA indicator (Y, N, U, W or 1)")
                }
                poa = c
            }
            return Diagnosis(code, poa: poa)
        }
        let principal = try diagnosis(first, at: 0)
        var secondary: [Diagnosis] = []
        for (i, d) in claim.diagnoses.enumerated().dropFirst() { secondary.append(try diagnosis(d, at: i)) }
        guard secondary.count <= Self.maximumSecondaryDiagnoses else {
            throw ClaimError(
                "claim: diagnoses: \(claim.diagnoses.count) given; the grouper reads the principal and at most \(Self.maximumSecondaryDiagnoses) secondary diagnoses"
            )
        }
        var procedures: [String] = []
        for (i, p) in claim.procedures.enumerated() {
            let code = p.code.trimmingCharacters(in: .whitespaces)
            guard let packed = PackedCode(code), packed.length == 7 else {
                throw ClaimError("claim: procedures[\(i)].code: \"\(p.code)\" is not an ICD-10-PCS code (7 characters)")
            }
            procedures.append(code)
        }
        guard procedures.count <= Self.maximumProcedures else {
            throw ClaimError(
                "claim: procedures: \(procedures.count) given; the grouper reads at most \(Self.maximumProcedures)")
        }
        var age = 0
        if let a = claim.age {
            guard (0...124).contains(a) else { throw ClaimError("claim: age: \(a) is outside 0–124") }
            age = a
        }
        var sex = Sex.unknown
        switch claim.sex?.trimmingCharacters(in: .whitespaces).uppercased() {
        case nil, "", "U", "UNKNOWN", "2": sex = .unknown
        case "M", "MALE", "0": sex = .male
        case "F", "FEMALE", "1": sex = .female
        default: throw ClaimError("claim: sex: \"\(claim.sex!)\" is not M, F or U")
        }
        var status = 1
        if let s = claim.dischargeStatus?.trimmingCharacters(in: .whitespaces), !s.isEmpty {
            guard s.count <= 2, let n = Int(s) else {
                throw ClaimError("claim: dischargeStatus: \"\(s)\" is not a two-digit UB-04 patient status code")
            }
            status = n
        }
        self.init(
            principal: principal, secondary: secondary, procedures: procedures, age: age, sex: sex,
            dischargeStatus: status, poaExempt: claim.poaExempt ?? false)
    }
}
