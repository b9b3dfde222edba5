"""The language switcher and hreflang alternates.

For a page, each language links to that page's live translation or, when there is none
yet, to its nearest translated ancestor, marked as not translated: one query whatever
the depth, shared with the breadcrumbs (`home.queries.family`). For other views (search,
jurors' pages) each language links to the same address in that language.
"""

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page

from home.localizing import language_of
from home.queries import family

register = template.Library()


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str  # in its own language
    url: str
    absolute_url: str
    translated: bool  # False: the link goes to the nearest translated ancestor
    is_current: bool
    bidi: bool


@register.simple_tag(takes_context=True)
def language_links(context) -> list[LanguageLink]:
    """Usage: `{% language_links as languages %}`. Worked out only when first read: a
    page whose head and header come from the cache never needs them."""
    request, page = context.get("request"), context.get("page")
    return SimpleLazyObject(lambda: _language_links(request, page))


def _language_links(request, page) -> list[LanguageLink]:
    current = get_language()
    if not isinstance(page, Page) or not page.pk or not page.live:
        path = request.get_full_path() if request is not None else "/"
        urls = {code: (translate_url(path, code), True) for code, _name in settings.LANGUAGES}
    else:
        urls = _page_urls(page, request)
    links = []
    for code, name in settings.LANGUAGES:
        url, translated = urls.get(code, (translate_url("/", code), False))
        links.append(
            LanguageLink(
                code=code,
                name=name,
                url=url,
                absolute_url=request.build_absolute_uri(url) if request is not None else url,
                translated=translated,
                is_current=code == current,
                bidi=get_language_info(code)["bidi"],
            )
        )
    return links


def _page_urls(page: Page, request) -> dict[str, tuple[str, bool]]:
    found: dict[str, Page] = {}
    for candidate in family(page):  # shallowest first
        found[candidate.locale.language_code] = candidate  # deepest wins
    return {
        code: (candidate.get_url(request), candidate.translation_key == page.translation_key)
        for code, candidate in found.items()
    }


@register.simple_tag
def page_language(page) -> str:
    """The language code of a page's locale (see `home.localizing.language_of`)."""
    return language_of(page) if isinstance(page, Page) else ""


@register.simple_tag(takes_context=True)
def locale_home_url(context) -> str:
    """The home page in the current language ("/", "/cy/", ...)."""
    return translate_url("/", get_language())
