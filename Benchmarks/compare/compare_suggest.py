#!/usr/bin/env python3
"""Compare the speed of reading clinical notes for codes: coder vs medspaCy with negspaCy.

Engines:
  coder                 this project's Swift suggester, run as
                        `<coder> eval suggest --notes DIR --gold FILE` --coder-reps times. Its last stdout line
                        `suggest kind=.. docs=.. P=.. R=.. F1=.. catF1=.. docs_per_s=..` is parsed: docs_per_s is
                        notes per second on one thread, timed in-process around reading each note (tokens,
                        sections, sentences) and suggesting its codes (phrase search over the code-set titles, the
                        clinical lexicon and the learned phrases; abbreviations, assertion, conventions, PCS
                        construction); file reads and the load of the code sets and the model are not counted.
                        The whole process is also timed (wall clock, load and scoring included).
  medspacy              PyPI medspacy 1.3.1 and negspacy 1.0.4 on spaCy 3.7: medspaCy's default pipeline on
                        `spacy.blank("en")` (`medspacy.load()`: the medspaCy tokenizer, PyRuSH sentence
                        splitting, the TargetMatcher and ConText with its default rules), the TargetMatcher loaded
                        with our phrase list (one TargetRule per `phrase|CODE` line of --phrases, category = the
                        code, matched on lower case), then negspaCy's `negex` (en_clinical termset) over
                        every matched entity. No spaCy model is needed.
  medspacy-sentencizer  the same pipeline with spaCy's rule-based `sentencizer` in place of PyRuSH.

Notes: every .txt of --notes (default: the CodiEsp dev split, 250 English notes; --splits dev,train adds the 500
train notes as a second set). Each Python engine reads the texts into memory first, runs `nlp.pipe` over all of
them once untimed (warm-up; its entity and negation counts are reported), then --reps timed passes with
time.perf_counter_ns around the pass; notes/s is the note count over the median pass. Load time (importing spaCy,
medspaCy and negspaCy, timed once and counted for each variant; `medspacy.load`; adding negex; adding the
TargetRules) is timed separately and not counted in notes/s.

The phrase list: Benchmarks/data/suggest-phrases.txt, written by `--write-phrases` from this repository's own
lexicon: the curated `phrase<TAB>code` rows of Sources/CodeSuggestion/Resources/clinical-lexicon.tsv as written, and
the learned phrases of Models/codiesp-train-phrases.tsv that the suggester uses (aligned / (occurrences + 1) >=
0.4 with the shipped calibration; they are stemmed search tokens, so few of them match raw text). --with-titles also gives medspaCy every
billable ICD-10-CM code's title and inclusion terms from the shipped CodeSets (read at run time, not shipped),
which is closer to the number of phrases coder searches.

Python 3.11 standard library for coder; medspacy==1.3.1, negspacy==1.0.4 and spacy 3.7 for the others
(pip install -r Benchmarks/compare/requirements.txt).
"""
from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent
CODIESP = REPO.parent / "shared" / "corpora" / "codiesp"
DEFAULT_CODER = Path(".build/release/coder")
DEFAULT_PHRASES = REPO / "Benchmarks" / "data" / "suggest-phrases.txt"
LEXICON = REPO / "Sources" / "CodeSuggestion" / "Resources" / "clinical-lexicon.tsv"
MODEL = REPO / "Models" / "codiesp-train-phrases.tsv"
CODESETS = REPO / "CodeSets"
LEARNED_MINIMUM_PRECISION = 0.4  # Suggester.Options.calibratedLearnedPrecision (the shipped calibration is used)
ENGINES = ("coder", "medspacy", "medspacy-sentencizer")
SPLITS = {
    "dev": ("dev/text_files_en", "dev/devD.tsv"),
    "train": ("train/text_files_en", "train/trainD.tsv"),
}
EVAL_LINE = re.compile(r"^suggest kind=(\S+)(\s+[A-Za-z0-9_]+=\S+)+\s*$")


