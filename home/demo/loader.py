"""Build the Northbridge demo site from `content.py`.

`load_demo()` is idempotent: every object is looked up by a stable key (pages by slug
under their parent, images and documents by title, perspectives by name, users by
username, embeds by URL hash, themes by name within their topic) and only what is missing
is created. A consultation's synthetic responses are added only together with its page:
once the page exists they are never added again, whatever became of them. A second run
creates no pages, revisions, images, documents, embeds, users, themes or responses and
changes no content, so it is safe to run on a site that already has the demo, or part of
it.
"""

import datetime
import io
import secrets
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from html import escape
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.management import call_command
from django.db import transaction
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site
from wagtail.utils.file import hash_filelike

from consultations import moderation
from consultations.models import (
    Answer,
    ConsultationPage,
    PublicationConsent,
    SubmissionStatus,
    Theme,
)
from deliberations.models import (
    BriefingPackPage,
    BriefingPackSection,
    DeliberationIndexPage,
    DeliberationTopicPage,
    DeliberationTopicSession,
    EvidencePage,
    EvidencePageDocument,
    EvidencePageSpeaker,
    GlossaryTerm,
    Perspective,
    SectionKind,
    SpeakerPage,
    UpdatePage,
)
from home.models import HomePage, SiteSettings, StandardPage
from home.translating import translate
from transparency.models import (
    Recommendation,
    RecommendationProgressUpdate,
    TopicOversightMember,
    TopicOversightMinutes,
    TopicPublishedItem,
)

from . import content, media, responses, translations
from .consultations import CONSULTATIONS, ConsultationSpec
from .jurors import create_demo_jurors, create_roster
from .packs import PACKS_BY_TOPIC, PackSpec
from .recommendations import (
    PUBLISHED_ITEMS_BY_TOPIC,
    RECOMMENDATIONS_BY_TOPIC,
    RecommendationSpec,
)

__all__ = ["DemoLoadError", "DemoSummary", "DemoUserRow", "load_demo", "rebuild_indexes"]

SITE_HOSTNAME = "localhost"
SITE_PORT = 80

# StreamField block ids derive from where the block sits in the content, not uuid4, so
# the same content always gets the same ids.
_BLOCK_ID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_DNS, "demo.northbridge.example")

EMBED_WIDTH, EMBED_HEIGHT = 560, 315

# The demo user who moderated the synthetic responses.
MODERATOR = next(user.username for user in content.USERS if user.group == "Moderators")
EDITOR = next(user.username for user in content.USERS if user.group == "Communications team")
OVERSIGHT = next(user.username for user in content.USERS if user.group == "Oversight panel")


class DemoLoadError(Exception):
    """The database holds something the demo cannot build on (e.g. a page of the wrong type
    where a demo page should be)."""


@dataclass(frozen=True)
class DemoUserRow:
    username: str
    role: str
    email: str
    created: bool


@dataclass
class DemoSummary:
    """What one run of `load_demo()` did."""

    created: Counter = field(default_factory=Counter)  # kind -> number created
    removed: Counter = field(default_factory=Counter)  # kind -> number deleted
    users: list[DemoUserRow] = field(default_factory=list)
    # The password given to users created in this run; None when no user was created.
    password: str | None = None
    password_generated: bool = False
    # Role groups that did not exist and were created empty (no permissions).
    groups_created: list[str] = field(default_factory=list)
    indexes_rebuilt: bool = False
    seconds: float = 0.0

    @property
    def created_anything(self) -> bool:
        return any(self.created.values()) or any(self.removed.values())


def load_demo(*, password: str | None = None, rebuild: bool = True) -> DemoSummary:
    """Create whatever part of the demo site is missing, in one transaction.

    `password` is given to users created by this run; when None, one random password is
    generated for them all and returned in the summary (it is not stored anywhere else).
    Existing users keep their passwords. When something was created and `rebuild` is
    true, Wagtail's reference index and search index are rebuilt afterwards.

    Idempotent: a second call creates nothing and changes nothing.
    """
    started = time.perf_counter()
    with transaction.atomic():
        summary = _DemoLoader(password).run()
    if rebuild and summary.created_anything:
        rebuild_indexes()
        summary.indexes_rebuilt = True
    summary.seconds = time.perf_counter() - started
    return summary


