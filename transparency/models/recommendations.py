"""The jury's recommendations and what the authority does with them.

A recommendation is a translatable snippet (a ClusterableModel, so its dated progress
updates are edited inline with it) linked to its topic and ordered with `sort_order`.
Once marked final, its wording is the jury's record: the model refuses to change it,
except through `transparency.services.correct_wording`, which logs who, when and why.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class ResponseStatus(models.TextChoices):
    AWAITING = "awaiting", _("No response yet")
    UNDER_CONSIDERATION = "under_consideration", _("Under consideration")
    ACCEPTED = "accepted", _("Accepted")
    ACCEPTED_IN_PART = "accepted_in_part", _("Accepted in part")
    NOT_ACCEPTED = "not_accepted", _("Not accepted")


class ProgressStatus(models.TextChoices):
    NOT_STARTED = "not_started", _("Not started")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")
    DROPPED = "dropped", _("Dropped")


class FinalWordingLocked(ValidationError):
    """Raised on saving a change to a final recommendation's wording outside a correction."""


FINAL_WORDING_MESSAGE = _(
    "This is the jury's final wording and cannot be changed. An administrator can record "
    "a correction, which is logged."
)


class Recommendation(TranslatableMixin, Orderable, ClusterableModel, index.Indexed):
    topic = models.ForeignKey(
        "deliberations.DeliberationTopicPage",
        on_delete=models.CASCADE,
        related_name="recommendations",
    )
    wording = models.TextField(
        help_text=_("Exactly as the jury agreed it. Locked once marked final.")
    )
    is_final = models.BooleanField(
        default=False,
        verbose_name=_("final wording"),
        help_text=_(
            "Tick when the wording is the one the jury agreed. It is then published and "
            "can no longer be edited."
        ),
    )
    finalised_at = models.DateTimeField(null=True, blank=True, editable=False)
    votes_for = models.PositiveSmallIntegerField(null=True, blank=True)
    votes_against = models.PositiveSmallIntegerField(null=True, blank=True)
    votes_abstained = models.PositiveSmallIntegerField(null=True, blank=True)
    support_percent = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MaxValueValidator(100)],
        help_text=_("Only if the jury's report gives a percentage rather than votes."),
    )
    response_status = models.CharField(
        max_length=24, choices=ResponseStatus.choices, default=ResponseStatus.AWAITING
    )
    response_reasons = models.TextField(
        blank=True, help_text=_("The authority's reasons, in plain English.")
    )
    owner = models.CharField(max_length=120, blank=True, help_text=_("The department responsible."))
    due_date = models.DateField(null=True, blank=True)

    panels = [
        FieldPanel("topic"),
        FieldPanel("wording"),
        FieldPanel("is_final"),
        FieldRowPanel(
            [
                FieldPanel("votes_for"),
                FieldPanel("votes_against"),
                FieldPanel("votes_abstained"),
                FieldPanel("support_percent"),
            ],
            heading=_("The jury’s support"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("response_status"),
                FieldPanel("response_reasons"),
                FieldPanel("owner"),
                FieldPanel("due_date"),
            ],
            heading=_("The authority’s response"),
        ),
        InlinePanel("progress_updates", heading=_("Progress"), label=_("Progress update")),
    ]
    search_fields = [index.SearchField("wording"), index.AutocompleteField("wording")]
    translatable_fields = [
        TranslatableField("wording"),
        TranslatableField("response_reasons"),
        TranslatableField("owner"),
        TranslatableField("progress_updates"),
        SynchronizedField("topic"),
        SynchronizedField("is_final"),
        SynchronizedField("votes_for"),
        SynchronizedField("votes_against"),
        SynchronizedField("votes_abstained"),
        SynchronizedField("support_percent"),
        SynchronizedField("response_status"),
        SynchronizedField("due_date"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["topic", "sort_order", "pk"]
        permissions = [
            ("correct_final_wording", "Can correct the final wording of a recommendation")
        ]
        verbose_name = _("recommendation")

    def __str__(self):
        return Truncator(self.wording).chars(80)

    @property
    def is_original(self) -> bool:
        """The jury's own text is the one in the site's default language; the others are
        translations of it."""
        return self.locale.language_code == settings.LANGUAGE_CODE

    @property
    def support(self) -> int | None:
        """Percentage of the votes cast that were for it, or the percentage given."""
        votes = [self.votes_for, self.votes_against, self.votes_abstained]
        cast = sum(vote or 0 for vote in votes)
        if self.votes_for is not None and cast:
            return round(100 * self.votes_for / cast)
        return self.support_percent

    def save(self, *args, **kwargs):
        if self.pk and self.is_original and not getattr(self, "_correcting", False):
            stored = (
                type(self)
                .objects.filter(pk=self.pk, is_final=True)
                .values_list("wording", flat=True)
                .first()
            )
            if stored is not None and (stored != self.wording or not self.is_final):
                raise FinalWordingLocked(FINAL_WORDING_MESSAGE)
        if self.is_final and self.finalised_at is None:
            self.finalised_at = timezone.now()
        super().save(*args, **kwargs)


class RecommendationProgressUpdate(TranslatableMixin, Orderable):
    recommendation = ParentalKey(
        Recommendation, on_delete=models.CASCADE, related_name="progress_updates"
    )
    date = models.DateField()
    status = models.CharField(max_length=16, choices=ProgressStatus.choices)
    note = models.TextField(help_text=_("What was done, in plain English."))

    panels = [FieldPanel("date"), FieldPanel("status"), FieldPanel("note")]
    translatable_fields = [
        TranslatableField("note"),
        SynchronizedField("date"),
        SynchronizedField("status"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("progress update")

    def __str__(self):
        return f"{self.date:%Y-%m-%d}: {self.get_status_display()}"
