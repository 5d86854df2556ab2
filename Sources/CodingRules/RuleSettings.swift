import Foundation
import Terminology

/// One rule the review can fire: its id, its severity unless a department changes it, what it checks and where it
/// comes from.
public struct RuleDefinition: Sendable, Hashable {
    public var id: String
    public var severity: Finding.Severity
    public var summary: String
    public var source: String

    public init(_ id: String, _ severity: Finding.Severity, _ summary: String, source: String) {
        self.id = id
        self.severity = severity
        self.summary = summary
        self.source = source
    }
}

/// A department's choices: rules switched off and severities changed, read from a plain text file, one rule a line:
///
///     # comment
///     code.unspecified-side      off
///     use-additional-code        error
///     mce.*                      warning      # every rule whose id starts with `mce.`
///
/// Rules not named keep their default severity. A line naming no known rule, or a severity other than `error`,
/// `warning`, `info` or `off`, is an error naming the line.
public struct RuleSettings: Sendable, Hashable {
    /// Rule id (or `prefix.*`) → severity; `nil` for off.
    public var overrides: [(pattern: String, severity: Finding.Severity?)] = []

    public init() {}

    public static func == (a: RuleSettings, b: RuleSettings) -> Bool {
        a.overrides.map(\.pattern) == b.overrides.map(\.pattern)
            && a.overrides.map(\.severity) == b.overrides.map(\.severity)
    }
    public func hash(into h: inout Hasher) {
        for o in overrides {
            h.combine(o.pattern)
            h.combine(o.severity)
        }
    }

    public init(text: String, name: String, known: [RuleDefinition] = RuleCatalog.all) throws(RuleSettingsError) {
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            if fields.isEmpty { continue }
            guard fields.count == 2 else {
                throw RuleSettingsError(
                    "\(name):\(n + 1): expected a rule id and a severity (error, warning, info or off)")
            }
            let pattern = String(fields[0])
            let matches =
                pattern.hasSuffix("*")
                ? known.contains { $0.id.hasPrefix(pattern.dropLast()) } : known.contains { $0.id == pattern }
            guard matches else {
                throw RuleSettingsError("\(name):\(n + 1): no rule '\(pattern)' (see `coder check --list-rules`)")
            }
            let severity: Finding.Severity?
            switch fields[1].lowercased() {
            case "off": severity = nil
            case let s:
                guard let known = Finding.Severity(rawValue: s) else {
                    throw RuleSettingsError("\(name):\(n + 1): '\(fields[1])' is not error, warning, info or off")
                }
                severity = known
            }
            overrides.append((pattern, severity))
        }
    }

    public init(contentsOf url: URL, known: [RuleDefinition] = RuleCatalog.all) throws(RuleSettingsError) {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw RuleSettingsError("\(url.path): no such file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw RuleSettingsError("\(url.path): not UTF-8 text")
        }
        try self.init(text: text, name: url.lastPathComponent, known: known)
    }

    /// The severity of a rule after the department's choices (the last line that names it wins), `nil` when off.
    public func severity(of rule: String, default severity: Finding.Severity) -> Finding.Severity? {
        var result: Finding.Severity? = severity
        for o in overrides {
            let hit = o.pattern.hasSuffix("*") ? rule.hasPrefix(o.pattern.dropLast()) : rule == o.pattern
            if hit { result = o.severity }
        }
        return result
    }

    /// The findings with the choices applied: rules switched off removed, severities changed.
    public func apply(_ findings: [Finding]) -> [Finding] {
        findings.compactMap { f in
            guard let s = severity(of: f.rule, default: f.severity) else { return nil }
            var changed = f
            changed.severity = s
            return changed
        }
    }
}

public struct RuleSettingsError: Error, CustomStringConvertible, Sendable {
    public var description: String
    init(_ d: String) { description = d }
}
