import Foundation
import Terminology

/// Paths the tests read: the repository root, its shipped code sets, and `../shared` beside it.
enum TestPaths {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let codeSets = repository.appendingPathComponent("CodeSets")
    static let shared = repository.deletingLastPathComponent().appendingPathComponent("shared/codesets")
    static var sharedAvailable: Bool { FileManager.default.fileExists(atPath: shared.path) }
    static func sharedFile(_ path: String) -> URL { shared.appendingPathComponent(path) }
}

/// The shipped FY2026 Tabular List, parsed once for all tests.
enum Shipped {
    static let tabularMember = "icd10c-tabular-April-1-2026.xml"
    static let tabularData: Data = {
        try! ReleaseArchive.read(
            member: tabularMember, of: TestPaths.codeSets.appendingPathComponent("icd10cm/2026/\(tabularMember).zip"))
    }()
    static let tabular: TabularList = { try! TabularXMLParser.parse(tabularData, fileName: tabularMember) }()
    /// The official code list shipped beside the tabular (every chapter, block and code, 7th-character codes included).
    static let codeList: [String] = {
        let data = try! ReleaseArchive.read(
            member: "code-list-April-2026.txt",
            of: TestPaths.codeSets.appendingPathComponent("icd10cm/2026/code-list-April-2026.txt.zip"))
        return String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).map {
            $0.trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }
    }()
}
