"""Page queries every public page shares, each in a single SQL query whatever the depth of
the page or the number of items: privacy, and a page's family (its ancestors and every
live translation of it and of them) with the view restrictions on its lineage.

Wagtail's own versions cost more: `.public()` first loads every view restriction in a
query of its own, `get_view_restrictions()` reads the ancestors before their
restrictions, and the language switcher and breadcrumbs each read the ancestors again.
"""

from django.db.models import Exists, F, OuterRef, Q, QuerySet
from django.db.models.functions import Length, Substr
from wagtail.models import Page, PageViewRestriction


def ancestor_paths(path: str) -> list[str]:
    """Tree paths of a page and of each of its ancestors, from the root down."""
    return [path[:end] for end in range(Page.steplen, len(path) + 1, Page.steplen)]


def exclude_private(queryset: QuerySet) -> QuerySet:
    """`queryset.public()` in the same query: pages with no view restriction on
    themselves or on any ancestor (a restricted page's path starts each restricted path)."""
    restricted = PageViewRestriction.objects.annotate(
        prefix=Substr(OuterRef("path"), 1, Length(F("page__path")))
    ).filter(prefix=F("page__path"))
    return queryset.filter(~Exists(restricted))


def public_pages(queryset: QuerySet) -> QuerySet:
    """The pages of `queryset` that anyone may read, whoever asks (the pages API, the
    feeds): no view restriction on them or an ancestor, no briefing pack that is still
    the jury's, no alias of a page otherwise left out. In the same query."""
    from deliberations.models import BriefingPackPage

    public = exclude_private(queryset).exclude(
        pk__in=BriefingPackPage.objects.filter(made_public_at__isnull=True).values("pk")
    )
    return public.filter(Q(alias_of__isnull=True) | Q(alias_of__in=public.values("pk")))


def view_restrictions(page: Page) -> QuerySet:
    """The view restrictions on `page` and its ancestors, as Wagtail's
    `Page.get_view_restrictions()` finds them (an alias follows its source page's). No
    query of its own when the page's family (read once per request, see `family`) shows no
    restriction and no alias in the lineage, the usual case; else one query, the
    ancestors' paths read from the page's own path."""
    paths = ancestor_paths(page.path)
    lineage = [relative for relative in _relatives(page) if relative.path in paths]
    if len(lineage) == len(paths) and not any(
        relative.restricted or relative.alias_of_id for relative in lineage
    ):
        return PageViewRestriction.objects.none()
    sources_of_aliases = Page.objects.filter(path__in=paths, alias_of__isnull=False).values(
        "alias_of_id"
    )
    return PageViewRestriction.objects.filter(
        Q(page__path__in=paths, page__alias_of__isnull=True) | Q(page_id__in=sources_of_aliases)
    )


def _relatives(page: Page) -> list[Page]:
    """The page, all its ancestors (live or not), and the live translations of them below
    the tree root, each marked `restricted` when it has a view restriction of its own:
    one query, kept on the page for the rest of the request."""
    if not hasattr(page, "_hub_relatives"):
        paths = ancestor_paths(page.path)
        lineage = Page.objects.filter(path__in=paths, depth__gt=1)
        page._hub_relatives = list(
            Page.objects.filter(
                Q(path__in=paths)
                | Q(live=True, translation_key__in=lineage.values("translation_key"))
            )
            .annotate(restricted=Exists(PageViewRestriction.objects.filter(page=OuterRef("pk"))))
            .select_related("locale")
            .order_by("depth", "path")
        )
    return page._hub_relatives


def family(page: Page) -> list[Page]:
    """The live pages among `page`, its ancestors below the tree root, and all their
    translations, shallowest first, with their locales, from the same query as the view
    restrictions' check (the breadcrumbs and the language switcher both read it)."""
    return [relative for relative in _relatives(page) if relative.live and relative.depth > 1]
