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

    static func passwordPage(user: User, message: String?) -> Page {
        var body = "<section class=\"login\"><h1>Change your password</h1>"
        if user.mustChangePassword {
            body += "<p role=\"status\">An administrator reset your password: choose a new one before you go on.</p>"
        }
        if let message { body += "<p class=\"message\" role=\"alert\">\(esc(message))</p>" }
        body += """
            <form method="post" action="/password">
            <label>Current password <input name="current" type="password" autocomplete="current-password" required autofocus></label>
            <label>New password <input name="password" type="password" autocomplete="new-password" minlength="10" required></label>
            <label>New password again <input name="confirm" type="password" autocomplete="new-password" minlength="10" required></label>
            <button type="submit">Change password</button>
            </form></section>
            """
        return Page(title: "Change password", user: user, body: body)
    }

    static func loginPage(next: String?, message: String?) -> Page {
        var body = "<section class=\"login\"><h1>Sign in</h1>"
        if let message { body += "<p class=\"message\" role=\"alert\">\(esc(message))</p>" }
        body += """
            <form method="post" action="/login">
            <input type="hidden" name="next" value="\(esc(safeNext(next) ?? ""))">
            <label>User name <input name="username" autocomplete="username" required autofocus></label>
            <label>Password <input name="password" type="password" autocomplete="current-password" required></label>
            <button type="submit">Sign in</button>
            </form>
            <p class="hint">Access to patient records is recorded.</p></section>
            """
        return Page(title: "Sign in", user: nil, body: body)
    }
}

/// The worklist: the queues with their counts, claim next, and the encounters of each queue.
struct WorklistPage {
    let state: ServerState

    func register(_ pages: RouterGroup<CoderRequestContext>) {
        let store = state.store
        pages.get("worklist") { request, context in
            let user = try context.pageUser(request, UserRole.clinical)
            var body = "<h1>Worklist</h1>"
            if let message = request.uri.queryParameters.get("message") {
                body += "<p class=\"message\" role=\"status\">\(esc(message))</p>"
            }
            let queues = try await store.queues()
            if queues.isEmpty {
                body +=
                    "<p>No work queues yet.\(user.role == .manager ? " Create one below." : " A manager creates them.")</p>"
            }
            var sections = ""
            var mine: [Encounter] = []
            for queue in queues {
                let page = try await store.encounters(inQueue: queue.id, asOf: Date(), limit: 50, offset: 0)
                mine += page.encounters.filter { e in e.assignedCoderID == user.id && !mine.contains { $0.id == e.id } }
                sections +=
                    "<section class=\"queue\" aria-labelledby=\"q\(queue.id)\"><h2 id=\"q\(queue.id)\">\(esc(queue.name))</h2>"
                sections +=
                    "<p class=\"counts\"><span class=\"count\" data-queue-total=\"\(queue.id)\">\(page.total)</span> open · <span class=\"count\">\(page.unassigned)</span> unassigned</p>"
                if user.role == .coder || user.role == .cdi {
                    sections +=
                        "<form method=\"post\" action=\"/worklist/queues/\(queue.id)/claim\"><button type=\"submit\" class=\"primary\" data-claim=\"\(queue.id)\">Claim next</button></form>"
                }
                sections += Self.table(page.encounters) + "</section>"
            }
            if !mine.isEmpty {
                body +=
                    "<section aria-labelledby=\"mine\"><h2 id=\"mine\">Assigned to me</h2>\(Self.table(mine))</section>"
            }
            body += sections
            if user.role == .coder { body += try await AuditPages.myAudits(store, coder: user) }
            if user.role == .manager {
                body += """
                    <section><h2>New queue</h2><form method="post" action="/worklist/queues" class="inline">
                    <label>Name <input name="name" required></label>
                    <label>Setting <select name="setting"><option value="">any</option><option>inpatient</option><option>outpatient</option></select></label>
                    <button type="submit">Create</button></form></section>
                    """
            }
            return Page(title: "Worklist", user: user, body: body, section: "worklist")
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

    static func table(_ encounters: [Encounter]) -> String {
        guard !encounters.isEmpty else { return "<p class=\"empty\">Nothing here.</p>" }
        var html = "<table class=\"list\"><thead>"
        html += row(["Encounter", "Setting", "Discharged", "Service", "Status", "DRG", "Confidence"], header: true)
        html += "</thead><tbody>"
        for e in encounters {
            html += row([
                "<a href=\"/chart/\(e.id)\">\(esc(e.identifier))</a>", e.setting.rawValue, esc(e.dischargeDate ?? ""),
                esc(e.service ?? ""), e.status.rawValue + (e.pendingReason.map { " (\($0.rawValue))" } ?? ""),
                esc(e.drg ?? ""), e.precodeConfidence.map { "\(Int(($0 * 100).rounded()))%" } ?? "",
            ])
        }
        return html + "</tbody></table>"
    }
}
