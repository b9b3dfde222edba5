from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page, Site
from wagtail.search import index

from search import boosts

from . import site_cache
from .blocks import BodyStreamBlock
from .forms import HubPageForm
from .localizing import localized_children, route_with_fallback
from .queries import exclude_private, view_restrictions


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
    # What the public pages API shows of each page type (home/api.py), besides its title,
    # address and dates: published content only, never personal data.
    api_fields = [APIField("summary")]
    # Read with the page when it is served (`HomePage.route`): its template shows them.
    routed_select_related = ["social_image"]
    # Refuses a slug that a routable parent uses for its own routes (home.forms).
    base_form_class = HubPageForm
    # True for a page type whose view shows the same head, header and footer to every
    # reader at one address: base.html then caches them (home/templatetags/fragment_tags.py).
    # Not for forms (errors in the title) nor routable pages (one page, many titles).
    cache_page_fragments = False

    @property
    def page_fragments_key(self):
        """The page's pk when base.html may cache its fragments (see above), else None."""
        return self.pk if self.cache_page_fragments else None

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

    def get_view_restrictions(self):
        # Wagtail's reads the ancestors, then their restrictions: two queries per page view.
        if not self.path:  # a new page in preview
            return super().get_view_restrictions()
        return view_restrictions(self)


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
    api_fields = BasePage.api_fields + [APIField("introduction"), APIField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["home.StandardPage", "deliberations.DeliberationIndexPage"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def route_in_tree(self, request, path_components):
        # The deepest page whose URL path starts the requested one, in one query whatever
        # its depth (Wagtail's walk down the tree costs two per level); that page routes
        # the rest, as a routable page's sub-URLs or a 404.
        if not path_components:
            return super().route(request, path_components)
        prefixes = [
            self.url_path + "".join(f"{slug}/" for slug in path_components[:end])
            for end in range(1, len(path_components) + 1)
        ]
        page = (
            Page.objects.descendant_of(self)
            # The slug narrows the search through its index (url_path has none).
            .filter(slug__in=path_components, url_path__in=prefixes)
            .order_by("-depth")
            .first()
        )
        if page is None:
            raise Http404
        model = page.specific_class
        if model is not None and issubclass(model, BasePage):
            page = model.objects.select_related(*model.routed_select_related).get(pk=page.pk)
        else:
            page = page.specific
        return page.specific.route(request, path_components[page.depth - self.depth :])

    def get_context(self, request, *args, **kwargs):
        from deliberations.models import DeliberationTopicPage, UpdatePage

        context = super().get_context(request, *args, **kwargs)
        context["topics"] = localized_children(
            exclude_private(DeliberationTopicPage.objects.live()).order_by("path"),
            self,
            descendants=True,
        )
        context["updates"] = localized_children(
            exclude_private(UpdatePage.objects.live())
            .defer_streamfields()
            .order_by("-date", "-pk"),
            self,
            descendants=True,
        )[:3]
        return context

    def route(self, request, path_components):
        # Pages not translated yet are read in the default language, in this one's interface.
        return route_with_fallback(self, self.route_in_tree, request, path_components)


class StandardPage(BasePage):
    """A plain content page: about the process, the privacy notice, accessibility statement."""

    body = StreamField(BodyStreamBlock())

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    api_fields = BasePage.api_fields + [APIField("body")]

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

    @classmethod
    def for_request(cls, request):
        # Wagtail's reads the settings on every request; these come from the cache.
        attr_name = cls.get_cache_attr_name()
        if not hasattr(request, attr_name):
            site = Site.find_for_request(request)
            instance = site_cache.cached(
                request,
                "settings",
                cls._meta.label,
                site.pk if site else None,
                compute=lambda: cls.for_site(site),
            )
            instance._request = request  # as Wagtail's: page URLs for this request
            setattr(request, attr_name, instance)
        return getattr(request, attr_name)

    panels = [
        FieldPanel("organisation_name"),
        FieldPanel("logo"),
        FieldPanel("contact_email"),
        FieldPanel("privacy_notice"),
        FieldPanel("accessibility_statement"),
    ]

    class Meta:
        verbose_name = _("site settings")


class RateLimitCounter(models.Model):
    """How many requests one client made in the current window of one rate limit
    (engagement_hub.ratelimit). The key is a hash of the limit's scope and the client's
    address or e-mail: no address is stored. Rows whose window has ended are deleted by
    a periodic task."""

    key = models.CharField(max_length=64, primary_key=True)
    count = models.PositiveIntegerField()
    window_ends = models.BigIntegerField(db_index=True)  # Unix time, seconds

    class Meta:
        verbose_name = _("rate-limit counter")

    def __str__(self):
        return f"{self.key[:12]}…: {self.count}"
