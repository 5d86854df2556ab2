import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Text handling shared by the XML release readers.
enum XMLText {
    /// Collapses runs of white space and trims.
    static func clean(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        var pendingSpace = false
        for ch in s.unicodeScalars {
            if ch == " " || ch == "\n" || ch == "\t" || ch == "\r" {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.unicodeScalars.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    /// A short reading of an XML parser error; the platform's text for these is only "the operation could not be
    /// completed", so the common libxml2 codes are named.
    static func describe(_ error: any Error) -> String {
        let ns = error as NSError
        guard ns.domain == XMLParser.errorDomain else {
            return ns.localizedDescription.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        switch ns.code {
        case 4: return "empty document"
        case 5: return "unexpected end of file: the file is truncated or an element is not closed"
        case 9: return "invalid character"
        case 26: return "undeclared entity"
        case 38...41: return "malformed attribute"
        case 76: return "closing tag does not match the open element"
        default: return "XML error \(ns.code)"
        }
    }
}

/// A reader of one official XML release format: what ``XMLText/run(_:with:root:notRoot:)`` needs to report a failure.
protocol ReleaseXMLDelegate: XMLParserDelegate {
    var fileName: String { get }
    /// The first failure the reader found itself (a missing element, a bad value), with its line.
    var failure: ReleaseFileError? { get }
    var elementStack: [String] { get }
    var sawRoot: Bool { get }
}

extension XMLText {
    /// Parses the bytes with the delegate and turns every way it can fail into one ``ReleaseFileError``: the
    /// delegate's own failure, a malformed or truncated document (with its line and open element), or a document
    /// that is not of the expected format.
    /// - Returns: the line the parser stopped on (the last line of a complete document).
    @discardableResult
    static func run(_ data: Data, with delegate: some ReleaseXMLDelegate, root: String, notRoot: String) throws -> Int {
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        let ok = parser.parse()
        if let failure = delegate.failure { throw failure }
        if !ok {
            let underlying = parser.parserError.map { describe($0) } ?? "XML parse error"
            throw ReleaseFileError(
                file: delegate.fileName, line: parser.lineNumber, element: delegate.elementStack.last,
                message: "malformed XML (\(underlying))")
        }
        if !delegate.sawRoot {
            throw ReleaseFileError(file: delegate.fileName, line: 1, element: root, message: notRoot)
        }
        return parser.lineNumber
    }
}
