from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


class GlossaryTerm(TranslatableMixin, index.Indexed, models.Model):
    """A word jurors may not know ('modal shift', 'Section 106 money'), with its meaning
    in plain English. Shared by every topic unless it belongs to one."""

    term = models.CharField(max_length=100)
    definition = models.TextField(
        help_text=_("One or two plain sentences a 12-year-old could follow.")
    )
    topic = models.ForeignKey(
        "deliberations.DeliberationTopicPage",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="glossary_terms",
        help_text=_("Leave empty to offer the term to every topic."),
    )

    panels = [FieldPanel("term"), FieldPanel("definition"), FieldPanel("topic")]
    search_fields = [
        index.SearchField("term"),
        index.AutocompleteField("term"),
        index.SearchField("definition"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["term"]
        constraints = [
            models.UniqueConstraint(fields=["term", "topic", "locale"], name="unique_glossary_term")
        ]
        verbose_name = _("glossary term")

    def __str__(self):
        return self.term
