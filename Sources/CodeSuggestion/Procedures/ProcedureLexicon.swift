/// The procedure phrases the suggester looks for, each with what it means.
enum ProcedureLexicon {
    static let table = PhraseTable<ProcedureTrigger>(imaging + common + operations)

    /// Imaging modality words (third character of the Imaging section): `Resources/imaging-modalities.tsv`.
    static var imaging: [(String, ProcedureTrigger)] {
        ProcedureTables.imagingModalities.flatMap { row in
            row.phrases.map { ($0, .imaging(modality: row.modality, name: row.name)) }
        }
    }

    /// Operation words: root operation, and the organ when the word names it.
    static var operations: [(String, ProcedureTrigger)] {
        var e: [(String, ProcedureTrigger)] = []
        func op(
            _ phrases: [String], _ root: String, _ site: AnatomySite? = nil, qualifier: String? = nil,
            approach: String? = nil, partial: Bool = true
        ) {
            let name = phrases.first ?? root
            let term = OperativeTerm(
                name: name, rootOperation: root, site: site, qualifier: qualifier,
                approach: approach, partialBecomesExcision: partial)
            for p in phrases { e.append((p, .operation(term))) }
        }
        func named(_ word: String) -> AnatomySite? {
            AnatomyLexicon.sites.first { $0.0.contains(word) }?.1
        }
        // -ectomy: resection of the organ the word names (excision when partial).
        op(["cholecystectomy"], "T", named("gallbladder"))
        op(["appendectomy", "appendicectomy"], "T", named("appendix"))
        op(["nephrectomy"], "T", named("kidney"))
        op(["ureterectomy"], "T", named("ureter"))
        op(["orchiectomy", "orchidectomy", "orchiectomies"], "T", named("testis"))
        op(["hysterectomy"], "T", named("uterus"))
        op(["mastectomy"], "T", named("breast"))
        op(["gastrectomy"], "T", named("stomach"))
        op(["colectomy", "hemicolectomy"], "T", named("colon"))
        op(["sigmoidectomy"], "T", named("sigmoid"))
        op(["thyroidectomy"], "T", named("thyroid"))
        op(["hemithyroidectomy"], "T", AnatomySite(name: "thyroid lobe", unsided: [], right: ["GH"], left: ["GG"]))
        op(["splenectomy"], "T", named("spleen"))
        op(["prostatectomy"], "T", named("prostate"))
        op(["cystectomy"], "T", named("bladder"))
        op(["pneumonectomy"], "T", named("lung"))
        op(["adrenalectomy"], "T", named("adrenal"))
        op(["oophorectomy", "ovariectomy"], "T", named("ovary"))
        op(["salpingectomy"], "T", named("fallopian tube"))
        op(["tonsillectomy"], "T", named("tonsil"))
        op(["esophagectomy", "oesophagectomy"], "T", named("esophagus"))
        op(["pancreatectomy"], "T", named("pancreas"))
        op(["hepatectomy"], "B", named("liver"))
        op(["lumpectomy", "tumorectomy"], "B")
        op(["polypectomy"], "B")
        // Generic operation words: the organ comes from the sentence.
        op(
            [
                "resection", "resected", "surgical resection", "removal", "removed", "exeresis", "extirpation of",
                "ablation of",
            ], "T")
        op(["excision", "excised", "excisional biopsy", "enucleation"], "B", partial: false)
        op(
            ["biopsy", "biopsies", "biopsied", "core biopsy", "needle biopsy", "punch biopsy"], "B", qualifier: "X",
            partial: false)
        op(
            ["fine needle aspiration", "fnab", "fna", "puncture aspiration", "fine needle aspiration biopsy"], "9",
            qualifier: "X", approach: "3", partial: false)
        op(["drainage", "drained", "incision and drainage"], "9", partial: false)
        op(["transplant", "transplantation"], "Y", partial: false)
        return e
    }
}
