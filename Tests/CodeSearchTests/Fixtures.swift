import CodeSearch
import Foundation
import Terminology

/// The shipped code sets, loaded once for the search tests.
enum Fixture {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let locations = CodeSetLocations(
        shipped: repository.appendingPathComponent("CodeSets"),
        data: FileManager.default.temporaryDirectory.appendingPathComponent("opencoder-tests-\(getpid())"))
    static let library: CodeSetLibrary = { try! CodeSetLoader.load(locations) }()
    static let engine: LookupEngine = { LookupEngine(library: library) }()
    static var index: SearchIndex { engine.index()! }

    static func top(_ query: String, _ n: Int = 5, filter: SearchFilter = SearchFilter()) -> [String] {
        index.search(query, limit: n, filter: filter).map(\.code)
    }
}
