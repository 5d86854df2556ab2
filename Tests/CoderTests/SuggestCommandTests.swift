import CodeSuggestion
import Foundation
import Testing

@Suite("coder suggest, precode and eval suggest, end to end", .serialized)
struct SuggestCommandTests {
    let coder = CoderProcess()
    static let sample = CoderProcess.repository.appendingPathComponent("Evaluation/notes/discharge-summary.txt")
    static let codiesp = CoderProcess.repository.deletingLastPathComponent().appendingPathComponent(
        "shared/corpora/codiesp")

    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("suggest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func suggestsTheSampleDischargeSummaryWithEvidenceBytes() throws {
        let output = try coder.run(["suggest", Self.sample.path, "--json"])
        #expect(output.status == 0, "\(output.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let diagnoses = try #require(json["diagnoses"] as? [[String: Any]])
        let first = try #require(diagnoses.first)
        #expect(first["code"] as? String == "I50.23")
        #expect(first["principal"] as? Bool == true)
        let bytes = Array(try Data(contentsOf: Self.sample))
        let evidence = try #require((first["evidence"] as? [[String: Any]])?.first)
        let start = try #require(evidence["start"] as? Int)
        let end = try #require(evidence["end"] as? Int)
        #expect(String(decoding: bytes[start..<end], as: UTF8.self) == evidence["text"] as? String)
        let codes = diagnoses.compactMap { $0["code"] as? String }
        #expect(codes.contains("I25.2"))
        #expect(!codes.contains { $0.hasPrefix("J18") })
        #expect(codes.contains("N39.0"))
        let outpatient = try coder.run(["suggest", Self.sample.path, "--json", "--setting", "outpatient"])
        #expect(!outpatient.stdout.contains("\"code\" : \"N39.0\",\n      \"confidence\""))
        #expect(outpatient.stdout.contains("uncertain-outpatient"))
    }

    /// Issue 18: the NSTEMI discharge summary (Evaluation/notes/nstemi-discharge.txt) pre-coded as a certified coder
    /// would: I21.4 first, nothing excluded, considered or read from other words, the family history, the metformin
    /// and the PCI, and a claim that groups to DRG 321.
    @Test func precodesTheNSTEMIDischargeAsACoderWould() throws {
        let note = CoderProcess.repository.appendingPathComponent("Evaluation/notes/nstemi-discharge.txt")
        let output = try coder.run(["suggest", note.path, "--json"])
        #expect(output.status == 0, "\(output.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let diagnoses = try #require(json["diagnoses"] as? [[String: Any]])
        let codes = diagnoses.compactMap { $0["code"] as? String }
        let procedures = (json["procedures"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
        #expect(codes.first == "I21.4" && diagnoses.first?["principal"] as? Bool == true, "\(codes)")
        for code in ["J18.9", "I25.2", "I50.9", "I50.32", "R60.9", "R73.9", "R69"] {
            #expect(!codes.contains(code), "\(code) in \(codes)")
        }
        #expect(!codes.contains { $0.hasPrefix("F32") })
        for code in ["Z80.0", "Z79.84", "I50.33", "I13.0", "N18.31", "E11.22"] {
            #expect(codes.contains(code), "\(code) not in \(codes)")
        }
        #expect(procedures.contains("027034Z"), "\(procedures)")
        // I13.0 before the heart failure and the kidney disease (their code-first notes)
        let i13 = try #require(codes.firstIndex(of: "I13.0"))
        #expect(i13 < codes.firstIndex(of: "I50.33")! && i13 < codes.firstIndex(of: "N18.31")!)
        // the pre-coded claim groups to DRG 321, as the coder's does
        let text = try String(contentsOf: note, encoding: .utf8)
        let gold: [String: Any] = [
            "id": "NSTEMI", "setting": "inpatient", "admitDate": "2026-04-14", "dischargeDate": "2026-04-18", "age": 71,
            "sex": "M", "dischargeStatus": "01", "expectedDRG": "321",
            "diagnoses": [
                "I21.4", "I13.0", "I50.33", "E11.22", "N18.31", "E11.65", "Z79.84", "Z80.0", "Z86.73", "Z79.82",
                "Z79.02",
            ]
            .map { ["code": $0, "poa": "Y"] },
            "procedures": [["code": "027034Z", "date": "2026-04-15"]],
            "documents": [["type": "discharge-summary", "author": "Dr M Alvarez", "signed": true, "text": text]],
        ]
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cases = folder.appendingPathComponent("cases.json")
        try JSONSerialization.data(withJSONObject: [gold]).write(to: cases)
        let eval = try coder.run(["eval", "precode", "--cases", cases.path, "--all"])
        #expect(eval.status == 0, "\(eval.stderr)")
        #expect(eval.stdout.contains("NSTEMI: principal I214 · DRG 321"), "\(eval.stdout)")
        let last = try #require(eval.stdout.split(separator: "\n").last.map(String.init))
        #expect(last.hasPrefix("precode n=1 principal=1.000 "), "\(last)")
        #expect(last.hasSuffix("proc_recall=1.000 drg_match=1.000"), "\(last)")
        // a cases file that is not an array of claims: one line naming it
        try Data("{\"id\": 1}".utf8).write(to: cases)
        let bad = try coder.run(["eval", "precode", "--cases", cases.path])
        #expect(bad.status != 0)
        #expect(
            bad.stderr.contains("cases.json") && bad.stderr.contains("array")
                && bad.stderr.split(separator: "\n").count == 1)
    }

    /// Issue 17: codes from the Alphabetic Index and the ICD-10-PCS Index and Tables, each with the path it took,
    /// from the shipped code sets and models alone.
    @Test func codesThroughTheIndexesWithTheirPaths() throws {
        let output = try coder.run(
            ["suggest", "-", "--json"],
            stdin:
                "Craniopharyngioma resected.\nThe patient underwent PCI with one drug-eluting stent to the proximal LAD.\n"
        )
        #expect(output.status == 0, "\(output.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let diagnoses = try #require(json["diagnoses"] as? [[String: Any]])
        let cranio = try #require(diagnoses.first { $0["code"] as? String == "D44.4" })
        #expect((cranio["reasons"] as? [String])?.contains { $0.contains("Index: Craniopharyngioma → D44.4") } == true)
        let procedures = try #require(json["procedures"] as? [[String: Any]])
        let pci = try #require(procedures.first { $0["code"] as? String == "027034Z" })
        #expect((pci["reasons"] as? [String])?.first?.hasPrefix("PCS Index:") == true)
        // the ablation: without the index the name of the tumour is read by nothing
        let without = try coder.run(["suggest", "-", "--json", "--no-index"], stdin: "Craniopharyngioma resected.\n")
        #expect(!without.stdout.contains("D44.4"))
    }

    @Test func readsStandardInputAndPrintsText() throws {
        let output = try coder.run(["suggest", "-"], stdin: "Assessment: community acquired pneumonia. No fever.\n")
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("J18.9"))
        #expect(output.stdout.contains("negated"))
    }

