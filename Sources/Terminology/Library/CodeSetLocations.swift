import Foundation

/// Where code sets live: the shipped `CodeSets/` folder and the data folder that holds imported releases and the
/// compiled snapshot.
public struct CodeSetLocations: Sendable {
    /// The repository's `CodeSets/` folder (read-only).
    public var shipped: URL
    /// The folder for imported releases and compiled snapshots (`$CODER_HOME`, or `~/.local/share/opencoder`).
    public var data: URL

    public init(shipped: URL, data: URL) {
        self.shipped = shipped
        self.data = data
    }

    public var importedFolder: URL { data.appendingPathComponent("imported", isDirectory: true) }
    public var importsManifest: URL { importedFolder.appendingPathComponent("imports.json") }
    public var snapshotFolder: URL { data.appendingPathComponent("snapshots", isDirectory: true) }

    /// The default locations: `CodeSets/` found by walking up from the executable (or the working directory) to the
    /// package that holds it; the data folder from `CODER_HOME` or the user's home.
    public static func standard(shipped: String? = nil, executable: String = CommandLine.arguments.first ?? "")
        -> CodeSetLocations
    {
        let env = ProcessInfo.processInfo.environment
        let shippedURL: URL
        if let shipped {
            shippedURL = URL(fileURLWithPath: shipped, isDirectory: true)
        } else if let fromEnv = env["CODER_CODE_SETS"] {
            shippedURL = URL(fileURLWithPath: fromEnv, isDirectory: true)
        } else {
            shippedURL = findShipped(from: executable) ?? URL(fileURLWithPath: "CodeSets", isDirectory: true)
        }
        let data: URL
        if let home = env["CODER_HOME"] {
            data = URL(fileURLWithPath: home, isDirectory: true)
        } else {
            data = FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(
                ".local/share/opencoder", isDirectory: true)
        }
        return CodeSetLocations(shipped: shippedURL, data: data)
    }

    static func findShipped(from executable: String) -> URL? {
        let fm = FileManager.default
        var starts: [URL] = []
        if !executable.isEmpty {
            let exe = URL(fileURLWithPath: executable).resolvingSymlinksInPath()
            starts.append(exe.deletingLastPathComponent())
        }
        starts.append(URL(fileURLWithPath: fm.currentDirectoryPath, isDirectory: true))
        for start in starts {
            var dir = start
            for _ in 0..<8 {
                let candidate = dir.appendingPathComponent("CodeSets/manifest.json")
                if fm.fileExists(atPath: candidate.path) {
                    return dir.appendingPathComponent("CodeSets", isDirectory: true)
                }
                dir.deleteLastPathComponent()
            }
        }
        return nil
    }
}
