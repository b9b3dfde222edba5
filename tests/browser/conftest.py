"""Real-browser tests: Debian's Chromium, driven by Playwright, against the demo site
served by a real server process on its own database.

They run in their own pytest session (`make test` runs them after the other tests): the
demo site they need would get in the way of tests that expect an empty database.
"""

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("HUB_CHROMIUM", "/usr/bin/chromium")
AXE_SCRIPT = BASE_DIR / "node_modules" / "axe-core" / "axe.min.js"
ARTEFACTS = BASE_DIR / "var" / "browser-artefacts"
# Chromium must not reach for the network: this machine has none, and a test must not.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# One page of each type (and consultation state), per language: in English, and in each
# other language the page's translation where the demo has one, or the English page under
# that language's prefix (the interface translated, the content marked as English).
PAGE_URLS = """
import json
from django.conf import settings
from wagtail.models import Locale, Page
from consultations.models import ConsultationPage
def key(page):
    page = page.specific
    if isinstance(page, ConsultationPage):
        return f"ConsultationPage:{page.state}"
    return type(page).__name__
live = Page.objects.live().filter(depth__gt=1).order_by("path")
english = {}
for page in live.filter(locale__language_code=settings.LANGUAGE_CODE):
    english.setdefault(key(page), page.url)
urls = {settings.LANGUAGE_CODE: english}
for locale in Locale.objects.exclude(language_code=settings.LANGUAGE_CODE):
    translated = {}
    for page in live.filter(locale=locale, alias_of__isnull=True):
        translated.setdefault(key(page), page.url)
    prefix = "/" + locale.language_code
    urls[locale.language_code] = {kind: translated.get(kind, prefix + url)
                                  for kind, url in english.items()}
print(json.dumps(urls))
"""

OTHER_LANGUAGES = ["cy", "pl", "ur"]
RIGHT_TO_LEFT = {"ur"}


@dataclass
class Site:
    url: str
    pages: dict[str, str]  # page type (and consultation state) -> path of one such page
    localized: dict[str, dict[str, str]]  # language -> the same, in that language
    manage: Callable[..., str]  # runs a management command against the site's database


@pytest.fixture(scope="session")
def site():
    """The demo site, migrated and loaded into a fresh SQLite database, served by
    gunicorn with the test settings; stopped at the end of the session."""
    if not Path(CHROMIUM).exists():
        pytest.skip(f"Chromium not found at {CHROMIUM}: browser tests skipped")
    if not AXE_SCRIPT.exists():
        pytest.skip("axe-core is not installed: run npm ci")
    folder = Path(tempfile.mkdtemp(prefix="engagement-hub-browser-"))
    port = free_port()
    env = os.environ | {
        "DJANGO_SETTINGS_MODULE": "engagement_hub.settings.test",
        "DATABASE_URL": f"sqlite:///{folder / 'site.sqlite3'}",
        "HUB_TEST_TMP_DIR": str(folder),
        "DEMO_PASSWORD": "browser-test-password",
    }
    env.pop("HUB_TEST_EMAIL_DIR", None)

    def manage(*args) -> str:
        return subprocess.run(  # noqa: S603
            [sys.executable, "manage.py", *args],
            cwd=BASE_DIR,
            env=env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout

    manage("migrate", "--no-input")
    manage("createcachetable")
    manage("load_demo", "--skip-indexes")
    localized = json.loads(manage("shell", "-c", PAGE_URLS).strip().splitlines()[-1])
    log = (folder / "server.log").open("w")
    server = subprocess.Popen(  # noqa: S603
        [
            sys.executable,
            "-m",
            "gunicorn",
            "engagement_hub.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--no-control-socket",
        ],
        cwd=BASE_DIR,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(url + "/", timeout=5)  # noqa: S310
                break
            except OSError:
                assert server.poll() is None, (folder / "server.log").read_text()
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.3)
        yield Site(url=url, pages=localized["en-gb"], localized=localized, manage=manage)
    finally:
        server.terminate()
        server.wait(timeout=20)
        log.close()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, request):
    # Bypassing the CSP lets the test inject axe-core; the site's own code never needs it.
    context = browser.new_context(bypass_csp=True, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    failed = getattr(request.node, "rep_call", None)
    if failed is not None and failed.failed:
        ARTEFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTEFACTS / f"{request.node.name}.png"), full_page=True)
    context.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call":
        item.rep_call = report
    return report


WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

# Rules switched off, each with its reason. Keep this empty unless a rule is wrong here.
DISABLED_RULES: dict[str, str] = {}


def axe_violations(page, name: str) -> list[dict]:
    """Run axe-core with the WCAG 2.0/2.1/2.2 A and AA rules; save the report as an
    artefact when there are violations."""
    page.add_script_tag(path=str(AXE_SCRIPT))
    options = {
        "runOnly": {"type": "tag", "values": WCAG_TAGS},
        "rules": {rule: {"enabled": False} for rule in DISABLED_RULES},
    }
    result = page.evaluate("options => axe.run(document, options)", options)
    violations = result["violations"]
    if violations:
        ARTEFACTS.mkdir(parents=True, exist_ok=True)
        (ARTEFACTS / f"{name}.axe.json").write_text(json.dumps(violations, indent=2))
    return violations


def describe(violations) -> str:
    return "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in violations
    )
