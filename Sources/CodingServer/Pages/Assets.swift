/// The pages' style sheet and script, served from `/assets`. Small and dependency-free; the pages work without the
/// script for reading (the chart's notes, lookup results, tabular entries, the table builder and the charts are
/// rendered by the server), and the script makes coding interactive.
enum Assets {
    /// `Resources/app.css`.
    static let css = String(decoding: PackageResources.app_css, as: UTF8.self)
    /// `Resources/app.js`.
    static let js = String(decoding: PackageResources.app_js, as: UTF8.self)
}
