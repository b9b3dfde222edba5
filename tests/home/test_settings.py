"""Deployment settings: production refuses to start unsafely, passes `check --deploy`, and
is set up for speed."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

BASE_DIR = Path(__file__).resolve().parents[2]


def run_manage(*args, **env):
    environment = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "DATABASE_URL")}
    environment["HUB_TEST_TMP_DIR"] = settings.TEST_TMP_DIR  # no stray temporary folders
    environment.update(env)
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage(
        "check",
        DJANGO_SETTINGS_MODULE="engagement_hub.settings.production",
        ALLOWED_HOSTS="hub.example.org",
    )
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_settings_pass_check_deploy_without_warnings():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="engagement_hub.settings.production",
        SECRET_KEY="x7!" + "k2q9Zp4Lr8Vt1Ws6Yb3Nd5Hf0Jg" * 2,
        ALLOWED_HOSTS="hub.example.org",
    )
    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout


@pytest.mark.parametrize(
    ("url", "engine", "postgres_app"),
    [
        ("sqlite:///var/x.sqlite3", "django.db.backends.sqlite3", False),
        ("postgres://hub@db.internal:5432/hub", "django.db.backends.postgresql", True),
    ],
)
def test_database_comes_from_database_url(url, engine, postgres_app):
    code = (
        "from django.conf import settings; "
        "print(settings.DATABASES['default']['ENGINE']); "
        "print('django.contrib.postgres' in settings.INSTALLED_APPS)"
    )
    result = run_manage(
        "shell", "-c", code, DJANGO_SETTINGS_MODULE="engagement_hub.settings.test", DATABASE_URL=url
    )
    assert result.stdout.split()[-2:] == [engine, str(postgres_app)], result.stderr


def test_production_serves_pages_fast():
    """Compiled templates kept per process, persistent connections, compressed HTML and
    hashed, compressed static files (far-future headers), and Wagtail's purges configured."""
    code = (
        "from django.conf import settings; from django.template import engines; "
        "from whitenoise.storage import CompressedManifestStaticFilesStorage as W; "
        "from django.utils.module_loading import import_string as i; "
        "print(engines['django'].engine.loaders[0][0]); "
        "print(settings.DATABASES['default']['CONN_MAX_AGE']); "
        "print('django.middleware.gzip.GZipMiddleware' in settings.MIDDLEWARE); "
        "print(issubclass(i(settings.STORAGES['staticfiles']['BACKEND']), W)); "
        "print(settings.WAGTAILFRONTENDCACHE['varnish']['LOCATION'])"
    )
    result = run_manage(
        "shell",
        "-c",
        code,
        DJANGO_SETTINGS_MODULE="engagement_hub.settings.production",
        SECRET_KEY="x7!" + "k2q9Zp4Lr8Vt1Ws6Yb3Nd5Hf0Jg" * 2,
        ALLOWED_HOSTS="hub.example.org",
        FRONTEND_CACHE_URL="http://127.0.0.1:6081",
    )
    assert result.stdout.split()[-5:] == [
        "django.template.loaders.cached.Loader",
        "60",
        "True",
        "True",
        "http://127.0.0.1:6081",
    ], result.stderr
