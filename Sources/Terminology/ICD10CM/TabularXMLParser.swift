import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads the CDC ICD-10-CM Tabular List XML (`icd10cm-tabular-*.xml`) into a ``TabularList``.
///
/// Every chapter, block (section), category and code is kept with each of its instructional notes; code references in
/// the notes are parsed; 7th-character definitions are applied to every code below them and the leaves are expanded
/// into the full reportable codes with the placeholder X (`W21.89` → `W21.89XA`, `W21.89XD`, `W21.89XS`).
public enum TabularXMLParser {
    /// Parses the XML bytes.
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - fileName: the name used in error messages.
    ///   - releaseLabel: a label for the release; the version is read from the file's `<version>` element.
    /// - Throws: ``ReleaseFileError`` naming file, line and element when the file is malformed or truncated.
    public static func parse(_ data: Data, fileName: String, releaseLabel: String? = nil) throws -> TabularList {
        let delegate = TabularDelegate(fileName: fileName)
        try XMLText.run(data, with: delegate, root: "ICD10CM.tabular", notRoot: "not an ICD-10-CM tabular file")
        guard !delegate.entries.isEmpty else {
            throw ReleaseFileError(file: fileName, line: 1, element: "chapter", message: "no chapters found")
        }
        let version = delegate.version.isEmpty ? "unknown" : delegate.version
        return TabularList(
            version: version, releaseLabel: releaseLabel ?? "ICD-10-CM FY\(version)", entries: delegate.entries)
    }
}

private final class TabularDelegate: NSObject, ReleaseXMLDelegate {
    let fileName: String
    var entries: [TabularEntry] = []
    var version = ""
    var failure: ReleaseFileError?
    var sawRoot = false
    var elementStack: [String] = []

    /// Open entries (chapter, section, diag) as indices into `entries`.
    private var open: [Int] = []
    /// For each open entry: the nearest 7th-character definition at or above it (index of the entry holding it).
    private var seventhSource: [Int] = []
    private var text = ""
    private var currentNoteKind: NoteKind?
    private var inSeventhDefinition = false
    private var currentExtensionChar: String?
    private var skipDepth = 0
    private var lineOfOpen: [Int] = []

    init(fileName: String) { self.fileName = fileName }

    private func fail(_ parser: XMLParser, _ element: String, _ message: String) {
        if failure == nil {
            failure = ReleaseFileError(file: fileName, line: parser.lineNumber, element: element, message: message)
        }
        parser.abortParsing()
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes attributeDict: [String: String] = [:]
    ) {
        elementStack.append(elementName)
        if skipDepth > 0 {
            skipDepth += 1
            return
        }
        text = ""
        switch elementName {
        case "ICD10CM.tabular":
            sawRoot = true
        case "introduction", "sectionIndex", "visualImpairment":
            skipDepth = 1
        case "chapter":
            openEntry(kind: .chapter, code: "", parser: parser)
        case "section":
            guard let id = attributeDict["id"], !id.isEmpty else {
                fail(parser, "section", "section without an id attribute")
                return
            }
            openEntry(kind: .block, code: id, parser: parser)
        case "diag":
            guard let parent = open.last else {
                fail(parser, "diag", "code outside a chapter")
                return
            }
            let parentKind = entries[parent].kind
            let kind: TabularEntryKind = parentKind == .block || parentKind == .chapter ? .category : .subcategory
            openEntry(kind: kind, code: "", parser: parser)
        case "sevenChrDef":
            inSeventhDefinition = true
            guard let current = open.last else { return }
            entries[current].seventhCharacters = []
            seventhSource[seventhSource.count - 1] = current
        case "extension":
            guard inSeventhDefinition, let char = attributeDict["char"], char.count == 1 else {
                fail(parser, "extension", "7th-character extension without a one-character char attribute")
                return
            }
            currentExtensionChar = char
        default:
            if let kind = NoteKind(elementName: elementName) {
                currentNoteKind = kind
            }
        }
    }

