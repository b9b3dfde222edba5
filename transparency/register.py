"""The public recommendations register: every final recommendation of every published,
public topic, in the reader's language where translated, with the authority's response
and progress, and per-topic counts. Read in a fixed number of queries, whatever the
number of recommendations; the HTML page and the CSV/JSON exports share it."""

from collections import defaultdict
from contextlib import suppress
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import OuterRef, Subquery
from wagtail.models import Page

from deliberations.models import DeliberationTopicPage
from home.localizing import reader_language

from .forms import RegisterFilterForm
from .models import ProgressStatus, Recommendation, RecommendationProgressUpdate, ResponseStatus


@dataclass
class Entry:
    """One recommendation as the public sees it. `text` is the translation in the
    reader's language if there is one, else the original; figures come from the original."""

    original: Recommendation
    text: Recommendation
    topic: DeliberationTopicPage
    number: int
    progress: str  # a ProgressStatus value, or "" before the first update
    updates: list[RecommendationProgressUpdate] = field(default_factory=list)

    @property
    def progress_label(self) -> str:
        return str(ProgressStatus(self.progress).label) if self.progress else ""


@dataclass
class TopicCounts:
    topic: DeliberationTopicPage
    total: int = 0
    accepted: int = 0
    accepted_in_part: int = 0
    done: int = 0


@dataclass
class Register:
    entries: list[Entry]
    topics: list[TopicCounts]
    form: RegisterFilterForm


def build_register(query) -> Register:
    """The register filtered by `query` (a QueryDict: topic, response, progress).
    Unknown or malformed filter values are ignored."""
    default, active = settings.LANGUAGE_CODE, reader_language()
    topic_pages = list(
        DeliberationTopicPage.objects.live()
        .exclude(Page.objects.private_q())
        .filter(locale__language_code__in={default, active})
        .select_related("locale")
        .defer_streamfields()
        .order_by("path")
    )
    originals = {p.translation_key: p for p in topic_pages if p.locale.language_code == default}
    shown = {p.translation_key: p for p in topic_pages if p.locale.language_code == active}
    display = {p.pk: shown.get(key, p) for key, p in originals.items()}
    # A topic may be named by its translation's id too (the link on a translated page).
    original_pk = {
        p.pk: originals[p.translation_key].pk for p in topic_pages if p.translation_key in originals
    }

    latest_progress = (
        RecommendationProgressUpdate.objects.filter(recommendation=OuterRef("pk"))
        .order_by("-date", "-sort_order", "-pk")
        .values("status")[:1]
    )
    recommendations = list(
        Recommendation.objects.filter(
            topic__in=display, is_final=True, locale__language_code=default
        )
        .annotate(progress=Subquery(latest_progress))
        .order_by("topic__path", "sort_order", "pk")
    )
    translations = {}
    if active != default and recommendations:
        translations = {
            r.translation_key: r
            for r in Recommendation.objects.filter(
                translation_key__in=[r.translation_key for r in recommendations],
                locale__language_code=active,
            )
        }

    counts = {pk: TopicCounts(topic=page) for pk, page in display.items()}
    entries = []
    for recommendation in recommendations:
        topic_counts = counts[recommendation.topic_id]
        topic_counts.total += 1
        topic_counts.accepted += recommendation.response_status == ResponseStatus.ACCEPTED
        topic_counts.accepted_in_part += (
            recommendation.response_status == ResponseStatus.ACCEPTED_IN_PART
        )
        topic_counts.done += recommendation.progress == ProgressStatus.DONE
        entries.append(
            Entry(
                original=recommendation,
                text=translations.get(recommendation.translation_key, recommendation),
                topic=display[recommendation.topic_id],
                number=topic_counts.total,
                progress=recommendation.progress or "",
            )
        )

    query = query.copy()
    with suppress(KeyError, ValueError):  # not a topic's id: the form drops it
        query["topic"] = str(original_pk[int(query.get("topic", ""))])
    form = RegisterFilterForm(query, topics=[(pk, page.title) for pk, page in display.items()])
    selected = form.selected()
    entries = [entry for entry in entries if _matches(entry, selected)]
    _attach_updates(entries)
    return Register(
        entries=entries,
        topics=[c for c in counts.values() if c.total],
        form=form,
    )


def _matches(entry: Entry, selected: dict) -> bool:
    return (
        selected.get("topic") in (None, entry.original.topic_id)
        and selected.get("response") in (None, entry.original.response_status)
        and selected.get("progress") in (None, entry.progress)
    )


def _attach_updates(entries: list[Entry]) -> None:
    """Each entry's progress updates, newest first, in one query."""
    by_recommendation = defaultdict(list)
    for update in RecommendationProgressUpdate.objects.filter(
        recommendation__in=[entry.text.pk for entry in entries]
    ).order_by("-date", "-sort_order", "-pk"):
        by_recommendation[update.recommendation_id].append(update)
    for entry in entries:
        entry.updates = by_recommendation[entry.text.pk]
