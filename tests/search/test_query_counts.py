"""The search page costs the same number of queries however many pages match: the
full-text match runs once, facet counts come from one query, results from one query per
page type."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from deliberations.factories import EvidencePageFactory
from home.models import SiteSettings

pytestmark = pytest.mark.django_db

# Locale, view restrictions, topics, the ranked match, the page of results, their
# documents, facet counts, promotions; the site, its settings and the main navigation
# come from the cache (home.site_cache).
SEARCH_PAGE_QUERIES = 8


def _queries_for_a_search(client, topic_page, count):
    SiteSettings.for_site(Site.objects.get(is_default_site=True))  # as on a real site
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
