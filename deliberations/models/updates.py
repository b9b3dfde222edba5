import datetime

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import BodyStreamBlock
from home.models import BasePage


class UpdatePage(BasePage):
    """News about the process, listed on its topic and on the home page."""

    date = models.DateField(
        default=datetime.date.today, help_text=_("The date the update is about or published.")
    )
    body = StreamField(BodyStreamBlock())

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    api_fields = BasePage.api_fields + [APIField("date"), APIField("body")]

    parent_page_types = ["deliberations.DeliberationTopicPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("update page")
