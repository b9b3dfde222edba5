"""Elasticsearch: the mapping and query bodies for our page types, built without a
cluster (none can run here: see docs/search.md to run against a real one); the health
check against an address where nothing answers."""

import io
import time

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from deliberations.models import DeliberationTopicPage, EvidencePage
from search.services import Selection, filtered_queryset, parse_query

pytestmark = pytest.mark.django_db

CLOSED = "http://127.0.0.1:9"  # the discard port: nothing listens there
ES = {"default": {"BACKEND": "wagtail.search.backends.elasticsearch8", "URLS": [CLOSED]}}


@pytest.fixture
def es_backend():
    return get_search_backend("wagtail.search.backends.elasticsearch8", URLS=[CLOSED])


def test_evidence_mapping_has_boosted_fields_and_filters(es_backend):
    mapping = es_backend.mapping_class(EvidencePage).get_mapping()
    properties = mapping["properties"]
    prefix = "deliberations_evidencepage__"
    for name in ("attached_document_text", "body", "source"):
        assert f"{prefix}{name}" in properties
    for name in ("evidence_type_filter", "perspective_id_filter", "publication_date_filter"):
        assert f"{prefix}{name}" in properties
    assert "path_filter" in properties and "locale_id_filter" in properties
    # Title (2) > summary (1.5) > body (unboosted).
    assert "_all_text_boost_2_0" in properties["title"]["copy_to"]
    assert "_all_text_boost_1_5" in properties[f"{prefix}summary"]["copy_to"]
    assert properties[f"{prefix}body"]["copy_to"] in ("_all_text", ["_all_text"])


def test_topic_mapping_boosts_the_question(es_backend):
    properties = es_backend.mapping_class(DeliberationTopicPage).get_mapping()["properties"]
    question = properties["deliberations_deliberationtopicpage__question"]
    assert "_all_text_boost_2_0" in question["copy_to"]


def test_query_body_for_a_filtered_search(es_backend, topic_page):
    from wagtail.models import Locale, Site

    selection = Selection(types=["data"], years=[2025], speakers=[1])
    queryset = filtered_queryset(
        Site.objects.get(), Locale.get_default(), selection, [(topic_page.pk, "", topic_page.path)]
    )
    results = es_backend.search(
        parse_query('"bus lanes" fares').as_search_query(), queryset.order_by("path")
    )
    body = results._get_es_body()
    text = str(body)
    assert "'match_phrase'" in text and "fares" in text
    assert "deliberations_evidencepage__evidence_type_filter" in text
    assert "'prefix': {'path_filter'" in text
    assert "live_filter" in text and "locale_id_filter" in text
    # Matches in titles count double, in summaries half as much again as in the body.
    assert "'_all_text_boost_2_0': {'query': 'bus lanes', 'boost': 2.0}" in text
    assert "'_all_text_boost_1_5': {'query': 'bus lanes', 'boost': 1.5}" in text


def test_health_check_reports_a_cluster_that_does_not_answer():
    out = io.StringIO()
    started = time.monotonic()
    with override_settings(WAGTAILSEARCH_BACKENDS=ES), pytest.raises(CommandError) as error:
        call_command("search_health", stdout=out)
    assert time.monotonic() - started < 10
    assert "Elasticsearch" in out.getvalue() and CLOSED in out.getvalue()
    assert "NOT answering" in str(error.value)


def test_health_check_on_the_database(home_page):
    out = io.StringIO()
    call_command("search_health", stdout=out)
    assert "the database" in out.getvalue() and "Search answers" in out.getvalue()


def test_search_page_says_so_when_the_cluster_is_down(home_page, client):
    with override_settings(WAGTAILSEARCH_BACKENDS=ES):
        response = client.get("/search/", {"q": "bus"})
    assert response.status_code == 503
    assert "search is not working" in response.content.decode()
    assert Page.objects.exists()
