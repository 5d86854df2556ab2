import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Worklist

/// Text made safe for HTML: `&`, `<`, `>`, `"` and `'` become character references.
func esc(_ text: some StringProtocol) -> String {
    var needs = false
    for b in text.utf8 where b == 0x26 || b == 0x3C || b == 0x3E || b == 0x22 || b == 0x27 {
        needs = true
        break
    }
    guard needs else { return String(text) }
    var out = ""
    out.reserveCapacity(text.utf8.count + 16)
    for ch in text.unicodeScalars {
        switch ch {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default: out.unicodeScalars.append(ch)
        }
    }
    return out
}

/// A value for a URL query: everything but unreserved characters percent-encoded.
func urlComponent(_ text: String) -> String {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~")
    return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
}

/// JSON for a `<script type="application/json">` block: `<` escaped so no text of a note can close the element.
func scriptJSON(_ value: some Encodable) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let data = (try? encoder.encode(value)) ?? Data("null".utf8)
    return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "<", with: "\\u003c")
}

/// A page of the web interface: the title, the signed-in user (for the menu) and the body's HTML.
struct Page: ResponseGenerator {
    var title: String
    var user: User?
    var body: String
    var status: HTTPResponse.Status = .ok
    /// The menu entry to mark as current.
    var section: String = ""
    /// Extra `<script>` blocks at the end of the body (data blocks, the page's script).
    var scripts: [String] = []

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var html = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(esc(title)) · opencoder</title>
            <link rel="icon" href="data:,">
            <link rel="stylesheet" href="/assets/app.css">
            </head><body>
            <a class="skip" href="#main">Skip to content</a>
            <header class="top"><a class="brand" href="/">opencoder</a>
            """
        if let user {
            html += "<nav aria-label=\"Main\">"
            for (href, label, name) in Self.menu(for: user.role) {
                let current = name == section ? " aria-current=\"page\"" : ""
                html += "<a href=\"\(href)\"\(current)>\(label)</a>"
            }
            html +=
                "</nav><form class=\"who\" method=\"post\" action=\"/logout\"><span>\(esc(user.displayName)) · \(user.role.rawValue)</span> <button type=\"submit\">Sign out</button></form>"
        }
        html += "</header>\n<main id=\"main\">\n"
        html += body
        html += "\n</main>\n"
        for s in scripts { html += s + "\n" }
        html += "<script src=\"/assets/app.js\" defer></script>\n</body></html>\n"
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        headers[.init("X-Content-Type-Options")!] = "nosniff"
        headers[.init("X-Frame-Options")!] = "DENY"
        headers[.init("Content-Security-Policy")!] =
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// The menu of a role: (address, label, section).
    static func menu(for role: UserRole) -> [(String, String, String)] {
        let lookup = [("/lookup", "Lookup", "lookup"), ("/pcs", "PCS tables", "pcs")]
        switch role {
        case .coder, .cdi: return [("/worklist", "Worklist", "worklist")] + lookup
        case .auditor: return [("/audit", "Audit", "audit"), ("/worklist", "Worklist", "worklist")] + lookup
        case .manager:
            return [
                ("/worklist", "Worklist", "worklist"), ("/audit", "Audit", "audit"), ("/stats", "Statistics", "stats"),
            ] + lookup
        case .admin: return [("/admin", "Administration", "admin")] + lookup
        }
    }
}

/// A redirect after a form or to the sign-in page (303: the browser follows with GET).
func redirect(_ location: String) -> Response {
    var headers = HTTPFields()
    headers[.location] = location
    return Response(status: .seeOther, headers: headers)
}

/// A short message page: errors the pages show instead of JSON.
func messagePage(_ title: String, _ message: String, user: User?, status: HTTPResponse.Status) -> Page {
    Page(
        title: title, user: user,
        body:
            "<h1>\(esc(title))</h1><p class=\"message\" role=\"alert\">\(esc(message))</p><p><a href=\"/\">Back to the start page</a></p>",
        status: status)
}

/// Formats a number with a fixed count of decimals.
func fixed(_ value: Double, _ decimals: Int = 4) -> String { String(format: "%.\(decimals)f", value) }

/// A table row's cells.
func row(_ cells: [String], header: Bool = false) -> String {
    let tag = header ? "th" : "td"
    return "<tr>" + cells.map { "<\(tag)>\($0)</\(tag)>" }.joined() + "</tr>"
}
