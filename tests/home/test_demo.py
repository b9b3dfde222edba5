"""`load_demo` builds a realistic site from scratch, and running it again changes nothing."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils.html import escape
from wagtail.documents import get_document_model
from wagtail.embeds.models import Embed
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Revision, Site

from deliberations.models import (
    BriefingPackPage,
    BriefingPackVersion,
    DeliberationTopicPage,
    EvidencePage,
    EvidenceType,
    Juror,
    Perspective,
    SpeakerPage,
    UpdatePage,
)
from deliberations.models.topics import topic_in_default_language
from home.demo import translations
from home.demo.jurors import DEMO_JUROR_NAME
from home.models import HomePage, SiteSettings
from tests.i18n.phrases import ENGLISH_INTERFACE
from transparency.models import Recommendation, RecommendationProgressUpdate

pytestmark = pytest.mark.django_db


def snapshot():
    """Everything the demo creates, with the latest revision of each page."""
    return {
        "pages": sorted(Page.objects.values_list("pk", "latest_revision_id", "live", "url_path")),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "embeds": Embed.objects.count(),
        "perspectives": Perspective.objects.count(),
        "pack versions": sorted(BriefingPackVersion.objects.values_list("pk", "pdf")),
        "jurors": Juror.objects.count(),
        "recommendations": sorted(Recommendation.objects.values_list("pk", "wording")),
        "progress updates": RecommendationProgressUpdate.objects.count(),
        "users": sorted(get_user_model().objects.values_list("username", "password")),
        "sites": list(Site.objects.values_list("hostname", "root_page_id")),
    }


def load_demo():
    out = io.StringIO()
    call_command("load_demo", stdout=out, stderr=io.StringIO())
    return out.getvalue()


def role_permissions():
    """The staff roles' permissions (the juries' groups, which the demo creates, have none)."""
    return sorted(
        Group.objects.filter(jury__isnull=True).values_list("name", "permissions__codename")
    )


@pytest.fixture
def demo_site(monkeypatch):
    """Loads the demo; returns the roles' permissions as the migrations left them."""
    monkeypatch.setenv("DEMO_PASSWORD", "demo-password-for-tests")
    roles_before = role_permissions()
    load_demo()
    return roles_before


def test_demo_builds_a_realistic_site(demo_site):
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    # Nothing beside the home page but its translations (Wagtail's default page is gone).
    others = Page.objects.filter(depth=2).exclude(pk=site.root_page_id)
    assert not others.exclude(translation_key=site.root_page.translation_key).exists()

    topics = DeliberationTopicPage.objects.live().filter(locale__language_code="en-gb")
    assert topics.count() == 3
    for topic in topics:
        evidence = EvidencePage.objects.live().child_of(topic)
        assert 6 <= evidence.count() <= 12
        assert 4 <= SpeakerPage.objects.live().child_of(topic).count() <= 6
        assert UpdatePage.objects.live().child_of(topic).exists()
        assert topic.sessions.exists()
    used_types = set(EvidencePage.objects.values_list("evidence_type", flat=True))
    assert used_types == set(EvidenceType.values)
    assert EvidencePage.objects.filter(documents__isnull=False).exists()
    assert EvidencePage.objects.exclude(media=[]).exists()
    assert SpeakerPage.objects.filter(declared_interests__istartswith="None declared").exists()
    assert SpeakerPage.objects.exclude(declared_interests__istartswith="None declared").exists()
    assert not SpeakerPage.objects.filter(photo__isnull=False, photo_alt_text="").exists()

    settings = SiteSettings.for_site(site)
    assert settings.privacy_notice and settings.accessibility_statement and settings.logo

    for username, group in [
        ("comms", "Communications team"),
        ("moderator", "Moderators"),
        ("oversight", "Oversight panel"),
        ("administrator", "Administrators"),
    ]:
        user = get_user_model().objects.get(username=username)
        assert list(user.groups.values_list("name", flat=True)) == [group]
        assert user.check_password("demo-password-for-tests")
        assert not user.is_superuser
    assert get_user_model().objects.get(username="admin").is_superuser
    # Loading the demo never changes what the roles may do.
    assert role_permissions() == demo_site


def test_demo_has_one_topic_in_welsh_and_urdu(demo_site):
    topic = DeliberationTopicPage.objects.get(
        slug=translations.TOPIC, locale__language_code="en-gb"
    )
    family = [topic, *Page.objects.child_of(topic).filter(slug__in=translations.PAGES)]
    family.append(BriefingPackPage.objects.child_of(topic).get(slug=translations.PACK))
    page_types = {type(page.specific).__name__ for page in family}
    assert page_types == {
        "DeliberationTopicPage",
        "EvidencePage",
        "SpeakerPage",
        "ConsultationPage",
        "BriefingPackPage",
    }
    for language in translations.LANGUAGES:
        for page in [Site.objects.get().root_page, *family]:
            translated = page.get_translation(Locale.objects.get(language_code=language))
            assert translated.live and translated.alias_of_id is None
            # Real translations: the title differs from the English (names aside).
            if not isinstance(page.specific, SpeakerPage):
                assert translated.title != page.title, (language, page.title)
        welsh_topic = topic.get_translation(Locale.objects.get(language_code=language))
        assert [s.title for s in welsh_topic.specific.sessions.all()] != [
            s.title for s in topic.sessions.all()
        ]
    assert not any(Page.find_problems())  # the tree's counts are right after translating


def test_running_the_demo_twice_changes_nothing(demo_site):
    before = snapshot()
    load_demo()
    assert snapshot() == before


def test_every_demo_page_renders_with_its_title_in_its_language(demo_site, client):
    pages = Page.objects.live().filter(depth__gt=1).public().specific()
    assert pages.count() > 40
    translated = 0
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        html = response.content.decode()
        assert escape(page.title) in html, page.url
        language = page.locale.language_code
        assert f'<html lang="{language}"' in html, page.url
        if language != "en-gb":
            translated += 1
            left = [phrase for phrase in ENGLISH_INTERFACE if f">{phrase}<" in html]
            assert not left, f"{page.url}: {left}"
    assert translated >= 2 * 7


def test_demo_packs_are_published_for_their_juries_with_pdfs(
    monkeypatch, client, django_capture_on_commit_callbacks
):
    monkeypatch.setenv("DEMO_PASSWORD", "demo-password-for-tests")
    # As outside a test: what the loader queues after each commit (the PDFs) runs.
    with django_capture_on_commit_callbacks(execute=True):
        load_demo()
    packs = BriefingPackPage.objects.live()
    assert packs.filter(locale__language_code="en-gb").count() == 3
    assert sorted(packs.values_list("locale__language_code", flat=True)) == sorted(
        ["en-gb"] * 3 + list(translations.LANGUAGES)
    )
    for pack in packs:
        version = pack.versions.get()
        assert version.pdf and version.published_by.username == "oversight"
        assert client.get(pack.url).status_code == 403  # private to the jury
        juror = Juror.objects.get(  # the demo juror; the others fill the public roster
            jury__topic=topic_in_default_language(pack.get_parent()), name=DEMO_JUROR_NAME
        )
        client.force_login(juror.user)
        response = client.get(pack.url + "all/")
        assert response.status_code == 200
        assert escape(pack.title) in response.content.decode()
        client.logout()
