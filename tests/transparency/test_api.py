"""The public pages API (/api/v2/pages/): published, public pages only, the same for
every reader, with each page type's public fields and never a draft, a private page,
the jury's sessions or a bad request's 500."""

import json

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page, PageViewRestriction

from deliberations import briefing
from deliberations.factories import (
    BriefingPackPageFactory,
    DeliberationTopicSessionFactory,
    EvidencePageFactory,
    PerspectiveFactory,
    SpeakerPageFactory,
    UpdatePageFactory,
    add_pack_sections,
)
from deliberations.models import BriefingPackPage, Jury
from home.factories import StandardPageFactory
from tests.translation import translate

from .secrets import Secret, restrict

pytestmark = pytest.mark.django_db

API = "/api/v2/pages/"


@pytest.fixture
def pages(home_page, topic_page):
    """The public pages by name, and the private ones (by the secret in their title)."""
    public = {
        "home": home_page,
        "index": topic_page.get_parent(),
        "topic": topic_page,
        "evidence": EvidencePageFactory(
            parent=topic_page,
            slug="bus-data",
            title="Bus data",
            source="Transport for the North",
            perspective=PerspectiveFactory(name="Bus operators"),
        ),
        "speaker": SpeakerPageFactory(parent=topic_page, slug="ada", title="Ada Okafor"),
        "update": UpdatePageFactory(parent=topic_page, slug="jury-met", title="The jury met"),
        "about": StandardPageFactory(parent=home_page, slug="about", title="About"),
    }
    DeliberationTopicSessionFactory(topic=topic_page, title=Secret.SESSION)
    public["evidence"].title = Secret.DRAFT_CHANGE
    public["evidence"].summary = Secret.DRAFT_CHANGE
    public["evidence"].save_revision()  # a draft, never published
    draft = EvidencePageFactory(parent=topic_page, title=Secret.DRAFT_ONLY, live=False)
    draft.save_revision()
    withdrawn = EvidencePageFactory(parent=topic_page, title=Secret.UNPUBLISHED)
    withdrawn.unpublish()
    password = EvidencePageFactory(parent=topic_page, title=Secret.PASSWORD)
    restrict(password, PageViewRestriction.PASSWORD, password="open sesame")
    login = StandardPageFactory(parent=home_page, slug="staff", title=Secret.LOGIN)
    restrict(login, PageViewRestriction.LOGIN)
    below_login = StandardPageFactory(parent=login, slug="below", title=f"{Secret.LOGIN} below")
    groups = StandardPageFactory(parent=home_page, slug="jury-only", title=Secret.GROUPS)
    restrict(groups, PageViewRestriction.GROUPS).groups.set([Jury.for_topic(topic_page).group])
    # An alias of a restricted page, in a public place: it shows its source's content.
    alias = login.create_alias(parent=topic_page, update_slug="staff-alias")

    packs = []
    for title in (Secret.PRIVATE_PACK, "Session one"):
        pack = BriefingPackPageFactory(
            parent=topic_page, title=title, introduction=f"<p>{title}: read this.</p>"
        )
        add_pack_sections(pack, evidence=[public["evidence"]])
        pack.save_revision().publish(skip_permission_checks=True)  # as the approval does
        packs.append(BriefingPackPage.objects.get(pk=pack.pk))
    briefing.make_public(packs[1], None)
    public["pack"] = packs[1]
    private = [draft, withdrawn, password, login, below_login, groups, alias, packs[0]]
    return public, private


def get_all(client, **params) -> list[dict]:
    """Every item of a listing, page after page (at most 20 a page)."""
    items, offset = [], 0
    while True:
        response = client.get(API, {**params, "offset": offset})
        assert response.status_code == 200, response.content
        data = response.json()
        items += data["items"]
        offset += len(data["items"])
        if not data["items"] or offset >= data["meta"]["total_count"]:
            return items


