#!/usr/bin/env python3
"""Writes the FHIR R4 Bundle of the attack on the import (issue 16, finding 7): N patients who share one birth date,
each with one encounter (2 × N resources). Names are `Patient <n>` (which normalise to one name: the worst case for
duplicate matching) or, with --random-names, random letters. Nothing of a real patient.

    python3 Scripts/service/make-attack-bundle.py 25000 /tmp/attack.fhir.json
"""
import argparse
import json
import random

parser = argparse.ArgumentParser()
parser.add_argument("patients", type=int)
parser.add_argument("out")
parser.add_argument("--random-names", action="store_true")
args = parser.parse_args()
rng = random.Random(16)
entries = []
for i in range(args.patients):
    if args.random_names:
        name = {"family": "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(8)).title(),
                "given": ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(6)).title()]}
    else:
        name = {"family": "Patient", "given": [str(i)]}
    entries.append({"resource": {
        "resourceType": "Patient", "id": f"p{i}",
        "identifier": [{"type": {"coding": [{"code": "MR"}]}, "value": f"MRN-A{i:06d}"}],
        "name": [name], "birthDate": "1970-01-01", "gender": "female"}})
    entries.append({"resource": {
        "resourceType": "Encounter", "id": f"e{i}", "status": "finished",
        "identifier": [{"value": f"ENC-A{i:06d}"}], "class": {"code": "IMP"},
        "subject": {"reference": f"Patient/p{i}"},
        "period": {"start": "2026-11-01", "end": "2026-11-03"}}})
with open(args.out, "w") as f:
    json.dump({"resourceType": "Bundle", "type": "collection", "entry": entries}, f)
