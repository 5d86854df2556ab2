/// One character of an ICD-10-PCS code with what it means on its axis: `0FT44ZZ` position 3 → Operation `T` Resection.
public struct PCSAxisValue: Sendable, Hashable, CustomStringConvertible {
    /// The 1-based position of the character in the code (1–7).
    public var position: Int
    /// The axis title as the tables name it: `Section`, `Body System`, `Operation`, `Body Part`, `Approach`, `Device`,
    /// `Qualifier`, or in other sections e.g. `Modality`, `Contrast`, `Body System / Region`.
    public var title: String
    /// The character.
    public var value: Character
    /// What the character means: `Resection`, `Gallbladder`, `Percutaneous Endoscopic`.
    public var label: String

    public init(position: Int, title: String, value: Character, label: String) {
        self.position = position
        self.title = title
        self.value = value
        self.label = label
    }

    public var description: String { "\(position) \(title): \(value) \(label)" }
}

/// One axis of a table or of a row: its position, title and the values it allows.
public struct PCSAxis: Sendable, Hashable {
    public var position: Int
    public var title: String
    /// The values in the order the table lists them.
    public var values: [PCSAxisValue]
    /// The definition the table gives for the axis's value (the root operation's definition), if any.
    public var definition: String?

    public init(position: Int, title: String, values: [PCSAxisValue], definition: String? = nil) {
        self.position = position
        self.title = title
        self.values = values
        self.definition = definition
    }
}

/// A row of a table: the body parts, approaches, devices and qualifiers that combine into valid codes.
public struct PCSRow: Sendable, Hashable {
    /// The axes of positions 4 to 7.
    public var axes: [PCSAxis]

    public init(axes: [PCSAxis]) { self.axes = axes }

    /// The number of codes the row forms (the product of the number of values on each axis).
    public var codeCount: Int { axes.reduce(1) { $0 * $1.values.count } }
}

/// A table of the ICD-10-PCS Tables: the first three characters fixed, and rows giving the last four.
public struct PCSTable: Sendable, Hashable {
    /// The index of the table in ``PCSTables`` (file order).
    public var index: Int
    /// The three characters shared by every code of the table: `0FT`.
    public var prefix: String
    public var section: PCSAxisValue
    /// Body system, or what the section puts in position 2.
    public var bodySystem: PCSAxisValue
    /// Root operation, or what the section puts in position 3 (`Type`, `Modality` …).
    public var operation: PCSAxisValue
    /// The definition of the root operation as the table states it, if any.
    public var operationDefinition: String?
    public var rows: [PCSRow]

    public init(
        index: Int, prefix: String, section: PCSAxisValue, bodySystem: PCSAxisValue, operation: PCSAxisValue,
        operationDefinition: String?, rows: [PCSRow]
    ) {
        self.index = index
        self.prefix = prefix
        self.section = section
        self.bodySystem = bodySystem
        self.operation = operation
        self.operationDefinition = operationDefinition
        self.rows = rows
    }
}

/// The ICD-10-PCS Tables of one fiscal year: every table and row, and every valid code with the meaning of each of its
/// seven characters.
///
/// An immutable value of flat arrays; build it with ``PCSTablesXMLParser`` or read it from a snapshot. Codes are held
/// sorted as packed integers with, for each, the row it comes from; labels and titles sit once in a string table.
/// Look-ups accept codes in any case, with or without spaces.
public struct PCSTables: Sendable, Equatable {
    /// The fiscal year of the release (`2026`).
    public let version: String

    // The flat storage. Axes are numbered in file order; a table owns 3 consecutive axes (positions 1–3),
    // a row 4 (positions 4–7). Values of axis `a` are `axisValueStart[a]..<axisValueStart[a + 1]`.
    let strings: [String]
    let axisPosition: [UInt8]
    let axisTitle: [UInt32]
    /// String id of the axis's definition, or -1.
    let axisDefinition: [Int32]
    let axisValueStart: [UInt32]
    let valueCharacter: [UInt8]
    let valueLabel: [UInt32]
    let tableAxisStart: [UInt32]
    /// Rows of table `t` are `tableRowStart[t]..<tableRowStart[t + 1]`.
    let tableRowStart: [UInt32]
    let rowAxisStart: [UInt32]
    let rowTable: [UInt32]
    /// Every valid code, sorted.
    let codeKeys: [UInt64]
    /// For each code, the row it comes from.
    let codeRow: [UInt32]
    /// Table index by its three characters packed into the low 24 bits.
    private let tableByPrefix: [UInt32: Int]

