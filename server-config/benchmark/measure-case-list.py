#!/usr/bin/env python3
"""Latency of GET /api/cases per scenario: warm-up, then N sequential requests each; prints median and p95.

    python3 server-config/benchmark/measure-case-list.py --base http://localhost:8091 --client 650035232 \
        [--user bench.investigator] [--password bench-password-2026] [--requests 200] [--warmup 50]

One keep-alive HTTP/1.1 connection, one request at a time, time from sending the request to the last body byte.
Every request is a full API call: HTTP Basic check, need-to-know scope, the list query and its audit event.
Benchmark tool only; nothing in the build runs it.
"""
import argparse
import base64
import http.client
import json
import statistics
import sys
import time
import urllib.parse


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--base", default="http://localhost:8091")
    p.add_argument("--user", default="bench.investigator")
    p.add_argument("--supervisor", default="bench.supervisor")
    p.add_argument("--password", default="bench-password-2026")
    p.add_argument("--client", required=True, help="client number that is a subject of a case the user can see")
    p.add_argument("--team", default="NORTHLAND")
    p.add_argument("--requests", type=int, default=200)
    p.add_argument("--warmup", type=int, default=50, help="warm-up requests per scenario (plus a global warm-up)")
    p.add_argument("--depth", type=int, default=20, help="pages followed for the deep-page scenarios")
    p.add_argument("--json", help="also write the results to this file")
    a = p.parse_args()

    url = urllib.parse.urlsplit(a.base)
    conn = {"c": None}

    def get(path, user):
        auth = base64.b64encode(f"{user}:{a.password}".encode()).decode()
        for attempt in (1, 2):
            if conn["c"] is None:
                conn["c"] = http.client.HTTPConnection(url.hostname, url.port or 80, timeout=60)
            try:
                t0 = time.perf_counter()
                conn["c"].request("GET", path, headers={"Authorization": "Basic " + auth, "Accept": "application/json"})
                r = conn["c"].getresponse()
                body = r.read()
                elapsed = time.perf_counter() - t0
            except (http.client.HTTPException, ConnectionError):
                conn["c"].close()
                conn["c"] = None
                if attempt == 2:
                    raise
                continue
            if r.status != 200:
                sys.exit(f"GET {path} as {user}: HTTP {r.status} {body[:300]!r}")
            if r.getheader("Connection", "").lower() == "close":
                conn["c"].close()
                conn["c"] = None
            return elapsed * 1000.0, json.loads(body)

    def follow(query, user, depth):
        """The path of the page reached after following 'next' depth times."""
        path = "/api/cases?" + query
        for _ in range(depth):
            _, page = get(path, user)
            if not page.get("next"):
                sys.exit(f"fewer than {depth} pages for {query}")
            path = "/api/cases?" + query + "&after=" + urllib.parse.quote(page["next"])
        return path

    inv, sup = a.user, a.supervisor
    scenarios = [
        ("first page, newest", "/api/cases?size=25", inv),
        ("status=INVESTIGATING", "/api/cases?size=25&status=INVESTIGATING", inv),
        (f"team={a.team}", f"/api/cases?size=25&team={a.team}", inv),
        ("client number", f"/api/cases?size=25&client={a.client}", inv),
        (f"page {a.depth + 1} (after token), newest", None, sup),
        ("sort=RECEIVED_LATEST", "/api/cases?size=25&sort=RECEIVED_LATEST", inv),
        (f"page {a.depth + 1} (after token), RECEIVED_LATEST", None, sup),
        ("assignee=inv.005 (a team colleague)", "/api/cases?size=25&assignee=inv.005", inv),
        ("team=WEST-COAST (not own team)", "/api/cases?size=25&team=WEST-COAST", inv),
        ("supervisor of 2 teams, newest", "/api/cases?size=25", sup),
        ("supervisor, status=INVESTIGATING", "/api/cases?size=25&status=INVESTIGATING", sup),
    ]
    deep = {
        f"page {a.depth + 1} (after token), newest": "size=25",
        f"page {a.depth + 1} (after token), RECEIVED_LATEST": "size=25&sort=RECEIVED_LATEST",
    }
    resolved = []
    for name, path, user in scenarios:
        if path is None:
            path = follow(deep[name], user, a.depth)
        resolved.append((name, path, user))

    # Global warm-up: JIT, connection pool, caches.
    for _ in range(max(1, a.warmup)):
        for _, path, user in resolved:
            get(path, user)

    results = []
    print(f"{'scenario':45} {'rows':>4} {'median ms':>10} {'p95 ms':>8} {'max ms':>8}")
    for name, path, user in resolved:
        for _ in range(a.warmup):
            get(path, user)
        samples, rows = [], 0
        for _ in range(a.requests):
            ms, page = get(path, user)
            samples.append(ms)
            rows = len(page["cases"])
        samples.sort()
        med = statistics.median(samples)
        p95 = samples[max(0, int(round(0.95 * len(samples))) - 1)]
        results.append({"scenario": name, "path": path, "user": user, "rows": rows, "median_ms": round(med, 2),
                        "p95_ms": round(p95, 2), "max_ms": round(samples[-1], 2), "n": len(samples)})
        print(f"{name:45} {rows:>4} {med:>10.1f} {p95:>8.1f} {samples[-1]:>8.1f}", flush=True)
    if a.json:
        with open(a.json, "w") as f:
            json.dump(results, f, indent=2)


if __name__ == "__main__":
    main()
