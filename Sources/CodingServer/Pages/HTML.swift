import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Worklist

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

/// A page of the web interface: the title, the signed-in user (for the menu) and the body, rendered by the page's
/// template from its view model (``PageTemplates``), inside `layout.mustache`.
struct Page: ResponseGenerator {
    var title: String
    var user: User?
    var body: String
    var status: HTTPResponse.Status = .ok
    /// The menu entry to mark as current.
    var section: String = ""
    /// JSON data blocks at the end of the body, by element id (what the page's script starts from).
    var dataBlocks: [DataBlock] = []

    /// A `<script type="application/json">` block: its JSON has `<` escaped (``scriptJSON(_:)``).
    struct DataBlock {
        var id: String
        var json: String
    }

    /// The body from a template and its view model.
    init(
        title: String, user: User?, template: String, model: Any, status: HTTPResponse.Status = .ok,
        section: String = "", dataBlocks: [DataBlock] = []
    ) {
        self.title = title
        self.user = user
        self.body = PageTemplates.render(template, model)
        self.status = status
        self.section = section
        self.dataBlocks = dataBlocks
    }

    /// The layout's view model.
    struct Layout {
        struct MenuItem {
            var href: String
            var label: String
            var current: Bool
        }
        struct SignedIn {
            var name: String
            var role: String
            var menu: [MenuItem]
        }
        var title: String
        var user: SignedIn?
        var body: String
        var dataBlocks: [DataBlock]
    }

    var layout: Layout {
        Layout(
            title: title,
            user: user.map { user in
                .init(
                    name: user.displayName, role: user.role.rawValue,
                    menu: Self.menu(for: user.role).map { .init(href: $0.0, label: $0.1, current: $0.2 == section) })
            }, body: body, dataBlocks: dataBlocks)
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let html = PageTemplates.render("layout", layout)
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
    struct Message {
        var title: String
        var message: String
    }
    return Page(
        title: title, user: user, template: "message", model: Message(title: title, message: message), status: status)
}

/// Formats a number with a fixed count of decimals.
func fixed(_ value: Double, _ decimals: Int = 4) -> String { String(format: "%.\(decimals)f", value) }
