#!/usr/bin/env python3
"""Compare MS-DRG grouping speed across engines on one file of claims.

Engines:
  coder         this project's Swift grouper, run as
                `<coder> bench group --cases FILE --repeat N`; its last stdout line
                `bench group n=.. repeats=.. median_claims_per_s=.. .. load_s=..` is parsed.
                Claims are decoded and packed before its clock starts; it groups on one thread and
                computes the DRG, MDC, return code, initial and final DRG and HACs (no explanation).
  msdrg         PyPI msdrg 1.2.0 (a Zig library behind ctypes), its Python API:
                `MsdrgGrouper.group(claim_dict)` per claim (validation, JSON encoding, the native call,
                JSON decoding of the full result). msdrg has no batch API.
  msdrg-native  the same library, its one native entry point called directly through ctypes:
                `msdrg_group_json(ctx, bytes)` with every claim's JSON encoded beforehand and the
                result string freed without being decoded: the closest to msdrg's native speed that
                its Python package exposes.
  drgpy         PyPI drgpy 0.2.1 (pure Python), `DRGEngine(version).get_drg(dx, pr, ...)` per claim.
                It holds versions 36.0-43.1 but not 40.1 or 44.0, so it gets the claims of the versions it
                holds, at most --drgpy-limit of them (taken evenly across versions); coder is timed again on
                exactly that subset for the coder/drgpy ratio.

Claims: a JSON array of claims as written by Evaluation/grouper/make-cases.py (or a .zip holding
one), by default Benchmarks/data/grouper-claims.zip (4,500 claims, 500 per version 40.0-44.0).

Timing: each Python engine groups the whole set once untimed (warm-up; its answers are the ones
compared), then --reps timed passes with time.perf_counter_ns around the loop; claims/s is the
median over passes. coder reports its own median over --reps passes in-process, each pass grouping
the set over and over up to 200,000 claims. Table loading is timed separately (coder:
MSDRGGrouper.load, median of 3; msdrg: MsdrgGrouper() and one claim of each version, as msdrg reads
a version's tables on first use; drgpy: DRGEngine per version, summed over the versions used).

Agreement: msdrg's final DRG is the reference; coder's answers are checked by
`coder eval group` on the same claims labelled with msdrg's answers, drgpy's are compared here.

Python 3.11 standard library, plus msdrg==1.2.0 and drgpy==0.2.1
(pip install -r Benchmarks/compare/requirements.txt).
"""
from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent
DEFAULT_CLAIMS = REPO / "Benchmarks" / "data" / "grouper-claims.zip"
DEFAULT_CODER = Path(".build/release/coder")
ENGINES = ("coder", "msdrg", "msdrg-native", "drgpy")
SEX_CODE = {"M": 0, "F": 1, "U": 2}
BENCH_LINE = re.compile(r"^bench group(\s+[A-Za-z0-9_]+=\S+)+\s*$")
EVAL_LINE = re.compile(r"^group(\s+[A-Za-z0-9_]+=\S+)+\s*$")


# ---------------------------------------------------------------- claims

def load_claims(path: Path) -> list[dict]:
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as z:
            names = [n for n in z.namelist() if n.endswith(".json")]
            if len(names) != 1:
                raise ValueError(f"{path}: expected one .json member, found {names}")
            return json.loads(z.read(names[0]))
    return json.loads(path.read_text(encoding="utf-8"))


def plain(code: str) -> str:
    return code.replace(".", "").strip().upper()


def version_number(claim: dict) -> int:
    major, _, minor = claim["grouperVersion"].partition(".")
    return int(major) * 10 + int(minor or 0)


def to_msdrg(claim: dict) -> dict:
    def dx(d):
        return {"code": plain(d["code"]), "poa": d["poa"]} if d.get("poa") else {"code": plain(d["code"])}
    diagnoses = claim["diagnoses"]
    return {
        "version": version_number(claim),
        "age": claim.get("age", 0),
        "sex": SEX_CODE[(claim.get("sex") or "U").upper()[0]],
        "discharge_status": int(claim.get("dischargeStatus") or 1),
        "pdx": dx(diagnoses[0]),
        "sdx": [dx(d) for d in diagnoses[1:]],
        "procedures": [{"code": plain(p["code"])} for p in claim.get("procedures", [])],
        "hospital_status": "EXEMPT" if claim.get("poaExempt") else "NOT_EXEMPT",
    }


