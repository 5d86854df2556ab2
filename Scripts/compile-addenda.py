#!/usr/bin/env python3
"""Compile the ICD-10-CM FY2027 code addenda into CodeSets/, from ../shared.

The source is the CMS/CDC `icd10cm_codes_addenda_2027.txt` (public domain): one change a line,

    Add:         D6911   Glanzmann thrombasthenia
    Delete:      D691    Qualitative platelet defects
    Revise from: L02232  Carbuncle of back [any part, except buttock]
    Revise to:   L02232  Carbuncle of back [any part, except buttock and flank]

then a summary (`Codes`, `74719 codes in icd10cm_order_2026.txt`, `74879 codes in icd10cm_order_2027.txt`,
`190 additions`, `30 deletions`, `4 revisions`). The compiled file is a TSV with the columns

    Change	Code	Title

one row a change in the file's order (`Add`, `Delete`, `Revise from`, `Revise to`), then the two code counts as rows
`Codes before` and `Codes after` (the count in Code, the order file's name in Title). Every line is validated as the
engine validates it (CodeAddenda.swift): the kind, the code's shape, a title, each `Revise from` followed by its
`Revise to`, no code added or deleted twice, the summary's counts equal to the lines. The engine derives ICD-10-CM
FY2027 from the shipped FY2026 Tabular List and this file. The output is a single-member ZIP with the fixed metadata
of Scripts/extract-codesets.py, so a rerun gives the same bytes, and an entry in CodeSets/manifest.json.

    python3 Scripts/compile-addenda.py            # (re)write CodeSets/icd10cm/2027/ and its manifest entry
    python3 Scripts/compile-addenda.py --check    # rebuild in memory, compare with CodeSets/; exit 1 on a mismatch

Python 3.11 standard library only.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from codesets_module import compile_index_file, write_or_check  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = REPO.parent / "shared" / "codesets" / "icd10cm-2027" / "icd10cm_codes_addenda_2027.txt"
DEST = "icd10cm/2027"
MEMBER = "icd10cm-addenda-2027.tsv"
SYSTEM = "icd10cm-addenda"
VERSION = "2027"
SOURCE_SHA256 = "0b142e3e7eb7f5dc3dd42e4793c8387d58ab89ea7157c41d18061fcc2ca8bc67"
KINDS = ["Revise from:", "Revise to:", "Add:", "Delete:"]
CODE = re.compile(r"^[A-Z][A-Z0-9]{2,6}$")

NOTES = (
    "The ICD-10-CM FY2027 code addenda (CMS/CDC icd10cm_codes_addenda_2027.txt, public domain; effective 1 October "
    "2026): 190 codes added, 30 deleted, 4 retitled, with the order file's code counts before and after (74,719 -> "
    "74,879). Compiled by Scripts/compile-addenda.py into a TSV (Change, Code, Title), every line validated. The "
    "engine derives the ICD-10-CM FY2027 Tabular List from the shipped FY2026 one and these changes (added codes in "
    "their place in the hierarchy, a code that gains children kept as a heading with its title, notes and "
    "7th-character definitions inherited from the codes above); an imported official FY2027 tabular XML replaces "
    "the derived list.")


class CompileError(Exception):
    pass


def compile_text(raw: bytes, name: str) -> tuple[bytes, dict]:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    rows: list[tuple[str, str, str]] = []
    seen: dict[str, int] = {}
    pending: tuple[str, int] | None = None
    footer = False
    totals: list[tuple[int, str]] = []
    stated: dict[str, int] = {}
    counts = {"Add": 0, "Delete": 0, "Revise": 0}
    for number, line in enumerate(text.replace("\r\n", "\n").split("\n"), start=1):
        line = line.rstrip()
        if not line.strip():
            continue
        where = f"{name}:{number}"
        if not footer and line == "Codes":
            footer = True
            continue
        if footer:
            parts = line.strip().split(" ", 1)
            if len(parts) != 2 or not parts[0].isdigit():
                raise CompileError(f"{where}: {line!r} is not a count of the summary")
            n, what = int(parts[0]), parts[1]
            if what.startswith("codes in "):
                totals.append((n, what[len("codes in "):]))
            elif what in ("additions", "deletions", "revisions"):
                stated[what] = n
            else:
                raise CompileError(f"{where}: {line!r} is not a count of the summary")
            continue
        kind = next((k for k in KINDS if line.startswith(k)), None)
        if kind is None:
            raise CompileError(f"{where}: {line[:20]!r} is not an addenda line (Add:, Delete:, Revise from:, Revise to:)")
        fields = line[len(kind):].split(None, 1)
        if not fields:
            raise CompileError(f"{where}: {kind} without a code")
        code = fields[0].upper()
        if not CODE.match(code):
            raise CompileError(f"{where}: {fields[0]!r} is not an ICD-10-CM code written without its dot")
        title = " ".join(fields[1].split()) if len(fields) > 1 else ""
        if not title:
            raise CompileError(f"{where}: {kind} {code} has no title")
        if pending and kind != "Revise to:":
            raise CompileError(f"{name}:{pending[1]}: Revise from: {pending[0]} is not followed by its Revise to: line")
        if kind in ("Add:", "Delete:"):
            if code in seen:
                raise CompileError(f"{where}: {code} is added or deleted again (line {seen[code]})")
            seen[code] = number
            counts[kind[:-1]] += 1
        elif kind == "Revise from:":
            pending = (code, number)
        else:
            if not pending or pending[0] != code:
                raise CompileError(f"{where}: Revise to: {code} without its Revise from: line")
            pending = None
            counts["Revise"] += 1
        rows.append((kind[:-1], code, title))
    if pending:
        raise CompileError(f"{name}:{pending[1]}: Revise from: {pending[0]} is not followed by its Revise to: line")
    for what, found in (("additions", counts["Add"]), ("deletions", counts["Delete"]), ("revisions", counts["Revise"])):
        if what in stated and stated[what] != found:
            raise CompileError(f"{name}: the summary says {stated[what]} {what}, the file has {found}")
    if len(totals) != 2 or totals[1][0] - totals[0][0] != counts["Add"] - counts["Delete"]:
        raise CompileError(f"{name}: the summary's two code counts are missing or do not match the changes")
    if not rows:
        raise CompileError(f"{name}: no changes")
    out = ["Change\tCode\tTitle"]
    out += [f"{kind}\t{code}\t{title}" for kind, code, title in rows]
    out.append(f"Codes before\t{totals[0][0]}\t{totals[0][1]}")
    out.append(f"Codes after\t{totals[1][0]}\t{totals[1][1]}")
    return ("\n".join(out) + "\n").encode("utf-8"), {
        "rows": len(rows), "added": counts["Add"], "deleted": counts["Delete"], "revised": counts["Revise"],
        "before": totals[0][0], "after": totals[1][0]}


def build(source: Path) -> tuple[dict, bytes]:
    return compile_index_file(
        source, sha256=SOURCE_SHA256, compile_fn=compile_text, error=CompileError, member=MEMBER, system=SYSTEM,
        version=VERSION, dest=DEST, package="CMS/CDC ICD-10-CM FY2027 code addenda (text)",
        source_file="shared/codesets/icd10cm-2027/icd10cm_codes_addenda_2027.txt", generator="Scripts/compile-addenda.py",
        notes=NOTES, count_fields=lambda c: {
            "rows": c["rows"], "added": c["added"], "deleted": c["deleted"], "revised": c["revised"],
            "codesBefore": c["before"], "codesAfter": c["after"]})


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--out", type=Path, default=REPO / "CodeSets")
    parser.add_argument("--check", action="store_true", help="rebuild in memory and compare; write nothing")
    args = parser.parse_args()
    try:
        entry, archive = build(args.source)
    except CompileError as error:
        print(f"compile-addenda: {error}", file=sys.stderr)
        return 1
    return write_or_check("compile-addenda", entry, archive, args.out, args.check)


if __name__ == "__main__":
    sys.exit(main())
