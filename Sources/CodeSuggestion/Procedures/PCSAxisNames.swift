/// Names of the Medical and Surgical root operations (third character), for reasons.
enum RootOperationNames {
    static let names: [String: String] = [
        "B": "Excision", "T": "Resection", "9": "Drainage", "J": "Inspection", "Q": "Repair", "U": "Supplement",
        "Y": "Transplantation", "8": "Division", "C": "Extirpation", "H": "Insertion", "P": "Removal",
        "1": "Bypass", "7": "Dilation", "D": "Extraction",
    ]

    static func name(_ value: String) -> String { names[value] ?? value }
}

/// Names of the approaches (fifth character), for reasons.
enum ApproachNames {
    static let names: [String: String] = [
        "0": "open", "3": "percutaneous", "4": "percutaneous endoscopic", "7": "via natural or artificial opening",
        "8": "via natural or artificial opening endoscopic", "X": "external",
    ]

    static func name(_ value: String) -> String { names[value] ?? value }
}
