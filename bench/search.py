"""Search latency: median and p99 of a whole /search/ request (query, facet counts,
snippets, rendering) over the demo content, then with 10,000 generated evidence pages.

Needs an empty database of its own (never DATABASE_URL, which may hold a real site);
the figures that matter are PostgreSQL's:

    createdb hub_bench_search
    BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/hub_bench_search \\
        .venv/bin/python -m bench.search [--pages 10000] [--repeats 20] [--reuse] [--quick]

Without BENCH_DATABASE_URL it runs on a temporary SQLite file. Prints a table and writes
it as JSON to var/bench/search.json.

`--quick` (CI) skips the demo, which takes longer to load than the rest of the run
(tests/home loads it) and measures only the generated pages.

Building the 10,000 pages takes about 5 minutes on a quiet machine. `--reuse` keeps what
an earlier run left in the database: the demo is not loaded again, and if the generated
pages are there already only the second row is measured. On PostgreSQL the tables are analysed after
each bulk load, as autovacuum would do on a live site (it may be off, or not have caught
up, on a development machine; without statistics the planner picks nested loops and
every figure is meaningless).
"""

import argparse
import io
import json
import random
import statistics
import time

from bench import BASE_DIR, setup_django

QUERIES = [
    "footfall",
    "congestion charging",
    "air pollution",
    "bus punctuality",
    "food waste collections",
    "recycling in flats",
    '"safe routes to school"',
    "council",
    "town centre shops",
    "evidence",
]


def measure(client, repeats):
    timings = []
    for _ in range(repeats):
        for query in QUERIES:
            start = time.perf_counter()
            response = client.get("/search/", {"q": query})
            timings.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200, response.status_code
    timings.sort()
    return {
        "requests": len(timings),
        "median_ms": round(statistics.median(timings), 1),
        "p99_ms": round(timings[min(len(timings) - 1, int(len(timings) * 0.99))], 1),
    }


def generate_evidence(count):
    """`count` evidence pages under a new topic, with words drawn from the demo's own
    evidence, indexed in one pass at the end (as update_index would)."""
    from django.conf import settings
    from django.core.management import call_command
    from django.db import transaction

    from deliberations.models import (
        DeliberationIndexPage,
        DeliberationTopicPage,
        EvidencePage,
        EvidenceType,
        Perspective,
    )
    from home.demo import content

    rng = random.Random(6)
    words = sorted(
        {
            word.strip(".,;:'()").lower()
            for topic in content.TOPICS
            for evidence in topic.evidence
            for paragraph in evidence.paragraphs
            for word in paragraph.split()
            if len(word) > 3
        }
    )
    perspectives = list(Perspective.objects.all())
    index = DeliberationIndexPage.objects.get(locale__language_code=settings.LANGUAGE_CODE)
    topic = index.add_child(
        instance=DeliberationTopicPage(
            title="Generated topic",
            slug="generated",
            question="How do the figures scale?",
            authority=content.ORGANISATION,
        )
    )
    backends = settings.WAGTAILSEARCH_BACKENDS
    settings.WAGTAILSEARCH_BACKENDS = {
        name: {**config, "AUTO_UPDATE": False} for name, config in backends.items()
    }
    try:
        with transaction.atomic():
            for n in range(count):
                topic.add_child(
                    instance=EvidencePage(
                        title=" ".join(rng.sample(words, 5)).capitalize(),
                        slug=f"generated-{n}",
                        summary=" ".join(rng.sample(words, 25)),
                        evidence_type=rng.choice(EvidenceType.values),
                        source=content.ORGANISATION,
                        perspective=rng.choice(perspectives),
                        publication_date=f"{rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}-01",
                        body=[
                            ("paragraph", "<p>" + " ".join(rng.sample(words, 120)) + "</p>"),
                        ],
                    )
                )
    finally:
        settings.WAGTAILSEARCH_BACKENDS = backends
    call_command("update_index", verbosity=0, stdout=io.StringIO())
    return EvidencePage.objects.count()


def bare_site():
    """What `generate_evidence` needs without the demo: a home page and a deliberation
    index in the default language, and perspectives."""
    from bench.fixtures import consultation_site
    from deliberations.factories import PerspectiveFactory

    consultation_site(80)
    PerspectiveFactory.create_batch(3)


def analyse():
    """Fresh planner statistics after a bulk load (see the module docstring)."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument(
        "--reuse", action="store_true", help="keep the demo and generated pages already loaded"
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="no demo (tests/home loads it): a bare site, then the generated pages (CI)",
    )
    args = parser.parse_args()

    setup_django()
    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client
    from wagtail.models import Page

    from deliberations.models import EvidencePage
    from home.demo import content, load_demo

    call_command("migrate", verbosity=0)
    engine = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    reused = args.reuse and Page.objects.filter(depth=2, slug=content.HOME_SLUG).exists()
    if args.quick:
        bare_site()
    elif not reused:
        load_demo(password="bench-password-not-used")  # noqa: S106 - a throwaway database
        call_command("extract_document_text", stdout=io.StringIO())
    analyse()
    client = Client()
    client.get("/search/", {"q": "warm"})
    results = {}
    generated = EvidencePage.objects.filter(slug__startswith="generated-").count()
    if not (reused and generated):
        if not args.quick:
            results["demo content"] = measure(client, args.repeats)
        started = time.perf_counter()
        generate_evidence(args.pages)
        analyse()
        built = f"built and indexed in {round(time.perf_counter() - started, 1)} s"
        generated = args.pages
    else:
        built = "reused from an earlier run"
    evidence_total = EvidencePage.objects.count()
    base = "bare site" if args.quick else "demo"
    results[f"{base} + {generated:,} evidence pages"] = measure(client, args.repeats)

    print(
        f"Search latency ({engine}; {len(QUERIES)} queries x {args.repeats}; whole request "
        f"through the in-process test client; {evidence_total:,} evidence pages at the end, "
        f"{built})"
    )
    print(f"{'content':<34} {'requests':>8} {'median ms':>10} {'p99 ms':>8}")
    for name, figures in results.items():
        print(
            f"{name:<34} {figures['requests']:>8} {figures['median_ms']:>10.1f} "
            f"{figures['p99_ms']:>8.1f}"
        )
    out = BASE_DIR / "var" / "bench" / "search.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    report = {"database": engine, "queries": QUERIES, "repeats": args.repeats}
    out.write_text(json.dumps(report | {"results": results}, indent=2))
    print(f"Written to {out.relative_to(BASE_DIR)}")


if __name__ == "__main__":
    main()