# ---------------------------------------------------------------- the phrase list

def curated_lines() -> list[tuple[str, str]]:
    """The `phrase<TAB>code` rows of the clinical lexicon's table, in order."""
    pairs = []
    for line in LEXICON.read_text(encoding="utf-8").splitlines()[1:]:
        parts = line.strip().split("\t")
        if len(parts) == 2 and parts[0].strip() and parts[1].strip():
            pairs.append((parts[0].strip(), parts[1].strip()))
    return pairs


def learned_lines() -> list[tuple[str, str]]:
    """The learned phrases the suggester keeps: ICD-10-CM and ICD-10-PCS rows whose smoothed precision
    aligned / (occurrences + 1) reaches the default minimum."""
    pairs = []
    for line in MODEL.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("phrase\t"):
            continue
        fields = line.split("\t")
        if len(fields) < 5 or fields[1] not in ("icd10cm", "icd10pcs"):
            continue
        aligned, occurrences = int(fields[3]), int(fields[4])
        if aligned / (occurrences + 1) >= LEARNED_MINIMUM_PRECISION:
            pairs.append((fields[0], fields[2].upper()))
    return pairs


def phrase_file_text() -> str:
    curated, learned = curated_lines(), learned_lines()
    seen: set[tuple[str, str]] = set()
    lines = []
    for phrase, code in curated + learned:
        key = (phrase.lower(), code)
        if key not in seen:
            seen.add(key)
            lines.append(f"{phrase}|{code}")
    header = [
        "# Phrases for medspaCy's TargetMatcher in Benchmarks/compare/compare_suggest.py: one `phrase|CODE` a line.",
        "# Written by `python3 Benchmarks/compare/compare_suggest.py --write-phrases` from this repository's lexicon:",
        f"# {len(curated)} curated terms of Sources/CodeSuggestion/Resources/clinical-lexicon.tsv, as written, and",
        f"# {len(learned)} learned phrases of Models/codiesp-train-phrases.tsv that the suggester uses",
        f"# (aligned / (occurrences + 1) >= {LEARNED_MINIMUM_PRECISION}; stemmed search tokens). {len(lines)} distinct lines.",
    ]
    return "\n".join(header + lines) + "\n"


def read_phrases(path: Path) -> list[tuple[str, str]]:
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        phrase, _, code = line.rpartition("|")
        pairs.append((phrase, code))
    return pairs


def title_phrases() -> list[tuple[str, str]]:
    """Every billable ICD-10-CM code's title and inclusion terms from the shipped tabular XML."""
    manifest = json.loads((CODESETS / "manifest.json").read_text(encoding="utf-8"))
    cm = [e for e in manifest if e["system"] == "icd10cm" and e["member"].endswith(".xml")]
    with zipfile.ZipFile(CODESETS / cm[0]["path"]) as zf, zf.open(cm[0]["member"]) as fh:
        root = ET.parse(fh).getroot()
    pairs = []
    for diag in root.iter("diag"):
        if diag.find("diag") is not None:
            continue
        code = (diag.findtext("name") or "").strip()
        texts = [diag.findtext("desc") or ""]
        texts += [n.text or "" for inc in diag.findall("inclusionTerm") for n in inc.findall("note")]
        for t in texts:
            t = " ".join(t.split())
            if t:
                pairs.append((t, code))
    return pairs


# ---------------------------------------------------------------- notes

def note_texts(directory: Path) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(directory.glob("*.txt"))]


# ---------------------------------------------------------------- coder

def resolve_coder(path: Path) -> Path:
    if path.is_absolute() or path.exists():
        return path
    return REPO / path


def parse_fields(line: str) -> dict:
    return dict(item.split("=", 1) for item in line.split() if "=" in item)