def drgpy_version_name(number: int) -> str:
    return f"v{number // 10}" + (f".{number % 10}" if number % 10 else "")


def to_drgpy(claim: dict) -> tuple:
    diagnoses = claim["diagnoses"]
    sex = (claim.get("sex") or "U").upper()[0]
    status = int(claim.get("dischargeStatus") or 1)
    return (
        [plain(d["code"]) for d in diagnoses],
        [plain(p["code"]) for p in claim.get("procedures", [])],
        "M" if sex == "M" else "F",  # drgpy knows only F and M: an unknown sex is sent as F
        status != 20,
        [(d.get("poa") or "Y") for d in diagnoses],
        f"{status:02d}",
    )


def write_json(claims: list[dict], directory: Path, name: str) -> Path:
    path = directory / name
    path.write_text("[\n" + ",\n".join(json.dumps(c) for c in claims) + "\n]\n", encoding="utf-8")
    return path


def median(values):
    return statistics.median(values) if values else None


# ---------------------------------------------------------------- coder

def resolve_coder(path: Path) -> Path:
    if path.is_absolute() or path.exists():
        return path
    return REPO / path


def parse_fields(line: str) -> dict:
    return dict(item.split("=", 1) for item in line.split() if "=" in item)


def run_coder_bench(coder: Path, cases: Path, reps: int, timeout: float) -> dict:
    if not coder.exists():
        raise FileNotFoundError(f"coder binary not found at {coder} (swift build -c release?)")
    cmd = [str(coder), "bench", "group", "--cases", str(cases), "--repeat", str(reps), "--loads", "3"]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed: {proc.stderr.strip()[:500]}")
    lines = [ln.strip() for ln in proc.stdout.splitlines() if ln.strip()]
    if not lines or not BENCH_LINE.match(lines[-1]):
        raise ValueError(f"unexpected last line from coder bench group: {lines[-1] if lines else '(none)'!r}")
    f = parse_fields(lines[-1])
    return {"n": int(f["n"]), "claims_per_s": float(f["median_claims_per_s"]),
            "min_claims_per_s": float(f["min_claims_per_s"]), "max_claims_per_s": float(f["max_claims_per_s"]),
            "load_s": float(f["load_s"]) if f.get("load_s", "-") != "-" else None}


def run_coder_agreement(coder: Path, cases: Path, timeout: float) -> dict:
    cmd = [str(coder), "eval", "group", "--cases", str(cases)]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed: {proc.stderr.strip()[:500]}")
    lines = [ln.strip() for ln in proc.stdout.splitlines() if ln.strip()]
    if not lines or not EVAL_LINE.match(lines[-1]):
        raise ValueError(f"unexpected last line from coder eval group: {lines[-1] if lines else '(none)'!r}")
    f = parse_fields(lines[-1])
    disagreements = [ln for ln in lines if ln.startswith("disagree:") or ln.startswith("unreadable:")]
    return {"n": int(f["n"]), "agree": int(f["agree"]), "disagreements": disagreements}


# ---------------------------------------------------------------- Python engines

def time_passes(run_once, reps: int) -> list[float]:
    """Seconds per pass over the whole set, for `reps` passes."""
    out = []
    for _ in range(reps):
        t0 = time.perf_counter_ns()
        run_once()
        out.append((time.perf_counter_ns() - t0) / 1e9)
    return out


def run_msdrg(claims: list[dict], reps: int, native: bool) -> dict:
    import msdrg

    inputs = [to_msdrg(c) for c in claims]
    # msdrg reads a version's tables on its first claim of that version: load time is the context's creation
    # plus one claim of each version.
    first = {}
    for d in inputs:
        first.setdefault(d["version"], d)
    t0 = time.perf_counter_ns()
    grouper = msdrg.MsdrgGrouper()
    for d in first.values():
        try:
            grouper.group(d)
        except Exception:  # noqa: BLE001
            pass
    init_s = (time.perf_counter_ns() - t0) / 1e9
    try:
        answers = []
        for d in inputs:  # warm-up pass: loads every version, and gives the reference answers
            try:
                answers.append(grouper.group(d).get("final_drg"))
            except Exception:  # noqa: BLE001 - a claim msdrg rejects has no answer
                answers.append(None)
        if native:
            lib = grouper.lib
            ctx = grouper.ctx
            fn = lib.msdrg_group_json
            free = lib.msdrg_string_free
            payloads = [json.dumps(d).encode("utf-8") for d in inputs]

            def once():
                for p in payloads:
                    ptr = fn(ctx, p)
                    if ptr:
                        free(ptr)
        else:
            group = grouper.group

            def once():
                for d in inputs:
                    try:
                        group(d)
                    except Exception:  # noqa: BLE001
                        pass
        passes = time_passes(once, reps)
    finally:
        grouper.close()
    return {"n": len(claims), "passes_s": passes, "claims_per_s": len(claims) / median(passes),
            "load_s": init_s, "answers": answers}