    init(
        version: String, strings: [String], axisPosition: [UInt8], axisTitle: [UInt32], axisDefinition: [Int32],
        axisValueStart: [UInt32], valueCharacter: [UInt8], valueLabel: [UInt32], tableAxisStart: [UInt32],
        tableRowStart: [UInt32], rowAxisStart: [UInt32], rowTable: [UInt32], codeKeys: [UInt64], codeRow: [UInt32]
    ) {
        self.version = version
        self.strings = strings
        self.axisPosition = axisPosition
        self.axisTitle = axisTitle
        self.axisDefinition = axisDefinition
        self.axisValueStart = axisValueStart
        self.valueCharacter = valueCharacter
        self.valueLabel = valueLabel
        self.tableAxisStart = tableAxisStart
        self.tableRowStart = tableRowStart
        self.rowAxisStart = rowAxisStart
        self.rowTable = rowTable
        self.codeKeys = codeKeys
        self.codeRow = codeRow
        var byPrefix = [UInt32: Int](minimumCapacity: tableAxisStart.count)
        for t in tableAxisStart.indices {
            let a = Int(tableAxisStart[t])
            var packed: UInt32 = 0
            for k in 0..<3 { packed = packed << 8 | UInt32(valueCharacter[Int(axisValueStart[a + k])]) }
            if byPrefix[packed] == nil { byPrefix[packed] = t }
        }
        self.tableByPrefix = byPrefix
    }

    public static func == (lhs: PCSTables, rhs: PCSTables) -> Bool {
        lhs.version == rhs.version && lhs.strings == rhs.strings && lhs.axisPosition == rhs.axisPosition
            && lhs.axisTitle == rhs.axisTitle && lhs.axisDefinition == rhs.axisDefinition
            && lhs.axisValueStart == rhs.axisValueStart && lhs.valueCharacter == rhs.valueCharacter
            && lhs.valueLabel == rhs.valueLabel && lhs.tableAxisStart == rhs.tableAxisStart
            && lhs.tableRowStart == rhs.tableRowStart && lhs.rowAxisStart == rhs.rowAxisStart
            && lhs.rowTable == rhs.rowTable && lhs.codeKeys == rhs.codeKeys && lhs.codeRow == rhs.codeRow
    }

    // MARK: Counts and codes

    /// The number of tables.
    public var tableCount: Int { tableAxisStart.count }

    /// The number of rows over all tables.
    public var rowCount: Int { rowTable.count }

    /// The number of valid codes.
    public var codeCount: Int { codeKeys.count }

    /// Every valid code, in character order.
    /// - Complexity: O(n); use ``code(at:)`` to walk them without building the array.
    public var codes: [String] { codeKeys.map(PCSCodeKey.string) }

    /// The code at an index of the sorted codes, `0..<codeCount`.
    public func code(at index: Int) -> String { PCSCodeKey.string(codeKeys[index]) }

    /// The index of a valid code in the sorted codes, or nil.
    /// - Complexity: O(log n).
    public func index(of code: some StringProtocol) -> Int? {
        guard let key = PCSCodeKey.key(code) else { return nil }
        return PCSCodeKey.search(key, in: codeKeys)
    }

    /// Whether the code is valid in this release (any case, spaces and dots ignored).
    /// - Complexity: O(log n).
    public func contains(_ code: some StringProtocol) -> Bool { index(of: code) != nil }

    /// The valid codes that start with the given characters, in order.
    /// - Complexity: O(log n + k) for k codes.
    public func codes(withPrefix prefix: some StringProtocol) -> [String] {
        guard let bytes = PCSCodeKey.prefixBytes(prefix) else { return [] }
        return PCSCodeKey.range(prefix: bytes, in: codeKeys).map { PCSCodeKey.string(codeKeys[$0]) }
    }

    /// The number of valid codes that start with the given characters.
    /// - Complexity: O(log n).
    public func codeCount(withPrefix prefix: some StringProtocol) -> Int {
        guard let bytes = PCSCodeKey.prefixBytes(prefix) else { return 0 }
        return PCSCodeKey.range(prefix: bytes, in: codeKeys).count
    }

    // MARK: Axes of a code

    /// The seven characters of a valid code, each with its position, axis title and label; nil for an invalid code.
    /// - Complexity: O(log n) to find the code, then a scan of the row's values.
    public func axes(of code: some StringProtocol) -> [PCSAxisValue]? {
        guard let key = PCSCodeKey.key(code), let i = PCSCodeKey.search(key, in: codeKeys) else { return nil }
        return axes(key: key, row: Int(codeRow[i]))
    }

    /// The value at one position (1–7) of a valid code.
    public func axisValue(of code: some StringProtocol, position: Int) -> PCSAxisValue? {
        guard (1...7).contains(position), let key = PCSCodeKey.key(code),
            let i = PCSCodeKey.search(key, in: codeKeys)
        else { return nil }
        let row = Int(codeRow[i])
        let axis =
            position <= 3
            ? Int(tableAxisStart[Int(rowTable[row])]) + position - 1 : Int(rowAxisStart[row]) + position - 4
        return value(onAxis: axis, character: PCSCodeKey.byte(key, at: position - 1))
    }