    private func openEntry(kind: TabularEntryKind, code: String, parser: XMLParser) {
        let parent = open.last.map(Int32.init) ?? -1
        entries.append(TabularEntry(code: code, title: "", kind: kind, parent: parent, billable: false))
        let index = entries.count - 1
        if let p = open.last { entries[p].children.append(Int32(index)) }
        open.append(index)
        seventhSource.append(seventhSource.last ?? -1)
        lineOfOpen.append(parser.lineNumber)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if skipDepth == 0 { text += string }
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
        defer { elementStack.removeLast() }
        if skipDepth > 0 {
            skipDepth -= 1
            return
        }
        let value = XMLText.clean(text)
        text = ""
        switch elementName {
        case "version":
            version = value
        case "name":
            guard let current = open.last else { return }
            if entries[current].kind == .block { return }
            guard !value.isEmpty else {
                fail(parser, "name", "empty code name")
                return
            }
            entries[current].code = value
        case "desc":
            guard let current = open.last, entries[current].title.isEmpty else { return }
            entries[current].title = value
        case "note":
            if inSeventhDefinition, let current = open.last {
                guard !entries[current].seventhCharacters.isEmpty else { return }
                entries[current].seventhCharacters[entries[current].seventhCharacters.count - 1].notes.append(value)
            } else if let kind = currentNoteKind, let current = open.last, !value.isEmpty {
                entries[current].notes.append(
                    InstructionalNote(kind: kind, text: value, references: CodeReferenceParser.references(in: value)))
            }
        case "extension":
            if let char = currentExtensionChar, let current = open.last {
                entries[current].seventhCharacters.append(SeventhCharacter(character: char, meaning: value))
            }
            currentExtensionChar = nil
        case "sevenChrDef":
            inSeventhDefinition = false
        case "chapter", "section", "diag":
            closeEntry(elementName, parser: parser)
        default:
            if NoteKind(elementName: elementName) != nil { currentNoteKind = nil }
        }
    }

    private func closeEntry(_ elementName: String, parser: XMLParser) {
        guard let current = open.popLast() else { return }
        let source = seventhSource.removeLast()
        let line = lineOfOpen.removeLast()
        let entry = entries[current]
        if entry.code.isEmpty {
            failure = ReleaseFileError(
                file: fileName, line: line, element: elementName, message: "entry without a <name>")
            parser.abortParsing()
            return
        }
        if entry.title.isEmpty && elementName != "chapter" {
            failure = ReleaseFileError(
                file: fileName, line: line, element: elementName, message: "\(entry.code) has no <desc>")
            parser.abortParsing()
            return
        }
        guard elementName == "diag", entry.children.isEmpty else { return }
        // A leaf: reportable as is, or completed with each 7th character that applies to it.
        guard source >= 0 else {
            entries[current].billable = true
            return
        }
        let normalized = CodeFormat.normalize(entry.code)
        let exceptions = SeventhCharacterException.parse(notes: entries[source].notes)
        for value in entries[source].seventhCharacters
        where !exceptions.contains(where: { $0.excludes(character: value.character, from: normalized) }) {
            let code = CodeFormat.completed(normalized, seventh: value.character)
            entries.append(
                TabularEntry(
                    code: code, title: entry.title + ", " + value.meaning, kind: .extended, parent: Int32(current),
                    billable: true))
            entries[current].children.append(Int32(entries.count - 1))
        }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        if failure == nil {
            let message = XMLText.describe(parseError)
            failure = ReleaseFileError(
                file: fileName, line: parser.lineNumber, element: elementStack.last,
                message: "malformed or truncated XML (\(message))")
        }
    }
}

/// An exception written as a note beside a 7th-character definition, e.g. under S06:
/// "7th characters D and S do not apply to codes in category S06 with 6th character 7 … or 8 …".
struct SeventhCharacterException {
    var characters: Set<String>
    var position: Int
    var values: Set<Character>

    func excludes(character: String, from normalizedCode: String) -> Bool {
        guard characters.contains(character), normalizedCode.count >= position else { return false }
        let c = normalizedCode[normalizedCode.index(normalizedCode.startIndex, offsetBy: position - 1)]
        return values.contains(c)
    }

    static func parse(notes: [InstructionalNote]) -> [SeventhCharacterException] {
        notes.compactMap { note in
            guard note.kind == .notes, let range = note.text.range(of: " do not apply to codes") else { return nil }
            let head = note.text[..<range.lowerBound]
            guard head.hasPrefix("7th character") else { return nil }
            let letters = head.split(whereSeparator: { $0 == " " || $0 == "," })
                .filter { $0.count == 1 && $0.first!.isUppercase }.map(String.init)
            let tail = note.text[range.upperBound...]
            guard let withRange = tail.range(of: "with "), !letters.isEmpty else { return nil }
            let afterWith = tail[withRange.upperBound...]
            guard let ordinal = afterWith.first?.wholeNumberValue else { return nil }
            var values = Set<Character>()
            let words = afterWith.split(separator: " ")
            for (i, word) in words.enumerated() where word.hasPrefix("character") && i + 1 < words.count {
                if let v = words[i + 1].first, v.isNumber || v.isUppercase { values.insert(v) }
            }
            for (i, word) in words.enumerated() where word == "or" && i + 1 < words.count {
                let w = words[i + 1]
                if w.count == 1, let v = w.first, v.isNumber { values.insert(v) }
            }
            guard !values.isEmpty else { return nil }
            return SeventhCharacterException(characters: Set(letters), position: ordinal, values: values)
        }
    }
}
