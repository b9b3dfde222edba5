"""What residents see on the public pages."""

import pytest
from django.urls import reverse
from wagtail.models import PageViewRestriction
from wagtail_factories import DocumentFactory

from deliberations.factories import (
    DeliberationTopicPageFactory,
    EvidencePageFactory,
    PerspectiveFactory,
    SpeakerPageFactory,
    UpdatePageFactory,
)
from deliberations.models import EvidencePageSpeaker, TopicStatus

pytestmark = pytest.mark.django_db


def test_index_groups_topics_by_status_in_process_order(client, index_page):
    DeliberationTopicPageFactory(parent=index_page, title="Bins", status=TopicStatus.PLANNED)
    DeliberationTopicPageFactory(parent=index_page, title="Buses", status=TopicStatus.IN_SESSION)
    html = client.get(index_page.url).content.decode()
    assert html.index("Planned") < html.index("Bins") < html.index("Jury in session")
    assert html.index("Jury in session") < html.index("Buses")
    assert "Recruiting jury members" not in html  # empty groups are not shown


def test_topic_lists_only_published_public_children(client, topic_page):
    EvidencePageFactory(parent=topic_page, title="Published evidence")
    draft = EvidencePageFactory(parent=topic_page, title="Draft evidence")
    draft.unpublish()
    SpeakerPageFactory(parent=topic_page, title="Dr Published")
    UpdatePageFactory(parent=topic_page, title="Jury meets")
    html = client.get(topic_page.url).content.decode()
    assert "Published evidence" in html
    assert "Draft evidence" not in html
    assert "Dr Published" in html
    assert "Jury meets" in html
    assert client.get(draft.url).status_code == 404


def test_speaker_page_lists_their_evidence(client, topic_page):
    speaker = SpeakerPageFactory(parent=topic_page, title="Ms Rivera")
    evidence = EvidencePageFactory(parent=topic_page, title="Bus reliability data")
    EvidencePageFactory(parent=topic_page, title="Someone else's evidence")
    EvidencePageSpeaker.objects.create(page=evidence, speaker=speaker)
    html = client.get(speaker.url).content.decode()
    assert "Bus reliability data" in html
    assert "Someone else&#x27;s evidence" not in html
    assert "None declared" in html


def test_evidence_page_shows_its_perspective_and_metadata(client, topic_page):
    evidence = EvidencePageFactory(
        parent=topic_page,
        perspective=PerspectiveFactory(name="Campaign group"),
        source="Friends of the Earth Northbridge",
        evidence_type="position_statement",
    )
    html = client.get(evidence.url).content.decode()
    assert "Campaign group" in html
    assert "Friends of the Earth Northbridge" in html
    assert "Position statement" in html


def test_editor_text_is_escaped(client, topic_page):
    evidence = EvidencePageFactory(
        parent=topic_page, title="<script>alert(1)</script>", summary="<b>bold</b> claim"
    )
    html = client.get(evidence.url).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;bold&lt;/b&gt; claim" in html


def test_pages_carry_title_description_open_graph_and_skip_link(client, topic_page):
    evidence = EvidencePageFactory(parent=topic_page, title="Air quality", summary="NO2 fell.")
    html = client.get(evidence.url).content.decode()
    assert "<title>Air quality" in html
    assert '<meta name="description" content="NO2 fell.">' in html
    assert '<meta property="og:title" content="Air quality">' in html
    assert 'href="#main-content"' in html and 'id="main-content"' in html
    assert 'class="govuk-breadcrumbs' in html
    assert f'href="{topic_page.url}"' in html  # breadcrumb to the topic


def test_public_pages_have_no_inline_script_and_a_strict_policy(client, topic_page):
    response = client.get(topic_page.url)
    html = response.content.decode()
    assert "<script>" not in html and '<script type="module">' not in html
    assert " style=" not in html
    policy = response.headers["Content-Security-Policy"]
    assert "script-src 'self';" in policy
    assert "unsafe-inline" not in policy


def test_admin_gets_its_own_relaxed_policy(admin_client):
    response = admin_client.get(reverse("wagtailadmin_home"))
    assert "'unsafe-inline'" in response.headers["Content-Security-Policy"]


def test_unknown_url_gives_the_not_found_page(client, home_page):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def make_private(page):
    PageViewRestriction.objects.create(page=page, restriction_type="password", password="x")


def test_private_pages_stay_out_of_every_listing(client, home_page, topic_page):
    hidden_evidence = EvidencePageFactory(parent=topic_page, title="Embargoed evidence")
    hidden_speaker = SpeakerPageFactory(parent=topic_page, title="Dr Hidden")
    hidden_update = UpdatePageFactory(parent=topic_page, title="Embargoed news")
    visible = EvidencePageFactory(parent=topic_page, title="Open evidence")
    EvidencePageSpeaker.objects.create(page=visible, speaker=hidden_speaker)
    for page in (hidden_evidence, hidden_speaker, hidden_update):
        make_private(page)

    pages = [home_page, topic_page, visible]
    html = "".join(client.get(page.url).content.decode() for page in pages)
    assert "Open evidence" in html
    for title in ("Embargoed evidence", "Dr Hidden", "Embargoed news"):
        assert title not in html


def test_a_private_topic_is_not_listed(client, home_page, index_page):
    topic = DeliberationTopicPageFactory(parent=index_page, title="Secret jury")
    make_private(topic)
    for page in (home_page, index_page):
        assert "Secret jury" not in client.get(page.url).content.decode()
    assert client.get(topic.url).status_code == 200  # the password form, not the page
    assert topic.question not in client.get(topic.url).content.decode()


def test_a_deleted_document_or_page_in_the_body_does_not_break_the_page(client, topic_page):
    document = DocumentFactory(title="Soon gone")
    linked = EvidencePageFactory(parent=topic_page, title="Soon deleted")
    page = UpdatePageFactory(
        parent=topic_page,
        body=[
            ("document", {"document": document, "title": "", "description": ""}),
            (
                "call_to_action",
                {
                    "heading": "Read more",
                    "text": "",
                    "link": {"page": linked, "url": ""},
                    "button_label": "Go",
                },
            ),
        ],
    )
    document.delete()
    linked.delete()
    response = client.get(page.url)
    assert response.status_code == 200
    assert "Soon gone" not in response.content.decode()
    assert "Read more" in response.content.decode()
