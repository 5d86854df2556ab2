import Foundation

// The FHIR R4 resources the terminology operations read and write, as small Codable values: only the elements this
// server uses. Optional elements are left out of the JSON when nil (synthesised `encodeIfPresent`).

/// A coded value: system, version, code and display.
struct FHIRCoding: Codable, Sendable, Hashable {
    var system: String?
    var version: String?
    var code: String?
    var display: String?
}

/// A `Parameters` resource: the input of a POSTed operation and the output of `$lookup`, `$validate-code` and
/// `$subsumes`.
struct FHIRParameters: Codable, Sendable {
    var resourceType = "Parameters"
    var parameter: [FHIRParameter]?

    init(_ parameter: [FHIRParameter]) {
        self.parameter = parameter
    }
}

/// One named parameter (or part of one) with a value of one of the types the operations use.
struct FHIRParameter: Codable, Sendable {
    var name: String
    var valueString: String?
    var valueCode: String?
    var valueUri: String?
    var valueCanonical: String?
    var valueUrl: String?
    var valueBoolean: Bool?
    var valueInteger: Int?
    var valueCoding: FHIRCoding?
    var part: [FHIRParameter]?

    init(_ name: String) { self.name = name }

    static func string(_ name: String, _ value: String) -> Self { with(Self(name)) { $0.valueString = value } }
    static func code(_ name: String, _ value: String) -> Self { with(Self(name)) { $0.valueCode = value } }
    static func boolean(_ name: String, _ value: Bool) -> Self { with(Self(name)) { $0.valueBoolean = value } }
    static func integer(_ name: String, _ value: Int) -> Self { with(Self(name)) { $0.valueInteger = value } }
    static func uri(_ name: String, _ value: String) -> Self { with(Self(name)) { $0.valueUri = value } }

    /// A `property` of `$lookup`: its code, its value, and what the value means where that needs saying.
    static func property(_ code: String, _ value: FHIRParameter, description: String? = nil) -> Self {
        var value = value
        value.name = "value"
        return with(Self("property")) {
            $0.part = [.code("code", code), value] + (description.map { [.string("description", $0)] } ?? [])
        }
    }

    /// The value as text, whichever of the text types it was sent as.
    var text: String? { valueString ?? valueCode ?? valueUri ?? valueCanonical ?? valueUrl }

    private static func with(_ value: Self, _ change: (inout Self) -> Void) -> Self {
        var value = value
        change(&value)
        return value
    }
}

/// An `OperationOutcome`: what went wrong, as the body of every error under `/fhir`.
struct FHIROperationOutcome: Codable, Sendable {
    struct Issue: Codable, Sendable {
        var severity: String
        var code: String
        var diagnostics: String
    }
    var resourceType = "OperationOutcome"
    var issue: [Issue]
}

/// A `ValueSet` with its `expansion`, as `$expand` returns it.
struct FHIRValueSet: Codable, Sendable {
    struct Expansion: Codable, Sendable {
        var identifier: String
        var timestamp: String
        var total: Int?
        var offset: Int
        var parameter: [FHIRParameter]
        var contains: [FHIRCoding]?
    }
    var resourceType = "ValueSet"
    var url: String
    var version: String?
    var name: String?
    var status = "active"
    var expansion: Expansion
}

/// A `CodeSystem` without its concepts (`content` `not-present`): what the server knows of a code system.
struct FHIRCodeSystem: Codable, Sendable {
    struct Property: Codable, Sendable {
        var code: String
        var description: String
        var type: String
    }
    var resourceType = "CodeSystem"
    var id: String
    var url: String
    var version: String
    var name: String
    var title: String
    var status = "active"
    var publisher: String
    var caseSensitive = false
    var valueSet: String
    var hierarchyMeaning: String?
    var content = "not-present"
    var count: Int
    var property: [Property]
}

/// A `Bundle` of type `searchset`: the answer of a search.
struct FHIRBundle<Resource: Codable & Sendable>: Codable, Sendable {
    struct Entry: Codable, Sendable {
        var fullUrl: String?
        var resource: Resource
    }
    var resourceType = "Bundle"
    var type = "searchset"
    var total: Int
    var entry: [Entry]?
}

/// The `CapabilityStatement` of `/fhir/metadata`: a terminology server, JSON only, CodeSystem and ValueSet.
struct FHIRCapabilityStatement: Codable, Sendable {
    struct Software: Codable, Sendable { var name: String }
    struct Implementation: Codable, Sendable { var description: String }
    struct Operation: Codable, Sendable {
        var name: String
        var definition: String
    }
    struct Interaction: Codable, Sendable { var code: String }
    struct SearchParam: Codable, Sendable {
        var name: String
        var type: String
    }
    struct Resource: Codable, Sendable {
        var type: String
        var interaction: [Interaction]?
        var searchParam: [SearchParam]?
        var operation: [Operation]
    }
    struct Rest: Codable, Sendable {
        var mode = "server"
        var resource: [Resource]
    }
    var resourceType = "CapabilityStatement"
    var status = "active"
    var date: String
    var publisher: String
    var kind = "instance"
    var software: Software
    var implementation: Implementation
    var fhirVersion = "4.0.1"
    var format = ["json"]
    var rest: [Rest]
}
