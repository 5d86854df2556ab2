#!/usr/bin/env python3
"""Show which ICD-10-PCS fiscal year a shipped code list belongs to.

Compares the codes of a code,title CSV (plain or inside a ZIP) with the codes
generated from official CMS ICD-10-PCS tables XML files (each pcsRow expands
to the Cartesian product of its axis labels), and counts New Technology
(section X) codes by their 7th character, which is the year group in which the
code was introduced (1 = FY2016 ... 9 = FY2024, A = FY2025, B = FY2026).

    python3 Scripts/pcs-code-set-year.py CodeSets/icd10pcs/2024/icd_10_pcs.csv.zip \\
        /path/to/icd10pcs_tables_2023.xml /path/to/icd10pcs_tables_2026.xml

The official XML files are read where they are; nothing is copied.
Python 3.11 standard library only.
"""
from __future__ import annotations

import argparse
import csv
import io
import itertools
import re
import sys
import xml.etree.ElementTree as ET
import zipfile
from collections import Counter
from pathlib import Path


def read_list(path: Path) -> set[str]:
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as zf:
            text = zf.read(zf.namelist()[0]).decode("utf-8")
    else:
        text = path.read_text(encoding="utf-8")
    return {row[0].strip().upper() for row in csv.reader(io.StringIO(text)) if row}


def expand_tables(path: Path) -> tuple[str, set[str]]:
    root = ET.parse(path).getroot()
    version = (root.findtext("version") or path.stem).strip()
    codes: set[str] = set()
    for table in root.iter("pcsTable"):
        head = "".join(label.get("code") for axis in table.findall("axis")
                       for label in axis.findall("label"))
        for row in table.findall("pcsRow"):
            axes = [[label.get("code") for label in axis.findall("label")]
                    for axis in row.findall("axis")]
            for tail in itertools.product(*axes):
                codes.add(head + "".join(tail))
    return version, codes


def new_tech_groups(codes: set[str]) -> str:
    counts = Counter(c[6] for c in codes if c.startswith("X"))
    return " ".join(f"{g}:{n}" for g, n in sorted(counts.items())) or "-"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("codes", type=Path, help="code,title CSV or a ZIP holding one")
    ap.add_argument("tables", type=Path, nargs="+", help="official icd10pcs_tables_YYYY.xml")
    args = ap.parse_args()

    mine = read_list(args.codes)
    bad = [c for c in mine if not re.fullmatch(r"[0-9A-HJ-NP-Z]{7}", c)]
    print(f"list: {len(mine)} codes ({len(bad)} malformed); "
          f"New Technology groups {new_tech_groups(mine)}")
    releases = sorted(expand_tables(p) for p in args.tables)
    for version, codes in releases:
        print(f"FY{version}: {len(codes)} codes; New Technology groups "
              f"{new_tech_groups(codes)}; list adds {len(mine - codes)}, "
              f"lacks {len(codes - mine)}")
    for (v1, c1), (v2, c2) in zip(releases, releases[1:]):
        added, deleted = c2 - c1, c1 - c2
        print(f"FY{v1} -> FY{v2}: {len(added)} added, {len(deleted)} deleted; "
              f"list has {len(added & mine)} of the added, still has "
              f"{len(deleted & mine)} of the deleted; "
              f"list codes in neither: {len(mine - c1 - c2)}")
        later = added - mine
        print(f"  added codes missing from the list: New Technology groups "
              f"{new_tech_groups(later)}, other sections {sum(1 for c in later if c[0] != 'X')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
