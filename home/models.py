from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from search import boosts

from .blocks import BodyStreamBlock
from .localizing import localized_children, route_with_fallback


class BasePage(Page):
    """Fields and behaviour every public page shares: a summary for listings, search
    results and the meta description, and an optional image for social media previews."""

    summary = models.TextField(
        blank=True,
        max_length=400,
        help_text=_(
            "One or two plain sentences about this page. Shown in lists, search results "
            "and when the page is shared on social media."
        ),
    )
    social_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional. Shown when the page is shared on social media."),
    )

    search_fields = Page.search_fields + [index.SearchField("summary", boost=boosts.SUMMARY)]

    promote_panels = [
        MultiFieldPanel(
            [
                FieldPanel("slug"),
                FieldPanel("seo_title"),
                FieldPanel("search_description"),
                FieldPanel("social_image"),
            ],
            heading=_("For search engines and social media"),
        ),
        FieldPanel("show_in_menus"),
    ]

    class Meta:
        abstract = True

    @property
    def meta_description(self) -> str:
        return self.search_description or self.summary


class HomePage(BasePage):
    """The site's front page: what the process is, its topics and the latest news."""

    introduction = models.TextField(
        blank=True,
        help_text=_("The first thing residents read: what this website is for, in a sentence."),
    )
    body = StreamField(BodyStreamBlock(), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["home.StandardPage", "deliberations.DeliberationIndexPage"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from deliberations.models import DeliberationTopicPage, UpdatePage

        context = super().get_context(request, *args, **kwargs)
        private = Page.objects.private_q()  # one query, shared by both listings
        context["topics"] = localized_children(
            DeliberationTopicPage.objects.live().exclude(private).order_by("path"),
            self,
            descendants=True,
        )
        context["updates"] = localized_children(
            UpdatePage.objects.live()
            .exclude(private)
            .defer_streamfields()
            .order_by("-date", "-pk"),
            self,
            descendants=True,
        )[:3]
        return context

    def route(self, request, path_components):
        # Pages not translated yet are read in the default language, in this one's interface.
        return route_with_fallback(self, super().route, request, path_components)


class StandardPage(BasePage):
    """A plain content page: about the process, the privacy notice, accessibility statement."""

    body = StreamField(BodyStreamBlock())

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Who runs the site and how to reach them, shown in the header and footer."""

    organisation_name = models.CharField(
        max_length=120,
        default="Your council",
        help_text=_("The authority running the process, as residents know it."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown in the page header. Use a logo with a transparent background."),
    )
    contact_email = models.EmailField(
        blank=True, help_text=_("Where residents can write with questions about the process.")
    )
    privacy_notice = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The page explaining how personal information is used. Linked in the footer."),
    )
    accessibility_statement = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The accessibility statement public bodies must publish. Linked in the footer."
        ),
    )

    # Fetched with the settings in one query: every page's header and footer uses them.
    select_related = ["logo", "privacy_notice", "accessibility_statement"]

    panels = [
        FieldPanel("organisation_name"),
        FieldPanel("logo"),
        FieldPanel("contact_email"),
        FieldPanel("privacy_notice"),
        FieldPanel("accessibility_statement"),
    ]

    class Meta:
        verbose_name = _("site settings")
