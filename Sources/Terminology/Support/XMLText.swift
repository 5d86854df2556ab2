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
