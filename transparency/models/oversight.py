"""The oversight panel of a topic: who sits on it and the minutes of its meetings, both
published. Inlines of the topic page (in the default language; a translation shows its
original's), so they go live when the topic is published. Its review decisions on
briefing packs are read from Wagtail's workflow (`transparency.oversight`)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable


class PanelRole(models.TextChoices):
    CHAIR = "chair", _("Chair")
    MEMBER = "member", _("Member")
    INDEPENDENT = "independent", _("Independent member")
    OBSERVER = "observer", _("Observer")


class TopicOversightMember(Orderable):
    """A member of the oversight panel. Published: name, organisation and role only."""

    topic = ParentalKey(
        "deliberations.DeliberationTopicPage",
        on_delete=models.CASCADE,
        related_name="oversight_members",
    )
    name = models.CharField(max_length=120)
    organisation = models.CharField(
        max_length=160, blank=True, help_text=_("Who they work for or represent, if anyone.")
    )
    role = models.CharField(max_length=20, choices=PanelRole.choices, default=PanelRole.MEMBER)

    panels = [FieldPanel("name"), FieldPanel("organisation"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = _("oversight panel member")

    def __str__(self):
        return self.name


class TopicOversightMinutes(Orderable):
    """The minutes of one meeting of the panel: a document everyone may read."""

    topic = ParentalKey(
        "deliberations.DeliberationTopicPage",
        on_delete=models.CASCADE,
        related_name="oversight_minutes",
    )
    meeting_date = models.DateField()
    # Required in the editor; a document deleted from the library leaves an empty row,
    # which is not listed (a deletion must not fail on it).
    document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The published minutes. Not a document in a jury's private collection."),
    )

    panels = [FieldPanel("meeting_date"), FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = _("oversight panel minutes")
        verbose_name_plural = _("oversight panel minutes")

    def __str__(self):
        return f"{self.meeting_date:%Y-%m-%d}"

    def clean(self):
        super().clean()
        from deliberations.models import Jury

        if (
            self.document_id
            and Jury.objects.filter(collection_id=self.document.collection_id).exists()
        ):
            raise ValidationError(
                {
                    "document": _(
                        "This document is in a jury's private collection. Move the minutes "
                        "to a public collection first."
                    )
                }
            )
