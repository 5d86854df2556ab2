extension HCPCSCodeSet: BinaryCodable {
    public func encode(to writer: inout BinaryWriter) { writer.write(codes) }

    public init(from reader: inout BinaryReader) throws { self.init(codes: try reader.readArray(of: HCPCSCode.self)) }
}

/// A code is written field by field; an absent text is written as an empty string and an absent date or number as 0.
extension HCPCSCode: BinaryCodable {
    public func encode(to writer: inout BinaryWriter) {
        writer.write(code)
        writer.write(kind.rawValue)
        writer.write(sequenceNumber)
        writer.write(longDescription)
        writer.write(shortDescription)
        writer.write(pricingIndicators)
        writer.write(multiplePricingIndicator ?? "")
        writer.write(coverageIssuesManualReferences)
        writer.write(carriersManualReferences)
        writer.write(statute ?? "")
        writer.write(labCertifications)
        writer.write(crossReferences)
        writer.write(coverage?.rawValue ?? "")
        writer.write(ascPaymentGroup ?? "")
        writer.write(ascPaymentGroupEffectiveDate?.yyyymmdd ?? 0)
        writer.write(processingNote ?? "")
        writer.write(betos ?? "")
        writer.write(typesOfService)
        writer.write(anesthesiaBaseUnits ?? -1)
        writer.write(addedDate?.yyyymmdd ?? 0)
        writer.write(actionEffectiveDate?.yyyymmdd ?? 0)
        writer.write(terminationDate?.yyyymmdd ?? 0)
        writer.write(action.rawValue)
    }

    public init(from reader: inout BinaryReader) throws {
        func text(_ reader: inout BinaryReader) throws -> String? {
            let value = try reader.readString()
            return value.isEmpty ? nil : value
        }
        func date(_ reader: inout BinaryReader) throws -> HCPCSDate? {
            let value = try reader.readInt32()
            return value == 0 ? nil : HCPCSDate(yyyymmdd: value)
        }
        let code = try reader.readString()
        guard let kind = Kind(rawValue: try reader.readUInt8()) else {
            throw SnapshotError("HCPCS \(code): unknown kind")
        }
        let sequenceNumber = try reader.readInt32()
        let longDescription = try reader.readString()
        let shortDescription = try reader.readString()
        let pricingIndicators = try reader.readStringArray()
        let multiplePricingIndicator = try text(&reader)
        let coverageIssuesManualReferences = try reader.readStringArray()
        let carriersManualReferences = try reader.readStringArray()
        let statute = try text(&reader)
        let labCertifications = try reader.readStringArray()
        let crossReferences = try reader.readStringArray()
        let coverageText = try reader.readString()
        var coverage: HCPCSCoverage?
        if !coverageText.isEmpty {
            guard let value = HCPCSCoverage(rawValue: coverageText) else {
                throw SnapshotError("HCPCS \(code): unknown coverage \(coverageText)")
            }
            coverage = value
        }
        let ascPaymentGroup = try text(&reader)
        let ascPaymentGroupEffectiveDate = try date(&reader)
        let processingNote = try text(&reader)
        let betos = try text(&reader)
        let typesOfService = try reader.readStringArray()
        let baseUnits = try reader.readInt32()
        let addedDate = try date(&reader)
        let actionEffectiveDate = try date(&reader)
        let terminationDate = try date(&reader)
        let actionText = try reader.readString()
        guard let action = HCPCSAction(rawValue: actionText) else {
            throw SnapshotError("HCPCS \(code): unknown action \(actionText)")
        }
        self.init(
            code: code, kind: kind, sequenceNumber: sequenceNumber, longDescription: longDescription,
            shortDescription: shortDescription, pricingIndicators: pricingIndicators,
            multiplePricingIndicator: multiplePricingIndicator,
            coverageIssuesManualReferences: coverageIssuesManualReferences,
            carriersManualReferences: carriersManualReferences, statute: statute, labCertifications: labCertifications,
            crossReferences: crossReferences, coverage: coverage, ascPaymentGroup: ascPaymentGroup,
            ascPaymentGroupEffectiveDate: ascPaymentGroupEffectiveDate, processingNote: processingNote, betos: betos,
            typesOfService: typesOfService, anesthesiaBaseUnits: baseUnits < 0 ? nil : baseUnits, addedDate: addedDate,
            actionEffectiveDate: actionEffectiveDate, terminationDate: terminationDate, action: action)
    }
}
