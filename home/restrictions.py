"""A page and its translations have the same readers.

Wagtail copies a page's view restrictions when it is translated, but a later change (an
editor makes the English page private, or public again) reaches only the page it was made
on: a Welsh copy of a page made private would stay public, and the language switcher of a
public page could lead to a private copy. So any change to a page's restrictions is
copied to every translation of the page.
"""

import threading
from collections import defaultdict

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.models import Page, PageViewRestriction

_syncing = threading.local()


def _readers(restrictions) -> frozenset:
    """What a page's own restrictions allow, comparable between pages."""
    return frozenset(
        (r.restriction_type, r.password, frozenset(group.pk for group in r.groups.all()))
        for r in restrictions
    )


def copy_restrictions_to_translations(page_id: int) -> None:
    """Make each translation's own restrictions equal to the page's, where they differ."""
    page = Page.objects.filter(pk=page_id).only("translation_key").first()
    if page is None:
        return  # deleted with its restrictions
    by_page = defaultdict(list)
    for restriction in PageViewRestriction.objects.filter(
        page__translation_key=page.translation_key
    ).prefetch_related("groups"):
        by_page[restriction.page_id].append(restriction)
    wanted = _readers(by_page[page.pk])
    stale = [
        translation_id
        for translation_id in Page.objects.filter(translation_key=page.translation_key)
        .exclude(pk=page.pk)
        .values_list("pk", flat=True)
        if _readers(by_page[translation_id]) != wanted
    ]
    if not stale:
        return
    _syncing.active = True
    try:
        with transaction.atomic():
            PageViewRestriction.objects.filter(page_id__in=stale).delete()
            for translation_id in stale:
                for restriction in by_page[page.pk]:
                    copy = PageViewRestriction.objects.create(
                        page_id=translation_id,
                        restriction_type=restriction.restriction_type,
                        password=restriction.password,
                    )
                    copy.groups.set(restriction.groups.all())
    finally:
        _syncing.active = False


def _changed(page_id: int) -> None:
    # The copies this module makes are not changes to copy again.
    if not getattr(_syncing, "active", False):
        copy_restrictions_to_translations(page_id)


def _restriction_saved(sender, instance, raw=False, **kwargs):
    if not raw:  # fixtures load every row as it is
        _changed(instance.page_id)


def _restriction_deleted(sender, instance, origin=None, **kwargs):
    # Only a restriction removed for itself: deleting a page takes its restrictions
    # with it, which must not make the page's translations public.
    model = getattr(origin, "model", type(origin))
    if model is PageViewRestriction:
        _changed(instance.page_id)


def _restriction_groups_changed(sender, instance, action, reverse, **kwargs):
    if action in ("post_add", "post_remove", "post_clear") and not reverse:
        _changed(instance.page_id)


def connect_signals() -> None:
    post_save.connect(_restriction_saved, sender=PageViewRestriction)
    post_delete.connect(_restriction_deleted, sender=PageViewRestriction)
    m2m_changed.connect(_restriction_groups_changed, sender=PageViewRestriction.groups.through)
