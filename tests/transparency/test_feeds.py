"""Each topic's RSS and Atom feeds: what is new on the topic and nothing that is not
public (drafts, unpublished or restricted pages, the jury's private packs, draft
recommendations), in the reader's language, at a fixed number of queries."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from deliberations import briefing
from deliberations.factories import (
    BriefingPackPageFactory,
    DeliberationTopicSessionFactory,
    EvidencePageFactory,
    UpdatePageFactory,
    add_pack_sections,
    topic_with_evidence,
)
from deliberations.models import BriefingPackPage, EvidencePage, Jury
from tests.deliberations.test_query_counts import count_queries
from tests.translation import translate
from transparency.factories import RecommendationFactory, RecommendationProgressUpdateFactory
from transparency.models import ProgressStatus, ResponseStatus

from .secrets import Secret, restrict

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def topic(topic_page):
    """A topic with one of each thing its feed lists, and one of each it must not."""
    now = timezone.now()
    evidence = EvidencePageFactory(
        parent=topic_page,
        slug="bus-data",
        title="Bus data",
        summary="Buses & <b>trams</b> run late.",
        first_published_at=now - datetime.timedelta(days=3),
    )
    UpdatePageFactory(
        parent=topic_page,
        slug="jury-met",
        title="The jury met",
        summary="The jury met for the first time.",
        first_published_at=now - datetime.timedelta(days=2),
    )
    # Published, then changed in a draft that is not published.
    evidence.title = f"Bus data {Secret.DRAFT_CHANGE}"
    evidence.summary = Secret.DRAFT_CHANGE
    evidence.save_revision()
    # Never published.
    draft = EvidencePageFactory(parent=topic_page, title=Secret.DRAFT_ONLY, live=False)
    draft.save_revision()
    # Published once, then withdrawn.
    withdrawn = EvidencePageFactory(parent=topic_page, title=Secret.UNPUBLISHED)
    withdrawn.unpublish()
    password = EvidencePageFactory(parent=topic_page, title=Secret.PASSWORD)
    restrict(password, PageViewRestriction.PASSWORD, password="open sesame")
    # An alias of it, beside it: it shows the restricted page's content, unrestricted.
    password.create_alias(parent=topic_page, update_slug="alias-of-restricted")
    restrict(UpdatePageFactory(parent=topic_page, title=Secret.LOGIN), PageViewRestriction.LOGIN)
    restrict(
        EvidencePageFactory(parent=topic_page, title=Secret.GROUPS), PageViewRestriction.GROUPS
    ).groups.set([Jury.for_topic(topic_page).group])
    DeliberationTopicSessionFactory(topic=topic_page, title=Secret.SESSION)
    # Briefing packs: one the jury's own, one made public.
    packs = []
    for title, intro in ((Secret.PRIVATE_PACK, Secret.PRIVATE_PACK), ("Session one", "Read this")):
        pack = BriefingPackPageFactory(
            parent=topic_page, title=title, introduction=f"<p>{intro} &amp; more</p>"
        )
        add_pack_sections(pack, evidence=[evidence])
        pack.save_revision().publish(skip_permission_checks=True)  # as the approval does
        packs.append(BriefingPackPage.objects.get(pk=pack.pk))
    briefing.make_public(packs[1], None)
    # Recommendations: a draft, and a final one with a response and progress.
    RecommendationFactory(topic=topic_page, wording=Secret.NOT_FINAL, is_final=False)
    final = RecommendationFactory(
        topic=topic_page,
        wording="Close Market Street to traffic.",
        response_status=ResponseStatus.ACCEPTED_IN_PART,
        response_reasons="Weekdays only.",
        finalised_at=now - datetime.timedelta(days=1),
    )
    RecommendationProgressUpdateFactory(
        recommendation=final,
        date=(now - datetime.timedelta(days=5)).date(),
        status=ProgressStatus.IN_PROGRESS,
        note="Signs ordered.",
    )
    return topic_page


def parse(content) -> ET.Element:
    return ET.fromstring(content)  # noqa: S314 (the site's own output, not untrusted)


def rss_items(content) -> list[dict]:
    channel = parse(content).find("channel")
    return [
        {child.tag: child.text for child in item} | {"category": item.findtext("category")}
        for item in channel.findall("item")
    ]


def atom_entries(content) -> list[dict]:
    feed = parse(content)
    return [
        {
            "title": entry.findtext(f"{ATOM}title"),
            "link": entry.find(f"{ATOM}link").get("href"),
            "id": entry.findtext(f"{ATOM}id"),
            "summary": entry.findtext(f"{ATOM}summary"),
            "published": entry.findtext(f"{ATOM}published"),
        }
        for entry in feed.findall(f"{ATOM}entry")
    ]


def test_rss_feed_lists_what_is_new_and_public_newest_first(client, topic):
    response = client.get(f"{topic.url}feed/rss/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    items = rss_items(response.content)
    evidence = EvidencePage.objects.get(slug="bus-data")
    pack = BriefingPackPage.objects.get(made_public_at__isnull=False)
    assert [item["title"] for item in items] == [
        "Briefing pack: Session one",
        "Recommendation 1",
        "News: The jury met",
        "Evidence: Bus data",
        "Recommendation 1: In progress",
    ]
    by_title = {item["title"]: item for item in items}
    assert by_title["Evidence: Bus data"]["link"] == f"http://testserver{evidence.url}"
    assert by_title["Evidence: Bus data"]["guid"] == f"urn:uuid:{evidence.translation_key}"
    assert by_title["Briefing pack: Session one"]["link"] == f"http://testserver{pack.url}"
    assert by_title["Recommendation 1"]["link"].startswith(
        f"http://testserver/recommendations/?topic={topic.pk}#recommendation-"
    )
    assert by_title["Recommendation 1"]["category"] == "Recommendation"
    # Each description is HTML whose text is escaped: shown as written, never run.
    assert by_title["Evidence: Bus data"]["description"] == (
        "<p>Buses &amp; &lt;b&gt;trams&lt;/b&gt; run late.</p>"
    )
    assert by_title["Briefing pack: Session one"]["description"] == "<p>Read this &amp; more</p>"
    assert by_title["Recommendation 1"]["description"] == (
        "<p>Close Market Street to traffic.</p>"
        "<p>The authority’s response: Accepted in part.</p><p>Weekdays only.</p>"
    )
    assert len({item["guid"] for item in items}) == len(items)
    assert all(item["pubDate"] for item in items)


def test_atom_feed_has_the_same_entries(client, topic):
    rss = rss_items(client.get(f"{topic.url}feed/rss/").content)
    response = client.get(f"{topic.url}feed/atom/")
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = parse(response.content)
    assert feed.findtext(f"{ATOM}title") == f"{topic.title}: updates"
    assert feed.find(f"{ATOM}link[@rel='self']").get("href") == (
        f"http://testserver{topic.url}feed/atom/"
    )
    entries = atom_entries(response.content)
    assert [(e["title"], e["link"], e["id"]) for e in entries] == [
        (item["title"], item["link"], item["guid"]) for item in rss
    ]
    evidence = next(entry for entry in entries if entry["title"] == "Evidence: Bus data")
    assert evidence["summary"] == "<p>Buses &amp; &lt;b&gt;trams&lt;/b&gt; run late.</p>"
    assert all(entry["published"] for entry in entries)


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feeds_show_nothing_that_is_not_public(client, topic, kind, user_in_group):
    # Whoever reads it: a juror who may read the private pack gets the public feed too.
    juror = user_in_group("Communications team")
    juror.groups.add(Jury.for_topic(topic).group)
    for reader in (None, juror):
        if reader:
            client.force_login(reader)
        content = client.get(f"{topic.url}feed/{kind}/").content.decode()
        assert "Bus data" in content  # the feed is not empty
        leaked = [secret for secret in Secret.all() if secret in content]
        assert not leaked, leaked


@pytest.mark.parametrize("kind", ["rss", "atom"])
@pytest.mark.parametrize(
    "restriction",
    [
        {"kind": PageViewRestriction.PASSWORD, "password": "open sesame"},
        {"kind": PageViewRestriction.LOGIN},
        {"kind": PageViewRestriction.GROUPS},
    ],
)
def test_feeds_of_a_restricted_topic_are_not_found(client, topic, kind, restriction):
    restriction = dict(restriction)
    restrict(topic, restriction.pop("kind"), **restriction)
    assert client.get(f"{topic.url}feed/{kind}/").status_code == 404


def test_feeds_below_a_restricted_index_are_not_found(client, topic):
    restrict(topic.get_parent(), PageViewRestriction.LOGIN)
    assert client.get(f"{topic.url}feed/rss/").status_code == 404


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feeds_of_an_unpublished_topic_are_not_found(client, topic, kind):
    url = f"{topic.url}feed/{kind}/"
    assert client.get(url).status_code == 200
    topic.unpublish()
    assert client.get(url).status_code == 404


def test_topic_page_offers_its_feeds(client, topic):
    html = client.get(topic.url).content.decode()
    atom_url = f"{topic.url}feed/atom/"
    link = f'type="application/atom+xml" title="{topic.title}: updates" href="{atom_url}">'
    assert f'<link rel="alternate" {link}' in html
    assert f'<a class="govuk-link" href="{atom_url}">Follow updates</a>' in html
    assert client.get(atom_url).status_code == 200


def test_anonymous_feeds_may_be_kept_by_a_shared_cache(client, topic):
    response = client.get(f"{topic.url}feed/atom/")
    assert "public" in response["Cache-Control"]
    assert "s-maxage=" in response["Cache-Control"]


def test_welsh_feed_reads_the_welsh_topic_and_stays_in_welsh(client, topic):
    welsh_topic = translate(topic, "cy", {topic.title: "Tagfeydd"})
    evidence = EvidencePage.objects.get(slug="bus-data")
    # The published evidence is translated; its unpublished draft change is not read.
    welsh_evidence = translate(evidence, "cy", {"Bus data": "Data bysiau"})
    recommendation = topic.recommendations.get(is_final=True)
    translate(
        recommendation,
        "cy",
        {"Close Market Street to traffic.": "Cau Stryd y Farchnad i draffig."},
    )
    assert welsh_topic.url.startswith("/cy/")

    response = client.get(f"{welsh_topic.url}feed/atom/")
    assert response.status_code == 200
    feed = parse(response.content)
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "cy"
    assert feed.findtext(f"{ATOM}title").startswith("Tagfeydd")
    entries = {entry["title"]: entry for entry in atom_entries(response.content)}
    welsh_entry = next(e for t, e in entries.items() if t.endswith("Data bysiau"))
    assert welsh_entry["link"] == f"http://testserver{welsh_evidence.url}"
    # Not translated yet: the English page, in the Welsh interface.
    news = next(e for t, e in entries.items() if t.endswith("The jury met"))
    assert news["link"].startswith("http://testserver/cy/")
    assert any("Cau Stryd y Farchnad i draffig." in (e["summary"] or "") for e in entries.values())
    assert not any(title.startswith("Evidence:") for title in entries)  # in Welsh
    leaked = [secret for secret in Secret.all() if secret in response.content.decode()]
    assert not leaked, leaked


def test_untranslated_topic_feed_under_welsh_prefix_is_in_welsh(client, topic):
    html = client.get(f"/cy{topic.url}").content.decode()
    assert f'href="/cy{topic.url}feed/atom/"' in html
    assert "Follow updates" not in html and "Dilyn y diweddariadau" in html
    response = client.get(f"/cy{topic.url}feed/rss/")
    assert response.status_code == 200
    channel = parse(response.content).find("channel")
    assert channel.findtext("language") == "cy"
    assert channel.findtext("link") == f"http://testserver/cy{topic.url}"
    assert all(
        item["link"].startswith("http://testserver/cy/") for item in rss_items(response.content)
    )


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feed_queries_do_not_grow_with_items(client, index_page, kind):
    def add_items(topic, count):
        for n in range(count):
            recommendation = RecommendationFactory(topic=topic)
            RecommendationProgressUpdateFactory(recommendation=recommendation)
            pack = BriefingPackPageFactory(parent=topic, slug=f"pack-{n}")
            add_pack_sections(pack)
            pack.save_revision().publish(skip_permission_checks=True)
            briefing.make_public(BriefingPackPage.objects.get(pk=pack.pk), None)

    small, _ = topic_with_evidence(index_page, "small", 2)
    large, _ = topic_with_evidence(index_page, "large", 20)
    add_items(small, 1)
    add_items(large, 5)
    counts = [count_queries(client, f"{topic.url}feed/{kind}/") for topic in (small, large)]
    assert len(rss_or_atom(client, f"{large.url}feed/{kind}/")) > 30
    assert counts == [FEED_QUERIES] * 2


def rss_or_atom(client, url):
    content = client.get(url).content
    return rss_items(content) if url.endswith("rss/") else atom_entries(content)


# The active locale, routing (the topic by its path, its specific fields; the root page
# comes from the cache), the topic's family (the privacy check), its evidence, news and
# public packs; then the register's view restrictions, topics, recommendations and their
# progress updates.
FEED_QUERIES = 11
