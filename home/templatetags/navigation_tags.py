"""Template tags for the site-wide templates: the main menu, breadcrumbs, absolute URLs.

`main_navigation` and `breadcrumbs` each cost at most one database query per page
render, whatever the number of items (the menu none while it is in the cache, the
breadcrumbs one shared with the language switcher): the site (and its root page) comes from
`Site.find_for_request`, which Wagtail has already cached on the request, page URLs from
Wagtail's cached site root paths, and the current item is found by comparing tree paths.
"""

from dataclasses import dataclass

from django import template
from django.db.models import Exists, OuterRef, Q
from wagtail.models import Page, PageViewRestriction, Site

from home import site_cache
from home.queries import ancestor_paths, family

register = template.Library()


@dataclass(frozen=True)
class NavigationItem:
    title: str
    url: str
    is_current: bool  # the current page is this item or lies below it
    is_page: bool  # the current page is this item itself


def _current_page(context) -> Page | None:
    page = context.get("page")
    return page if isinstance(page, Page) else None


def _site_root(context) -> tuple[str, int] | None:
    """Tree path and depth of the root page of the site serving this request.

    In a translated site each locale has its own root page, a sibling of the default
    one at the same depth; the current page's own ancestor at that depth is the root in
    the current page's language, so Welsh pages get the Welsh menu.
    """
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return None
    root = site.root_page  # fetched with the site by Wagtail (select_related)
    page = _current_page(context)
    if page is not None and page.depth >= root.depth and page.path:
        return page.path[: root.depth * Page.steplen], root.depth
    return root.path, root.depth


@register.simple_tag(takes_context=True)
def main_navigation(context) -> list[NavigationItem]:
    """The site root's live, public children with "Show in menus" ticked, in tree order.

    Usage: `{% main_navigation as items %}`. From the cache until content changes
    (`home.site_cache`), else one query: privacy is checked in the same query with
    `NOT EXISTS`, rather than Wagtail's `.public()`, which first loads every view
    restriction in a query of its own.
    """
    root = _site_root(context)
    if root is None:
        return []
    root_path, root_depth = root
    request = context.get("request")

    def read_items():
        # A restriction on the root or above it hides every item; one on an item hides it.
        restricted = PageViewRestriction.objects.filter(
            Q(page_id=OuterRef("pk")) | Q(page__path__in=ancestor_paths(root_path))
        )
        pages = (
            Page.objects.live()
            .in_menu()
            .filter(depth=root_depth + 1, path__startswith=root_path)
            .filter(~Exists(restricted))
            .order_by("path")
        )
        return [(page.title, page.get_url(request=request), page.path) for page in pages]

    site = Site.find_for_request(request) if request is not None else None
    items = site_cache.cached(
        request, "navigation", site.pk if site else None, root_path, compute=read_items
    )
    current = _current_page(context)
    current_path = current.path if current is not None and current.path else ""
    return [
        NavigationItem(
            title=title,
            url=url,
            is_current=current_path.startswith(path),
            is_page=current_path == path,
        )
        for title, url, path in items
    ]


@register.simple_tag(takes_context=True)
def breadcrumbs(context, page=None) -> list[Page]:
    """The live ancestors of `page` (the current page by default) from the site root down.

    Usage: `{% breadcrumbs as ancestors %}`. The first item is the home page. Empty, with
    no query, on the home page itself or outside a page. Otherwise one query, shared with
    the language switcher (`home.queries.family`).
    """
    page = page if isinstance(page, Page) else _current_page(context)
    root = _site_root(context)
    if page is None or root is None or not page.path:
        return []
    _root_path, root_depth = root
    if page.depth <= root_depth:
        return []
    ancestors = set(ancestor_paths(page.path)[:-1])
    return [
        relative
        for relative in family(page)  # shallowest first
        if relative.path in ancestors and relative.depth >= root_depth
    ]


@register.simple_tag(takes_context=True)
def absolute_url(context, url: str) -> str:
    """`url` made absolute for this request's host, for Open Graph and other metadata.

    Usage: `{% absolute_url og_image.url %}`. A URL that is already absolute (media on
    a CDN) is returned unchanged.
    """
    request = context.get("request")
    return request.build_absolute_uri(url) if request is not None else url
