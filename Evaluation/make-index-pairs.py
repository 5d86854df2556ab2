#!/usr/bin/env python3
"""Write lookup pairs (Alphabetic Index path -> code) drawn from an official ICD-10-CM index XML file.

The pairs are generated from the CDC release at test time and written outside the repository (they are derived from
the official files, which this repository never copies). Example:

    python3 Evaluation/make-index-pairs.py ../shared/codesets/icd10cm-2025/icd-10-cm-eindex-2025.xml \
        --out /tmp/eindex-pairs.tsv --count 400 --seed 7
    .build/release/coder eval lookup --pairs /tmp/eindex-pairs.tsv

Each pair is the path of titles from the main term down to a term that carries a code, joined by " > ", with the
nonessential modifiers left out, and the code as the index writes it (often without its 7th character).
"""
import argparse
import random
import sys
import xml.etree.ElementTree as ET


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


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("index_xml")
    parser.add_argument("--out", required=True)
    parser.add_argument("--count", type=int, default=400)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    try:
        root = ET.parse(args.index_xml).getroot()
    except (OSError, ET.ParseError) as error:
        print(f"{args.index_xml}: {error}", file=sys.stderr)
        return 1
    pairs = []
    for letter in root.iter("letter"):
        walk(letter, [], pairs)
    random.Random(args.seed).shuffle(pairs)
    with open(args.out, "w", encoding="utf-8") as out:
        out.write("query\tcode\n")
        for query, code in pairs[: args.count]:
            out.write(f"{query}\t{code}\n")
    print(f"{min(args.count, len(pairs))} of {len(pairs)} coded index terms written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
