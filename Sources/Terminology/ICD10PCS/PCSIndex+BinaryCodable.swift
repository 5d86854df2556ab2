extension PCSIndex: BinaryCodable {
    /// Writes the entries as flat arrays over one string table.
    public func encode(to writer: inout BinaryWriter) {
        var strings: [String] = []
        var ids: [String: Int32] = [:]
        func intern(_ s: String?) -> Int32 {
            guard let s else { return -1 }
            if let id = ids[s] { return id }
            let id = Int32(strings.count)
            strings.append(s)
            ids[s] = id
            return id
        }
        var level: [UInt8] = []
        var parent: [Int32] = []
        var see: [Int32] = []
        var use: [Int32] = []
        var pathCount: [UInt16] = []
        var pathItems: [Int32] = []
        var codeCount: [UInt16] = []
        var codeItems: [Int32] = []
        for entry in entries {
            level.append(UInt8(entry.level))
            parent.append(entry.parent.map(Int32.init) ?? -1)
            see.append(intern(entry.see))
            use.append(intern(entry.use))
            pathCount.append(UInt16(entry.path.count))
            pathItems.append(contentsOf: entry.path.map { intern($0) })
            codeCount.append(UInt16(entry.codes.count))
            codeItems.append(contentsOf: entry.codes.map { intern($0) })
        }
        writer.write(version)
        writer.write(strings)
        writer.write(level)
        writer.write(parent)
        writer.write(see)
        writer.write(use)
        writer.write(pathCount)
        writer.write(pathItems)
        writer.write(codeCount)
        writer.write(codeItems)
    }

    public init(from reader: inout BinaryReader) throws {
        let version = try reader.readString()
        let strings = try reader.readStringArray()
        let level = try reader.readUInt8Array()
        let parent = try reader.readInt32Array()
        let see = try reader.readInt32Array()
        let use = try reader.readInt32Array()
        let pathCount = try reader.readUInt16Array()
        let pathItems = try reader.readInt32Array()
        let codeCount = try reader.readUInt16Array()
        let codeItems = try reader.readInt32Array()
        let n = level.count
        guard parent.count == n, see.count == n, use.count == n, pathCount.count == n, codeCount.count == n,
            pathCount.reduce(0, { $0 + Int($1) }) == pathItems.count,
            codeCount.reduce(0, { $0 + Int($1) }) == codeItems.count
        else { throw SnapshotError("ICD-10-PCS index: entry arrays do not match") }
        func string(_ id: Int32) throws -> String? {
            if id == -1 { return nil }
            guard id >= 0, Int(id) < strings.count else {
                throw SnapshotError("ICD-10-PCS index: string \(id) out of range")
            }
            return strings[Int(id)]
        }
        var entries: [PCSIndexEntry] = []
        entries.reserveCapacity(n)
        var p = 0
        var c = 0
        for i in 0..<n {
            guard parent[i] >= -1, Int(parent[i]) < i else {
                throw SnapshotError("ICD-10-PCS index: bad parent at \(i)")
            }
            let path = try pathItems[p..<(p + Int(pathCount[i]))].map { try string($0) ?? "" }
            let codes = try codeItems[c..<(c + Int(codeCount[i]))].map { try string($0) ?? "" }
            p += Int(pathCount[i])
            c += Int(codeCount[i])
            entries.append(
                PCSIndexEntry(
                    path: path, level: Int(level[i]), parent: parent[i] < 0 ? nil : Int(parent[i]), codes: codes,
                    see: try string(see[i]), use: try string(use[i])))
        }
        self.init(version: version, entries: entries)
    }
}
