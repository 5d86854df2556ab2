import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The shared part of the CMS ICD-10-PCS XML importers: element stack, text of each open element, the `<version>`
/// element, and errors that name file, line and element.
///
/// A subclass overrides ``start(_:attributes:parser:)`` and ``end(_:text:parser:)`` and calls ``fail(_:_:_:line:)``
/// on bad input; ``run(_:)`` turns any failure into a ``ReleaseFileError``.
class PCSXMLReader: NSObject, ReleaseXMLDelegate {
    let fileName: String
    let rootElement: String
    /// The first error found; parsing stops there.
    private(set) var failure: ReleaseFileError?
    /// The open elements, outermost first.
    private(set) var elementStack: [String] = []
    /// The text directly inside each open element (not inside its children).
    private var textStack: [String] = []
    /// The text of the root's `<version>` element.
    private(set) var statedVersion = ""
    private(set) var sawRoot = false

    init(fileName: String, rootElement: String) {
        self.fileName = fileName
        self.rootElement = rootElement
    }

    /// The element that holds the current one (the one below the top of the stack), if any.
    var parentElement: String? { elementStack.count >= 2 ? elementStack[elementStack.count - 2] : nil }

    func start(_ name: String, attributes: [String: String], parser: XMLParser) {}
    func end(_ name: String, text: String, parser: XMLParser) {}

    /// Records the error (the first one wins) and stops the parser.
    func fail(_ parser: XMLParser, _ element: String?, _ message: String, line: Int? = nil) {
        if failure == nil {
            failure = ReleaseFileError(
                file: fileName, line: line ?? parser.lineNumber, element: element, message: message)
        }
        parser.abortParsing()
    }

    /// Parses the bytes with this reader as delegate.
    /// - Throws: ``ReleaseFileError`` on malformed or truncated XML, a file with another root element, or a failure the
    ///   subclass recorded.
    func run(_ data: Data) throws {
        let lastLine = try XMLText.run(
            data, with: self, root: rootElement, notRoot: "empty file, expected <\(rootElement)>")
        if !elementStack.isEmpty {
            throw ReleaseFileError(
                file: fileName, line: lastLine, element: elementStack.last,
                message: "truncated: element not closed")
        }
    }

    // MARK: XMLParserDelegate

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes attributeDict: [String: String] = [:]
    ) {
        guard failure == nil else { return }
        if elementStack.isEmpty {
            guard elementName == rootElement else {
                fail(parser, elementName, "expected <\(rootElement)> as the root element")
                return
            }
            sawRoot = true
        }
        elementStack.append(elementName)
        textStack.append("")
        start(elementName, attributes: attributeDict, parser: parser)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard failure == nil, !textStack.isEmpty else { return }
        textStack[textStack.count - 1] += string
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
        guard failure == nil, !elementStack.isEmpty else { return }
        let text = XMLText.clean(textStack.removeLast())
        if elementName == "version" && elementStack.count == 2 { statedVersion = text }
        end(elementName, text: text, parser: parser)
        elementStack.removeLast()
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        if failure == nil {
            failure = ReleaseFileError(
                file: fileName, line: parser.lineNumber, element: elementStack.last,
                message: "malformed or truncated XML (\(XMLText.describe(parseError)))")
        }
    }

}
