"""The full-page cache in front of the site (Varnish in production, docs/deploy.md).

Which responses a shared cache may keep is decided here, once, for every page view
(`SharedCacheMiddleware`): only a page served by Wagtail to an anonymous reader, with no
cookie set and no CSRF token on it, is marked `public` with a shared lifetime
(`s-maxage`). Everything else keeps the headers its view set (a private pack, a password
or login restriction: `private, no-store`) or is marked never to be cached: a consultation
form (its CSRF token and idempotency token are per reader), anything for a signed-in
reader or with a session, previews (Wagtail's preview views never pass through here).
The Varnish configuration caches nothing that is not marked `public`.

A cached page is purged through `wagtail.contrib.frontend_cache` (HTTP PURGE to Varnish)
when it is published, unpublished or moved (Wagtail purges the page itself on publish and
unpublish), together with the pages that list or link to it: its ancestors (topic
listings, the home page's latest updates) and, for evidence and speakers, each other.
A topic's feeds (`deliberations.feeds`) are purged with the topic page (its
`get_cached_paths`), and so whenever a child is published, unpublished or moved, a
briefing pack is made public, or a recommendation or its progress changes.
A change to something every page shows (site settings, a perspective or glossary term,
the menu) purges every live page.
"""

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils.cache import add_never_cache_headers, patch_cache_control
from wagtail.contrib.frontend_cache.utils import PurgeBatch, get_backends
from wagtail.models import Page

from .localizing import language_of, url_in_language

# How long a shared cache keeps a page without a purge (a safety net for missed purges).
SHARED_CACHE_SECONDS = getattr(settings, "SHARED_CACHE_SECONDS", 60 * 60)


def shared_cache_allowed(request, response) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and response.status_code == 200
        and not response.cookies  # a CSRF or session cookie: this reader's own response
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")  # a form with a CSRF token
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not getattr(request, "is_preview", False)
        and not (hasattr(request, "user") and request.user.is_authenticated)
    )


class SharedCacheMiddleware:
    """Cache-Control for page views (see the module docstring). Placed above the CSRF
    and session middleware, so that it sees the cookies they set."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        is_page_view = getattr(request, "_wagtail_route_for_request", None) is not None
        if not is_page_view or response.has_header("Cache-Control"):
            return response
        if shared_cache_allowed(request, response):
            patch_cache_control(response, public=True, max_age=0, s_maxage=SHARED_CACHE_SECONDS)
        else:
            add_never_cache_headers(response)
        return response


def _related_pages(page: Page) -> list[Page]:
    """Live pages that list or link to `page`: its ancestors below the tree root, and the
    speakers of an evidence page or the evidence of a speaker."""
    from deliberations.models import EvidencePage, SpeakerPage

    related = list(page.get_ancestors().filter(depth__gt=1).live().specific())
    specific = page.specific
    if isinstance(specific, EvidencePage):
        related += SpeakerPage.objects.live().filter(evidence_links__page=specific)
    elif isinstance(specific, SpeakerPage):
        related += EvidencePage.objects.live().filter(speaker_links__speaker=specific)
    # Their translations list this page too, translated or not (home.localizing).
    keys = {other.translation_key for other in related}
    related += (
        Page.objects.live()
        .filter(translation_key__in=keys)
        .exclude(pk__in=[other.pk for other in related])
        .specific()  # their own cached paths (a topic's routes), not only "/"
    )
    return related


def _purge(pages) -> None:
    if not get_backends():
        return  # no front-end cache configured: nothing to read the pages for
    batch = PurgeBatch()
    batch.add_pages(pages)  # each page's cached paths (a topic's feeds, see get_cached_paths)
    # A page in the default language is also served under each other language's prefix
    # until it is translated (/cy/about/: the English page in the Welsh interface).
    for page in pages:
        if language_of(page) != settings.LANGUAGE_CODE or not (url := page.get_full_url()):
            continue
        for path in page.specific_deferred.get_cached_paths():
            for code, _name in settings.LANGUAGES:
                if code != settings.LANGUAGE_CODE:
                    batch.add_url(url_in_language(url + path.lstrip("/"), page, code))
    batch.purge()


def page_changed(sender, instance, **kwargs) -> None:
    """Receiver for page_published and page_unpublished: the pages that show this one,
    and this one (Wagtail purges it too, but not its copies under other languages)."""
    _purge([instance, *_related_pages(instance)])


def page_moved(sender, instance, url_path_before="", url_path_after="", **kwargs) -> None:
    """Receiver for post_page_move: the page at its new and old address, and the pages
    that listed it at either place."""
    if not instance.live or not get_backends():
        return
    _purge([instance, *_related_pages(instance)])
    if kwargs.get("parent_page_before") is not None:
        _purge([kwargs["parent_page_before"], *_related_pages(kwargs["parent_page_before"])])
    url = instance.get_full_url()
    old_tail = url_path_before.split("/", 2)[-1]  # the path below the site's root page
    new_tail = url_path_after.split("/", 2)[-1]
    if url and url.endswith(new_tail) and new_tail != old_tail:
        old_url = url[: len(url) - len(new_tail)] + old_tail
        # With its own sub-addresses there (a topic's feeds).
        batch = PurgeBatch()
        batch.add_urls(old_url + path.lstrip("/") for path in instance.specific.get_cached_paths())
        batch.purge()


def purge_topic_after_commit(topic_id) -> None:
    """Once the change is committed (a purge before it would let the cache fetch the old
    content again): the topic's page and feeds, in every language."""

    def purge():
        topic = Page.objects.filter(pk=topic_id)
        _purge(
            Page.objects.live()
            .filter(Q(pk=topic_id) | Q(translation_key__in=topic.values("translation_key")))
            .specific()
        )

    transaction.on_commit(purge)


