"""Tests: fast hashing, local-memory cache, plain static files, temporary media, quiet logs."""

import os
import tempfile

from .base import *  # noqa: F403

SECRET_KEY = "test-only-secret-key-not-for-any-deployment"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]

# Django's test client signs in without a request, which django-axes refuses; the
# lockout has its own test with AXES_ENABLED switched back on.
AXES_ENABLED = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    "private": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
}
# One temporary folder per test run for media, static files and the SQLite database,
# shared with processes the tests start and removed at the end (tests/conftest.py).
TEST_TMP_DIR = os.environ.get("HUB_TEST_TMP_DIR") or tempfile.mkdtemp(prefix="engagement-hub-test-")
MEDIA_ROOT = os.path.join(TEST_TMP_DIR, "media")
STORAGES["private"]["OPTIONS"] = {"location": os.path.join(TEST_TMP_DIR, "private")}
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
if os.environ.get("HUB_TEST_EMAIL_DIR"):
    # A Celery worker started by a test writes its mail where the test can read it.
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "OPTIONS": {"file_path": os.environ["HUB_TEST_EMAIL_DIR"]},
        }
    }
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A file, not memory, so that a Celery worker started by a test shares the database.
    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": os.path.join(TEST_TMP_DIR, "test.sqlite3")
    }
# Wagtail's own background work (search and reference indexes) runs in the request.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"null": {"class": "logging.NullHandler"}},
    "root": {"handlers": ["null"], "level": "CRITICAL"},
}
STATIC_ROOT = os.path.join(TEST_TMP_DIR, "static")
os.makedirs(STATIC_ROOT, exist_ok=True)

# Servers started by the browser tests serve static files and media themselves.
WHITENOISE_USE_FINDERS = True
SERVE_MEDIA = True
