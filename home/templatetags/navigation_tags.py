"""Template tags for the site-wide templates: the main menu, breadcrumbs, absolute URLs.

`main_navigation` and `breadcrumbs` each cost at most one database query per page
render, whatever the number of items: the site (and its root page) comes from
`Site.find_for_request`, which Wagtail has already cached on the request, page URLs from
Wagtail's cached site root paths, and the current item is found by comparing tree paths.
"""

from dataclasses import dataclass

from django import template
from django.db.models import Exists, OuterRef, Q
from wagtail.models import Page, PageViewRestriction, Site

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

    Usage: `{% main_navigation as items %}`. One query: privacy is checked in the same
    query with `NOT EXISTS`, rather than Wagtail's `.public()`, which first loads every
    view restriction in a query of its own.
    """
    root = _site_root(context)
    if root is None:
        return []
    root_path, root_depth = root
    # A restriction on the root or above it hides every item; one on an item hides it.
    root_and_ancestors = [
        root_path[:end] for end in range(Page.steplen, len(root_path) + 1, Page.steplen)
    ]
    restricted = PageViewRestriction.objects.filter(
        Q(page_id=OuterRef("pk")) | Q(page__path__in=root_and_ancestors)
    )
    pages = (
        Page.objects.live()
        .in_menu()
        .filter(depth=root_depth + 1, path__startswith=root_path)
        .filter(~Exists(restricted))
        .order_by("path")
    )
    request = context.get("request")
    current = _current_page(context)
    current_path = current.path if current is not None and current.path else ""
    return [
        NavigationItem(
            title=page.title,
            url=page.get_url(request=request),
            is_current=current_path.startswith(page.path),
            is_page=current_path == page.path,
        )
        for page in pages
    ]


@register.simple_tag(takes_context=True)
def breadcrumbs(context, page=None) -> list[Page]:
    """The live ancestors of `page` (the current page by default) from the site root down.

    Usage: `{% breadcrumbs as ancestors %}`. The first item is the home page. Empty, with
    no query, on the home page itself or outside a page. One query otherwise.
    """
    page = page if isinstance(page, Page) else _current_page(context)
    root = _site_root(context)
    if page is None or root is None or not page.path:
        return []
    _root_path, root_depth = root
    if page.depth <= root_depth:
        return []
    return list(page.get_ancestors().filter(depth__gte=root_depth).live())


@register.simple_tag(takes_context=True)
def absolute_url(context, url: str) -> str:
    """`url` made absolute for this request's host, for Open Graph and other metadata.

    Usage: `{% absolute_url og_image.url %}`. A URL that is already absolute (media on
    a CDN) is returned unchanged.
    """
    request = context.get("request")
    return request.build_absolute_uri(url) if request is not None else url
