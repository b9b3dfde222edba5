"""Load: residents submitting and visitors reading at once, against the production stack.

Builds a fresh PostgreSQL database with an open consultation and a topic mid-process
(evidence, speakers, updates), serves it with gunicorn (production settings) with a
Celery worker on Redis sending the confirmations, then for `--seconds` keeps
`--residents` concurrent clients submitting responses and `--visitors` concurrent
clients reading pages. Reports requests per second, p50/p95/p99 latency and error rate
(each kind and overall), and the stored submissions against the accepted ones (must be
equal, every one with all its answers).

    .venv/bin/python -m bench.load [--seconds 60] [--residents 200] [--visitors 500]
    .venv/bin/python -m bench.load --quick      # 5 s, 20 residents, 50 visitors (CI)

Needs PostgreSQL (BENCH_POSTGRES_URL, default postgres://postgres@127.0.0.1:5432) and
Redis (BENCH_REDIS_URL, default redis://127.0.0.1:6379/14). The clients are one asyncio
process (a new connection per request, as gunicorn's sync workers close each one);
on a small machine they share its CPU with the server. Prints a table and writes it as
JSON to var/bench/load.json; exits non-zero on a server error (5xx) or if stored
differs from accepted. Under overload latency grows (requests queue at gunicorn) rather
than requests failing: a request counts as an error only after 180 s.
"""

import argparse
import asyncio
import json
import random
import re
import resource
import sys
import time
import uuid
from urllib.parse import urlencode

from bench import BASE_DIR
from bench.submissions import (
    HOST,
    PORT,
    django_call,
    percentile,
    production_stack,
    wait_for_http,
)

# Longer than gunicorn's own timeout (120 s): every request gets its real answer, so
# that responses accepted can be counted exactly against those stored (a client that
# gave up would not know whether its response was stored).
REQUEST_TIMEOUT = 180
# Anything else is an error: a page read is 200, a response accepted is 302.
SUCCESS = {"read": 200, "submit": 302}


async def request(method, path, body=b"", headers=None):
    """One HTTP/1.1 request on a new connection: (status, headers text, body)."""
    reader, writer = await asyncio.open_connection(HOST, PORT)
    try:
        lines = [f"{method} {path} HTTP/1.1", f"Host: {HOST}:{PORT}", "Connection: close"]
        lines += [f"{name}: {value}" for name, value in (headers or {}).items()]
        if body:
            lines.append(f"Content-Length: {len(body)}")
        writer.write(("\r\n".join(lines) + "\r\n\r\n").encode() + body)
        await writer.drain()
        raw = await reader.read()
    finally:
        writer.close()
    head, _, content = raw.partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1]) if head.startswith(b"HTTP/") else 0
    return status, head.decode("latin-1"), content


async def timed(results, kind, method, path, **kwargs):
    started = time.perf_counter()
    try:
        status, *_rest = await asyncio.wait_for(request(method, path, **kwargs), REQUEST_TIMEOUT)
    except (OSError, TimeoutError, IndexError, ValueError):
        status = 0
    results.append((kind, status, (time.perf_counter() - started) * 1000))
    return status


async def visitor(pages, deadline, results, rng):
    while time.monotonic() < deadline:
        await timed(results, "read", "GET", rng.choice(pages))


async def resident(path, answers, deadline, results, tokens):
    # The form once, as a browser gets it: a CSRF cookie and its token.
    for _attempt in range(5):
        with_form = await asyncio.wait_for(request("GET", path), REQUEST_TIMEOUT)
        cookie = re.search(r"csrftoken=([^;]+)", with_form[1])
        token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', with_form[2])
        if cookie and token:
            break
    else:
        raise RuntimeError("could not load the consultation form")
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "Cookie": f"csrftoken={cookie.group(1)}",
    }
    base = answers | {"csrfmiddlewaretoken": token.group(1).decode()}
    while time.monotonic() < deadline:
        form_token = str(uuid.uuid4())
        body = urlencode(base | {"token": form_token}, doseq=True).encode()
        status = await timed(results, "submit", "POST", path, body=body, headers=headers)
        if status == 302:
            tokens.append(form_token)


