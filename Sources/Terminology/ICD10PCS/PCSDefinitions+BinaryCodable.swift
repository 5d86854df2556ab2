extension PCSDefinition: BinaryCodable {
    public func encode(to writer: inout BinaryWriter) {
        writer.write(String(section))
        writer.write(UInt8(axisPosition))
        writer.write(axisTitle)
        writer.write(titles)
        writer.write(definition ?? "")
        writer.write(explanation ?? "")
        writer.write(includes)
    }

    public init(from reader: inout BinaryReader) throws {
        let section = try reader.readString()
        guard section.count == 1, let character = section.first else {
            throw SnapshotError("PCS definition: bad section")
        }
        self.init(
            section: character, axisPosition: Int(try reader.readUInt8()), axisTitle: try reader.readString(),
            titles: try reader.readStringArray())
        let definition = try reader.readString()
        let explanation = try reader.readString()
        self.definition = definition.isEmpty ? nil : definition
        self.explanation = explanation.isEmpty ? nil : explanation
        self.includes = try reader.readStringArray()
    }
}

extension PCSDefinitionSection: BinaryCodable {
    public func encode(to writer: inout BinaryWriter) {
        writer.write(String(code))
        writer.write(title)
    }

    public init(from reader: inout BinaryReader) throws {
        let code = try reader.readString()
        guard code.count == 1, let character = code.first else {
            throw SnapshotError("PCS definitions: bad section code")
        }
        self.init(code: character, title: try reader.readString())
    }
}

extension PCSDeviceAggregation: BinaryCodable {
    public func encode(to writer: inout BinaryWriter) {
        writer.write(device)
        writer.write(operation)
        writer.write(bodySystems)
        writer.write(String(parentValue))
        writer.write(parentLabel)
    }

    public init(from reader: inout BinaryReader) throws {
        let device = try reader.readString()
        let operation = try reader.readString()
        let bodySystems = try reader.readStringArray()
        let value = try reader.readString()
        guard value.count == 1, let character = value.first else {
            throw SnapshotError("PCS device aggregation: bad value")
        }
        self.init(
            device: device, operation: operation, bodySystems: bodySystems, parentValue: character,
            parentLabel: try reader.readString())
    }
}

extension PCSDefinitions: BinaryCodable {
    public func encode(to writer: inout BinaryWriter) {
        writer.write(version)
        writer.write(sections)
        writer.write(terms)
        writer.write(deviceAggregations)
    }

    public init(from reader: inout BinaryReader) throws {
        self.init(
            version: try reader.readString(), sections: try reader.readArray(of: PCSDefinitionSection.self),
            terms: try reader.readArray(of: PCSDefinition.self),
            deviceAggregations: try reader.readArray(of: PCSDeviceAggregation.self))
    }
}
