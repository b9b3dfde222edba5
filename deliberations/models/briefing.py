from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.actions.publish_revision import PublishPermissionError
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import (
    Orderable,
    Page,
    PagePermissionTester,
    PageViewRestriction,
    TranslatableMixin,
)
from wagtail.search import index

from engagement_hub.storage import private_storage
from home.blocks import RICH_TEXT_FEATURES
from home.forms import HubPageForm
from home.models import BasePage

from ..blocks import ITEMS_FOR_KIND, PackSectionItemsBlock
from .topics import DeliberationTopicSession


class SectionKind(models.TextChoices):
    EVIDENCE = "evidence", _("Evidence")
    SPEAKERS = "speakers", _("Speakers")
    GLOSSARY = "glossary", _("Glossary")
    CONSULTATION = "consultation", _("What residents said (consultation digest)")


class BriefingPackPageForm(HubPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Only the sessions of this pack's own topic.
        topic = self.parent_page if self.instance._state.adding else self.instance.get_parent()
        self.fields["session"].queryset = DeliberationTopicSession.objects.filter(
            topic_id=topic.pk if topic else None
        )


class PackPermissionTester(PagePermissionTester):
    """Nobody publishes a pack directly, not even an administrator: it reaches jurors only
    when the oversight panel approves it in the workflow (see `deliberations.workflows`)."""

    def can_publish(self):
        return False

    def can_delete(self, ignore_bulk=False):
        # A published pack is the record of what the jury read: it stays (unpublish it to
        # withdraw it).
        if self.page.versions.exists():
            return False
        return super().can_delete(ignore_bulk=ignore_bulk)


class BriefingPackPage(RoutablePageMixin, BasePage):
    """What the jury reads before a session: chosen evidence, the speakers, a glossary
    and what residents said. Private to the jury and staff until made public; every
    published version is kept as the jurors saw it (`BriefingPackVersion`).

    A page (not a snippet) because it needs what pages have: a place under its topic
    and a URL, revisions, workflow, privacy, translation and previews."""

    session = models.ForeignKey(
        DeliberationTopicSession,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The session this pack prepares the jury for."),
    )
    introduction = RichTextField(
        features=RICH_TEXT_FEATURES,
        help_text=_("What this pack is for and how to read it, in plain English."),
    )
    change_note = models.TextField(
        blank=True,
        help_text=_(
            "What changed since the last published version, for the jury and the record. "
            "Leave empty for the first version."
        ),
    )
    made_public_at = models.DateTimeField(null=True, blank=True, editable=False)
    # A copy (or a translation) of a public pack starts private, like any new pack.
    exclude_fields_in_copy = ["made_public_at"]

    content_panels = Page.content_panels + [
        FieldPanel("session"),
        FieldPanel("introduction"),
        InlinePanel("sections", heading=_("Sections"), label=_("Section"), min_num=1),
        FieldPanel("change_note"),
    ]
    promote_panels = [MultiFieldPanel([FieldPanel("slug")], heading=_("Address"))]
    search_fields = BasePage.search_fields + [index.SearchField("introduction")]
    # Only packs made public are in the API at all (home.api.public_pages).
    api_fields = BasePage.api_fields + [APIField("introduction"), APIField("made_public_at")]
    base_form_class = BriefingPackPageForm

    parent_page_types = ["deliberations.DeliberationTopicPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("briefing pack")

    # Reviewed by the workflow assigned to this page type (a WorkflowContentType row made
    # by migration), wherever the pack sits in the tree.
    def get_workflow(self):
        return type(self).get_default_workflow()

    @property
    def has_workflow(self):
        return self.get_workflow() is not None

    def permissions_for_user(self, user):
        return PackPermissionTester(user, self)

    def publish(self, revision, user=None, *args, skip_permission_checks=False, **kwargs):
        # Whoever asks, with or without a user (wagtail-localize publishes translations
        # with none): refused, unless the caller says it carries an approval, as the
        # workflow's finish action (deliberations.workflows) does.
        if not skip_permission_checks:
            raise PublishPermissionError(
                "A briefing pack is published only by the oversight panel's approval."
            )
        return super().publish(
            revision, user, *args, skip_permission_checks=skip_permission_checks, **kwargs
        )

    def with_content_json(self, content):
        # Made public by its own action, not by editing: a later revision keeps it public.
        obj = super().with_content_json(content)
        obj.made_public_at = self.made_public_at
        return obj

    def get_view_restrictions(self):
        # Already checked for this request by `wagtail_hooks.guard_private_packs`; Wagtail's
        # own check that follows would repeat the same four queries.
        if getattr(self, "_view_restrictions_passed", False):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if not self.made_public_at:
            # Never kept by a shared cache, nor shown again from history after sign-out.
            patch_cache_control(response, private=True, no_cache=True, no_store=True)
        return response

    def get_sitemap_urls(self, request=None):
        return super().get_sitemap_urls(request) if self.made_public_at else []

    def latest_version(self):
        return self.versions.order_by("-number").first()

    # Routes only; the reading views are in deliberations.pack_views.
    @path("")
    def overview(self, request):
        return pack_views().overview(request, self)

    @path("sections/<slug:key>/")
    def section(self, request, key):
        return pack_views().section(request, self, key)

    @path("all/")
    def whole_pack(self, request):
        return pack_views().whole_pack(request, self)

    @path("pdf/")
    def pdf(self, request):
        return pack_views().pdf(request, self)

    @path("versions/")
    def change_log(self, request):
        return pack_views().change_log(request, self)

    @path("versions/<int:number>/")
    def old_version(self, request, number):
        return pack_views().whole_pack(request, self, number=number)

    @path("versions/<int:number>/pdf/")
    def old_version_pdf(self, request, number):
        return pack_views().pdf(request, self, number=number)

    @path("text-size/")
    def text_size(self, request):
        return pack_views().text_size(request, self)

    def serve_preview(self, request, mode_name):
        return pack_views().preview(request, self)


def pack_views():
    from .. import pack_views

    return pack_views


class BriefingPackSection(TranslatableMixin, Orderable, ClusterableModel):
    """One part of a pack. Its kind decides what it lists; editors drag to reorder.
    Translated with its pack (heading, introduction, notes); the pages it lists stay the
    source's and are shown in the reader's language when translated (`build_snapshot`)."""

    pack = ParentalKey(BriefingPackPage, on_delete=models.CASCADE, related_name="sections")
    kind = models.CharField(max_length=20, choices=SectionKind.choices)
    heading = models.CharField(max_length=120)
    introduction = models.TextField(blank=True)
    items = StreamField(
        PackSectionItemsBlock(),
        blank=True,
        help_text=_(
            "Evidence sections list evidence and jury documents, speaker sections list "
            "speakers, glossary sections list terms. A consultation section needs none."
        ),
    )
    consultation = models.ForeignKey(
        "consultations.ConsultationPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("For a consultation section: whose results to summarise."),
    )

    panels = [
        FieldPanel("kind"),
        FieldPanel("heading"),
        FieldPanel("introduction"),
        FieldPanel("items"),
        PageChooserPanel("consultation", "consultations.ConsultationPage"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("section")

    def __str__(self):
        return self.heading

    def clean(self):
        super().clean()
        allowed = ITEMS_FOR_KIND.get(self.kind, set())
        wrong = sorted({item.block_type for item in self.items if item.block_type not in allowed})
        if wrong:
            raise ValidationError(
                {
                    "items": _("A %(kind)s section cannot list: %(wrong)s.")
                    % {"kind": self.get_kind_display().lower(), "wrong": ", ".join(wrong)}
                }
            )
        if self.kind == SectionKind.CONSULTATION and not self.consultation_id:
            raise ValidationError({"consultation": _("Choose the consultation to summarise.")})


class BriefingPackVersion(models.Model):
    """A published pack exactly as the jurors saw it. Written once, never changed: only
    its PDF (built afterwards) may be filled in."""

    MUTABLE_FIELDS = frozenset({"pdf", "pdf_built_at", "pdf_error"})

    pack = models.ForeignKey(BriefingPackPage, on_delete=models.PROTECT, related_name="versions")
    number = models.PositiveIntegerField()
    published_at = models.DateTimeField(default=timezone.now)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    language = models.CharField(max_length=12, default="en")
    content = models.JSONField(encoder=DjangoJSONEncoder)
    pdf = models.FileField(storage=private_storage, upload_to="packs/", blank=True, max_length=255)
    pdf_built_at = models.DateTimeField(null=True, blank=True)
    pdf_error = models.TextField(blank=True)

    class Meta:
        ordering = ["-number"]
        get_latest_by = "number"
        constraints = [
            models.UniqueConstraint(fields=["pack", "number"], name="unique_pack_version")
        ]
        verbose_name = _("briefing pack version")

    def __str__(self):
        return f"{self.pack_id} v{self.number}"

    def save(self, *args, update_fields=None, **kwargs):
        if self.pk and not (update_fields and set(update_fields) <= self.MUTABLE_FIELDS):
            raise ValueError("A published pack version cannot be changed.")
        super().save(*args, update_fields=update_fields, **kwargs)
