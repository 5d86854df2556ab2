extension CodeReference: BinaryCodable {
    public func encode(to writer: inout BinaryWriter) {
        writer.write(first)
        writer.write(last ?? "")
        writer.write(needsMoreCharacters)
    }

    public init(from reader: inout BinaryReader) throws {
        first = try reader.readString()
        let last = try reader.readString()
        self.last = last.isEmpty ? nil : last
        needsMoreCharacters = try reader.readBool()
    }
}

extension InstructionalNote: BinaryCodable {
    public func encode(to writer: inout BinaryWriter) {
        writer.write(kind.rawValue)
        writer.write(text)
        writer.write(references)
    }

    public init(from reader: inout BinaryReader) throws {
        guard let kind = NoteKind(rawValue: try reader.readUInt8()) else { throw SnapshotError("bad note kind") }
        self.kind = kind
        text = try reader.readString()
        references = try reader.readArray(of: CodeReference.self)
    }
}

extension SeventhCharacter: BinaryCodable {
    public func encode(to writer: inout BinaryWriter) {
        writer.write(character)
        writer.write(meaning)
        writer.write(notes)
    }

    public init(from reader: inout BinaryReader) throws {
        character = try reader.readString()
        meaning = try reader.readString()
        notes = try reader.readStringArray()
    }
}

extension TabularEntry: BinaryCodable {
    public func encode(to writer: inout BinaryWriter) {
        writer.write(code)
        writer.write(title)
        writer.write(kind.rawValue)
        writer.write(parent)
        writer.write(children)
        writer.write(billable)
        writer.write(notes)
        writer.write(seventhCharacters)
    }

    public init(from reader: inout BinaryReader) throws {
        code = try reader.readString()
        title = try reader.readString()
        guard let kind = TabularEntryKind(rawValue: try reader.readUInt8()) else {
            throw SnapshotError("bad entry kind")
        }
        self.kind = kind
        parent = try reader.readInt32()
        children = try reader.readInt32Array()
        billable = try reader.readBool()
        notes = try reader.readArray(of: InstructionalNote.self)
        seventhCharacters = try reader.readArray(of: SeventhCharacter.self)
    }
}

extension TabularList: BinaryCodable {
    public func encode(to writer: inout BinaryWriter) {
        writer.write(version)
        writer.write(releaseLabel)
        writer.write(entries)
    }

    public init(from reader: inout BinaryReader) throws {
        let version = try reader.readString()
        let label = try reader.readString()
        let entries = try reader.readArray(of: TabularEntry.self)
        self.init(version: version, releaseLabel: label, entries: entries)
    }
}
