"""Public pages on launch day: SQL queries, in-process render time, and throughput and
latency under load, uncached (gunicorn) and cached (Varnish in front of gunicorn), side by
side with two baselines measured in the same run: a trivial Django view returning the same
bytes (bench/trivial_app.py) and nginx serving the same HTML as a static file.

    .venv/bin/python -m bench.pages [--seconds 10] [--connections 16] [--quick]

Builds a fresh PostgreSQL database (BENCH_POSTGRES_URL, default
postgres://postgres@127.0.0.1:5432) with 3 topics x 60 evidence pages, their speakers, a
consultation with 25,000 responses and a Welsh translation; serves it with gunicorn
(gunicorn.conf.py, production settings, Redis cache: BENCH_REDIS_URL, default
redis://127.0.0.1:6379/13); loads it with wrk. Installs nginx, Varnish and wrk with
apt-get when missing. Also checks that publishing a page purges Varnish's copy. Prints
a table and writes it as JSON to var/bench/pages.json.
"""

import argparse
import http.client
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import BASE_DIR, report
from bench.submissions import (
    HOST,
    POSTGRES_URL,
    create_database,
    django_call,
    prepare_site,
    server_environment,
    start,
    wait_for_http,
)

REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/13")


def free_port() -> int:
    # Other benchmarks may run on this machine at the same time: never a fixed port.
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


PORT, TRIVIAL_PORT, NGINX_PORT, VARNISH_PORT = (free_port() for _ in range(4))
TOOLS = {"nginx": "nginx-light", "varnishd": "varnish", "wrk": "wrk"}
# Quick (CI): every page type's queries and render time, but wrk (four targets, 1 s each)
# on the topic page only: the load path end to end, in 4 s rather than 40.
QUICK = {
    "topics": 1,
    "evidence": 6,
    "submissions": 100,
    "renders": 3,
    "seconds": 1,
    "loaded": ["topic"],
}
FULL = {"topics": 3, "evidence": 60, "submissions": 25_000, "renders": 50, "loaded": None}
NOT_LOADED = "-"  # the load columns of a page wrk did not load (quick mode)
LOAD_KEYS = [
    f"{target}_{key}"
    for target in ("django", "varnish", "trivial", "nginx")
    for key in ("rps", "p50_ms", "p99_ms", "errors")
]
RATIOS = [
    f"{target}/{baseline}" for target in ("django", "varnish") for baseline in ("trivial", "nginx")
]

NGINX_CONF = """
worker_processes {workers};
daemon off;
pid {run}/nginx.pid;
error_log {run}/nginx-error.log;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    sendfile on;
    gzip_static on;  # page.html.gz, the bytes Varnish serves, for clients that take gzip
    keepalive_requests 1000000;
    default_type "text/html; charset=utf-8";
    client_body_temp_path {run}/body;
    proxy_temp_path {run}/proxy;
    fastcgi_temp_path {run}/fastcgi;
    uwsgi_temp_path {run}/uwsgi;
    scgi_temp_path {run}/scgi;
    server {{
        listen {host}:{port};
        root {html};
    }}
}}
"""


def ensure_tools():
    missing = [package for tool, package in TOOLS.items() if not shutil.which(tool)]
    if missing:
        subprocess.run(["apt-get", "update", "-qq"], check=True)
        subprocess.run(["apt-get", "install", "-y", "-qq", *missing], check=True)


# Every browser asks for compressed pages: so does wrk, and every target answers with gzip.
# (Without it Varnish would unzip its stored copy for each request, which no browser needs.)
ACCEPT_GZIP = {"Accept-Encoding": "gzip"}


def wrk(url: str, seconds: int, connections: int) -> dict:
    headers = [arg for name, value in ACCEPT_GZIP.items() for arg in ("-H", f"{name}: {value}")]
    output = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", *headers, url],
        check=True,
        capture_output=True,
        text=True,
    ).stdout

    def milliseconds(label):
        value, unit = re.search(rf"^\s+{label}\s+([\d.]+)(us|ms|s)\s*$", output, re.M).groups()
        return round(float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit], 2)

    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "rps": round(float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))),
        "p50_ms": milliseconds("50%"),
        "p99_ms": milliseconds("99%"),
        "errors": int(non_2xx.group(1)) if non_2xx else 0,
    }


