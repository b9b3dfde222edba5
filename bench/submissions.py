"""Residents submitting to a consultation through a real server, for 30 seconds.

Builds a fresh PostgreSQL database with one open consultation (every kind of question),
serves it with gunicorn (production settings), runs a real Celery worker against Redis for
the confirmation e-mails, and sends responses from concurrent clients. Then checks that
every accepted response is stored whole and confirmed.

    .venv/bin/python -m bench.submissions [--seconds 30] [--clients 16] [--workers 4]

Needs PostgreSQL (BENCH_POSTGRES_URL, default postgres://postgres@127.0.0.1:5432) and
Redis (BENCH_REDIS_URL, default redis://127.0.0.1:6379/14, emptied first) for the cache and
Celery's queue. Prints a table and writes it
as JSON to var/bench/submissions.json.
"""

import argparse
import contextlib
import http.client
import json
import os
import re
import secrets
import subprocess
import sys
import threading
import time
import uuid
from urllib.parse import urlencode

from bench import BASE_DIR

POSTGRES_URL = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/14")
HOST, PORT = "127.0.0.1", int(os.environ.get("BENCH_PORT", "8765"))


def create_database(prefix: str) -> str:
    """A new PostgreSQL database, a copy of BENCH_TEMPLATE_DB when set (an already migrated
    one: `make bench-quick` migrates once for every benchmark), else empty."""
    database = f"{prefix}_{os.getpid()}"
    template = os.environ.get("BENCH_TEMPLATE_DB")
    sql = f"CREATE DATABASE {database}" + (f" TEMPLATE {template}" if template else "")
    subprocess.run(
        ["psql", f"{POSTGRES_URL}/postgres", "-qc", sql], check=True, stdout=subprocess.DEVNULL
    )
    return database


def from_template() -> bool:
    """Whether `create_database` copies an already migrated database (BENCH_TEMPLATE_DB):
    then a `migrate` would only load the migration graph to find nothing to do."""
    return bool(os.environ.get("BENCH_TEMPLATE_DB"))


def server_environment(database: str) -> dict[str, str]:
    return os.environ | {
        "DJANGO_SETTINGS_MODULE": "engagement_hub.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": HOST,
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": f"{POSTGRES_URL}/{database}",
        "DATABASE_CONN_MAX_AGE": "60",
        "CELERY_BROKER_URL": REDIS_URL,
        # The cache too, as in production (docs/deploy.md); the rate limits stay in the
        # database whatever this says (engagement_hub/settings/base.py).
        "REDIS_URL": REDIS_URL,
        "EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend",
        # Every client comes from 127.0.0.1: the per-address limit would stop the test.
        "CONSULTATION_RATE_LIMIT": "100000000/60",
        "LOG_LEVEL": "WARNING",
        "STATIC_ROOT": str(BASE_DIR / "var" / "bench" / "static"),
    }


def manage(env, *args):
    subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def prepare_site(env):
    """Cache tables, migrations (none when the database is a migrated template's copy) and
    static files, in one Django process: under load each process start costs seconds."""
    commands = [["createcachetable"]]  # first: migrations write to the cache table
    if not from_template():
        commands.append(["migrate", "--no-input"])
    commands.append(["collectstatic", "--no-input"])
    code = "from django.core.management import call_command\n" + "".join(
        f"call_command(*{command!r}, verbosity=0)\n" for command in commands
    )
    manage(env, "shell", "-c", code)


def django_call(env, expression: str):
    """Evaluate `expression` (JSON-serialisable) in a Django process with `env`."""
    code = f"import json, bench.fixtures as f; print(json.dumps({expression}))"
    output = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=BASE_DIR,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def start(command, env, log):
    return subprocess.Popen(command, cwd=BASE_DIR, env=env, stdout=log, stderr=subprocess.STDOUT)


def wait_for_http(path, timeout=60, port=PORT):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection(HOST, port, timeout=5)
            connection.request("GET", path)
            if connection.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.5)
    raise RuntimeError("The server did not start.")


def csrf_pair(path):
    """A CSRF cookie and its form token, from one GET, as a browser gets them."""
    connection = http.client.HTTPConnection(HOST, PORT, timeout=30)
    connection.request("GET", path)
    response = connection.getresponse()
    html = response.read().decode()
    cookie = re.search(r"csrftoken=([^;]+)", response.getheader("Set-Cookie", "")).group(1)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    return cookie, token


def client_loop(path, answers, deadline, results, lock):
    cookie, csrf = csrf_pair(path)
    base = answers | {
        "publication_consent": "anonymous",
        "processing_consent": "on",
        "email": "resident@example.org",
        "csrfmiddlewaretoken": csrf,
    }
    connection = http.client.HTTPConnection(HOST, PORT, timeout=30)
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "Cookie": f"csrftoken={cookie}",
    }
    while time.monotonic() < deadline:
        body = urlencode(base | {"token": str(uuid.uuid4())}, doseq=True)
        started = time.perf_counter()
        try:
            connection.request("POST", path, body=body, headers=headers)
            response = connection.getresponse()
            response.read()
            status = response.status
        except OSError:
            status = 0
            connection = http.client.HTTPConnection(HOST, PORT, timeout=30)
        elapsed = (time.perf_counter() - started) * 1000
        with lock:
            results.append((status, elapsed))


