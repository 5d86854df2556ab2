import CodeSearch
import Foundation
import HTTPTypes
import Terminology

/// The FHIR terminology operations over the loaded code sets: `$lookup`, `$validate-code` and `$subsumes` on
/// ICD-10-CM (the Tabular List with its hierarchy and instructional notes) and ICD-10-PCS (codes, titles and axes).
/// Every answer is a FHIR resource; every failure a ``FHIRError`` naming the parameter or code.
struct FHIRTerminology: Sendable {
    let lookup: LookupEngine

    /// The code systems served, in the order the server lists them.
    static let systems: [CodeSystem] = [.icd10cm, .icd10pcs]

    var library: CodeSetLibrary { lookup.library }

    /// The code system of a canonical URL (`url` or `url|version`), and the version when the URL names one.
    /// - Throws: 400 naming `parameter` when it is missing, 404 when no served code system has the URL.
    func system(_ url: String?, parameter: String) throws -> (system: CodeSystem, version: String?) {
        guard let url, !url.isEmpty else { throw FHIRError.invalid("\(parameter): missing (the code system URL)") }
        let parts = url.split(separator: "|", maxSplits: 1).map(String.init)
        guard let system = Self.systems.first(where: { $0.fhirURL == parts[0] }) else {
            throw FHIRError.notFound(
                "\(parameter): unknown code system \"\(parts[0])\" (known: \(Self.systems.map(\.fhirURL).joined(separator: ", ")))"
            )
        }
        return (system, parts.count > 1 ? parts[1] : nil)
    }

    /// The ICD-10-CM Tabular List of a version (nil: the newest).
    /// - Throws: 404 naming the version when it is not loaded.
    func tabular(version: String?) throws -> TabularList {
        let loaded = library.versions
        guard let version else {
            guard let newest = loaded.last.flatMap({ library.tabulars[$0] }) else {
                throw FHIRError(.serviceUnavailable, .exception, "no ICD-10-CM code set is loaded")
            }
            return newest
        }
        guard let tabular = library.tabulars[version] else {
            throw FHIRError.notFound(
                "version: ICD-10-CM \"\(version)\" is not loaded (loaded: \(loaded.joined(separator: ", ")))")
        }
        return tabular
    }

    /// The ICD-10-PCS codes and titles of a version (nil: those beside the newest ICD-10-CM release).
    /// - Throws: 404 naming the version when another one is loaded.
    func pcs(version: String?) throws -> (codes: [String], title: (String) -> String?, version: String) {
        guard let codes = library.pcsCodes(for: library.versions.last ?? "") else {
            throw FHIRError(.serviceUnavailable, .exception, "no ICD-10-PCS code set is loaded")
        }
        if let version, version != codes.version {
            throw FHIRError.notFound("version: ICD-10-PCS \"\(version)\" is not loaded (loaded: \(codes.version))")
        }
        return codes
    }

    /// The index of a concept of ICD-10-CM (a block, category, subcategory or code; chapters are not concepts).
    func concept(_ code: String, in tabular: TabularList) -> Int? {
        guard let i = tabular.index(of: code.trimmingCharacters(in: .whitespaces)), tabular.entries[i].kind != .chapter
        else { return nil }
        return i
    }

    /// The written form of a code: ICD-10-CM with its dot (`J69.0`), ICD-10-PCS in upper case.
    static func written(_ code: String, _ system: CodeSystem) -> String {
        system == .icd10cm && !code.contains("-")
            ? CodeFormat.dottedCM(CodeFormat.normalize(code)) : CodeFormat.normalize(code)
    }

    // MARK: - $lookup

