"""Each topic's feed of what is new, as RSS 2.0 and Atom (Django's syndication
framework): evidence and news pages, briefing packs made public, the jury's final
recommendations with the authority's response, and the progress reported on each.

Served as routes of the topic page (`feed/rss/`, `feed/atom/`), so they are read in the
reader's language like the page (a Welsh topic, or the English one under /cy/ until it
is translated), kept by the shared cache and purged with the topic
(`home.frontend_cache`). Only what the public topic page itself shows: live pages with
no view restriction, packs made public, final recommendations. A fixed number of
queries, whatever the number of items.
"""

import datetime
import html
from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.http import QueryDict
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import escape, strip_tags
from django.utils.translation import gettext as _

from home.localizing import localized_children, reader_language, url_in_language
from home.queries import public_pages

# The newest items only: a feed is for what is new, the topic page lists everything.
FEED_LENGTH = 50
FEED_TYPES = {"rss": Rss201rev2Feed, "atom": Atom1Feed}


@dataclass(frozen=True)
class FeedItem:
    guid: str  # a URN that stays the same when the item's title or address changes
    title: str
    link: str
    paragraphs: tuple[str, ...]  # plain text
    published: datetime.datetime | None  # None: a page imported without its dates
    category: str


@dataclass(frozen=True)
class TopicFeedContent:
    topic: object
    link: str
    feed_url: str
    items: list[FeedItem]


class TopicFeed(Feed):
    """One topic's feed; `feed_type` is set per request (`serve_feed`)."""

    item_guid_is_permalink = False

    def get_object(self, request, topic, kind):
        return TopicFeedContent(
            topic=topic,
            link=topic_url(topic, request),
            feed_url=topic_url(topic, request) + topic.reverse_subpage(f"feed_{kind}"),
            items=feed_items(topic, request),
        )

    def title(self, obj):
        return _("%(topic)s: updates") % {"topic": obj.topic.title}

    def description(self, obj):
        return obj.topic.question

    subtitle = description  # Atom's name for it

    def link(self, obj):
        return obj.link

    def feed_url(self, obj):
        return obj.feed_url

    def author_name(self, obj):
        return obj.topic.authority

    def items(self, obj):
        return obj.items

    def item_title(self, item):
        return item.title

    def item_link(self, item):
        return item.link

    def item_description(self, item):
        # Both formats carry HTML here: the text is escaped, so that a reader shows
        # exactly what was written ("<" included) and runs nothing.
        return "".join(f"<p>{escape(paragraph)}</p>" for paragraph in item.paragraphs)

    def item_pubdate(self, item):
        return item.published

    def item_guid(self, item):
        return item.guid

    def item_categories(self, item):
        return [item.category]


def serve_feed(request, topic, kind: str):
    """The response for `topic`'s feed in the format `kind` ("rss" or "atom")."""
    feed = TopicFeed()
    feed.feed_type = FEED_TYPES[kind]
    return feed(request, topic=topic, kind=kind)


def topic_url(topic, request) -> str:
    """The topic's address in the reader's language (under /cy/ an English topic not yet
    translated is read in the Welsh interface)."""
    return url_in_language(topic.get_url(request), topic, reader_language())


def feed_urls(topic, request) -> dict[str, str]:
    """The topic's feed addresses, by kind, for the page's links. No query."""
    url = topic_url(topic, request)
    return {kind: url + topic.reverse_subpage(f"feed_{kind}") for kind in FEED_TYPES}


def feed_items(topic, request) -> list[FeedItem]:
    """What is new on `topic`, newest first, at most `FEED_LENGTH` items."""
    items = [
        *_page_items(topic, request),
        *_recommendation_items(topic),
    ]
    undated = datetime.datetime.min.replace(tzinfo=datetime.UTC)
    items.sort(key=lambda item: item.published or undated, reverse=True)
    return items[:FEED_LENGTH]


def _page_items(topic, request) -> list[FeedItem]:
    from .models import BriefingPackPage, EvidencePage, UpdatePage

    language = reader_language()

    def public(model):
        # As the API: an alias of a private page is left out too; packs once made public.
        return localized_children(
            public_pages(model.objects.live()).defer_streamfields().order_by("path"), topic
        )

    def item(page, category, paragraphs, published):
        return FeedItem(
            guid=f"urn:uuid:{page.translation_key}",
            title=f"{category}: {page.title}",
            link=url_in_language(page.get_url(request), page, language),
            paragraphs=tuple(text for text in paragraphs if text),
            published=published,
            category=category,
        )

    evidence = [
        item(page, _("Evidence"), [page.summary], page.first_published_at or page.last_published_at)
        for page in public(EvidencePage)
    ]
    news = [
        item(page, _("News"), [page.summary], page.first_published_at or page.last_published_at)
        for page in public(UpdatePage)
    ]
    packs = [
        item(page, _("Briefing pack"), [_plain(page.introduction)], page.made_public_at)
        for page in public(BriefingPackPage)
    ]
    return evidence + news + packs


def _recommendation_items(topic) -> list[FeedItem]:
    """Each final recommendation of the topic, with the authority's response, and each
    progress update on it, from the public register (in the reader's language)."""
    from transparency.models import ResponseStatus
    from transparency.register import build_register

    register = build_register(QueryDict(f"topic={topic.pk}"))
    link = reverse("recommendations") + f"?topic={topic.pk}"
    items = []
    for entry in register.entries:
        original, text = entry.original, entry.text
        title = _("Recommendation %(number)s") % {"number": entry.number}
        response = []
        if original.response_status != ResponseStatus.AWAITING:
            response = [
                _("The authority’s response: %(status)s.")
                % {"status": original.get_response_status_display()},
                text.response_reasons,
            ]
        items.append(
            FeedItem(
                guid=f"urn:uuid:{original.translation_key}",
                title=title,
                link=f"{link}#recommendation-{original.pk}",
                paragraphs=tuple(p for p in [text.wording, *response] if p),
                published=original.finalised_at or topic.first_published_at,
                category=_("Recommendation"),
            )
        )
        for update in entry.updates:
            items.append(
                FeedItem(
                    guid=f"urn:uuid:{update.translation_key}",
                    title=f"{title}: {update.get_status_display()}",
                    link=f"{link}#recommendation-{original.pk}",
                    paragraphs=(update.note,),
                    published=timezone.make_aware(
                        datetime.datetime.combine(update.date, datetime.time())
                    ),
                    category=_("Progress"),
                )
            )
    return items


def _plain(rich_text: str) -> str:
    """Rich text as plain text (tags removed, entities read)."""
    return html.unescape(strip_tags(rich_text)).strip()
