"""The PDF of a demo-like briefing pack: how long WeasyPrint takes to render it as a
tagged PDF/UA-1, its size and page count, and the whole `build_version_pdf` (render,
store privately, attach). The pack is what a jury gets before a session: 60 evidence
items with editors' notes, the speakers, a glossary, and a consultation digest with
charts, themes and quotations from 1,000 responses.

    .venv/bin/python -m bench.pdf [--evidence 60] [--responses 1000] [--repeat 3] [--quick]

Runs in-process on a fresh database: PostgreSQL when BENCH_DATABASE_URL names an empty
one, else a temporary SQLite file (the database hardly matters: the snapshot is built
once). Never DATABASE_URL. Prints a table and writes it as JSON to var/bench/pdf.json.
"""

import argparse
import io
import random
import statistics
import time

from bench import report, setup_django

NOTE = (
    "Why the jury should read this: it is the council's own count, made the same way "
    "every year since 2019, so the trend is reliable even where single years are not. "
    "Compare it with the operators' figures in the next item, which count journeys "
    "rather than people, and ask the speakers in session 2 why the two differ. The "
    "appendix explains how the survey chose its streets and what it could not measure: "
    "journeys that start outside the borough, and trips by people who work nights."
)
SUMMARY = (
    "What this evidence says in brief: how many people travel into the town centre, "
    "by which means, at what times of day, and how that has changed over five years, "
    "with the uncertainty of each figure and who collected it."
)
DEFINITION = (
    "What the term means in plain English, with an example from the town centre and "
    "where in this pack it is used for the first time."
)


def demo_pack(evidence_count, responses):
    """A topic with a pack like the demo's, returned with its published-version data."""
    from bench.consultation_scale import add_responses
    from bench.digest import quote_some, tag_themes
    from bench.fixtures import consultation_site
    from consultations.models import ConsultationPage
    from deliberations.factories import (
        BriefingPackPageFactory,
        DeliberationTopicSessionFactory,
        EvidencePageFactory,
        GlossaryTermFactory,
        SpeakerPageFactory,
        add_pack_sections,
    )

    consultation_site(80)
    consultation = ConsultationPage.objects.get()
    topic = consultation.get_parent().specific
    rng = random.Random(2026)
    add_responses(consultation, responses, rng, 0)
    quote_some(consultation)
    tag_themes(consultation, rng)

    evidence = [
        EvidencePageFactory(parent=topic, title=f"Evidence {n}: travel survey", summary=SUMMARY)
        for n in range(1, evidence_count + 1)
    ]
    speakers = [
        SpeakerPageFactory(parent=topic, summary=SUMMARY)
        for _ in range(max(2, evidence_count // 4))
    ]
    terms = [
        GlossaryTermFactory(topic=topic, term=f"Term {n}", definition=DEFINITION)
        for n in range(max(5, evidence_count // 2))
    ]
    pack = BriefingPackPageFactory(
        parent=topic,
        title="Briefing pack for session 2",
        session=DeliberationTopicSessionFactory(topic=topic),
        introduction="<p>Read this before the session. " + SUMMARY + "</p>",
    )
    add_pack_sections(
        pack,
        evidence=evidence,
        speakers=speakers,
        terms=terms,
        consultation=consultation,
        notes=dict.fromkeys(evidence, NOTE),
    )
    return pack


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--evidence", type=int, default=60, help="evidence items in the pack")
    parser.add_argument("--responses", type=int, default=1000, help="consultation responses")
    parser.add_argument("--repeat", type=int, default=3, help="renders (median)")
    parser.add_argument("--quick", action="store_true", help="10 items, 100 responses, once")
    args = parser.parse_args()
    if args.quick:
        args.evidence, args.responses, args.repeat = 10, 100, 1

    setup_django()
    from django.conf import settings
    from django.core.management import call_command
    from pypdf import PdfReader

    from deliberations.briefing import publish_version
    from deliberations.pdf import build_version_pdf, render_pdf

    call_command("migrate", verbosity=0)
    pack = demo_pack(args.evidence, args.responses)
    version = publish_version(pack)  # its PDF task runs eagerly once this commits
    version.refresh_from_db()

    timings = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        data = render_pdf(
            version.content,
            version_number=version.number,
            published_at=version.published_at,
            language=version.language,
            base_url="http://localhost/",
        )
        timings.append((time.perf_counter() - start) * 1000)
    reader = PdfReader(io.BytesIO(data))
    tagged = "/StructTreeRoot" in reader.trailer["/Root"]

    # Built once already by the task; a rebuild does the same work (render, store, attach).
    start = time.perf_counter()
    assert build_version_pdf(version.pk, rebuild=True)
    build_ms = (time.perf_counter() - start) * 1000

    engine = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    figures = {
        "evidence_items": args.evidence,
        "responses": args.responses,
        "pages": len(reader.pages),
        "size_kb": round(len(data) / 1000),
        "render_ms": round(statistics.median(timings)),
        "render_ms_all": [round(t) for t in timings],
        "build_version_pdf_ms": round(build_ms),
        "tagged": tagged,
    }
    report(
        "pdf",
        f"Briefing-pack PDF ({engine}, WeasyPrint, PDF/UA-1, in-process)",
        [
            ("evidence", "evidence_items"),
            ("responses", "responses"),
            ("pages", "pages"),
            ("KB", "size_kb"),
            ("render ms (median)", "render_ms"),
            ("build ms", "build_version_pdf_ms"),
        ],
        [figures],
        database=engine,
    )


if __name__ == "__main__":
    main()
