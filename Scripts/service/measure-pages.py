#!/usr/bin/env python3
"""The pages measured at the server on loopback, as one user meets them (one connection, requests one after another):

- typeahead: the 24 queries of Evaluation/typeahead-queries.txt, sent as each prefix of two characters or more is typed
  (`/api/lookup?q=…&limit=12`, what the pages' typeahead asks), ROUNDS rounds;
- the chart page of an encounter with 10 notes (`/chart/{id}`: the notes, the suggestions of each note with their
  evidence marked, the review and the DRG of the code set), ROUNDS × 20 renders.

Imports the 10-note encounter (the sample's notes, under a new identifier) as the admin, then signs in as a coder.

    python3 Scripts/service/measure-pages.py --url http://127.0.0.1:18091 --admin-password … --password …
Prints one summary line per part: requests, p50, p90, p99, max in milliseconds.
"""
import argparse
import base64
import copy
import http.client
import json
import pathlib
import statistics
import time
import urllib.parse

ROOT = pathlib.Path(__file__).resolve().parents[2]
# the queries a coder types (Evaluation/typeahead-queries.txt; shared with the in-process benchmark)
QUERIES = [line for line in (ROOT / "Evaluation/typeahead-queries.txt").read_text().splitlines()
           if line.strip() and not line.startswith("#")]


def percentiles(ms):
    ms = sorted(ms)
    q = lambda p: ms[min(len(ms) - 1, int(round(p / 100 * (len(ms) - 1))))]
    return f"requests={len(ms)} p50_ms={statistics.median(ms):.3f} p90_ms={q(90):.3f} p99_ms={q(99):.3f} max_ms={ms[-1]:.3f}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", required=True)
    ap.add_argument("--admin-password", required=True)
    ap.add_argument("--user", default="coder")
    ap.add_argument("--password", required=True)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    u = urllib.parse.urlparse(args.url)
    conn = http.client.HTTPConnection(u.hostname, u.port)

    def call(method, path, body=None, headers=None):
        conn.request(method, path, body=body, headers=headers or {})
        r = conn.getresponse()
        return r.status, r.read(), r

    # the admin imports one encounter with ten notes: the sample's notes under new identifiers
    status, body, _ = call("POST", "/api/login", json.dumps({"username": "admin", "password": args.admin_password}),
                           {"Content-Type": "application/json"})
    assert status == 200, body
    admin = {"Authorization": "Bearer " + json.loads(body)["token"]}
    sample = json.loads((ROOT / "Samples/encounters.fhir.json").read_text())
    entries = sample["entry"]
    enc = copy.deepcopy(next(e for e in entries if e["resource"]["resourceType"] == "Encounter"))
    pat_ref = enc["resource"]["subject"]["reference"]
    pat = copy.deepcopy(next(e for e in entries if e["resource"]["resourceType"] + "/" + e["resource"]["id"] == pat_ref))
    pat["resource"]["id"] = "pat-ten-notes"
    pat["fullUrl"] = "urn:uuid:patient-ten-notes"
    for ident in pat["resource"].get("identifier", []):
        ident["value"] = "MRN-TEN-NOTES"
    enc["resource"]["id"] = "enc-ten-notes"
    enc["fullUrl"] = "urn:uuid:encounter-ten-notes"
    enc["resource"]["subject"]["reference"] = "Patient/pat-ten-notes"
    for ident in enc["resource"].get("identifier", []):
        ident["value"] = "ENC-TEN-NOTES"
    docs = [e for e in entries if e["resource"]["resourceType"] == "DocumentReference"
            and "data" in e["resource"]["content"][0]["attachment"]]
    new = [pat, enc]
    for i in range(10):
        d = copy.deepcopy(docs[i % len(docs)])
        d["resource"]["id"] = f"doc-ten-{i}"
        d["fullUrl"] = f"urn:uuid:doc-ten-{i}"
        d["resource"]["subject"]["reference"] = "Patient/pat-ten-notes"
        d["resource"]["context"]["encounter"] = [{"reference": "Encounter/enc-ten-notes"}]
        for ident in d["resource"].get("identifier", []):
            ident["value"] = f"DOC-TEN-{i}"
        new.append(d)
    bundle = {"resourceType": "Bundle", "type": "collection", "entry": new}
    status, body, _ = call("POST", "/api/import", json.dumps(bundle), dict(admin, **{"Content-Type": "application/json"}))
    assert status == 200, body
    result = json.loads(body)
    ids = [r for r in result.get("imported", []) + result.get("updated", [])]
    # the encounter's id: find it through the manager-free route the coder page uses
    status, body, r = call("POST", "/login", urllib.parse.urlencode({"username": args.user, "password": args.password}),
                           {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 303, body
    cookie = r.getheader("Set-Cookie").split(";")[0]
    user = {"Cookie": cookie}
    enc_id = None
    for candidate in range(1, 100000):
        status, body, _ = call("GET", f"/api/encounters/{candidate}", headers=user)
        if status == 404:
            break
        if status == 200 and json.loads(body).get("identifier") == "ENC-TEN-NOTES":
            enc_id = candidate
            break
    assert enc_id, f"the 10-note encounter was not found ({ids})"
    status, page, _ = call("GET", f"/chart/{enc_id}", headers=user)
    assert status == 200 and page.count(b'<article class="note"') == 10, status

    # typeahead: every prefix of two characters or more, as typed
    times = []
    for _ in range(args.rounds):
        for q in QUERIES:
            for n in range(2, len(q) + 1):
                t = time.perf_counter()
                status, _, _ = call("GET", "/api/lookup?limit=12&q=" + urllib.parse.quote(q[:n]))
                times.append((time.perf_counter() - t) * 1000)
                assert status == 200
    print("typeahead " + percentiles(times))

    times = []
    for _ in range(args.rounds * 20):
        t = time.perf_counter()
        status, page, _ = call("GET", f"/chart/{enc_id}", headers=user)
        times.append((time.perf_counter() - t) * 1000)
        assert status == 200
    print(f"chart_page_10_notes bytes={len(page)} " + percentiles(times))


if __name__ == "__main__":
    main()
