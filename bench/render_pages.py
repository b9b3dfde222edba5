"""In-process render cost of each public page type: SQL queries and median render time.

A fresh database (SQLite in a temporary folder, or the empty database BENCH_DATABASE_URL
names: never DATABASE_URL, which may hold a real site) gets a
site like a real one mid-process: a topic with 50 evidence pages, each with a document and a
speaker, 12 speakers with photos, sessions, updates, a logo and footer pages. Each page is
rendered through Django's test client, once to warm caches, then 50 times.

    .venv/bin/python -m bench.render_pages [--renders 50] [--evidence 50]

Prints a table and writes it as JSON to var/bench/render_pages.json.
"""

import argparse
import json
import statistics
import time

from bench import BASE_DIR, setup_django


def build_site(evidence_count):
    from wagtail.models import Page, Site

    from deliberations.factories import DeliberationIndexPageFactory, topic_with_evidence
    from deliberations.models import EvidencePage, UpdatePage
    from home.factories import HomePageFactory, fill_site_settings

    Page.objects.filter(depth=2).delete()
    home = HomePageFactory(parent=Page.get_first_root_node(), slug="home")
    Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    fill_site_settings(home)
    index = DeliberationIndexPageFactory(parent=home, show_in_menus=True)
    topic, speakers = topic_with_evidence(index, "topic", evidence_count)
    return {
        "home": home,
        "deliberation index": index,
        "topic": topic,
        "evidence": EvidencePage.objects.child_of(topic).first(),
        "speaker": speakers[0],
        "update": UpdatePage.objects.child_of(topic).first(),
    }


def measure(client, url, renders):
    from django.db import connection

    assert client.get(url).status_code == 200  # warm
    queries = []

    def count(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    # An execute wrapper, not CaptureQueriesContext: each request resets the query log.
    with connection.execute_wrapper(count):
        client.get(url)
    timings = []
    for _ in range(renders):
        start = time.perf_counter()
        client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
    return {"queries": len(queries), "median_ms": round(statistics.median(timings), 2)}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--renders", type=int, default=50)
    parser.add_argument("--evidence", type=int, default=50)
    args = parser.parse_args()

    setup_django()
    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client

    call_command("migrate", verbosity=0)
    pages = build_site(args.evidence)
    client = Client()
    engine = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    results = {name: measure(client, page.url, args.renders) for name, page in pages.items()}

    print(
        f"Render cost per page type ({args.evidence} evidence pages, {engine}, "
        f"median of {args.renders} renders, in-process test client)"
    )
    print(f"{'page type':<20} {'queries':>8} {'median ms':>10}")
    for name, figures in results.items():
        print(f"{name:<20} {figures['queries']:>8} {figures['median_ms']:>10.2f}")

    out = BASE_DIR / "var" / "bench" / "render_pages.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    report = {"database": engine, "evidence_pages": args.evidence, "renders": args.renders}
    out.write_text(json.dumps(report | {"pages": results}, indent=2))
    print(f"Written to {out.relative_to(BASE_DIR)}")


if __name__ == "__main__":
    main()
