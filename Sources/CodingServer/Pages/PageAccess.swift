import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Worklist

/// Thrown by a page when nobody is signed in: the browser goes to the sign-in page and comes back after.
struct SignInRequired: Error {
    var next: String
}

extension CoderRequestContext {
    /// The signed-in user of a page if their role is one of `roles`.
    /// - Throws: ``SignInRequired`` when nobody is signed in; 403 naming the role when it is not allowed.
    func pageUser(
        _ request: Request, _ roles: [UserRole] = UserRole.allCases, allowPasswordChange: Bool = false
    ) throws -> User {
        guard let user else { throw SignInRequired(next: request.uri.description) }
        // after an admin's reset the user changes the password before anything else
        if user.mustChangePassword && !allowPasswordChange { throw PasswordChangeRequired() }
        guard roles.contains(user.role) else {
            throw APIError(.forbidden, "role \(user.role.rawValue) may not open this page")
        }
        return user
    }
}

/// Thrown by a page when the user must change their password first: the browser goes to the password page.
struct PasswordChangeRequired: Error {}

/// The pages' errors as pages: sign-in redirects, and a short message with the status for the rest.
extension ErrorTranslator {
    static let pages = ErrorTranslator { error, request, context in
        if let e = error as? SignInRequired { return redirect("/login?next=\(urlComponent(e.next))") }
        if error is PasswordChangeRequired { return redirect("/password") }
        let mapped = APIError.from(error)
        if let e = mapped as? APIError {
            var response = try messagePage(heading(e.status), e.message, user: context.user, status: e.status)
                .response(from: request, context: context)
            e.addHeaders(to: &response.headers)
            return response
        }
        if let e = mapped as? any HTTPResponseError, e.status != .internalServerError {
            return try messagePage(heading(e.status), e.status.reasonPhrase, user: context.user, status: e.status)
                .response(from: request, context: context)
        }
        // the error's text may hold patient data: the page and the log name nothing of it
        return try messagePage(
            "Something went wrong",
            "The server could not show this page. Try again; if it persists, tell the administrator.",
            user: context.user, status: .internalServerError
        ).response(from: request, context: context)
    }

    static func heading(_ status: HTTPResponse.Status) -> String {
        switch status.code {
        case 400: "Not understood"
        case 403: "Not allowed"
        case 404: "Not found"
        case 409: "Not possible now"
        default: status.reasonPhrase
        }
    }
}

extension Request {
    /// A form the browser posted (`application/x-www-form-urlencoded`), as name → value.
    func form(context: CoderRequestContext) async throws -> [String: String] {
        let data = try await self.data(context: context)
        var fields: [String: String] = [:]
        for pair in String(decoding: data, as: UTF8.self).split(separator: "&") {
            let kv = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ s: Substring) -> String {
                s.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(s)
            }
            guard let name = kv.first else { continue }
            fields[decode(name)] = kv.count > 1 ? decode(kv[1]) : ""
        }
        return fields
    }
}

/// Where a role starts.
func homePage(for role: UserRole) -> String {
    switch role {
    case .coder, .cdi: "/worklist"
    case .auditor: "/audit"
    case .manager: "/stats"
    case .admin: "/admin"
    }
}

/// A local address to return to after signing in (never another site).
func safeNext(_ next: String?) -> String? {
    guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.hasPrefix("/\\") else { return nil }
    return next
}
