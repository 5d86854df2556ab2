import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads the CMS ICD-10-PCS Definitions XML (`icd10pcs_definitions_*.xml`) into ``PCSDefinitions``.
///
/// `<section code>` holds `<axis pos>` elements, each with `<terms>`: one or more `<title>`, then optional
/// `<definition>`, `<explanation>` and any number of `<includes>`. `<deviceAggregation>` holds `<aggregate>` rows.
public enum PCSDefinitionsXMLParser {
    /// Parses the XML bytes.
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - fileName: the name used in error messages; a four-digit year in it is the release's version.
    ///   - fallbackVersion: the version when the file name has no four-digit year; without it, the file's `<version>`.
    /// - Throws: ``ReleaseFileError`` naming file, line and element when the file is malformed or truncated.
    public static func parse(_ data: Data, fileName: String, fallbackVersion: String? = nil) throws -> PCSDefinitions {
        let reader = PCSDefinitionsReader(fileName: fileName)
        try reader.run(data)
        guard !reader.terms.isEmpty else {
            throw ReleaseFileError(file: fileName, line: 1, element: "terms", message: "no terms found")
        }
        return PCSDefinitions(
            version: PCSReleaseYear.resolve(
                fileName: fileName, fallback: fallbackVersion, stated: reader.statedVersion),
            sections: reader.sections, terms: reader.terms, deviceAggregations: reader.aggregations)
    }
}

private final class PCSDefinitionsReader: PCSXMLReader {
    var sections: [PCSDefinitionSection] = []
    var terms: [PCSDefinition] = []
    var aggregations: [PCSDeviceAggregation] = []

    private var section: Character?
    private var axisPosition: Int?
    private var axisTitle = ""
    private var term: PCSDefinition?
    private var termLine = 0
    private var aggregate: PCSDeviceAggregation?
    private var aggregateLine = 0
    private var parentValue: Character?

    init(fileName: String) { super.init(fileName: fileName, rootElement: "ICD10PCS.definitions") }

    override func start(_ name: String, attributes: [String: String], parser: XMLParser) {
        switch name {
        case "section":
            guard let code = attributes["code"], code.count == 1, let byte = code.utf8.first,
                PCSCodeKey.isValidCharacter(byte)
            else {
                return fail(
                    parser, name, "section code=\"\(attributes["code"] ?? "")\" is not one ICD-10-PCS character")
            }
            section = Character(code)
            sections.append(PCSDefinitionSection(code: Character(code), title: ""))
        case "axis":
            guard section != nil else { return fail(parser, name, "axis outside a section") }
            guard let pos = attributes["pos"].flatMap(Int.init), (1...7).contains(pos) else {
                return fail(parser, name, "axis without a pos attribute from 1 to 7")
            }
            axisPosition = pos
            axisTitle = ""
        case "terms":
            guard let section, let axisPosition, !axisTitle.isEmpty else {
                return fail(parser, name, "terms outside an axis with a title")
            }
            term = PCSDefinition(section: section, axisPosition: axisPosition, axisTitle: axisTitle, titles: [])
            termLine = parser.lineNumber
        case "aggregate":
            aggregate = PCSDeviceAggregation(
                device: "", operation: "", bodySystems: [], parentValue: "?", parentLabel: "")
            aggregateLine = parser.lineNumber
        case "parent":
            guard aggregate != nil else { return fail(parser, name, "parent outside an aggregate") }
            guard let value = attributes["value"], value.count == 1, let byte = value.utf8.first,
                PCSCodeKey.isValidCharacter(byte)
            else {
                return fail(
                    parser, name, "parent value=\"\(attributes["value"] ?? "")\" is not one ICD-10-PCS character")
            }
            parentValue = Character(value)
        default:
            break
        }
    }

    override func end(_ name: String, text: String, parser: XMLParser) {
        switch (name, parentElement) {
        case ("title", "section"):
            sections[sections.count - 1].title = text
        case ("title", "axis"):
            axisTitle = text
        case ("title", "terms"):
            if !text.isEmpty { term?.titles.append(text) }
        case ("definition", "terms"):
            if !text.isEmpty { term?.definition = text }
        case ("explanation", "terms"):
            if !text.isEmpty { term?.explanation = text }
        case ("includes", "terms"):
            if !text.isEmpty { term?.includes.append(text) }
        case ("terms", _):
            guard let done = term else { return }
            term = nil
            guard !done.titles.isEmpty else { return fail(parser, name, "term without a title", line: termLine) }
            terms.append(done)
        case ("axis", _):
            axisPosition = nil
        case ("section", _):
            section = nil
        case ("device", "aggregate"):
            aggregate?.device = text
        case ("operation", "aggregate"):
            aggregate?.operation = text
        case ("bodySys", "aggregate"):
            if !text.isEmpty { aggregate?.bodySystems.append(text) }
        case ("parent", "aggregate"):
            if let parentValue { aggregate?.parentValue = parentValue }
            aggregate?.parentLabel = text
        case ("aggregate", _):
            guard let done = aggregate else { return }
            aggregate = nil
            guard !done.device.isEmpty, parentValue != nil, !done.parentLabel.isEmpty else {
                return fail(parser, name, "aggregate without a device or a parent value", line: aggregateLine)
            }
            parentValue = nil
            aggregations.append(done)
        default:
            break
        }
    }
}
