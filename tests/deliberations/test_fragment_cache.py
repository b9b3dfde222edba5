"""Topic, evidence and speaker pages keep parts of their HTML in the cache
(home/templatetags/fragment_tags.py): a change an editor makes shows at once, each
language has its own copy, and a preview is never stored nor served from the cache."""

import datetime

import pytest
from django.core.cache import cache
from django.core.management.sql import emit_post_migrate_signal
from django.utils import timezone

from consultations.factories import ConsultationPageFactory
from deliberations.factories import EvidencePageFactory, PerspectiveFactory, SpeakerPageFactory
from deliberations.models import EvidencePage, EvidencePageSpeaker
from home import site_cache

pytestmark = pytest.mark.django_db


def html(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def evidence(topic_page):
    perspective = PerspectiveFactory(name="Bus operators")
    page = EvidencePageFactory(
        parent=topic_page, slug="footfall", title="Footfall survey", perspective=perspective
    )
    return EvidencePage.objects.get(pk=page.pk)


def test_a_published_edit_shows_on_the_topic_page_at_once(client, topic_page, evidence):
    assert "Footfall survey" in html(client, topic_page.url)
    evidence.title = "Footfall survey 2025"
    evidence.save_revision().publish()
    page = html(client, topic_page.url)
    assert "Footfall survey 2025" in page


def test_an_unpublished_page_leaves_the_topic_page_at_once(client, topic_page, evidence):
    assert "Footfall survey" in html(client, topic_page.url)
    evidence.unpublish()
    assert "Footfall survey" not in html(client, topic_page.url)


def test_a_renamed_perspective_shows_on_the_evidence_and_topic_pages(client, topic_page, evidence):
    assert "Bus operators" in html(client, evidence.url)
    assert "Bus operators" in html(client, topic_page.url)
    evidence.perspective.name = "Transport operators"
    evidence.perspective.save()
    assert "Transport operators" in html(client, evidence.url)
    assert "Transport operators" in html(client, topic_page.url)


def test_a_speakers_new_role_shows_on_the_evidence_page(client, topic_page, evidence):
    speaker = SpeakerPageFactory(parent=topic_page, role="Transport planner")
    EvidencePageSpeaker.objects.create(page=evidence, speaker=speaker)
    assert "Transport planner" in html(client, evidence.url)
    speaker.role = "Head of transport"
    speaker.save_revision().publish()
    assert "Head of transport" in html(client, evidence.url)


def test_each_interface_language_has_its_own_copy(client, topic_page, evidence):
    english, welsh = html(client, topic_page.url), html(client, f"/cy{topic_page.url}")
    current = 'class="app-language-switcher__current" lang="{}"'
    assert current.format("en-gb") in english and current.format("cy") not in english
    assert current.format("cy") in welsh and current.format("en-gb") not in welsh


def test_consultation_state_follows_the_clock_not_the_cache(client, topic_page):
    now = timezone.now()
    consultation = ConsultationPageFactory(
        parent=topic_page,
        slug="have-your-say",
        opens_at=now - datetime.timedelta(days=7),
        closes_at=now + datetime.timedelta(days=7),
    )
    assert "Closes " in html(client, topic_page.url)
    # Time passes: no save, no signal, no new cache generation.
    type(consultation).objects.filter(pk=consultation.pk).update(
        closes_at=now - datetime.timedelta(hours=1)
    )
    page = html(client, topic_page.url)
    assert "Closed " in page and "Closes " not in page


def test_a_preview_is_neither_stored_nor_served_from_the_cache(client, topic_page, evidence):
    assert "Footfall survey" in html(client, evidence.url)
    for draft_title in ("Draft title one", "Draft title two"):
        evidence.title = draft_title
        preview = evidence.make_preview_request()
        assert draft_title in preview.content.decode()
    page = html(client, evidence.url)
    assert "Footfall survey" in page and "Draft title" not in page


def test_a_deploy_renders_the_fragments_again(client, topic_page, evidence):
    """Each deploy runs `migrate`: fragments from the old templates are not read again."""
    html(client, topic_page.url)
    before = cache.get(site_cache.GENERATION_KEY)
    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")
    assert cache.get(site_cache.GENERATION_KEY) != before
