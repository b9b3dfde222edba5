import io

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import transaction
from wagtail.documents import get_document_model

from home.demo import load_demo
from home.demo.media import render_pdf


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo site, loaded once per module inside a transaction that is rolled back
    afterwards; each test's own transaction nests inside it. The documents' text is
    extracted as the Celery task would after the commit that never comes here."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            load_demo(password="a-long-demo-password", rebuild=False)
            call_command("extract_document_text", stdout=io.StringIO())
            call_command("update_index", verbosity=0, stdout=io.StringIO())
            yield
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


def make_pdf(title: str, *paragraphs: str):
    """A real PDF document (text in Helvetica, as the demo draws them), unsaved."""
    data = render_pdf(title, [("p", p) for p in paragraphs], author="Test")
    return get_document_model()(title=title, file=ContentFile(data, name="evidence.pdf"))


def search_slugs(client, query, **params):
    response = client.get("/search/", {"q": query, **params})
    assert response.status_code == 200
    return [page.slug for page, _snippet in response.context["results"]]
