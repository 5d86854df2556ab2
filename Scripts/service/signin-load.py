#!/usr/bin/env python3
"""Does a flood of wrong-password sign-ins slow the service down for everybody else?

Against a running `coder serve`, measures the latency of `GET /health` (sequential requests on one keep-alive
connection, paced evenly over --seconds) first with no load, then while 8 concurrent clients send wrong-password
sign-ins (`POST /api/login` with {"username": USER, "password": "wrong-password-123"}) in a loop, and prints one table:
phase, n, p50 and p99 of /health in ms, the sign-ins sent and their statuses (401 refused, 429 throttled or locked,
503 the password-hashing queue full).

    python3 Scripts/service/signin-load.py --base http://127.0.0.1:8080 --user coder --seconds 10

Note: the flood locks USER out (and throttles this client address) for a while; an admin lifts a user's lockout with
POST /api/users/{id}/unlock. Python 3 standard library only.
"""
from __future__ import annotations

import argparse
import http.client
import json
import sys
import threading
import time
import urllib.parse
from collections import Counter

WRONG_PASSWORD = "wrong-password-123"


class Client:
    """One keep-alive HTTP connection, reopened when the server closes it."""

    def __init__(self, base: str, timeout: float = 30.0):
        url = urllib.parse.urlsplit(base)
        self.host = url.hostname or "127.0.0.1"
        self.port = url.port or (443 if url.scheme == "https" else 80)
        self.https = url.scheme == "https"
        self.prefix = url.path.rstrip("/")
        self.timeout = timeout
        self.connection = None

    def _connect(self):
        cls = http.client.HTTPSConnection if self.https else http.client.HTTPConnection
        self.connection = cls(self.host, self.port, timeout=self.timeout)

    def request(self, method: str, path: str, body: bytes | None = None, headers: dict | None = None) -> int:
        """The status of one request; -1 when the connection failed twice."""
        for attempt in range(2):
            if self.connection is None:
                self._connect()
            try:
                self.connection.request(method, self.prefix + path, body=body, headers=headers or {})
                response = self.connection.getresponse()
                response.read()
                if response.getheader("Connection", "").lower() == "close":
                    self.close()
                return response.status
            except (OSError, http.client.HTTPException):
                self.close()
                if attempt == 1:
                    return -1
        return -1

    def close(self):
        if self.connection is not None:
            self.connection.close()
            self.connection = None


def percentile(values: list[float], p: float) -> float:
    """The nearest-rank percentile (p in 0…100) of the values."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, min(len(ordered), int(-(-p * len(ordered) // 100))))
    return ordered[rank - 1]


def measure_health(base: str, requests: int, seconds: float) -> tuple[list[float], int]:
    """Latencies (ms) of `requests` sequential GET /health, paced evenly over `seconds`; and the failures."""
    client = Client(base)
    interval = seconds / requests if requests else 0
    latencies: list[float] = []
    failures = 0
    start = time.perf_counter()
    for i in range(requests):
        due = start + i * interval
        pause = due - time.perf_counter()
        if pause > 0:
            time.sleep(pause)
        t0 = time.perf_counter()
        status = client.request("GET", "/health")
        elapsed = (time.perf_counter() - t0) * 1000
        if status == 200:
            latencies.append(elapsed)
        else:
            failures += 1
    client.close()
    return latencies, failures


def attacker(base: str, user: str, stop: threading.Event, statuses: Counter, lock: threading.Lock):
    client = Client(base)
    body = json.dumps({"username": user, "password": WRONG_PASSWORD}).encode()
    headers = {"Content-Type": "application/json"}
    local: Counter = Counter()
    while not stop.is_set():
        local[client.request("POST", "/api/login", body, headers)] += 1
    client.close()
    with lock:
        statuses.update(local)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", default="http://127.0.0.1:8080", help="the service (default %(default)s)")
    parser.add_argument("--user", default="coder", help="the username the wrong passwords are sent for")
    parser.add_argument("--seconds", type=float, default=10.0, help="length of each phase (default %(default)s)")
    parser.add_argument("--requests", type=int, default=400, help="/health requests per phase (default %(default)s)")
    parser.add_argument("--clients", type=int, default=8, help="concurrent wrong-password clients (default 8)")
    args = parser.parse_args()

    probe = Client(args.base, timeout=5)
    if probe.request("GET", "/health") != 200:
        print(f"{args.base}/health does not answer 200: is the service running?", file=sys.stderr)
        return 1
    probe.close()

    rows = []
    latencies, failures = measure_health(args.base, args.requests, args.seconds)
    rows.append(("no load", latencies, failures, None, 0.0))

    stop = threading.Event()
    statuses: Counter = Counter()
    lock = threading.Lock()
    threads = [
        threading.Thread(target=attacker, args=(args.base, args.user, stop, statuses, lock), daemon=True)
        for _ in range(args.clients)
    ]
    started = time.perf_counter()
    for t in threads:
        t.start()
    time.sleep(min(1.0, args.seconds / 10))  # let the flood build up before measuring
    latencies, failures = measure_health(args.base, args.requests, args.seconds)
    stop.set()
    for t in threads:
        t.join(timeout=60)
    flood_seconds = time.perf_counter() - started
    rows.append((f"{args.clients} clients signing in wrong", latencies, failures, statuses, flood_seconds))

    header = f"{'phase':<30} {'n':>5} {'p50 ms':>8} {'p99 ms':>8} {'failed':>6} {'sign-ins':>8} {'/s':>7} " \
             f"{'401':>6} {'429':>6} {'503':>6} {'other':>6}"
    print(f"GET {args.base}/health, {args.requests} requests over {args.seconds:g} s per phase; "
          f"wrong passwords for user {args.user!r}")
    print(header)
    print("-" * len(header))
    for phase, lat, failed, st, secs in rows:
        if st is None:
            logins = "-"
            rate = "-"
            counts = ["-"] * 4
        else:
            total = sum(st.values())
            logins = str(total)
            rate = f"{total / secs:.1f}" if secs else "-"
            other = total - st[401] - st[429] - st[503]
            counts = [str(st[401]), str(st[429]), str(st[503]), str(other)]
        print(f"{phase:<30} {len(lat):>5} {percentile(lat, 50):>8.2f} {percentile(lat, 99):>8.2f} {failed:>6} "
              f"{logins:>8} {rate:>7} {counts[0]:>6} {counts[1]:>6} {counts[2]:>6} {counts[3]:>6}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
