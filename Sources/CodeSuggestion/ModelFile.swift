import Foundation

/// The text layout the model files share (``PhraseModel``, ``Calibration``): `#` comment lines, joined as the file's
/// source; one header line; then tab-separated rows, each with its line number for errors.
enum ModelFile {
    static func text(of url: URL, what: String) throws(PhraseModelError) -> String {
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw PhraseModelError("\(url.path): cannot read the \(what) (\(error.localizedDescription))")
        }
    }

    static func rows(_ text: String, name: String, header: String, what: String) throws(PhraseModelError)
        -> (source: String, rows: [(line: Int, fields: [Substring])])
    {
        var source = ""
        var rows: [(Int, [Substring])] = []
        var sawHeader = false
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty { continue }
            if line.hasPrefix("#") {
                source += (source.isEmpty ? "" : " ") + line.dropFirst().trimmingCharacters(in: .whitespaces)
                continue
            }
            if !sawHeader {
                guard line == header else {
                    throw PhraseModelError("\(name):\(n + 1): expected the header '\(header)'")
                }
                sawHeader = true
                continue
            }
            rows.append((n + 1, line.split(separator: "\t", omittingEmptySubsequences: false)))
        }
        guard sawHeader else { throw PhraseModelError("\(name): empty \(what)") }
        return (source, rows)
    }
}
