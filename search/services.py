"""Searching the site: the query a visitor typed made safe, the pages they may see,
facet filters and counts, "did you mean" and editors' promotions.

`search_site()` is the one entry point; the view only parses the request and renders.
Nothing here writes to the database: a search costs reads only (see docs/search.md on
why Wagtail's per-query hit counter is not used).
"""

import difflib
import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Count, Max, Prefetch, Q
from django.db.models.expressions import RawSQL
from django.db.models.functions import ExtractYear, Substr
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page
from wagtail.search.query import And, Phrase, PlainText

from .backend_compat import matched_pks, ranked_keys

MAX_QUERY_CHARS = 200
MAX_TERMS = 12
MAX_VALUES_PER_FACET = 20
PAGE_SIZE = 10
SPEAKER_OPTIONS_SHOWN = 15
_OPERATORS = {"and", "or", "not"}
_WORD = re.compile(r"\w+")
_PHRASE = re.compile(r'"([^"]*)"')


# --- The query ----------------------------------------------------------------------------


def clean_query(raw: str) -> tuple[str, bool]:
    """The query as shown back to the visitor: control, format (bidi override) and NUL
    characters removed, whitespace collapsed, at most MAX_QUERY_CHARS. Returns the text
    and whether it was shortened."""
    text = "".join(
        " " if char.isspace() else char
        for char in raw
        if char.isspace() or unicodedata.category(char)[0] != "C"
    )
    text = " ".join(text.split())
    if len(text) > MAX_QUERY_CHARS:
        return text[:MAX_QUERY_CHARS].rstrip(), True
    return text, False


@dataclass(frozen=True)
class ParsedQuery:
    words: tuple[str, ...]  # every word searched for, in order (for highlighting)
    phrases: tuple[str, ...]  # words of each "quoted phrase", space-separated
    loose: tuple[str, ...]  # words outside quotes

    @property
    def empty(self) -> bool:
        return not self.words

    def as_search_query(self):
        """A modelsearch query: all loose words (AND) and every phrase. Built from words
        only, so no operator or quote reaches a backend's own query syntax."""
        parts = [Phrase(phrase) for phrase in self.phrases]
        if self.loose:
            parts.append(PlainText(" ".join(self.loose), operator="and"))
        return parts[0] if len(parts) == 1 else And(parts)


def parse_query(text: str) -> ParsedQuery:
    phrases = []
    for quoted in _PHRASE.findall(text):
        words = _WORD.findall(quoted)
        if len(words) > 1:
            phrases.append(" ".join(words))
    rest = _PHRASE.sub(" ", text) if phrases else text.replace('"', " ")
    # Single quoted words are ordinary words.
    rest += " " + " ".join(q for q in _PHRASE.findall(text) if len(_WORD.findall(q)) == 1)
    loose = [word for word in _WORD.findall(rest) if word.lower() not in _OPERATORS]
    phrase_words = [word for phrase in phrases for word in phrase.split()]
    words = [*phrase_words, *loose][:MAX_TERMS]
    loose = [word for word in loose if word in words][: max(0, MAX_TERMS - len(phrase_words))]
    return ParsedQuery(words=tuple(words), phrases=tuple(phrases), loose=tuple(loose))


# --- Facets -------------------------------------------------------------------------------


@dataclass(frozen=True)
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


@dataclass(frozen=True)
class Facet:
    param: str  # the GET parameter
    label: str
    options: list[FacetOption]


