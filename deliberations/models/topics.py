from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F
from django.http import Http404
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from home.blocks import RICH_TEXT_FEATURES, BodyStreamBlock
from home.localizing import in_default_language, localized_children
from home.models import BasePage
from home.queries import exclude_private, view_restrictions
from search import boosts
from transparency.panels import ChecklistPanel


class TopicStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    RECRUITING = "recruiting", _("Recruiting jury members")
    IN_SESSION = "in_session", _("Jury in session")
    RECOMMENDATIONS_PUBLISHED = "recommendations_published", _("Recommendations published")
    AUTHORITY_RESPONDED = "authority_responded", _("Authority has responded")


class DeliberationIndexPage(BasePage):
    """Lists every deliberation topic, grouped by how far each process has gone."""

    introduction = models.TextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("summary")]
    api_fields = BasePage.api_fields + [APIField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["deliberations.DeliberationTopicPage"]

    class Meta:
        verbose_name = _("deliberation index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        topics = localized_children(
            exclude_private(DeliberationTopicPage.objects.live())
            .defer_streamfields()
            .order_by("path"),
            self,
        )
        context["topic_groups"] = [
            (label, [topic for topic in topics if topic.status == value])
            for value, label in TopicStatus.choices
            if any(topic.status == value for topic in topics)
        ]
        return context


class DeliberationTopicPage(RoutablePageMixin, BasePage):
    """One citizens' jury or assembly: the question, the process, and its evidence.
    Routes: the page itself, each session (`sessions/<id>/`), its oversight panel
    (`oversight-panel/`), whose views are in `deliberations.session_views`, and its feeds
    of what is new (`feed/rss/`, `feed/atom/`; `deliberations.feeds`)."""

    cache_page_fragments = True  # see home.models.BasePage

    question = models.CharField(
        max_length=255,
        help_text=_(
            "The question the jury answers, as a question. For example: 'How should we "
            "reduce congestion in the town centre?'"
        ),
    )
    authority = models.CharField(
        max_length=120,
        help_text=_("The council or public body running the jury and responding to it."),
    )
    status = models.CharField(
        max_length=32,
        choices=TopicStatus.choices,
        default=TopicStatus.PLANNED,
        help_text=_("Where the process is now. Update it as the jury progresses."),
    )
    jury_size = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(1000)],
        help_text=_("How many residents sit on the jury. Leave empty until recruited."),
    )
    selection_method = RichTextField(
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_(
            "How members were chosen, in plain English: for example a letter to 10,000 "
            "random addresses, then a lottery balanced by age, gender, ethnicity and area."
        ),
    )
    body = StreamField(BodyStreamBlock(), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("question"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("authority"),
                FieldPanel("status"),
                FieldPanel("jury_size"),
                FieldPanel("selection_method"),
            ],
            heading=_("About the process"),
        ),
        InlinePanel("sessions", heading=_("Sessions"), label=_("Session")),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                InlinePanel("oversight_members", heading=_("Members"), label=_("Member")),
                InlinePanel("oversight_minutes", heading=_("Minutes"), label=_("Minutes")),
            ],
            heading=_("Oversight panel"),
        ),
        MultiFieldPanel(
            [
                ChecklistPanel(),
                InlinePanel(
                    "published_items", heading=_("Documents"), label=_("Published document")
                ),
            ],
            heading=_("Transparency checklist"),
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("question", boost=boosts.QUESTION),
        index.SearchField("body"),
        index.SearchField("public_session_text"),
        index.FilterField("status"),
    ]
    # Not the sessions (some will be private to the jury), nor the recommendations
    # (published in the register, /recommendations.json).
    api_fields = BasePage.api_fields + [
        APIField("question"),
        APIField("authority"),
        APIField("status"),
        APIField("jury_size"),
        APIField("selection_method"),
        APIField("body"),
    ]

    parent_page_types = ["deliberations.DeliberationIndexPage"]
    subpage_types = [
        "deliberations.EvidencePage",
        "deliberations.SpeakerPage",
        "deliberations.UpdatePage",
        "consultations.ConsultationPage",
        "deliberations.BriefingPackPage",
    ]

    class Meta:
        verbose_name = _("deliberation topic page")

    def get_context(self, request, *args, **kwargs):
        from consultations.models import ConsultationPage

        from .evidence import EvidencePage
        from .speakers import SpeakerPage
        from .updates import UpdatePage

        context = super().get_context(request, *args, **kwargs)

        def published(model):
            return exclude_private(model.objects.live())

        context["sessions"] = self.sessions.all()
        context["roster"] = SimpleLazyObject(lambda: public_roster(self))
        # Every child, each in this page's language where translated (see home.localizing).
        # Lazy: read only if the template's cached fragment that lists them is not there.
        context["evidence_pages"] = SimpleLazyObject(
            lambda: localized_children(
                published(EvidencePage)
                .defer_streamfields()
                .select_related("perspective")
                .order_by(F("publication_date").desc(nulls_last=True), "title"),
                self,
            )
        )
        context["speakers"] = SimpleLazyObject(
            lambda: localized_children(published(SpeakerPage).with_photos(), self)
        )
        context["consultations"] = localized_children(
            published(ConsultationPage).defer_streamfields().order_by("-opens_at"), self
        )
        context["updates"] = SimpleLazyObject(
            lambda: localized_children(
                published(UpdatePage).defer_streamfields().order_by("-date", "-pk"), self
            )[:3]
        )
        if self.pk and not getattr(request, "is_preview", False):
            context["feed_urls"] = feeds().feed_urls(self, request)
        return context

    # The feeds of what is new on the topic (deliberations.feeds).
    @path("feed/rss/")
    def feed_rss(self, request):
        return feeds().serve_feed(request, self, "rss")

    @path("feed/atom/")
    def feed_atom(self, request):
        return feeds().serve_feed(request, self, "atom")

    FEED_ROUTES = ("feed_rss", "feed_atom")

    def route(self, request, path_components):
        result = super().route(request, path_components)
        view = result.args[0] if result.page is self and result.args else None
        # A restricted topic's feed is not found (rather than a sign-in page or a
        # password form, which no feed reader could use).
        if getattr(view, "__name__", "") in self.FEED_ROUTES and view_restrictions(self).exists():
            raise Http404
        return result

    def public_session_text(self) -> str:
        """What the site search finds of the sessions: agendas and transcripts of the
        public ones. A private deliberation is never indexed, whatever it holds."""
        return "\n".join(
            text
            for session in self.sessions.all()
            if not session.is_private
            for text in (strip_tags(session.agenda), session.transcript)
            if text
        )

    def get_cached_paths(self):
        # The routes show this page's content: purge them with it (home.frontend_cache).
        return [
            "/",
            *(f"/{self.reverse_subpage(name)}" for name in self.FEED_ROUTES),
            f"/{self.reverse_subpage('oversight_panel')}",
            *(
                f"/{self.reverse_subpage('session', args=[pk])}"
                for pk in self.sessions.values_list("pk", flat=True)
            ),
        ]

    @path("sessions/<int:pk>/")
    def session(self, request, pk):
        from ..session_views import session

        return session(request, self, pk)

    @path("oversight-panel/")
    def oversight_panel(self, request):
        from ..session_views import oversight_panel

        return oversight_panel(request, self)


