import Foundation
import Terminology

extension MCEClaim {
    /// Reads the editor's input from an INTERFACES.md claim. Nothing is rejected: what is missing or wrong becomes an
    /// edit (invalid age, sex, discharge status or code).
    public init(_ claim: Claim) {
        let codes = claim.diagnoses.map { MCEClaim.Code($0.code, poa: $0.poa) }
        let sex: Sex
        switch claim.sex?.trimmingCharacters(in: .whitespaces).uppercased() {
        case nil, "", "U", "UNKNOWN": sex = .unknown
        case "M", "MALE": sex = .male
        case "F", "FEMALE": sex = .female
        case let other?: sex = .invalid(other)
        }
        var status: Int?
        if let s = claim.dischargeStatus?.trimmingCharacters(in: .whitespaces), s.count <= 2, let n = Int(s) {
            status = n
        }
        self.init(
            dischargeDay: claim.dischargeDay, admitDay: claim.admitDay, age: claim.age, sex: sex,
            dischargeStatus: status,
            principal: codes.first, secondary: Array(codes.dropFirst()),
            procedures: claim.procedures.map { MCEClaim.Code($0.code) })
    }
}
