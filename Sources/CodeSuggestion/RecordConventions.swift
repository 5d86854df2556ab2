import Foundation
import NoteAnalysis
import Terminology

/// The conventions a certified coder applies to a record's whole code set, after every source has offered its codes
/// (titles, the Alphabetic Index, the lexicon, learned phrases), each rule citing the guideline it applies: what the
/// record excludes is not coded, one code per condition at the documented specificity, signs and symptoms a coded
/// diagnosis explains are left out, the classification's own Excludes1 pairs are obeyed, and the codes a record asks
/// for are added (family history Z80–Z84 from the family history, long-term drug therapy Z79.- from the medication
/// list).
enum RecordConventions {
    typealias Candidate = Decision.Candidate

    static func apply(
        _ kept: inout [Candidate], _ skipped: inout [NotCoded], negated: Set<String>, suggester: Suggester,
        note: ClinicalNote, setting: CareSetting
    ) {
        func drop(_ reason: NotCodedReason, _ why: (Candidate) -> String?) {
            kept.removeAll { c in
                guard c.system == .icd10cm, let detail = why(c) else { return false }
                skipped.append(
                    NotCoded(
                        code: c.code, system: .icd10cm, title: suggester.title(c.code, .icd10cm), reason: reason,
                        detail: detail, evidence: c.evidence))
                return true
            }
        }
        func codes() -> [String] { kept.filter { $0.system == .icd10cm }.map(\.code) }

        // considered and excluded (`possible pneumonia` … `pneumonia ruled out`, `no pneumonia`): an uncertain
        // diagnosis is coded as established only when it is still uncertain at discharge (Section II.H, III.C)
        drop(.ruledOut) { c in
            c.presentMentions == 0 && c.assertion == .uncertain && negated.contains(c.code) ? "ruled out" : nil
        }

        // severe sepsis and septic shock (R65.2-) follow the systemic infection (I.C.1.d.1.b, d.4): a record that names
        // them without a sepsis code has the sepsis of the organism it names (`septic shock due to Streptococcus
        // pneumoniae pneumonia`: A40.3), A41.9 where it names none (I.C.1.d.1.a); a sepsis of unspecified organism
        // beside a named organism is that organism's
        let organism = kept.lazy.compactMap { c in sepsisByOrganism.first { c.code.hasPrefix($0.key) }?.value }.first
        if let i = kept.firstIndex(where: { $0.code == "A41.9" }), let organism {
            kept[i].reasons.append("the organism is documented: \(organism), not A41.9 (I.C.1.d.1.a)")
            kept[i].code = organism
        } else if let shock = kept.first(where: { $0.code.hasPrefix("R65.2") }),
            !kept.contains(where: { c in sepsisCodes.contains { c.code.hasPrefix($0) } })
        {
            let code = organism ?? "A41.9"
            var c = Candidate(code: code, system: .icd10cm, first: shock.first)
            c.bySource = shock.bySource
            c.calibrated = shock.calibrated
            c.evidence = shock.evidence
            c.presentMentions = shock.presentMentions
            c.reordered = false
            c.assertion = shock.assertion
            c.reasons = [
                "\(shock.code) is coded after the systemic infection it is a complication of: \(code), the sepsis\(organism == nil ? " of unspecified organism" : " of the organism documented") (I.C.1.d.1)"
            ]
            kept.append(c)
            // the sepsis explains its fever, as any coded diagnosis its integral symptoms (I.B.5)
            let now = codes()
            drop(.integralSymptom) { c in CodingConventions.explanation(of: c.code, among: now) }
        }

        // dementia in a disease classified elsewhere (I.A.13, etiology and manifestation): a dementia read as
        // unspecified (F03.-) beside the condition F02's `code first` note names (Alzheimer's disease G30.-) is the
        // F02 code of the same severity and disturbance (F03.B0 is F02.B0), after its etiology
        for i in kept.indices where kept[i].code.hasPrefix("F03.") {
            let rest = kept[i].code.dropFirst(4)
            let f02 = "F02." + (rest.hasPrefix("9") ? "8" + rest.dropFirst() : rest)
            guard suggester.tabular.entry(f02)?.billable == true,
                let etiology = codes().first(where: { asksFirst(f02, $0, suggester) })
            else { continue }
            kept[i].reasons.append(
                "dementia in \(etiology): \(f02), the manifestation coded after its etiology (I.A.13; Code first at F02)"
            )
            kept[i].code = f02
        }

        // bacteremia in a sepsis is the sepsis (Excludes1 at R78.81: sepsis, code to specified infection)
        if let sepsis = kept.first(where: { c in sepsisCodes.contains { c.code.hasPrefix($0) } }) {
            drop(.integralSymptom) { c in c.code == "R78.81" ? "\(sepsis.code) (Excludes1 at R78.81)" : nil }
        }

        // an acute myocardial infarction is not also an old one (I.C.9.e.4): I25.2 only where the record says the
        // infarction is past
        if codes().contains(where: { $0.hasPrefix("I21") || $0.hasPrefix("I22") }) {
            drop(.notReported) { c in
                c.code == "I25.2" && c.assertion != .historical ? "the current infarction (I.C.9.e.4)" : nil
            }
        }

        // acute on chronic is one code: the acute and the chronic codes of the same condition give way to it
        let all = codes()
        drop(.lessSpecific) { c in
            all.first { o in o != c.code && supersedesByAcuity(o, c.code, suggester) }
        }

        // one code per condition at the documented specificity: the unspecified code of a category gives way to a
        // specific code of it wherever its words were (`CKD` N18.9 beside `CKD stage 3a` N18.31)
        // (the specific code takes over the mentions, so a list that names the condition briefly (`CKD`) names the
        // code the course gives in full)
        let present = codes()
        var taken: [String: [EvidenceSpan]] = [:]
        drop(.lessSpecific) { c in
            guard isLessSpecific(c.code, suggester) else { return nil }
            // the same condition: every word of the unspecified title is in the specific one (`Dyspnea, unspecified`
            // is not `Tachypnea`, though both are R06); the acuity a category's title gives is its codes' (`Non-ST
            // elevation (NSTEMI) myocardial infarction` is an acute one: I21)
            let condition = words(suggester.title(c.code)).subtracting(unspecifiedWords)
            let by = present.first { o in
                o != c.code && o.prefix(3) == c.code.prefix(3) && !isLessSpecific(o, suggester)
                    && condition.subtracting(acuity.intersection(words(suggester.title(String(o.prefix(3))))))
                        .isSubset(of: words(suggester.title(o)))
            }
            if let by { taken[by, default: []] += c.evidence }
            return by
        }
        for i in kept.indices {
            if let more = taken[kept[i].code] { kept[i].evidence += more.filter { !kept[i].evidence.contains($0) } }
        }

        // one condition read twice, by two categories: the code of an unspecified site or kind (`Primary
        // osteoarthritis, unspecified site`) gives way to the code of the same condition the record gives the site
        // of (`Unilateral primary osteoarthritis, right knee`), which takes over its mentions
        let specific = kept.filter { $0.system == .icd10cm }
        var merged: [String: [EvidenceSpan]] = [:]
        drop(.lessSpecific) { c in
            guard isLessSpecific(c.code, suggester), !c.code.hasPrefix("R") else { return nil }
            // (what a title says the condition is without, `… hepatitis C without hepatic coma`, is its default:
            // `Chronic viral hepatitis C` says as much)
            let title = suggester.title(c.code)
            let condition = words(title.components(separatedBy: " without ").first ?? title).subtracting(
                unspecifiedWords)
            guard !condition.isEmpty,
                let o = specific.first(where: { o in
                    o.code != c.code && o.code.prefix(3) != c.code.prefix(3) && o.code.first == c.code.first
                        && unspecifiedCount(o.code, suggester) < unspecifiedCount(c.code, suggester)
                        && condition.isSubset(of: words(suggester.title(o.code)))
                        // (not a code the other asks to be coded beside it: `I11.0`, use additional code for the
                        // type of heart failure, I50.-)
                        && !asksFor(o.code, c.code, suggester)
                })
            else { return nil }
            merged[o.code, default: []] += c.evidence
            return o.code
        }
        for i in kept.indices {
            if let more = merged[kept[i].code] { kept[i].evidence += more.filter { !kept[i].evidence.contains($0) } }
        }

        // the type of diabetes the record documents: a diabetes code read from words that do not say type 2
        // (`DKA`) is the type 1 code where the record says type 1 (I.C.4.a.2: type 2 only by default)
        let typeOne = kept.contains { $0.code.hasPrefix("E10") } || skipped.contains { $0.code.hasPrefix("E10") }
        if typeOne {
            var merged: [Int] = []
            for i in kept.indices where kept[i].code.hasPrefix("E11") {
                let text = kept[i].evidence.map { $0.text.lowercased() }.joined(separator: " ")
                guard !["type 2", "type ii", "t2dm", "dm2", "dm 2", "dmii", "niddm"].contains(where: text.contains)
                else { continue }
                let one = "E10" + kept[i].code.dropFirst(3)
                guard suggester.tabular.entry(one)?.billable == true else { continue }
                if let j = kept.firstIndex(where: { $0.code == one }) {
                    // the type 1 code is there already: it takes this one's mentions
                    kept[j].evidence += kept[i].evidence.filter { !kept[j].evidence.contains($0) }
                    kept[j].presentMentions += kept[i].presentMentions
                    merged.append(i)
                    continue
                }
                kept[i].reasons.append("the record documents type 1 diabetes: \(one), not \(kept[i].code) (I.C.4.a.2)")
                kept[i].code = one
            }
            for i in merged.reversed() {
                let c = kept.remove(at: i)
                skipped.append(
                    NotCoded(
                        code: c.code, system: .icd10cm, title: suggester.title(c.code), reason: .lessSpecific,
                        detail: "E10" + c.code.dropFirst(3), evidence: c.evidence))
            }
        }

        // a major depressive disorder documented as recurrent is not also a single episode (F33, not F32), unless
        // the record says single
        if let recurrent = codes().first(where: { $0.hasPrefix("F33") }) {
            drop(.lessSpecific) { c in
                c.code.hasPrefix("F32") && !c.evidence.contains(where: { $0.text.lowercased().contains("single") })
                    ? recurrent : nil
            }
        }

        // a code that says its condition is without something another code of its category says it has
        // (`I13.10 … without heart failure` beside `I13.0 … with heart failure`): the record says it has it
        let withs = codes()
        drop(.lessSpecific) { c in
            guard let what = without(c.code, suggester) else { return nil }
            return withs.first { o in
                o != c.code && o.prefix(3) == c.code.prefix(3)
                    && suggester.title(o).lowercased().contains("with " + what)
            }
        }

        // a sign or symptom the classification excludes beside a coded diagnosis (Excludes1 at R73: diabetes
        // mellitus, E08-E13): the diagnosis explains it (I.B.4-5, I.A.12.a)
        let definitive = codes().filter { !$0.hasPrefix("R") }
        drop(.integralSymptom) { c in
            guard c.code.hasPrefix("R"), let index = suggester.tabular.index(of: c.code) else { return nil }
            for (source, n) in suggester.tabular.applicableNotes(for: index) where n.kind == .excludes1 {
                // `somnolence, stupor and coma in diabetes (E08-E13)` excludes the symptom as the disease's own
                // (E11.641 … with coma), not beside a code that says the disease is without complications (E11.9)
                let asPartOf = n.text.lowercased().contains(" in ")
                if let d = definitive.first(where: { d in
                    n.references.contains { $0.covers(CodeFormat.normalize(d)) }
                        && !(asPartOf && suggester.title(d).lowercased().contains("without"))
                }) {
                    return "\(d) (Excludes1 at \(source))"
                }
            }
            return nil
        }

        // two codes read from the same words where the classification excludes one beside the other (Excludes1 at
        // I66, occlusion of a cerebral artery: causing cerebral infarction, I63.-): one condition, and the code whose
        // note excludes the other is not it (I.A.12.a; two unrelated conditions, read from different words, keep both)
        let byCode = Dictionary(
            kept.filter { $0.system == .icd10cm }.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        func excludes(_ a: String, _ b: String) -> Bool {
            guard let index = suggester.tabular.index(of: a) else { return false }
            let key = CodeFormat.normalize(b)
            return suggester.tabular.applicableNotes(for: index).contains { _, n in
                n.kind == .excludes1 && n.references.contains { $0.covers(key) }
            }
        }
        func overlap(_ a: Candidate, _ b: Candidate) -> Bool {
            a.evidence.contains { e in b.evidence.contains { $0.start < e.end && e.start < $0.end } }
        }
        drop(.lessSpecific) { c in
            guard !c.code.hasPrefix("R") else { return nil }
            for (code, o) in byCode
            where code != c.code && !code.hasPrefix("R") && overlap(c, o) && excludes(c.code, code) {
                // both exclude each other: the one with the more trusted reading stays
                if excludes(code, c.code) && (c.confidence, o.code) > (o.confidence, c.code) { continue }
                return "\(code) (Excludes1 at \(c.code.prefix(3)))"
            }
            return nil
        }

        // a personal history code read from the words of a current condition it is the history of (`MCA` Z86.73
        // beside the stroke I63.412 it names): the condition is current (I.C.21.c.4)
        let current = kept.filter { $0.system == .icd10cm && !CodingConventions.isHistoryCode($0.code) }
        drop(.notReported) { c in
            guard CodingConventions.isHistoryCode(c.code), c.assertion != .historical else { return nil }
            return current.first { o in CodingConventions.historyCode(for: o.code) == c.code && overlap(c, o) }
                .map { "\($0.code): the condition is current" }
        }

        // the bleeding of a condition coded with its hemorrhage (`duodenal ulcer with hemorrhage`, `esophageal varices
        // with bleeding`): hemorrhage NEC (R58), hematemesis, melena and GI hemorrhage unspecified (K92.0-K92.2) are
        // its signs (I.B.5; Excludes1 at K92.0-K92.2: with ulcer, varices)
        let bleeding = codes().first { c in
            !RecordConventions.hemorrhageSigns.contains(c)
                && { (t: String) in t.contains("with hemorrhage") || t.contains("with bleeding") }(
                    suggester.title(c).lowercased())
        }
        if let bleeding {
            drop(.integralSymptom) { c in
                RecordConventions.hemorrhageSigns.contains(c.code) ? "\(bleeding): the hemorrhage is part of it" : nil
            }
        }

        // a residual code of an organ system (R69 Illness, unspecified; I51.9 Heart disease, unspecified) read from
        // words that are part of a definitive diagnosis of that system (`disease` of `chronic kidney disease`) adds
        // nothing: the diagnosis explains the words
        let explained =
            kept.filter { $0.system == .icd10cm && residuals[$0.code] == nil }.map { ($0.code, $0.evidence) }
            + skipped.filter { [.lessSpecific, .combined].contains($0.reason) }.map {
                ($0.detail ?? $0.code, $0.evidence)
            }
        drop(.notReported) { c in
            guard let system = residuals[c.code] else { return nil }
            var by: String?
            for e in c.evidence {
                guard
                    let (code, _) = explained.first(where: { code, spans in
                        code != c.code && system.contains { code.hasPrefix($0) }
                            && spans.contains { $0.start < e.end && e.start < $0.end }
                    })
                else { return nil }
                by = by ?? code
            }
            return by
        }

        // an injury of unspecified site (T14) beside a coded injury of a site: the site's code is the injury's
        // (I.C.19.b: the most specific code; T14 only where no site is documented); a death of unknown cause (R99)
        // beside a coded cause
        let injuries = codes().filter { $0.hasPrefix("S") }
        if let site = injuries.first { drop(.lessSpecific) { c in c.code.hasPrefix("T14") ? site : nil } }
        let causes = codes().filter { c in c != "R99" && !c.hasPrefix("Z") && !c.hasPrefix("R") }
        if let cause = causes.first { drop(.notReported) { c in c.code == "R99" ? cause : nil } }

        // the presenting symptoms of an admission whose diagnosis is established: a symptom read only in the chief
        // complaint, the history of the present illness or the review of systems, when the physician's own list
        // names a definitive diagnosis, is the presentation of that diagnosis, not another condition (Section II,
        // I.B.4-5)
        let listed = kept.filter { c in
            c.system == .icd10cm && !c.code.hasPrefix("R") && !c.code.hasPrefix("Z")
                && c.evidence.contains { Suggester.diagnosisSections.contains($0.section) }
        }
        if let established = listed.first?.code {
            drop(.integralSymptom) { c in
                guard isSymptom(c.code), c.evidence.allSatisfy({ presentingSections.contains($0.section) }) else {
                    return nil
                }
                return "\(established): a presenting symptom of the established diagnosis (Section II)"
            }
        }

        // a record whose physician lists the diagnoses (a discharge summary's, an operative report's postoperative
        // diagnoses): a condition the list does not name and the record mentions only in passing (the history, the
        // indications, one line of the course) is not reported: the other diagnoses are those the physician says
        // affected the stay (Section III); status, history and tobacco codes are read from their own sections
        let lists = kept.contains { c in
            c.system == .icd10cm && c.evidence.contains { listSections.contains($0.section) }
        }
        // (inpatient: an outpatient visit codes the symptoms of what is not yet established, Section IV.H)
        if lists && setting == .inpatient {
            drop(.notReported) { c in
                guard !c.code.hasPrefix("Z"), !c.code.hasPrefix("F17"), !CodingConventions.isHistoryCode(c.code),
                    !c.evidence.contains(where: {
                        Suggester.diagnosisSections.contains($0.section) || listSections.contains($0.section)
                    }),
                    !c.reasons.contains(where: { $0.contains("the classification presumes the link") })
                else { return nil }
                return "not among the physician's diagnoses (Section III)"
            }
        }

        // a delivery (I.C.15): the outcome of delivery (Z37.-) and the weeks of gestation (Z3A.-) on the mother's
        // record, never the newborn's birth code (Z38.-); a gestational diabetes is the one in childbirth (O24.42-) with
        // its control; an uncomplicated vaginal delivery is O80 (I.C.15.b.4)
        if let delivery = delivery(in: note) {
            drop(.notReported) { c in
                c.code.hasPrefix("Z38") ? "the newborn's record, not the mother's (I.C.16.a.2)" : nil
            }
            var converted: [String: Int] = [:]
            var merged: [Int] = []
            for i in kept.indices where kept[i].code.hasPrefix("O24.41") {
                // the control the sentence of the mention gives
                let text = kept[i].evidence.compactMap { e in
                    note.sentences.first { $0.range.contains(e.start) }.map { note[$0.range].lowercased() }
                }.joined(separator: " ")
                let control =
                    text.contains("diet")
                    ? "0"
                    : text.contains("insulin")
                        ? "4" : ["oral", "metformin", "glyburide"].contains(where: text.contains) ? "5" : "9"
                let code = "O24.42" + control
                guard suggester.tabular.entry(code)?.billable == true else { continue }
                if let j = converted[code] {
                    kept[j].evidence += kept[i].evidence.filter { !kept[j].evidence.contains($0) }
                    merged.append(i)
                    continue
                }
                kept[i].reasons.append("gestational diabetes in a delivery: \(code), in childbirth (I.C.15.g)")
                kept[i].code = code
                converted[code] = i
            }
            for i in merged.reversed() { kept.remove(at: i) }
            let outcome =
                delivery.stillbirth ? (delivery.twins ? "Z37.3" : "Z37.1") : (delivery.twins ? "Z37.2" : "Z37.0")
            var extra: [(String, String)] = [(outcome, "the outcome of delivery (I.C.15.b.5)")]
            if let weeks = delivery.weeks { extra.append(("Z3A.\(weeks)", "\(weeks) weeks of gestation (I.C.15.b.6)")) }
            if delivery.vaginal && !delivery.stillbirth && !codes().contains(where: { $0.hasPrefix("O") }) {
                extra.insert(("O80", "an uncomplicated vaginal delivery (I.C.15.b.4)"), at: 0)
            }
            for (code, why) in extra where suggester.tabular.entry(code)?.billable == true && !codes().contains(code) {
                kept.append(
                    asked(
                        code, from: [delivery.span], at: delivery.span.start, confidence: code == "O80" ? 0.85 : 0.8,
                        "'\(delivery.span.text)': \(code), \(why)"))
            }
        }

        // family history: a condition of a relative is coded as the family history code the classification gives
        // it (Z80-Z84, `Conditions classifiable to C15-C26`; I.C.21.c.4)
        var added = Set(codes())
        for s in skipped where s.reason == .family && s.system == .icd10cm {
            guard let z = suggester.familyHistoryCode(for: s.code), !added.contains(z), let first = s.evidence.first
            else { continue }
            kept.append(
                asked(
                    z, from: s.evidence, at: first.start,
                    "'\(first.text)' in a relative (\(s.detail ?? "family")): \(z), the family history of conditions classifiable to \(s.code) (I.C.21.c.4)"
                ))
            added.insert(z)
        }

        // the body mass index of an adult, with the condition it is reported for (obesity, overweight, malnutrition,
        // underweight; I.C.21.c.3: BMI codes only with an associated reportable diagnosis)
        let weightDiagnosis = codes().contains { c in
            RecordConventions.weightDiagnoses.contains { c.hasPrefix($0) }
        }
        // (a BMI read from a title's words, `BMI of 18.2`, without one is not reported either)
        if !weightDiagnosis {
            drop(.notReported) { c in
                c.code.hasPrefix("Z68")
                    ? "a body mass index is reported only with the weight diagnosis it concerns (I.C.21.c.3)" : nil
            }
        }
        if weightDiagnosis, let (bmi, span) = bodyMassIndex(in: note), let z = bmiCode(bmi, in: suggester.tabular),
            !added.contains(z),
            suggester.tabular.entry(z)?.billable == true
        {
            kept.append(
                asked(
                    z, from: [span], at: span.start,
                    "'\(span.text)': \(z), the body mass index beside the weight diagnosis it is reported with (I.C.21.c.3)"
                ))
            added.insert(z)
        }

        // an allergy to a drug or substance the record names (`sulfa allergy`, `allergic to penicillin`) is the
        // allergy status of that agent (Z88.-, Z91.0-), not an allergic reaction of the stay (T78.40)
        for i in kept.indices.reversed() where kept[i].code.hasPrefix("T78.4") {
            let agents = kept[i].evidence.compactMap { e -> String? in
                let near = previousWords(e.start, note, count: 2) + nextWords(e.end, note, count: 3)
                return near.lazy.compactMap { allergyClasses[$0] }.first
            }
            guard let z = agents.first, suggester.tabular.entry(z)?.billable == true else { continue }
            let c = kept.remove(at: i)
            skipped.append(
                NotCoded(
                    code: c.code, system: .icd10cm, title: suggester.title(c.code), reason: .otherMeaning,
                    detail: "an allergy status: \(z)", evidence: c.evidence))
            guard !added.contains(z) else { continue }
            kept.append(
                asked(
                    z, from: c.evidence, at: c.first,
                    "'\(c.evidence.first?.text ?? "allergy")' with the agent named: \(z), allergy status (I.C.21.c.3)"))
            added.insert(z)
        }

        // allergy status from the allergy list (Z88.-, Z91.0-; I.C.21.c.3 status codes)
        for (z, span, agent) in allergies(in: note) where !added.contains(z) {
            guard suggester.tabular.entry(z)?.billable == true else { continue }
            kept.append(
                asked(z, from: [span], at: span.start, "'\(agent)' in the allergies: \(z), allergy status (I.C.21.c.3)")
            )
            added.insert(z)
        }

        // long-term (current) drug therapy from the medication list (I.C.21.c.3; the `use additional code` notes of
        // E08-E13 ask for Z79.4, Z79.84, Z79.85)
        let type1 = added.contains { $0.hasPrefix("E10") }
        let diabetes = added.contains { c in ["E08", "E09", "E10", "E11", "E13", "O24"].contains { c.hasPrefix($0) } }
        // the home medications say what the patient takes long-term; a drug of the discharge list is read where
        // the record has no home list, or where it is marked new (`apixaban 5 mg BID (NEW)`), never a course of a
        // few days (`prednisone 40 mg x 2 more days`) or a post-operative opioid
        let drugs = medications(in: note)
        let hasHome = note.sections.contains { $0.kind == .medications }
        let list = drugs.filter { d in
            if d.span.section == SectionKind.medications.rawValue { return true }
            guard d.code != "Z79.891", !Self.isShortCourse(d.span, note) else { return false }
            return !hasHome || Self.isNewDrug(d.span, note)
        }
        for (z, span, drug) in list where !added.contains(z) {
            if z == "Z79.4" && type1 { continue }  // type 1 diabetes is insulin-dependent by definition (I.C.4.a.3)
            // the antidiabetic drug codes are those E08-E13 and O24 ask for: an SGLT2 inhibitor for heart failure
            // in a patient without diabetes is not an oral hypoglycemic therapy
            if ["Z79.4", "Z79.84", "Z79.85"].contains(z) && !diabetes { continue }
            guard suggester.tabular.entry(z)?.billable == true else { continue }
            kept.append(
                asked(
                    z, from: [span], at: span.start,
                    "'\(drug)' in the \(span.section == SectionKind.dischargeMedications.rawValue ? "discharge" : "home") medications: \(z), long-term (current) drug therapy (I.C.21.c.3)"
                ))
            added.insert(z)
        }

        addExternalCauses(&kept, suggester: suggester, note: note)
    }

    /// The external causes of an injury (I.C.20): how it happened, where, and the status, from the External Cause
    /// Index, each once, with the encounter of the injury (7th character).
    static func addExternalCauses(_ kept: inout [Candidate], suggester: Suggester, note: ClinicalNote) {
        guard let reader = suggester.externalCauses else { return }
        // an injury of chapter 19 (S00-T34, T66-T79), not a poisoning or adverse effect, whose intent is in its code
        let injury = kept.first { c in
            guard c.system == .icd10cm, c.code.count == 8, let first = c.code.first else { return false }
            if first == "S" { return true }
            guard first == "T", let n = Int(c.code.dropFirst().prefix(2)) else { return false }
            return n <= 34 || (66...79).contains(n)
        }
        guard let injury, let encounter = injury.code.last else { return }
        let present = Set(kept.map(\.code))
        var have = Set(
            present.compactMap { c -> String? in
                guard let f = c.first, "VWXY".contains(f) else { return nil }
                return c.hasPrefix("Y92")
                    ? "place" : c.hasPrefix("Y99") ? "status" : c.hasPrefix("Y93") ? "activity" : "mechanism"
            })
        for (i, (code, span, reason)) in reader.codes(in: note, encounter: encounter, suggester: suggester).enumerated()
        {
            let kind = code.hasPrefix("Y92") ? "place" : code.hasPrefix("Y99") ? "status" : "mechanism"
            guard !present.contains(code), have.insert(kind).inserted, suggester.tabular.entry(code)?.billable == true
            else { continue }
            kept.append(asked(code, from: [span], at: injury.first + 1 + i, confidence: 0.75, reason))
        }
    }

    /// A code the record asks for (a status, a history, an outcome), read from the given mentions.
    static func asked(
        _ code: String, from evidence: [EvidenceSpan], at first: Int, confidence: Double = 0.8, _ reason: String
    ) -> Candidate {
        var c = Candidate(code: code, system: .icd10cm, first: first)
        c.bySource[.title] = confidence
        c.evidence = evidence
        c.presentMentions = 1
        c.reordered = false
        c.reasons = [reason]
        return c
    }

    // MARK: one record, several documents

    /// The reasons a code is left out that hold for the whole stay: what the discharge summary leaves out for one of
    /// them, another document of the stay does not bring back.
    static let recordReasons: Set<NotCodedReason> = [
        .integralSymptom, .lessSpecific, .notReported, .ruledOut, .otherMeaning, .combined,
    ]

    // MARK: one condition, one code

    /// Whether `a` (acute on chronic, `Acute on chronic diastolic (congestive) heart failure`) says all that `b` (acute
    /// or chronic only, `Chronic diastolic (congestive) heart failure`) says: same category, and `b`'s words besides its
    /// acuity are all in `a`'s title.
    static func supersedesByAcuity(_ a: String, _ b: String, _ suggester: Suggester) -> Bool {
        guard a.prefix(3) == b.prefix(3) else { return false }
        let ta = words(suggester.title(a))
        let tb = words(suggester.title(b))
        guard ta.contains("acute"), ta.contains("chronic") else { return false }
        guard tb.contains("acute") != tb.contains("chronic") else { return false }
        return tb.subtracting(["acute", "chronic", "on", "and"]).isSubset(of: ta)
    }

    /// Whether a code's title says all that another's of its category says, and more (`Unspecified viral hepatitis C`
    /// of `Unspecified viral hepatitis`).
    static func saysMore(_ code: String, than other: String, _ suggester: Suggester) -> Bool {
        guard code.prefix(3) == other.prefix(3) else { return false }
        let a = words(suggester.title(code)).subtracting(unspecifiedWords)
        let b = words(suggester.title(other)).subtracting(unspecifiedWords)
        return b.isSubset(of: a) && a.count > b.count
    }

    /// Whether a code's `code first` notes name the other code as the condition to sequence before it.
    static func asksFirst(_ code: String, _ other: String, _ suggester: Suggester) -> Bool {
        guard let index = suggester.tabular.index(of: code) else { return false }
        let key = CodeFormat.normalize(other)
        return suggester.tabular.applicableNotes(for: index).contains { _, n in
            n.kind == .codeFirst && n.references.contains { $0.covers(key) }
        }
    }

    /// Whether a code's `use additional code` or `code also` notes ask for the other code.
    static func asksFor(_ code: String, _ other: String, _ suggester: Suggester) -> Bool {
        guard let index = suggester.tabular.index(of: code) else { return false }
        let key = CodeFormat.normalize(other)
        return suggester.tabular.applicableNotes(for: index).contains { _, n in
            (n.kind == .useAdditionalCode || n.kind == .codeAlso) && n.references.contains { $0.covers(key) }
        }
    }

    /// The unspecified code of a category (`Chronic kidney disease, unspecified`, `Unspecified abdominal pain`,
    /// `… without complications`), in the chapters where two codes of one category are one condition (not injuries,
    /// external causes or factors).
    static func isLessSpecific(_ code: String, _ suggester: Suggester) -> Bool {
        guard let first = code.first, !"STVWXYZ".contains(first) else { return false }
        // (`… or unspecified chronic kidney disease` is part of what a code says, not an unspecified code)
        let title = suggester.title(code).lowercased().replacingOccurrences(of: " or unspecified", with: "")
        return title.contains("unspecified") || title.contains("without complications")
    }

    /// How many times a title says `unspecified`.
    static func unspecifiedCount(_ code: String, _ suggester: Suggester) -> Int {
        suggester.title(code).lowercased().replacingOccurrences(of: " or unspecified", with: "")
            .components(separatedBy: "unspecified").count - 1
    }

    /// What a title says its condition is without (`… without heart failure, …` → `heart failure`), or nil.
    static func without(_ code: String, _ suggester: Suggester) -> String? {
        let title = suggester.title(code).lowercased()
        guard let range = title.range(of: "without ") else { return nil }
        let rest = title[range.upperBound...]
        let end = rest.firstIndex { $0 == "," || $0 == "(" } ?? rest.endIndex
        let what = rest[..<end].trimmingCharacters(in: .whitespaces)
        return what.isEmpty ? nil : what
    }

    static let acuity = Set(WordTables.record["acuity"])

    /// The codes of a sepsis (a systemic infection R65.2- follows): `Resources/record-codes.tsv`, the set `sepsis`.
    static let sepsisCodes = codeSet("sepsis")

    /// The codes of a set of `Resources/record-codes.tsv`, in the file's order.
    static func codeSet(_ set: String) -> [String] {
        let codes = ProcedureTables.rows(
            PackageResources.record_codes_tsv, file: "record-codes.tsv", columns: ["set", "code", "title"]
        ).filter { $0[0] == set }.map { $0[1] }
        guard !codes.isEmpty else { fatalError("record-codes.tsv: no row of the set \(set)") }
        return codes
    }

    /// Hemorrhage NEC (R58), hematemesis, melena and GI hemorrhage unspecified (K92.0-K92.2): the signs of a
    /// condition coded with its hemorrhage (`Resources/record-codes.tsv`, the set `hemorrhage-sign`).
    static let hemorrhageSigns = codeSet("hemorrhage-sign")

    /// The categories and codes of obesity, overweight, malnutrition and underweight, which a BMI code is reported
    /// with (I.C.21.c.3; `Resources/record-codes.tsv`, the set `weight-diagnosis`).
    static let weightDiagnoses = codeSet("weight-diagnosis")

    /// The sepsis code of the organism an organism or infection code names (Index: Sepsis, by organism):
    /// `Resources/sepsis-organisms.tsv`, the first row whose code prefix matches.
    static let sepsisByOrganism: [(key: String, value: String)] = ConventionTables.pairs(
        PackageResources.sepsis_organisms_tsv, file: "sepsis-organisms.tsv",
        columns: ["organism or infection", "sepsis code"]
    ).map { (key: $0.0, value: $0.1) }

    /// The words that say a title is unspecified, not what the condition is.
    static let unspecifiedWords = Set(WordTables.record["unspecified"])

    static func words(_ title: String) -> Set<String> {
        Set(title.lowercased().split { !$0.isLetter }.map(String.init))
    }

    /// Residual codes of a system and the code prefixes of the system's definitive diagnoses
    /// (`Resources/residual-codes.tsv`).
    static let residuals: [String: [String]] = Dictionary(
        ConventionTables.lists(
            PackageResources.residual_codes_tsv, file: "residual-codes.tsv",
            columns: ["residual code", "definitive prefixes"]),
        uniquingKeysWith: { _, later in later })

    // MARK: symptoms

    /// Signs and symptoms (chapter R, and the joint and limb pain codes a fracture or a cellulitis explains).
    static func isSymptom(_ code: String) -> Bool {
        code.hasPrefix("R") || code.hasPrefix("M25.5") || code.hasPrefix("M79.6")
    }

    /// The physician's own lists of the stay's diagnoses.
    static let listSections: Set<String> = [
        SectionKind.dischargeDiagnoses.rawValue, SectionKind.finalDiagnoses.rawValue,
        SectionKind.principalDiagnosis.rawValue, SectionKind.secondaryDiagnoses.rawValue,
        SectionKind.postoperativeDiagnosis.rawValue,
    ]

    /// Where the presentation of the admission is written.
    static let presentingSections: Set<String> = [
        SectionKind.chiefComplaint.rawValue, SectionKind.historyOfPresentIllness.rawValue,
        SectionKind.reviewOfSystems.rawValue, SectionKind.physicalExamination.rawValue, SectionKind.vitalSigns.rawValue,
    ]

    // MARK: words that name something else

    /// What a condition's words mean instead where they stand, or nil: `ST depression` (an ECG finding), `cold
    /// extremities` (a temperature).
    static func otherMeaning(_ code: String, _ range: Range<Int>, _ note: ClinicalNote) -> String? {
        let before = previousWords(range.lowerBound, note, count: 2)
        let after = nextWords(range.upperBound, note, count: 1)
        if code.hasPrefix("F32") || code.hasPrefix("F33") || code.hasPrefix("F34") || code.hasPrefix("F39") {
            // ST depression, ST-segment depression, PR depression: the ECG; respiratory or CNS depression: not mood
            if let word = before.last,
                notMoodDepression.contains(word)
            {
                return "'\(word) depression' is not a depressive disorder"
            }
        }
        // acute kidney injury is acute kidney failure (N17), not an injury to the kidney
        if code.hasPrefix("S37") || code.hasPrefix("T07") || code.hasPrefix("T14") {
            let text = note[range].lowercased()
            let words = before + text.split { !$0.isLetter }.map(String.init)
            if let k = words.firstIndex(of: "kidney"), k > 0, words[k - 1] == "acute",
                words.dropFirst(k).contains(where: { $0.hasPrefix("injur") })
            {
                return "'acute kidney injury' is acute kidney failure (N17), not an injury"
            }
        }
        // a hospital's service named after what it treats, in capitals (`the Infectious Diseases Unit`,
        // `Interconsultation with the Infectious Diseases and Internal Medicine Services`): not the patient's
        // condition (a service's care, `our Palliative Care Unit`, is the encounter's: Z51.5)
        if !code.hasPrefix("Z"), let service = serviceName(around: range, note) {
            return "'\(service)' names a hospital service"
        }
        if code.hasPrefix("J00"), let next = after.first, coldTemperature.contains(next) {
            return "'cold \(next)' is a temperature, not a common cold"
        }
        return nil
    }

    /// The words before `depression` that make it an ECG finding (`ST depression`) or a depressed function
    /// (`respiratory depression`), not a mood (`Resources/record-words.tsv`, the set `not-mood-depression`); the words
    /// after `cold` that make it a temperature (`cold extremities`), not a common cold (the set `cold-temperature`).
    static let notMoodDepression = Set(WordTables.record["not-mood-depression"])
    static let coldTemperature = Set(WordTables.record["cold-temperature"])

    /// The capitalised words around a mention when they name a hospital service (two or more capitalised words,
    /// then within four words `Unit`, `Service`, `Department` …), or nil.
    static func serviceName(around range: Range<Int>, _ note: ClinicalNote) -> String? {
        let tokens = note.tokens
        var lo = note.tokenIndex(atOrAfter: range.lowerBound)
        guard lo < tokens.count else { return nil }
        var hi = lo
        while hi + 1 < tokens.count, tokens[hi + 1].range.upperBound <= range.upperBound { hi += 1 }
        func capitalised(_ i: Int) -> Bool {
            tokens[i].kind == .word && note.utf8[tokens[i].range.lowerBound] >= 65
                && note.utf8[tokens[i].range.lowerBound] <= 90
        }
        guard (lo...hi).allSatisfy({ tokens[$0].kind != .word || capitalised($0) }) else { return nil }
        while lo > 0, capitalised(lo - 1) { lo -= 1 }
        while hi + 1 < tokens.count, capitalised(hi + 1), !Self.services.contains(tokens[hi + 1].normalized) { hi += 1 }
        guard (lo...hi).filter({ tokens[$0].kind == .word }).count >= 2 else { return nil }
        var i = hi + 1
        var words = 0
        while i < tokens.count, tokens[i].kind == .word, words < 4 {
            if Self.services.contains(tokens[i].normalized) {
                return note[tokens[lo].range.lowerBound..<tokens[i].range.upperBound]
            }
            words += 1
            i += 1
        }
        return nil
    }

    /// The words that end a hospital service's name: `Resources/record-words.tsv`, the set `hospital-service`.
    static let services = Set(WordTables.record["hospital-service"])

    static func previousWords(_ byte: Int, _ note: ClinicalNote, count: Int) -> [String] {
        var out: [String] = []
        var i = note.tokenIndex(atOrAfter: byte) - 1
        while i >= 0 && out.count < count {
            let t = note.tokens[i]
            if t.kind == .word { out.insert(t.normalized, at: 0) } else if t.normalized != "-" { break }
            i -= 1
        }
        return out
    }

    static func nextWords(_ byte: Int, _ note: ClinicalNote, count: Int) -> [String] {
        var out: [String] = []
        var i = note.tokenIndex(atOrAfter: byte)
        while i < note.tokens.count && out.count < count {
            let t = note.tokens[i]
            if t.kind == .word { out.append(t.normalized) } else { break }
            i += 1
        }
        return out
    }

    // MARK: medications

    /// The words of one medication list item, from the drug to the next comma, semicolon or line end (a list whose
    /// items end with semicolons may hold commas inside one: `apixaban 10 mg BID through 7/1, then 5 mg BID (NEW);`).
    static func medicationItem(_ span: EvidenceSpan, _ note: ClinicalNote) -> String {
        let bytes = note.utf8
        var lineEnd = span.end
        while lineEnd < bytes.count && bytes[lineEnd] != 10 { lineEnd += 1 }
        let semicolons = bytes[span.end..<lineEnd].contains(UInt8(ascii: ";"))
        var end = span.end
        var depth = 0
        while end < lineEnd {
            let b = bytes[end]
            if b == UInt8(ascii: "(") { depth += 1 }
            if b == UInt8(ascii: ")") { depth -= 1 }
            if depth <= 0 && ((!semicolons && b == UInt8(ascii: ",")) || b == UInt8(ascii: ";")) { break }
            end += 1
        }
        return String(decoding: bytes[span.start..<end], as: UTF8.self).lowercased()
    }

    /// A course of days (`x 2 more days`, `for 5 days`, `then stop`, a taper), not a long-term therapy.
    static func isShortCourse(_ span: EvidenceSpan, _ note: ClinicalNote) -> Bool {
        let item = medicationItem(span, note)
        if ["then stop", "taper", "more day", "until "].contains(where: item.contains) { return true }
        let words = item.split { !$0.isLetter && !$0.isNumber }.map(String.init)
        for (i, w) in words.enumerated()
        where (w == "x" || w == "for") && i + 1 < words.count && Int(words[i + 1]) != nil {
            return true
        }
        return words.contains { w in w.count > 1 && w.last == "d" && Int(w.dropLast()) != nil }
    }

    /// A drug the discharge list marks as started in the stay (`(NEW)`, `new`, `started`).
    static func isNewDrug(_ span: EvidenceSpan, _ note: ClinicalNote) -> Bool {
        let words = Set(medicationItem(span, note).split { !$0.isLetter }.map(String.init))
        return !words.isDisjoint(with: ["new", "started", "start", "initiated"])
    }

    /// The long-term drug therapy codes of the drugs in the medication lists, each with its first mention.
    static func medications(in note: ClinicalNote) -> [(code: String, span: EvidenceSpan, drug: String)] {
        var out: [(String, EvidenceSpan, String)] = []
        var seen = Set<String>()
        for section in note.sections where section.kind == .medications || section.kind == .dischargeMedications {
            let first = note.tokenIndex(atOrAfter: section.bodyRange.lowerBound)
            var i = first
            while i < note.tokens.count && note.tokens[i].range.upperBound <= section.bodyRange.upperBound {
                let t = note.tokens[i]
                // (a combination written with a hyphen or slash, `norgestimate-ethinyl estradiol`, by its parts)
                if t.kind == .word,
                    let code = drugClasses[t.normalized]
                        ?? t.normalized.split(whereSeparator: { $0 == "-" || $0 == "/" }).lazy.compactMap({
                            drugClasses[String($0)]
                        }).first,
                    !seen.contains(code)
                {
                    // `oral semaglutide` is an oral hypoglycemic, not an injectable
                    var z = code
                    if code == "Z79.85", i + 1 < note.tokens.count, note.tokens[i + 1].normalized == "oral" {
                        z = "Z79.84"
                    }
                    if code == "Z79.85", i > 0, note.tokens[i - 1].normalized == "oral" { z = "Z79.84" }
                    let span = EvidenceSpan(t.range, in: note, section: section.kind)
                    // a nasal steroid spray is not an inhaled steroid, nor an enteric budesonide capsule
                    if code == "Z79.51",
                        ["nasal", "nose", "nostril", "spray", " ec", "capsule", "rectal", "enema"].contains(
                            where: medicationItem(span, note).contains)
                    {
                        i += 1
                        continue
                    }
                    seen.insert(code)
                    out.append((z, span, note[t.range]))
                }
                i += 1
            }
        }
        return out
    }

    /// The words that say a record speaks of a pregnancy, put a delivery in the past, or say its outcome is a
    /// stillbirth (Z37.1, Z37.3): `Resources/record-words.tsv`, the sets `pregnancy`, `past-delivery`, `stillbirth`.
    static let pregnancyWords = WordTables.record["pregnancy"]
    static let pastDeliveryWords = Set(WordTables.record["past-delivery"])
    static let stillbirthWords = WordTables.record["stillbirth"]

    /// A delivery of this stay on the mother's record: the words that say it, whether vaginal, twins, a stillbirth, and
    /// the weeks of gestation. A delivery of the past (`two cesarean sections, the last 12 years ago`, the past history)
    /// is not one, nor the patient's own birth (`born at term by vaginal delivery`: the newborn's record, I.C.16), and
    /// `delivered` says a delivery only in a record that speaks of a pregnancy (a graft is delivered too).
    static func delivery(in note: ClinicalNote) -> (
        span: EvidenceSpan, vaginal: Bool, twins: Bool, stillbirth: Bool, weeks: Int?
    )? {
        let tokens = note.tokens
        let words = Set(tokens.lazy.filter { $0.kind == .word }.map(\.normalized))
        let pregnancy =
            Self.pregnancyWords.contains(where: words.contains)
            || words.contains { w in
                w.count >= 4 && w.first == "g" && w.dropFirst().first?.isNumber == true && w.contains("p")
            }
        var said: Int?
        var vaginal = false
        var twins = false
        var weeks: Int?
        for sentence in note.sentences {
            let section = note.sections[sentence.section].kind
            let range = sentence.tokenRange
            var mention: Int?
            var ofThisStay = ![.pastMedicalHistory, .pastSurgicalHistory, .familyHistory, .socialHistory].contains(
                section)
            for i in range where tokens[i].kind == .word {
                let w = tokens[i].normalized
                if Self.pastDeliveryWords.contains(w) { ofThisStay = false }
                // the patient's own birth; `birth weight` is the newborn's weight on the mother's record
                if w == "born"
                    || (w == "birth" && !(i + 1 < range.upperBound && tokens[i + 1].normalized.hasPrefix("weight")))
                {
                    ofThisStay = false
                }
                if ["nsvd", "svd", "cesarean", "c-section", "liveborn"].contains(w) || (w == "delivered" && pregnancy)
                    || (w == "delivery" && i > range.lowerBound
                        && ["vaginal", "cesarean", "spontaneous", "operative", "forceps", "vacuum"].contains(
                            tokens[i - 1].normalized))
                {
                    mention = mention ?? i
                }
            }
            guard ofThisStay, let mention else { continue }
            said = said ?? mention
            for i in range where tokens[i].kind == .word {
                let w = tokens[i].normalized
                if ["nsvd", "svd"].contains(w)
                    || (w == "vaginal" && i + 1 < range.upperBound && tokens[i + 1].normalized == "delivery")
                {
                    vaginal = true
                }
            }
        }
        guard let said else { return nil }
        for (i, t) in tokens.enumerated() {
            let w = t.normalized
            if t.kind == .word {
                if ["twins", "twin"].contains(w) { twins = true }
                // `39w2d`
                if weeks == nil, w.count >= 3, let wIndex = w.firstIndex(of: "w"), let n = Int(w[..<wIndex]),
                    (20...42).contains(n),
                    w[w.index(after: wIndex)...].allSatisfy({ $0.isNumber || $0 == "d" })
                {
                    weeks = n
                }
            } else if t.kind == .number, weeks == nil, let n = Int(w), (20...42).contains(n), i + 1 < tokens.count,
                ["weeks", "wks", "wk", "week"].contains(tokens[i + 1].normalized)
            {
                weeks = n
            }
        }
        let text = note.text.lowercased()
        let stillbirth = Self.stillbirthWords.contains(where: text.contains)
        let token = tokens[said]
        let section = note.sections.first { $0.bodyRange.contains(token.range.lowerBound) }?.kind ?? .unlabeled
        return (EvidenceSpan(token.range, in: note, section: section), vaginal, twins, stillbirth, weeks)
    }

    /// The first body mass index the record gives (`BMI 36.2`, `BMI: 32.4 kg/m2`), with its span.
    static func bodyMassIndex(in note: ClinicalNote) -> (Double, EvidenceSpan)? {
        let tokens = note.tokens
        for (i, t) in tokens.enumerated() where t.kind == .word && t.normalized == "bmi" {
            for j in (i + 1)..<min(tokens.count, i + 4) where tokens[j].kind == .number {
                // a decimal is written as number, point, number
                var text = note[tokens[j].range]
                var end = tokens[j].range.upperBound
                if j + 2 < tokens.count, note[tokens[j + 1].range] == ".", tokens[j + 2].kind == .number,
                    tokens[j + 1].range.lowerBound == end
                {
                    text += "." + note[tokens[j + 2].range]
                    end = tokens[j + 2].range.upperBound
                }
                guard let value = Double(text), value >= 10, value < 100 else { break }
                let section = note.sections.first { $0.bodyRange.contains(t.range.lowerBound) }?.kind ?? .unlabeled
                return (value, EvidenceSpan(t.range.lowerBound..<end, in: note, section: section))
            }
        }
        return nil
    }

    /// The adult BMI code for a value, read from the release's titles (`Body mass index [BMI] 18.5-19.9, adult`,
    /// `… 18.4 or less, adult`, `… 70 or greater, adult`), so that a release that splits a range (FY2027: Z68.1 into
    /// Z68.18 and Z68.19) is followed; the FY2026 ranges when no title reads as one.
    static func bmiCode(_ bmi: Double, in tabular: TabularList) -> String? {
        let value = (bmi * 10).rounded() / 10
        guard let z68 = tabular.index(of: "Z68") else { return bmiCode(bmi) }
        var stack = [z68]
        while let i = stack.popLast() {
            let e = tabular.entries[i]
            stack += e.children.map(Int.init)
            guard e.billable, e.title.hasSuffix(", adult"), let range = bmiRange(e.title) else { continue }
            if range.contains(value) { return e.code }
        }
        return bmiCode(bmi)
    }

    /// The values a BMI code's title covers: `18.5-19.9`, `19.9 or less`, `70 or greater`.
    static func bmiRange(_ title: String) -> ClosedRange<Double>? {
        guard let open = title.range(of: "] ") else { return nil }
        let words = title[open.upperBound...].replacingOccurrences(of: ", adult", with: "").split(separator: " ")
        guard let first = words.first else { return nil }
        if words.count == 3, let v = Double(first), words[1] == "or" {
            return words[2] == "less" ? -Double.infinity...v : words[2] == "greater" ? v...Double.infinity : nil
        }
        let bounds = first.split(separator: "-").compactMap { Double($0) }
        return words.count == 1 && bounds.count == 2 && bounds[0] <= bounds[1] ? bounds[0]...bounds[1] : nil
    }

    /// The adult BMI code (Z68.1-Z68.45) for a value, by the FY2026 ranges.
    static func bmiCode(_ bmi: Double) -> String? {
        switch bmi {
        case ..<20: "Z68.1"
        case ..<30: "Z68.2\(Int(bmi) - 20)"
        case ..<40: "Z68.3\(Int(bmi) - 30)"
        case ..<45: "Z68.41"
        case ..<50: "Z68.42"
        case ..<60: "Z68.43"
        case ..<70: "Z68.44"
        default: "Z68.45"
        }
    }

    /// The allergy status codes of the record's allergy list (Z88.- drugs, Z91.0- other substances): each agent
    /// once, not where the list says there are none, and not a reaction that is a side effect, not an allergy
    /// (`codeine (nausea)`).
    static func allergies(in note: ClinicalNote) -> [(code: String, span: EvidenceSpan, agent: String)] {
        var out: [(String, EvidenceSpan, String)] = []
        var seen = Set<String>()
        for section in note.sections where section.kind == .allergies {
            let first = note.tokenIndex(atOrAfter: section.bodyRange.lowerBound)
            var end = first
            while end < note.tokens.count && note.tokens[end].range.upperBound <= section.bodyRange.upperBound {
                end += 1
            }
            let words = (first..<end).map { note.tokens[$0].normalized }
            if words.contains(where: { ["nkda", "nka", "none", "denies"].contains($0) })
                || words.starts(with: ["no", "known"])
            {
                continue
            }
            for i in first..<end {
                let t = note.tokens[i]
                guard t.kind == .word, let code = allergyClasses[t.normalized], !seen.contains(code) else { continue }
                // the reaction written after the agent, in parentheses or after a dash
                let after = ((i + 1)..<min(end, i + 5)).map { note.tokens[$0].normalized }
                if after.contains(where: sideEffects.contains) && !after.contains(where: allergicReactions.contains) {
                    continue
                }
                seen.insert(code)
                out.append((code, EvidenceSpan(t.range, in: note, section: section.kind), note[t.range]))
            }
        }
        return out
    }

    /// A drug's side effect written after it (no allergy) and an allergic reaction: `Resources/record-words.tsv`, the
    /// sets `side-effect` and `allergic-reaction`.
    static let sideEffects = Set(WordTables.record["side-effect"])
    static let allergicReactions = Set(WordTables.record["allergic-reaction"])

    static let allergyClasses: [String: String] = ConventionTables.words(
        PackageResources.allergy_classes_tsv, file: "allergy-classes.tsv", columns: ["status code", "words"])

    static let drugClasses: [String: String] = ConventionTables.words(
        PackageResources.long_term_drugs_tsv, file: "long-term-drugs.tsv", columns: ["status code", "words"])
}

extension Suggester {
    /// The family history code (Z80-Z84) whose inclusion term (`Conditions classifiable to C15-C26`) covers the code.
    func familyHistoryCode(for code: String) -> String? {
        let key = CodeFormat.normalize(code)
        // the narrowest reference that covers the code: F11 is Z81.3 (`F11-F16`), not Z81.8 (`F01-F99`)
        var best: (code: String, span: Int)?
        for (z, references) in familyHistory {
            for r in references where r.covers(key) {
                let span = Self.span(r)
                if best == nil || span < best!.span { best = (z, span) }
            }
        }
        return best?.code
    }

