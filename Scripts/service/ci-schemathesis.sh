#!/usr/bin/env bash
# Starts `coder serve --sample` (the debug build, which this script does not build: `swift build` first) on a new
# database in a temporary folder and a free loopback port, with a generated password for the sample users and the
# admin, waits for /health, runs Scripts/service/schemathesis.sh against it, stops the server and exits with
# Schemathesis' status. About 4 to 5 minutes on two cores.
#
#   Scripts/service/ci-schemathesis.sh
#
#   CODER_BIN        the executable (default .build/debug/coder)
#   ST_REPORT_DIR    where schemathesis.sh writes JUnit reports (default: none)
#   ST_PASS_SECONDS  see schemathesis.sh
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BIN=${CODER_BIN:-$ROOT/.build/debug/coder}
if [[ ! -x $BIN ]]; then
    echo "ci-schemathesis.sh: $BIN: not built (swift build)" >&2
    exit 2
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/coder-schemathesis.XXXXXX")
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
PASSWORD=$(python3 -c 'import secrets; print(secrets.token_urlsafe(18))')
BASE=http://127.0.0.1:$PORT
SERVER=

stop_server() {
    if [[ -n $SERVER ]] && kill -0 "$SERVER" 2>/dev/null; then
        kill "$SERVER" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$SERVER" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$SERVER" 2>/dev/null || true
        wait "$SERVER" 2>/dev/null || true
    fi
    SERVER=
}
cleanup() {
    stop_server
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

"$BIN" serve --sample --db "$WORK/worklist.sqlite" --port "$PORT" \
    --sample-password "$PASSWORD" --admin-password "$PASSWORD" >"$WORK/server.log" 2>&1 &
SERVER=$!

ready=0
for _ in $(seq 600); do
    if curl -sf -o /dev/null "$BASE/health"; then ready=1; break; fi
    if ! kill -0 "$SERVER" 2>/dev/null; then break; fi
    sleep 0.5
done
if ((ready == 0)); then
    echo "ci-schemathesis.sh: the server did not answer $BASE/health within 300 s; its output:" >&2
    sed -e "s/$PASSWORD/<password>/g" "$WORK/server.log" >&2
    exit 2
fi
echo "coder serve --sample on $BASE (database $WORK/worklist.sqlite)"

status=0
CODER_SAMPLE_PASSWORD=$PASSWORD CODER_ADMIN_PASSWORD=$PASSWORD \
    timeout --kill-after=15 285 "$ROOT/Scripts/service/schemathesis.sh" "$BASE" || status=$?
if ! kill -0 "$SERVER" 2>/dev/null; then
    echo "ci-schemathesis.sh: the server exited during the run; its output:" >&2
    sed -e "s/$PASSWORD/<password>/g" "$WORK/server.log" >&2
    status=1
fi
stop_server
exit $status
