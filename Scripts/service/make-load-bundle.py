#!/usr/bin/env python3
"""Writes a FHIR R4 Bundle of N encounters for the load and durability runs: the eight invented encounters of
Samples/encounters.fhir.json repeated with new identifiers (ENC-L000001 …, MRN-L000001 …). Nothing of a real patient.

    python3 Scripts/service/make-load-bundle.py 10000 /tmp/load.fhir.json
"""
import copy
import datetime
import json
import pathlib
import sys

n = int(sys.argv[1])
out = pathlib.Path(sys.argv[2])
sample = json.loads((pathlib.Path(__file__).resolve().parents[2] / "Samples/encounters.fhir.json").read_text())
entries = sample["entry"]
# the resources of each sample encounter: the encounter, its patient, documents, conditions, procedures, binaries
by_id = {e["resource"]["resourceType"] + "/" + e["resource"]["id"]: e for e in entries}
encounters = [e for e in entries if e["resource"]["resourceType"] == "Encounter"]


def refs(obj):
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k == "reference" and isinstance(v, str):
                yield v
            else:
                yield from refs(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from refs(v)


def rename(obj, mapping):
    text = json.dumps(obj)
    for old, new in mapping.items():
        text = text.replace(old, new)
    return json.loads(text)


groups = []
for enc in encounters:
    key = "Encounter/" + enc["resource"]["id"]
    members = [enc] + [by_id[r] for r in refs(enc["resource"]) if r in by_id]
    members += [e for e in entries if key in set(refs(e["resource"])) and e is not enc]
    # the Binary a note's attachment points at
    for m in list(members):
        for content in m["resource"].get("content", []):
            url = content.get("attachment", {}).get("url", "")
            if url in by_id:
                members.append(by_id[url])
    seen, unique = set(), []
    for m in members:
        k = m["resource"]["resourceType"] + "/" + m["resource"]["id"]
        if k not in seen:
            seen.add(k)
            unique.append(m)
    groups.append(unique)

bundle = {"resourceType": "Bundle", "type": "collection", "entry": []}
for i in range(n):
    group = groups[i % len(groups)]
    tag = f"L{i + 1:06d}"
    mapping = {}
    for m in group:
        r = m["resource"]
        mapping['"' + r["id"] + '"'] = '"' + r["id"] + "-" + tag + '"'
        mapping[r["resourceType"] + "/" + r["id"] + '"'] = r["resourceType"] + "/" + r["id"] + "-" + tag + '"'
        if "fullUrl" in m:
            mapping[m["fullUrl"] + '"'] = m["fullUrl"] + "-" + tag + '"'
    for m in group:
        c = rename(copy.deepcopy(m), mapping)
        for ident in c["resource"].get("identifier", []):
            ident["value"] = ident["value"] + "-" + tag
        if c["resource"]["resourceType"] == "DocumentReference" and "masterIdentifier" in c["resource"]:
            c["resource"]["masterIdentifier"]["value"] += "-" + tag
        for content in c["resource"].get("content", []):
            url = content.get("attachment", {}).get("url")
            if url and url.startswith("Binary/") and not url.endswith(tag):
                content["attachment"]["url"] = url + "-" + tag
        if c["resource"]["resourceType"] == "Patient":
            # another person each time: another name and birth date, so that no copy looks like a duplicate
            born = datetime.date.fromisoformat(c["resource"]["birthDate"]) - datetime.timedelta(days=i * 7 % 7300)
            c["resource"]["birthDate"] = born.isoformat()
            for name in c["resource"].get("name", []):
                name["family"] = name["family"] + "-" + tag
        bundle["entry"].append(c)
out.write_text(json.dumps(bundle))
print(f"{out}: {n} encounters, {len(bundle['entry'])} resources")
