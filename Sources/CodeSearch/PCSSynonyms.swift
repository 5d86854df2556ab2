/// Words clinicians write for procedures, devices, approaches and anatomy, and the ICD-10-PCS wording they stand for
/// (the words of an index main term, a root operation, an axis label): `term<TAB>expansion[|expansion…]`, a line.
///
/// Sources: common clinical usage and the definitions of the ICD-10-PCS root operations, approaches and devices (CMS
/// ICD-10-PCS Reference Manual); written for this project. Read by ``PCSBuilder`` as more words of the text, so an
/// expansion only adds words: the tables and the index still decide.
public enum PCSSynonyms {
    /// `Resources/pcs-synonyms.tsv`; a line starting `#` names the section the lines after it belong to (approaches,
    /// root operations, anatomy, weak words…), which ``PCSBuilder`` reads.
    public static let tsv = String(decoding: PackageResources.pcs_synonyms_tsv, as: UTF8.self)
}