def test_lists_exactly_the_published_public_pages(client, pages):
    public, _private = pages
    items = get_all(client)
    assert {item["id"] for item in items} == {page.pk for page in public.values()}
    # Each item is the page the site serves at its address, under the same title.
    stored = Page.objects.filter(pk__in=[page.pk for page in public.values()]).specific()
    by_id = {page.pk: page for page in stored}  # as published, not the fixture's drafts
    for item in items:
        page = by_id[item["id"]]
        assert item["title"] == page.title
        assert item["meta"]["html_url"] == page.full_url
        assert item["meta"]["type"] == page.specific_class._meta.label
        assert client.get(page.url).status_code == 200, page.url


def test_signed_in_readers_get_the_same_public_pages(client, pages, topic_page, user_in_group):
    """Wagtail's own endpoint would show a juror their jury's private pages."""
    public, _private = pages
    reader = user_in_group("Communications team")
    reader.groups.add(Jury.for_topic(topic_page).group)
    client.force_login(reader)
    session = client.session
    # As if the page's password had been typed in this session.
    session["wagtail-page-passwords"] = list(
        PageViewRestriction.objects.values_list("pk", flat=True)
    )
    session.save()
    assert {item["id"] for item in get_all(client)} == {page.pk for page in public.values()}


@pytest.mark.parametrize(
    "page_type",
    [
        "wagtailcore.Page",
        "home.StandardPage",
        "deliberations.EvidencePage",
        "deliberations.UpdatePage",
        "deliberations.DeliberationTopicPage",
        "deliberations.BriefingPackPage",
    ],
)
def test_no_draft_or_private_text_in_any_listing_or_detail(client, pages, page_type):
    responses = [client.get(API, {"type": page_type, "fields": "*", "limit": 20})]
    responses += [client.get(f"{API}{item['id']}/") for item in responses[0].json()["items"]]
    responses += [client.get(API, {"search": secret}) for secret in Secret.all()]
    for response in responses:
        assert response.status_code == 200
        leaked = [secret for secret in Secret.all() if secret in response.content.decode()]
        assert not leaked, (response.request["PATH_INFO"], leaked)
    assert responses[0].json()["items"], "nothing listed: the check above proves nothing"


def test_private_pages_are_not_found_by_id_or_address(client, pages):
    _public, private = pages
    for page in private:
        assert client.get(f"{API}{page.pk}/").status_code == 404, page.title
        assert client.get(f"{API}find/", {"id": page.pk}).status_code == 404, page.title
        if page.live:
            path = page.get_url_parts()[2]
            response = client.get(f"{API}find/", {"html_path": path})
            assert response.status_code == 404, page.title


def test_a_live_page_shows_its_published_text_not_its_draft(client, pages):
    public, _private = pages
    data = client.get(f"{API}{public['evidence'].pk}/").json()
    assert data["title"] == "Bus data"
    assert data["summary"] == "What this evidence says, in a sentence."


def test_evidence_detail_matches_the_page(client, pages):
    public, _private = pages
    evidence = public["evidence"]
    data = client.get(f"{API}{evidence.pk}/").json()
    assert data["meta"]["type"] == "deliberations.EvidencePage"
    assert data["meta"]["html_url"] == evidence.full_url
    assert data["meta"]["locale"] == "en-gb"
    assert data["meta"]["parent"]["id"] == evidence.get_parent().pk
    assert data["source"] == "Transport for the North"
    assert data["perspective"] == "Bus operators"
    assert data["evidence_type"] == "briefing_paper"
    assert data["body"][0]["type"] == "paragraph"
    assert "The evidence in full." in data["body"][0]["value"]
    # The page it describes is the one the site serves at that address.
    assert client.get(evidence.url).status_code == 200


def test_topic_shows_its_process_but_not_its_sessions(client, pages):
    public, _private = pages
    topic = public["topic"]
    data = client.get(f"{API}{topic.pk}/").json()
    assert data["question"] == topic.question
    assert data["authority"] == topic.authority
    assert data["status"] == topic.status
    assert "sessions" not in data
    asked = client.get(API, {"type": "deliberations.DeliberationTopicPage", "fields": "sessions"})
    assert asked.status_code == 400
    assert Secret.SESSION not in asked.content.decode()


def test_public_pack_shows_its_introduction(client, pages):
    public, _private = pages
    data = client.get(f"{API}{public['pack'].pk}/").json()
    assert "Session one: read this." in data["introduction"]
    assert data["made_public_at"]