    /// How many categories a reference spans (`F11-F16`: 6; `C50`: 1).
    static func span(_ r: CodeReference) -> Int {
        guard let last = r.last else { return 1 }
        func ordinal(_ code: String) -> Int {
            let u = Array(code.utf8.prefix(3))
            guard u.count == 3 else { return 0 }
            return Int(u[0]) * 100 + (Int(u[1]) - 48) * 10 + (Int(u[2]) - 48)
        }
        return max(1, ordinal(last) - ordinal(r.first) + 1)
    }

    /// Every family history code with the conditions it is for; a heading stands for its last
    /// billable child (its `other` code: Z82.4 → Z82.49).
    static func familyHistoryCodes(_ tabular: TabularList) -> [(code: String, references: [CodeReference])] {
        var out: [(String, [CodeReference])] = []
        for (i, entry) in tabular.entries.enumerated()
        where ["Z80", "Z81", "Z82", "Z83", "Z84"].contains(String(entry.code.prefix(3))) {
            // the codes after `Conditions classifiable to` (`… elsewhere in`) are written bare, not in parentheses
            let references = entry.notes.filter { $0.kind == .inclusionTerm }.flatMap { note -> [CodeReference] in
                let text = note.text.lowercased()
                guard
                    let prefix = ["conditions classifiable elsewhere in", "conditions classifiable to"].first(
                        where: text.hasPrefix)
                else { return [] }
                return CodeReferenceParser.references(in: "(" + note.text.dropFirst(prefix.count) + ")")
            }
            guard !references.isEmpty else { continue }
            var code = entry.code
            if !entry.billable {
                guard let child = lastBillable(below: i, tabular) else { continue }
                code = child
            }
            out.append((code, references))
        }
        return out
    }

    static func lastBillable(below index: Int, _ tabular: TabularList) -> String? {
        for child in tabular.entries[index].children.reversed() {
            let c = tabular.entries[Int(child)]
            if c.billable { return c.code }
            if let deeper = lastBillable(below: Int(child), tabular) { return deeper }
        }
        return nil
    }
}