def run_coder(coder: Path, notes: Path, gold: Path, reps: int, timeout: float) -> dict:
    if not coder.exists():
        raise FileNotFoundError(f"coder binary not found at {coder} (swift build -c release --product coder?)")
    cmd = [str(coder), "eval", "suggest", "--notes", str(notes), "--gold", str(gold)]
    rates, walls, last = [], [], {}
    for i in range(reps + 1):  # the first run is a warm-up (it may compile the snapshot): not counted
        start = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
        wall = time.perf_counter() - start
        if proc.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}: {proc.stderr.strip()[-400:]}")
        lines = [ln for ln in proc.stdout.splitlines() if EVAL_LINE.match(ln)]
        if not lines:
            raise RuntimeError(f"no `suggest kind=…` line in the output of {' '.join(cmd)}")
        last = parse_fields(lines[-1])
        if i > 0:
            rates.append(float(last["docs_per_s"]))
            walls.append(wall)
    docs = int(last["docs"])
    wall = statistics.median(walls)
    return {
        "n": docs, "notes_per_s": statistics.median(rates), "min_notes_per_s": min(rates),
        "max_notes_per_s": max(rates), "runs": rates, "process_wall_s": wall, "process_walls_s": walls,
        "process_notes_per_s": docs / wall,
        # the process's time outside the timed loop: start-up, load of code sets and model, file reads, scoring
        "outside_s": wall - docs / statistics.median(rates),
        "P": float(last["P"]), "R": float(last["R"]), "F1": float(last["F1"]),
    }


# ---------------------------------------------------------------- medspaCy + negspaCy

IMPORT_SECONDS: list[float] = []  # the first import's time, counted in every variant's load time


def build_medspacy(phrases: list[tuple[str, str]], sentencizer: bool) -> tuple:
    timings = {}
    start = time.perf_counter()
    import medspacy
    import spacy
    from medspacy.target_matcher import TargetRule
    from negspacy.negation import Negex  # noqa: F401  (registers the "negex" factory)
    if not IMPORT_SECONDS:
        IMPORT_SECONDS.append(time.perf_counter() - start)
    timings["import_s"] = IMPORT_SECONDS[0]
    try:  # PyRuSH 1.0.11-1.0.13 log every sentence boundary at DEBUG through loguru: do not print them
        from loguru import logger
        logger.remove()
    except ImportError:
        pass

    start = time.perf_counter()
    if sentencizer:
        nlp = medspacy.load(spacy.blank("en"),
                            medspacy_enable=["medspacy_tokenizer", "medspacy_target_matcher", "medspacy_context"])
        nlp.add_pipe("sentencizer", first=True)
    else:
        nlp = medspacy.load(spacy.blank("en"))  # tokenizer, PyRuSH, TargetMatcher, ConText (the default)
    # negex over every entity (its default: no ent_types; every entity here is a TargetMatcher match)
    nlp.add_pipe("negex", after="medspacy_target_matcher")
    timings["pipeline_s"] = time.perf_counter() - start

    start = time.perf_counter()
    nlp.get_pipe("medspacy_target_matcher").add([TargetRule(p, c) for p, c in phrases])
    timings["rules_s"] = time.perf_counter() - start
    timings["load_s"] = timings["import_s"] + timings["pipeline_s"] + timings["rules_s"]
    versions = {}
    for name in ("spacy", "medspacy", "negspacy", "PyRuSH", "numpy"):
        try:
            from importlib.metadata import version
            versions[name] = version(name)
        except Exception:  # noqa: BLE001
            versions[name] = "?"
    return nlp, timings, versions


