"""Relevance over the demo content: the evidence a resident means comes first."""

import pytest

from deliberations.models import DeliberationTopicPage, EvidencePage, SpeakerPage

from .conftest import search_slugs

pytestmark = pytest.mark.django_db

# (query, the page that must rank first)
EXPECTED_FIRST = [
    ("footfall", "footfall-and-vacancies"),
    ("congestion charging", "charging-for-congestion"),
    ("air pollution", "air-pollution-and-health"),
    ("bus punctuality", "bus-punctuality-and-passengers"),
    ("food waste collections", "food-waste-collections-elsewhere"),
    ("recycling in flats", "recycling-in-flats"),
    ("safe routes to school", "safe-routes-to-school"),
    ("Eastfield", "without-a-car-in-eastfield"),
    ("visitor survey", "visitor-survey-2025"),
    ("high street", "what-makes-a-high-street-work"),
    ("Chamber of Trade", "chamber-of-trade-position"),
    ("recovery facility", "inside-the-recovery-facility"),
    ("traffic counts", "traffic-counts-main-corridor"),
    ("privacy notice", "privacy-notice"),
]


@pytest.mark.parametrize(("query", "expected"), EXPECTED_FIRST)
def test_relevant_page_ranks_first(demo, client, query, expected):
    slugs = search_slugs(client, query)
    assert slugs, f"no results for {query!r}"
    assert slugs[0] == expected, f"{query!r} ranked {slugs[:5]}"


def test_facet_counts_match_the_results(demo, client):
    response = client.get("/search/", {"q": "council"})
    search = response.context["search"]
    assert search.total > 10
    # Every result on every page, to count by hand.
    matched = []
    for number in range(1, search.page.paginator.num_pages + 1):
        matched += [
            p
            for p, _ in client.get("/search/", {"q": "council", "page": number}).context["results"]
        ]
    assert len(matched) == search.total
    evidence = [p for p in matched if isinstance(p, EvidencePage)]
    facets = {facet.param: facet for facet in search.facets}
    by_type = {o.value: o.count for o in facets["type"].options}
    expected_types = {}
    for page in evidence:
        expected_types[page.evidence_type] = expected_types.get(page.evidence_type, 0) + 1
    assert by_type == expected_types
    by_year = {int(o.value): o.count for o in facets["year"].options}
    expected_years = {}
    for page in evidence:
        year = page.publication_date.year
        expected_years[year] = expected_years.get(year, 0) + 1
    assert by_year == expected_years
    by_perspective = {int(o.value): o.count for o in facets["perspective"].options}
    expected_perspectives = {}
    for page in evidence:
        expected_perspectives[page.perspective_id] = (
            expected_perspectives.get(page.perspective_id, 0) + 1
        )
    assert by_perspective == expected_perspectives
    by_topic = {int(o.value): o.count for o in facets["topic"].options}
    assert len(by_topic) == 3
    for topic in DeliberationTopicPage.objects.filter(pk__in=by_topic):
        assert by_topic[topic.pk] == sum(1 for p in matched if p.path.startswith(topic.path))


def test_choosing_a_facet_narrows_results_and_counts(demo, client):
    first = client.get("/search/", {"q": "council"}).context["search"]
    data_option = next(
        o for f in first.facets if f.param == "type" for o in f.options if o.value == "data"
    )
    narrowed = client.get("/search/", {"q": "council", "type": "data"}).context["search"]
    assert narrowed.total == data_option.count
    assert all(page.evidence_type == "data" for page in narrowed.page.object_list)
    type_facet = next(f for f in narrowed.facets if f.param == "type")
    assert [(o.value, o.selected) for o in type_facet.options] == [("data", True)]


def test_speaker_and_topic_filters(demo, client):
    speaker = SpeakerPage.objects.get(slug="helen-marsh", locale__language_code="en-gb")
    slugs = search_slugs(client, "town centre", speaker=str(speaker.pk))
    assert "town-centre-briefing" in slugs
    assert all(
        EvidencePage.objects.get(slug=slug, locale__language_code="en-gb")
        .speaker_links.filter(speaker=speaker)
        .exists()
        for slug in slugs
    )
    waste = DeliberationTopicPage.objects.get(slug="waste-and-recycling")
    response = client.get("/search/", {"q": "council", "topic": str(waste.pk)})
    assert all(page.path.startswith(waste.path) for page, _ in response.context["results"])


def test_phrase_only_inside_the_demo_pdfs_finds_their_pages(demo, client):
    # The last page of every demo evidence PDF, and nowhere on the pages themselves.
    slugs = search_slugs(client, '"easy read, audio or braille"')
    assert slugs
    pages = EvidencePage.objects.filter(slug__in=slugs)
    assert all(page.documents.exists() for page in pages)
