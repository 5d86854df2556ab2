import Foundation

/// What the shipped ICD-10-PCS axis definitions say of a code's first five characters: section, body system, root
/// operation (with its definition), body part and approach (with its definition).
///
/// Read from the four TSV files in `CodeSets/icd10pcs/definitions/`; the official tables, once imported, give all
/// seven axes instead.
public struct PCSGlossary: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var label: String
        public var definition: String?
        public var explanation: String?
        public var examples: String?
    }

    /// Key: section, axis position (2 body system, 3 operation, 4 body part, 5 approach), then the characters that
    /// determine the value (`0|3|T`, `0|4|DJ`).
    public private(set) var entries: [String: Entry] = [:]

    public init() {}

    /// The names of the ICD-10-PCS sections (character 1), from the ICD-10-PCS Official Guidelines.
    public static let sections: [Character: String] = [
        "0": "Medical and Surgical", "1": "Obstetrics", "2": "Placement", "3": "Administration",
        "4": "Measurement and Monitoring", "5": "Extracorporeal or Systemic Assistance and Performance",
        "6": "Extracorporeal or Systemic Therapies", "7": "Osteopathic", "8": "Other Procedures", "9": "Chiropractic",
        "B": "Imaging", "C": "Nuclear Medicine", "D": "Radiation Therapy",
        "F": "Physical Rehabilitation and Diagnostic Audiology", "G": "Mental Health", "H": "Substance Abuse Treatment",
        "X": "New Technology",
    ]

    /// Reads one of the four TSV files (header line, tab-separated).
    /// - Throws: ``ReleaseFileError`` naming the file and line of a row with too few fields.
    public mutating func read(_ data: Data, fileName: String) throws {
        let text = String(decoding: data, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? $0.dropLast() : $0
        }
        guard let header = lines.first?.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) else {
            throw ReleaseFileError(file: fileName, line: 1, message: "empty file")
        }
        lines.removeFirst()
        func column(_ name: String) -> Int? { header.firstIndex(of: name) }
        for (i, line) in lines.enumerated() where !line.isEmpty {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == header.count else {
                throw ReleaseFileError(
                    file: fileName, line: i + 2,
                    message: "expected \(header.count) tab-separated fields, found \(fields.count)")
            }
            func field(_ name: String) -> String? {
                column(name).map { fields[$0] }.flatMap { $0.isEmpty ? nil : $0 }
            }
            guard let section = field("section") else { continue }
            if let bodySystem = field("body_system"), let bodyPart = field("body_part"), let label = field("def_bp") {
                entries["\(section)|4|\(bodySystem)\(bodyPart)"] = Entry(label: label)
                if let system = field("def_bs") { entries["\(section)|2|\(bodySystem)"] = Entry(label: system) }
            } else if let code = field("code") {
                if header.contains("explanation"), let value = field("value") {
                    entries["\(section)|3|\(code)"] = Entry(
                        label: value, definition: field("definition"), explanation: field("explanation"),
                        examples: field("examples"))
                } else if let value = field("value") {
                    entries["\(section)|5|\(code)"] = Entry(label: value, definition: field("definition"))
                } else if let system = field("definition") {
                    entries["\(section)|2|\(code)"] = Entry(label: system)
                }
            }
        }
    }

    /// The first five axes of a code, as far as the glossary knows them.
    public func axes(of code: String) -> [(position: Int, title: String, value: Character, entry: Entry)] {
        let c = Array(code)
        guard c.count == 7 else { return [] }
        var result: [(Int, String, Character, Entry)] = []
        if let section = Self.sections[c[0]] { result.append((1, "Section", c[0], Entry(label: section))) }
        let keys: [(Int, String, String)] = [
            (2, "Body System", "\(c[0])|2|\(c[1])"), (3, "Operation", "\(c[0])|3|\(c[2])"),
            (4, "Body Part", "\(c[0])|4|\(c[1])\(c[3])"), (5, "Approach", "\(c[0])|5|\(c[4])"),
        ]
        for (position, title, key) in keys {
            if let entry = entries[key] { result.append((position, title, c[position - 1], entry)) }
        }
        return result
    }
}

extension PCSGlossary: BinaryCodable {
    public func encode(to writer: inout BinaryWriter) {
        let keys = entries.keys.sorted()
        writer.write(keys)
        for key in keys {
            let e = entries[key]!
            writer.write([e.label, e.definition ?? "", e.explanation ?? "", e.examples ?? ""])
        }
    }

    public init(from reader: inout BinaryReader) throws {
        self.init()
        for key in try reader.readStringArray() {
            let f = try reader.readStringArray()
            guard f.count == 4 else { throw SnapshotError("bad PCS glossary entry") }
            entries[key] = Entry(
                label: f[0], definition: f[1].isEmpty ? nil : f[1], explanation: f[2].isEmpty ? nil : f[2],
                examples: f[3].isEmpty ? nil : f[3])
        }
    }
}