def test_search_finds_public_pages(client, pages):
    public, _private = pages
    found = client.get(API, {"search": "Bus data"}).json()["items"]
    assert public["evidence"].pk in {item["id"] for item in found}


def test_locale_filter_lists_the_welsh_pages(client, pages):
    public, _private = pages
    welsh_topic = translate(public["topic"], "cy", {public["topic"].title: "Tagfeydd"})
    items = get_all(client, locale="cy")
    assert welsh_topic.pk in {item["id"] for item in items}
    assert {item["meta"]["locale"] for item in items} == {"cy"}
    english = {item["id"] for item in get_all(client, locale="en-gb")}
    assert public["topic"].pk in english and welsh_topic.pk not in english
    translations = get_all(client, translation_of=public["topic"].pk, locale="cy")
    assert [item["title"] for item in translations] == ["Tagfeydd"]


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({"limit": "abc"}, 400),
        ({"limit": "-1"}, 400),
        ({"offset": "abc"}, 400),
        ({"fields": "*,nonexistent"}, 400),
        ({"fields": "sessions"}, 400),
        ({"type": "nonexistent.Model"}, 400),
        ({"type": "deliberations.Juror"}, 400),
        ({"type": "'; DROP TABLE wagtailcore_page; --"}, 400),
        ({"search": '" OR 1=1 -- ( ) * : ^ ~ NEAR'}, 200),
        ({"search": 'bus AND NOT ("x'}, 200),
        ({"search": "\x00\u202e<script>"}, 200),
        ({"search": "a" * 2000}, 200),
        ({"child_of": "999999"}, 400),
        ({"child_of": "abc"}, 400),
        ({"descendant_of": "-1"}, 400),
        ({"ancestor_of": "999999"}, 400),
        ({"order": "nonexistent"}, 400),
        ({"order": "random", "offset": "5"}, 400),
        ({"locale": "xx"}, 404),
        ({"translation_of": "abc"}, 400),
        ({"site": "nowhere:abc"}, 400),
        ({"unknown": "1"}, 400),
        ({"type": "deliberations.EvidencePage", "publication_date": "not-a-date"}, 400),
    ],
)
def test_hostile_query_parameters_are_refused_not_500(client, pages, params, status):
    response = client.get(API, params)
    assert response.status_code == status, response.content
    assert response.json()  # always JSON a client can read


def test_api_answers_in_json_only(client, pages):
    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    response = client.get(API, HTTP_ACCEPT=browser)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert client.get(API, HTTP_ACCEPT="text/html").status_code == 406
    assert client.get(f"{API}?format=api").status_code == 404


def test_api_is_read_only(client, pages, superuser):
    client.force_login(superuser)
    assert client.post(API, {"title": "New"}).status_code == 405
    assert client.delete(f"{API}{pages[0]['update'].pk}/").status_code == 405
    assert client.get(f"{API}{pages[0]['update'].pk}/").status_code == 200


def test_groups_restricted_page_is_private_to_everyone(client, pages):
    _public, private = pages
    groups_page = next(page for page in private if page.title == Secret.GROUPS)
    assert Group.objects.filter(pageviewrestriction__page=groups_page).exists()
    assert client.get(f"{API}{groups_page.pk}/").status_code == 404


def test_consultation_shows_its_form_and_results_summary_only_once_published(client, topic_page):
    from consultations.factories import ConsultationPageFactory

    consultation = ConsultationPageFactory(
        parent=topic_page, slug="say", results_summary=f"<p>{Secret.DRAFT_CHANGE}</p>"
    )
    data = client.get(f"{API}{consultation.pk}/").json()
    assert data["questions"] and data["questions"][0]["type"]
    assert data["state"] == consultation.state
    assert data["published_results_summary"] == ""
    assert Secret.DRAFT_CHANGE not in json.dumps(data)
    consultation.results_published = True
    consultation.save_revision().publish()
    data = client.get(f"{API}{consultation.pk}/").json()
    assert Secret.DRAFT_CHANGE in data["published_results_summary"]
