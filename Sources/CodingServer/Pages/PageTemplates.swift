import Mustache

/// The pages' templates (`Resources/templates/*.mustache`, embedded in the binary): each page's view model rendered
/// by its template, then inside `layout`. `{{name}}` escapes `&`, `<`, `>`, `"` and `'`; the only unescaped values
/// (`{{{…}}}`) are the layout's body, itself a rendered template, and the chart's JSON data block, whose `<` is escaped
/// (``scriptJSON(_:)``).
enum PageTemplates {
    /// Each template's name (the file's, without `.mustache`) and text.
    static let sources: [(String, [UInt8])] = [
        ("admin", PackageResources.admin_mustache), ("alphabeticIndex", PackageResources.alphabeticIndex_mustache),
        ("audit", PackageResources.audit_mustache), ("auditSample", PackageResources.auditSample_mustache),
        ("chart", PackageResources.chart_mustache), ("encounterTable", PackageResources.encounterTable_mustache),
        ("hcpcsCode", PackageResources.hcpcsCode_mustache), ("indexCode", PackageResources.indexCode_mustache),
        ("layout", PackageResources.layout_mustache), ("linkedText", PackageResources.linkedText_mustache),
        ("login", PackageResources.login_mustache), ("lookup", PackageResources.lookup_mustache),
        ("message", PackageResources.message_mustache), ("myAudits", PackageResources.myAudits_mustache),
        ("noteText", PackageResources.noteText_mustache), ("password", PackageResources.password_mustache),
        ("pcsBuilder", PackageResources.pcsBuilder_mustache), ("pcsCode", PackageResources.pcsCode_mustache),
        ("releaseChanges", PackageResources.releaseChanges_mustache),
        ("scoreTable", PackageResources.scoreTable_mustache), ("scorecards", PackageResources.scorecards_mustache),
        ("statistics", PackageResources.statistics_mustache), ("svgChart", PackageResources.svgChart_mustache),
        ("tabularEntry", PackageResources.tabularEntry_mustache), ("worklist", PackageResources.worklist_mustache),
    ]

    /// Every template parsed once. A template that does not parse stops the service at its first page with a line
    /// naming the file (the page tests render every one).
    static let library: MustacheLibrary = {
        var library = MustacheLibrary()
        for (name, bytes) in sources {
            var text = String(decoding: bytes, as: UTF8.self)
            // the file's last newline is the editor's, not the page's: a partial ends where its text ends
            if text.hasSuffix("\n") { text.removeLast() }
            do {
                try library.register(text, named: name)
            } catch {
                fatalError("Resources/templates/\(name).mustache: \(error)")
            }
        }
        return library
    }()

    /// Whether a template of this name is loaded.
    static func contains(_ name: String) -> Bool { library.getTemplate(named: name) != nil }

    /// The HTML of a template with a view model.
    static func render(_ template: String, _ model: Any) -> String {
        guard let html = library.render(model, withTemplate: template) else {
            fatalError("Resources/templates/\(template).mustache: no such template")
        }
        return html
    }
}
