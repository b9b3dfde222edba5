from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


class Theme(TranslatableMixin, index.Indexed, models.Model):
    """A theme moderators tag submissions with, such as 'bus reliability'. Themes
    belong to a topic, so each jury's consultation has its own list."""

    topic = models.ForeignKey(
        "deliberations.DeliberationTopicPage", on_delete=models.CASCADE, related_name="themes"
    )
    name = models.CharField(max_length=100)
    description = models.TextField(blank=True)

    panels = [FieldPanel("topic"), FieldPanel("name"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["topic", "name", "locale"], name="unique_theme_per_topic"
            )
        ]
        verbose_name = _("theme")

    def __str__(self):
        return self.name