async def run_load(site, seconds, residents, visitors):
    results, tokens = [], []
    rng = random.Random(2026)
    answers = site["answers"] | {
        "publication_consent": "anonymous",
        "processing_consent": "on",
        "email": "resident@example.org",
    }
    deadline = time.monotonic() + seconds
    started = time.monotonic()
    await asyncio.gather(
        *(resident(site["path"], answers, deadline, results, tokens) for _ in range(residents)),
        *(visitor(site["pages"], deadline, results, rng) for _ in range(visitors)),
    )
    return results, tokens, time.monotonic() - started


def figures(results, kind, elapsed):
    rows = [(k, status, ms) for k, status, ms in results if kind in (k, "all")]
    errors = sum(1 for k, status, _ms in rows if status != SUCCESS[k])
    latencies = [ms for _k, _status, ms in rows]
    return {
        "kind": kind,
        "requests": len(rows),
        "rps": round(len(rows) / elapsed, 1),
        "p50_ms": round(percentile(latencies, 0.50)),
        "p95_ms": round(percentile(latencies, 0.95)),
        "p99_ms": round(percentile(latencies, 0.99)),
        "errors": errors,
        "error_rate_pct": round(100 * errors / len(rows), 2) if rows else 0.0,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--residents", type=int, default=200, help="concurrent submitters")
    parser.add_argument("--visitors", type=int, default=500, help="concurrent readers")
    parser.add_argument("--workers", type=int, default=4, help="gunicorn worker processes")
    parser.add_argument("--quick", action="store_true", help="5 s, 20 residents, 50 visitors")
    args = parser.parse_args()
    if args.quick:
        args.seconds, args.residents, args.visitors = 5, 20, 50
    # One socket per concurrent client.
    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))

    with production_stack(
        "bench_load",
        f"f.reading_site({PORT})",
        workers=args.workers,
        log_name="load-server.log",
        gunicorn_args=["--backlog", "2048", "--timeout", "120"],
        env_extra={"MEDIA_ROOT": str(BASE_DIR / "var" / "bench" / "media")},
    ) as (env, site):
        wait_for_http(site["path"])
        results, tokens, elapsed = asyncio.run(
            run_load(site, args.seconds, args.residents, args.visitors)
        )
        stored = django_call(env, "f.stored_counts()")

    accepted = len(tokens)
    answers_each = 10  # the factory's questions: see bench.submissions
    rows = [figures(results, kind, elapsed) for kind in ("read", "submit", "all")]
    summary = {
        "seconds": args.seconds,
        "elapsed_s": round(elapsed, 1),
        "residents": args.residents,
        "visitors": args.visitors,
        "gunicorn_workers": args.workers,
        "accepted": accepted,
        "unanswered": sum(1 for kind, status, _ms in results if kind == "submit" and not status),
        "stored": stored["stored"],
        "answers_stored": stored["answers"],
        "answers_expected": accepted * answers_each,
    }
    print(
        f"\nLoad: {args.residents} residents submitting, {args.visitors} visitors reading, "
        f"{args.seconds} s; gunicorn x{args.workers}, PostgreSQL, Redis, Celery"
    )
    columns = ["kind", "requests", "rps", "p50_ms", "p95_ms", "p99_ms", "errors", "error_rate_pct"]
    print(" ".join(f"{c:>14}" for c in columns))
    for row in rows:
        print(" ".join(f"{row[c]!s:>14}" for c in columns))
    for key, value in summary.items():
        print(f"  {key:<18} {value}")
    out = BASE_DIR / "var" / "bench" / "load.json"
    out.write_text(json.dumps({**summary, "rows": rows}, indent=2))
    print(f"Written to {out.relative_to(BASE_DIR)}")
    if stored["stored"] != accepted or stored["answers"] != accepted * answers_each:
        sys.exit("FAILED: stored does not equal accepted")
    if any(status >= 500 for _kind, status, _ms in results):
        sys.exit("FAILED: server errors")


if __name__ == "__main__":
    main()
