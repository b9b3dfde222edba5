"""Page queries every public page shares, each in a single SQL query whatever the depth of
the page or the number of items: privacy, view restrictions, and a page's family (its live
ancestors and every live translation of it and of them).

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


def view_restrictions(page: Page) -> QuerySet:
    """The view restrictions on `page` and its ancestors, as Wagtail's
    `Page.get_view_restrictions()` finds them (an alias follows its source page's), in one
    query: the ancestors' paths are read from the page's own path."""
    paths = ancestor_paths(page.path)
    sources_of_aliases = Page.objects.filter(path__in=paths, alias_of__isnull=False).values(
        "alias_of_id"
    )
    return PageViewRestriction.objects.filter(
        Q(page__path__in=paths, page__alias_of__isnull=True) | Q(page_id__in=sources_of_aliases)
    )


def family(page: Page) -> list[Page]:
    """The live pages among `page`, its ancestors below the tree root, and all their
    translations, shallowest first, with their locales: one query, kept on the page for the
    rest of the request (the breadcrumbs and the language switcher both read it)."""
    if not hasattr(page, "_hub_family"):
        lineage = Page.objects.filter(path__in=ancestor_paths(page.path), depth__gt=1)
        page._hub_family = list(
            Page.objects.live()
            .filter(translation_key__in=lineage.values("translation_key"))
            .select_related("locale")
            .order_by("depth", "path")
        )
    return page._hub_family
