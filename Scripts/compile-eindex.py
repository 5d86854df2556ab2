#!/usr/bin/env python3
"""Compile the ICD-10-CM External Cause of Injuries Index into CodeSets/, from ../shared.

The source is the CDC's FY2025 External Cause of Injuries Index (public domain), the official XML:
../shared/codesets/icd10cm-2025/icd-10-cm-eindex-2025.xml (ICD10CM.index › letter › mainTerm › term, each with its
title, nonessential modifiers <nemod>, <code>, <see>, <seeAlso>). The compiled file has the columns of the compiled
Index to Diseases and Injuries (Scripts/compile-index.py), which the engine reads with the same reader:

    Level,Term,NonEssModif,See,SeeAlso,Code

one row per main term and subterm in the printed order (a mainTerm is level 0, a term its `level` attribute); the
title's words outside the nonessential modifiers are the Term (`Abandonment NEC`), the modifiers in parentheses the
NonEssModif; white space made one space. Every row is validated: the level never skips one, a row has a term or a
modifier, a code looks like an ICD-10-CM code (`W10.9`, `Y92.01-`). `<subcat>` and `<seecat>` references (11 and 3
in FY2025) are kept in See as `see subcategory …`. The output is a single-member ZIP with the fixed metadata of
Scripts/extract-codesets.py, so a rerun gives the same bytes, and an entry in CodeSets/manifest.json.

    python3 Scripts/compile-eindex.py            # (re)write CodeSets/icd10cm/index/ and its manifest entry
    python3 Scripts/compile-eindex.py --check    # rebuild in memory, compare with CodeSets/; exit 1 on a mismatch

Python 3.11 standard library only.
"""
from __future__ import annotations

import argparse
import csv
import io
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from codesets_module import compile_index_file, write_or_check  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = REPO.parent / "shared" / "codesets" / "icd10cm-2025" / "icd-10-cm-eindex-2025.xml"
DEST = "icd10cm/index"
MEMBER = "icd10cm-eindex-2025.csv"
SYSTEM = "icd10cm-eindex"
VERSION = "2025"
SOURCE_SHA256 = "41fa87021d75527d740e120171efe84d995a852d9fd2b76524f483489b59cd23"
COLUMNS = ["Level", "Term", "NonEssModif", "See", "SeeAlso", "Code"]
CODE = re.compile(r"^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{0,4})?-?$")

NOTES = (
    "The ICD-10-CM External Cause of Injuries Index, FY2025 (CDC/NCHS, public domain), compiled by "
    "Scripts/compile-eindex.py from the official XML icd-10-cm-eindex-2025.xml into the columns of the compiled "
    "Index to Diseases and Injuries: Level, Term, NonEssModif, See, SeeAlso, Code; the title's words outside the "
    "nonessential modifiers are the term, white space normalised. The engine reads it to code how an injury "
    "happened and where (I.C.20), and carries every code to the Tabular List it loads.")


class CompileError(Exception):
    pass


def clean(text: str) -> str:
    return " ".join(text.split())


def title_parts(element: ET.Element, where: str) -> tuple[str, str]:
    """The term (words outside the nonessential modifiers) and the modifiers of an element's <title>."""
    title = element.find("title")
    if title is None:
        raise CompileError(f"{where}: no <title>")
    words = [title.text or ""]
    modifiers = []
    for child in title:
        if child.tag != "nemod":
            raise CompileError(f"{where}: <{child.tag}> inside a <title> (expected only <nemod>)")
        modifiers.append("".join(child.itertext()))
        words.append(child.tail or "")
    return clean(" ".join(words)), clean(" ".join(modifiers))


def text_of(element: ET.Element, tag: str) -> str:
    found = element.find(tag)
    return clean("".join(found.itertext())) if found is not None else ""


def compile_xml(raw: bytes, name: str) -> tuple[bytes, dict]:
    """The compiled CSV's bytes and counts; CompileError names the element of the first fault."""
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as error:
        raise CompileError(f"{name}: not well-formed XML ({error})")
    if root.tag != "ICD10CM.index":
        raise CompileError(f"{name}: root <{root.tag}>, expected <ICD10CM.index>")
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    counts = {"rows": 0, "mainTerms": 0, "coded": 0}

    def emit(element: ET.Element, level: int, where: str) -> None:
        term, modifier = title_parts(element, where)
        if not term and not modifier:
            raise CompileError(f"{where}: empty title")
        code = text_of(element, "code")
        if code and not CODE.match(code):
            raise CompileError(f"{where}: code {code!r} is not an ICD-10-CM code")
        see = text_of(element, "see")
        for tag, words in (("subcat", "see subcategory"), ("seecat", "see category")):
            if not see and element.find(tag) is not None:
                see = f"{words} {text_of(element, tag)}"
        writer.writerow([level, term, modifier, see, text_of(element, "seeAlso"), code])
        counts["rows"] += 1
        counts["coded"] += bool(code)
        for child in element.findall("term"):
            child_level = int(child.get("level", "0") or 0)
            if child_level != level + 1:
                raise CompileError(f"{where} › {text_of(child, 'title')!r}: level {child_level} under level {level}")
            emit(child, child_level, f"{where} › {title_parts(child, where)[0]}")

    for letter in root.findall("letter"):
        for main in letter.findall("mainTerm"):
            counts["mainTerms"] += 1
            emit(main, 0, f"{name}: mainTerm {title_parts(main, name)[0]!r}")
    if counts["rows"] == 0:
        raise CompileError(f"{name}: no main terms")
    return out.getvalue().encode("utf-8"), counts


def build(source: Path) -> tuple[dict, bytes]:
    return compile_index_file(
        source, sha256=SOURCE_SHA256, compile_fn=compile_xml, error=CompileError, member=MEMBER, system=SYSTEM,
        version=VERSION, dest=DEST, package="CDC ICD-10-CM External Cause of Injuries Index (XML)",
        source_file="shared/codesets/icd10cm-2025/icd-10-cm-eindex-2025.xml", generator="Scripts/compile-eindex.py", notes=NOTES)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--out", type=Path, default=REPO / "CodeSets")
    parser.add_argument("--check", action="store_true", help="rebuild in memory and compare; write nothing")
    args = parser.parse_args()
    try:
        entry, archive = build(args.source)
    except CompileError as error:
        print(f"compile-eindex: {error}", file=sys.stderr)
        return 1
    return write_or_check("compile-eindex", entry, archive, args.out, args.check)

if __name__ == "__main__":
    sys.exit(main())
