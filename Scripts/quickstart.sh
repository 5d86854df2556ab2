#!/usr/bin/env bash
# One command for a new machine: install the system packages, build the engine, and run it on the shipped code sets.
set -euo pipefail
cd "$(dirname "$0")/.."

export DEBIAN_FRONTEND=noninteractive
need=()
for pkg in libsqlite3-dev libicu-dev zlib1g-dev libxml2-dev; do
    dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -q && $SUDO apt-get install -y -q "${need[@]}"
fi

swift build -c release
coder=.build/release/coder

echo; echo "== coder codesets list   (first run compiles the snapshot)"
$coder codesets list
echo; echo "== coder lookup aspiration pneumonia"
$coder lookup aspiration pneumonia --limit 5
echo; echo "== coder index failure heart systolic   (the shipped Alphabetic Index, codes checked in the Tabular List)"
$coder index failure heart systolic | head -14
echo; echo "== coder lookup pci with drug eluting stent lad --system icd10pcs   (built through the PCS Index and Tables)"
$coder lookup pci with drug eluting stent lad --system icd10pcs --limit 3
echo; echo "== coder show W21.89XA"
$coder show W21.89XA
echo; echo "== coder codesets changes 2027   (ICD-10-CM FY2027, in effect since 1 October 2026: what changed, by chapter)"
$coder codesets changes 2027 | head -12
echo; echo "== coder eval lookup --pairs Evaluation/lookup-dev.tsv"
$coder eval lookup --pairs Evaluation/lookup-dev.tsv | tail -1
claim='{"id": "E1001", "admitDate": "2026-04-20", "dischargeDate": "2026-05-01", "age": 67, "sex": "F", "dischargeStatus": "01",
  "diagnoses": [{"code": "I50.21", "poa": "Y"}, {"code": "N17.9", "poa": "N"}, {"code": "I50.21", "poa": "Y"}]}'
echo; echo "== coder group --what-if   (MS-DRG with the CC/MCC explanation)"
echo "$claim" | $coder group --what-if | head -12
echo; echo "== coder check   (code-set edits and Medicare Code Editor findings)"
echo "$claim" | $coder check
echo; echo "== coder suggest Evaluation/notes/discharge-summary.txt   (codes from a note, with evidence)"
$coder suggest Evaluation/notes/discharge-summary.txt
if [ -d ../shared/codesets ]; then
    echo; echo "== coder codesets import ../shared/codesets/icd10pcs-2026/icd10pcs_tables_2026.xml"
    $coder codesets import ../shared/codesets/icd10pcs-2026/icd10pcs_tables_2026.xml
    $coder show 0DTJ4ZZ
fi

# The service with its pages, on a demo database of the sample encounters (remade on each run).
port=${PORT:-8080}
rm -f quickstart-worklist.sqlite quickstart-worklist.sqlite-wal quickstart-worklist.sqlite-shm
echo; echo "== coder serve --sample   (open http://127.0.0.1:$port/ and sign in as coder with the password printed below; Ctrl-C stops)"
if [ "${QUICKSTART_SERVE:-1}" = "1" ]; then
    exec $coder serve --db quickstart-worklist.sqlite --port "$port" --sample
fi
