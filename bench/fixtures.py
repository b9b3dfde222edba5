"""Data the benchmarks build inside a Django process (run through `manage.py shell`)."""

from wagtail.models import Page, Site

from consultations.factories import ConsultationPageFactory
from consultations.models import Answer, ConsultationPage, Submission
from deliberations.factories import DeliberationIndexPageFactory, DeliberationTopicPageFactory
from home.factories import HomePageFactory


def consultation_site(port: int) -> dict:
    """A site with one open consultation; returns its path and a valid set of answers."""
    Page.objects.filter(depth=2).delete()
    home = HomePageFactory(parent=Page.get_first_root_node(), slug="home")
    Site.objects.create(hostname="127.0.0.1", port=port, root_page=home, is_default_site=True)
    index = DeliberationIndexPageFactory(parent=home)
    topic = DeliberationTopicPageFactory(parent=index, slug="topic")
    page = ConsultationPage.objects.get(
        pk=ConsultationPageFactory(parent=topic, slug="consultation").pk
    )
    return {"path": page.url, "answers": valid_answers(page)}


def valid_answers(page: ConsultationPage) -> dict:
    """An answer to every question, as a resident fills the form in."""
    answers = {}
    for question in page.parsed_questions[0]:
        options = [key for key, _label in question.options]
        if question.kind in ("single_choice", "agreement_scale"):
            answers[question.field_name] = options[1]
        elif question.kind == "multiple_choice":
            answers[question.field_name] = options[:2]
        elif question.kind == "ranking":
            answers |= {f"{question.field_name}_{i}": str(i + 1) for i in range(len(options))}
        elif question.kind == "postcode":
            answers[question.field_name] = "NB1 4QT"
        else:
            answers[question.field_name] = "More buses in the evening and cheaper fares."
    return answers


def stored_counts() -> dict:
    return {
        "stored": Submission.objects.count(),
        "answers": Answer.objects.count(),
        "unconfirmed": Submission.objects.exclude(email="")
        .filter(confirmation_sent_at=None)
        .count(),
    }


def reading_site(port: int, evidence: int = 20) -> dict:
    """The consultation site, plus a topic mid-process for visitors to read: its
    evidence, speakers and updates. Returns the consultation and the pages' paths."""
    from deliberations.factories import topic_with_evidence
    from deliberations.models import DeliberationIndexPage

    site = consultation_site(port)
    topic, _speakers = topic_with_evidence(
        DeliberationIndexPage.objects.get(), "town-centre", evidence
    )
    pages = [topic.get_parent(), topic, *topic.get_children().live()]
    site["pages"] = ["/", *sorted({page.url for page in pages})]
    return site


def pages_site(port: int, topics: int, evidence: int, submissions: int) -> dict:
    """A site as on launch day: `topics` topics of `evidence` evidence pages each (with
    speakers, sessions, updates), an open consultation with `submissions` responses and a
    closed one with published results, footer pages, and the home page, the deliberation
    index and the first topic translated into Welsh. Returns the URL of each page type."""
    import random

    from wagtail.models import Locale

    from bench.consultation_scale import add_responses
    from deliberations.factories import topic_with_evidence
    from deliberations.models import EvidencePage, SpeakerPage, UpdatePage
    from home.factories import StandardPageFactory, fill_site_settings

    Page.objects.filter(depth=2).delete()
    home = HomePageFactory(parent=Page.get_first_root_node(), slug="home")
    Site.objects.create(hostname="127.0.0.1", port=port, root_page=home, is_default_site=True)
    fill_site_settings(home)
    index = DeliberationIndexPageFactory(parent=home, show_in_menus=True)
    built = [topic_with_evidence(index, f"topic-{n}", evidence) for n in range(topics)]
    topic = built[0][0]
    consultation = ConsultationPage.objects.get(
        pk=ConsultationPageFactory(parent=topic, slug="consultation").pk
    )
    add_responses(consultation, submissions, random.Random(9), 0)
    standard = StandardPageFactory(parent=home, slug="about")
    welsh = Locale.objects.get(language_code="cy")
    for page in (home, index, topic):
        page.copy_for_translation(welsh, copy_parents=True).save_revision().publish()
    return {
        "counts": {
            "topics": topics,
            "evidence pages": EvidencePage.objects.count(),
            "speakers": SpeakerPage.objects.count(),
            "submissions": Submission.objects.count(),
            "languages": 2,
        },
        "urls": {
            "home": home.url,
            "index": index.url,
            "topic": topic.url,
            "evidence": EvidencePage.objects.child_of(topic).first().url,
            "speaker": SpeakerPage.objects.child_of(topic).first().url,
            "update": UpdatePage.objects.child_of(topic).first().url,
            "standard": standard.url,
            "consultation (form)": consultation.url,
            "topic (Welsh)": "/cy" + topic.url,
            "search": "/search/?q=bus",
        },
    }


def render_costs(urls: dict, renders: int) -> dict:
    """SQL queries and median in-process time of each URL (Django's test client, after one
    request to warm the caches)."""
    import statistics
    import time

    from django.db import connection
    from django.test import Client

    client = Client(HTTP_HOST="127.0.0.1")
    costs = {}
    for name, url in urls.items():
        assert client.get(url).status_code == 200, url
        queries = []

        def count(execute, sql, params, many, context, queries=queries):
            queries.append(sql)
            return execute(sql, params, many, context)

        with connection.execute_wrapper(count):
            body = client.get(url).content
        timings = []
        for _ in range(renders):
            start = time.perf_counter()
            client.get(url)
            timings.append((time.perf_counter() - start) * 1000)
        costs[name] = {
            "queries": len(queries),
            "render_ms": round(statistics.median(timings), 2),
            "bytes": len(body),
        }
    return costs


def republish(url: str) -> int:
    """Publish again the page served at `url` (and its translations at the same path):
    what an editor's correction does. Returns how many were published."""
    pages = Page.objects.filter(url_path__endswith=url, depth__gt=2).specific()
    for page in pages:
        page.save_revision().publish()
    return len(pages)
