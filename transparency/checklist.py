"""The transparency checklist of a topic: which of the items a citizens' jury should
publish are public on the hub, with a link, and which are still to come. The same list is
the public checklist and the editors' to-do in the topic's editor. A fixed number of
queries, whatever the topic holds."""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from . import oversight
from .models import PublishedItemKind, Recommendation, ResponseStatus, TopicPublishedItem


@dataclass(frozen=True)
class ChecklistItem:
    key: str
    label: str
    published: bool
    url: str = ""


def topic_checklist(topic, request=None) -> list[ChecklistItem]:
    """Every item in a fixed order, found from the topic's live, public content."""
    from deliberations.models import BriefingPackPage, EvidencePage

    topic_url = topic.get_url(request) or ""
    private = Page.objects.private_q()
    evidence = EvidencePage.objects.live().exclude(private).child_of(topic)
    sessions = list(topic.sessions.all())
    # Every public session held so far has both; a private deliberation has neither.
    held = [session for session in sessions if not session.is_private and session.has_happened]
    oversight_url = f"{topic_url}{topic.reverse_subpage('oversight_panel')}" if topic_url else ""
    has_members, has_minutes = oversight.has_members_and_minutes(topic)
    public_pack = (
        BriefingPackPage.objects.live()
        .child_of(topic)
        .filter(made_public_at__isnull=False)
        .order_by("path")
        .first()
    )
    linked = {}
    for item in (
        TopicPublishedItem.objects.filter(topic=topic)
        .select_related("document", "page")
        .order_by("sort_order", "pk")
    ):
        linked.setdefault(item.kind, item)
    responded = (
        Recommendation.objects.filter(topic=topic, is_final=True)
        .exclude(response_status=ResponseStatus.AWAITING)
        .exists()
    )

    def document(kind):
        item = linked.get(kind)
        return ChecklistItem(
            kind,
            PublishedItemKind(kind).label,
            item is not None,
            item.get_url(request) if item else "",
        )

    def found(key, label, published, url):
        return ChecklistItem(key, label, bool(published), url if published else "")

    return [
        document(PublishedItemKind.PROCESS_DESIGN),
        found(
            "selection_method", _("How members were selected"), topic.selection_method, topic_url
        ),
        found(
            "session_agendas",
            _("An agenda for every session"),
            sessions and all(session.agenda for session in sessions),
            f"{topic_url}#sessions",
        ),
        found("evidence", _("Evidence"), evidence.exists(), f"{topic_url}#evidence"),
        found(
            "recordings",
            _("Recordings and transcripts"),
            held and all(session.recording_url and session.transcript for session in held),
            f"{topic_url}#sessions",
        ),
        found(
            "briefing_packs",
            _("Briefing packs"),
            public_pack,
            public_pack.get_url(request) if public_pack else "",
        ),
        found(
            PublishedItemKind.OVERSIGHT_MEMBERS.value,
            PublishedItemKind.OVERSIGHT_MEMBERS.label,
            has_members,
            f"{oversight_url}#members",
        ),
        found(
            PublishedItemKind.OVERSIGHT_MINUTES.value,
            PublishedItemKind.OVERSIGHT_MINUTES.label,
            has_minutes,
            f"{oversight_url}#minutes",
        ),
        document(PublishedItemKind.FUNDING),
        document(PublishedItemKind.JURY_REPORT),
        found(
            "authority_response",
            _("The authority’s response"),
            responded,
            f"{reverse('recommendations')}?topic={topic.pk}",
        ),
        document(PublishedItemKind.EVALUATION),
    ]
