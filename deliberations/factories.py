"""Factories for tests and the demo loader."""

import datetime

import factory
import wagtail_factories
from wagtail_factories import DocumentFactory, ImageFactory

from .models import (
    BriefingPackPage,
    BriefingPackSection,
    DeliberationIndexPage,
    DeliberationTopicPage,
    DeliberationTopicSession,
    EvidencePage,
    EvidencePageDocument,
    EvidencePageSpeaker,
    EvidenceType,
    GlossaryTerm,
    Perspective,
    SectionKind,
    SpeakerPage,
    TopicStatus,
    UpdatePage,
)


class PerspectiveFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Perspective {n}")
    description = "A point of view on the question."

    class Meta:
        model = Perspective
        django_get_or_create = ["name"]


class DeliberationIndexPageFactory(wagtail_factories.PageFactory):
    title = "Citizens' juries"

    class Meta:
        model = DeliberationIndexPage


class DeliberationTopicPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Topic {n}")
    question = "How should we reduce congestion in the town centre?"
    authority = "Northbridge Borough Council"
    status = TopicStatus.IN_SESSION
    jury_size = 30
    summary = "A citizens' jury on the question."

    class Meta:
        model = DeliberationTopicPage


class DeliberationTopicSessionFactory(factory.django.DjangoModelFactory):
    topic = factory.SubFactory(DeliberationTopicPageFactory)
    title = factory.Sequence(lambda n: f"Session {n + 1}")
    date = factory.Sequence(lambda n: datetime.date(2026, 3, 1) + datetime.timedelta(weeks=n))
    location = "Town hall"

    class Meta:
        model = DeliberationTopicSession


class EvidencePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Evidence {n}")
    summary = "What this evidence says, in a sentence."
    evidence_type = EvidenceType.BRIEFING_PAPER
    source = "Northbridge Borough Council"
    publication_date = datetime.date(2026, 1, 15)
    body = factory.LazyFunction(lambda: [("paragraph", "<p>The evidence in full.</p>")])

    class Meta:
        model = EvidencePage


class SpeakerPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Speaker {n}")
    role = "Head of transport planning"
    organisation = "Northbridge Borough Council"
    biography = "<p>Has worked on the town's transport plans for ten years.</p>"
    declared_interests = "None declared"

    class Meta:
        model = SpeakerPage


class UpdatePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Update {n}")
    date = datetime.date(2026, 2, 1)
    summary = "News about the jury."
    body = factory.LazyFunction(lambda: [("paragraph", "<p>The jury met again.</p>")])

    class Meta:
        model = UpdatePage


def topic_with_evidence(parent, slug, evidence_count):
    """A topic as it looks mid-process: `evidence_count` evidence pages, each with a
    document and a speaker; a quarter as many speakers with photos; sessions; updates.
    Used by the query-count tests and the render benchmark. Returns (topic, speakers)."""
    topic = DeliberationTopicPageFactory(parent=parent, slug=slug, social_image=ImageFactory())
    sessions = DeliberationTopicSessionFactory.create_batch(4, topic=topic)
    perspectives = [PerspectiveFactory(name=f"{slug} view {n}") for n in range(3)]
    speakers = [
        SpeakerPageFactory(parent=topic, photo=ImageFactory(), photo_alt_text="A portrait")
        for _ in range(max(2, evidence_count // 4))
    ]
    for speaker in speakers:
        speaker.sessions.set(sessions[:2])
        speaker.save()
    document = DocumentFactory()
    for n in range(evidence_count):
        evidence = EvidencePageFactory(parent=topic, perspective=perspectives[n % 3])
        EvidencePageDocument.objects.create(page=evidence, document=document)
        EvidencePageSpeaker.objects.create(page=evidence, speaker=speakers[n % len(speakers)])
    UpdatePageFactory.create_batch(5, parent=topic)
    return topic, speakers


class GlossaryTermFactory(factory.django.DjangoModelFactory):
    term = factory.Sequence(lambda n: f"Term {n}")
    definition = "What the term means, in plain English."

    class Meta:
        model = GlossaryTerm


class BriefingPackPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Briefing pack {n}")
    introduction = "<p>Read this before the session.</p>"

    class Meta:
        model = BriefingPackPage


def add_pack_sections(pack, evidence=(), speakers=(), terms=(), consultation=None, notes=None):
    """Give a pack the usual four sections, in the usual order, from the given pages,
    glossary terms and consultation. `notes` maps an evidence page to its editor's note."""
    notes = notes or {}
    sections = [
        (
            SectionKind.EVIDENCE,
            "The evidence",
            [("evidence", {"page": page, "note": notes.get(page, "")}) for page in evidence],
        ),
        (
            SectionKind.SPEAKERS,
            "Who you will hear from",
            [("speaker", {"page": page, "note": ""}) for page in speakers],
        ),
        (
            SectionKind.GLOSSARY,
            "Words used in this pack",
            [("glossary_term", term) for term in terms],
        ),
    ]
    for order, (kind, heading, items) in enumerate(sections):
        BriefingPackSection.objects.create(
            pack=pack, sort_order=order, kind=kind, heading=heading, items=items
        )
    if consultation is not None:
        BriefingPackSection.objects.create(
            pack=pack,
            sort_order=len(sections),
            kind=SectionKind.CONSULTATION,
            heading="What residents told us",
            consultation=consultation,
        )
    return pack