def run_load(path, answers, seconds, clients):
    results, lock = [], threading.Lock()
    deadline = time.monotonic() + seconds
    threads = [
        threading.Thread(target=client_loop, args=(path, answers, deadline, results, lock))
        for _ in range(clients)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] if ordered else 0.0


@contextlib.contextmanager
def production_stack(
    name, fixture, *, workers, log_name, gunicorn_args=(), celery_concurrency=1, env_extra=None
):
    """A fresh PostgreSQL database built by `fixture` (an expression on `bench.fixtures`
    as `f`), served by gunicorn with `workers` processes (production settings) and a
    Celery worker on Redis. Yields (environment, the fixture's result); stops the
    processes and drops the database at the end, also on failure."""
    database = create_database(name)
    psql = ["psql", f"{POSTGRES_URL}/postgres", "-qc"]
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    env = server_environment(database) | (env_extra or {})
    # A fresh database: nothing an earlier run cached (sites, pages) may be read again.
    subprocess.run(["redis-cli", "-u", env["REDIS_URL"], "flushdb"], check=True, **quiet)
    logs = BASE_DIR / "var" / "bench"
    logs.mkdir(parents=True, exist_ok=True)
    processes = []
    try:
        prepare_site(env)
        site = django_call(env, fixture)
        with (logs / log_name).open("w") as server_log:
            gunicorn = ["-m", "gunicorn", "engagement_hub.wsgi", "--bind", f"{HOST}:{PORT}"]
            gunicorn += ["--workers", str(workers), "--no-control-socket", *gunicorn_args]
            processes.append(start([sys.executable, *gunicorn], env, server_log))
            celery = ["-m", "celery", "-A", "engagement_hub", "worker", "--loglevel", "WARNING"]
            celery += ["--concurrency", str(celery_concurrency), "--without-gossip"]
            celery += ["--without-mingle", "--without-heartbeat"]
            processes.append(start([sys.executable, *celery], env, server_log))
            yield env, site
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=30)
        subprocess.run([*psql, f"DROP DATABASE IF EXISTS {database}"], check=False, **quiet)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--workers", type=int, default=4, help="gunicorn worker processes")
    args = parser.parse_args()

    with production_stack(
        "bench_submissions",
        f"f.consultation_site({PORT})",
        workers=args.workers,
        log_name="submissions-server.log",
        gunicorn_args=["--access-logfile", "-"],
        celery_concurrency=2,
    ) as (env, site):
        path = site["path"]
        wait_for_http(path)
        results = run_load(path, site["answers"], args.seconds, args.clients)
        accepted = sum(1 for status, _ms in results if status == 302)
        # Let the worker finish the confirmation e-mails.
        deadline = time.monotonic() + 120
        stored = django_call(env, "f.stored_counts()")
        while stored["unconfirmed"] and time.monotonic() < deadline:
            time.sleep(2)
            stored = django_call(env, "f.stored_counts()")

    latencies = [ms for status, ms in results if status == 302]
    # The form's questions: 10 answer rows (2 checkboxes, 3 ranks, 5 single answers).
    answers_each = 10
    report = {
        "seconds": args.seconds,
        "clients": args.clients,
        "gunicorn_workers": args.workers,
        "requests": len(results),
        "accepted": accepted,
        "refused_4xx": sum(1 for status, _ms in results if 400 <= status < 500),
        "server_errors_5xx": sum(1 for status, _ms in results if status >= 500),
        "connection_errors": sum(1 for status, _ms in results if status == 0),
        "accepted_per_second": round(accepted / args.seconds, 1),
        "p50_ms": round(percentile(latencies, 0.50), 1),
        "p99_ms": round(percentile(latencies, 0.99), 1),
        "stored": stored["stored"],
        "answers_stored": stored["answers"],
        "answers_expected": accepted * answers_each,
        "lost": accepted - stored["stored"],
        "confirmations_unsent": stored["unconfirmed"],
    }
    print(
        f"Submissions: {args.clients} clients for {args.seconds} s, gunicorn x{args.workers}, "
        "PostgreSQL, Redis, Celery worker"
    )
    for key, value in report.items():
        print(f"  {key:<22} {value}")
    out = BASE_DIR / "var" / "bench" / "submissions.json"
    out.write_text(json.dumps(report, indent=2))
    print(f"Written to {out.relative_to(BASE_DIR)}")
    if (
        report["lost"]
        or report["server_errors_5xx"]
        or stored["stored"] != accepted
        or stored["answers"] != accepted * answers_each
    ):
        sys.exit("FAILED: server errors, or stored does not equal accepted")


if __name__ == "__main__":
    main()
