#!/usr/bin/env python3
"""Kill -9 the service at random moments during batch pre-coding and during coding, restart it, and check that every
encounter is present once with its whole history, that no job item or version was lost or duplicated, and that
`PRAGMA integrity_check` is clean. Then 50 coders claim and submit concurrently for a while: no encounter is ever
held by two coders, no submitted version is lost.

    python3 Scripts/service/durability.py --coder .build/release/coder --encounters 2000 --kills 20 --coders 50 --seconds 120

Prints one summary line per part; exits non-zero when a check fails.
"""
import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

ap = argparse.ArgumentParser()
ap.add_argument("--coder", default=".build/release/coder")
ap.add_argument("--encounters", type=int, default=2000)
ap.add_argument("--kills", type=int, default=20)
ap.add_argument("--coders", type=int, default=50)
ap.add_argument("--seconds", type=int, default=120)
ap.add_argument("--port", type=int, default=18080)
ap.add_argument("--seed", type=int, default=20261206)
args = ap.parse_args()
rng = random.Random(args.seed)
work = tempfile.mkdtemp(prefix="opencoder-durability-")
db = os.path.join(work, "worklist.sqlite")
bundle = os.path.join(work, "load.fhir.json")
base = f"http://127.0.0.1:{args.port}/api"
here = os.path.dirname(os.path.abspath(__file__))
subprocess.run([sys.executable, os.path.join(here, "make-load-bundle.py"), str(args.encounters), bundle], check=True)
failures = []


def check(ok, what):
    if not ok:
        failures.append(what)
        print("FAIL:", what, flush=True)


def call(method, path, body=None, token=None, timeout=30):
    data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
    req = urllib.request.Request(base + path, data=data, method=method)
    if token:
        req.add_header("Authorization", "Bearer " + token)
    req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            raw = r.read()
            return r.status, (json.loads(raw) if raw else None)
    except urllib.error.HTTPError as e:
        raw = e.read()
        try:
            return e.code, json.loads(raw)
        except Exception:
            return e.code, raw


server = None


def start():
    global server
    server = subprocess.Popen(
        [args.coder, "serve", "--db", db, "--port", str(args.port), "--admin-password", "durability-admin-1"],
        stdout=open(os.path.join(work, "serve.log"), "a"), stderr=subprocess.STDOUT)
    for _ in range(600):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{args.port}/health", timeout=2) as r:
                if r.status == 200:
                    return
        except Exception:
            pass
        time.sleep(0.1)
    raise SystemExit("the service did not start (see " + work + "/serve.log)")


def kill():
    server.send_signal(signal.SIGKILL)
    server.wait()


def login(user, password):
    s, body = call("POST", "/login", {"username": user, "password": password})
    assert s == 200, (s, body)
    return body["token"]


# --- part 1: kill -9 during batch pre-coding and during coding --------------------------------------------------
t0 = time.time()
start()
admin = login("admin", "durability-admin-1")
for name, role in [("manager", "manager"), ("coder0", "coder")] + [(f"coder{i}", "coder") for i in range(1, args.coders + 1)]:
    call("POST", "/users", {"username": name, "role": role, "password": name + "-password"}, admin)
manager = login("manager", "manager-password")
s, imported = call("POST", "/import", open(bundle, "rb").read(), manager, timeout=600)
check(s == 200 and len(imported["imported"]) == args.encounters, f"import: {s} {str(imported)[:200]}")
s, queue = call("POST", "/queues", {"name": "All inpatient", "rules": {"settings": ["inpatient"], "statuses": ["new", "precoded", "inProgress"]}}, manager)
queue_id = queue["id"]
s, job = call("POST", "/precode", {}, manager)
check(s == 202, f"precode start: {s}")

submitted = {}  # encounter id -> number of versions the client saw stored
lock = threading.Lock()
stop = threading.Event()


def coding_loop():
    token = None
    while not stop.is_set():
        try:
            if token is None:
                token = login("coder0", "coder0-password")
            s, enc = call("POST", f"/queues/{queue_id}/claim", None, token)
            if s == 204 or enc is None:
                time.sleep(0.05)
                continue
            if s != 200:
                token = None if s == 401 else token
                time.sleep(0.05)
                continue
            eid = enc["id"]
            codes = {"diagnoses": [{"code": "I10", "poa": "Y"}], "procedures": []}
            s, v = call("POST", f"/encounters/{eid}/versions", codes, token)
            if s == 201:
                with lock:
                    submitted.setdefault(eid, set()).add(v["number"])
            call("POST", f"/encounters/{eid}/release", None, token)
        except Exception:
            time.sleep(0.1)  # the service is down: try again


coder_thread = threading.Thread(target=coding_loop, daemon=True)
coder_thread.start()
kills = 0
during_job = 0
for k in range(args.kills):
    time.sleep(rng.uniform(0.3, 3.0))
    try:
        s, j = call("GET", f"/jobs/{job['id']}", None, login("manager", "manager-password"), timeout=5)
        during_job += s == 200 and j["state"] in ("queued", "running")
    except Exception:
        pass
    kill()
    kills += 1
    start()
