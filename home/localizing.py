"""Listings and addresses for a site translated in part.

A council translates some pages and not others: a Welsh reader still sees every topic,
every piece of evidence and every speaker, each in Welsh where its translation is
published and in English until then (the page marks its content's language)."""

from functools import lru_cache
from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.http import Http404
from django.utils.translation import get_language
from wagtail.models import Locale, Page


def language_of(page: Page) -> str:
    """The language code of a page's locale, without a query per page (locales are few
    and never change code)."""
    if page.locale_id is None:
        return ""
    codes = _locale_codes()
    if page.locale_id not in codes:  # a locale added since: read them again
        _locale_codes.cache_clear()
        codes = _locale_codes()
    return codes.get(page.locale_id, "")


@lru_cache(maxsize=1)
def _locale_codes() -> dict[int, str]:
    return dict(Locale.objects.values_list("pk", "language_code"))


def reader_language() -> str:
    """The active language as one of the site's content languages (the default for an
    interface language the site has no content in)."""
    language = get_language() or settings.LANGUAGE_CODE
    codes = [code for code, _name in settings.LANGUAGES]
    return language if language in codes else settings.LANGUAGE_CODE


def url_in_language(url: str, page: Page, language: str) -> str:
    """`url` (an address of `page`, absolute or not) as a reader in `language` reaches
    it: a page in the default language is also served under each other language's
    prefix until it is translated (`route_with_fallback`)."""
    if language == settings.LANGUAGE_CODE or language_of(page) != settings.LANGUAGE_CODE:
        return url
    scheme, host, path, query, fragment = urlsplit(url)
    return urlunsplit((scheme, host, f"/{language}{path}", query, fragment))


def in_default_language(page: Page) -> Page:
    """The page as written in the site's default language (itself if it is)."""
    if language_of(page) == settings.LANGUAGE_CODE:
        return page
    original = (
        type(page)
        .objects.filter(
            translation_key=page.translation_key,
            locale__language_code=settings.LANGUAGE_CODE,
            alias_of__isnull=True,
        )
        .first()
    )
    return original or page


def localized_children(pages, parent: Page, *, descendants: bool = False) -> list:
    """The pages of `pages` (a queryset with its filters, joins and ordering) under the
    default-language version of `parent`, each replaced by its translation into
    `parent`'s language where `pages` has one. No extra query in the default language;
    two in another."""
    original = in_default_language(parent)
    under = pages.descendant_of(original) if descendants else pages.child_of(original)
    found = list(under)
    if original.pk == parent.pk:
        return found
    return translated(pages, found, parent.locale_id)


def translated(pages, found: list, locale_id: int) -> list:
    """Each page of `found` replaced by its translation into the locale where `pages` (a
    queryset) has one: one query."""
    if not found:
        return found
    translations = {
        translation.translation_key: translation
        for translation in pages.filter(
            locale_id=locale_id, translation_key__in=[page.translation_key for page in found]
        )
    }
    return [translations.get(page.translation_key, page) for page in found]


def route_with_fallback(page: Page, route, request, path_components):
    """Route in `page`'s tree; where its language has no translation of the page asked
    for, route in the default language's tree instead (so `/cy/about/` shows the English
    About page in the Welsh interface rather than "page not found")."""
    try:
        return route(request, path_components)
    except Http404:
        original = in_default_language(page)
        if original.pk == page.pk:
            raise
        return original.specific.route(request, path_components)
