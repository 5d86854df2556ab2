import Terminology

extension PhraseLearner {
    /// Suggests codes for each fold's notes with the phrases learned from the other folds, and counts which
    /// suggestions the gold kept: the calibration `Suggester` reads.
    /// - Parameters:
    ///   - originals: each note's codes as the gold wrote them (lower case), before older codes were converted;
    ///   - older: the codes an ICD-10-CM code replaced (lower case), so that a suggestion the gold wrote in an older
    ///     release counts as kept;
    ///   - groups: each note's group (notes of one publication alike); a group's notes go to one fold.
    /// - Throws: `SuggesterError` when a fold's suggester cannot be built.
    public func crossValidate(
        _ coded: [PhraseLearner.CodedNote], originals: [Set<String>], older: (String) -> [String], groups: [String],
        folds: Int, library: CodeSetLibrary,
        options: Suggester.Options, source: String
    ) throws -> Calibration {
        var counts = Calibration(source: source)
        // notes of one group go to one fold, groups dealt out in order of first appearance
        var groupFold: [String: Int] = [:]
        let fold = groups.map { g in
            if let f = groupFold[g] { return f }
            let f = groupFold.count % folds
            groupFold[g] = f
            return f
        }
        for f in 0..<folds {
            let training = coded.indices.filter { fold[$0] != f }.map { coded[$0] }
            let model = learn(training, source: "")
            let suggester = try Suggester(library: library, model: model, options: options)
            for i in coded.indices where fold[i] == f {
                let gold = Set(coded[i].codes.map { "\($0.system.rawValue) \($0.code)" })
                let result = suggester.suggest(text: coded[i].text, setting: .inpatient)
                for s in result.diagnoses + result.procedures {
                    // as `coder eval suggest` matches: the code, or a code it replaced that the gold gives as written
                    let kept =
                        gold.contains("\(s.system.rawValue) \(s.code)")
                        || (s.system == .icd10cm && older(s.code.lowercased()).contains(where: originals[i].contains))
                    counts.record(system: s.system, code: s.code, basis: s.basis, kept: kept)
                }
            }
        }
        return counts
    }
}
