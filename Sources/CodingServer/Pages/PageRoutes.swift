import Foundation
import HTTPTypes
import Hummingbird
import Worklist

/// The web pages: sign-in, the worklist and the administration page; the chart, lookup, audit and statistics pages
/// are registered by their own types. Every page needs a signed-in user with a role that may see it.
struct PageRoutes {
    let state: ServerState

    func register(_ router: Router<CoderRequestContext>, authenticator: BearerAuthenticator) {
        // who is signed in first, so a refused cross-site request is the API's 403 as before the pages' own errors
        let pages = router.group().add(middleware: authenticator).add(middleware: ErrorTranslator.pages)
        let store = state.store
        pages.get("/") { request, context in
            guard let user = context.user else { return redirect("/login") }
            return redirect(homePage(for: user.role))
        }
        pages.get("login") { request, context in
            if let user = context.user { return redirect(homePage(for: user.role)) }
            return try Self.loginPage(next: request.uri.queryParameters.get("next"), message: nil)
                .response(from: request, context: context)
        }
        pages.post("login") { request, context in
            // a sign-in form posted from another site would sign the browser in to an account of the attacker's
            // choosing (login CSRF): the form must come from our own page, like every other form
            guard SessionCookie.sameOrigin(request) else { throw APIError(.forbidden, "cross-site request refused") }
            let form = try await request.form(context: context)
            let next = safeNext(form["next"])
            do {
                let issued = try await store.signIn(
                    username: form["username"] ?? "", password: form["password"] ?? "", client: context.clientAddress)
                let home = issued.user.mustChangePassword ? "/password" : next ?? homePage(for: issued.user.role)
                var response = redirect(home)
                response.setCookie(SessionCookie.set(issued.token, expires: issued.expiresAt))
                return response
            } catch is AuthenticationFailed {
                var page = Self.loginPage(
                    next: next, message: "Sign-in refused: unknown user, wrong password or inactive account.")
                page.status = .unauthorized
                return try page.response(from: request, context: context)
            } catch let e as SignInThrottled {
                var page = Self.loginPage(next: next, message: "Sign-in refused: \(e.description).")
                page.status = .tooManyRequests
                var response = try page.response(from: request, context: context)
                response.headers[.retryAfter] = String(e.retryAfter)
                return response
            }
        }
        // changing one's own password: required after an admin's reset, possible any time
        pages.get("password") { request, context in
            let user = try context.pageUser(request, allowPasswordChange: true)
            return Self.passwordPage(user: user, message: nil)
        }
        pages.post("password") { request, context in
            let user = try context.pageUser(request, allowPasswordChange: true)
            let form = try await request.form(context: context)
            let new = form["password"] ?? ""
            var problem: String?
            if new.count < 10 {
                problem = "The new password needs at least 10 characters."
            } else if new != form["confirm"] {
                problem = "The two new passwords differ."
            } else {
                do {
                    try await store.changePassword(
                        userID: user.id, current: form["current"] ?? "", new: new, client: context.clientAddress)
                } catch is CurrentPasswordWrong {
                    problem = "The current password is wrong; your password is unchanged."
                }
            }
            if let problem {
                var page = Self.passwordPage(user: user, message: problem)
                page.status = .badRequest
                return try page.response(from: request, context: context)
            }
            // every session of the user ended with the change: sign in again with the new password
            var response = redirect("/login")
            response.setCookie(SessionCookie.clear)
            return response
        }
        pages.post("logout") { _, context in
            if let token = context.sessionToken { try await store.revoke(token: token) }
            var response = redirect("/login")
            response.setCookie(SessionCookie.clear)
            return response
        }
        WorklistPage(state: state).register(pages)
        ChartPage(state: state).register(pages)
        LookupPages(state: state).register(pages)
        AuditPages(state: state).register(pages)
        StatisticsPage(state: state).register(pages)
        AdminPage(state: state).register(pages)
        router.get("assets/app.css") { _, _ in
            textResponse(Assets.css, type: "text/css; charset=utf-8", cacheSeconds: 300)
        }
        router.get("assets/app.js") { _, _ in
            textResponse(Assets.js, type: "text/javascript; charset=utf-8", cacheSeconds: 300)
        }
    }

    /// The password page's view model.
    struct PasswordModel {
        var mustChange: Bool
        var message: String?
    }