@dataclass
class Selection:
    """Facet values chosen in the request, invalid ones dropped."""

    topics: list[int] = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    perspectives: list[int] = field(default_factory=list)
    speakers: list[int] = field(default_factory=list)
    years: list[int] = field(default_factory=list)

    @classmethod
    def from_querydict(cls, data) -> "Selection":
        from deliberations.models import EvidenceType

        def ints(param, low=1, high=2**63 - 1):
            values = []
            for raw in data.getlist(param)[:MAX_VALUES_PER_FACET]:
                raw = raw.strip()
                if raw.isascii() and raw.isdigit() and low <= int(raw) <= high:
                    values.append(int(raw))
            return sorted(set(values))

        types = set(data.getlist("type")[:MAX_VALUES_PER_FACET])
        return cls(
            topics=ints("topic"),
            types=sorted(types & set(EvidenceType.values)),
            perspectives=ints("perspective"),
            speakers=ints("speaker"),
            years=ints("year", 1000, 9999),
        )

    @property
    def evidence_only(self) -> bool:
        """Whether a filter that only evidence pages have is chosen."""
        return bool(self.types or self.perspectives or self.speakers or self.years)

    @property
    def any(self) -> bool:
        return bool(self.topics) or self.evidence_only


def _visible_topics(site, locale, private=None):
    from deliberations.models import DeliberationTopicPage

    return list(
        visible_pages(site, locale, private, model=DeliberationTopicPage)
        .order_by("path")
        .values_list("pk", "title", "path")
    )


# The matched pages' keys, as a table the facet query joins: a single parameter on
# PostgreSQL and SQLite however many pages matched.
_MATCHED = "search_matched"


def _matched_table_sql(ids) -> tuple[str, list]:
    if connection.vendor == "postgresql":
        return "SELECT unnest(%s::bigint[]) AS id", [list(ids)]
    if connection.vendor == "sqlite":
        return "SELECT value AS id FROM json_each(%s)", [json.dumps(list(ids))]
    sql, params = Page.objects.filter(pk__in=ids).values("pk").query.sql_with_params()
    return sql, list(params)


def _facet_rows(ids, parts) -> dict[str, list[tuple[str, str | None, int]]]:
    """Run every facet's aggregate in one statement over the matched keys `ids`.

    `parts` maps a facet name to (queryset, key column, label column or None); each
    queryset filters on `pk__in=_in_matched()`. Rows come back grouped by facet, by count
    (highest first) then label, in the database's collation, as each facet's own ORDER BY
    did when they were separate queries."""
    matched_sql, params = _matched_table_sql(ids)
    selects = []
    for name, (queryset, key, label) in parts.items():
        sql, part_params = queryset.query.sql_with_params()
        label_sql = f'CAST(f."{label}" AS TEXT)' if label else "CAST(NULL AS TEXT)"
        selects.append(
            f'SELECT %s AS facet, CAST(f."{key}" AS TEXT) AS "key", {label_sql} AS label, '  # noqa: S608 - compiled ORM SQL
            f'f."n" AS n FROM ({sql}) AS f'
        )
        params += [name, *part_params]
    sql = (
        f"WITH {_MATCHED}(id) AS ({matched_sql}) "
        + " UNION ALL ".join(selects)
        + " ORDER BY 1, 4 DESC, 3"
    )
    rows: dict[str, list] = defaultdict(list)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        for facet, key, label, n in cursor.fetchall():
            rows[facet].append((key, label, n))
    return rows


def _in_matched():
    return RawSQL(f'SELECT "id" FROM "{_MATCHED}"', ())  # noqa: S608, S611 - a constant