    /// `CodeSystem/$lookup`: the code's display and properties (hierarchy, billable, kind, instructional notes own
    /// and inherited, 7th characters; the axes of an ICD-10-PCS code), or only the properties asked for.
    /// - Throws: 404 `not-found` naming the code when the code system does not have it.
    func lookup(system: CodeSystem, version: String?, code: String, properties: [String]) throws -> FHIRParameters {
        var out: [FHIRParameter]
        var props: [FHIRParameter]
        switch system {
        case .icd10cm:
            let tabular = try tabular(version: version)
            guard let i = concept(code, in: tabular) else {
                // a code the release deleted: say what replaces it
                if let change = library.latestChange(ofCode: code, upTo: tabular.version), change.kind == .deleted {
                    throw FHIRError.notFound(
                        "code: \"\(code)\" is not a code of \(system.displayName) \(tabular.version): \(change.sentence)"
                    )
                }
                throw notFound(code, system, tabular.version)
            }
            let entry = tabular.entries[i]
            out = [
                .string("name", system.displayName), .string("version", tabular.version),
                .string("display", entry.title),
            ]
            props = cmProperties(i, in: tabular)
            // what this release did to the code (new, retitled, deleted as a code with its replacements)
            if let change = library.change(ofCode: entry.code, version: tabular.version) {
                props.append(.property("change", .code("value", change.kind.rawValue), description: change.sentence))
                for r in change.replacements { props.append(.property("replacedBy", .code("value", r))) }
            }
        default:
            let pcs = try pcs(version: version)
            let normalized = CodeFormat.normalize(code)
            guard let title = pcs.title(normalized) else { throw notFound(code, system, pcs.version) }
            out = [.string("name", system.displayName), .string("version", pcs.version), .string("display", title)]
            props = [.property("inactive", .boolean("value", false)), .property("billable", .boolean("value", true))]
            props += axes(of: normalized).map {
                .property(
                    Self.propertyCode($0.title), .string("value", $0.label),
                    description: "character \($0.position): \($0.value)")
            }
        }
        let wanted = Set(properties)
        return FHIRParameters(out + props.filter { wanted.isEmpty || wanted.contains($0.part?.first?.valueCode ?? "") })
    }

    private func cmProperties(_ i: Int, in tabular: TabularList) -> [FHIRParameter] {
        let entry = tabular.entries[i]
        var props: [FHIRParameter] = [
            .property("kind", .code("value", Self.kindCode(entry.kind))),
            .property("inactive", .boolean("value", false)),
            .property("billable", .boolean("value", entry.billable)),
        ]
        if entry.parent >= 0, tabular.entries[Int(entry.parent)].kind != .chapter {
            props.append(.property("parent", .code("value", tabular.entries[Int(entry.parent)].code)))
        }
        for child in entry.children {
            props.append(.property("child", .code("value", tabular.entries[Int(child)].code)))
        }
        // a note written at the chapter names the chapter (its code is its number)
        let chapter = tabular.path(to: i).first.map { tabular.entries[$0] }
        for (source, note) in tabular.applicableNotes(for: i) {
            let written = chapter?.kind == .chapter && source == chapter?.code ? "chapter \(source)" : source
            props.append(
                .property(
                    note.kind.elementName, .string("value", note.text),
                    description: source == entry.code ? nil : "inherited from \(written)"))
        }
        if let seventh = tabular.applicableSeventhCharacters(for: i) {
            for value in seventh.values {
                props.append(
                    .property(
                        "sevenChrDef", .string("value", "\(value.character) \(value.meaning)"),
                        description: "7th character defined at \(seventh.source)"))
            }
        }
        return props
    }

    /// The axes of an ICD-10-PCS code: all seven from the official tables when imported, else the first five from the
    /// shipped axis definitions.
    func axes(of code: String) -> [(position: Int, title: String, value: Character, label: String)] {
        let version = library.versions.last ?? ""
        if let tables = library.companion(library.pcsTables, for: version), let values = tables.axes(of: code) {
            return values.map { ($0.position, $0.title, $0.value, $0.label) }
        }
        guard let glossary = library.companion(library.pcsGlossaries, for: version) else { return [] }
        return glossary.axes(of: code).map { ($0.position, $0.title, $0.value, $0.entry.label) }
    }

