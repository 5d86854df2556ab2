extension PCSTables: BinaryCodable {
    /// Writes the flat arrays as they are; codes as seven bytes each.
    public func encode(to writer: inout BinaryWriter) {
        writer.write(version)
        writer.write(strings)
        writer.write(axisPosition)
        writer.write(axisTitle)
        writer.write(axisDefinition)
        writer.write(axisValueStart)
        writer.write(valueCharacter)
        writer.write(valueLabel)
        writer.write(tableAxisStart)
        writer.write(tableRowStart)
        writer.write(rowAxisStart)
        writer.write(rowTable)
        writer.write(PCSCodeKey.encode(codeKeys))
        writer.write(codeRow)
    }

    /// Reads what ``encode(to:)`` wrote, checking every index so that a damaged snapshot fails here and not later.
    public init(from reader: inout BinaryReader) throws {
        let version = try reader.readString()
        let strings = try reader.readStringArray()
        let axisPosition = try reader.readUInt8Array()
        let axisTitle = try reader.readUInt32Array()
        let axisDefinition = try reader.readInt32Array()
        let axisValueStart = try reader.readUInt32Array()
        let valueCharacter = try reader.readUInt8Array()
        let valueLabel = try reader.readUInt32Array()
        let tableAxisStart = try reader.readUInt32Array()
        let tableRowStart = try reader.readUInt32Array()
        let rowAxisStart = try reader.readUInt32Array()
        let rowTable = try reader.readUInt32Array()
        let codeKeys = try PCSCodeKey.decode(try reader.readUInt8Array(), what: "ICD-10-PCS tables")
        let codeRow = try reader.readUInt32Array()

        func check(_ condition: Bool, _ message: @autoclosure () -> String) throws {
            if !condition { throw SnapshotError("ICD-10-PCS tables: \(message())") }
        }
        let axes = axisPosition.count
        try check(
            axisTitle.count == axes && axisDefinition.count == axes && axisValueStart.count == axes + 1,
            "axis arrays of different lengths")
        try check(axisValueStart.first == 0, "axis values do not start at 0")
        try check(zip(axisValueStart, axisValueStart.dropFirst()).allSatisfy { $0 < $1 }, "an axis without values")
        try check(axisValueStart.last.map(Int.init) == valueCharacter.count, "value arrays do not match the axes")
        try check(valueLabel.count == valueCharacter.count, "value arrays of different lengths")
        try check(valueCharacter.allSatisfy(PCSCodeKey.isValidCharacter), "invalid value character")
        try check(axisTitle.allSatisfy { Int($0) < strings.count }, "axis title out of range")
        try check(valueLabel.allSatisfy { Int($0) < strings.count }, "value label out of range")
        try check(axisDefinition.allSatisfy { $0 >= -1 && Int($0) < strings.count }, "axis definition out of range")
        try check(
            tableRowStart.count == tableAxisStart.count + 1 && tableRowStart.first == 0, "table arrays do not match")
        try check(tableAxisStart.allSatisfy { Int($0) + 3 <= axes }, "table axis out of range")
        try check(zip(tableRowStart, tableRowStart.dropFirst()).allSatisfy { $0 < $1 }, "a table without rows")
        try check(tableRowStart.last.map(Int.init) == rowTable.count, "row arrays do not match the tables")
        try check(rowAxisStart.count == rowTable.count, "row arrays of different lengths")
        try check(rowAxisStart.allSatisfy { Int($0) + 4 <= axes }, "row axis out of range")
        try check(rowTable.allSatisfy { Int($0) < tableAxisStart.count }, "row table out of range")
        try check(codeRow.count == codeKeys.count, "code arrays of different lengths")
        try check(codeRow.allSatisfy { Int($0) < rowTable.count }, "code row out of range")

        self.init(
            version: version, strings: strings, axisPosition: axisPosition, axisTitle: axisTitle,
            axisDefinition: axisDefinition, axisValueStart: axisValueStart, valueCharacter: valueCharacter,
            valueLabel: valueLabel, tableAxisStart: tableAxisStart, tableRowStart: tableRowStart,
            rowAxisStart: rowAxisStart, rowTable: rowTable, codeKeys: codeKeys, codeRow: codeRow)
    }
}
