/// The index is written as flat arrays, one element per entry: each entry keeps only its own title and modifiers and
/// the index of its parent; paths are rebuilt on reading.
extension AlphabeticIndex: BinaryCodable {
    public func encode(to writer: inout BinaryWriter) {
        writer.write(kind.rawValue)
        writer.write(version)
        writer.write(title)
        writer.write(entries.map(\.parent))
        writer.write(entries.map(\.title))
        writer.write(entries.map { $0.modifiers[$0.modifiers.count - 1] })
        for field in AlphabeticIndexEntry.optionalFields {
            writer.write(entries.map { $0[keyPath: field] ?? "" })
        }
    }

    public init(from reader: inout BinaryReader) throws {
        guard let kind = Kind(rawValue: try reader.readUInt8()) else {
            throw SnapshotError("alphabetic index: unknown kind")
        }
        let version = try reader.readString()
        let title = try reader.readString()
        let parents = try reader.readInt32Array()
        let titles = try reader.readStringArray()
        let modifiers = try reader.readStringArray()
        var optionals: [[String]] = []
        for _ in AlphabeticIndexEntry.optionalFields { optionals.append(try reader.readStringArray()) }
        let count = parents.count
        guard titles.count == count, modifiers.count == count, optionals.allSatisfy({ $0.count == count }) else {
            throw SnapshotError("alphabetic index: arrays of different lengths")
        }
        var entries: [AlphabeticIndexEntry] = []
        entries.reserveCapacity(count)
        for index in 0..<count {
            let parent = parents[index]
            guard parent < Int32(index) else {
                throw SnapshotError("alphabetic index: entry \(index) has parent \(parent)")
            }
            var entry: AlphabeticIndexEntry
            if parent >= 0 {
                let above = entries[Int(parent)]
                entry = AlphabeticIndexEntry(
                    path: above.path + [titles[index]], modifiers: above.modifiers + [modifiers[index]], parent: parent,
                    kind: kind)
            } else {
                entry = AlphabeticIndexEntry(
                    path: [titles[index]], modifiers: [modifiers[index]], parent: -1, kind: kind)
            }
            for (field, values) in zip(AlphabeticIndexEntry.optionalFields, optionals) where !values[index].isEmpty {
                entry[keyPath: field] = values[index]
            }
            entries.append(entry)
        }
        self.init(kind: kind, version: version, title: title, entries: entries)
    }
}

extension AlphabeticIndexEntry {
    /// The optional text fields, in the order they are written to a snapshot.
    static var optionalFields: [WritableKeyPath<AlphabeticIndexEntry, String?>] {
        [
            \.code, \.manifestation, \.see, \.seeAlso, \.seeCategory, \.seeSubcategory, \.warning,
        ]
    }
}
