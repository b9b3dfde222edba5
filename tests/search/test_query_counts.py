"""The search page costs the same number of queries however many pages match: the
full-text match runs once, facet counts come from one query, results from one query per
page type."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from deliberations.factories import EvidencePageFactory

pytestmark = pytest.mark.django_db

# Site, locale, view restrictions, topics, the ranked match, the page of results, their
# documents, facet counts, promotions, site settings, main navigation.
SEARCH_PAGE_QUERIES = 11


def _queries_for_a_search(client, topic_page, count):
    for n in range(count):
        EvidencePageFactory(
            parent=topic_page,
            slug=f"tram-{n}",
            title=f"Tram extension study {n}",
            summary="Trams and the ring road.",
        )
    client.get("/search/", {"q": "tram"})  # site settings and content types, once
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/search/", {"q": "tram extension"})
    assert response.status_code == 200
    assert response.context["search"].total == count
    assert response.context["search"].facets
    return len(queries)


@pytest.mark.parametrize("count", [5, 50])
def test_search_page_queries_do_not_grow_with_the_number_of_matches(client, topic_page, count):
    assert _queries_for_a_search(client, topic_page, count) == SEARCH_PAGE_QUERIES