def rebuild_indexes() -> None:
    """Rebuild Wagtail's reference index and search index, quietly."""
    quiet = io.StringIO()
    call_command("rebuild_references_index", verbosity=0, stdout=quiet)
    call_command("update_index", verbosity=0, stdout=quiet)


def _block_id(key: str) -> str:
    return str(uuid.uuid5(_BLOCK_ID_NAMESPACE, key))


def _transcript_html(lines: Iterable[str]) -> str:
    """Transcript paragraphs, with the speaker's name in bold where a line starts with one."""
    paragraphs = []
    for line in lines:
        speaker, sep, words = line.partition(": ")
        if sep and len(speaker) < 40:
            paragraphs.append(f"<p><b>{escape(speaker)}:</b> {escape(words, quote=False)}</p>")
        else:
            paragraphs.append(f"<p>{escape(line, quote=False)}</p>")
    return "".join(paragraphs)


def _embed_html(recording: content.Recording) -> str:
    return (
        f'<iframe width="{EMBED_WIDTH}" height="{EMBED_HEIGHT}" '
        f'src="https://www.youtube-nocookie.com/embed/{recording.youtube_id}" '
        f'title="{escape(recording.title)}" '
        'allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; '
        'picture-in-picture; web-share" referrerpolicy="strict-origin-when-cross-origin" '
        "allowfullscreen></iframe>"
    )


