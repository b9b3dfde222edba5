"""The transparency checklist shows what the demo topic has published, exactly; an item
removed shows as to come; drafts and private pages never count."""

import csv
import io

import pytest
from django.core.management import call_command
from wagtail.models import PageViewRestriction

from deliberations.factories import EvidencePageFactory, topic_with_evidence
from deliberations.models import DeliberationTopicPage
from home.factories import fill_site_settings
from tests.deliberations.test_query_counts import count_queries
from transparency.checklist import topic_checklist
from transparency.models import TopicPublishedItem

pytestmark = pytest.mark.django_db

# What the demo's town centre topic has published; everything else is to come.
DEMO_PUBLISHED = {
    "process_design",
    "selection_method",
    "session_agendas",
    "evidence",
    "recordings",
    "oversight_members",
    "oversight_minutes",
    "funding",
    "jury_report",
    "authority_response",
}
ALL_ITEMS = DEMO_PUBLISHED | {
    "briefing_packs",  # the demo's packs are still private to their juries
    "evaluation",
}


# Languages, settings, the topic and its default-language original, then: view
# restrictions, sessions, a public pack, published items, evidence, recordings, responses.
CHECKLIST_QUERIES = 9


def statuses(client, topic):
    response = client.get(f"/transparency/{topic.pk}/")
    assert response.status_code == 200
    return {item.key: item.published for item in response.context["items"]}


def test_checklist_reflects_the_demo_exactly(client, monkeypatch):
    monkeypatch.setenv("DEMO_PASSWORD", "demo-password-for-tests")
    call_command("load_demo", stdout=io.StringIO(), stderr=io.StringIO())
    topic = DeliberationTopicPage.objects.get(slug="town-centre", locale__language_code="en-gb")
    found = statuses(client, topic)
    assert set(found) == ALL_ITEMS
    assert {key for key, published in found.items() if published} == DEMO_PUBLISHED

    html = client.get(f"/transparency/{topic.pk}/").content.decode()
    report = topic.published_items.get(kind="jury_report").document
    # The demo's roster: consenting jurors by first name and area, nobody else.
    topic_html = client.get(topic.url).content.decode()
    assert "Aisha, Castle ward" in topic_html
    assert "Privatesurname" not in topic_html and "Dafydd" not in topic_html
    panel_html = client.get(f"{topic.url}oversight-panel/").content.decode()
    assert "Professor Ruth Adeyemi" in panel_html and "Approved" in panel_html
    assert report.url in html

    # The editor removes the jury's report from the topic and publishes: it is to come.
    topic.published_items = [i for i in topic.published_items.all() if i.kind != "jury_report"]
    topic.save_revision().publish()
    found = statuses(client, topic)
    assert {key for key, published in found.items() if published} == DEMO_PUBLISHED - {
        "jury_report"
    }
    assert report.url not in client.get(f"/transparency/{topic.pk}/").content.decode()

    # The panel's members and the transcript of a session held, removed: both to come.
    topic.oversight_members = []
    sessions = list(topic.sessions.all())
    next(session for session in sessions if not session.is_private).transcript = ""
    topic.sessions = sessions
    topic.save_revision().publish()
    found = statuses(client, topic)
    assert {key for key, published in found.items() if published} == DEMO_PUBLISHED - {
        "jury_report",
        "oversight_members",
        "recordings",
    }

    data = client.get(f"/transparency/{topic.pk}.json").json()
    assert {i["key"]: i["published"] for i in data["items"]} == found
    rows = list(csv.DictReader(io.StringIO(client.get(f"/transparency/{topic.pk}.csv").text)))
    assert {row["key"]: row["published"] == "True" for row in rows} == found


def test_drafts_and_private_pages_do_not_count(client, topic_page):
    topic_page.sessions.all().delete()
    assert not any(statuses(client, topic_page).values())
    private = EvidencePageFactory(parent=topic_page, slug="private")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    EvidencePageFactory(parent=topic_page, slug="draft", live=False)
    topic_page.published_items = [TopicPublishedItem(kind="funding", url="https://example.org/")]
    topic_page.save_revision()  # a draft: not published
    assert not any(statuses(client, topic_page).values())
    topic_page.get_latest_revision().publish()
    assert {k for k, v in statuses(client, topic_page).items() if v} == {"funding"}


def test_editors_see_the_checklist_as_a_to_do(admin_client, topic_page):
    html = admin_client.get(f"/admin/pages/{topic_page.pk}/edit/").content.decode()
    assert "Transparency checklist" in html and "To come" in html
    assert "Oversight panel minutes" in html
    parent = topic_page.get_parent().pk
    add_url = f"/admin/pages/add/deliberations/deliberationtopicpage/{parent}/"
    assert admin_client.get(add_url).status_code == 200


@pytest.mark.parametrize(
    "url", ["/transparency/999999/", "/transparency/abc/", "/transparency/1.xml"]
)
def test_unknown_topics_and_formats_are_not_found(client, topic_page, url):
    assert client.get(url).status_code == 404


def test_private_and_draft_topics_have_no_checklist(client, index_page):
    from deliberations.factories import DeliberationTopicPageFactory

    draft = DeliberationTopicPageFactory(parent=index_page, slug="draft", live=False)
    private = DeliberationTopicPageFactory(parent=index_page, slug="private")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    for topic in (draft, private):
        assert client.get(f"/transparency/{topic.pk}/").status_code == 404
        assert client.get(f"/transparency/{topic.pk}.json").status_code == 404


def test_checklist_queries_do_not_grow_with_content(client, index_page, home_page):
    fill_site_settings(home_page)
    small, _ = topic_with_evidence(index_page, "five", 5)
    large, _ = topic_with_evidence(index_page, "fifty", 50)
    small_count = count_queries(client, f"/transparency/{small.pk}/")
    large_count = count_queries(client, f"/transparency/{large.pk}/")
    assert small_count == large_count == CHECKLIST_QUERIES
    assert topic_checklist(large)


@pytest.mark.parametrize("language", ["cy", "pl", "ur"])
def test_checklist_interface_is_in_the_readers_language(client, topic_page, language):
    english = client.get(f"/transparency/{topic_page.pk}/").content.decode()
    html = client.get(f"/{language}/transparency/{topic_page.pk}/").content.decode()
    for phrase in ["What we have published", "To come", "Oversight panel minutes"]:
        assert f">{phrase}<" in english
        assert f">{phrase}<" not in html