def fetch(port: int, path: str, headers=None) -> tuple[int, dict, bytes]:
    connection = http.client.HTTPConnection(HOST, port, timeout=30)
    connection.request("GET", path, headers=headers or {})
    response = connection.getresponse()
    return response.status, dict(response.getheaders()), response.read()


def gunicorn(app: str, port: int, env: dict, log):
    command = [sys.executable, "-m", "gunicorn", app, "-c", str(BASE_DIR / "gunicorn.conf.py")]
    return start(command, env | {"GUNICORN_BIND": f"{HOST}:{port}"}, log)


def purge_check(env, path: str) -> dict:
    """Varnish serves `path` from its cache, then a publish purges it."""
    fetch(VARNISH_PORT, path)
    before = fetch(VARNISH_PORT, path)[1].get("X-Cache")
    django_call(env, f"f.republish({path!r})")
    after = fetch(VARNISH_PORT, path)[1].get("X-Cache")
    return {"before_publish": before, "after_publish": after, "purged": after == "MISS"}


def measure_load(name, path, args, row):
    file = re.sub(r"\W+", "-", name).strip("-")
    targets = {
        "django": f"http://{HOST}:{PORT}{path}",
        "varnish": f"http://{HOST}:{VARNISH_PORT}{path}",
        "trivial": f"http://{HOST}:{TRIVIAL_PORT}/{file}",
        "nginx": f"http://{HOST}:{NGINX_PORT}/{file}.html",
    }
    for target, url in targets.items():
        figures = wrk(url, args.seconds, args.connections)
        row |= {f"{target}_{key}": value for key, value in figures.items()}
    for target in ("django", "varnish"):
        for baseline in ("trivial", "nginx"):
            row[f"{target}/{baseline}"] = round(row[f"{target}_rps"] / row[f"{baseline}_rps"], 2)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10, help="wrk duration per target")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument(
        "--quick", action="store_true", help="small data; wrk 1 s per target, topic page only (CI)"
    )
    args = parser.parse_args()
    sizes = QUICK if args.quick else FULL
    if args.quick:
        args.seconds = QUICK["seconds"]
    ensure_tools()

    database = create_database("bench_pages")
    psql = ["psql", f"{POSTGRES_URL}/postgres", "-qc"]
    subprocess.run(["redis-cli", "-u", REDIS_URL, "flushdb"], check=True, stdout=subprocess.DEVNULL)
    env = server_environment(database) | {
        "REDIS_URL": REDIS_URL,
        "FRONTEND_CACHE_URL": f"http://{HOST}:{VARNISH_PORT}",
        "GUNICORN_ACCESS_LOG": "/dev/null",
    }
    env.pop("CELERY_BROKER_URL")  # no worker here: the few jobs run in the process
    out = BASE_DIR / "var" / "bench"
    run = Path(tempfile.mkdtemp(prefix="engagement-hub-bench-pages-"))
    run.chmod(0o755)  # varnishd and nginx read from it as their own users
    html = run / "html"  # the pages as served, for the baselines
    html.mkdir()
    processes = []
    sizes_served = {}  # page name: bytes of its compressed copy
    try:
        started = time.monotonic()
        prepare_site(env)
        site = django_call(
            env,
            f"f.pages_site({PORT}, {sizes['topics']}, {sizes['evidence']}, {sizes['submissions']})",
        )
        # As autovacuum would on a live site: without statistics the planner guesses.
        subprocess.run(["psql", f"{POSTGRES_URL}/{database}", "-qc", "ANALYZE"], check=True)
        built_seconds = round(time.monotonic() - started)
        urls = site["urls"]
        costs = django_call(env, f"f.render_costs({urls!r}, {sizes['renders']})")

        log = (out / "pages-servers.log").open("w")
        processes.append(gunicorn("engagement_hub.wsgi", PORT, env, log))
        wait_for_http("/", port=PORT)
        vcl = run / "varnish.vcl"
        vcl.write_text(
            (BASE_DIR / "deploy" / "varnish.vcl")
            .read_text()
            .replace('.port = "8000"', f'.port = "{PORT}"')
        )
        processes.append(
            start(
                [
                    "varnishd",
                    "-F",
                    "-n",
                    str(run / "varnish"),
                    "-a",
                    f"{HOST}:{VARNISH_PORT}",
                    "-f",
                    str(vcl),
                    "-s",
                    "malloc,128m",
                ],
                env,
                log,
            )
        )
        wait_for_http("/", port=VARNISH_PORT)
        # The baselines' copies: each page as served, and compressed as Varnish serves it
        # to a browser (fetching it also puts it in Varnish's cache).
        for name, path in urls.items():
            file = re.sub(r"\W+", "-", name).strip("-")
            (html / f"{file}.html").write_bytes(fetch(PORT, path)[2])
            fetch(VARNISH_PORT, path, ACCEPT_GZIP)
            _status, headers, body = fetch(VARNISH_PORT, path, ACCEPT_GZIP)
            assert headers.get("Content-Encoding") == "gzip", (name, headers)
            (html / f"{file}.html.gz").write_bytes(body)
            sizes_served[name] = len(body)
        processes.append(
            gunicorn("bench.trivial_app", TRIVIAL_PORT, env | {"BENCH_HTML_DIR": str(html)}, log)
        )
        conf = run / "nginx.conf"
        conf.write_text(
            NGINX_CONF.format(
                workers=os.cpu_count(), run=run, host=HOST, port=NGINX_PORT, html=html
            )
        )
        processes.append(start(["nginx", "-c", str(conf)], env, log))
        wait_for_http("/home", port=TRIVIAL_PORT)
        wait_for_http("/home.html", port=NGINX_PORT)

        rows = []
        for name, path in urls.items():
            row = {"page": name, **costs[name]}
            if sizes["loaded"] is None or name in sizes["loaded"]:
                measure_load(name, path, args, row)
            else:
                row |= dict.fromkeys(LOAD_KEYS + RATIOS, NOT_LOADED)
            rows.append(row)
        purge = purge_check(env, urls["topic"])
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=30)
        shutil.rmtree(run, ignore_errors=True)
        subprocess.run([*psql, f"DROP DATABASE IF EXISTS {database}"], check=False)

    columns = [
        ("page", "page"),
        ("queries", "queries"),
        ("render ms", "render_ms"),
        ("KB", "kb"),
        ("gzip KB", "gzip_kb"),
        ("django r/s", "django_rps"),
        ("p50", "django_p50_ms"),
        ("p99", "django_p99_ms"),
        ("varnish r/s", "varnish_rps"),
        ("p50", "varnish_p50_ms"),
        ("p99", "varnish_p99_ms"),
        ("trivial r/s", "trivial_rps"),
        ("nginx r/s", "nginx_rps"),
        ("django/trivial", "django/trivial"),
        ("django/nginx", "django/nginx"),
        ("varnish/trivial", "varnish/trivial"),
        ("varnish/nginx", "varnish/nginx"),
    ]
    for row in rows:
        row["kb"] = round(row["bytes"] / 1024, 1)
        row["gzip_kb"] = round(sizes_served[row["page"]] / 1024, 1)
    report(
        "pages",
        f"Public pages: {site['counts']}; PostgreSQL, Redis cache, gunicorn x"
        f"{os.environ.get('GUNICORN_WORKERS') or 2 * os.cpu_count()} (production settings); "
        f"wrk {args.connections} connections, {args.seconds} s per target, gzip accepted as "
        "browsers do; latencies in ms",
        columns,
        rows,
        counts=site["counts"],
        seconds=args.seconds,
        connections=args.connections,
        dataset_build_seconds=built_seconds,
        purge_check=purge,
    )
    print(f"Publishing the topic purged its cached copy: {purge}")
    failed = [
        row["page"]
        for row in rows
        if row["django_errors"] not in (0, NOT_LOADED)
        or row["varnish_errors"] not in (0, NOT_LOADED)
    ]
    if failed or not purge["purged"]:
        sys.exit(f"FAILED: error responses on {failed}, or the purge did not reach Varnish")


if __name__ == "__main__":
    main()