    static func passwordPage(user: User, message: String?) -> Page {
        Page(
            title: "Change password", user: user, template: "password",
            model: PasswordModel(mustChange: user.mustChangePassword, message: message))
    }

    /// The sign-in page's view model.
    struct LoginModel {
        var next: String
        var message: String?
    }

    static func loginPage(next: String?, message: String?) -> Page {
        Page(
            title: "Sign in", user: nil, template: "login",
            model: LoginModel(next: safeNext(next) ?? "", message: message))
    }
}

/// The worklist: the queues with their counts, claim next, and the encounters of each queue.
struct WorklistPage {
    let state: ServerState

    func register(_ pages: RouterGroup<CoderRequestContext>) {
        let store = state.store
        pages.get("worklist") { request, context in
            let user = try context.pageUser(request, UserRole.clinical)
            let model = try await Self.model(
                store, user: user, message: request.uri.queryParameters.get("message"), asOf: Date())
            return Page(title: "Worklist", user: user, template: "worklist", model: model, section: "worklist")
        }
        pages.post("worklist/queues/:id/claim") { request, context in
            let user = try context.pageUser(request, [.coder, .cdi])
            guard
                let e = try await store.claimNext(
                    queueID: try context.parameters.id("id"), coderID: user.id, asOf: Date())
            else { return redirect("/worklist?message=\(urlComponent("The queue has nothing left to claim."))") }
            return redirect("/chart/\(e.id)")
        }
        pages.post("worklist/queues") { request, context in
            _ = try context.pageUser(request, [.manager])
            let form = try await request.form(context: context)
            let name = (form["name"] ?? "").trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { throw APIError(.badRequest, "name: the queue needs a name") }
            let setting = form["setting"].flatMap(CareSetting.init(rawValue:))
            _ = try await store.createQueue(name: name, rules: QueueRules(settings: setting.map { [$0] }))
            return redirect("/worklist")
        }
    }

    /// The worklist's view model: the queues with their first 50 encounters, those assigned to the user, the audits
    /// of a coder's work.
    struct Model {
        struct Queue {
            var id: Int64
            var name: String
            var total: Int
            var unassigned: Int
            var canClaim: Bool
            var encounters: EncounterTable
        }
        var message: String?
        var hasQueues: Bool
        var isManager: Bool
        var mine: EncounterTable?
        var queues: [Queue]
        var myAudits: AuditPages.MyAudits?
    }

    /// A list of encounters (`encounterTable.mustache`).
    struct EncounterTable {
        struct Row {
            var id: Int64
            var identifier: String
            var setting: String
            var discharged: String
            var service: String
            var status: String
            var drg: String
            var confidence: String
        }
        var rows: [Row]
        /// Stored, not computed: templates see stored properties only (they read a view model by reflection).
        var hasRows: Bool

        init(_ encounters: [Encounter]) {
            rows = encounters.map { e in
                Row(
                    id: e.id, identifier: e.identifier, setting: e.setting.rawValue, discharged: e.dischargeDate ?? "",
                    service: e.service ?? "",
                    status: e.status.rawValue + (e.pendingReason.map { " (\($0.rawValue))" } ?? ""), drg: e.drg ?? "",
                    confidence: e.precodeConfidence.map { "\(Int(($0 * 100).rounded()))%" } ?? "")
            }
            hasRows = !rows.isEmpty
        }
    }

    static func model(_ store: any WorklistStore, user: User, message: String?, asOf now: Date) async throws -> Model {
        let queues = try await store.queues()
        var mine: [Encounter] = []
        var rows: [Model.Queue] = []
        for queue in queues {
            let page = try await store.encounters(inQueue: queue.id, asOf: now, limit: 50, offset: 0)
            mine += page.encounters.filter { e in e.assignedCoderID == user.id && !mine.contains { $0.id == e.id } }
            rows.append(
                .init(
                    id: queue.id, name: queue.name, total: page.total, unassigned: page.unassigned,
                    canClaim: user.role == .coder || user.role == .cdi, encounters: EncounterTable(page.encounters)))
        }
        return Model(
            message: message, hasQueues: !queues.isEmpty, isManager: user.role == .manager,
            mine: mine.isEmpty ? nil : EncounterTable(mine), queues: rows,
            myAudits: user.role == .coder ? try await AuditPages.myAudits(store, coder: user) : nil)
    }
}
