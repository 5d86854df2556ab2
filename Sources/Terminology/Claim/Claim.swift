import Foundation

/// A claim as INTERFACES.md defines it: the JSON object `coder group`, `coder check` and the service read. Codes are
/// accepted with or without the dot and in any case; the first diagnosis is the principal (or first-listed) one.
public struct Claim: Codable, Sendable, Hashable {
    public struct Diagnosis: Codable, Sendable, Hashable {
        public var code: String
        public var poa: String?
        public init(code: String, poa: String? = nil) {
            self.code = code
            self.poa = poa
        }
    }

    public struct Procedure: Codable, Sendable, Hashable {
        public var code: String
        public var date: String?
        public init(code: String, date: String? = nil) {
            self.code = code
            self.date = date
        }
    }

    public struct Document: Codable, Sendable, Hashable {
        public var type: String?
        public var author: String?
        public var date: String?
        public var signed: Bool?
        public var text: String?

        public init(
            type: String? = nil, author: String? = nil, date: String? = nil, signed: Bool? = nil, text: String? = nil
        ) {
            self.type = type
            self.author = author
            self.date = date
            self.signed = signed
            self.text = text
        }
    }

    public var id: String?
    public var setting: String?
    public var admitDate: String?
    public var dischargeDate: String?
    public var age: Int?
    public var sex: String?
    public var dischargeStatus: String?
    public var diagnoses: [Diagnosis]
    public var procedures: [Procedure]
    public var documents: [Document]?
    /// Optional: the MS-DRG grouper version to use ("43.1"); otherwise the one in effect on the discharge date.
    public var grouperVersion: String?
    /// Optional: the hospital is exempt from POA reporting (the HAC payment rule does not apply).
    public var poaExempt: Bool?
    /// Evaluation files only: the DRG a reference grouper assigned.
    public var expectedDRG: String?

    public init(
        id: String? = nil, setting: String? = "inpatient", admitDate: String? = nil, dischargeDate: String? = nil,
        age: Int? = nil, sex: String? = nil, dischargeStatus: String? = nil, diagnoses: [Diagnosis],
        procedures: [Procedure] = [], documents: [Document]? = nil, grouperVersion: String? = nil
    ) {
        self.id = id
        self.setting = setting
        self.admitDate = admitDate
        self.dischargeDate = dischargeDate
        self.age = age
        self.sex = sex
        self.dischargeStatus = dischargeStatus
        self.diagnoses = diagnoses
        self.procedures = procedures
        self.documents = documents
        self.grouperVersion = grouperVersion
    }