def count_facets(ids, selection: Selection, topics, private=None) -> list[Facet]:
    """Counts of each facet value among the matched pages `ids` (their primary keys),
    all in one query."""
    from deliberations.models import (
        EvidencePage,
        EvidencePageSpeaker,
        EvidenceType,
        SpeakerPage,
    )

    if private is None:
        private = _private_q()
    matched = _in_matched()
    # order_by(): pages are ordered by tree path by default, which would split the groups.
    evidence = EvidencePage.objects.filter(pk__in=matched).order_by()
    parts = {
        f"topic:{length}": (
            Page.objects.filter(pk__in=matched)
            .order_by()
            .annotate(prefix=Substr("path", 1, length))
            .values("prefix")
            .annotate(n=Count("pk")),
            "prefix",
            None,
        )
        for length in sorted({len(path) for _pk, _title, path in topics})
    }
    parts["type"] = (
        evidence.values("evidence_type").annotate(n=Count("pk")),
        "evidence_type",
        None,
    )
    parts["perspective"] = (
        evidence.filter(perspective__isnull=False)
        .values("perspective_id", "perspective__name")
        .annotate(n=Count("pk")),
        "perspective_id",
        "perspective__name",
    )
    parts["speaker"] = (
        EvidencePageSpeaker.objects.filter(
            page_id__in=matched,
            speaker_id__in=SpeakerPage.objects.live().exclude(private).values("pk"),
        )
        .order_by()
        .values("speaker_id", "speaker__title")
        .annotate(n=Count("page_id", distinct=True)),
        "speaker_id",
        "speaker__title",
    )
    parts["year"] = (
        evidence.filter(publication_date__isnull=False)
        .annotate(year=ExtractYear("publication_date"))
        .values("year")
        .annotate(n=Count("pk")),
        "year",
        None,
    )
    rows = _facet_rows(ids, parts)

    by_prefix = {key: n for name in parts if name.startswith("topic:") for key, _l, n in rows[name]}
    topic_counts = {pk: by_prefix.get(path, 0) for pk, _title, path in topics}
    type_counts = {key: n for key, _label, n in rows["type"]}
    perspective_rows = [(int(key), label, n) for key, label, n in rows["perspective"]]
    years = sorted(((int(float(key)), n) for key, _label, n in rows["year"]), reverse=True)
    speakers = [FacetOption(key, label, n, False) for key, label, n in rows["speaker"]]
    chosen = set(selection.speakers)
    speakers = [
        FacetOption(o.value, o.label, o.count, int(o.value) in chosen)
        for i, o in enumerate(speakers)
        if i < SPEAKER_OPTIONS_SHOWN or int(o.value) in chosen
    ]
    facets = [
        Facet(
            "topic",
            _("Topic"),
            [
                FacetOption(str(pk), title, topic_counts.get(pk, 0), pk in selection.topics)
                for pk, title, _path in topics
                if topic_counts.get(pk, 0) or pk in selection.topics
            ],
        ),
        Facet(
            "type",
            _("Type of evidence"),
            [
                FacetOption(value, str(label), type_counts[value], value in selection.types)
                for value, label in EvidenceType.choices
                if type_counts.get(value) or value in selection.types
            ],
        ),
        Facet(
            "perspective",
            _("Perspective"),
            [
                FacetOption(str(pk), name, n, pk in selection.perspectives)
                for pk, name, n in perspective_rows
            ],
        ),
        Facet("speaker", _("Speaker"), speakers),
        Facet(
            "year",
            _("Year published"),
            [FacetOption(str(year), str(year), n, year in selection.years) for year, n in years],
        ),
    ]
    return [facet for facet in facets if facet.options]


# --- Which pages ---------------------------------------------------------------------------


def site_root(site, locale):
    """The site's root page in `locale`: each language's pages hang under their own
    translation of the root, beside the default one (so not `in_site`, which only knows
    the default root)."""
    root = site.root_page
    if root.locale_id == locale.pk:
        return root
    return root.get_translation_or_none(locale) or root


def _private_q() -> Q:
    """Wagtail's `private_q()`: pages under a view restriction. `public()` runs this
    query each time it is called; a search builds it once and passes it on."""
    return Page.objects.all().private_q()


def visible_pages(site, locale, private=None, *, model=Page):
    """Pages anyone may see: published, without a view restriction on them or an
    ancestor (briefing packs before publication, juror-only pages), in this site and
    language. `private` is `_private_q()`, when the caller already has it."""
    if private is None:
        private = _private_q()
    return (
        model.objects.live()
        .exclude(private)
        .descendant_of(site_root(site, locale), inclusive=True)
        .filter(locale=locale)
    )


