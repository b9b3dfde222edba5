"""A briefing pack's consultation digest (`consultations.digest.build_digest`) at 1,000,
25,000 and 100,000 responses: build time, peak Python memory and the digest's size as
stored in the pack's snapshot. Time and memory must stay nearly flat as responses grow:
the digest is aggregate queries plus at most MAX_QUOTATIONS quoted answers.

    .venv/bin/python -m bench.digest [--sizes 1000 25000 100000] [--quick]

Runs in-process on a fresh database: PostgreSQL when BENCH_DATABASE_URL names an empty
one (recommended), else a temporary SQLite file. Never DATABASE_URL, which may hold a
real site. Prints a table and writes it as JSON to var/bench/digest.json.
"""

import argparse
import json
import random
import statistics
import time
import tracemalloc

from bench import report, setup_django

QUICK_SIZES = [100, 300]
# Moderators quote about one response in a hundred for the jury.
QUOTED_SHARE = 100


def quote_some(page):
    """Mark every hundredth approved text answer as quoted for the jury, with themes."""
    from consultations.models import Answer, SubmissionStatus

    texts = Answer.objects.filter(
        submission__consultation=page,
        submission__status=SubmissionStatus.APPROVED,
        option_key="",
        number=None,
    ).exclude(text="")
    ids = list(texts.order_by("pk").values_list("pk", flat=True)[::QUOTED_SHARE])
    Answer.objects.filter(pk__in=ids).update(quoted_for_jury=True)


def tag_themes(page, rng):
    """Five themes, each on about a fifth of the approved responses."""
    from consultations.models import Submission, Theme

    topic = page.get_parent().specific
    themes = [Theme.objects.get_or_create(topic=topic, name=f"Theme {n}")[0] for n in range(1, 6)]
    through = Submission.themes.through
    through.objects.filter(submission__consultation=page).delete()
    ids = Submission.objects.filter(consultation=page).values_list("pk", flat=True)
    through.objects.bulk_create(
        [through(submission_id=pk, theme_id=rng.choice(themes).pk) for pk in ids],
        batch_size=5000,
    )


def measure(page, repeat):
    from consultations.digest import build_digest

    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        digest = build_digest(page)
        timings.append((time.perf_counter() - start) * 1000)
    tracemalloc.start()
    build_digest(page)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "approved": digest["approved"],
        "quotations": len(digest["quotations"]),
        "digest_ms": round(statistics.median(timings)),
        "digest_peak_mb": round(peak / 1_000_000, 2),
        "digest_json_kb": round(len(json.dumps(digest, default=str)) / 1000, 1),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 25000, 100000])
    parser.add_argument("--repeat", type=int, default=3, help="builds per size (median)")
    parser.add_argument("--quick", action="store_true", help=f"sizes {QUICK_SIZES}, once each (CI)")
    args = parser.parse_args()
    sizes = QUICK_SIZES if args.quick else sorted(args.sizes)
    if args.quick:
        args.repeat = 1

    setup_django()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection

    from bench.consultation_scale import add_responses
    from bench.fixtures import consultation_site
    from consultations.models import ConsultationPage

    call_command("migrate", verbosity=0)
    consultation_site(80)
    page = ConsultationPage.objects.get()

    rng = random.Random(2026)
    engine = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    rows, made = [], 0
    for size in sizes:
        add_responses(page, size - made, rng, made)
        made = size
        quote_some(page)
        tag_themes(page, rng)
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")  # as autovacuum would after a bulk load
        rows.append({"responses": size, **measure(page, args.repeat)})
        print(f"  {rows[-1]}", flush=True)

    report(
        "digest",
        f"Consultation digest for a briefing pack ({engine}, in-process)",
        [
            ("responses", "responses"),
            ("approved", "approved"),
            ("quotations", "quotations"),
            ("ms (median)", "digest_ms"),
            ("peak MB", "digest_peak_mb"),
            ("JSON KB", "digest_json_kb"),
        ],
        rows,
        database=engine,
    )


if __name__ == "__main__":
    main()
