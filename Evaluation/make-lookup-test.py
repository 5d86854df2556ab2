#!/usr/bin/env python3
"""Write Evaluation/lookup-test.tsv, the held-out lookup test set: never used to tune the engine.

Two parts, in this order:
1. Evaluation/lookup-test-typed.tsv: terms a coder types into an encoder (abbreviations, lay words, typos, index-style
   word order), written by a contributor who did not read the engine's curated synonyms, each with the code a
   certified coder assigns for that wording alone, checked as a billable FY2026 code. A query that equals a curated
   synonym key is left out here (a key answers its own query by construction; the test suite checks the file).
2. 320 Alphabetic Index paths (`Thalassemia > beta`) drawn at random, seed 17, by Evaluation/make-index-pairs.py from
   the FY2025 Index to Diseases and Injuries, each code carried to the FY2026 code list; paths of
   Evaluation/lookup-dev.tsv are left out of the draw.

    python3 Evaluation/make-lookup-test.py     # needs ../shared (the index CSV)
"""
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent


def curated_keys():
    """The terms lookup expands: the other synonyms and the abbreviations whose rows lookup reads."""
    synonyms = (REPO / "Sources" / "CodeSearch" / "Resources" / "curated-synonyms.tsv").read_text(encoding="utf-8")
    keys = {line.split("\t")[0].strip().lower() for line in synonyms.splitlines()[1:] if "\t" in line}
    abbreviations = (REPO / "Sources" / "Terminology" / "Resources" / "abbreviations.tsv").read_text(encoding="utf-8")
    for line in abbreviations.splitlines()[1:]:
        fields = line.split("\t")
        if len(fields) >= 3 and "lookup" in fields[2].split():
            keys.add(fields[0].strip().lower())
    return keys


def main():
    keys = curated_keys()
    typed = (HERE / "lookup-test-typed.tsv").read_text(encoding="utf-8").splitlines()[1:]
    kept = [line for line in typed if line.split("\t")[0].strip().lower() not in keys]
    with tempfile.TemporaryDirectory() as tmp:
        drawn = Path(tmp) / "drawn.tsv"
        subprocess.run(
            [sys.executable, str(HERE / "make-index-pairs.py"),
             str(REPO.parent / "shared" / "codesets" / "icd10cm-2025" / "ICD10CM_2025_Index.csv"),
             "--codes", str(REPO / "CodeSets" / "icd10cm" / "2026" / "code-list-April-2026.txt.zip"),
             "--exclude", str(HERE / "lookup-dev.tsv"), "--count", "320", "--seed", "17", "--out", str(drawn)],
            check=True)
        index_pairs = drawn.read_text(encoding="utf-8").splitlines()[1:]
    out = HERE / "lookup-test.tsv"
    out.write_text("query\texpected_code\n" + "\n".join(kept + index_pairs) + "\n", encoding="utf-8")
    print(f"{out.name}: {len(kept)} typed terms ({len(typed) - len(kept)} equal to a curated synonym key left out), "
          f"{len(index_pairs)} index paths")


if __name__ == "__main__":
    main()