def filtered_queryset(site, locale, selection: Selection, topics, private=None):
    """The pages to search: visible ones, narrowed by the chosen facets. Every filter is
    on a FilterField, so it works on each backend."""
    from deliberations.models import EvidencePage, EvidencePageSpeaker

    if private is None:
        private = _private_q()
    if selection.evidence_only:
        queryset = visible_pages(site, locale, private, model=EvidencePage)
        if selection.types:
            queryset = queryset.filter(evidence_type__in=selection.types)
        if selection.perspectives:
            queryset = queryset.filter(perspective__in=selection.perspectives)
        if selection.years:
            queryset = queryset.filter(
                reduce(or_, (Q(publication_date__year=year) for year in selection.years))
            )
        if selection.speakers:
            # `id`, not `pk`: the backends ignore filters on an inherited page's pointer.
            queryset = queryset.filter(
                id__in=EvidencePageSpeaker.objects.filter(speaker_id__in=selection.speakers).values(
                    "page_id"
                )
            )
    else:
        queryset = visible_pages(site, locale, private)
    paths = [path for pk, _title, path in topics if pk in selection.topics]
    if paths:
        queryset = queryset.filter(reduce(or_, (Q(path__startswith=path) for path in paths)))
    return queryset.specific()


# --- Did you mean --------------------------------------------------------------------------

_trigram_available: dict[str, bool] = {}


def trigram_available() -> bool:
    """Whether PostgreSQL's pg_trgm extension is installed (`manage.py enable_trigram`)."""
    if connection.vendor != "postgresql":
        return False
    key = connection.settings_dict["NAME"]
    if key not in _trigram_available:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
            _trigram_available[key] = cursor.fetchone() is not None
    return _trigram_available[key]


def _title_words(site, locale, private) -> set[str]:
    # Keyed by the latest publication and the number of live pages, so a publish,
    # unpublish or deletion shows at once; one small query on the no-results path.
    version = Page.objects.live().aggregate(n=Count("pk"), at=Max("last_published_at"))
    at = version["at"].timestamp() if version["at"] else 0
    key = f"search:title-words:{site.pk}:{locale.pk}:{version['n']}:{at}"
    words = cache.get(key)
    if words is None:
        titles = visible_pages(site, locale, private).values_list("title", flat=True)
        words = {w.lower() for title in titles for w in _WORD.findall(title) if len(w) > 2}
        cache.set(key, words, 300)
    return words


def _closest_by_trigram(word: str, site, locale, private) -> str | None:
    titles_sql, params = (
        visible_pages(site, locale, private).values("title").query.sql_with_params()
    )
    sql = (
        "SELECT w FROM (SELECT DISTINCT lower(w) AS w FROM ("  # noqa: S608 - compiled ORM SQL
        f"{titles_sql}) AS visible, regexp_split_to_table(visible.title, '[^[:alnum:]]+') AS w "
        "WHERE length(w) > 2) AS words WHERE similarity(w, %s) > 0.3 "
        "ORDER BY similarity(w, %s) DESC, w LIMIT 1"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, word, word])
        row = cursor.fetchone()
    return row[0] if row else None


def suggest(parsed: ParsedQuery, site, locale, private=None) -> str | None:
    """A corrected query when some words are not in any visible page's title and a close
    one is: trigram similarity on PostgreSQL with pg_trgm, difflib otherwise."""
    if private is None:
        private = _private_q()
    vocabulary = _title_words(site, locale, private)
    use_trigram = trigram_available()
    corrected, changed = [], False
    for word in parsed.words:
        lower = word.lower()
        replacement = None
        if len(lower) > 2 and lower not in vocabulary:
            if use_trigram:
                replacement = _closest_by_trigram(lower, site, locale, private)
            else:
                close = difflib.get_close_matches(lower, vocabulary, n=1, cutoff=0.75)
                replacement = close[0] if close else None
        if replacement and replacement != lower:
            corrected.append(replacement)
            changed = True
        else:
            corrected.append(word)
    return " ".join(corrected) if changed else None


