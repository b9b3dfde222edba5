"""Pages translated through wagtail-localize are served under their language's prefix,
with the right lang and dir, linked from the language switcher and alternates, and
searched in their own language."""

import re

import pytest
from wagtail.models import Page

from consultations.factories import ConsultationPageFactory
from deliberations.factories import EvidencePageFactory, SpeakerPageFactory, UpdatePageFactory
from tests.translation import translate

pytestmark = pytest.mark.django_db


def html_lang_dir(html: str) -> tuple[str, str]:
    match = re.search(r'<html lang="([^"]+)" dir="([^"]+)"', html)
    return match.group(1), match.group(2)


@pytest.fixture
def pages(topic_page):
    return {
        "topic": topic_page,
        "evidence": EvidencePageFactory(parent=topic_page, slug="bus-data", title="Bus data"),
        "speaker": SpeakerPageFactory(parent=topic_page, slug="ada", title="Ada Okafor"),
        "update": UpdatePageFactory(parent=topic_page, slug="news", title="Session news"),
        "consultation": ConsultationPageFactory(parent=topic_page, slug="say", title="Say"),
    }


@pytest.mark.parametrize("kind", ["topic", "evidence", "speaker", "update", "consultation"])
@pytest.mark.parametrize(("language", "direction"), [("cy", "ltr"), ("ur", "rtl")])
def test_each_page_type_is_served_in_its_language(pages, client, kind, language, direction):
    page = pages[kind]
    title = f"{page.title} [{language}]"
    translated = translate(page, language, {page.title: title})
    assert translated.locale.language_code == language
    assert translated.url.startswith(f"/{language}/")

    response = client.get(translated.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert html_lang_dir(html) == (language, direction)
    assert title in html
    # The switcher and the alternates lead back to the English page, and on to this one.
    assert f'href="{page.url}" hreflang="en-gb"' in html
    assert f'hreflang="{language}" href="http://testserver{translated.url}"' in html


def test_switcher_offers_the_translation_and_says_when_there_is_none(pages, client):
    evidence = pages["evidence"]
    welsh = translate(evidence, "cy", {"Bus data": "Data bysiau"})
    html = client.get(evidence.url).content.decode()
    assert f'href="{welsh.url}" hreflang="cy" lang="cy"' in html
    # No Urdu translation: the link goes to the nearest translated page, and says so.
    urdu = re.search(r'<a [^>]*hreflang="ur"[^>]*>(.*?)</a>', html, re.S).group(1)
    assert "this page is not translated yet" in urdu
    assert 'hreflang="ur" href=' not in html  # no alternate for a translation that is missing


def test_untranslated_content_is_marked_with_its_own_language(pages, client):
    """Under /pl/ a page with no Polish translation is shown in English: the interface
    is Polish, the content is marked as English."""
    response = client.get("/pl" + pages["evidence"].url)
    if response.status_code == 404:
        pytest.fail("an untranslated page should fall back to the default language")
    html = response.content.decode()
    assert html_lang_dir(html) == ("pl", "ltr")
    assert 'id="main-content" role="main" lang="en-gb" dir="ltr"' in html


def test_welsh_search_returns_welsh_pages(pages, client):
    translate(pages["evidence"], "cy", {"Bus data": "Data teithwyr bysiau"})
    english = client.get("/search/", {"q": "teithwyr"})
    welsh = client.get("/cy/search/", {"q": "teithwyr"})
    assert english.context["search"].total == 0
    found = [page.specific for page, _snippet in welsh.context["results"]]
    assert [(page.title, page.locale.language_code) for page in found] == [
        ("Data teithwyr bysiau", "cy")
    ]


def test_question_keys_are_the_same_in_every_language(pages):
    consultation = pages["consultation"]
    welsh = translate(consultation, "cy", {})
    keys = [question.key for question in consultation.parsed_questions[0]]
    assert keys and [q.key for q in welsh.parsed_questions[0]] == keys
    options = [q.options for q in consultation.parsed_questions[0]]
    assert [[k for k, _l in o] for o in options] == [
        [k for k, _l in q.options] for q in welsh.parsed_questions[0]
    ]
    assert Page.objects.filter(translation_key=consultation.translation_key).count() == 2


def test_a_translated_pack_is_read_by_the_same_jury(topic_page, client):
    from django.contrib.auth import get_user_model

    from deliberations import briefing
    from deliberations.factories import BriefingPackPageFactory, add_pack_sections
    from deliberations.models import Jury

    pack = BriefingPackPageFactory(parent=topic_page, slug="pack", title="Pack")
    add_pack_sections(pack, evidence=[EvidencePageFactory(parent=topic_page, title="Bus data")])
    urdu = translate(pack, "ur", {"Pack": "بریفنگ پیک"})
    assert urdu.versions.get().number == 1  # its own version, published in Urdu
    juror = get_user_model().objects.create_user(username="juror")
    juror.groups.add(Jury.for_topic(topic_page).group)
    assert Jury.for_topic(urdu.get_parent().specific) == Jury.for_topic(topic_page)

    assert client.get(urdu.url).status_code == 403
    client.force_login(juror)
    response = client.get(urdu.url + "all/")
    assert response.status_code == 200
    assert "بریفنگ پیک" in response.content.decode()
    assert briefing.build_snapshot(urdu)["title"] == "بریفنگ پیک"


def test_a_translated_topic_lists_every_child_each_in_its_language(pages, client):
    other = EvidencePageFactory(parent=pages["topic"], slug="parking", title="Parking income")
    welsh_topic = translate(pages["topic"], "cy", {})
    welsh_evidence = translate(pages["evidence"], "cy", {"Bus data": "Data bysiau"})

    html = client.get(welsh_topic.url).content.decode()
    assert f'href="{welsh_evidence.url}"' in html and "Data bysiau" in html
    # Not translated yet: listed all the same, in English, at its English address.
    assert f'href="{other.url}"' in html and "Parking income" in html
    assert "Ada Okafor" in html and "Session news" in html


def test_a_page_not_translated_under_a_translated_parent_is_read_in_english(pages, client):
    """/cy/... finds the Welsh home page, which has no Welsh child of that name: the
    English page is shown in the Welsh interface, not "page not found"."""
    home = pages["topic"].get_parent().get_parent()
    welsh_home = translate(home, "cy", {})
    assert welsh_home.url == "/cy/"
    response = client.get("/cy" + pages["evidence"].url)
    assert response.status_code == 200
    html = response.content.decode()
    assert html_lang_dir(html) == ("cy", "ltr")
    assert 'id="main-content" role="main" lang="en-gb" dir="ltr"' in html
    assert "Bus data" in html
    assert client.get("/cy/no-such-page/").status_code == 404
