"""Site-wide lookups that every page view repeats, kept in Django's cache until content
changes: the Wagtail site serving a host name, its settings (with the logo and the footer's
pages), the main navigation, and fragments of page templates (`{% fragment_cache %}`,
home/templatetags/fragment_tags.py).

Every key carries a generation. Anything that could change what these lookups return (a
page saved, published, unpublished, moved or deleted; a site, setting, locale, image,
document, view restriction, perspective or glossary term saved or deleted) starts a new
generation, so an old entry is never read again and expires on its own; so does every
`migrate`, as each deploy runs it (new templates, new static file names). The site
serving a host name has a generation of its own (the `SITES` scope), which only sites,
locales and `migrate` start: content changes all day on launch day, sites almost never,
so the first request after each change need not look its site up again. A change made
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
SITES_GENERATION_KEY = "hub:site-cache:sites-generation"
CONTENT, SITES = "content", "sites"  # scopes of `cached`
_SCOPE_KEYS = {CONTENT: GENERATION_KEY, SITES: SITES_GENERATION_KEY}
TIMEOUT = 60 * 60  # seconds; entries of a past generation are unused long before
_MISSING = object()
# This process's copies of shared entries (see `cached`): bounded, oldest dropped first.
_local = LocMemCache("hub-site-cache", {"TIMEOUT": TIMEOUT, "MAX_ENTRIES": 500})


def _generations(request) -> dict[str, int]:
    """The generation of each scope, in one round trip to the cache, once per request.
    0 for a scope when the shared cache is down."""
    generations = getattr(request, "_hub_cache_generations", None)
    if generations is None:
        found = cache.get_many(list(_SCOPE_KEYS.values()))
        for key in _SCOPE_KEYS.values():
            if key not in found:
                cache.add(key, time.time_ns(), None)
                found[key] = cache.get(key, 0)
        generations = {scope: found[key] for scope, key in _SCOPE_KEYS.items()}
        if request is not None:
            request._hub_cache_generations = generations
    return generations


def cached(request, *key_parts, compute: Callable, scope: str = CONTENT):
    """The value `compute()` returns, from the cache while the site's content (or, for
    the SITES scope, its sites and locales) is unchanged.

    An entry of a generation never changes, so each process keeps a copy of the entries
    it has used (`_local`) and asks the shared cache only for the generation: one round
    trip per request, not one per entry. Not when the shared cache is down (generation
    0), which would pin the copies to a generation that never ends."""
    generation = _generations(request)[scope]
    # Hashed: the parts may hold a long address, and some cache backends (the database
    # table, memcached) take keys of 250 characters at most, without spaces.
    digest = hashlib.blake2b("\x1f".join(map(str, key_parts)).encode(), digest_size=16).hexdigest()
    key = f"hub:site-cache:{scope}:{generation}:{digest}"
    value = _local.get(key, _MISSING) if generation else _MISSING
    if value is _MISSING:
        value = cache.get(key, _MISSING)
        if value is _MISSING:
            value = compute()
            cache.set(key, value, TIMEOUT)
        if generation:
            _local.set(key, value, TIMEOUT)
    return value


def _start_generation(keys=(GENERATION_KEY,)) -> None:
    try:
        with transaction.atomic():  # a failure must not break the caller's transaction
            cache.set_many(dict.fromkeys(keys, time.time_ns()), None)
    except DatabaseError:
        # The database cache (no REDIS_URL) before `createcachetable` has made its table,
        # as during a new site's first `migrate`: nothing can have been cached yet.
        pass


def new_generation(*, sites: bool = False, **_kwargs) -> None:
    """Forget every cached lookup of content (and with `sites`, of sites too): receiver
    for the signals of content changes. Inside a transaction, once now and once more
    when it commits (see the module docstring)."""
    keys = tuple(_SCOPE_KEYS.values()) if sites else (GENERATION_KEY,)
    _start_generation(keys)
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(functools.partial(_start_generation, keys))


def forget_everything(**_kwargs) -> None:
    """Every scope: after `migrate` (receiver of post_migrate)."""
    new_generation(sites=True)


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
        new_generation(sites=isinstance(instance, Site | Locale))


def connect_signals() -> None:
    for signal in (post_save, post_delete):
        signal.connect(_changed, dispatch_uid=f"hub-site-cache-{id(signal)}")
    page_unpublished.connect(new_generation, dispatch_uid="hub-site-cache-unpublished")
    post_page_move.connect(new_generation, dispatch_uid="hub-site-cache-moved")


def _specific_root_page(site) -> Page:
    """The site's root page as its own page type, in one query: its type is read from
    the copy the site lookup joined (a page's type never changes)."""
    model = site.root_page.specific_class or Page
    return model.objects.get(pk=site.root_page_id)


class SiteCacheMiddleware:
    """Finds the Wagtail site for the request's host in the cache, where Wagtail would
    query the database on every request (`Site.find_for_request` then reads it from the
    request), with its root page, where Wagtail's routing starts (`site.root_page
    .localized.specific`: as its own page type, that costs no query). Only for the site's
    allowed host names, so that made-up Host headers cannot fill the cache."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            host = request.get_host()
        except DisallowedHost:
            return self.get_response(request)  # Django refuses it further on
        request._wagtail_site = self.site_with_root_page(request, host)
        return self.get_response(request)

    @staticmethod
    def site_with_root_page(request, host):
        site = cached(
            request,
            "site",
            host,
            request.get_port(),
            compute=lambda: Site._find_for_request(request),
            scope=SITES,
        )
        if site is None:
            return None
        # The site's copy of its root page is as old as the site's entry: this one is as
        # new as the content.
        try:
            root = cached(
                request,
                "root-page",
                site.pk,
                site.root_page_id,
                compute=lambda: _specific_root_page(site),
            )
        except Page.DoesNotExist:
            # A site entry cached inside a transaction that was then rolled back: look
            # the site up afresh rather than fail every request until the next change.
            site = Site._find_for_request(request)
            if site is None:
                return None
            root = _specific_root_page(site)
        site.root_page = root
        return site