def run_drgpy(claims: list[dict], reps: int) -> dict:
    from drgpy.msdrg import DRGEngine

    engines = {}
    load = 0.0
    for number in sorted({version_number(c) for c in claims}):
        t0 = time.perf_counter_ns()
        engines[number] = DRGEngine(version=drgpy_version_name(number))
        load += (time.perf_counter_ns() - t0) / 1e9
    inputs = [(engines[version_number(c)], to_drgpy(c)) for c in claims]
    answers = []
    errors = 0
    for engine, args in inputs:
        try:
            answers.append(int(engine.get_drg(*args)))
        except Exception:  # noqa: BLE001 - drgpy raises on codes it does not hold
            answers.append(None)
            errors += 1

    def once():
        for engine, args in inputs:
            try:
                engine.get_drg(*args)
            except Exception:  # noqa: BLE001
                pass

    passes = time_passes(once, reps)
    return {"n": len(claims), "passes_s": passes, "claims_per_s": len(claims) / median(passes), "load_s": load,
            "answers": answers, "errors": errors}


def drgpy_versions() -> set[int]:
    from drgpy._versions import SUPPORTED_VERSIONS

    return {v.major * 10 + v.minor for v in SUPPORTED_VERSIONS}


def spread(claims: list[dict], limit: int) -> list[dict]:
    """At most `limit` claims, taken evenly across versions in file order."""
    by_version: dict[int, list[dict]] = {}
    for c in claims:
        by_version.setdefault(version_number(c), []).append(c)
    per = max(1, limit // max(1, len(by_version)))
    out = []
    for v in sorted(by_version):
        out += by_version[v][:per]
    return out[:limit]


# ---------------------------------------------------------------- report

def fmt_rate(x):
    return "-" if x is None else f"{x:,.0f}"


def fmt_us(rate):
    return "-" if not rate else f"{1e6 / rate:.2f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=Path, default=DEFAULT_CLAIMS, help="claims (.json, or a .zip holding one)")
    parser.add_argument("--coder", type=Path, default=DEFAULT_CODER)
    parser.add_argument("--engines", default=",".join(ENGINES))
    parser.add_argument("--reps", type=int, default=5, help="timed passes per engine (coder: repeats)")
    parser.add_argument("--drgpy-reps", type=int, default=3)
    parser.add_argument("--drgpy-limit", type=int, default=0, help="at most this many claims for drgpy (0: all)")
    parser.add_argument("--json", type=Path, help="also write every number to this file")
    parser.add_argument("--strict", action="store_true", help="exit 1 when an engine cannot be run")
    parser.add_argument("--timeout", type=float, default=1800.0)
    args = parser.parse_args()

    engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    unknown = [e for e in engines if e not in ENGINES]
    if unknown:
        parser.error(f"--engines: unknown {unknown}; choose from {','.join(ENGINES)}")
    claims = load_claims(args.claims)
    coder = resolve_coder(args.coder)
    print(f"claims: {len(claims)} from {args.claims} "
          f"(versions {', '.join(sorted({c['grouperVersion'] for c in claims}))})")
    results: dict[str, dict] = {}
    failures: dict[str, str] = {}
    notes: list[str] = []

    with tempfile.TemporaryDirectory(prefix="compare-group-") as tmp:
        tmpdir = Path(tmp)
        all_file = write_json(claims, tmpdir, "claims.json")

        reference = None
        for name in ("msdrg", "msdrg-native"):
            if name not in engines and not (name == "msdrg" and ("drgpy" in engines or "coder" in engines)):
                continue
            try:
                r = run_msdrg(claims, args.reps if name in engines else 1, native=(name == "msdrg-native"))
                reference = reference or r["answers"]
                if name in engines:
                    results[name] = r
            except Exception as err:  # noqa: BLE001
                failures[name] = f"{type(err).__name__}: {err}"

        if "coder" in engines:
            try:
                results["coder"] = run_coder_bench(coder, all_file, args.reps, args.timeout)
                if reference is not None:
                    labelled = []
                    for c, drg in zip(claims, reference):
                        if drg is not None:
                            labelled.append(dict(c, expectedDRG=f"{drg:03d}"))
                    agreement = run_coder_agreement(coder, write_json(labelled, tmpdir, "labelled.json"), args.timeout)
                    results["coder"]["agreement"] = agreement
            except Exception as err:  # noqa: BLE001
                failures["coder"] = f"{type(err).__name__}: {err}"

        if "drgpy" in engines:
            try:
                held = drgpy_versions()
                subset_all = [c for c in claims if version_number(c) in held]
                subset = spread(subset_all, args.drgpy_limit) if args.drgpy_limit > 0 else subset_all
                left_out = sorted({c["grouperVersion"] for c in claims if version_number(c) not in held})
                notes.append(f"drgpy: {len(subset)} claims of versions "
                             f"{', '.join(sorted({c['grouperVersion'] for c in subset}))}"
                             + (f" (it does not hold {', '.join(left_out)})" if left_out else ""))
                r = run_drgpy(subset, args.drgpy_reps)
                if reference is not None:
                    index = {id(c): i for i, c in enumerate(claims)}
                    ref = [reference[index[id(c)]] for c in subset]
                    both = [(a, b) for a, b in zip(r["answers"], ref) if b is not None]
                    r["agreement"] = {"n": len(both), "agree": sum(1 for a, b in both if a == b)}
                results["drgpy"] = r
                if "coder" in results:
                    results["coder-drgpy-subset"] = run_coder_bench(
                        coder, write_json(subset, tmpdir, "drgpy-subset.json"), args.reps, args.timeout)
            except Exception as err:  # noqa: BLE001
                failures["drgpy"] = f"{type(err).__name__}: {err}"

    print()
    print("| engine | claims | median claims/s | µs per claim | load s | same final DRG as msdrg |")
    print("|---|---:|---:|---:|---:|---|")
    rows = [("coder", "coder"), ("msdrg", "msdrg (Python API)"), ("msdrg-native", "msdrg-native (ctypes, JSON)"),
            ("drgpy", "drgpy"), ("coder-drgpy-subset", "coder, drgpy's claims")]
    for key, label in rows:
        r = results.get(key)
        if r is None:
            if key in failures:
                print(f"| {label} | - | - | - | - | not run: {failures[key]} |")
            continue
        agreement = r.get("agreement")
        agree = "-" if not agreement else f"{agreement['agree']}/{agreement['n']}"
        if key == "msdrg":
            agree = "(reference)"
        load = "-" if r.get("load_s") is None else f"{r['load_s']:.3f}"
        print(f"| {label} | {r['n']} | {fmt_rate(r['claims_per_s'])} | {fmt_us(r['claims_per_s'])} | {load} | {agree} |")
    ratios = []
    ours = results.get("coder", {}).get("claims_per_s")
    if ours:
        for key in ("msdrg", "msdrg-native"):
            if key in results:
                ratios.append(f"coder/{key}={ours / results[key]['claims_per_s']:.1f}x")
    subset_rate = results.get("coder-drgpy-subset", {}).get("claims_per_s")
    if subset_rate and "drgpy" in results:
        ratios.append(f"coder/drgpy={subset_rate / results['drgpy']['claims_per_s']:.0f}x")
    print()
    if ratios:
        print("ratio " + " ".join(ratios))
    for note in notes:
        print(f"note: {note}")
    if "coder" in results and results["coder"].get("agreement", {}).get("disagreements"):
        for line in results["coder"]["agreement"]["disagreements"][:20]:
            print(f"coder {line}")
    for name, message in failures.items():
        print(f"not run: {name}: {message}", file=sys.stderr)

    if args.json:
        slim = {k: {kk: vv for kk, vv in v.items() if kk != "answers"} for k, v in results.items()}
        args.json.write_text(json.dumps({"results": slim, "failures": failures, "notes": notes}, indent=2))
    return 1 if (args.strict and failures) else 0


if __name__ == "__main__":
    sys.exit(main())
