"""Site-wide lookups that every page view repeats, kept in Django's cache until content
changes: the Wagtail site serving a host name, its settings (with the logo and the footer's
pages), the main navigation, and fragments of page templates (`{% fragment_cache %}`,
home/templatetags/fragment_tags.py).

Every key carries a generation. Anything that could change what these lookups return (a
page saved, published, unpublished, moved or deleted; a site, setting, locale, image,
document, view restriction, perspective or glossary term saved or deleted) starts a new
generation, so an old entry is never read again and expires on its own; so does every
`migrate`, as each deploy runs it (new templates, new static file names). A change made
inside a transaction starts another generation when it commits: a page rendered in
between, from the data as it was before the commit, is not kept. The cache must be
shared by all web processes (Redis in production) for a change made in one process to
reach the others at once.
"""

import functools
import hashlib
import time
from collections.abc import Callable

from django.core.cache import cache
from django.core.cache.backends.locmem import LocMemCache
from django.core.exceptions import DisallowedHost
from django.db import DatabaseError, transaction
from django.db.models.signals import post_delete, post_save
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_unpublished, post_page_move

GENERATION_KEY = "hub:site-cache:generation"
TIMEOUT = 60 * 60  # seconds; entries of a past generation are unused long before
_MISSING = object()
# This process's copies of shared entries (see `cached`): bounded, oldest dropped first.
_local = LocMemCache("hub-site-cache", {"TIMEOUT": TIMEOUT, "MAX_ENTRIES": 500})


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
    """The value `compute()` returns, from the cache while the site's content is unchanged.

    An entry of a generation never changes, so each process keeps a copy of the entries
    it has used (`_local`) and asks the shared cache only for the generation: one round
    trip per request, not one per entry. Not when the shared cache is down (generation
    0), which would pin the copies to a generation that never ends."""
    generation = _generation(request)
    # Hashed: the parts may hold a long address, and some cache backends (the database
    # table, memcached) take keys of 250 characters at most, without spaces.
    digest = hashlib.blake2b("\x1f".join(map(str, key_parts)).encode(), digest_size=16).hexdigest()
    key = f"hub:site-cache:{generation}:{digest}"
    value = _local.get(key, _MISSING) if generation else _MISSING
    if value is _MISSING:
        value = cache.get(key, _MISSING)
        if value is _MISSING:
            value = compute()
            cache.set(key, value, TIMEOUT)
        if generation:
            _local.set(key, value, TIMEOUT)
    return value


def _start_generation() -> None:
    try:
        with transaction.atomic():  # a failure must not break the caller's transaction
            cache.set(GENERATION_KEY, time.time_ns(), None)
    except DatabaseError:
        # The database cache (no REDIS_URL) before `createcachetable` has made its table,
        # as during a new site's first `migrate`: nothing can have been cached yet.
        pass


def new_generation(**_kwargs) -> None:
    """Forget every cached lookup: receiver for the signals of content changes. Inside a
    transaction, once now and once more when it commits (see the module docstring)."""
    _start_generation()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(_start_generation)


@functools.cache
def _watched_models() -> tuple:
    from wagtail.contrib.settings.models import BaseSiteSetting

    from deliberations.models import GlossaryTerm, Juror, Perspective
    from transparency.models import Recommendation, RecommendationProgressUpdate

    return (
        Page,
        Site,
        Locale,
        AbstractImage,
        AbstractDocument,
        PageViewRestriction,
        BaseSiteSetting,
        Perspective,
        GlossaryTerm,
        Juror,  # the topic page's public roster
        Recommendation,  # the topic page's link to its recommendations, and the register
        RecommendationProgressUpdate,
    )


def _changed(sender, instance, **kwargs):
    if isinstance(instance, _watched_models()):
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
