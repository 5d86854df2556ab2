#!/usr/bin/env python3
"""Write lookup pairs (Alphabetic Index path -> code) drawn from an ICD-10-CM index: the official XML or the CSV.

The pairs are generated from the CDC release at test time and written outside the repository (they are derived from
the official files, which this repository never copies). Example:

    python3 Evaluation/make-index-pairs.py ../shared/codesets/icd10cm-2025/icd-10-cm-eindex-2025.xml \
        --out /tmp/eindex-pairs.tsv --count 400 --seed 7
    .build/release/coder eval lookup --pairs /tmp/eindex-pairs.tsv

Each pair is the path of titles from the main term down to a term that carries a code, joined by " > ", with the
nonessential modifiers left out, and the code as the index writes it (often without its 7th character).

The flattened Index to Diseases and Injuries (`ICD10CM_2025_Index.csv`, columns Level, Term, ..., Code) is read the
same way. With --codes (a code list such as CodeSets/icd10cm/2026/code-list-April-2026.txt.zip, one code per line
without dots), each code is carried to that release as the engine carries it: a code that has become a heading is
written with the index's '-' (any code below it counts); a code the list lacks entirely is left out of the draw.
"""
import argparse
import csv
import io
import random
import sys
import xml.etree.ElementTree as ET
import zipfile


def title(element):
    node = element.find("title")
    if node is None:
        return None
    text = "".join(node.itertext())
    modifier = node.find("nemod")
    if modifier is not None:
        text = text.replace("".join(modifier.itertext()), "")
    return " ".join(text.split()).strip(" ,")


def walk(element, path, pairs):
    for child in element:
        if child.tag not in ("mainTerm", "term"):
            continue
        name = title(child)
        if not name:
            continue
        here = path + [name]
        code = child.find("code")
        if code is not None and code.text and code.text.strip():
            pairs.append((" > ".join(here), code.text.strip()))
        walk(child, here, pairs)


def walk_csv(path, pairs):
    """The coded rows of the flattened index, each with the path of terms above it."""
    with open(path, encoding="utf-8-sig", newline="") as handle:
        open_path = []
        for row in csv.DictReader(handle):
            level = int(row["Level"])
            term = " ".join(row["Term"].split())
            del open_path[level:]
            open_path.append(term)
            code = row["Code"].strip()
            if code and all(open_path):
                pairs.append((" > ".join(open_path), code))


def read_codes(path):
    """Every code of a code list (a .txt, or a .zip holding one), without dots, upper case."""
    if path.endswith(".zip"):
        with zipfile.ZipFile(path) as archive:
            text = archive.read(archive.namelist()[0]).decode("utf-8")
    else:
        text = open(path, encoding="utf-8").read()
    return {line.strip().upper() for line in text.splitlines() if line.strip()}


def headings(codes):
    """The codes with a subcode of their own below them (not only codes that add a 7th character)."""
    parents = set()
    for c in codes:
        if 3 < len(c) and not (len(c) == 7 and c[:6] in codes and c[:6] + "X" not in codes and c[-1] in "ABCDGHJKMNPQRS"):
            parents.add(c[:-1])
    return parents


def carry(code, codes, parents):
    """The code as it stands in the release of `codes`: as written, completed with '-', or None when gone."""
    bare = code.replace(".", "").rstrip("-").upper()
    if bare not in codes:
        return None
    if code.endswith("-") or bare not in parents:
        return code
    return code + "-"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("index_xml")
    parser.add_argument("--out", required=True)
    parser.add_argument("--count", type=int, default=400)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--codes", help="carry each code to this code list (see above)")
    parser.add_argument("--exclude", action="append", default=[],
                        help="a pairs file whose queries are left out of the draw (repeatable)")
    args = parser.parse_args()
    pairs = []
    try:
        if args.index_xml.lower().endswith(".csv"):
            walk_csv(args.index_xml, pairs)
        else:
            root = ET.parse(args.index_xml).getroot()
            for letter in root.iter("letter"):
                walk(letter, [], pairs)
    except (OSError, ET.ParseError, KeyError, ValueError) as error:
        print(f"{args.index_xml}: {error}", file=sys.stderr)
        return 1
    excluded = set()
    for path in args.exclude:
        with open(path, encoding="utf-8") as handle:
            excluded |= {line.split("\t")[0].lower() for line in handle}
    pairs = [p for p in pairs if p[0].lower() not in excluded]
    if args.codes:
        codes = read_codes(args.codes)
        parents = headings(codes)
        carried = [(q, carry(c, codes, parents)) for q, c in pairs]
        pairs = [(q, c) for q, c in carried if c]
    random.Random(args.seed).shuffle(pairs)
    with open(args.out, "w", encoding="utf-8") as out:
        out.write("query\tcode\n")
        for query, code in pairs[: args.count]:
            out.write(f"{query}\t{code}\n")
    print(f"{min(args.count, len(pairs))} of {len(pairs)} coded index terms written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
