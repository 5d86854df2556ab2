/// The imaging regions a note names and the region names of the ICD-10-PCS Imaging titles they stand for.
enum ImagingRegions {
    /// Region words and the region keys they give (`abdominopelvic` → abdomen, pelvis): `Resources/imaging-regions.tsv`.
    static let words: [(String, [String])] = ProcedureTables.imagingRegions

    /// Region names of the Imaging titles to try, best first, for a set of region keys and a side.
    static func names(for keys: Set<String>, side: Laterality?) -> [String] {
        let sided = { (name: String, plural: String) -> [String] in
            switch side {
            case .right: ["right \(name)"]
            case .left: ["left \(name)"]
            default: ["bilateral \(plural)"]
            }
        }
        switch keys {
        case ["chest"]: return ["chest", "chest and abdomen"]
        case ["abdomen"]: return ["abdomen"]
        case ["pelvis"]: return ["pelvic region", "pelvis"]
        case ["chest", "abdomen"]: return ["chest and abdomen"]
        case ["abdomen", "pelvis"]: return ["abdomen and pelvis"]
        case ["chest", "abdomen", "pelvis"], ["chest", "pelvis"]: return ["chest, abdomen and pelvis"]
        case ["head"], ["head", "brain"], ["skull", "brain"]: return ["brain"]
        case ["skull"]: return ["skull", "brain"]
        case ["brain"]: return ["brain"]
        case ["head", "neck"]: return ["head and neck"]
        case ["neck"]: return ["neck"]
        case ["spine"]: return ["whole spine"]
        case ["spine", "neck"], ["neck", "spine"]: return ["cervical spine"]
        case ["spine", "lumbar"], ["lumbar"]: return ["lumbar spine"]
        case ["spine", "thoracic"], ["spine", "chest"], ["thoracic"]: return ["thoracic spine"]
        case ["kidney"]: return side == nil ? ["bilateral kidneys", "kidneys"] : sided("kidney", "kidneys")
        case ["kidney", "bladder"]: return ["kidneys and bladder"]
        case ["bladder"]: return ["bladder"]
        case ["scrotum"]: return ["scrotum"]
        case ["thyroid"], ["neck", "thyroid"]: return ["thyroid gland"]
        case ["liver"]: return ["liver"]
        case ["liver", "spleen"]: return ["liver and spleen"]
        case ["pancreas"]: return ["pancreas"]
        case ["gallbladder"], ["liver", "gallbladder"]: return ["gallbladder and bile ducts", "gallbladder"]
        case ["breast"]: return sided("breast", "breasts")
        case ["lung"], ["chest", "lung"]: return ["bilateral lungs", "chest"]
        case ["hip"]: return sided("hip", "hips")
        case ["knee"]: return sided("knee", "knees")
        case ["shoulder"]: return side == .left ? ["left shoulder"] : side == .right ? ["right shoulder"] : []
        case ["prostate"]: return ["prostate", "prostate and seminal vesicles"]
        case ["uterus"]: return ["uterus"]
        case ["orbit"]: return sided("orbit", "orbits")
        case ["sinuses"]: return ["paranasal sinuses"]
        default: return []
        }
    }
}
