"""Documents about the process that the hub cannot find for itself (its design, the
oversight panel, funding, the jury's report, the evaluation), linked from the topic page's
editor. Children of the topic page, so they go live when the topic is published."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, PageChooserPanel
from wagtail.models import Orderable


class PublishedItemKind(models.TextChoices):
    PROCESS_DESIGN = "process_design", _("Process design")
    OVERSIGHT_MEMBERS = "oversight_members", _("Oversight panel membership")
    OVERSIGHT_MINUTES = "oversight_minutes", _("Oversight panel minutes")
    FUNDING = "funding", _("Funding source")
    JURY_REPORT = "jury_report", _("The jury’s report")
    EVALUATION = "evaluation", _("Evaluation")


# Read from the topic's oversight panel records since they exist (transparency.checklist);
# kept as choices so that links added before then still load.
RETIRED_KINDS = {PublishedItemKind.OVERSIGHT_MEMBERS, PublishedItemKind.OVERSIGHT_MINUTES}


class TopicPublishedItem(Orderable):
    topic = ParentalKey(
        "deliberations.DeliberationTopicPage",
        on_delete=models.CASCADE,
        related_name="published_items",
    )
    kind = models.CharField(max_length=20, choices=PublishedItemKind.choices)
    document = models.ForeignKey(
        "wagtaildocs.Document", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    url = models.URLField(blank=True, help_text=_("Only if it is published elsewhere."))

    panels = [
        FieldPanel("kind"),
        FieldPanel("document"),
        PageChooserPanel("page"),
        FieldPanel("url"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("published document")

    def clean(self):
        super().clean()
        if self.kind in RETIRED_KINDS:
            raise ValidationError(
                {
                    "kind": _(
                        "Add the panel's members and minutes under 'Oversight panel' instead: "
                        "the checklist reads them from there."
                    )
                }
            )
        if sum(bool(link) for link in (self.document_id, self.page_id, self.url)) != 1:
            raise ValidationError(_("Choose a document, a page or a web address: one of them."))

    def __str__(self):
        return self.get_kind_display()

    def get_url(self, request=None) -> str:
        if self.document_id:
            return self.document.url
        if self.page_id:
            return self.page.get_url(request) or ""
        return self.url
