"""What the oversight panel page of a topic shows: its members, its minutes, and its
review decisions on the topic's briefing packs, read from Wagtail's workflow.

Privacy: a decision is listed with its date and outcome, never the reviewer's name or
comment (a comment may quote a pack still private to the jury). A pack made public is
named and linked; a private one is described only by the session it prepares for.
A fixed number of queries, however many packs and decisions there are."""

from dataclasses import dataclass
from datetime import datetime

from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, TaskState

# Wagtail's task outcomes the public record lists, with their public wording.
DECISIONS = {
    TaskState.STATUS_APPROVED: _("Approved"),
    TaskState.STATUS_REJECTED: _("Changes requested"),
}


@dataclass(frozen=True)
class ReviewDecision:
    decided_at: datetime
    decision: str  # a DECISIONS key
    label: str
    pack_title: str  # "" for a pack still private to the jury
    pack_url: str
    session_title: str
    language: str


def has_members_and_minutes(topic) -> tuple[bool, bool]:
    """Whether the panel's members, and any public minutes, are published: one query."""
    from deliberations.models import DeliberationTopicPage

    from .models import TopicOversightMember

    row = (
        DeliberationTopicPage.objects.filter(pk=topic.pk)
        .annotate(
            has_members=Exists(TopicOversightMember.objects.filter(topic_id=OuterRef("pk"))),
            has_minutes=Exists(_public_minutes().filter(topic_id=OuterRef("pk"))),
        )
        .values_list("has_members", "has_minutes")
        .first()
    )
    return row or (False, False)


def _public_minutes():
    from .models import TopicOversightMinutes

    return TopicOversightMinutes.objects.filter(document__isnull=False).exclude(
        document__collection__jury__isnull=False
    )


def members(topic) -> list:
    return list(topic.oversight_members.all())


def minutes(topic) -> list:
    """Minutes, newest meeting first; never a document from a jury's private collection
    (the editor refuses one; this is the second lock)."""
    return list(
        _public_minutes()
        .filter(topic=topic)
        .select_related("document")
        .order_by("-meeting_date", "pk")
    )


def review_decisions(topic, request=None) -> list[ReviewDecision]:
    """Every approval or request for changes on the packs of `topic` (in the default
    language) and of their translations, newest first. Two queries."""
    from deliberations.models import BriefingPackPage

    packs = {
        str(pack.pk): pack
        for pack in BriefingPackPage.objects.filter(
            translation_key__in=BriefingPackPage.objects.child_of(topic).values("translation_key")
        )
        .select_related("session", "locale")
        .only(
            "pk",
            "title",
            "url_path",
            "made_public_at",
            "live",
            "session__title",
            "locale__language_code",
        )
    }
    if not packs:
        return []
    states = (
        TaskState.objects.filter(
            workflow_state__base_content_type=ContentType.objects.get_for_model(Page),
            workflow_state__object_id__in=list(packs),
            status__in=list(DECISIONS),
            finished_at__isnull=False,
        )
        .order_by("-finished_at", "-pk")
        .values_list("workflow_state__object_id", "status", "finished_at")
    )
    decisions = []
    for pack_id, status, finished_at in states:
        pack = packs[pack_id]
        public = bool(pack.made_public_at and pack.live)
        decisions.append(
            ReviewDecision(
                decided_at=finished_at,
                decision=status,
                label=str(DECISIONS[status]),
                pack_title=pack.title if public else "",
                pack_url=(pack.get_url(request) or "") if public else "",
                session_title=pack.session.title if pack.session else "",
                language=pack.locale.language_code,
            )
        )
    return decisions