    @Test func badNotesGetAOneLineError() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cases: [(String, Data, String)] = [
            ("empty.txt", Data(), "empty"),
            ("binary.txt", Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0x02]), "binary"),
            ("latin1.txt", Data("Diagn\u{F3}stico".utf8.map { $0 }.prefix(5) + [0xF3, 0x73]), "invalid UTF-8"),
            ("huge.txt", Data(repeating: UInt8(ascii: "a"), count: 50 << 20), "over the limit"),
        ]
        for (name, data, message) in cases {
            let url = folder.appendingPathComponent(name)
            try data.write(to: url)
            let output = try coder.run(["suggest", url.path])
            #expect(output.status != 0, "\(name)")
            #expect(output.stderr.contains(message), "\(name): \(output.stderr)")
            #expect(output.stderr.split(separator: "\n").count == 1, "\(name): \(output.stderr)")
        }
        let missing = try coder.run(["suggest", folder.appendingPathComponent("none.txt").path])
        #expect(missing.stderr.contains("no such file"))
    }

    @Test func precodeResumesWithoutRedoingOrLosingWork() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let notes = folder.appendingPathComponent("notes")
        try FileManager.default.createDirectory(at: notes, withIntermediateDirectories: true)
        let texts = [
            "a": "Discharge diagnoses: acute appendicitis.", "b": "Assessment: type 2 diabetes mellitus.",
            "c": "Impression: pneumonia. Denies chest pain.", "d": "Hypertension.",
        ]
        for (id, text) in texts {
            try text.write(to: notes.appendingPathComponent("\(id).txt"), atomically: true, encoding: .utf8)
        }
        try Data([0x41, 0xFF]).write(to: notes.appendingPathComponent("e.txt"))
        let out = folder.appendingPathComponent("out.jsonl")
        let first = try coder.run(["precode", notes.path, "--out", out.path])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("precode notes=5 done=5 resumed=0 errors=1"))
        var lines = try String(contentsOf: out, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 5)
        #expect(lines.contains { $0.contains("\"id\":\"e\"") && $0.contains("invalid UTF-8") })
        #expect(lines.contains { $0.contains("\"id\":\"a\"") && $0.contains("K35.80") })
        // an interrupted run: the last line cut in the middle
        let kept = lines.prefix(3).joined(separator: "\n") + "\n" + String(lines[3].prefix(20))
        try kept.write(to: out, atomically: true, encoding: .utf8)
        let second = try coder.run(["precode", notes.path, "--out", out.path])
        #expect(second.stdout.contains("precode notes=5 done=2 resumed=3"), "\(second.stdout)")
        lines = try String(contentsOf: out, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 5)
        let ids = lines.compactMap { line -> String? in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["id"] as? String
        }
        #expect(Set(ids) == ["a", "b", "c", "d", "e"])
        #expect(ids.count == 5)
        let third = try coder.run(["precode", notes.path, "--out", out.path])
        #expect(third.stdout.contains("done=0 resumed=5"))
    }

    @Test func learnWritesAModelAndACalibrationByCrossValidation() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let notes = folder.appendingPathComponent("notes")
        try FileManager.default.createDirectory(at: notes, withIntermediateDirectories: true)
        var gold = ""
        for i in 0..<6 {
            let text = i % 2 == 0 ? "Admitted with hematuria and fever." : "Fever since yesterday, no hematuria."
            try text.write(to: notes.appendingPathComponent("case\(i)-1.txt"), atomically: true, encoding: .utf8)
            gold += "case\(i)-1\tr50.9\n" + (i % 2 == 0 ? "case\(i)-1\tr31.9\n" : "")
        }
        let goldFile = folder.appendingPathComponent("gold.tsv")
        try gold.write(to: goldFile, atomically: true, encoding: .utf8)
        let model = folder.appendingPathComponent("model.tsv")
        let calibration = folder.appendingPathComponent("cal.tsv")
        let run = try coder.run([
            "learn", "--notes", notes.path, "--diagnoses", goldFile.path, "--out", model.path,
            "--calibration", calibration.path, "--folds", "3",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("calibration folds=3"))
        let counts = try Calibration(contentsOf: calibration)
        // fever is suggested in every note and kept in every one; hematuria only where it is not denied
        #expect(counts.byCode["icd10cm R50.9"] == .init(suggested: 6, kept: 6))
        #expect(counts.byCode["icd10cm R31.9"] == .init(suggested: 3, kept: 3))
        let suggest = try coder.run([
            "suggest", notes.appendingPathComponent("case0-1.txt").path, "--model", model.path,
            "--calibration", calibration.path, "--json",
        ])
        #expect(suggest.status == 0, "\(suggest.stderr)")
        #expect(suggest.stdout.contains("\"R31.9\""))
        let bad = try coder.run([
            "learn", "--notes", notes.path, "--diagnoses", goldFile.path, "--out", model.path,
            "--calibration", calibration.path, "--folds", "1",
        ])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("--folds"))
    }

    /// The CodiEsp figures docs/benchmarks.md reports (release build, the shipped model; procedures with
    /// `--routine-procedures`).
    static let reported: [String: (p: Double, f1: Double)] = [
        "dev diagnosis": (0.695, 0.511), "dev procedure": (0.534, 0.435),
        "train diagnosis": (0.698, 0.527), "train procedure": (0.624, 0.539),
    ]

    static let hasCodiEsp = FileManager.default.fileExists(atPath: codiesp.appendingPathComponent("dev").path)

    @Test(.enabled(if: hasCodiEsp, "CodiEsp is not in ../shared/corpora: skipped"), arguments: ["train", "dev"])
    func evalSuggestOnCodiEsp(_ split: String) throws {
        let folder = Self.codiesp.appendingPathComponent(split)
        for (kind, gold) in [("diagnosis", "\(split)D.tsv"), ("procedure", "\(split)P.tsv")] {
            // CodiEsp's coders code imaging and the other routine tests: its coding policy, a hospital setting
            let policy = kind == "procedure" ? ["--routine-procedures"] : []
            let output = try coder.run(
                [
                    "eval", "suggest", "--notes", folder.appendingPathComponent("text_files_en").path,
                    "--gold", folder.appendingPathComponent(gold).path, "--kind", kind,
                ] + policy)
            #expect(output.status == 0, "\(output.stderr)")
            let last = try #require(output.stdout.split(separator: "\n").last.map(String.init))
            print("\(split): \(last)")
            let pattern =
                #/^suggest kind=(\w+) docs=(\d+) P=([0-9.]+) R=([0-9.]+) F1=([0-9.]+) catF1=([0-9.]+) docs_per_s=\d+$/#
            let match = try #require(last.wholeMatch(of: pattern))
            #expect(match.1 == kind)
            #expect(Int(match.2) == (split == "train" ? 500 : 250))
            // the figures docs/benchmarks.md reports, held within 5% either way: a regression fails, and so does
            // a gain the documentation has not caught up with
            let reported = Self.reported["\(split) \(kind)"]!
            for (name, measured, figure) in [
                ("P", Double(match.3)!, reported.p), ("F1", Double(match.5)!, reported.f1),
            ] {
                #expect(
                    abs(measured - figure) <= 0.05 * figure,
                    "\(split) \(kind) \(name)=\(measured), reported \(figure) (docs/benchmarks.md)")
            }
        }
    }
}
