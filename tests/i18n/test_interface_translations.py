"""The interface speaks the reader's language: no English left on public pages under
/cy/ and /ur/, and form errors in the language of the form."""

import pytest
from django.core.management import call_command

from consultations.factories import ConsultationPageFactory
from deliberations.factories import EvidencePageFactory, SpeakerPageFactory

from .phrases import ENGLISH_INTERFACE

pytestmark = pytest.mark.django_db


@pytest.fixture
def public_pages(topic_page):
    return [
        topic_page.get_parent(),
        topic_page,
        EvidencePageFactory(parent=topic_page, slug="bus-data"),
        SpeakerPageFactory(parent=topic_page, slug="ada"),
        ConsultationPageFactory(parent=topic_page, slug="say"),
    ]


def test_translations_compile():
    call_command("compilemessages", ignore_patterns=[".venv", "node_modules", "var"], verbosity=0)


@pytest.mark.parametrize("language", ["cy", "ur"])
def test_no_english_interface_text_under_the_language_prefix(public_pages, client, language):
    consultation = public_pages[-1]
    urls = [f"/{language}{page.url}" for page in public_pages] + [
        f"/{language}/search/?q=bus",
        f"/{language}/no-such-page/",
        f"/{language}/jurors/sign-in/",
    ]
    responses = [client.get(url) for url in urls]
    responses.append(client.post(f"/{language}{consultation.url}", {}))  # every error shown
    for url, response in zip([*urls, "POST " + consultation.url], responses, strict=True):
        assert response.status_code in (200, 400, 404), url
        html = response.content.decode()
        assert f'<html lang="{language}"' in html, url
        left = [phrase for phrase in ENGLISH_INTERFACE if f">{phrase}<" in html]
        assert not left, f"{url}: {left}"


def test_the_phrase_list_matches_the_english_pages(public_pages, client):
    """The check above can fail: the same phrases are found on the English pages."""
    found = set()
    for page in public_pages:
        html = client.get(page.url).content.decode()
        found |= {phrase for phrase in ENGLISH_INTERFACE if f">{phrase}<" in html}
    html = client.post(public_pages[-1].url, {}).content.decode()
    found |= {phrase for phrase in ENGLISH_INTERFACE if f">{phrase}<" in html}
    assert len(found) >= 8, found


def test_a_welsh_form_shows_welsh_errors(public_pages, client):
    consultation = public_pages[-1]
    english = client.post(consultation.url, {}).content.decode()
    welsh = client.post(f"/cy{consultation.url}", {}).content.decode()
    assert "There is a problem" in english
    assert "There is a problem" not in welsh
    assert "Mae problem" in welsh
