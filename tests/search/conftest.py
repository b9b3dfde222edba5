import io
from contextlib import contextmanager

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import transaction
from wagtail.documents import get_document_model

from home.demo import load_demo
from home.demo.media import render_pdf


@contextmanager
def rolled_back(django_db_blocker):
    """Data built once for a module, in a transaction rolled back afterwards; each
    test's own transaction nests inside it."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            yield
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo site, once per module. The documents' text is extracted as the Celery
    task would after the commit, which never comes inside a test."""
    with rolled_back(django_db_blocker):
        load_demo(password="a-long-demo-password", rebuild=False)
        call_command("extract_document_text", stdout=io.StringIO())
        call_command("update_index", verbosity=0, stdout=io.StringIO())
        yield


@pytest.fixture(scope="module")
def bus_evidence(django_db_setup, django_db_blocker):
    """23 evidence pages about bus lanes under one topic, once per module."""
    from wagtail.models import Page, Site

    from deliberations.factories import (
        DeliberationIndexPageFactory,
        DeliberationTopicPageFactory,
        EvidencePageFactory,
    )
    from home.factories import HomePageFactory

    with rolled_back(django_db_blocker):
        Page.objects.filter(depth=2).delete()
        home = HomePageFactory(parent=Page.get_first_root_node(), slug="home")
        Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
        index = DeliberationIndexPageFactory(parent=home, slug="juries")
        topic = DeliberationTopicPageFactory(parent=index, slug="buses", title="Buses")
        yield [
            EvidencePageFactory(
                parent=topic,
                slug=f"bus-{n}",
                title=f"Bus lanes study {n}",
                summary="Bus lanes <b>cut</b> journey times & delays.",
            )
            for n in range(23)
        ]


def make_pdf(title: str, *paragraphs: str):
    """A real PDF document (text in Helvetica, as the demo draws them), unsaved."""
    data = render_pdf(title, [("p", p) for p in paragraphs], author="Test")
    return get_document_model()(title=title, file=ContentFile(data, name="evidence.pdf"))


def search_slugs(client, query, **params):
    response = client.get("/search/", {"q": query, **params})
    assert response.status_code == 200
    return [page.slug for page, _snippet in response.context["results"]]