    private func axes(key: UInt64, row: Int) -> [PCSAxisValue] {
        let tableAxis = Int(tableAxisStart[Int(rowTable[row])])
        let rowAxis = Int(rowAxisStart[row])
        var result = [PCSAxisValue]()
        result.reserveCapacity(7)
        for position in 0..<7 {
            let axis = position < 3 ? tableAxis + position : rowAxis + position - 3
            if let value = value(onAxis: axis, character: PCSCodeKey.byte(key, at: position)) { result.append(value) }
        }
        return result
    }

    private func value(onAxis axis: Int, character: UInt8) -> PCSAxisValue? {
        for v in Int(axisValueStart[axis])..<Int(axisValueStart[axis + 1]) where valueCharacter[v] == character {
            return axisValue(axis: axis, value: v)
        }
        return nil
    }

    private func axisValue(axis: Int, value v: Int) -> PCSAxisValue {
        PCSAxisValue(
            position: Int(axisPosition[axis]), title: strings[Int(axisTitle[axis])],
            value: Character(Unicode.Scalar(valueCharacter[v])), label: strings[Int(valueLabel[v])])
    }

    private func axis(_ a: Int) -> PCSAxis {
        let values = (Int(axisValueStart[a])..<Int(axisValueStart[a + 1])).map { axisValue(axis: a, value: $0) }
        let definition = axisDefinition[a] >= 0 ? strings[Int(axisDefinition[a])] : nil
        return PCSAxis(
            position: Int(axisPosition[a]), title: strings[Int(axisTitle[a])], values: values, definition: definition)
    }

    // MARK: Tables

    /// The table at an index, `0..<tableCount`, in file order.
    public func table(at index: Int) -> PCSTable {
        let a = Int(tableAxisStart[index])
        let head = (0..<3).map { axis(a + $0) }
        let rows = (Int(tableRowStart[index])..<Int(tableRowStart[index + 1])).map { r in
            PCSRow(axes: (0..<4).map { axis(Int(rowAxisStart[r]) + $0) })
        }
        let prefix = String(head.map { $0.values[0].value })
        return PCSTable(
            index: index, prefix: prefix, section: head[0].values[0], bodySystem: head[1].values[0],
            operation: head[2].values[0], operationDefinition: head[2].definition, rows: rows)
    }

    /// The table for the first three characters of a code (`0FT` or a whole code), or nil.
    /// - Complexity: O(1) on average to find it, O(size of the table) to build the value.
    public func table(prefix: some StringProtocol) -> PCSTable? {
        tableIndex(prefix: prefix).map(table(at:))
    }

    /// The index of the table for the first three characters of a code, or nil.
    /// - Complexity: O(1) on average.
    public func tableIndex(prefix: some StringProtocol) -> Int? {
        guard let bytes = PCSCodeKey.prefixBytes(prefix.prefix(3)), bytes.count == 3 else { return nil }
        return tableByPrefix[UInt32(bytes[0]) << 16 | UInt32(bytes[1]) << 8 | UInt32(bytes[2])]
    }

    /// Every table in file order.
    /// - Complexity: O(size of the tables).
    public var tables: [PCSTable] { (0..<tableCount).map(table(at:)) }

    // MARK: Table builder

    /// The values allowed at the next position after the characters already chosen, each leading to at least one valid
    /// code, in character order.
    ///
    /// `validValues(prefix: "")` gives the sections, `"0F"` the root operations of the hepatobiliary system, `"0FT4"`
    /// the approaches valid for a resection of the gallbladder. A prefix that is not the start of a valid code, or has
    /// seven characters, gives no values.
    /// - Complexity: O(tables) for the first three positions, O(rows of the table) after.
    public func validValues(prefix: some StringProtocol) -> [PCSAxisValue] {
        guard let chosen = PCSCodeKey.prefixBytes(prefix), chosen.count < 7 else { return [] }
        var seen = [PCSAxisValue?](repeating: nil, count: 128)
        if chosen.count < 3 {
            for t in 0..<tableCount {
                let a = Int(tableAxisStart[t])
                let matches = chosen.indices.allSatisfy { valueCharacter[Int(axisValueStart[a + $0])] == chosen[$0] }
                guard matches else { continue }
                let axis = a + chosen.count
                let v = Int(axisValueStart[axis])
                if seen[Int(valueCharacter[v])] == nil {
                    seen[Int(valueCharacter[v])] = axisValue(axis: axis, value: v)
                }
            }
        } else {
            guard let t = tableIndex(prefix: String(decoding: chosen[0..<3], as: UTF8.self)) else { return [] }
            for r in Int(tableRowStart[t])..<Int(tableRowStart[t + 1]) {
                let rowAxis = Int(rowAxisStart[r])
                let matches = (3..<chosen.count).allSatisfy { p in
                    let axis = rowAxis + p - 3
                    return (Int(axisValueStart[axis])..<Int(axisValueStart[axis + 1])).contains {
                        valueCharacter[$0] == chosen[p]
                    }
                }
                guard matches else { continue }
                let axis = rowAxis + chosen.count - 3
                for v in Int(axisValueStart[axis])..<Int(axisValueStart[axis + 1])
                where seen[Int(valueCharacter[v])] == nil {
                    seen[Int(valueCharacter[v])] = axisValue(axis: axis, value: v)
                }
            }
        }
        return seen.compactMap { $0 }
    }