stop.set()
coder_thread.join(timeout=30)
# let the resumed job finish
for _ in range(3600):
    s, j = call("GET", f"/jobs/{job['id']}", None, manager)
    if s == 401:
        manager = login("manager", "manager-password")
        continue
    if j["state"] in ("done", "failed"):
        break
    time.sleep(0.5)
kill()

con = sqlite3.connect(db)
n_enc = con.execute("SELECT COUNT(*), COUNT(DISTINCT identifier) FROM encounter").fetchone()
check(n_enc == (args.encounters, args.encounters), f"encounters present once: {n_enc}")
items = con.execute("SELECT state, COUNT(*) FROM jobItem WHERE jobID = ? GROUP BY state", (job["id"],)).fetchall()
check(dict(items).get("done", 0) + dict(items).get("failed", 0) == args.encounters, f"job items: {items}")
dup = con.execute(
    "SELECT COUNT(*) FROM (SELECT encounterID FROM codeSetVersion WHERE source = 'precode' GROUP BY encounterID HAVING COUNT(*) > 1)").fetchone()[0]
check(dup == 0, f"encounters with two pre-coding versions: {dup}")
missing = con.execute(
    "SELECT COUNT(*) FROM jobItem j WHERE j.jobID = ? AND j.state = 'done' AND NOT EXISTS (SELECT 1 FROM codeSetVersion v WHERE v.id = j.versionID)",
    (job["id"],)).fetchone()[0]
check(missing == 0, f"done items without their version: {missing}")
gaps = 0
for (eid,) in con.execute("SELECT DISTINCT encounterID FROM codeSetVersion"):
    nums = [r[0] for r in con.execute("SELECT number FROM codeSetVersion WHERE encounterID = ? ORDER BY number", (eid,))]
    if nums != list(range(1, len(nums) + 1)):
        gaps += 1
check(gaps == 0, f"encounters whose version numbers have gaps or repeats: {gaps}")
lost = 0
for eid, numbers in submitted.items():
    stored = {r[0] for r in con.execute("SELECT number FROM codeSetVersion WHERE encounterID = ?", (eid,))}
    lost += len(numbers - stored)
check(lost == 0, f"versions acknowledged to the coder and not stored: {lost}")
integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
check(integrity == "ok", f"integrity_check: {integrity}")
con.close()
print(f"durability kills={kills} kills_while_precoding={during_job} encounters={n_enc[0]} job_items={dict(items)} precode_duplicates={dup} "
      f"version_gaps={gaps} coder_versions={sum(len(v) for v in submitted.values())} lost={lost} "
      f"integrity={integrity} seconds={time.time() - t0:.0f}", flush=True)

# --- part 2: concurrent coders ---------------------------------------------------------------------------------
start()
manager = login("manager", "manager-password")
holders = {}  # encounter -> coder holding it now
violations = []
claims = 0
subs = 0
acked = []  # (encounter, version number)
deadline = time.time() + args.seconds


def coder(i):
    global claims, subs
    token = login(f"coder{i}", f"coder{i}-password")
    while time.time() < deadline:
        s, enc = call("POST", f"/queues/{queue_id}/claim", None, token)
        if s == 204:
            time.sleep(0.2)
            continue
        if s != 200:
            continue
        eid = enc["id"]
        with lock:
            claims += 1
            if eid in holders and holders[eid] != i:
                violations.append((eid, holders[eid], i))
            holders[eid] = i
        codes = {"diagnoses": [{"code": "I50.23", "poa": "Y"}, {"code": "I11.0", "poa": "Y"}], "procedures": []}
        s, v = call("POST", f"/encounters/{eid}/versions", codes, token)
        if s == 201:
            with lock:
                acked.append((eid, v["number"]))
        with lock:
            holders.pop(eid, None)
        s, _ = call("POST", f"/encounters/{eid}/release", None, token)
        with lock:
            subs += 1


threads = [threading.Thread(target=coder, args=(i,)) for i in range(1, args.coders + 1)]
t1 = time.time()
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.time() - t1
kill()
con = sqlite3.connect(db)
lost2 = sum(1 for eid, n in acked if not con.execute(
    "SELECT 1 FROM codeSetVersion WHERE encounterID = ? AND number = ?", (eid, n)).fetchone())
integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
con.close()
check(not violations, f"an encounter held by two coders at once: {violations[:5]}")
check(lost2 == 0, f"acknowledged versions not stored: {lost2}")
check(integrity == "ok", f"integrity_check: {integrity}")
print(f"concurrency coders={args.coders} seconds={elapsed:.0f} claims={claims} versions={len(acked)} "
      f"claims_per_s={claims / elapsed:.1f} double_assignments={len(violations)} lost={lost2} integrity={integrity}", flush=True)
sys.exit(1 if failures else 0)
