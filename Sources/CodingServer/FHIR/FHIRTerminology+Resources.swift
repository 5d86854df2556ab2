import Foundation
import Terminology

extension CodeSystem {
    /// The logical id of the code system's resource under `/fhir/CodeSystem/`.
    var fhirID: String { self == .icd10cm ? "icd-10-cm" : "icd-10-pcs" }
}

extension FHIRTerminology {
    /// The `CodeSystem` resource of a served code system: its URL, loaded version and number of concepts.
    func codeSystem(_ system: CodeSystem) throws -> FHIRCodeSystem {
        let version: String
        let count: Int
        var properties: [FHIRCodeSystem.Property] = [
            .init(code: "inactive", description: "Whether the code is retired", type: "boolean"),
            .init(code: "billable", description: "Whether the code is valid for reporting on a claim", type: "boolean"),
        ]
        if system == .icd10cm {
            let tabular = try tabular(version: nil)
            version = tabular.version
            count = tabular.entries.count { $0.kind != .chapter }
            properties += [
                .init(
                    code: "kind", description: "block, category, subcategory or extended (with a 7th character)",
                    type: "code"),
                .init(code: "parent", description: "The block, category or subcategory above the code", type: "code"),
                .init(code: "child", description: "A code directly below", type: "code"),
                .init(code: "sevenChrDef", description: "A 7th character that applies and its meaning", type: "string"),
            ]
            properties += NoteKind.allCases.map {
                .init(
                    code: $0.elementName,
                    description: "Instructional note: \($0.heading) (own or inherited from the entries above)",
                    type: "string")
            }
        } else {
            let pcs = try pcs(version: nil)
            version = pcs.version
            count = pcs.codes.count
        }
        return FHIRCodeSystem(
            id: system.fhirID, url: system.fhirURL, version: version,
            name: system.displayName.replacingOccurrences(of: "-", with: ""), title: system.displayName,
            publisher: system == .icd10cm
                ? "CDC National Center for Health Statistics" : "Centers for Medicare & Medicaid Services",
            valueSet: system.fhirURL + "?fhir_vs", hierarchyMeaning: system == .icd10cm ? "is-a" : nil, count: count,
            property: properties)
    }

    /// `GET /fhir/CodeSystem[?url=…]`: a searchset of the served code systems (those with the URL).
    func searchCodeSystems(url: String?) throws -> FHIRBundle<FHIRCodeSystem> {
        let matching = Self.systems.filter { url == nil || $0.fhirURL == url }
        let entries = try matching.map { FHIRBundle<FHIRCodeSystem>.Entry(resource: try codeSystem($0)) }
        return FHIRBundle(total: entries.count, entry: entries.isEmpty ? nil : entries)
    }

    /// `GET /fhir/metadata`: what the server does, as a `CapabilityStatement`.
    static var capabilityStatement: FHIRCapabilityStatement {
        func operation(_ name: String, _ resource: String) -> FHIRCapabilityStatement.Operation {
            .init(name: name, definition: "http://hl7.org/fhir/OperationDefinition/\(resource)-\(name)")
        }
        return FHIRCapabilityStatement(
            date: Date().formatted(.iso8601), publisher: "OpenCoder", software: .init(name: "OpenCoder"),
            implementation: .init(description: "OpenCoder terminology server: ICD-10-CM and ICD-10-PCS"),
            rest: [
                .init(resource: [
                    .init(
                        type: "CodeSystem", interaction: [.init(code: "read"), .init(code: "search-type")],
                        searchParam: [.init(name: "url", type: "uri")],
                        operation: [
                            operation("lookup", "CodeSystem"), operation("validate-code", "CodeSystem"),
                            operation("subsumes", "CodeSystem"),
                        ]),
                    .init(
                        type: "ValueSet", interaction: nil, searchParam: nil,
                        operation: [operation("expand", "ValueSet"), operation("validate-code", "ValueSet")]),
                ])
            ])
    }
}