    // MARK: Titles

    /// Labels that mean "nothing on this axis" and are left out of constructed titles.
    static let emptyLabels: Set<String> = ["No Device", "No Qualifier", "None"]

    /// A readable title built from the labels of a valid code, or nil for an invalid code.
    ///
    /// The pattern is *operation* `of` *body part* [`with` *device*], then the other axes in order, the approach
    /// followed by `Approach`, leaving out `No Device`, `No Qualifier` and `None`: `0FT44ZZ` → "Resection of
    /// Gallbladder, Percutaneous Endoscopic Approach". A bypass names its qualifier as the destination, as the official
    /// titles do ("Bypass Cerebral Ventricle to Nasopharynx with Autologous Tissue Substitute, Open Approach").
    ///
    /// This is not the official long title: CMS publishes those in its order file, and the engine takes them from the
    /// registry title list (``PCSTitleList``) when it has one; see ``title(of:preferring:)``.
    public func constructedTitle(of code: some StringProtocol) -> String? {
        guard let axes = axes(of: code), axes.count == 7 else { return nil }
        return Self.title(from: axes)
    }

    /// The labels the tables give each character of a code they do not hold (a code of a later year): its table's
    /// first three, and for each of the last four the label of that character in the row that shares the most of them
    /// (else in any row of the table). Nil when the table, or any character, is not in these tables.
    /// - Complexity: O(size of the table).
    public func labelledAxes(of code: some StringProtocol) -> [PCSAxisValue]? {
        guard let key = PCSCodeKey.key(code), let t = tableIndex(prefix: code) else { return nil }
        if let known = axes(of: code) { return known }
        let a = Int(tableAxisStart[t])
        var result = (0..<3).compactMap { value(onAxis: a + $0, character: PCSCodeKey.byte(key, at: $0)) }
        guard result.count == 3 else { return nil }
        let rows = Array(Int(tableRowStart[t])..<Int(tableRowStart[t + 1]))
        func found(_ row: Int, _ position: Int) -> PCSAxisValue? {
            value(onAxis: Int(rowAxisStart[row]) + position - 3, character: PCSCodeKey.byte(key, at: position))
        }
        let ranked = rows.sorted { r1, r2 in
            (3..<7).filter { found(r1, $0) != nil }.count > (3..<7).filter { found(r2, $0) != nil }.count
        }
        for position in 3..<7 {
            guard let value = ranked.lazy.compactMap({ found($0, position) }).first else { return nil }
            result.append(value)
        }
        return result
    }

    /// A title from the seven labelled characters of a code (``constructedTitle(of:)``'s pattern).
    public static func title(from axes: [PCSAxisValue]) -> String {
        let operation = axes[2].label
        let isBypass = operation == "Bypass" && axes[0].value == "0"
        var title = isBypass ? "Bypass \(axes[3].label)" : "\(operation) of \(axes[3].label)"
        var destination: String? = nil
        var device: String? = nil
        var rest: [String] = []
        for value in axes[4...] where !Self.emptyLabels.contains(value.label) {
            switch value.title {
            case "Device": device = value.label
            case "Approach": rest.append("\(value.label) Approach")
            case "Qualifier" where isBypass: destination = value.label
            default: rest.append(value.label)
            }
        }
        if let destination { title += " to \(destination)" }
        if let device { title += " with \(device)" }
        if !rest.isEmpty { title += ", " + rest.joined(separator: ", ") }
        return title
    }

    /// The title of a valid code: the registry's when the list has the code, else the constructed one; nil for a code
    /// not valid in these tables.
    public func title(of code: some StringProtocol, preferring titles: PCSTitleList?) -> String? {
        guard contains(code) else { return nil }
        return titles?.title(of: code) ?? constructedTitle(of: code)
    }
}
