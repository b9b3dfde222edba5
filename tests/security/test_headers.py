"""Issue 10, part 6: production's headers and cookies, the public Content Security
Policy, and the staff sign-in lockout, tested on responses with production's own values.

Also tested elsewhere: `check --deploy` passes with no warnings (tests/home/test_settings.py);
juror sign-in links work once, expire, are stored hashed, rotate the session and are
rate-limited (tests/deliberations/test_jurors.py)."""

import json
import os
import subprocess
import sys
from http.cookies import SimpleCookie
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.test import Client, override_settings
from django.urls import reverse

from deliberations import jurors
from deliberations.models import Jury

pytestmark = pytest.mark.django_db

BASE_DIR = Path(__file__).resolve().parents[2]
SECURITY_SETTINGS = [
    "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SECURE_CONTENT_TYPE_NOSNIFF",
    "SECURE_REFERRER_POLICY",
    "SECURE_CROSS_ORIGIN_OPENER_POLICY",
    "SECURE_CSP",
    "ADMIN_CSP",
    "X_FRAME_OPTIONS",
    "SESSION_COOKIE_SECURE",
    "SESSION_COOKIE_HTTPONLY",
    "SESSION_COOKIE_SAMESITE",
    "CSRF_COOKIE_SECURE",
    "CSRF_COOKIE_SAMESITE",
]


