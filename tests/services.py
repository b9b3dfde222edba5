"""Real services for the fault and backup tests: a throwaway Redis and PostgreSQL cluster
on spare ports (never the machine's shared ones, which other processes use), and the
site itself, served by gunicorn with a Celery worker, as in production.

Every process started here is stopped by its own PID (or `pg_ctl`) when its fixture
ends, also when the test fails. A missing binary skips the test, which CI
(`HUB_FORBID_SKIPS=1`) turns into a failure.
"""

import contextlib
import glob
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
import requests

BASE_DIR = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def wait_until(condition, timeout, message, interval=0.2):
    """Poll `condition` until it returns something true; fail with `message` (a string
    or a function giving one) after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() > deadline:
            pytest.fail(message() if callable(message) else message)
        time.sleep(interval)


def stop_process(process: subprocess.Popen, timeout=15) -> None:
    """Quick shutdown (SIGQUIT, for gunicorn and Celery alike), then SIGKILL."""
    if process.poll() is None:
        process.send_signal(signal.SIGQUIT)
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=timeout)


class ThrowawayRedis:
    """redis-server on a spare port, without persistence: stop() loses everything, as a
    crashed cache or broker would."""

    def __init__(self, folder: Path):
        if not shutil.which("redis-server"):
            pytest.skip("redis-server is not installed")
        self.port = free_port()
        self.folder = folder
        self.process = None

    @property
    def url(self) -> str:
        return f"redis://{HOST}:{self.port}"

    def start(self) -> None:
        self.process = subprocess.Popen(  # noqa: S603
            [
                shutil.which("redis-server"),
                "--bind",
                HOST,
                "--port",
                str(self.port),
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.folder),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_until(self._answers, 10, f"redis-server did not start on port {self.port}")

    def stop(self) -> None:
        """Kill it (SIGKILL): an outage, not a clean shutdown."""
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)

    def _answers(self) -> bool:
        with contextlib.suppress(OSError), socket.create_connection((HOST, self.port), 1) as s:
            s.sendall(b"PING\r\n")
            return s.recv(16).startswith(b"+PONG")
        return False


def _postgres_bin() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
    return Path(found[-1]).parent


class ThrowawayPostgres:
    """A temporary PostgreSQL cluster (initdb) on a spare port, run as the `postgres`
    user when the tests run as root (PostgreSQL refuses to run as root)."""

    def __init__(self):
        self.bin = _postgres_bin()
        self.port = free_port()
        self.folder = Path(tempfile.mkdtemp(prefix="hub-faults-pg-"))
        self.data = self.folder / "data"
        self.log = self.folder / "postgres.log"
        self.user = None
        if os.geteuid() == 0:
            try:
                import pwd

                self.user = pwd.getpwnam("postgres")
            except KeyError:
                pytest.skip("running as root and there is no postgres user to run PostgreSQL")
            os.chown(self.folder, self.user.pw_uid, self.user.pw_gid)

    @property
    def url(self) -> str:
        return f"postgres://postgres@{HOST}:{self.port}"

    def _run(self, *command, check=True):
        if self.user is not None:
            command = ("runuser", "-u", "postgres", "--", *command)
        return subprocess.run(command, check=check, capture_output=True, text=True, timeout=60)  # noqa: S603

    def initdb(self) -> None:
        self._run(
            str(self.bin / "initdb"),
            "-D",
            str(self.data),
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--no-sync",
        )

    def start(self) -> None:
        options = (
            f"-p {self.port} -k {self.folder} -c listen_addresses={HOST} "
            "-c fsync=off -c full_page_writes=off -c max_connections=200"
        )
        self._run(
            str(self.bin / "pg_ctl"),
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(self.log),
            "-w",
            "-t",
            "30",
            "start",
        )

    def stop(self, mode="immediate") -> None:
        """`immediate`: every connection cut at once, as when the server crashes."""
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop")

    def running(self) -> bool:
        return (
            self._run(
                str(self.bin / "pg_ctl"), "-D", str(self.data), "status", check=False
            ).returncode
            == 0
        )

    def psql(self, database: str, sql: str) -> str:
        return psql(f"{self.url}/{database}", sql)

    def create_database(self, name: str, template: str | None = None) -> None:
        template_clause = f" TEMPLATE {template}" if template else ""
        self.psql("postgres", f"CREATE DATABASE {name}{template_clause}")

    def remove(self) -> None:
        if self.data.exists() and self.running():
            self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)


def psql(database_url: str, sql: str) -> str:
    """Run `sql` and return its unaligned output (one row per line, `|` between)."""
    result = subprocess.run(  # noqa: S603
        [shutil.which("psql") or "psql", database_url, "-XAtqv", "ON_ERROR_STOP=1", "-c", sql],
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    )
    return result.stdout.strip()


def site_environment(database_url: str, folder: Path, **extra: str) -> dict[str, str]:
    """The environment of a production deployment of the site, on the given database,
    with its media and private files under `folder`."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("HUB_", "DJANGO_", "DATABASE_", "CELERY_", "REDIS_"))
    }
    return (
        env
        | {
            "DJANGO_SETTINGS_MODULE": "engagement_hub.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": f"{HOST},localhost",
            "SECURE_SSL_REDIRECT": "false",
            "DATABASE_URL": database_url,
            "DATABASE_CONN_MAX_AGE": "60",
            # No broker unless a test gives one: an unused port, so enqueueing fails at once.
            "CELERY_BROKER_URL": f"redis://{HOST}:{free_port()}/1",
            # Every client is 127.0.0.1: the per-address limit would stop a burst.
            "CONSULTATION_RATE_LIMIT": "1000000/60",
            "LOG_LEVEL": "INFO",
            "MEDIA_ROOT": str(folder / "media"),
            "PRIVATE_MEDIA_ROOT": str(folder / "private"),
            "STATIC_ROOT": str(folder / "static"),
            "PYTHONUNBUFFERED": "1",
        }
        | extra
    )


