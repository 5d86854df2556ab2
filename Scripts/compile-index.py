#!/usr/bin/env python3
"""Compile the ICD-10-CM Index to Diseases and Injuries into CodeSets/, from ../shared.

The source is the CDC's FY2025 Index to Diseases and Injuries (public domain) as flattened to CSV by a third
party: ../shared/codesets/icd10cm-2025/ICD10CM_2025_Index.csv, columns RowID, Letter, Level, Term, See,
SeeAlso, NonEssModif, Code. The compiled file keeps what the engine reads and nothing else:

    Level,Term,NonEssModif,See,SeeAlso,Code

one row per main term and subterm in the printed order (Level with the row order gives the tree), fields trimmed and
inner runs of white space made one space, the source's RowID and Letter dropped (RowID must run 1, 2, 3 … and Letter
must be the first letter of the main term's section; both are checked, then not needed). Every row is validated:
the level is a number that never skips a level, a row has a term or a nonessential modifier, a code looks like an
ICD-10-CM code (`A00`, `K35.8-`, `S72.001`). The output is a single-member ZIP with the fixed metadata of
Scripts/extract-codesets.py, so a rerun gives the same bytes, and an entry in CodeSets/manifest.json.

    python3 Scripts/compile-index.py            # (re)write CodeSets/icd10cm/index/ and its manifest entry
    python3 Scripts/compile-index.py --check    # rebuild in memory, compare with CodeSets/; exit 1 on a mismatch
    python3 Scripts/compile-index.py --source PATH/ICD10CM_2025_Index.csv

Carrying each code to the Tabular List in use (a code that became a heading, a deleted code) is done by the engine
when it loads the code sets, against whichever Tabular List is loaded, and reported by `coder codesets list`.

Python 3.11 standard library only.
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from codesets_module import compile_index_file, write_or_check  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = REPO.parent / "shared" / "codesets" / "icd10cm-2025" / "ICD10CM_2025_Index.csv"
DEST = "icd10cm/index"
MEMBER = "icd10cm-index-2025.csv"
SYSTEM = "icd10cm-index"
VERSION = "2025"
SOURCE_SHA256 = "ed46c243bb91ca24ef9da6ad50cf8f204f2c97f2d69632f34ff0f8081a0609ed"
COLUMNS = ["Level", "Term", "NonEssModif", "See", "SeeAlso", "Code"]
CODE = re.compile(r"^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{0,4})?-?$")

NOTES = (
    "The ICD-10-CM Index to Diseases and Injuries, FY2025 (CDC/NCHS, public domain), compiled by "
    "Scripts/compile-index.py from ICD10CM_2025_Index.csv, a third party's flattening of the official index XML "
    "(81,024 rows, 8,100 main terms). Compiled: columns Level, Term, NonEssModif, See, SeeAlso, Code; RowID and "
    "Letter checked and dropped; white space normalised. Known losses of the flattening against the official XML, "
    "carried here: the text after a nonessential modifier is dropped ('vein (peripheral) NEC' became 'vein'); only "
    "the first code of an entry is kept; the manifestation code in italic brackets and the 'see category' / 'see "
    "subcategory' references are dropped. The engine carries every code to the Tabular List it loads (a code that "
    "has since become a heading is completed to its children, a deleted one follows the CMS conversion table) and "
    "reports the counts in `coder codesets list`. An imported official index XML of the same year replaces it.")


class CompileError(Exception):
    pass


def clean(text: str) -> str:
    return " ".join(text.split())


def compile_rows(raw: bytes, name: str) -> tuple[bytes, dict]:
    """The compiled CSV's bytes and counts; CompileError names the line and the column of the first fault."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise CompileError(f"{name}: not UTF-8 ({error})")
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise CompileError(f"{name}:1: empty (expected a header line)")
    expected = ["RowID", "Letter", "Level", "Term", "See", "SeeAlso", "NonEssModif", "Code"]
    if [h.strip() for h in header] != expected:
        raise CompileError(f"{name}:1: header {header}, expected {expected}")
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    depth = -1
    rows = main_terms = coded = 0
    letter = ""
    for row in reader:
        line = reader.line_num
        if not row or (len(row) == 1 and not row[0].strip()):
            continue
        if len(row) != len(expected):
            raise CompileError(f"{name}:{line}: {len(row)} fields where the header has {len(expected)}")
        row_id, row_letter, level_text, term, see, see_also, modifier, code = (clean(f) for f in row)
        if row_id != str(rows + 1):
            raise CompileError(f"{name}:{line}: RowID {row_id!r}, expected {rows + 1} (rows missing or out of order?)")
        if not level_text.isdigit():
            raise CompileError(f"{name}:{line}: Level {level_text!r} is not a level")
        level = int(level_text)
        if level > depth + 1:
            raise CompileError(f"{name}:{line}: Level {level} follows level {depth}: a subterm needs its term above it")
        if not term and not modifier:
            raise CompileError(f"{name}:{line}: Term empty, and no nonessential modifier")
        if code and not CODE.match(code):
            raise CompileError(f"{name}:{line}: Code {code!r} is not an ICD-10-CM code")
        if level == 0:
            main_terms += 1
            letter = row_letter
        elif row_letter != letter:
            raise CompileError(f"{name}:{line}: Letter {row_letter!r} inside main term of letter {letter!r}")
        depth = level
        rows += 1
        coded += bool(code)
        writer.writerow([level, term, modifier, see, see_also, code])
    if rows == 0:
        raise CompileError(f"{name}:2: no index rows after the header")
    return out.getvalue().encode("utf-8"), {"rows": rows, "mainTerms": main_terms, "coded": coded}


def build(source: Path) -> tuple[dict, bytes]:
    return compile_index_file(
        source, sha256=SOURCE_SHA256, compile_fn=compile_rows, error=CompileError, member=MEMBER, system=SYSTEM,
        version=VERSION, dest=DEST, package="CDC ICD-10-CM Index to Diseases and Injuries (flattened CSV)",
        source_file="shared/codesets/icd10cm-2025/ICD10CM_2025_Index.csv", generator="Scripts/compile-index.py", notes=NOTES)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--out", type=Path, default=REPO / "CodeSets")
    parser.add_argument("--check", action="store_true", help="rebuild in memory and compare; write nothing")
    args = parser.parse_args()
    try:
        entry, archive = build(args.source)
    except CompileError as error:
        print(f"compile-index: {error}", file=sys.stderr)
        return 1
    return write_or_check("compile-index", entry, archive, args.out, args.check)

if __name__ == "__main__":
    sys.exit(main())
