"""A fixed number of SQL queries per page type, whatever the amount of content listed.

Budgets are exact: a change that adds a query per page shows up here as a failure, and a
change that adds a query per listed item fails the 5-versus-50 comparison.
"""

import uuid

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from consultations.factories import ConsultationPageFactory
from consultations.models import PublicationConsent, Submission
from deliberations.factories import topic_with_evidence
from deliberations.models import EvidencePage, UpdatePage
from home import site_cache
from home.factories import StandardPageFactory, fill_site_settings

pytestmark = pytest.mark.django_db

# Queries to render each page type for an anonymous visitor, measured once and pinned.
# Every public page type stays within PUBLIC_PAGE_LIMIT (the launch-day query budget).
# Each page below the home page costs at least four: the active locale, routing (the
# page found by its URL path, then its specific fields), and the page's family (its
# ancestors and their translations, with any view restriction on them: Wagtail's
# privacy check, the breadcrumbs and the language switcher). A page in another
# language costs one more (Wagtail finds the root page's translation). The site, its
# root page, its settings and the menu come from the cache (home/site_cache.py).
#
# Topic, evidence and speaker pages keep their head, header, footer and listings in the
# fragment cache (home/templatetags/fragment_tags.py): the budgets are for the usual
# view, from the cache. The first view after a change renders them afresh, reading the
# root page, the settings and the menu again too: AFTER_A_CHANGE, which must not grow
# either.
PUBLIC_PAGE_LIMIT = 12
BUDGETS = {
    "home": 4,
    "index": 5,
    "topic": 5,
    "evidence": 4,
    "speaker": 4,
    "update": 4,
    "standard": 4,
    "consultation": 4,
    "pack": 13,  # for a juror: Wagtail routing, privacy, session, version, progress
}


# The very first request after a change, whatever its page, reads the site's root page,
# its settings and the menu again (3): once per change for the whole site (the site
# itself is only looked up again when a site or locale changes). On top, each page reads
# once what its cached fragments list: the topic its sessions, roster, evidence,
# speakers with their photos and updates (6). So the first view of a topic after a
# change costs 14 if it is the first request of all, and 11 once any page has been
# viewed since the change: FIRST_VIEW_OF_THE_PAGE.
AFTER_A_CHANGE = {"topic": 14, "evidence": 11, "speaker": 9}
FIRST_VIEW_OF_THE_PAGE = {"topic": 11, "evidence": 8, "speaker": 6}


def test_public_page_budgets_are_within_the_launch_day_limit():
    assert max(count for name, count in BUDGETS.items() if name != "pack") <= PUBLIC_PAGE_LIMIT
    assert max(FIRST_VIEW_OF_THE_PAGE.values()) <= PUBLIC_PAGE_LIMIT
    for name, count in AFTER_A_CHANGE.items():
        assert count == FIRST_VIEW_OF_THE_PAGE[name] + 3  # root page, settings and menu


def count_queries(client, url, *, after_a_change=False, after_another_page=None):
    # Warm: renditions and the site cache are filled by the first views.
    client.get(url)
    client.get(url)
    if after_a_change or after_another_page:
        site_cache.new_generation()  # what saving any page or snippet does
    if after_another_page:
        assert client.get(after_another_page).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.fixture
def small_and_large_topics(index_page, home_page):
    # Header and footer as on a real site: a logo and the footer's page links.
    fill_site_settings(home_page)
    return (
        topic_with_evidence(index_page, "five", 5),
        topic_with_evidence(index_page, "fifty", 50),
    )


def test_topic_page_queries_do_not_grow_with_evidence(client, small_and_large_topics):
    (small, _), (large, _) = small_and_large_topics
    small_count = count_queries(client, small.url)
    large_count = count_queries(client, large.url)
    assert small_count == large_count == BUDGETS["topic"]
    small_count = count_queries(client, small.url, after_a_change=True)
    large_count = count_queries(client, large.url, after_a_change=True)
    assert small_count == large_count == AFTER_A_CHANGE["topic"]
    home = "/"
    small_count = count_queries(client, small.url, after_another_page=home)
    large_count = count_queries(client, large.url, after_another_page=home)
    assert small_count == large_count == FIRST_VIEW_OF_THE_PAGE["topic"]