def manage(env: dict, *args: str, timeout=180) -> str:
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if result.returncode:
        pytest.fail(f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def django_call(env: dict, expression: str):
    """Evaluate `expression` (JSON-serialisable) with `tests.faults.site as site`
    imported, in a Django process with `env`."""
    code = f"import json, tests.faults.site as site; print(json.dumps({expression}))"
    return json.loads(manage(env, "shell", "-c", code).strip().splitlines()[-1])


class RunningSite:
    """gunicorn (and, when asked, a Celery worker) serving the site with `env`."""

    def __init__(self, env: dict, folder: Path):
        self.env = env
        self.folder = folder
        self.port = free_port()
        self.base_url = f"http://{HOST}:{self.port}"
        self.web = None
        self.worker = None
        self.web_log = folder / "web.log"
        self.worker_log = folder / "worker.log"

    def start_web(self, workers=2) -> None:
        self.web = self._start(
            [
                "-m",
                "gunicorn",
                "engagement_hub.wsgi",
                "--bind",
                f"{HOST}:{self.port}",
                "--workers",
                str(workers),
                "--timeout",
                "30",
                "--graceful-timeout",
                "5",
                "--no-control-socket",
            ],
            self.web_log,
        )
        wait_until(
            lambda: self._status("/") == 200,
            60,
            lambda: f"gunicorn did not serve the home page:\n{self.web_log.read_text()}",
        )

    def start_worker(self, concurrency=1) -> None:
        self.worker = self._start(
            [
                "-m",
                "celery",
                "-A",
                "engagement_hub",
                "worker",
                "--loglevel",
                "INFO",
                "--concurrency",
                str(concurrency),
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
                "-n",
                f"faults-{self.port}@localhost",
            ],
            self.worker_log,
        )
        wait_until(
            lambda: "ready." in self.worker_log.read_text() or self.worker.poll() is not None,
            60,
            lambda: f"the Celery worker did not start:\n{self.worker_log.read_text()}",
        )
        assert self.worker.poll() is None, self.worker_log.read_text()

    def sql(self, query: str) -> str:
        return psql(self.env["DATABASE_URL"], query)

    def submissions(self) -> list[dict]:
        return django_call(self.env, "site.submissions()")

    def report(self, scenario: str, **figures) -> None:
        """Keep a scenario's figures in var/faults/results.json (tests do not print)."""
        out = BASE_DIR / "var" / "faults" / "results.json"
        out.parent.mkdir(parents=True, exist_ok=True)
        results = json.loads(out.read_text()) if out.exists() else {}
        results[scenario] = figures
        out.write_text(json.dumps(results, indent=2))

    def worker_children(self) -> list[int]:
        """The worker's pool processes (their parent is the worker's main process)."""
        path = Path(f"/proc/{self.worker.pid}/task/{self.worker.pid}/children")
        return [int(pid) for pid in path.read_text().split()]

    def stop(self) -> None:
        for process in (self.worker, self.web):
            if process is not None:
                stop_process(process)

    def _start(self, args, log_path):
        with log_path.open("a") as log:
            return subprocess.Popen(  # noqa: S603
                [sys.executable, *args], cwd=BASE_DIR, env=self.env, stdout=log, stderr=log
            )

    def _status(self, path) -> int:
        try:
            return requests.get(self.base_url + path, timeout=5, allow_redirects=False).status_code
        except requests.RequestException:
            return 0

    def get(self, path, **kwargs) -> requests.Response:
        return requests.get(self.base_url + path, timeout=30, allow_redirects=False, **kwargs)

    def form(self, path) -> tuple[str, str]:
        """A CSRF cookie and its form token, from one GET, as a browser gets them."""
        response = self.get(path)
        response.raise_for_status()
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.text)
        return response.cookies["csrftoken"], token.group(1)

    def post(self, path, data, csrf) -> requests.Response:
        cookie, token = csrf
        return requests.post(
            self.base_url + path,
            data=data | {"csrfmiddlewaretoken": token},
            headers={"Cookie": f"csrftoken={cookie}"},
            timeout=30,
            allow_redirects=False,
        )


def kill(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
