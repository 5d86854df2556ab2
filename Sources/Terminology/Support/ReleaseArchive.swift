import Foundation
import ZIPFoundation

/// Reads release files, plain or inside a ZIP archive.
public enum ReleaseArchive {
    /// The members of a ZIP archive: path inside the archive and uncompressed size.
    public static func members(of url: URL) throws -> [String] {
        let archive = try open(url)
        return archive.filter { $0.type == .file }.map(\.path)
    }

    /// The bytes of one member of a ZIP archive.
    /// - Throws: ``ReleaseFileError`` when the archive cannot be read or the member is missing or damaged.
    public static func read(member: String, of url: URL) throws -> Data {
        let archive = try open(url)
        guard let entry = archive[member] else {
            throw ReleaseFileError(
                file: url.lastPathComponent, element: member, message: "no such member in the archive")
        }
        var data = Data()
        data.reserveCapacity(Int(entry.uncompressedSize))
        do {
            _ = try archive.extract(entry) { data.append($0) }
        } catch {
            throw ReleaseFileError(
                file: url.lastPathComponent, element: member, message: "damaged or truncated archive member (\(error))")
        }
        return data
    }

    /// The bytes of a file; a `.zip` holding exactly one file is read through.
    public static func contents(of url: URL) throws -> Data {
        if url.pathExtension.lowercased() == "zip" {
            let files = try members(of: url)
            guard files.count == 1, let only = files.first else {
                throw ReleaseFileError(
                    file: url.lastPathComponent, message: "expected one file in the archive, found \(files.count)")
            }
            return try read(member: only, of: url)
        }
        do {
            return try Data(contentsOf: url)
        } catch {
            throw ReleaseFileError(file: url.path, message: "cannot be read (\(Self.reason(error)))")
        }
    }

    static func open(_ url: URL) throws -> Archive {
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw ReleaseFileError(file: url.path, message: "no such file")
        }
        do {
            return try Archive(url: url, accessMode: .read)
        } catch {
            throw ReleaseFileError(file: url.lastPathComponent, message: "not a readable ZIP archive")
        }
    }

    static func reason(_ error: any Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError { return underlying.localizedDescription }
        return ns.localizedDescription
    }
}
