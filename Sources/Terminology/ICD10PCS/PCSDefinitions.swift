/// One term of the ICD-10-PCS Definitions: a value of an axis in a section, with its definition, explanation and
/// what it includes.
public struct PCSDefinition: Sendable, Hashable {
    /// The section character (`0` Medical and Surgical, `B` Imaging …).
    public var section: Character
    /// The position of the axis (3 root operation, 4 body part, 5 approach, 6 device …).
    public var axisPosition: Int
    /// The axis title as the definitions name it (`Operation`, `Body Part`, `Approach`, `Device`, `Qualifier` …).
    public var axisTitle: String
    /// The term's titles, usually one (`Resection`); body parts may share one entry (`1st Toe, Left`, `1st Toe, Right`).
    /// Devices may be qualified by operation and body system: `Cardiac Lead, Defibrillator for Insertion in Heart and
    /// Great Vessels`.
    public var titles: [String]
    public var definition: String?
    public var explanation: String?
    /// The terms it includes: examples of procedures for an operation, anatomical terms for a body part, device names
    /// for a device.
    public var includes: [String]

    public init(
        section: Character, axisPosition: Int, axisTitle: String, titles: [String], definition: String? = nil,
        explanation: String? = nil, includes: [String] = []
    ) {
        self.section = section
        self.axisPosition = axisPosition
        self.axisTitle = axisTitle
        self.titles = titles
        self.definition = definition
        self.explanation = explanation
        self.includes = includes
    }
}

/// A section of the Definitions with its title.
public struct PCSDefinitionSection: Sendable, Hashable {
    public var code: Character
    public var title: String

    public init(code: Character, title: String) {
        self.code = code
        self.title = title
    }
}

/// A row of the device aggregation table: a specific device value that is coded as a more general one for an
/// operation and body systems (`Cardiac Lead, Defibrillator` for Insertion in Heart and Great Vessels → `M` Cardiac Lead).
public struct PCSDeviceAggregation: Sendable, Hashable {
    /// The specific device.
    public var device: String
    /// The root operation it applies to, or `All applicable`.
    public var operation: String
    public var bodySystems: [String]
    /// The character of the general device value.
    public var parentValue: Character
    /// The label of the general device value.
    public var parentLabel: String

    public init(device: String, operation: String, bodySystems: [String], parentValue: Character, parentLabel: String) {
        self.device = device
        self.operation = operation
        self.bodySystems = bodySystems
        self.parentValue = parentValue
        self.parentLabel = parentLabel
    }
}

/// The ICD-10-PCS Definitions of one fiscal year: for each section and axis, the terms with their definitions, and the
/// device aggregation table.
///
/// An immutable value; build it with ``PCSDefinitionsXMLParser`` or read it from a snapshot.
public struct PCSDefinitions: Sendable, Equatable {
    /// The fiscal year of the release (`2026`).
    public let version: String
    public let sections: [PCSDefinitionSection]
    /// Every term in file order.
    public let terms: [PCSDefinition]
    public let deviceAggregations: [PCSDeviceAggregation]
    /// Term index by section, axis and lower-cased title.
    private let byTitle: [String: Int]

    public init(
        version: String, sections: [PCSDefinitionSection], terms: [PCSDefinition],
        deviceAggregations: [PCSDeviceAggregation]
    ) {
        self.version = version
        self.sections = sections
        self.terms = terms
        self.deviceAggregations = deviceAggregations
        var byTitle = [String: Int](minimumCapacity: terms.count)
        for (i, term) in terms.enumerated() {
            for title in term.titles {
                let key = Self.key(term.section, term.axisPosition, title)
                if byTitle[key] == nil { byTitle[key] = i }
            }
        }
        self.byTitle = byTitle
    }

    public static func == (lhs: PCSDefinitions, rhs: PCSDefinitions) -> Bool {
        lhs.version == rhs.version && lhs.sections == rhs.sections && lhs.terms == rhs.terms
            && lhs.deviceAggregations == rhs.deviceAggregations
    }

    private static func key(_ section: Character, _ position: Int, _ title: String) -> String {
        "\(section)\u{1}\(position)\u{1}\(title.lowercased())"
    }

    /// The title of a section, or nil.
    public func sectionTitle(_ section: Character) -> String? { sections.first { $0.code == section }?.title }

    /// The term whose title is the label (case ignored), in a section and axis.
    /// - Complexity: O(1) on average.
    public func definition(section: Character, axisPosition: Int, label: String) -> PCSDefinition? {
        byTitle[Self.key(section, axisPosition, label)].map { terms[$0] }
    }

    /// The term for a label as used in a code: devices are defined per body system and sometimes per operation, so
    /// `label for operation in bodySystem` is tried first, then `label in bodySystem`, then the label alone.
    /// - Complexity: O(1) on average.
    public func definition(
        section: Character, axisPosition: Int, label: String, operation: String?, bodySystem: String?
    ) -> PCSDefinition? {
        if let bodySystem {
            if let operation,
                let found = definition(
                    section: section, axisPosition: axisPosition, label: "\(label) for \(operation) in \(bodySystem)")
            {
                return found
            }
            if let found = definition(section: section, axisPosition: axisPosition, label: "\(label) in \(bodySystem)")
            {
                return found
            }
        }
        return definition(section: section, axisPosition: axisPosition, label: label)
    }

    /// The terms that define the characters of a valid code, position 3 to 7, as far as the Definitions have them.
    public func definitions(of code: some StringProtocol, in tables: PCSTables) -> [PCSDefinition] {
        guard let axes = tables.axes(of: code), axes.count == 7 else { return [] }
        return axes[2...].compactMap { value in
            definition(
                section: axes[0].value, axisPosition: value.position, label: value.label, operation: axes[2].label,
                bodySystem: axes[1].label)
        }
    }

    /// The device aggregation rows for a specific device (case ignored).
    public func aggregations(device: String) -> [PCSDeviceAggregation] {
        let wanted = device.lowercased()
        return deviceAggregations.filter { $0.device.lowercased() == wanted }
    }
}
