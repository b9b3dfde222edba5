from django import forms
from django.db import models
from django.db.models import F
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import PageManager, PageQuerySet
from wagtail.search import index

from home.blocks import RICH_TEXT_FEATURES
from home.forms import HubPageForm
from home.models import BasePage
from home.queries import exclude_private


class SpeakerPageQuerySet(PageQuerySet):
    def with_photos(self):
        """Fetch photos and their renditions with the speakers: no query per speaker."""
        return self.select_related("photo").prefetch_related("photo__renditions")


class SpeakerPageForm(HubPageForm):
    """Offers only the sessions of the speaker's own topic."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from .topics import DeliberationTopicSession

        topic = self.parent_page or (self.instance.get_parent() if self.instance.pk else None)
        self.fields["sessions"].queryset = DeliberationTopicSession.objects.filter(
            topic_id=topic.pk if topic else None
        )

    def clean(self):
        cleaned = super().clean()
        # Required to publish, not to save a draft (Wagtail defers validation for drafts).
        if (
            not self.is_deferred_validation
            and cleaned.get("photo")
            and not cleaned.get("photo_alt_text", "").strip()
        ):
            self.add_error("photo_alt_text", _("Describe the photo, for people who cannot see it."))
        return cleaned


class SpeakerPage(BasePage):
    """An expert witness who presents evidence to the jury, with their declared interests."""

    cache_page_fragments = True  # see home.models.BasePage

    role = models.CharField(max_length=120, help_text=_("Their job title or role."))
    organisation = models.CharField(
        max_length=120, blank=True, help_text=_("Who they work for or represent, if anyone.")
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    photo_alt_text = models.CharField(
        max_length=200,
        blank=True,
        help_text=_("Describe the photo for people who cannot see it. Needed if there is a photo."),
    )
    biography = RichTextField(
        features=RICH_TEXT_FEATURES,
        help_text=_("Who they are and why they were invited, in plain English."),
    )
    declared_interests = models.TextField(
        help_text=_(
            "Any interest that could affect their evidence: employer, funding, membership, "
            "property. If they have none, write 'None declared'. This is published."
        ),
    )
    sessions = ParentalManyToManyField(
        "deliberations.DeliberationTopicSession",
        blank=True,
        related_name="speakers",
        help_text=_("The jury sessions at which they presented."),
    )

    objects = PageManager.from_queryset(SpeakerPageQuerySet)()
    routed_select_related = [*BasePage.routed_select_related, "photo"]
    base_form_class = SpeakerPageForm

    content_panels = [
        FieldPanel("title", heading=_("Name")),
        FieldPanel("role"),
        FieldPanel("organisation"),
        MultiFieldPanel([FieldPanel("photo"), FieldPanel("photo_alt_text")], heading=_("Photo")),
        FieldPanel("summary"),
        FieldPanel("biography"),
        FieldPanel("declared_interests"),
        FieldPanel("sessions", widget=forms.CheckboxSelectMultiple),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("role"),
        index.SearchField("organisation"),
        index.SearchField("biography"),
    ]
    # Not the sessions: they are the jury's (some private).
    api_fields = BasePage.api_fields + [
        APIField("role"),
        APIField("organisation"),
        APIField("biography"),
        APIField("declared_interests"),
    ]

    parent_page_types = ["deliberations.DeliberationTopicPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("speaker page")

    def get_context(self, request, *args, **kwargs):
        from .evidence import EvidencePage
        from .topics import DeliberationTopicSession

        context = super().get_context(request, *args, **kwargs)
        # Only its own topic's sessions (a speaker moved to another topic keeps the links),
        # in this page's language: a translation's links still point at the source's.
        context["sessions"] = DeliberationTopicSession.objects.filter(
            topic__path=self.path[: -self.steplen],
            translation_key__in=self.sessions.values_list("translation_key", flat=True),
        ).order_by("date")
        # The topic's address, for links to its sessions (a speaker is always its child).
        url = self.get_url(request) if self.pk else None
        context["topic_url"] = url[: -len(self.slug) - 1] if url else ""
        # A speaker being previewed before its first save has no evidence yet.
        context["evidence_pages"] = (
            exclude_private(EvidencePage.objects.live())
            .defer_streamfields()
            .filter(speaker_links__speaker=self)
            .select_related("perspective")
            .order_by(F("publication_date").desc(nulls_last=True), "title")
            if self.pk
            else EvidencePage.objects.none()
        )
        return context
