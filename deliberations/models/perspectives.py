from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


class Perspective(TranslatableMixin, index.Indexed, models.Model):
    """A point of view a piece of evidence represents ("council", "local business",
    "campaign group", "academic"...), so readers can see the evidence is balanced."""

    name = models.CharField(max_length=100)
    description = models.TextField(
        blank=True, help_text=_("Optional. Explain the perspective in a sentence for residents.")
    )

    panels = [FieldPanel("name"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["name", "locale"], name="unique_perspective_name")
        ]
        verbose_name = _("perspective")

    def __str__(self):
        return self.name
