/// The table is written as flat arrays, one element per row (cells row by row); paths are rebuilt on reading.
extension ICDTable: BinaryCodable {
    public func encode(to writer: inout BinaryWriter) {
        writer.write(kind.rawValue)
        writer.write(version)
        writer.write(termHeading)
        writer.write(columns)
        writer.write(rows.map(\.parent))
        writer.write(rows.map(\.title))
        writer.write(rows.map { $0.modifiers[$0.modifiers.count - 1] })
        writer.write(rows.map { $0.manifestation ?? "" })
        writer.write(rows.map { $0.see ?? "" })
        writer.write(rows.map { $0.seeAlso ?? "" })
        writer.write(rows.flatMap { row in row.cells.map { $0 ?? "" } })
    }

    public init(from reader: inout BinaryReader) throws {
        guard let kind = Kind(rawValue: try reader.readUInt8()) else { throw SnapshotError("table: unknown kind") }
        let version = try reader.readString()
        let termHeading = try reader.readString()
        let columns = try reader.readStringArray()
        let parents = try reader.readInt32Array()
        let titles = try reader.readStringArray()
        let modifiers = try reader.readStringArray()
        let manifestations = try reader.readStringArray()
        let sees = try reader.readStringArray()
        let seeAlsos = try reader.readStringArray()
        let cells = try reader.readStringArray()
        let count = parents.count
        guard
            [titles.count, modifiers.count, manifestations.count, sees.count, seeAlsos.count].allSatisfy({ $0 == count }
            ),
            cells.count == count * columns.count
        else { throw SnapshotError("table: arrays of different lengths") }
        func optional(_ text: String) -> String? { text.isEmpty ? nil : text }
        var rows: [ICDTableRow] = []
        rows.reserveCapacity(count)
        for index in 0..<count {
            let parent = parents[index]
            guard parent < Int32(index) else { throw SnapshotError("table: row \(index) has parent \(parent)") }
            let start = index * columns.count
            rows.append(
                ICDTableRow(
                    path: (parent >= 0 ? rows[Int(parent)].path : []) + [titles[index]],
                    modifiers: (parent >= 0 ? rows[Int(parent)].modifiers : []) + [modifiers[index]],
                    cells: cells[start..<(start + columns.count)].map(optional),
                    manifestation: optional(manifestations[index]),
                    see: optional(sees[index]), seeAlso: optional(seeAlsos[index]), parent: parent))
        }
        self.init(kind: kind, version: version, termHeading: termHeading, columns: columns, rows: rows)
    }
}