# --- Promotions ----------------------------------------------------------------------------


def promotions_for(text: str, site, locale, private=None) -> list:
    """Editors' promoted results for this query (managed in the admin under Settings >
    Promoted search results), keeping only pages the visitor may see. Reads only: no
    Query row is created for an unknown query."""
    from wagtail.contrib.search_promotions.models import SearchPromotion
    from wagtail.search.utils import normalise_query_string

    promotions = list(
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(text))
        .select_related("page")
        .order_by("sort_order", "pk")
    )
    page_ids = {p.page_id for p in promotions if p.page_id}
    visible = (
        set(
            visible_pages(site, locale, private)
            .filter(pk__in=page_ids)
            .values_list("pk", flat=True)
        )
        if page_ids
        else set()
    )
    return [p for p in promotions if (p.page_id in visible) or (not p.page_id and p.link)]


# --- The search ----------------------------------------------------------------------------


@dataclass
class SearchOutcome:
    query: str
    shortened: bool
    parsed: ParsedQuery
    page: object | None = None  # a Django Page of results
    total: int = 0
    facets: list[Facet] = field(default_factory=list)
    promotions: list = field(default_factory=list)
    suggestion: str | None = None


def search_site(raw_query: str, selection: Selection, *, site, locale, page_number=None):
    """Search the pages a visitor may see. Raises the backend's own errors (see
    `backend_compat.backend_errors`) when it does not answer.

    On the database backends the full-text match runs once: one query returns every
    matched page's key in rank order, and the count, the page of results and the facet
    counts (one query) all come from those keys."""
    text, shortened = clean_query(raw_query)
    parsed = parse_query(text)
    outcome = SearchOutcome(query=text, shortened=shortened, parsed=parsed)
    if parsed.empty:
        return outcome
    private = _private_q()
    topics = _visible_topics(site, locale, private)
    results = filtered_queryset(site, locale, selection, topics, private).search(
        parsed.as_search_query()
    )
    keys = ranked_keys(results)
    if keys is None:  # a search cluster: it counts and pages the results itself
        outcome.page = Paginator(results, PAGE_SIZE).get_page(page_number)
        outcome.total = outcome.page.paginator.count
        ids = matched_pks(results) if outcome.total else []
    else:
        outcome.page = Paginator(keys, PAGE_SIZE).get_page(page_number)
        outcome.page.object_list = specific_pages(outcome.page.object_list)
        outcome.total = len(keys)
        ids = [pk for pk, _content_type in keys]
    if outcome.total:
        outcome.facets = count_facets(ids, selection, topics, private)
    elif not selection.any:
        outcome.suggestion = suggest(parsed, site, locale, private)
    if outcome.page.number == 1:
        outcome.promotions = promotions_for(text, site, locale, private)
    return outcome


def specific_pages(keys) -> list:
    """The pages `keys` ((pk, content type id) pairs) name, as their specific classes, in
    that order: one query per page type, with what the result snippets read (an evidence
    page's documents and their text, a topic's sessions) fetched alongside."""
    from deliberations.models import DeliberationTopicPage, EvidencePage, EvidencePageDocument

    by_type = defaultdict(list)
    for pk, content_type_id in keys:
        by_type[content_type_id].append(pk)
    found = {}
    for content_type_id, pks in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class() or Page
        queryset = model._default_manager.filter(pk__in=pks)
        if issubclass(model, EvidencePage):
            queryset = queryset.prefetch_related(
                Prefetch(
                    "documents",
                    queryset=EvidencePageDocument.objects.select_related(
                        "document__extracted_text"
                    ),
                )
            )
        if issubclass(model, DeliberationTopicPage):  # the snippet may quote a transcript
            queryset = queryset.prefetch_related("sessions")
        found.update((page.pk, page) for page in queryset)
    return [found[pk] for pk, _content_type in keys if pk in found]
