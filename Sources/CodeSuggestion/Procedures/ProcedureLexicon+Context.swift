/// The words of a sentence that tell approach, side, contrast, imaging region and planned or refused procedures.
enum ContextLexicon {
    static let table = PhraseTable<[ContextCue]>(entries)

    /// Every phrase with its cues, one entry per phrase.

    static var entries: [(String, [ContextCue])] {
        var e: [(String, [ContextCue])] = []
        func add(_ phrases: [String], _ cues: [ContextCue]) { for p in phrases { e.append((p, cues)) } }

        // Approach (ICD-10-PCS fifth character).
        add(
            [
                "laparoscopic", "laparoscopically", "laparoscopy", "thoracoscopic", "thoracoscopy", "arthroscopic",
                "video assisted", "vats", "robotic", "robot assisted", "retroperitoneoscopic",
            ],
            [.approach("4", "percutaneous endoscopic")])
        add(
            [
                "open", "laparotomy", "thoracotomy", "sternotomy", "craniotomy", "open surgery", "surgical incision",
                "lumbotomy", "midline incision", "subcostal incision", "inguinotomy",
            ], [.approach("0", "open")])
        add(
            [
                "percutaneous", "percutaneously", "needle", "fine needle", "core needle", "tru cut", "trucut",
                "ultrasound guided", "ct guided", "echo guided", "puncture", "guided",
            ], [.approach("3", "percutaneous")])
        add(
            [
                "endoscopic", "endoscopically", "endoscopy", "transurethral", "colonoscopy", "colonoscopic",
                "gastroscopy", "gastroscopic", "bronchoscopy", "bronchoscopic", "cystoscopy", "cystoscopic",
                "hysteroscopy", "hysteroscopic", "ureteroscopy", "ureteroscopic", "rectoscopy", "sigmoidoscopy",
                "esophagogastroduodenoscopy", "egd", "fibrobronchoscopy", "ercp", "endoscopic ultrasound",
                "nasofibroscopy", "laryngoscopy", "turbt", "tur",
            ], [.approach("8", "via natural opening endoscopic")])
        add(
            [
                "transvaginal", "transanal", "transoral", "transrectal", "orotracheal", "nasotracheal", "endotracheal",
                "nasogastric",
            ], [.approach("7", "via natural or artificial opening")])

        // Side.
        add(["right", "rt", "dextro"], [.laterality(.right)])
        add(["left", "lt", "levo"], [.laterality(.left)])
        add(["bilateral", "bilaterally", "both"], [.laterality(.bilateral)])

        // Contrast.
        add(
            [
                "without contrast", "non contrast", "noncontrast", "unenhanced", "without iv contrast",
                "without intravenous contrast", "plain ct", "simple",
            ], [.noContrast])

        // Excision rather than resection.
        add(
            [
                "partial", "partially", "segmental", "wedge", "subtotal", "tumor", "tumour", "mass", "lesion",
                "lesions", "nodule", "polyp", "polyps", "cyst", "tumorectomy", "lumpectomy", "hemi", "lobe",
                "quadrantectomy", "margins", "fragment", "sample", "samples", "specimen",
            ], [.partial])

        // Not done.
        add(
            [
                "scheduled", "planned", "plan", "will undergo", "to undergo", "candidate for", "referred for",
                "is recommended", "was recommended", "recommend", "recommended", "proposed", "pending", "awaiting",
                "waiting list", "consider", "considered", "will be", "would be", "is indicated", "was offered",
                "to be performed", "to perform", "should be",
            ], [.notDone(.hypothetical)])
        add(
            [
                "refused", "declined", "not performed", "not done", "was not carried out", "deferred", "cancelled",
                "canceled", "contraindicated", "was not possible", "could not be performed", "not be performed",
            ],
            [.notDone(.negated)])

        // Connectors inside an imaging phrase ("CT scan of the chest and abdomen").
        add(
            [
                "of", "the", "and", "scan", "scans", "study", "examination", "exam", "with", "showed", "shows",
                "revealed", "images", "imaging", "a", "an", ",",
            ], [.connector])
        for (word, keys) in ImagingRegions.words { e.append((word, keys.map { .region($0) })) }
        for (phrases, site) in AnatomyLexicon.sites { add(phrases, [.anatomy(site)]) }
        return merged(e)
    }

    /// One entry per phrase, with the cues of every entry that spells it.
    private static func merged(_ entries: [(String, [ContextCue])]) -> [(String, [ContextCue])] {
        var order: [String] = []
        var cues: [String: [ContextCue]] = [:]
        for (phrase, c) in entries {
            let key = ProcedureWord.split(phrase).joined(separator: " ")
            if cues[key] == nil { order.append(key) }
            cues[key, default: []].append(contentsOf: c)
        }
        return order.map { ($0, cues[$0] ?? []) }
    }
}
