#!/usr/bin/env bash
# Generates the /api types and server stubs (Sources/CodingServer/API/Generated) from the OpenAPI document
# (Sources/CodingServer/Resources/openapi.yaml) with swift-openapi-generator 1.14.3, built once in a scratch folder.
#
#   bash Scripts/openapi/generate.sh           write Generated/ (and Generated/SOURCES.sha256)
#   bash Scripts/openapi/generate.sh --check   fail when Generated/ is not what the document gives (builds the
#                                              generator: minutes)
#   bash Scripts/openapi/generate.sh --stamp   fail when the document or the configuration changed since Generated/
#                                              was written (SOURCES.sha256: seconds; .ci/run)
set -euo pipefail
cd "$(dirname "$0")/../.."

config=Sources/CodingServer/API/openapi-generator-config.yaml
document=Sources/CodingServer/Resources/openapi.yaml
generated=Sources/CodingServer/API/Generated
if [ "${1:-}" = --stamp ]; then
    if ! sha256sum --quiet -c "$generated/SOURCES.sha256"; then
        echo "openapi.yaml or the generator's configuration changed since Generated/ was written: run bash $0"
        exit 1
    fi
    echo "openapi: Generated/ was written from the current document and configuration"
    exit 0
fi

scratch=${OPENAPI_GENERATOR_SCRATCH:-${TMPDIR:-/tmp}/opencoder-openapi-generator}
tool="$scratch/.build/debug/swift-openapi-generator"
if [ ! -x "$tool" ]; then
    rm -rf "$scratch"
    git clone -q --depth 1 --branch 1.14.3 https://github.com/apple/swift-openapi-generator "$scratch"
    (cd "$scratch" && swift build --product swift-openapi-generator)
fi

if [ "${1:-}" = --check ]; then
    out=$(mktemp -d)
    trap 'rm -rf "$out"' EXIT
    "$tool" generate --config "$config" --output-directory "$out" "$document" >/dev/null
    if ! diff -r --exclude SOURCES.sha256 "$out" "$generated"; then
        echo "Sources/CodingServer/API/Generated is not what openapi.yaml gives: run bash Scripts/openapi/generate.sh"
        exit 1
    fi
    echo "openapi: Generated/ is current"
else
    "$tool" generate --config "$config" --output-directory "$generated" "$document"
    sha256sum "$document" "$config" >"$generated/SOURCES.sha256"
fi
