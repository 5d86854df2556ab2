/// A body part as a note names it, with its ICD-10-PCS body system and body part values in the Medical and Surgical
/// section (`"F4"`: hepatobiliary system, gallbladder), by side where the code set has sides.
struct AnatomySite: Sendable, Hashable {
    var name: String
    /// Body system and body part pairs when no side applies (or none is written).
    var unsided: [String]
    var right: [String] = []
    var left: [String] = []
    var bilateral: [String] = []
    /// Examined on both sides unless one is named (an eye examination covers both eyes).
    var bothByDefault = false

    /// The body system and body part pairs for a side; `nil` when the site has sides and none was written.
    func parts(for side: Laterality?) -> [[String]]? {
        switch side {
        case .right where !right.isEmpty: return [right]
        case .left where !left.isEmpty: return [left]
        case .bilateral where !bilateral.isEmpty: return [bilateral]
        case .bilateral where !right.isEmpty: return [right, left]
        default:
            if !unsided.isEmpty { return [unsided] }
            if bothByDefault { return [right, left] }
            return nil
        }
    }
}

/// A side named in the note.
enum Laterality: String, Sendable, Hashable {
    case right, left, bilateral
}