@pytest.fixture(scope="module")
def production_values():
    """The security settings exactly as production computes them, from its own module."""
    code = (
        "import json, django; django.setup(); from django.conf import settings; "
        f"print(json.dumps({{k: getattr(settings, k) for k in {SECURITY_SETTINGS!r}}}))"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SECURE_", "DATABASE_URL"))}
    env.update(
        DJANGO_SETTINGS_MODULE="engagement_hub.settings.production",
        SECRET_KEY="x7!" + "k2q9Zp4Lr8Vt1Ws6Yb3Nd5Hf0Jg" * 2,
        ALLOWED_HOSTS="testserver",
        HUB_TEST_TMP_DIR=django_settings.TEST_TMP_DIR,
    )
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture
def production(production_values):
    with override_settings(**production_values):
        yield production_values


def https(client, url, **extra):
    return client.get(url, secure=True, **extra)


def csp_directives(header: str) -> dict[str, list[str]]:
    parts = [part.split() for part in header.split(";") if part.strip()]
    return {part[0]: part[1:] for part in parts}


def test_plain_http_is_redirected_to_https(production, home_page):
    response = Client().get("/")
    assert response.status_code == 301
    assert response["Location"] == "https://testserver/"


def test_hsts_for_a_year_with_subdomains_and_preload(production, home_page):
    response = https(Client(), "/")
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"


def test_referrer_policy(production, home_page):
    assert https(Client(), "/")["Referrer-Policy"] == "strict-origin-when-cross-origin"


def test_no_content_type_sniffing(production, home_page):
    assert https(Client(), "/")["X-Content-Type-Options"] == "nosniff"


def test_public_pages_cannot_be_framed(production, home_page):
    response = https(Client(), "/")
    assert response["X-Frame-Options"] == "DENY"
    assert csp_directives(response["Content-Security-Policy"])["frame-ancestors"] == ["'none'"]


def test_cross_origin_opener_policy(production, home_page):
    assert https(Client(), "/")["Cross-Origin-Opener-Policy"] == "same-origin"


PUBLIC_URLS = ["/", "/search/?q=bus", "/jurors/sign-in/", "/juries/"]


@pytest.mark.parametrize("url", PUBLIC_URLS)
def test_public_csp_allows_no_inline_code_and_no_eval(production, index_page, url):
    response = https(Client(), url)
    assert response.status_code == 200
    header = response["Content-Security-Policy"]
    assert "unsafe-inline" not in header and "unsafe-eval" not in header
    directives = csp_directives(header)
    assert directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["base-uri"] == ["'self'"]
    assert directives["form-action"] == ["'self'"]


@pytest.mark.parametrize("url", PUBLIC_URLS)
def test_public_pages_need_no_inline_code_the_csp_would_block(production, index_page, url):
    import re

    html = https(Client(), url).content.decode()
    inline_scripts = [s for s in re.findall(r"<script\b[^>]*>", html) if "src=" not in s]
    assert not inline_scripts
    assert not re.search(r"<style\b", html)
    assert not re.search(r"\sstyle=", html)
    assert not re.search(r"\son[a-z]+=", html)  # no onclick= and the like


def test_only_the_admin_gets_the_relaxed_policy(production, admin_client, home_page):
    admin = https(admin_client, reverse("wagtailadmin_home"))["Content-Security-Policy"]
    assert "'unsafe-inline'" in csp_directives(admin)["script-src"]
    public = https(admin_client, "/")["Content-Security-Policy"]
    assert "unsafe-inline" not in public


def cookies(response) -> SimpleCookie:
    return response.cookies


def assert_locked_down(morsel):
    assert morsel["secure"] is True
    assert morsel["httponly"] is True
    assert morsel["samesite"] == "Lax"


def test_staff_session_cookie_is_secure_httponly_and_samesite(production, superuser):
    response = Client().post(
        reverse("wagtailadmin_login"),
        {"username": "admin", "password": "a-long-test-password"},
        secure=True,
    )
    assert response.status_code == 302
    assert_locked_down(response.cookies[django_settings.SESSION_COOKIE_NAME])


def test_juror_session_cookie_is_secure_httponly_and_samesite(production, topic_page):
    juror = jurors.invite_juror(Jury.for_topic(topic_page), "ann@example.org", "Ann")
    link = jurors.issue_sign_in_link(juror)
    token = link.rstrip("/").rsplit("/", 1)[1]
    response = Client().post(reverse("juror_sign_in", args=[token]), secure=True)
    assert response.status_code == 302
    assert_locked_down(response.cookies[django_settings.SESSION_COOKIE_NAME])


def test_csrf_cookie_is_secure_and_samesite(production, topic_page):
    # Not HttpOnly: Django's own advice (the token is in every form anyway), and Wagtail's
    # admin scripts read it.
    response = https(Client(), reverse("juror_request_link"))
    morsel = response.cookies[django_settings.CSRF_COOKIE_NAME]
    assert morsel["secure"] is True
    assert morsel["samesite"] == "Lax"


# Staff sign-in: lockout ---------------------------------------------------------------------


def sign_in(client, password, username="admin"):
    return client.post(reverse("wagtailadmin_login"), {"username": username, "password": password})


@override_settings(AXES_ENABLED=True, AXES_FAILURE_LIMIT=3)
def test_a_locked_account_stays_locked_from_a_fresh_session(superuser):
    for _ in range(3):
        sign_in(Client(), "wrong")
    fresh = Client()  # no cookies: the lockout is not kept in the session
    assert sign_in(fresh, "a-long-test-password").status_code == 429
    assert "_auth_user_id" not in fresh.session


@override_settings(AXES_ENABLED=True, AXES_FAILURE_LIMIT=3)
def test_the_lockout_is_recorded_and_reset_only_by_staff(superuser):
    from axes.models import AccessAttempt
    from axes.utils import reset

    for _ in range(3):
        sign_in(Client(), "wrong")
    attempt = AccessAttempt.objects.get(username="admin")
    assert attempt.failures_since_start == 3
    reset(username="admin")  # what `manage.py axes_reset_username admin` does
    assert sign_in(Client(), "a-long-test-password").status_code == 302


@override_settings(AXES_ENABLED=True)
def test_production_lockout_threshold_is_five_failures(superuser):
    assert django_settings.AXES_FAILURE_LIMIT == 5
    for _ in range(4):
        assert sign_in(Client(), "wrong").status_code == 200
    assert sign_in(Client(), "wrong").status_code == 429