    /// `Body Part` → `bodyPart`: an axis title as a property code.
    static func propertyCode(_ title: String) -> String {
        let words = title.split { !$0.isLetter && !$0.isNumber }.map(String.init)
        guard let first = words.first else { return "axis" }
        return first.lowercased()
            + words.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }.joined()
    }

    static func kindCode(_ kind: TabularEntryKind) -> String {
        switch kind {
        case .chapter: "chapter"
        case .block: "block"
        case .category: "category"
        case .subcategory: "subcategory"
        case .extended: "extended"
        }
    }

    func notFound(_ code: String, _ system: CodeSystem, _ version: String) -> FHIRError {
        .notFound("code: \"\(code)\" is not a code of \(system.displayName) \(version)")
    }

    // MARK: - $validate-code

    /// `$validate-code`: whether the code is in the code system (or, with `billableOnly`, in its value set of codes
    /// valid for reporting), and whether a display given is the code's; `result` false says why in `message`.
    func validate(
        system: CodeSystem, version: String?, code: String, display: String?, billableOnly: Bool
    ) throws -> FHIRParameters {
        let found: (display: String, billable: Bool, kind: String)?
        let release: String
        switch system {
        case .icd10cm:
            let tabular = try tabular(version: version)
            release = tabular.version
            found = concept(code, in: tabular).map {
                let e = tabular.entries[$0]
                return (e.title, e.billable, Self.kindCode(e.kind))
            }
        default:
            let pcs = try pcs(version: version)
            release = pcs.version
            found = pcs.title(CodeFormat.normalize(code)).map { ($0, true, "code") }
        }
        let written = Self.written(code, system)
        // a code the release deleted says what replaces it
        let deleted =
            system == .icd10cm
            ? library.latestChange(ofCode: code, upTo: release).flatMap { $0.kind == .deleted ? $0 : nil } : nil
        guard let found else {
            return FHIRParameters([
                .boolean("result", false),
                .string(
                    "message",
                    "\(written) is not a code of \(system.displayName) \(release)"
                        + (deleted.map { ": \($0.sentence)" } ?? "")),
            ])
        }
        if let display, Self.comparable(display) != Self.comparable(found.display) {
            return FHIRParameters([
                .boolean("result", false),
                .string("message", "\"\(display)\" is not the display of \(written): it is \"\(found.display)\""),
                .string("display", found.display),
            ])
        }
        if !found.billable {
            let why =
                "\(written) is a \(found.kind) of \(system.displayName), not a code valid for reporting"
                + (deleted.map { ": \($0.sentence)" } ?? "")
            return FHIRParameters(
                [.boolean("result", !billableOnly), .string("message", why), .string("display", found.display)])
        }
        return FHIRParameters([.boolean("result", true), .string("display", found.display)])
    }

    /// A display as compared: case and runs of white space ignored.
    static func comparable(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    // MARK: - $subsumes

    /// `$subsumes`: `equivalent`, `subsumes` (A is above B in the Tabular List), `subsumed-by` or `not-subsumed`.
    /// ICD-10-PCS codes have no hierarchy: a code subsumes only itself.
    /// - Throws: 404 naming `codeA` or `codeB` when the code system does not have it.
    func subsumes(system: CodeSystem, version: String?, codeA: String, codeB: String) throws -> FHIRParameters {
        let outcome: String
        switch system {
        case .icd10cm:
            let tabular = try tabular(version: version)
            guard let a = concept(codeA, in: tabular) else { throw missing("codeA", codeA, system, tabular.version) }
            guard let b = concept(codeB, in: tabular) else { throw missing("codeB", codeB, system, tabular.version) }
            if a == b {
                outcome = "equivalent"
            } else if tabular.path(to: b).contains(a) {
                outcome = "subsumes"
            } else if tabular.path(to: a).contains(b) {
                outcome = "subsumed-by"
            } else {
                outcome = "not-subsumed"
            }
        default:
            let pcs = try pcs(version: version)
            let a = CodeFormat.normalize(codeA)
            let b = CodeFormat.normalize(codeB)
            guard pcs.title(a) != nil else { throw missing("codeA", codeA, system, pcs.version) }
            guard pcs.title(b) != nil else { throw missing("codeB", codeB, system, pcs.version) }
            outcome = a == b ? "equivalent" : "not-subsumed"
        }
        return FHIRParameters([.code("outcome", outcome)])
    }

    private func missing(_ parameter: String, _ code: String, _ system: CodeSystem, _ version: String) -> FHIRError {
        .notFound("\(parameter): \"\(code)\" is not a code of \(system.displayName) \(version)")
    }
}
