#!/usr/bin/env bash
# The benchmark suite against its checked-in thresholds (Benchmarks/Thresholds, one file per benchmark with the p90 of
# each metric, the swift-nio way). Every benchmark allows its p90 to drift 20% (the `thresholds:` of its
# configuration); a regression beyond that fails, an improvement beyond it passes with a reminder to record the new
# figures. The machines are shared and noisy: a target that regresses is run again, up to three runs in all, and fails
# only if every run regresses.
#
#   bash Scripts/benchmarks/check-thresholds.sh           check (CI)
#   bash Scripts/benchmarks/check-thresholds.sh update    record the thresholds anew on this machine
set -uo pipefail
cd "$(dirname "$0")/../../Benchmarks"

# BENCHMARK_TARGETS picks some (space-separated); all three by default
read -r -a targets <<<"${BENCHMARK_TARGETS:-LookupBenchmarks GrouperBenchmarks SuggestionBenchmarks}"

if [ "${1:-check}" = update ]; then
    rm -rf Thresholds
    mkdir -p Thresholds
    exec swift package --disable-sandbox --allow-writing-to-directory Thresholds benchmark thresholds update \
        --path Thresholds --no-progress
fi

log=$(mktemp)
# The checked-in files are named as `thresholds update` writes them, a space of the benchmark's name written `_`; the
# check looks for the name as it is (package-benchmark 1.38.1): it reads copies named so. (No benchmark name has a `_`
# or a `/` of its own.)
named=$(mktemp -d)
trap 'rm -rf "$log" "$named"' EXIT
# Throughput is not checked: it is the wall clock seen the other way, and package-benchmark 1.38.1 compares its p90
# against the threshold the wrong way round (a run faster on the wall clock reads as a throughput regression).
python3 - "$named" <<'PY'
import glob, json, os, sys
for path in glob.glob("Thresholds/*.p90.json"):
    figures = json.load(open(path))
    figures.pop("throughput", None)
    json.dump(figures, open(os.path.join(sys.argv[1], os.path.basename(path).replace("_", " ")), "w"))
PY
failed=()
for target in "${targets[@]}"; do
    verdict=regression
    for attempt in 1 2 3; do
        echo "== $target: run $attempt"
        swift package --disable-sandbox benchmark thresholds check --path "$named" --target "^${target}\$" \
            --no-progress >"$log" 2>&1
        status=$?
        cat "$log"
        if grep -q "is WORSE than" "$log"; then
            echo "== $target: a p90 beyond its threshold (run $attempt of 3)"
            continue
        elif [ "$status" -eq 0 ] || grep -q "is BETTER than" "$log"; then
            grep -q "is BETTER than" "$log" &&
                echo "== $target: better than its thresholds; record them anew with: bash $0 update"
            verdict=pass
        else
            echo "== $target: the benchmark did not run to its end (exit $status)"
            verdict=broken
        fi
        break
    done
    [ "$verdict" = pass ] || failed+=("$target ($verdict)")
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "benchmark thresholds: FAILED: ${failed[*]}"
    exit 1
fi
echo "benchmark thresholds: every target within 20% of Benchmarks/Thresholds"
