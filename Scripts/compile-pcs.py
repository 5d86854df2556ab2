#!/usr/bin/env python3
"""Compile the ICD-10-PCS Tables (FY2026) and the ICD-10-PCS Index (FY2023, the newest reachable) into CodeSets/.

Both are CMS releases in the public domain, read from ../shared/codesets/ (never copied as they are). Building a PCS
code is what a coder does from these two files every day, so they ship by default:

- icd10pcs/2026/icd10pcs-tables-2026.tsv: one line per table and per row, in the order of the XML.
      T <prefix> <pos1 title> <pos1 value>=<label> <pos2 title> <value>=<label> <pos3 title> <value>=<label> <definition>
      R <pos4 title> <values> <pos5 title> <values> <pos6 title> <values> <pos7 title> <values>
  fields separated by tabs; <values> is value=label pairs joined by " | ". The counts the XML states (values on an
  axis, codes on a row) are checked while compiling.
- icd10pcs/index/icd10pcs-index-2023.tsv: one line per main term and subterm, in the order of the XML.
      <level> <title> <codes> <see> <use>
  level 0 is a main term; a subterm's parent is the nearest line above it one level up; <title> is empty for a
  subterm that only holds an alternative cross-reference; <codes> are the table, prefix or code the entry points to
  (in its see or use too), joined by " "; <see> and <use> are the cross-reference texts without their codes.

    python3 Scripts/compile-pcs.py            # (re)write both files and their manifest entries
    python3 Scripts/compile-pcs.py --check    # rebuild in memory and compare; exit 1 on a mismatch

The engine checks every index target against the tables it loads and reports how many no longer exist
(`coder codesets list`). Python 3.11 standard library only.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from codesets_module import extract_codesets  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "codesets"
CODE = re.compile(r"^[0-9A-HJ-NP-Z]{3,7}$")

SOURCES = {
    "tables": {
        "source": SHARED / "icd10pcs-2026" / "icd10pcs_tables_2026.xml",
        "sha256": None,  # filled from the file on first compile, recorded in the manifest
        "system": "icd10pcs-tables", "version": "2026", "dest": "icd10pcs/2026", "member": "icd10pcs-tables-2026.tsv",
        "package": "CMS ICD-10-PCS Tables FY2026 (icd10pcs_tables_2026.xml)",
        "notes": ("The ICD-10-PCS Tables FY2026 (CMS, public domain), compiled by Scripts/compile-pcs.py: every table "
                  "(its three axis values and the root operation's definition) and every row (the values of axes "
                  "4-7), in the order of the XML; the counts the XML states were checked. Every valid code is a "
                  "combination of one row's values. Imported official tables of the same year replace it."),
    },
    "index": {
        "source": SHARED / "icd10pcs-2023" / "icd10pcs_index_2023.xml",
        "sha256": None,
        "system": "icd10pcs-index", "version": "2023", "dest": "icd10pcs/index", "member": "icd10pcs-index-2023.tsv",
        "package": "CMS ICD-10-PCS Index FY2023 (icd10pcs_index_2023.xml)",
        "notes": ("The ICD-10-PCS Index FY2023 (CMS, public domain), the newest reachable here, compiled by "
                  "Scripts/compile-pcs.py: every main term and subterm with the table, prefix or code it points to "
                  "and its see / use cross-reference. The engine reads it beside the FY2026 tables and reports how "
                  "many of its targets those tables no longer hold. An imported official index replaces it."),
    },
}


class CompileError(Exception):
    pass


def clean(text: str | None) -> str:
    return " ".join((text or "").split())


def field(text: str, what: str) -> str:
    if "\t" in text or "\n" in text or " | " in text:
        raise CompileError(f"{what}: {text!r} holds a tab, a line break or ' | '")
    return text


def compile_tables(root: ET.Element) -> tuple[str, dict]:
    lines = []
    tables = rows = codes = 0
    for table in root.iter("pcsTable"):
        axes = table.findall("axis")
        if len(axes) != 3:
            raise CompileError(f"table {tables + 1}: {len(axes)} table axes (expected 3)")
        parts = []
        definition = ""
        for position, axis in enumerate(axes, start=1):
            if int(axis.get("pos", "0")) != position:
                raise CompileError(f"table {tables + 1}: axis pos {axis.get('pos')} where {position} was expected")
            labels = axis.findall("label")
            if len(labels) != 1:
                raise CompileError(f"table {tables + 1}: axis {position} has {len(labels)} values (expected 1)")
            parts += [field(clean(axis.findtext("title")), "title"),
                      f"{labels[0].get('code')}={field(clean(labels[0].text), 'label')}"]
            if axis.find("definition") is not None:
                definition = clean(axis.findtext("definition"))
        prefix = "".join(p.split("=")[0] for p in parts[1::2])
        lines.append("\t".join(["T", prefix, *parts, field(definition, "definition")]))
        tables += 1
        for row in table.findall("pcsRow"):
            row_axes = row.findall("axis")
            if [int(a.get("pos", "0")) for a in row_axes] != [4, 5, 6, 7]:
                raise CompileError(f"table {prefix}: a row's axes are not positions 4-7")
            out = ["R"]
            count = 1
            for axis in row_axes:
                labels = axis.findall("label")
                stated = axis.get("values")
                if stated is not None and int(stated) != len(labels):
                    raise CompileError(f"table {prefix}: axis {axis.get('pos')} states {stated} values, lists {len(labels)}")
                count *= len(labels)
                out += [field(clean(axis.findtext("title")), "title"),
                        " | ".join(f"{l.get('code')}={field(clean(l.text), 'label')}" for l in labels)]
            stated = row.get("codes")
            if stated is not None and int(stated) != count:
                raise CompileError(f"table {prefix}: a row states {stated} codes, its axes form {count}")
            lines.append("\t".join(out))
            rows += 1
            codes += count
    if tables == 0:
        raise CompileError("no tables")
    return "\n".join(lines) + "\n", {"tables": tables, "rows": rows, "codes": codes}


def own_codes(element: ET.Element) -> list[str]:
    """The codes written in the element and its see/use, not in its subterms."""
    found = []
    for child in element:
        if child.tag in ("tab", "codes", "code"):
            found.append(clean(child.text).upper())
        elif child.tag in ("see", "use"):
            found += [clean(c.text).upper() for c in child if c.tag in ("tab", "codes", "code")]
    for code in found:
        if not CODE.match(code):
            raise CompileError(f"{clean(element.findtext('title'))!r}: {code!r} is not 3 to 7 ICD-10-PCS characters")
    return found


def reference(element: ET.Element, tag: str) -> str:
    node = element.find(tag)
    return field(clean(node.text), tag) if node is not None else ""


def compile_index(root: ET.Element) -> tuple[str, dict]:
    lines = []
    counts = {"entries": 0, "mainTerms": 0}

    def walk(element: ET.Element, level: int) -> None:
        title = field(clean(element.findtext("title")), "title")
        if level == 0 and not title:
            raise CompileError(f"main term {counts['mainTerms'] + 1} without a title")
        lines.append("\t".join([str(level), title, " ".join(own_codes(element)), reference(element, "see"),
                                reference(element, "use")]))
        counts["entries"] += 1
        for term in element.findall("term"):
            walk(term, level + 1)

    for main in root.iter("mainTerm"):
        counts["mainTerms"] += 1
        walk(main, 0)
    if not lines:
        raise CompileError("no main terms")
    return "\n".join(lines) + "\n", counts


def build(kind: str) -> tuple[dict, bytes]:
    cs = extract_codesets()
    spec = SOURCES[kind]
    try:
        raw = spec["source"].read_bytes()
        root = ET.fromstring(raw)
    except OSError as error:
        raise CompileError(f"{spec['source']}: cannot be read ({error.strerror}); is ../shared beside the repository?")
    except ET.ParseError as error:
        raise CompileError(f"{spec['source']}: malformed XML ({error})")
    try:
        text, counts = compile_tables(root) if kind == "tables" else compile_index(root)
    except CompileError as error:
        raise CompileError(f"{spec['source'].name}: {error}")
    data = text.encode("utf-8")
    archive = cs.make_zip(spec["member"], data)
    entry = {
        "system": spec["system"], "version": spec["version"],
        "path": f"{spec['dest']}/{spec['member']}.zip", "member": spec["member"],
        "sourcePackage": spec["package"], "sourceVersion": spec["version"],
        "sourceFile": f"shared/codesets/{spec['source'].parent.name}/{spec['source'].name}",
        "generator": "Scripts/compile-pcs.py",
        "sourceFileSHA256": hashlib.sha256(raw).hexdigest(),
        "sha256": hashlib.sha256(data).hexdigest(), "zipSHA256": hashlib.sha256(archive).hexdigest(),
        "bytes": len(data), "zipBytes": len(archive), **counts,
        "licence": "Public domain",
        "dataLicence": "Public domain: ICD-10-PCS is a U.S. Government work (CMS); compiled, see notes",
        "notes": spec["notes"],
    }
    return entry, archive


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=REPO / "CodeSets")
    parser.add_argument("--check", action="store_true", help="rebuild in memory and compare; write nothing")
    args = parser.parse_args()
    manifest_path = args.out / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    failed = False
    for kind in ("tables", "index"):
        try:
            entry, archive = build(kind)
        except CompileError as error:
            print(f"compile-pcs: {error}", file=sys.stderr)
            return 1
        target = args.out / entry["path"]
        if args.check:
            recorded = next((e for e in manifest if e.get("path") == entry["path"]), None)
            if recorded != entry or not target.exists() or target.read_bytes() != archive:
                print(f"compile-pcs: check failed: {entry['path']} differs from a fresh build", file=sys.stderr)
                failed = True
            else:
                print(f"compile-pcs: OK, {entry['path']} matches")
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(archive)
        manifest = [e for e in manifest if e.get("path") != entry["path"]] + [entry]
        counts = ", ".join(f"{k} {entry[k]}" for k in ("tables", "rows", "codes", "entries", "mainTerms") if k in entry)
        print(f"compile-pcs: {entry['path']}: {counts}, {entry['zipBytes']} bytes")
    if not args.check:
        manifest_path.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
