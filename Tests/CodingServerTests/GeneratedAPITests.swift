import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import Worklist

@testable import CodingServer

/// The operations served by the handlers generated from the OpenAPI document (`Sources/CodingServer/API`): the
/// document's security and roles are checked before the input is read, and what the generated server refuses is the
/// API's one-line 400, as on the plain router.
@Suite struct GeneratedAPITests {
    @Test func theDocumentsRolesComeBeforeTheInput() async throws {
        #expect(OpenAPISpec.roles["POST /api/users"] == ["admin"])
        #expect(OpenAPISpec.roles["POST /api/users/{id}/password"] == ["any"])
        #expect(OpenAPISpec.roles["POST /api/login"] == nil)
        try await ServerFixture.withService { _, _, client in
            let anonymous = Session(client: client, token: nil)
            let coder = try await Session.signIn(client, as: .coder)
            let admin = try await Session.signIn(client, as: .admin)
            // no user: 401 even with no body; another role: 403 naming the role allowed, before the body is read
            #expect(try await anonymous.call(.post, "/api/users").0 == .unauthorized)
            let (forbidden, why) = try await coder.call(.post, "/api/users", json: "not json")
            #expect(forbidden == .forbidden && String(decoding: why, as: UTF8.self).contains("allowed: admin"))
            // the admin's: a body that does not decode names the field; an id that is not a number names it
            let (missing, missingWhy) = try await admin.call(.post, "/api/users", json: #"{"username":"n"}"#)
            #expect(missing == .badRequest, "\(String(decoding: missingWhy, as: UTF8.self))")
            #expect(String(decoding: missingWhy, as: UTF8.self).contains("request body: "))
            let (empty, emptyWhy) = try await admin.call(.post, "/api/users/1/active")
            #expect(empty == .badRequest && String(decoding: emptyWhy, as: UTF8.self).contains("request body"))
            let (badID, badIDWhy) = try await admin.call(.post, "/api/users/abc/active", json: #"{"active":true}"#)
            #expect(
                badID == .badRequest && String(decoding: badIDWhy, as: UTF8.self).contains(#"id: \"abc\" is not an id"#)
            )
            let (unknown, _) = try await admin.call(.post, "/api/users/999999/active", json: #"{"active":true}"#)
            #expect(unknown == .notFound)
            // JSON sent as `curl -d` sends it (a form's content type) is read as JSON, as the plain router read it
            let (created, _) = try await admin.call(
                .post, "/api/users", json: #"{"username":"curled","role":"coder","password":"a long enough one"}"#,
                contentType: "application/x-www-form-urlencoded")
            #expect(created == .created)
            let (otherType, _) = try await admin.call(
                .post, "/api/users", json: #"{"username":"typed","role":"coder","password":"a long enough one"}"#,
                contentType: "text/csv")
            #expect(otherType == .badRequest)
            // the answer is the document's User, written as the rest of the API writes JSON (compact, sorted keys)
            let (listed, users) = try await admin.call(.get, "/api/users")
            let text = String(decoding: users, as: UTF8.self)
            #expect(listed == .ok && text.hasPrefix("[{\"active\":true,") && text.contains("\"username\":\"coder\""))
        }
    }
}
