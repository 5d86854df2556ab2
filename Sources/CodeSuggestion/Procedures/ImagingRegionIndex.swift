import Foundation

/// The body-part prefixes of the ICD-10-PCS Imaging section by modality and region, read from the code titles
/// (`Ultrasonography of Abdomen` → `BW40`), so regions follow the loaded code set.
struct ImagingRegionIndex: Sendable {
    /// The title words that open each modality's codes.
    static let modalityTitles: [String: String] = [
        "0": "plain radiography of ", "1": "fluoroscopy of ", "2": "computerized tomography (ct scan) of ",
        "3": "magnetic resonance imaging (mri) of ", "4": "ultrasonography of ",
    ]

    private var prefixes: [String: String] = [:]

    /// Reads every Imaging body part (four-character prefix) of the code set.
    /// - Complexity: O(*n*) in the codes of the Imaging section.
    init(codes: PCSCodeIndex) {
        var seen: Set<String> = []
        for code in codes.codes(withPrefix: "B") {
            let prefix = String(code.prefix(4))
            guard seen.insert(prefix).inserted else { continue }
            let modality = String(code.dropFirst(2).prefix(1))
            guard let opening = Self.modalityTitles[modality],
                let title = codes.resolve([PCSPattern(prefix)], minimumPrefix: 4)?.title.lowercased(),
                title.hasPrefix(opening)
            else { continue }
            var region = String(title.dropFirst(opening.count))
            if let cut = region.range(of: " using ") { region = String(region[..<cut.lowerBound]) }
            let key = modality + ":" + region
            if prefixes[key] == nil { prefixes[key] = prefix }
        }
    }

    /// The four-character prefix for a modality and a region name of the titles, if the code set has it.
    func prefix(modality: String, region: String) -> String? { prefixes[modality + ":" + region] }
}
