/// The standard English lexicon, written for this project from the descriptions of NegEx and ConText.
extension TriggerLexicon {
    /// The standard lexicon.
    public static let standard = TriggerLexicon(standardRules)

    static var standardRules: [TriggerRule] {
        var r: [TriggerRule] = []
        func add(_ phrases: [String], _ role: TriggerRule.Role, window: Int? = nil, comma: Bool = false) {
            for p in phrases { r.append(TriggerRule(p, role, window: window, stopsAtComma: comma)) }
        }
        // MARK: negated
        add(
            [
                "no", "not", "denies", "denied", "deny", "denying", "without", "w/o", "no evidence of", "no evidence",
                "no evidence for", "no sign of", "no signs of", "no symptoms of", "no findings of", "no findings",
                "no suggestion of", "no indication of", "no complaints of", "negative for", "free of", "free from",
                // `serology was negative for hepatitis C`: the backward `was negative` must not take the words
                "was negative for", "were negative for", "is negative for", "are negative for", "tested negative for",
                "test negative for", "came back negative for", "returned negative for", "remained negative for",
                "absence of", "absent", "ruled out for", "rules out", "no history of", "no h/o", "no hx of",
                "no known history of", "no known", "no prior", "no previous", "no personal history of",
                "no past history of", "no family history of", "no fh of", "never", "never had", "never developed",
                "none", "neither", "nor", "unremarkable for", "did not", "does not", "did not have", "does not have",
                "didn't", "doesn't", "don't", "hasn't", "hadn't", "isn't", "wasn't", "weren't", "not have", "not had",
                "not demonstrate", "not show", "not reveal", "not exhibit", "fails to reveal", "failed to reveal",
                "failed to show", "failed to demonstrate", "no longer", "lack of", "lacks", "denies any", "no new",
                "no acute", "no further evidence of", "no residual", "resolution of any", "not consistent with",
                "not compatible with", "no obvious", "no apparent", "no significant", "no definite",
                "no radiographic evidence of", "no clinical evidence of", "no features of", "nonexistent",
            ], .trigger(.negated, .forward))
        add(
            [
                "ruled out", "is ruled out", "was ruled out", "has been ruled out", "excluded", "was excluded",
                "is excluded", "has been excluded", "is negative", "was negative", "negative", "is absent",
                "was absent",
                "absent", "unlikely", "is unlikely", "was unlikely", "not seen", "not present", "not identified",
                "not detected", "not found", "not observed", "not appreciated", "not noted", "not visualized",
                "not evident", "not demonstrated", "not confirmed", "not shown", "not elicited", "not palpable",
                "not palpated", "not reported", "free", "(-)", "neg", "is not seen", "not suspected",
                "was not suspected", "is not suspected", "not documented", "not supported", "not felt to be present",
            ], .trigger(.negated, .backward), window: 6, comma: true)
        add(
            [
                "were ruled out", "have been ruled out", "were excluded", "have been excluded", "were negative",
                "are negative", "were absent", "are absent", "were not seen", "were not found", "were not observed",
                "were not detected", "are not present", "were not present", "were unremarkable",
            ], .trigger(.negated, .backward), window: 10)

        // MARK: uncertain
        add(
            [
                "possible", "possibly", "probable", "probably", "suspected", "suspect", "suspicious for",
                "suspicious of", "suspicion of", "suspicion for", "rule out", "rule-out", "r/o", "ro", "to rule out",
                "cannot exclude", "can not exclude", "cannot rule out", "can not rule out", "could not rule out",
                "could not exclude", "cannot be excluded", "questionable", "question of", "likely", "most likely",
                "more likely", "less likely", "concern for", "concerning for", "concerned about",
                "differential includes",
                "differential diagnosis includes", "differential diagnosis of", "differential of", "ddx", "may have",
                "may be", "might be", "might have", "could be", "could have", "presumed", "presumptive", "presumably",
                "evaluate for", "eval for", "evaluation for", "evaluated for", "work up for", "workup for",
                "work-up for", "to exclude", "worrisome for", "doubtful", "uncertain", "unclear if", "unclear whether",
                "not certain if", "not certain whether", "not sure if", "not sure whether", "assess for", "screen for",
                "screening for", "suggestive of", "suggests", "suggesting", "cannot be ruled out", "equivocal for",
                "borderline", "vs", "vs.", "versus", "either", "apparent", "apparently", "impression of",
                "in favor of", "favor", "favored", "seems", "appears to be", "may represent", "might represent",
                "could represent", "query", "?",
            ], .trigger(.uncertain, .forward))
        add(
            [
                "not ruled out", "not been ruled out", "not excluded", "not been excluded", "cannot be excluded",
                "cannot be ruled out", "can not be excluded", "can not be ruled out", "could not be excluded",
                "could not be ruled out", "is possible", "is likely", "is suspected", "was suspected", "is probable",
                "is questionable", "questionable", "suspected", "possible", "probable", "likely", "unclear",
                "is not certain", "to be ruled out", "to be excluded", "?",
            ], .trigger(.uncertain, .backward), window: 6, comma: true)
        add(["vs", "vs.", "versus", "or possibly", "?"], .trigger(.uncertain, .both), window: 4, comma: true)

        // MARK: historical
        add(
            [
                "history of", "h/o", "hx of", "hx", "past history of", "past medical history of",
                "past medical history significant for", "pmh of", "pmh significant for", "pmh notable for",
                "known history of", "significant history of", "a history of", "remote history of", "status post",
                "s/p", "sp", "prior", "previous", "previously", "remote", "in the past", "former", "old",
                "history significant for", "history notable for", "previously diagnosed with", "diagnosed in",
                "childhood",
            ], .trigger(.historical, .forward))
        add(
            [
                "years ago", "year ago", "months ago", "weeks ago", "in the past", "in childhood", "as a child",
                "resolved", "since resolved", "in remission", "previously", "remotely",
            ], .trigger(.historical, .backward), window: 6)

        // MARK: family
        add(
            [
                "family history of", "family history", "family hx of", "family hx", "fhx of", "fhx", "fh of", "fh",
                "family history significant for", "family history positive for", "family member with",
                "family members with", "mother", "mother's", "mother had", "mother has", "mother with", "father",
                "father's", "father had", "father has", "father with", "sister", "sister's", "sisters", "brother",
                "brother's", "brothers", "sibling", "siblings", "parent", "parents", "grandmother", "grandmother's",
                "grandfather", "grandfather's", "grandparent", "grandparents", "aunt", "aunts", "uncle", "uncles",
                "cousin", "cousins", "son", "sons", "daughter", "daughters", "maternal", "paternal", "mom", "dad",
                "relative", "relatives", "first-degree relative", "first-degree relatives", "niece", "nephew",
                "his mother", "her mother", "his father", "her father",
            ], .trigger(.family, .forward))
        add(
            [
                "in mother", "in her mother", "in his mother", "in father", "in his father", "in her father",
                "in a sibling", "in siblings", "in the family", "in his family", "in her family", "in family",
                "runs in the family", "runs in family", "in relatives", "in first-degree relatives",
                "in several family members", "in a brother", "in a sister",
            ], .trigger(.family, .backward), window: 6, comma: true)

        // MARK: hypothetical
        add(
            [
                "if", "return if", "return for", "returns for", "call if", "come back if", "seek care if",
                "seek medical attention if", "should he develop", "should she develop", "should the patient develop",
                "should he have", "should she have", "should there be", "should any", "in case of", "in the event of",
                "in the event", "as needed for", "prn", "p.r.n", "watch for", "monitor for", "monitoring for",
                "risk of", "risk for", "at risk for", "at risk of", "risk factors for", "to prevent", "prevention of",
                "prophylaxis", "prophylaxis for", "prophylaxis against", "to avoid", "to reduce the risk of",
                "precautions for", "warning signs of", "instructed on", "educated on", "educated about",
                "counseled on", "counseled about", "in order to prevent", "unless", "would",
            ], .trigger(.hypothetical, .forward))
        add(["precautions", "prophylaxis"], .trigger(.hypothetical, .backward), window: 4, comma: true)

        // MARK: conditional
        add(
            [
                "with exertion", "on exertion", "upon exertion", "with activity", "with exercise", "on exercise",
                "when walking", "on walking", "with walking", "when lying flat", "when lying down", "lying flat",
                "after eating", "after meals", "with meals", "when standing", "on standing", "with deep inspiration",
                "on deep inspiration", "with movement", "on movement", "with climbing stairs", "when climbing stairs",
                "at night", "exertional",
            ], .trigger(.conditional, .backward), window: 5, comma: true)
        add(["only when", "only with", "only on", "only after"], .trigger(.conditional, .both), window: 6)

        // MARK: pseudo-triggers
        add(
            [
                "no increase", "no increased", "no decrease", "no change", "no changes", "no interval change",
                "no significant change", "no significant interval change", "no suspicious change", "no further",
                "not only", "not necessarily", "not cause", "not caused", "not drain", "not extend", "not the cause",
                "not the source", "not certain", "without difficulty", "without further", "without any further",
                "without complication", "without complications", "without incident", "gram negative", "gram-negative",
                "history and physical", "history and exam", "history of present illness",
                "history of the present illness",
                "social history", "past medical history", "past surgical history", "medical history",
                "surgical history", "history taking", "prior to", "previous to", "previously healthy", "as if",
                "even if", "if any", "if needed", "if necessary", "if possible", "ruled in", "no doubt",
                "not only", "sp02", "spo2", "old age", "years old", "year old", "year-old", "years-old", "month old",
                "negative predictive", "free text", "free water", "free air", "free fluid", "free t4", "free wall",
                "no one", "not been able", "not able", "not tolerate", "not respond", "not responding",
                "not improved", "not improve", "not resolved", "free flap", "family members", "mother of",
                "father of", "prn medications", "if so", "possible side effects", "likely to", "either side",
                "at risk", "not applicable", "day history of", "days history of", "week history of", "weeks history of",
                "month history of", "months history of", "hour history of", "hours history of", "day hx of",
                "week hx of", "month hx of", "no known allergies", "no known drug allergies", "nkda", "nka",
                "without known allergies", "without known drug allergies", "without drug allergies",
                "without known allergy", "without known drug allergy", "with no known allergies",
            ], .pseudo)

        // MARK: terminators
        add(
            [
                "but", "however", "although", "though", "yet", "nevertheless", "nonetheless", "except", "except for",
                "aside from", "apart from", "other than", "besides", "with the exception of", "presents with",
                "presented with", "presenting with", "present with", "presents", "presented", "presenting",
                "secondary to", "due to", "caused by", "cause of",
                "cause for", "source of", "sources of", "etiology of", "etiology for", "reason for", "origin of",
                "complains of", "complained of", "complaining of", "c/o", "reports", "reported", "reporting",
                "states", "stated", "notes", "admits", "endorses", "endorsed", "still", "whereas", "while", ";",
                "then", "admitted with", "admitted for", "was admitted", "on admission",
            ], .terminator(nil))
        // Words that end a denial or a doubt but go on with a relative's story ("mother, who had…").
        add(
            [
                "which", "who", "whom", "whose", "positive for", "remarkable for", "significant for",
                "consistent with", "compatible with", "showed", "shows", "revealed", "reveals", "demonstrated",
                "demonstrates", "confirmed", "confirms", "diagnosis of", "diagnosed with", "treated for",
                "treated with", "started on",
            ], .terminator([.negated, .uncertain, .hypothetical, .conditional, .historical]))
        // "without known allergies, with a history of hypertension": a clause that goes on with what the patient has
        add([", with", ", and with", ", with a", ", presenting"], .terminator([.negated, .uncertain, .hypothetical]))
        add(["now", "currently", "presently", "today", "at present", "this admission"], .terminator([.historical]))
        add(
            ["patient", "the patient", "pt", "he", "she", "himself", "herself", "the patient's", "patient's"],
            .terminator([.family]))
        return r
    }
}