def run_medspacy(texts: list[str], phrases: list[tuple[str, str]], sentencizer: bool, reps: int) -> dict:
    nlp, timings, versions = build_medspacy(phrases, sentencizer)
    ents = negated_context = negated_negex = sentences = 0
    for doc in nlp.pipe(texts):  # warm-up, counted for information
        sentences += sum(1 for _ in doc.sents)
        for ent in doc.ents:
            ents += 1
            negated_context += bool(ent._.is_negated)
            negated_negex += bool(ent._.negex)
    passes = []
    for _ in range(reps):
        start = time.perf_counter_ns()
        for doc in nlp.pipe(texts):
            len(doc.ents)
        passes.append((time.perf_counter_ns() - start) / 1e9)
    rates = [len(texts) / s for s in passes]
    return {
        "n": len(texts), "notes_per_s": len(texts) / statistics.median(passes), "min_notes_per_s": min(rates),
        "max_notes_per_s": max(rates), "runs": rates, **timings, "rules": len(phrases),
        "pipeline": nlp.pipe_names, "sentences": sentences, "entities": ents,
        "negated_by_context": negated_context, "negated_by_negex": negated_negex, "versions": versions,
    }


# ---------------------------------------------------------------- report

def fmt_rate(x):
    return "-" if x is None else f"{x:,.0f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--splits", default="dev",
                        help="CodiEsp splits to run, comma-separated: dev, train (default: %(default)s)")
    parser.add_argument("--notes", type=Path, help="a folder of .txt notes instead of the CodiEsp splits")
    parser.add_argument("--gold", type=Path, help="with --notes: its gold TSV (coder eval suggest needs one)")
    parser.add_argument("--coder", type=Path, default=DEFAULT_CODER)
    parser.add_argument("--engines", default=",".join(ENGINES))
    parser.add_argument("--reps", type=int, default=5, help="timed passes per medspaCy engine (default: 5)")
    parser.add_argument("--coder-reps", type=int, default=5, help="timed coder processes (default: 5)")
    parser.add_argument("--phrases", type=Path, default=DEFAULT_PHRASES)
    parser.add_argument("--with-titles", action="store_true",
                        help="also give medspaCy every billable ICD-10-CM title and inclusion term")
    parser.add_argument("--write-phrases", action="store_true",
                        help=f"write {DEFAULT_PHRASES.relative_to(REPO)} from the lexicon and the model, then stop")
    parser.add_argument("--json", type=Path, help="also write every number to this file")
    parser.add_argument("--strict", action="store_true", help="exit 1 when an engine cannot be run")
    parser.add_argument("--timeout", type=float, default=1800.0)
    args = parser.parse_args()

    if args.write_phrases:
        DEFAULT_PHRASES.parent.mkdir(parents=True, exist_ok=True)
        DEFAULT_PHRASES.write_text(phrase_file_text(), encoding="utf-8")
        print(f"wrote {DEFAULT_PHRASES.relative_to(REPO)}: {len(read_phrases(DEFAULT_PHRASES))} phrases")
        return 0

    engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    unknown = [e for e in engines if e not in ENGINES]
    if unknown:
        parser.error(f"--engines: unknown {unknown}; choose from {','.join(ENGINES)}")
    if args.notes:
        if not args.gold and "coder" in engines:
            parser.error("--notes needs --gold for coder eval suggest")
        sets = [(args.notes.name, args.notes, args.gold)]
    else:
        sets = []
        for split in [s.strip() for s in args.splits.split(",") if s.strip()]:
            if split not in SPLITS:
                parser.error(f"--splits: unknown {split}; choose from {','.join(SPLITS)}")
            sets.append((split, CODIESP / SPLITS[split][0], CODIESP / SPLITS[split][1]))

    notes: list[str] = []
    phrases = read_phrases(args.phrases)
    if args.phrases == DEFAULT_PHRASES and args.phrases.read_text(encoding="utf-8") != phrase_file_text():
        notes.append(f"{args.phrases.relative_to(REPO)} differs from the lexicon and model: "
                     "rerun with --write-phrases")
    if args.with_titles:
        titles = title_phrases()
        notes.append(f"medspaCy also has {len(titles)} ICD-10-CM titles and inclusion terms")
        phrases = phrases + titles
    coder = resolve_coder(args.coder)
    results: dict[str, dict] = {}
    failures: dict[str, str] = {}

    for name, folder, gold in sets:
        texts = note_texts(folder)
        print(f"notes: {name}, {len(texts)} notes, {sum(len(t.encode()) for t in texts) / max(len(texts), 1):,.0f} "
              f"bytes on average ({folder})", flush=True)
        for engine in engines:
            key = f"{name}/{engine}"
            try:
                if engine == "coder":
                    results[key] = run_coder(coder, folder, gold, args.coder_reps, args.timeout)
                else:
                    results[key] = run_medspacy(texts, phrases, engine == "medspacy-sentencizer", args.reps)
            except Exception as err:  # noqa: BLE001
                failures[key] = f"{type(err).__name__}: {err}"
            print(f"  {key}: " + (f"{results[key]['notes_per_s']:,.0f} notes/s" if key in results
                                  else f"not run ({failures[key]})"), flush=True)

    print()
    print("| notes | engine | n | median notes/s | range | ms per note | load s | other |")
    print("|---|---|---:|---:|---:|---:|---:|---|")
    for key, r in results.items():
        name, engine = key.split("/", 1)
        rng = f"{fmt_rate(r['min_notes_per_s'])}–{fmt_rate(r['max_notes_per_s'])}"
        ms = f"{1000 / r['notes_per_s']:.2f}"
        if engine == "coder":
            load = f"{r['outside_s']:.2f}"
            other = (f"process {r['process_wall_s']:.2f} s wall ({r['process_notes_per_s']:,.0f} notes/s with load); "
                     f"P={r['P']:.3f} R={r['R']:.3f} F1={r['F1']:.3f}")
        else:
            load = f"{r['load_s']:.2f}"
            other = (f"import {r['import_s']:.2f} s, pipeline {r['pipeline_s']:.2f} s, {r['rules']} rules "
                     f"{r['rules_s']:.2f} s; {r['entities']} entities, negated: ConText {r['negated_by_context']}, "
                     f"negex {r['negated_by_negex']}")
        print(f"| {name} | {engine} | {r['n']} | {fmt_rate(r['notes_per_s'])} | {rng} | {ms} | {load} | {other} |")
    print()
    for name, _, _ in sets:
        ours = results.get(f"{name}/coder")
        if not ours:
            continue
        ratios = []
        for engine in ("medspacy", "medspacy-sentencizer"):
            theirs = results.get(f"{name}/{engine}")
            if theirs:
                ratios.append(f"coder/{engine}={ours['notes_per_s'] / theirs['notes_per_s']:.1f}x")
        end_to_end = []
        for engine in ("medspacy", "medspacy-sentencizer"):
            theirs = results.get(f"{name}/{engine}")
            if theirs:
                # one pass over the notes from a cold start: coder's whole process vs medspaCy's load plus one pass
                cold = theirs["load_s"] + theirs["n"] / theirs["notes_per_s"]
                end_to_end.append(f"coder-process/{engine}-with-load={cold / ours['process_wall_s']:.1f}x")
        if ratios:
            print(f"ratio ({name}) " + " ".join(ratios))
        if end_to_end:
            print(f"ratio ({name}, one cold pass) " + " ".join(end_to_end))
    versions = next((r["versions"] for r in results.values() if "versions" in r), None)
    if versions:
        notes.append("versions: " + " ".join(f"{k}={v}" for k, v in versions.items()))
        if versions.get("PyRuSH", "").startswith(("1.0.11", "1.0.12", "1.0.13")):
            notes.append("this PyRuSH formats a debug message for every sentence boundary; "
                         "requirements.txt pins 1.0.10, which does not")
    for note in notes:
        print(f"note: {note}")
    for key, message in failures.items():
        print(f"not run: {key}: {message}", file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps({"results": results, "failures": failures, "notes": notes}, indent=2))
    return 1 if (args.strict and failures) else 0


if __name__ == "__main__":
    sys.exit(main())
