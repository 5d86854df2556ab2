import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// One `mainTerm` or `term` of an index XML file (`ICD10CM.index` root), as read, before it becomes an index entry
/// or a table row.
struct IndexXMLNode {
    /// Index of the node one level up, or -1 for a main term.
    var parent: Int32
    /// 0 for a main term, then the `level` attribute of the term.
    var level: Int
    /// The 1-based line of the opening tag.
    var line: Int
    /// The title without its nonessential modifiers.
    var title = ""
    /// The nonessential modifiers (`nemod`) written in the title, joined by a space.
    var modifiers = ""
    var hasTitle = false
    var code: String?
    var manifestation: String?
    var see: String?
    var seeAlso: String?
    var seeCategory: String?
    var seeSubcategory: String?
    var warning: String?
    /// `(col, text)` for every `cell`.
    var cells: [(column: Int, text: String, line: Int)] = []
}

/// What an index XML file holds: header elements and every term in document order.
struct IndexXMLDocument {
    var version = ""
    var title = ""
    /// `(col, text)` for every `head` of the `indexHeading`.
    var headings: [(column: Int, text: String, line: Int)] = []
    var sawIndexHeading = false
    var nodes: [IndexXMLNode] = []
    var letterCount = 0
}

/// Reads the shared schema of the ICD-10-CM Alphabetic Index, External Cause Index, Neoplasm Table and Table of Drugs
/// and Chemicals (`icd10cm-index-*.xsd`, `icd-10-cm-drug-neoplasm-*.xsd`).
///
/// Text inside `<old>` (addenda: deleted wording) is dropped; `<new>`, `<unc>` and any other inline element keep
/// their text.
enum IndexXMLReader {
    /// Parses the bytes.
    /// - Throws: ``ReleaseFileError`` naming file, line and element when the file is malformed or truncated.
    static func read(_ data: Data, fileName: String) throws -> IndexXMLDocument {
        let delegate = IndexXMLDelegate(fileName: fileName)
        let lastLine = try XMLText.run(
            data, with: delegate, root: "ICD10CM.index", notRoot: "not an ICD-10-CM index file")
        if !delegate.open.isEmpty {
            let node = delegate.document.nodes[delegate.open[delegate.open.count - 1]]
            throw ReleaseFileError(
                file: fileName, line: node.line, element: node.level == 0 ? "mainTerm" : "term",
                message: "term not closed: the file is truncated")
        }
        guard !delegate.document.nodes.isEmpty else {
            throw ReleaseFileError(
                file: fileName, line: lastLine, element: "mainTerm", message: "no main terms found")
        }
        return delegate.document
    }
}

private final class IndexXMLDelegate: NSObject, ReleaseXMLDelegate {
    let fileName: String
    var document = IndexXMLDocument()
    var failure: ReleaseFileError?
    var sawRoot = false
    var elementStack: [String] = []
    /// Open terms, as indices into `document.nodes`.
    var open: [Int] = []

    /// The element whose text is being collected, and the line where it opened.
    private var capture: String?
    private var captureLine = 0
    private var captureColumn = 0
    private var captureDepth = 0
    private var all = ""
    private var essential = ""
    private var nonessential = ""
    private var nemodDepth = 0
    private var oldDepth = 0

    private static let captured: Set<String> = [
        "title", "code", "manif", "see", "seeAlso", "seecat", "subcat", "warning", "cell", "head", "version",
    ]

    init(fileName: String) { self.fileName = fileName }

    private func fail(_ parser: XMLParser, _ element: String, _ message: String, line: Int? = nil) {
        if failure == nil {
            failure = ReleaseFileError(
                file: fileName, line: line ?? parser.lineNumber, element: element, message: message)
        }
        parser.abortParsing()
    }

