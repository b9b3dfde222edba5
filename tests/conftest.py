import datetime
import os
import shutil

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone, translation
from wagtail.models import Page, Site

from deliberations.factories import (
    DeliberationIndexPageFactory,
    DeliberationTopicPageFactory,
)
from home.factories import HomePageFactory

# Real services for the fault and backup tests (started only when a test asks).
from tests.service_fixtures import (  # noqa: F401
    built_site,
    make_site,
    site_database,
    smtp_sink,
    throwaway_postgres,
    throwaway_redis,
)


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in the site's default language: a request under /cy/ leaves
    Welsh active in the thread, which would change what the next test renders."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def empty_caches():
    """Each test starts with empty caches: the database is rolled back after a test, but
    not the cache, which would keep a site, page or fragment the test made."""
    from django.core.cache import cache

    from home import site_cache

    cache.clear()
    site_cache._local.clear()


@pytest.fixture
def home_page(db):
    """A HomePage as the default site's root, in place of Wagtail's welcome page."""
    Page.objects.filter(depth=2).delete()  # the welcome page, and its Site with it
    home = HomePageFactory(parent=Page.get_first_root_node(), slug="home")
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    return home


@pytest.fixture
def index_page(home_page):
    return DeliberationIndexPageFactory(parent=home_page, slug="juries", show_in_menus=True)


@pytest.fixture
def topic_page(index_page):
    return DeliberationTopicPageFactory(parent=index_page, slug="congestion", title="Congestion")


@pytest.fixture
def closed_consultation(topic_page):
    """A consultation that closed yesterday, read back from the database."""
    from consultations.factories import ConsultationPageFactory
    from consultations.models import ConsultationPage

    page = ConsultationPageFactory(
        parent=topic_page,
        slug="closed",
        opens_at=timezone.now() - datetime.timedelta(days=30),
        closes_at=timezone.now() - datetime.timedelta(days=1),
    )
    return ConsultationPage.objects.get(pk=page.pk)


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser(
        username="admin", email="admin@example.org", password="a-long-test-password"
    )


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client


@pytest.fixture
def user_in_group(db):
    """Make a staff user who belongs to one of the hub's role groups."""
    from django.contrib.auth.models import Group

    def make(group_name):
        user = get_user_model().objects.create_user(
            username=group_name.lower().replace(" ", "-"),
            email=f"{group_name.split()[0].lower()}@example.org",
            password="a-long-test-password",
        )
        user.groups.add(Group.objects.get(name=group_name))
        return user

    return make


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """In CI (`HUB_FORBID_SKIPS=1`) a skipped test is a failure: a missing service must
    not turn the run green. On a laptop without the service, skips stay skips."""
    outcome = yield
    report = outcome.get_result()
    if report.skipped and os.environ.get("HUB_FORBID_SKIPS") == "1":
        report.outcome = "failed"
        report.longrepr = f"Skipped in CI, where skips are forbidden: {report.longrepr}"


def pytest_sessionfinish(session, exitstatus):
    """Remove the run's temporary folder (media, static files, SQLite database)."""
    from django.conf import settings

    if not os.environ.get("HUB_TEST_TMP_DIR"):
        shutil.rmtree(settings.TEST_TMP_DIR, ignore_errors=True)
