"""Site-wide lookups that every page view repeats, kept in Django's cache until content
changes: the Wagtail site serving a host name, its settings (with the logo and the footer's
pages) and the main navigation.

Every key carries a generation. Anything that could change what these lookups return (a
page saved, published, unpublished, moved or deleted; a site, setting, locale, image or
view restriction saved or deleted) starts a new generation, so an old entry is never read
again and expires on its own. The cache must be shared by all web processes (Redis in
production) for a change made in one process to reach the others at once.
"""

import time
from collections.abc import Callable

from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.db import DatabaseError, transaction
from django.db.models.signals import post_delete, post_save
from wagtail.images.models import AbstractImage
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_unpublished, post_page_move

GENERATION_KEY = "hub:site-cache:generation"
TIMEOUT = 60 * 60  # seconds; entries of a past generation are unused long before
_MISSING = object()


def _generation(request) -> int:
    generation = getattr(request, "_hub_cache_generation", None)
    if generation is None:
        generation = cache.get(GENERATION_KEY)
        if generation is None:
            cache.add(GENERATION_KEY, time.time_ns(), None)
            generation = cache.get(GENERATION_KEY, 0)
        if request is not None:
            request._hub_cache_generation = generation  # one generation per request
    return generation


def cached(request, *key_parts, compute: Callable):
    """The value `compute()` returns, from the cache while the site's content is unchanged."""
    key = ":".join(["hub:site-cache", str(_generation(request)), *map(str, key_parts)])
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = compute()
        cache.set(key, value, TIMEOUT)
    return value


def new_generation(**_kwargs) -> None:
    """Forget every cached lookup: receiver for the signals of content changes."""
    try:
        with transaction.atomic():  # a failure must not break the caller's transaction
            cache.set(GENERATION_KEY, time.time_ns(), None)
    except DatabaseError:
        # The database cache (no REDIS_URL) before `createcachetable` has made its table,
        # as during a new site's first `migrate`: nothing can have been cached yet.
        pass


_WATCHED = (Page, Site, Locale, AbstractImage, PageViewRestriction)


def _changed(sender, instance, **kwargs):
    from wagtail.contrib.settings.models import BaseSiteSetting

    if isinstance(instance, (*_WATCHED, BaseSiteSetting)):
        new_generation()


def connect_signals() -> None:
    for signal in (post_save, post_delete):
        signal.connect(_changed, dispatch_uid=f"hub-site-cache-{id(signal)}")
    page_unpublished.connect(new_generation, dispatch_uid="hub-site-cache-unpublished")
    post_page_move.connect(new_generation, dispatch_uid="hub-site-cache-moved")


class SiteCacheMiddleware:
    """Finds the Wagtail site for the request's host in the cache, where Wagtail would
    query the database on every request (`Site.find_for_request` then reads it from the
    request). Only for the site's allowed host names, so that made-up Host headers cannot
    fill the cache."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            host = request.get_host()
        except DisallowedHost:
            return self.get_response(request)  # Django refuses it further on
        request._wagtail_site = cached(
            request,
            "site",
            host,
            request.get_port(),
            compute=lambda: Site._find_for_request(request),
        )
        return self.get_response(request)