def recommendation_changed(sender, instance, **kwargs) -> None:
    """Receiver for saves and deletions of a recommendation or a progress update."""
    from transparency.models import Recommendation

    if not get_backends():
        return
    if isinstance(instance, Recommendation):
        topic_id = instance.topic_id
    else:
        topic_id = (
            Recommendation.objects.filter(pk=instance.recommendation_id)
            .values_list("topic_id", flat=True)
            .first()
        )
    if topic_id is not None:  # None: deleted with its recommendation, which purges
        purge_topic_after_commit(topic_id)


def pack_made_public(sender, instance, update_fields=None, **kwargs) -> None:
    """Receiver for saves of a briefing pack: once made public, it is in its topic's feeds."""
    if update_fields and "made_public_at" in update_fields and get_backends():
        purge_topic_after_commit(instance.get_parent().pk)


def review_decided(sender, instance, **kwargs) -> None:
    """Receiver for task_approved and task_rejected: a review of a page is listed on its
    topic's oversight panel page (a route of the topic, purged with it)."""
    if not get_backends():
        return
    content = instance.workflow_state.content_object
    if isinstance(content, Page):
        _purge(_related_pages(content))


def juror_changed(sender, instance, **kwargs) -> None:
    """Receiver for saves and deletions of a juror: the topic page shows the roster."""
    if not get_backends():
        return
    topic = Page.objects.filter(pk=instance.jury.topic_id).specific().first()
    if topic is not None:
        _purge([topic, *_related_pages(topic)])


def everything_changed(sender, instance=None, **kwargs) -> None:
    """Receiver for saves of what every page shows (settings, snippets)."""
    _purge(Page.objects.live().filter(depth__gt=1).specific())


def connect_signals() -> None:
    from django.db.models.signals import post_delete, post_save
    from wagtail.signals import (
        page_published,
        page_unpublished,
        post_page_move,
        task_approved,
        task_rejected,
    )

    from deliberations.models import BriefingPackPage, GlossaryTerm, Juror, Perspective
    from home.models import SiteSettings
    from transparency.models import Recommendation, RecommendationProgressUpdate

    page_published.connect(page_changed, dispatch_uid="hub-frontend-cache-published")
    page_unpublished.connect(page_changed, dispatch_uid="hub-frontend-cache-unpublished")
    post_page_move.connect(page_moved, dispatch_uid="hub-frontend-cache-moved")
    task_approved.connect(review_decided, dispatch_uid="hub-frontend-cache-task-approved")
    task_rejected.connect(review_decided, dispatch_uid="hub-frontend-cache-task-rejected")
    post_save.connect(juror_changed, sender=Juror, dispatch_uid="hub-frontend-cache-juror-saved")
    post_delete.connect(
        juror_changed, sender=Juror, dispatch_uid="hub-frontend-cache-juror-deleted"
    )
    for model in (SiteSettings, Perspective, GlossaryTerm):
        for signal in (post_save, post_delete):
            signal.connect(
                everything_changed,
                sender=model,
                dispatch_uid=f"hub-frontend-cache-{model.__name__}-{id(signal)}",
            )
    for model in (Recommendation, RecommendationProgressUpdate):
        for signal in (post_save, post_delete):
            signal.connect(
                recommendation_changed,
                sender=model,
                dispatch_uid=f"hub-frontend-cache-{model.__name__}-{id(signal)}",
            )
    post_save.connect(
        pack_made_public, sender=BriefingPackPage, dispatch_uid="hub-frontend-cache-pack-public"
    )
