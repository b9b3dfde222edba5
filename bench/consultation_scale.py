"""A consultation at 1,000, 25,000 and 100,000 responses: how long the results (counts,
themes, equality figures), the moderation queue page and the CSV export take, and the
peak Python memory of the export, which must stay flat as the consultation grows.

    .venv/bin/python -m bench.consultation_scale [--sizes 1000 25000 100000]

Runs in-process on a fresh database: PostgreSQL when BENCH_DATABASE_URL names an empty
one (recommended), else a temporary SQLite file. Never DATABASE_URL, which may hold a
real site. Prints a table and writes it as JSON to var/bench/consultation_scale.json.
"""

import argparse
import json
import random
import statistics
import time
import tracemalloc
import uuid

from bench import BASE_DIR, setup_django

BATCH = 5000


def add_responses(page, count, rng, start):
    """`count` synthetic responses, 90% approved, each answering every question."""
    from consultations.models import AboutYou, Answer, Submission, SubmissionStatus

    questions, _about_you = page.parsed_questions
    for offset in range(0, count, BATCH):
        size = min(BATCH, count - offset)
        submissions = Submission.objects.bulk_create(
            Submission(
                consultation=page,
                reference=f"B{start + offset + n:07d}",
                idempotency_token=uuid.UUID(int=rng.getrandbits(128)),
                status=SubmissionStatus.APPROVED if rng.random() < 0.9 else "pending",
                publication_consent="anonymous",
                email=f"person{start + offset + n}@example.org",
            )
            for n in range(size)
        )
        answers = []
        for submission in submissions:
            for question in questions:
                keys = [key for key, _label in question.options]
                if question.kind == "ranking":
                    order = rng.sample(keys, len(keys))
                    answers += [
                        Answer(
                            submission=submission,
                            question_key=question.key,
                            option_key=key,
                            number=rank,
                        )
                        for rank, key in enumerate(order, start=1)
                    ]
                elif keys:
                    key = rng.choice(keys)
                    answers.append(
                        Answer(
                            submission=submission,
                            question_key=question.key,
                            option_key=key,
                            number=int(key) if key.isdigit() else None,
                        )
                    )
                else:
                    answers.append(
                        Answer(
                            submission=submission,
                            question_key=question.key,
                            text="More buses in the evening and cheaper fares. " * 3,
                        )
                    )
        Answer.objects.bulk_create(answers, batch_size=BATCH)
        AboutYou.objects.bulk_create(
            AboutYou(submission=s, consent_given_at=s.created_at, age_band="35_44")
            for s in submissions[::2]
        )


def timed(function):
    start = time.perf_counter()
    result = function()
    return result, (time.perf_counter() - start) * 1000


def measure(page, client, queue_url):
    from consultations.exports import csv_response
    from consultations.results import consultation_results, demographics

    _results, results_ms = timed(lambda: (consultation_results(page), demographics(page)))
    # The median of three views, after one that loads the admin's templates.
    queue_timings = []
    for _ in range(4):
        queue, queue_ms = timed(lambda: client.get(queue_url, {"consultation": page.pk}))
        assert queue.status_code == 200
        queue_timings.append(queue_ms)
    queue_ms = statistics.median(queue_timings[1:])

    tracemalloc.start()
    _rows, export_ms = timed(lambda: sum(1 for _ in csv_response(page).streaming_content))
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "results_ms": round(results_ms),
        "queue_page_ms": round(queue_ms),
        "csv_export_ms": round(export_ms),
        "csv_export_peak_mb": round(peak / 1_000_000, 1),
        "csv_rows": _rows - 1,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 25000, 100000])
    args = parser.parse_args()

    setup_django()
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.urls import reverse

    from bench.fixtures import consultation_site
    from consultations.models import ConsultationPage

    call_command("migrate", verbosity=0)
    call_command("createcachetable", verbosity=0)
    consultation_site(80)
    page = ConsultationPage.objects.get()
    admin = get_user_model().objects.create_superuser("bench", "b@example.org", "x" * 20)
    client = Client()
    client.force_login(admin)
    queue_url = reverse("consultation_responses:index")

    rng = random.Random(2026)
    engine = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    rows, made = {}, 0
    for size in sorted(args.sizes):
        add_responses(page, size - made, rng, made)
        made = size
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")  # as autovacuum would after a bulk load
        rows[size] = measure(page, client, queue_url)
        print(f"  {size:>7} responses: {rows[size]}", flush=True)

    print(f"\nConsultation at scale ({engine}, in-process)")
    print(f"{'responses':>10} {'results ms':>11} {'queue ms':>9} {'CSV ms':>8} {'CSV peak MB':>12}")
    for size, figures in rows.items():
        print(
            f"{size:>10} {figures['results_ms']:>11} {figures['queue_page_ms']:>9} "
            f"{figures['csv_export_ms']:>8} {figures['csv_export_peak_mb']:>12}"
        )
    out = BASE_DIR / "var" / "bench" / "consultation_scale.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"database": engine, "sizes": rows}, indent=2))
    print(f"Written to {out.relative_to(BASE_DIR)}")


if __name__ == "__main__":
    main()