class _DemoLoader:
    def __init__(self, password: str | None):
        self.summary = DemoSummary()
        self.password = password
        self.pages: dict[str, Page] = {}  # content path ("" for home) -> specific page
        self.images: dict[str, Any] = {}
        self.documents: dict[str, Any] = {}
        self.perspectives: dict[str, Perspective] = {}
        self.users: dict[str, Any] = {}  # username -> user

    def run(self) -> DemoSummary:
        for recording in content.RECORDINGS:
            self.embed(recording)
        root = Page.get_first_root_node()
        self.remove_default_page(root)
        home, home_is_new = self.page(
            root,
            "",
            content.HOME_SLUG,
            HomePage,
            lambda: HomePage(
                title=content.HOME_TITLE,
                introduction=content.HOME_INTRODUCTION,
                summary=content.HOME_SUMMARY,
                social_image=self.image(content.JURY_AT_WORK),
            ),
            publish=False,  # its body links to pages that do not exist yet
        )
        site = self.default_site(home)
        self.page(
            home,
            content.INDEX_SLUG,
            content.INDEX_SLUG,
            DeliberationIndexPage,
            lambda: DeliberationIndexPage(
                title=content.INDEX_TITLE,
                introduction=content.INDEX_INTRODUCTION,
                summary=content.INDEX_SUMMARY,
                show_in_menus=True,
            ),
        )
        for spec in content.STANDARD_PAGES:
            self.standard_page(home, spec)
        self.site_settings(site)
        self.load_perspectives()
        self.load_users()  # before the topics: the moderator moderates their consultations
        for topic in content.TOPICS:
            self.topic(topic)
        topic_pages = [self.pages[f"{content.INDEX_SLUG}/{t.slug}"] for t in content.TOPICS]
        for _juror, created in create_demo_jurors(topic_pages):
            self.summary.created["jurors"] += created
        for topic, page in zip(content.TOPICS, topic_pages, strict=True):
            for _juror, created in create_roster(page, topic.roster):
                self.summary.created["jurors"] += created
        if home_is_new:
            home.body = self.stream(content.HOME_BODY, "home/body")
            self.publish(home)
        for language_code in translations.LANGUAGES:
            self.translate_topic(language_code)
        return self.summary

    # --- Wagtail's default site -------------------------------------------------------

    def remove_default_page(self, root: Page) -> None:
        """Delete the "Welcome to your new Wagtail site!" page that `migrate` creates: a
        plain `Page` at depth 2 with no children. (The default Site goes with it.)"""
        page_type = ContentType.objects.get_for_model(Page)
        for page in root.get_children().filter(content_type=page_type, numchild=0):
            page.delete()
            self.summary.removed["default Wagtail pages"] += 1

    def default_site(self, home: HomePage) -> Site:
        site = (
            Site.objects.filter(is_default_site=True).first()
            or Site.objects.filter(hostname=SITE_HOSTNAME, port=SITE_PORT).first()
        )
        if site is None:
            self.summary.created["sites"] += 1
            return Site.objects.create(
                hostname=SITE_HOSTNAME,
                port=SITE_PORT,
                root_page=home,
                is_default_site=True,
                site_name=content.SITE_NAME,
            )
        changed = []
        if site.root_page_id != home.pk:
            site.root_page = home
            changed.append("root_page")
        if not site.is_default_site:
            site.is_default_site = True
            changed.append("is_default_site")
        if not site.site_name:
            site.site_name = content.SITE_NAME
            changed.append("site_name")
        if changed:
            site.save(update_fields=changed)
            self.summary.created["sites updated"] += 1
        return site

    def site_settings(self, site: Site) -> None:
        """Fill in the site settings that are still empty; never overwrite an edit."""
        settings = SiteSettings.for_site(site)
        default_name = SiteSettings._meta.get_field("organisation_name").default
        wanted = {
            "organisation_name": (
                settings.organisation_name in ("", default_name),
                lambda: content.ORGANISATION,
            ),
            "logo": (settings.logo_id is None, lambda: self.image(content.LOGO)),
            "contact_email": (not settings.contact_email, lambda: content.CONTACT_EMAIL),
            "privacy_notice": (
                settings.privacy_notice_id is None,
                lambda: self.pages[content.PRIVACY_NOTICE.slug],
            ),
            "accessibility_statement": (
                settings.accessibility_statement_id is None,
                lambda: self.pages[content.ACCESSIBILITY_STATEMENT.slug],
            ),
        }
        changed = [name for name, (missing, _value) in wanted.items() if missing]
        for name in changed:
            setattr(settings, name, wanted[name][1]())
        if changed:
            settings.save(update_fields=changed)
            self.summary.created["site settings"] += 1

    # --- Media and snippets -----------------------------------------------------------

    def image(self, picture: content.Picture):
        if picture.title in self.images:
            return self.images[picture.title]
        image_model = get_image_model()
        image = image_model.objects.filter(title=picture.title).first()
        if image is None:
            if picture.kind == "logo":
                data = media.render_logo(picture.label, picture.colour)
            elif picture.kind == "portrait":
                data = media.render_portrait(picture.label, picture.colour)
            else:
                data = media.render_scene(picture.kind, picture.label, picture.colour)
            image = image_model(
                title=picture.title,
                file=ImageFile(io.BytesIO(data), name=f"{slugify(picture.title)}.png"),
                file_size=len(data),
                file_hash=hash_filelike(io.BytesIO(data)),
            )
            image.save()
            self.summary.created["images"] += 1
        self.images[picture.title] = image
        return image

    def document(self, spec: content.DocumentSpec):
        if spec.title in self.documents:
            return self.documents[spec.title]
        document_model = get_document_model()
        document = document_model.objects.filter(title=spec.title).first()
        if document is None:
            data = media.render_pdf(spec.title, spec.sections, author=spec.author)
            document = document_model(
                title=spec.title,
                file=ContentFile(data, name=f"{slugify(spec.title)}.pdf"),
                file_size=len(data),
                file_hash=hash_filelike(io.BytesIO(data)),
            )
            document.save()
            self.summary.created["documents"] += 1
        self.documents[spec.title] = document
        return document

    def embed(self, recording: content.Recording) -> Embed:
        """Store the embed as Wagtail would after asking YouTube's oEmbed endpoint, under
        the hash `get_embed(url)` looks up, so rendering never needs the network."""
        embed, created = Embed.objects.get_or_create(
            hash=get_embed_hash(recording.url, None, None),
            defaults={
                "url": recording.url,
                "max_width": None,
                "type": "video",
                "html": _embed_html(recording),
                "title": recording.title,
                "author_name": content.ORGANISATION,
                "provider_name": "YouTube",
                "thumbnail_url": "",
                "width": EMBED_WIDTH,
                "height": EMBED_HEIGHT,
            },
        )
        if created:
            self.summary.created["embeds"] += 1
        return embed

    def load_perspectives(self) -> None:
        for spec in content.PERSPECTIVES:
            perspective, created = Perspective.objects.get_or_create(
                name=spec.name, defaults={"description": spec.description}
            )
            self.perspectives[spec.name] = perspective
            if created:
                self.summary.created["perspectives"] += 1

    # --- StreamField values -----------------------------------------------------------

    def stream(self, blocks: Iterable[content.Block], key: str) -> list[dict]:
        """Raw StreamField data for (block_type, value) pairs, references resolved."""
        return [
            {
                "type": block_type,
                "value": self.resolve(value, f"{key}/{i}"),
                "id": _block_id(f"{key}/{i}"),
            }
            for i, (block_type, value) in enumerate(blocks)
        ]

    def resolve(self, value: Any, key: str) -> Any:
        if isinstance(value, content.PageRef):
            return self.pages[value.path].pk
        if isinstance(value, content.Picture):
            return self.image(value).pk
        if isinstance(value, content.DocumentSpec):
            return self.document(value).pk
        if isinstance(value, content.Recording):
            return {
                "title": value.title,
                "embed": self.embed(value).url,
                "transcript": _transcript_html(value.transcript),
            }
        if isinstance(value, datetime.date):
            return value.isoformat()
        if isinstance(value, dict):
            return {name: self.resolve(item, f"{key}.{name}") for name, item in value.items()}
        if isinstance(value, list):  # a ListBlock
            return [
                {
                    "type": "item",
                    "value": self.resolve(item, f"{key}.{i}"),
                    "id": _block_id(f"{key}.{i}"),
                }
                for i, item in enumerate(value)
            ]
        return value

    # --- Pages ------------------------------------------------------------------------

    def page(
        self,
        parent: Page,
        path: str,
        slug: str,
        model: type[Page],
        build: Callable[[], Page],
        *,
        publish: bool = True,
    ) -> tuple[Page, bool]:
        """The page with `slug` under `parent`, built, added and published if missing.

        Returns the specific page and whether it was created by this call.
        """
        existing = parent.get_children().filter(slug=slug).first()
        if existing is not None:
            page = existing.specific
            if not isinstance(page, model):
                raise DemoLoadError(
                    f"{page.url_path} is a {type(page).__name__}, not a {model.__name__}: "
                    "move or delete it, then load the demo again."
                )
            self.pages[path] = page
            return page, False
        page = build()
        page.slug = slug
        page.live = False  # publishing makes it live, with its first revision
        parent.add_child(instance=page)
        self.pages[path] = page
        self.summary.created["pages"] += 1
        if publish:
            self.publish(page)
        return page, True

    def publish(self, page: Page) -> None:
        page.save_revision().publish()

    def standard_page(self, home: HomePage, spec: content.StandardPageSpec) -> None:
        self.page(
            home,
            spec.slug,
            spec.slug,
            StandardPage,
            lambda: StandardPage(
                title=spec.title,
                summary=spec.summary,
                body=self.stream(spec.body, f"{spec.slug}/body"),
                show_in_menus=spec.show_in_menus,
            ),
        )

    def topic(self, topic: content.Topic) -> None:
        index = self.pages[content.INDEX_SLUG]
        path = f"{content.INDEX_SLUG}/{topic.slug}"

        def build() -> DeliberationTopicPage:
            page = DeliberationTopicPage(
                title=topic.title,
                summary=topic.summary,
                question=topic.question,
                authority=topic.authority,
                status=topic.status,
                jury_size=topic.jury_size,
                selection_method=content.text(*topic.selection_method),
                body=self.stream(topic.body, f"{path}/body"),
                social_image=self.image(topic.picture),
            )
            page.sessions = [
                DeliberationTopicSession(
                    sort_order=i,
                    title=session.title,
                    date=session.date,
                    location=session.location,
                    description=session.description,
                    agenda=content.bullets(*session.agenda) if session.agenda else "",
                    is_private=session.private,
                    recording_url=session.recording.url if session.recording else "",
                    transcript="\n\n".join(session.recording.transcript)
                    if session.recording
                    else "",
                )
                for i, session in enumerate(topic.sessions)
            ]
            page.oversight_members = [
                TopicOversightMember(
                    sort_order=i,
                    name=member.name,
                    organisation=member.organisation,
                    role=member.role,
                )
                for i, member in enumerate(topic.oversight_panel)
            ]
            page.oversight_minutes = [
                TopicOversightMinutes(
                    sort_order=i, meeting_date=meeting_date, document=self.document(spec)
                )
                for i, (meeting_date, spec) in enumerate(topic.oversight_minutes)
            ]
            page.published_items = [
                TopicPublishedItem(sort_order=i, kind=kind, **self.published_link(link))
                for i, (kind, link) in enumerate(PUBLISHED_ITEMS_BY_TOPIC.get(topic.slug, ()))
            ]
            return page

        page, _created = self.page(index, path, topic.slug, DeliberationTopicPage, build)
        sessions = {session.title: session for session in page.sessions.all()}
        for speaker in topic.speakers:
            self.speaker(page, path, speaker, topic, sessions)
        for evidence in topic.evidence:
            self.evidence(page, path, evidence)
        for update in topic.updates:
            self.update(page, path, update)
        if topic.slug in CONSULTATIONS:
            self.consultation(page, path, CONSULTATIONS[topic.slug], topic.picture)
        if topic.slug in PACKS_BY_TOPIC:
            self.briefing_pack(page, path, topic, PACKS_BY_TOPIC[topic.slug])
        for number, spec in enumerate(RECOMMENDATIONS_BY_TOPIC.get(topic.slug, ())):
            self.recommendation(page, number, spec)

    def speaker(self, topic_page, topic_path, speaker, topic, sessions) -> None:
        def build() -> SpeakerPage:
            page = SpeakerPage(
                title=speaker.name,
                summary=speaker.summary,
                role=speaker.role,
                organisation=speaker.organisation,
                photo=self.image(speaker.picture),
                photo_alt_text=speaker.photo_alt_text,
                biography=content.text(*speaker.biography),
                declared_interests=speaker.declared_interests,
            )
            titles = [topic.sessions[number - 1].title for number in speaker.sessions]
            page.sessions = [sessions[title] for title in titles if title in sessions]
            return page

        self.page(topic_page, f"{topic_path}/{speaker.slug}", speaker.slug, SpeakerPage, build)

    def evidence(self, topic_page, topic_path, evidence: content.Evidence) -> None:
        path = f"{topic_path}/{evidence.slug}"

        def build() -> EvidencePage:
            page = EvidencePage(
                title=evidence.title,
                summary=evidence.summary,
                evidence_type=evidence.evidence_type,
                source=evidence.source,
                publisher=evidence.publisher,
                publication_date=evidence.publication_date,
                perspective=self.perspectives[evidence.perspective],
                body=self.stream(
                    [content.paragraph(content.text(*evidence.paragraphs))], f"{path}/body"
                ),
                media=self.stream(
                    [content.recording(evidence.recording)] if evidence.recording else [],
                    f"{path}/media",
                ),
            )
            if evidence.document:
                page.documents = [
                    EvidencePageDocument(sort_order=0, document=self.document(evidence.document))
                ]
            page.speaker_links = [
                EvidencePageSpeaker(sort_order=i, speaker=self.pages[f"{topic_path}/{slug}"])
                for i, slug in enumerate(evidence.speakers)
            ]
            return page

        self.page(topic_page, path, evidence.slug, EvidencePage, build)

    def update(self, topic_page, topic_path, update: content.Update) -> None:
        path = f"{topic_path}/{update.slug}"
        self.page(
            topic_page,
            path,
            update.slug,
            UpdatePage,
            lambda: UpdatePage(
                title=update.title,
                date=update.date,
                summary=update.summary,
                body=self.stream(update.body, f"{path}/body"),
            ),
        )

    # --- Consultations ----------------------------------------------------------------

    def consultation(
        self, topic_page, topic_path, spec: ConsultationSpec, picture: content.Picture
    ) -> None:
        path = f"{topic_path}/{spec.slug}"
        themes = self.themes(topic_page, spec)
        page, created = self.page(
            topic_page,
            path,
            spec.slug,
            ConsultationPage,
            lambda: ConsultationPage(
                title=spec.title,
                summary=spec.summary,
                introduction=spec.introduction_html,
                opens_at=spec.opens_at,
                closes_at=spec.closes_at,
                questions=self.stream(spec.blocks(), f"{path}/questions"),
                what_happens_next=spec.what_happens_next_html,
                results_published=spec.results_published,
                results_summary=spec.results_summary_html,
                social_image=self.image(picture),
            ),
        )
        if not created:
            return  # its responses came with it, or were deliberately removed
        self.summary.created["consultations"] += 1
        if spec.responses:
            # Read back, so the question and option keys are the stored ones.
            stored = ConsultationPage.objects.get(pk=page.pk)
            made = responses.load_responses(stored, spec, themes, self.users[MODERATOR])
            self.summary.created["submissions"] += made["submissions"]
            self.summary.created["answers"] += made["answers"]

    def themes(self, topic_page, spec: ConsultationSpec) -> dict[str, Theme]:
        themes = {theme.name: theme for theme in Theme.objects.filter(topic=topic_page)}
        for theme_spec in spec.themes:
            if theme_spec.name not in themes:
                themes[theme_spec.name] = Theme.objects.create(
                    topic=topic_page, name=theme_spec.name, description=theme_spec.description
                )
                self.summary.created["themes"] += 1
        return themes

    def published_link(self, link: str) -> dict:
        """A transparency checklist item's link: "page:<path>", "document:<name in
        content.py>" or a web address."""
        kind, _sep, target = link.partition(":")
        if kind == "page":
            return {"page": self.pages[target]}
        if kind == "document":
            return {"document": self.document(getattr(content, target))}
        return {"url": link}

    # --- Recommendations ---------------------------------------------------------------

    def recommendation(self, topic_page, number: int, spec: RecommendationSpec) -> None:
        """The jury's final recommendation with the authority's response and progress,
        looked up by its wording (final, so it never changes)."""
        if Recommendation.objects.filter(topic=topic_page, wording=spec.wording).exists():
            return
        votes_for, votes_against, votes_abstained = spec.votes
        recommendation = Recommendation(
            topic=topic_page,
            sort_order=number,
            wording=spec.wording,
            is_final=True,
            votes_for=votes_for,
            votes_against=votes_against,
            votes_abstained=votes_abstained,
            response_status=spec.response,
            response_reasons=spec.reasons,
            owner=spec.owner,
            due_date=spec.due,
        )
        recommendation.progress_updates = [
            RecommendationProgressUpdate(
                sort_order=i, date=update.date, status=update.status, note=update.note
            )
            for i, update in enumerate(spec.progress)
        ]
        recommendation.save()
        self.summary.created["recommendations"] += 1

    # --- Briefing packs ----------------------------------------------------------------

    def briefing_pack(self, topic_page, topic_path, topic, spec: PackSpec) -> None:
        consultation_spec = CONSULTATIONS.get(topic.slug)
        consultation = consultation_spec and self.pages.get(
            f"{topic_path}/{consultation_spec.slug}"
        )
        terms = [
            GlossaryTerm.objects.get_or_create(
                term=term, topic=topic_page, defaults={"definition": definition}
            )[0]
            for term, definition in spec.glossary
        ]

        def build() -> BriefingPackPage:
            sessions = list(topic_page.sessions.all())
            sections = [
                (
                    SectionKind.EVIDENCE,
                    "The evidence to read",
                    [
                        ("evidence", {"page": self.pages[f"{topic_path}/{slug}"], "note": note})
                        for slug, note in spec.evidence_notes
                    ],
                ),
                (
                    SectionKind.SPEAKERS,
                    "Who you will hear from",
                    [
                        ("speaker", {"page": self.pages[f"{topic_path}/{s.slug}"], "note": ""})
                        for s in topic.speakers
                    ],
                ),
                (
                    SectionKind.GLOSSARY,
                    "Words you may meet",
                    [("glossary_term", term) for term in terms],
                ),
            ]
            page = BriefingPackPage(
                title=spec.title,
                summary="What the jury reads before the session.",
                introduction=spec.introduction,
                session=sessions[spec.session_number - 1] if sessions else None,
            )
            page.sections = [
                BriefingPackSection(sort_order=n, kind=kind, heading=heading, items=items)
                for n, (kind, heading, items) in enumerate(sections)
            ]
            if consultation is not None:
                page.sections.add(
                    BriefingPackSection(
                        sort_order=len(sections),
                        kind=SectionKind.CONSULTATION,
                        heading="What residents told us",
                        introduction=(
                            "A summary of the approved responses to the consultation, with "
                            "quotations moderators chose from residents who agreed to be quoted."
                        ),
                        consultation=consultation,
                    )
                )
            return page

        page, created = self.page(
            topic_page,
            f"{topic_path}/{spec.slug}",
            spec.slug,
            BriefingPackPage,
            build,
            publish=False,
        )
        if created:
            if consultation is not None:
                self.quote_for_jury(consultation, spec.quotations)
            self.approve_through_workflow(page)
            self.summary.created["briefing packs"] += 1

    def quote_for_jury(self, consultation, count: int) -> None:
        """The moderator picks a few written answers from residents who agreed to be quoted."""
        questions, _about_you = consultation.specific.parsed_questions
        written = [q.key for q in questions if q.kind == "long_text"]
        answers = (
            Answer.objects.filter(
                submission__consultation=consultation,
                submission__status=SubmissionStatus.APPROVED,
                question_key__in=written,
            )
            .exclude(submission__publication_consent=PublicationConsent.NONE)
            .exclude(text="")
            .select_related("submission")
            .order_by("submission__created_at", "pk")[:count]
        )
        for answer in answers:
            moderation.quote_for_jury(answer, self.users[MODERATOR], True)

    def approve_through_workflow(self, page: BriefingPackPage) -> None:
        """As on the real site: the communications team submits, the panel approves."""
        editor = self.users[EDITOR]
        page.save_revision(user=editor)
        workflow = page.get_workflow()
        state = workflow.start(page, editor)
        task_state = state.current_task_state
        task_state.task.specific.on_action(
            task_state, self.users[OVERSIGHT], "approve", comment="Balanced; approved."
        )

    # --- Translations -----------------------------------------------------------------

    def translate_topic(self, language_code: str) -> None:
        """One topic, its pages and the pages above it, in another language: top down, so
        every parent is a real translation (never an alias). Skipped for a language the
        site is not configured with; translations that exist are left as they are."""
        locale = Locale.objects.filter(language_code=language_code).first()
        if locale is None:
            return
        strings = translations.strings(language_code)
        editor = self.users[EDITOR]
        topic_path = f"{content.INDEX_SLUG}/{translations.TOPIC}"
        topic = self.pages[topic_path]
        # Snippets first: the pack lists glossary terms, results name themes.
        for snippet in [*topic.glossary_terms.all(), *topic.themes.all()]:
            if snippet.locale_id == topic.locale_id and not snippet.has_translation(locale):
                translate(snippet, language_code, strings, user=editor)
                self.summary.created["translated snippets"] += 1
        paths = ["", content.INDEX_SLUG, topic_path]
        paths += [f"{topic_path}/{slug}" for slug in (*translations.PAGES, translations.PACK)]
        for path in paths:
            page = self.pages[path]
            if page.has_translation(locale):
                continue
            translated = translate(page, language_code, strings, user=editor)
            if isinstance(translated, BriefingPackPage):
                self.approve_through_workflow(translated)
            else:
                self.publish(translated)
            self.summary.created["translated pages"] += 1

    # --- Users ------------------------------------------------------------------------

    def load_users(self) -> None:
        user_model = get_user_model()
        for spec in content.USERS:
            user = user_model.objects.filter(username=spec.username).first()
            created = user is None
            if created:
                fields = {
                    "email": spec.email,
                    "password": self.new_user_password(),
                    "first_name": spec.first_name,
                    "last_name": spec.last_name,
                }
                if spec.group is None:
                    user = user_model.objects.create_superuser(spec.username, **fields)
                else:
                    user = user_model.objects.create_user(spec.username, **fields)
                self.summary.created["users"] += 1
            self.users[spec.username] = user
            if spec.group is not None:
                # The role groups and their permissions come from a migration; fetch them
                # and never touch their permissions. Created empty only if it is missing.
                group, group_created = Group.objects.get_or_create(name=spec.group)
                if group_created:
                    self.summary.groups_created.append(spec.group)
                    self.summary.created["groups"] += 1
                if created:
                    user.groups.add(group)
            self.summary.users.append(
                DemoUserRow(
                    username=spec.username,
                    role=spec.group or "Superuser",
                    email=user.email,
                    created=created,
                )
            )

    def new_user_password(self) -> str:
        if self.summary.password is None:
            if self.password:
                self.summary.password = self.password
            else:
                self.summary.password = secrets.token_urlsafe(12)
                self.summary.password_generated = True
        return self.summary.password
