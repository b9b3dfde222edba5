"""Fixtures of the fault and backup tests (registered in tests/conftest.py): one
throwaway PostgreSQL cluster for the session, a template database with the site built
once, and per test a fresh copy of it served by gunicorn, with Redis, a Celery worker
and a mail server when the test asks. Nothing starts unless a test asks for it."""

import subprocess
import sys
import uuid

import pytest

from tests.doubles import SMTPSink
from tests.services import (
    BASE_DIR,
    RunningSite,
    ThrowawayPostgres,
    ThrowawayRedis,
    django_call,
    manage,
    site_environment,
)

TEMPLATE_DATABASE = "hub_faults_template"


@pytest.fixture(scope="session")
def throwaway_postgres():
    cluster = ThrowawayPostgres()
    try:
        cluster.initdb()
        cluster.start()
        yield cluster
    finally:
        cluster.remove()


@pytest.fixture(scope="session")
def built_site(throwaway_postgres, tmp_path_factory):
    """The site, migrated and built once into a template database (each test gets a
    copy), with its static files collected and media written once."""
    folder = tmp_path_factory.mktemp("site")
    (folder / "media").mkdir()
    throwaway_postgres.create_database(TEMPLATE_DATABASE)
    env = site_environment(f"{throwaway_postgres.url}/{TEMPLATE_DATABASE}", folder)
    # Static files (hashed and compressed, as in production) while the database is made.
    collectstatic = subprocess.Popen(
        [sys.executable, "manage.py", "collectstatic", "--no-input"],
        cwd=BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        # The cache tables first: without REDIS_URL the cache is a table, which
        # migrations already write to.
        manage(env, "createcachetable")
        manage(env, "migrate", "--no-input")
        info = django_call(env, "site.build()")
    finally:
        _, errors = collectstatic.communicate(timeout=300)
    assert collectstatic.returncode == 0, errors.decode()
    return {"folder": folder, **info}


@pytest.fixture
def site_database(throwaway_postgres, built_site):
    name = f"hub_faults_{uuid.uuid4().hex[:8]}"
    throwaway_postgres.create_database(name, template=TEMPLATE_DATABASE)
    return f"{throwaway_postgres.url}/{name}"


@pytest.fixture
def throwaway_redis(tmp_path):
    server = ThrowawayRedis(tmp_path)
    try:
        server.start()
        yield server
    finally:
        server.stop()


@pytest.fixture
def smtp_sink():
    sink = SMTPSink().start()
    try:
        yield sink
    finally:
        sink.stop()


@pytest.fixture
def make_site(site_database, built_site, tmp_path):
    """Start the site on a fresh copy of the database: `make_site(**environment)`."""
    started = []

    def make(**extra) -> RunningSite:
        shared = built_site["folder"]
        shared_folders = {
            "MEDIA_ROOT": str(shared / "media"),
            "STATIC_ROOT": str(shared / "static"),
        }
        env = site_environment(site_database, tmp_path, **(shared_folders | extra))
        site = RunningSite(env, tmp_path)
        started.append(site)
        return site

    try:
        yield make
    finally:
        for site in started:
            site.stop()
