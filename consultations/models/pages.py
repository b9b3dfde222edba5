import datetime
from functools import cached_property

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.rich_text import expand_db_html
from wagtail.search import index

from home.blocks import RICH_TEXT_FEATURES
from home.models import BasePage

from ..blocks import QuestionStreamBlock
from ..questions import read_questions


class ConsultationState(models.TextChoices):
    UPCOMING = "upcoming", _("Opens soon")
    OPEN = "open", _("Open")
    CLOSED = "closed", _("Closed")
    RESULTS_PUBLISHED = "results_published", _("Results published")


class ConsultationPage(RoutablePageMixin, BasePage):
    """An open online consultation on a deliberation topic: residents answer its questions
    while it is open; moderators review the answers; results are published afterwards."""

    introduction = RichTextField(
        features=RICH_TEXT_FEATURES,
        help_text=_("What the consultation is about and why residents' views matter."),
    )
    opens_at = models.DateTimeField(help_text=_("When residents can start responding (UK time)."))
    closes_at = models.DateTimeField(help_text=_("When responses stop being accepted (UK time)."))
    questions = StreamField(QuestionStreamBlock())
    privacy_notice = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Leave empty to link the site's privacy notice."),
    )
    what_happens_next = RichTextField(
        features=RICH_TEXT_FEATURES,
        verbose_name=_("what happens to your response"),
        help_text=_("Who reads the responses, how they reach the jury, and when results appear."),
    )
    results_published = models.BooleanField(
        default=False,
        help_text=_("Tick once the consultation has closed to show 'What you told us'."),
    )
    results_summary = RichTextField(
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Optional summary shown above the figures in 'What you told us'."),
    )
    retention_days = models.PositiveIntegerField(
        default=365,
        help_text=_(
            "Days after closing when e-mail addresses, names and about-you answers are "
            "erased. The anonymised answers are kept."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("introduction"),
        FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")], heading=_("Dates")),
        FieldPanel("questions"),
        FieldPanel("what_happens_next"),
        MultiFieldPanel(
            [FieldPanel("privacy_notice"), FieldPanel("retention_days")],
            heading=_("Personal data"),
        ),
        MultiFieldPanel(
            [FieldPanel("results_published"), FieldPanel("results_summary")],
            heading=_("Results"),
        ),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("introduction")]
    # The form and its dates, and the results summary once shown on the page; the
    # responses are in no field (their anonymised results are exported by moderators).
    api_fields = BasePage.api_fields + [
        APIField("introduction"),
        APIField("opens_at"),
        APIField("closes_at"),
        APIField("state"),
        APIField("questions"),
        APIField("what_happens_next"),
        APIField("results_published"),
        APIField("published_results_summary"),
    ]

    parent_page_types = ["deliberations.DeliberationTopicPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("consultation page")

    def clean(self):
        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("The closing time must be after the opening.")})

    def state_at(self, moment: datetime.datetime) -> ConsultationState:
        if moment < self.opens_at:
            return ConsultationState.UPCOMING
        if moment < self.closes_at:
            return ConsultationState.OPEN
        if self.results_published:
            return ConsultationState.RESULTS_PUBLISHED
        return ConsultationState.CLOSED

    @property
    def state(self) -> ConsultationState:
        return self.state_at(timezone.now())

    @property
    def published_results_summary(self) -> str:
        """The results summary as HTML once the page shows it (an editor may write it
        before)."""
        return expand_db_html(self.results_summary) if self.results_published else ""

    @cached_property
    def parsed_questions(self):
        """(questions, about-you block or None), read once per page instance."""
        return read_questions(self.questions)

    @path("")
    def response_form(self, request):
        from ..views import response_form

        return response_form(request, self)

    @path("confirmation/")
    def confirmation(self, request):
        from ..views import confirmation

        return confirmation(request, self)

    @path("moderation/")
    def moderation_summary(self, request):
        from transparency.views import moderation_summary

        return moderation_summary(request, self)
