import math

from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from rest_framework.serializers import StringRelatedField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from home.blocks import BodyStreamBlock, MediaStreamBlock
from home.forms import HubPageForm
from home.models import BasePage
from home.queries import exclude_private

from .speakers import SpeakerPage

WORDS_READ_PER_MINUTE = 200


class EvidenceType(models.TextChoices):
    BRIEFING_PAPER = "briefing_paper", _("Briefing paper")
    DATA = "data", _("Data")
    RESEARCH = "research", _("Research")
    LIVED_EXPERIENCE = "lived_experience", _("Lived experience")
    POSITION_STATEMENT = "position_statement", _("Position statement")
    RECORDING = "recording", _("Video or recording")


class EvidencePageForm(HubPageForm):
    def clean(self):
        cleaned = super().clean()
        # Required to publish, not to save a draft (Wagtail defers validation for drafts).
        if not self.is_deferred_validation and not cleaned.get("summary", "").strip():
            self.add_error(
                "summary", _("Write a short summary: it is what most readers see first.")
            )
        return cleaned


class EvidencePage(BasePage):
    """A piece of evidence the jury hears: what it says, who produced it, from which
    perspective, with its documents, recordings and the speakers who presented it."""

    cache_page_fragments = True  # see home.models.BasePage

    evidence_type = models.CharField(
        max_length=32,
        choices=EvidenceType.choices,
        help_text=_("What kind of evidence this is. Readers can filter by it."),
    )
    source = models.CharField(
        max_length=200,
        help_text=_("Who wrote or produced it, for example 'Transport for the North'."),
    )
    publisher = models.CharField(
        max_length=200,
        blank=True,
        help_text=_("Who published it, if different from who produced it."),
    )
    publication_date = models.DateField(
        null=True, blank=True, help_text=_("When it was first published, if known.")
    )
    perspective = models.ForeignKey(
        "deliberations.Perspective",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="evidence_pages",
        help_text=_("The point of view it represents, so readers can see the balance."),
    )
    body = StreamField(BodyStreamBlock(), blank=True)
    media = StreamField(
        MediaStreamBlock(),
        blank=True,
        help_text=_("Recordings of this evidence, each with its transcript."),
    )
    routed_select_related = [*BasePage.routed_select_related, "perspective"]
    base_form_class = EvidencePageForm

    reading_time = models.PositiveSmallIntegerField(
        default=1, editable=False, help_text=_("Minutes, worked out from the text.")
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("evidence_type"),
                FieldPanel("source"),
                FieldPanel("publisher"),
                FieldPanel("publication_date"),
                FieldPanel("perspective"),
            ],
            heading=_("About this evidence"),
        ),
        FieldPanel("body"),
        InlinePanel("documents", heading=_("Documents"), label=_("Document")),
        FieldPanel("media"),
        InlinePanel("speaker_links", heading=_("Speakers"), label=_("Speaker")),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("source"),
        index.SearchField("publisher"),
        index.SearchField("body"),
        index.SearchField("attached_document_text"),
        index.FilterField("evidence_type"),
        index.FilterField("perspective"),
        index.FilterField("publication_date"),
    ]
    api_fields = BasePage.api_fields + [
        APIField("evidence_type"),
        APIField("source"),
        APIField("publisher"),
        APIField("publication_date"),
        APIField("perspective", serializer=StringRelatedField()),  # its name
        APIField("reading_time"),
        APIField("body"),
        APIField("media"),
    ]

    parent_page_types = ["deliberations.DeliberationTopicPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("evidence page")

    def save(self, *args, **kwargs):
        self.reading_time = self.estimate_reading_time()
        super().save(*args, **kwargs)

    def estimate_reading_time(self) -> int:
        """Whole minutes to read the summary and body, at least one."""
        texts = [self.summary, *self.body.stream_block.get_searchable_content(self.body)]
        words = sum(len(text.split()) for text in texts)
        return max(1, math.ceil(words / WORDS_READ_PER_MINUTE))

    @classmethod
    def get_indexed_objects(cls):
        # The documents' text is indexed with the page: fetch it in bulk, not per page.
        return super().get_indexed_objects().prefetch_related("documents__document__extracted_text")

    def attached_document_text(self) -> str:
        """Titles and text of the attached documents, for the search index."""
        from search.documents import text_of_documents

        return text_of_documents(link.document for link in self.documents.all())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["documents"] = self.documents.select_related("document")
        # Ids from the links as edited (a preview's links exist only in memory), then the
        # published, public speakers among them, in the editor's order.
        # Lazy: read only if the template's cached fragment that lists them is not there.
        context["speakers"] = SimpleLazyObject(self._presenting_speakers)
        return context

    def _presenting_speakers(self) -> list:
        speaker_ids = [link.speaker_id for link in self.speaker_links.all()]
        speakers = (
            exclude_private(SpeakerPage.objects.live()).filter(pk__in=speaker_ids).with_photos()
        )
        return sorted(speakers, key=lambda speaker: speaker_ids.index(speaker.pk))


class EvidencePageDocument(Orderable):
    page = ParentalKey(EvidencePage, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey("wagtaildocs.Document", on_delete=models.CASCADE, related_name="+")
    title = models.CharField(
        max_length=200, blank=True, help_text=_("Leave empty to use the document's own title.")
    )

    panels = [FieldPanel("document"), FieldPanel("title")]

    class Meta(Orderable.Meta):
        verbose_name = _("document")

    @property
    def display_title(self) -> str:
        return self.title or self.document.title


class EvidencePageSpeaker(Orderable):
    page = ParentalKey(EvidencePage, on_delete=models.CASCADE, related_name="speaker_links")
    speaker = models.ForeignKey(
        "deliberations.SpeakerPage", on_delete=models.CASCADE, related_name="evidence_links"
    )

    panels = [FieldPanel("speaker")]

    class Meta(Orderable.Meta):
        verbose_name = _("speaker")
