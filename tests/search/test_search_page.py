"""The search page: escaping, pagination, facets from the query string, promotions, no
writes, and hostile input of every kind."""

import random

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.html import escape
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

from home.factories import StandardPageFactory
from search.highlight import highlight

pytestmark = pytest.mark.django_db


@pytest.fixture
def evidence(bus_evidence):
    return bus_evidence


def test_header_has_a_search_box(evidence, client):
    html = client.get("/").content.decode()
    assert 'action="/search/"' in html and 'name="q"' in html


def test_results_are_paginated_and_bad_page_numbers_give_a_page(evidence, client):
    first = client.get("/search/", {"q": "bus lanes"})
    assert first.context["search"].total == 23
    assert len(first.context["results"]) == 10
    for page in ("3", "999", "-1", "abc", "", "1e9", "٣"):
        response = client.get("/search/", {"q": "bus lanes", "page": page})
        assert response.status_code == 200
    assert len(client.get("/search/", {"q": "bus lanes", "page": "3"}).context["results"]) == 3
    assert "page=2" in first.content.decode()


def test_snippets_escape_page_text_and_mark_the_words(evidence, client):
    html = client.get("/search/", {"q": "journey"}).content.decode()
    assert "<mark>journey</mark>" in html
    assert "&lt;b&gt;cut&lt;/b&gt;" in html and "<b>cut</b>" not in html


def test_highlight_escapes_before_marking():
    marked = highlight('<script>alert("bus")</script> bus & <mark>', ["bus", "script"])
    assert "<script>" not in marked and "<mark>" not in marked.replace(
        "<mark>bus</mark>", ""
    ).replace("<mark>script</mark>", "")
    assert "<mark>bus</mark>" in marked


def test_invalid_facet_values_are_ignored(evidence, client):
    response = client.get(
        "/search/",
        {
            "q": "bus",
            "type": ["nonsense", "data' OR 1=1"],
            "topic": ["x", "-1", "99999999999999999999"],
        },
    )
    assert response.status_code == 200
    assert response.context["search"].total == 23


def test_promotions_appear_above_results_and_private_ones_do_not(evidence, client):
    query = Query.get("bus lanes")
    SearchPromotion.objects.create(query=query, page=evidence[5], description="Start here.")
    home = evidence[0].get_parent().get_parent().get_parent()
    private = StandardPageFactory(parent=home, slug="secret", title="Secret plan")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    SearchPromotion.objects.create(query=query, page=private, description="Hidden.")
    response = client.get("/search/", {"q": "Bus  Lanes"})
    assert [p.page_id for p in response.context["search"].promotions] == [evidence[5].pk]
    assert (
        "Start here." in response.content.decode()
        and "Secret plan" not in response.content.decode()
    )


def test_a_search_writes_nothing(evidence, client):
    client.get("/")  # site settings are created on first use, by any page
    with CaptureQueriesContext(connection) as queries:
        client.get("/search/", {"q": "bus lanes unknownword"})
        client.get("/search/", {"q": "bus lanes"})
    writes = [
        q["sql"] for q in queries if q["sql"].split()[0].upper() in {"INSERT", "UPDATE", "DELETE"}
    ]
    assert writes == []
    assert not Query.objects.filter(query_string__contains="unknownword").exists()


def test_did_you_mean_on_no_results(evidence, client):
    response = client.get("/search/", {"q": "bus lanse"})
    assert response.context["search"].total == 0
    assert response.context["search"].suggestion == "bus lanes"
    assert "Did you mean" in response.content.decode()


def test_a_long_query_is_shortened_and_said_so(evidence, client):
    response = client.get("/search/", {"q": "bus " * 2500})
    assert response.status_code == 200
    assert response.context["search"].shortened


HOSTILE = [
    "",
    " ",
    '"',
    '""',
    "'",
    "\\",
    "*",
    "bus*",
    "AND",
    "OR OR OR",
    "NOT bus",
    "bus AND NOT lanes",
    "bus OR lanes",
    "(bus",
    "bus)",
    "bus -lanes",
    "+bus",
    "bus^2",
    "bus~",
    "title:bus",
    "{title}:bus",
    "NEAR(bus lanes)",
    '"bus',
    'bus "lanes',
    '"bus lanes" "',
    "' OR 1=1 --",
    "'; DROP TABLE wagtailcore_page; --",
    "1; SELECT pg_sleep(5)",
    "UNION SELECT * FROM auth_user",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "&lt;b&gt;",
    "{{ 7*7 }}",
    "{% debug %}",
    "%s %d %(x)s",
    "\x00",
    "bus\x00lanes",
    "\u202ebus\u202c",
    "\u200b\u200bbus",
    "🚌 🚲 🚆",
    "bus 🚌",
    "Ünïcödé café",
    "שלום",
    "日本語",
    "a" * 10_000,
    "bus " * 5000,
    '"' * 3000,
    "\n\r\t",
    ":",
    "/",
    "?page=2",
    "null",
    "None",
    "true",
    "-1",
    "0",
    "99999999999999999999999",
]


def _random_strings(count):
    rng = random.Random(1234)
    alphabet = list("abcdeAND OR NOT\"'()*:^~-+{}[]<>&;%\\/\x00\u202e🚌é")
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))) for _ in range(count)]


@pytest.mark.parametrize("query", HOSTILE + _random_strings(250))
def test_any_query_gives_a_page_with_the_query_escaped(evidence, client, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    shown = response.context["search"].query
    assert escape(shown) in html
    if "<" in shown:
        assert shown not in html  # never raw


@pytest.mark.parametrize(
    "params",
    [
        {"page": "' OR 1=1"},
        {"page": "\x00"},
        {"type": "<script>"},
        {"perspective": "🚌"},
        {"speaker": "1" * 400},
        {"year": "-2025"},
        {"year": "99999"},
        {"topic": ["1"] * 500},
        {"q": ["bus", "lanes"]},
    ],
)
def test_hostile_parameters_give_a_page(evidence, client, params):
    response = client.get("/search/", {"q": "bus", **params})
    assert response.status_code == 200