def test_speaker_page_queries_do_not_grow_with_evidence(client, small_and_large_topics):
    (_, small_speakers), (_, large_speakers) = small_and_large_topics
    # A speaker on the small topic presents 2-3 items; on the large one, 4.
    small_count = count_queries(client, small_speakers[0].url)
    large_count = count_queries(client, large_speakers[0].url)
    assert small_count == large_count == BUDGETS["speaker"]
    small_count = count_queries(client, small_speakers[0].url, after_a_change=True)
    large_count = count_queries(client, large_speakers[0].url, after_a_change=True)
    assert small_count == large_count == AFTER_A_CHANGE["speaker"]
    small_count = count_queries(client, small_speakers[0].url, after_another_page="/")
    large_count = count_queries(client, large_speakers[0].url, after_another_page="/")
    assert small_count == large_count == FIRST_VIEW_OF_THE_PAGE["speaker"]


def test_listing_and_content_pages_have_fixed_query_counts(
    client, home_page, index_page, small_and_large_topics
):
    def listing_counts():
        return [count_queries(client, home_page.url), count_queries(client, index_page.url)]

    # The home page and the index list every topic and the latest updates: one more
    # topic with its evidence, speakers and updates must not add a query.
    before = listing_counts()
    topic_with_evidence(index_page, "twenty", 20)
    assert before == listing_counts() == [BUDGETS["home"], BUDGETS["index"]]
    for topic, _speakers in small_and_large_topics:
        evidence = topic.get_children().type(EvidencePage).first()
        update = topic.get_children().type(UpdatePage).first()
        assert count_queries(client, evidence.url) == BUDGETS["evidence"]
        assert (
            count_queries(client, evidence.url, after_a_change=True) == (AFTER_A_CHANGE["evidence"])
        )
        assert (
            count_queries(client, evidence.url, after_another_page="/")
            == (FIRST_VIEW_OF_THE_PAGE["evidence"])
        )
        assert count_queries(client, update.url) == BUDGETS["update"]
    standard = StandardPageFactory(parent=home_page, slug="about")
    assert count_queries(client, standard.url) == BUDGETS["standard"]


def test_consultation_page_queries_do_not_grow_with_submissions(client, small_and_large_topics):
    (topic, _), _ = small_and_large_topics
    page = ConsultationPageFactory(parent=topic, slug="consultation")
    counts = []
    for total in (5, 200):
        Submission.objects.bulk_create(
            Submission(
                consultation=page,
                reference=f"REF{total}-{n}",
                idempotency_token=uuid.uuid4(),
                publication_consent=PublicationConsent.choices[0][0],
            )
            for n in range(total - page.submissions.count())
        )
        counts.append(count_queries(client, page.url))
    assert counts == [BUDGETS["consultation"]] * 2


def test_briefing_pack_queries_do_not_grow_with_its_contents(client, small_and_large_topics):
    """A juror reading a pack: its overview, a section and the whole pack on one page."""
    from django.contrib.auth import get_user_model

    from deliberations import briefing
    from deliberations.factories import BriefingPackPageFactory, add_pack_sections
    from deliberations.models import Jury

    counts = []
    for topic, speakers in (small_and_large_topics[0], small_and_large_topics[1]):
        pack = BriefingPackPageFactory(parent=topic)
        add_pack_sections(pack, evidence=EvidencePage.objects.child_of(topic), speakers=speakers)
        version = briefing.publish_version(pack)
        reader = get_user_model().objects.create_user(username=f"juror-{topic.pk}")
        reader.groups.add(Jury.for_topic(topic).group)
        client.force_login(reader)
        key = version.content["sections"][0]["key"]
        counts.append(
            [count_queries(client, pack.url + path) for path in ("", f"sections/{key}/", "all/")]
        )
    assert counts[0] == counts[1] == [BUDGETS["pack"]] * 3
