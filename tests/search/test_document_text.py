"""A phrase only inside an attached PDF finds the evidence page, from the upload on."""

import pytest
from django.core.files.base import ContentFile

from deliberations.factories import EvidencePageFactory
from deliberations.models import EvidencePageDocument
from home.demo.media import render_pdf
from search import signals
from search.documents import MAX_TEXT_CHARS, extract_document_text
from search.models import DocumentText

from .conftest import make_pdf, search_slugs

pytestmark = pytest.mark.django_db

PHRASE = "pangolin viaduct"


@pytest.fixture
def page_with_pdf(topic_page, django_capture_on_commit_callbacks):
    page = EvidencePageFactory(parent=topic_page, slug="with-pdf", title="Bridge survey")
    with django_capture_on_commit_callbacks(execute=True):
        document = make_pdf("Appendix", f"The {PHRASE} was inspected in May.")
        document.save()
        EvidencePageDocument.objects.create(page=page, document=document)
    return page, document


def test_a_phrase_only_inside_the_pdf_finds_its_page(page_with_pdf, client):
    page, document = page_with_pdf
    assert PHRASE in DocumentText.objects.get(document=document).text
    assert search_slugs(client, f'"{PHRASE}"') == ["with-pdf"]
    snippet = client.get("/search/", {"q": PHRASE}).context["results"][0][1]
    assert "<mark>pangolin</mark>" in snippet


def extraction_queued(callbacks) -> bool:
    return any(getattr(callback, "func", None) is signals._enqueue for callback in callbacks)


def test_replacing_the_file_replaces_the_text(
    page_with_pdf, client, django_capture_on_commit_callbacks
):
    _page, document = page_with_pdf
    data = render_pdf("Appendix", [("p", "A narwhal aqueduct instead.")], author="Test")
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        document.file = ContentFile(data, name="replacement.pdf")
        document.save()
    assert extraction_queued(callbacks)
    assert search_slugs(client, "narwhal aqueduct") == ["with-pdf"]
    assert search_slugs(client, PHRASE) == []


def test_editing_only_the_title_does_not_read_the_file_again(
    page_with_pdf, django_capture_on_commit_callbacks
):
    _page, document = page_with_pdf
    document.title = "Appendix A"
    with django_capture_on_commit_callbacks() as callbacks:
        document.save()
    assert not extraction_queued(callbacks)  # the site cache's own callback may be there
    extracted_at = DocumentText.objects.get(document=document).extracted_at
    extract_document_text(document.pk)  # idempotent: same file, nothing re-read
    assert DocumentText.objects.get(document=document).extracted_at == extracted_at


def test_a_broken_pdf_is_recorded_not_raised(topic_page, django_capture_on_commit_callbacks):
    from wagtail.documents import get_document_model

    with django_capture_on_commit_callbacks(execute=True):
        document = get_document_model()(
            title="Broken", file=ContentFile(b"%PDF-1.4 not really", name="broken.pdf")
        )
        document.save()
    stored = DocumentText.objects.get(document=document)
    assert stored.text == "" and stored.error


def test_very_long_text_is_capped(topic_page):
    words = " ".join(["lorem"] * 400)
    document = make_pdf("Long", *([words] * 150))
    document.save()
    stored = extract_document_text(document.pk)
    assert len(stored.text) <= MAX_TEXT_CHARS
