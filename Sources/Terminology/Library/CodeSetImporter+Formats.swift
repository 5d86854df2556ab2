import Foundation

extension CodeSetImporter {
    /// Parses the release formats other than the Tabular List.
    static func parseOther(_ kind: ComponentKind, _ url: URL) throws -> Parsed? {
        nil
    }
}
