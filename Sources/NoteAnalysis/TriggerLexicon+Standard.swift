/// The standard English lexicon, written for this project from the descriptions of NegEx and ConText:
/// `Resources/assertion-triggers.tsv`, one rule a row, in order (a later rule for the same phrase and kind replaces an
/// earlier one). Columns after the header:
/// - `phrase`: matched on whole tokens, case-insensitively;
/// - `role`: `trigger`, `pseudo` (looks like a trigger and is none: `no change`) or `terminator` (ends a scope);
/// - `status`: a trigger's assertion status; a terminator's statuses, space-separated, or `all`;
/// - `direction`: a trigger's `forward`, `backward` or `both`;
/// - `window`: the longest scope in words (empty: the analyzer's);
/// - `stops at comma`: `yes` when a comma ends the scope.
extension TriggerLexicon {
    /// The standard lexicon.
    public static let standard = TriggerLexicon(standardRules)

    static var standardRules: [TriggerRule] {
        do {
            return try rules(tsv: String(decoding: PackageResources.assertion_triggers_tsv, as: UTF8.self))
        } catch {
            // compiled in and read by the tests: a table that does not load never ships
            fatalError("\(error)")
        }
    }

    /// A row the table cannot take, by line number.
    public struct FormatError: Error, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "assertion-triggers.tsv line \(line): \(message)" }
    }

    /// The rules of a table in that form.
    public static func rules(tsv: String) throws -> [TriggerRule] {
        var rules: [TriggerRule] = []
        for (i, line) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated().dropFirst()
        where !line.isEmpty {
            let number = i + 1
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 6, !f[0].isEmpty else { throw FormatError(line: number, message: "expected 6 fields") }
            func status(_ name: String) throws -> AssertionStatus {
                guard let s = AssertionStatus(rawValue: name) else {
                    throw FormatError(line: number, message: "\(name) is no assertion status")
                }
                return s
            }
            let role: TriggerRule.Role
            switch f[1] {
            case "trigger":
                guard let direction = TriggerRule.Direction(rawValue: f[3]) else {
                    throw FormatError(line: number, message: "direction \(f[3]): expected forward, backward or both")
                }
                role = .trigger(try status(f[2]), direction)
            case "pseudo":
                role = .pseudo
            case "terminator":
                role = .terminator(
                    f[2] == "all" ? nil : Set(try f[2].split(separator: " ").map { try status(String($0)) }))
            default:
                throw FormatError(line: number, message: "role \(f[1]): expected trigger, pseudo or terminator")
            }
            var window: Int?
            if !f[4].isEmpty {
                guard let w = Int(f[4]), w > 0 else {
                    throw FormatError(line: number, message: "window \(f[4]): expected a positive number")
                }
                window = w
            }
            guard ["", "yes"].contains(f[5]) else {
                throw FormatError(line: number, message: "stops at comma \(f[5]): expected yes or nothing")
            }
            rules.append(TriggerRule(f[0], role, window: window, stopsAtComma: f[5] == "yes"))
        }
        return rules
    }
}