    private var parentElement: String? { elementStack.count >= 2 ? elementStack[elementStack.count - 2] : nil }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes attributeDict: [String: String] = [:]
    ) {
        elementStack.append(elementName)
        if capture != nil {
            if elementName == "nemod" {
                // Keep words apart where an inline element starts or ends without a space.
                if nemodDepth == 0 {
                    all += " "
                    essential += " "
                }
                nemodDepth += 1
            }
            if elementName == "old" { oldDepth += 1 }
            return
        }
        switch elementName {
        case "ICD10CM.index":
            sawRoot = true
        case "letter":
            document.letterCount += 1
        case "indexHeading":
            document.sawIndexHeading = true
        case "mainTerm":
            guard parentElement == "letter" else {
                fail(parser, elementName, "main term outside a letter")
                return
            }
            document.nodes.append(IndexXMLNode(parent: -1, level: 0, line: parser.lineNumber))
            open = [document.nodes.count - 1]
        case "term":
            guard let parent = open.last, parentElement == "term" || parentElement == "mainTerm" else {
                fail(parser, elementName, "subterm outside a main term")
                return
            }
            guard let text = attributeDict["level"], let level = Int(text) else {
                fail(parser, elementName, "subterm without a numeric level attribute")
                return
            }
            let expected = document.nodes[parent].level + 1
            guard level == expected else {
                fail(parser, elementName, "level=\"\(level)\" where level \(expected) is expected from the nesting")
                return
            }
            document.nodes.append(IndexXMLNode(parent: Int32(parent), level: level, line: parser.lineNumber))
            open.append(document.nodes.count - 1)
        case "diff" where (parentElement == "term" || parentElement == "mainTerm" || parentElement == "letter"):
            // In addenda files a `diff` stands where the title would be.
            beginCapture(elementName, parser: parser)
        case "cell", "head":
            guard let text = attributeDict["col"], let column = Int(text), column >= 1 else {
                fail(parser, elementName, "\(elementName) without a positive col attribute")
                return
            }
            beginCapture(elementName, parser: parser)
            captureColumn = column
        default:
            if Self.captured.contains(elementName) { beginCapture(elementName, parser: parser) }
        }
    }

    private func beginCapture(_ element: String, parser: XMLParser) {
        capture = element
        captureLine = parser.lineNumber
        captureDepth = elementStack.count
        all = ""
        essential = ""
        nonessential = ""
        nemodDepth = element == "nemod" ? 1 : 0
        oldDepth = 0
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard capture != nil, oldDepth == 0 else { return }
        all += string
        if nemodDepth > 0 { nonessential += string } else { essential += string }
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
        defer { elementStack.removeLast() }
        if let element = capture {
            if elementStack.count > captureDepth {
                if elementName == "nemod" {
                    nemodDepth -= 1
                    nonessential += " "
                    if nemodDepth == 0 {
                        all += " "
                        essential += " "
                    }
                }
                if elementName == "old" { oldDepth -= 1 }
                return
            }
            capture = nil
            finishCapture(element, parser: parser)
            return
        }
        switch elementName {
        case "mainTerm", "term":
            guard let current = open.popLast() else { return }
            if !document.nodes[current].hasTitle {
                fail(parser, elementName, "term without a title", line: document.nodes[current].line)
            }
        default:
            break
        }
    }

    private func finishCapture(_ element: String, parser: XMLParser) {
        let text = XMLText.clean(all)
        switch element {
        case "version":
            document.version = text
        case "head":
            document.headings.append((captureColumn, text, captureLine))
        case "title", "diff":
            guard let current = open.last, parentElement == "term" || parentElement == "mainTerm" else {
                if parentElement == "ICD10CM.index" { document.title = text }
                return
            }
            if document.nodes[current].hasTitle {
                fail(parser, element, "second title in one term", line: captureLine)
                return
            }
            let title = XMLText.clean(essential)
            guard !title.isEmpty || !nonessential.isEmpty else {
                fail(parser, element, "empty title", line: captureLine)
                return
            }
            document.nodes[current].title = title
            document.nodes[current].modifiers = XMLText.clean(nonessential)
            document.nodes[current].hasTitle = true
        case "cell":
            guard let current = open.last else {
                fail(parser, element, "cell outside a term", line: captureLine)
                return
            }
            document.nodes[current].cells.append((captureColumn, text, captureLine))
        default:
            guard let current = open.last else {
                fail(parser, element, "<\(element)> outside a term", line: captureLine)
                return
            }
            let keyPath: WritableKeyPath<IndexXMLNode, String?>
            switch element {
            case "code": keyPath = \.code
            case "manif": keyPath = \.manifestation
            case "see": keyPath = \.see
            case "seeAlso": keyPath = \.seeAlso
            case "seecat": keyPath = \.seeCategory
            case "subcat": keyPath = \.seeSubcategory
            default: keyPath = \.warning
            }
            guard !text.isEmpty else {
                fail(parser, element, "empty <\(element)>", line: captureLine)
                return
            }
            if document.nodes[current][keyPath: keyPath] != nil {
                fail(parser, element, "second <\(element)> in one term", line: captureLine)
                return
            }
            document.nodes[current][keyPath: keyPath] = text
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