    enum CodingKeys: String, CodingKey {
        case id, setting, admitDate, dischargeDate, age, sex, dischargeStatus, diagnoses, procedures, documents,
            grouperVersion, poaExempt, expectedDRG
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try Self.flexibleString(c, .id)
        setting = try c.decodeIfPresent(String.self, forKey: .setting)
        admitDate = try c.decodeIfPresent(String.self, forKey: .admitDate)
        dischargeDate = try c.decodeIfPresent(String.self, forKey: .dischargeDate)
        if let n = try? c.decodeIfPresent(Int.self, forKey: .age) {
            age = n
        } else if let s = try c.decodeIfPresent(String.self, forKey: .age) {
            guard let n = Int(s.trimmingCharacters(in: .whitespaces)) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .age, in: c, debugDescription: "not a whole number: \"\(s)\"")
            }
            age = n
        } else {
            age = nil
        }
        sex = try c.decodeIfPresent(String.self, forKey: .sex)
        dischargeStatus = try Self.flexibleString(c, .dischargeStatus)
        diagnoses = try c.decodeIfPresent([Diagnosis].self, forKey: .diagnoses) ?? []
        procedures = try c.decodeIfPresent([Procedure].self, forKey: .procedures) ?? []
        documents = try c.decodeIfPresent([Document].self, forKey: .documents)
        grouperVersion = try Self.flexibleString(c, .grouperVersion)
        poaExempt = try c.decodeIfPresent(Bool.self, forKey: .poaExempt)
        expectedDRG = try Self.flexibleString(c, .expectedDRG)
    }

    /// A string, or a number written as one (`"dischargeStatus": 1`).
    static func flexibleString(_ c: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys) throws -> String? {
        guard c.contains(key) else { return nil }
        if let s = try? c.decodeIfPresent(String.self, forKey: key) { return s }
        if let n = try? c.decodeIfPresent(Int.self, forKey: key) { return String(n) }
        if let d = try? c.decodeIfPresent(Double.self, forKey: key) { return String(d) }
        if try c.decodeNil(forKey: key) { return nil }
        throw DecodingError.typeMismatch(
            String.self, .init(codingPath: c.codingPath + [key], debugDescription: "expected a string or a number"))
    }

    /// The discharge date as yyyymmdd, when given as yyyy-mm-dd (or yyyymmdd).
    public var dischargeDay: Int? { Self.day(dischargeDate) }
    public var admitDay: Int? { Self.day(admitDate) }

    public static func day(_ text: String?) -> Int? {
        guard let text else { return nil }
        let digits = text.filter(\.isNumber)
        guard digits.count == 8, let n = Int(digits) else { return nil }
        let month = (n / 100) % 100
        let day = n % 100
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        return n
    }

    /// Reads one claim, or a JSON array of claims, with a one-line error naming what is wrong.
    public static func decode(_ data: Data, source: String = "claim") throws -> Claim {
        let claim: Claim
        do {
            claim = try JSONDecoder().decode(Claim.self, from: data)
        } catch {
            throw ClaimError(Self.describe(error, source: source, data: data))
        }
        if let problem = claim.limitProblem { throw ClaimError("\(source): \(problem)") }
        return claim
    }

    public static func decodeList(_ data: Data, source: String) throws -> [Claim] {
        let claims: [Claim]
        do {
            claims = try JSONDecoder().decode([Claim].self, from: data)
        } catch {
            throw ClaimError(Self.describe(error, source: source, data: data))
        }
        for (i, claim) in claims.enumerated() {
            if let problem = claim.limitProblem { throw ClaimError("\(source): [\(i)]: \(problem)") }
        }
        return claims
    }

    /// The most diagnoses a claim may hold: the 837I carries 25, a UB-04 18 (CMS grouper: 25); four times that
    /// leaves room for any real stay and keeps every review and grouping bounded.
    public static let maximumDiagnoses = 100
    /// The most procedures a claim may hold (the 837I carries 25).
    public static let maximumProcedures = 100
    /// The most text its documents may hold together, in UTF-8 bytes (a long stay's notes are well under this).
    public static let maximumDocumentBytes = 2 << 20

    /// What makes the claim too big to review, or nil.
    public var limitProblem: String? {
        if diagnoses.count > Self.maximumDiagnoses {
            return "diagnoses: \(diagnoses.count) codes; a claim holds at most \(Self.maximumDiagnoses)"
        }
        if procedures.count > Self.maximumProcedures {
            return "procedures: \(procedures.count) codes; a claim holds at most \(Self.maximumProcedures)"
        }
        let bytes = (documents ?? []).reduce(0) { $0 + ($1.text?.utf8.count ?? 0) }
        if bytes > Self.maximumDocumentBytes {
            return "documents: \(bytes) bytes of text; a claim holds at most \(Self.maximumDocumentBytes)"
        }
        return nil
    }

    static func describe(_ error: any Error, source: String, data: Data) -> String {
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return "\(source): empty input (expected a JSON claim)"
        }
        guard let e = error as? DecodingError else { return "\(source): \(error.localizedDescription)" }
        func path(_ p: [any CodingKey]) -> String {
            var out = ""
            for k in p {
                if let i = k.intValue { out += "[\(i)]" } else { out += (out.isEmpty ? "" : ".") + k.stringValue }
            }
            return out.isEmpty ? "the top level" : out
        }
        switch e {
        case .dataCorrupted(let ctx):
            if ctx.codingPath.isEmpty {
                return "\(source): not valid JSON (truncated or malformed)"
            }
            return "\(source): \(path(ctx.codingPath)): \(ctx.debugDescription)"
        case .keyNotFound(let key, let ctx):
            return "\(source): \(path(ctx.codingPath + [key])): missing"
        case .typeMismatch(let type, let ctx):
            let expected = type == String.self ? "a string" : type == Int.self ? "a whole number" : "\(type)"
            return "\(source): \(path(ctx.codingPath)): expected \(expected)"
        case .valueNotFound(_, let ctx):
            return "\(source): \(path(ctx.codingPath)): missing value"
        @unknown default:
            return "\(source): \(error)"
        }
    }
}

/// A claim that cannot be read or used, with a message naming the field.
public struct ClaimError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