class DeliberationTopicSession(TranslatableMixin, Orderable):
    """A meeting of the jury: the process timeline is the list of these. Translated with
    its topic; a translation shares its source's `translation_key`."""

    topic = ParentalKey(DeliberationTopicPage, on_delete=models.CASCADE, related_name="sessions")
    title = models.CharField(
        max_length=120, help_text=_("For example 'Session 2: hearing from bus operators'.")
    )
    date = models.DateField()
    location = models.CharField(
        max_length=200, blank=True, help_text=_("Where it takes place, or 'Online'.")
    )
    description = models.TextField(blank=True, help_text=_("What happens in this session."))
    agenda = RichTextField(
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("The running order: each item, with its time and who leads it."),
    )
    is_private = models.BooleanField(
        _("private deliberation"),
        default=False,
        help_text=_(
            "The jury deliberates in private: the session is not streamed and has no "
            "recording or transcript. Its agenda is still published."
        ),
    )
    recording_url = models.URLField(
        _("recording"),
        blank=True,
        help_text=_("The address of the council's video of the session, once it is online."),
    )
    transcript = models.TextField(
        blank=True, help_text=_("Everything said in the session, as published with the video.")
    )

    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("date"), FieldPanel("location")]),
        FieldPanel("description"),
        FieldPanel("agenda"),
        FieldPanel("is_private"),
        FieldPanel("recording_url"),
        FieldPanel("transcript"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("session")

    def __str__(self):
        return f"{self.title} ({self.date:%-d %B %Y})"

    def clean(self):
        super().clean()
        if self.is_private:
            refused = {
                name: _("A private deliberation is not recorded: leave this empty.")
                for name in ("recording_url", "transcript")
                if getattr(self, name).strip()
            }
            if refused:
                raise ValidationError(refused)

    @property
    def has_happened(self) -> bool:
        return self.date <= timezone.localdate()

    @property
    def public_recording_url(self) -> str:
        """The recording, for a public session only: templates read this, never the field."""
        return "" if self.is_private else self.recording_url

    @property
    def public_transcript(self) -> str:
        return "" if self.is_private else self.transcript


def public_roster(topic) -> list:
    """(first name, area) of the jurors of `topic` who agreed to be listed: nothing else
    of a juror leaves the database here. One query (two for a translation)."""
    from .jurors import Juror

    original = topic_in_default_language(topic)
    if not original.pk:
        return []
    return list(
        Juror.objects.filter(jury__topic_id=original.pk, listed_publicly=True)
        .exclude(public_first_name="")
        .order_by("public_first_name", "area")
        .values_list("public_first_name", "area")
    )


def feeds():
    from .. import feeds

    return feeds


def topic_in_default_language(topic) -> "DeliberationTopicPage":
    """The topic as written in the site's default language. Its translations share its
    jury, its themes and its glossary: one process, read in several languages."""
    return in_default_language(topic)
