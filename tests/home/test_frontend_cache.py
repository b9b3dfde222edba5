"""The full-page cache: what a shared cache may keep, and the purge a publish sends.

The purge is observed as a real HTTP request: a small HTTP server on a spare port stands
in for Varnish and records every PURGE it receives.
"""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from deliberations.factories import topic_with_evidence
from deliberations.models import EvidencePage

pytestmark = pytest.mark.django_db


class RecordingCache(BaseHTTPRequestHandler):
    """Answers PURGE as Varnish does, and remembers (host, path) of each."""

    purged: list[tuple[str, str]]

    def do_PURGE(self):
        self.server.purged.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass  # tests do not print


@pytest.fixture
def varnish(settings):
    server = ThreadingHTTPServer(("127.0.0.1", 0), RecordingCache)
    server.purged = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_address[1]}",
        }
    }
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def topic_and_speakers(index_page):
    return topic_with_evidence(index_page, "buses", 3)


def test_anonymous_page_view_may_be_kept_by_a_shared_cache(client, topic_and_speakers):
    topic, _speakers = topic_and_speakers
    response = client.get(topic.url)
    assert response.status_code == 200
    assert "public" in response["Cache-Control"]
    assert "s-maxage=" in response["Cache-Control"]
    assert not response.cookies


def test_signed_in_reader_is_never_served_from_a_shared_cache(
    client, topic_and_speakers, superuser
):
    topic, _speakers = topic_and_speakers
    client.force_login(superuser)
    response = client.get(topic.url)
    assert "private" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]


def test_consultation_form_with_its_csrf_token_is_never_shared(client, topic_and_speakers):
    from consultations.factories import ConsultationPageFactory

    topic, _speakers = topic_and_speakers
    page = ConsultationPageFactory(parent=topic, slug="have-your-say")
    response = client.get(page.url)
    assert response.status_code == 200
    assert b"csrfmiddlewaretoken" in response.content
    assert "private" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]


def test_search_results_are_not_marked_for_a_shared_cache(client, topic_and_speakers):
    response = client.get("/search/", {"q": "bus"})
    assert "public" not in response.get("Cache-Control", "")


def test_publishing_evidence_purges_it_and_every_page_listing_it(
    varnish, topic_and_speakers, django_capture_on_commit_callbacks
):
    topic, _speakers = topic_and_speakers
    evidence = EvidencePage.objects.child_of(topic).first()
    speaker_paths = {link.speaker.url for link in evidence.speaker_links.all()}
    evidence.title = "A corrected title"
    with django_capture_on_commit_callbacks(execute=True):
        evidence.save_revision().publish()
    purged_paths = {path for _host, path in varnish.purged}
    assert evidence.url in purged_paths
    assert {topic.url, topic.get_parent().url, "/"} <= purged_paths
    assert speaker_paths and speaker_paths <= purged_paths


def test_unpublishing_purges_the_page(varnish, topic_and_speakers):
    topic, speakers = topic_and_speakers
    speaker = speakers[0]
    url = speaker.url
    speaker.unpublish()
    assert url in {path for _host, path in varnish.purged}


def test_changing_site_settings_purges_every_live_page(varnish, topic_and_speakers, home_page):
    from home.factories import fill_site_settings

    topic, _speakers = topic_and_speakers
    fill_site_settings(home_page)
    purged_paths = {path for _host, path in varnish.purged}
    assert {"/", topic.url} <= purged_paths


def test_a_page_below_a_restricted_one_is_refused_and_never_cached(client, topic_and_speakers):
    from wagtail.models import PageViewRestriction

    topic, speakers = topic_and_speakers
    client.get(speakers[0].url)  # the page's family, read before the restriction exists
    PageViewRestriction.objects.create(page=topic, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(speakers[0].url)
    assert response.status_code == 302
    assert "/login" in response["Location"] or "sign-in" in response["Location"]
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]


def test_an_alias_follows_its_source_pages_restriction(client, topic_and_speakers, index_page):
    from wagtail.models import PageViewRestriction

    topic, speakers = topic_and_speakers
    alias = speakers[0].create_alias(parent=index_page, update_slug="alias-of-speaker")
    PageViewRestriction.objects.create(page=speakers[0], restriction_type=PageViewRestriction.LOGIN)
    assert client.get(alias.url).status_code == 302


def test_publishing_purges_the_page_in_every_language(
    varnish, topic_and_speakers, django_capture_on_commit_callbacks
):
    """Until it is translated, the English page is also served under /cy/ (and the Welsh
    topic lists it): those copies go too."""
    from tests.translation import translate

    topic, _speakers = topic_and_speakers
    welsh_topic = translate(topic, "cy", {})
    evidence = EvidencePage.objects.child_of(topic).first()
    varnish.purged.clear()
    with django_capture_on_commit_callbacks(execute=True):
        evidence.save_revision().publish()
    purged_paths = {path for _host, path in varnish.purged}
    assert {f"/cy{evidence.url}", f"/ur{evidence.url}", welsh_topic.url} <= purged_paths


def feed_paths(topic, prefix=""):
    return {f"{prefix}{topic.url}feed/rss/", f"{prefix}{topic.url}feed/atom/"}


def test_publishing_evidence_purges_its_topics_feeds_in_every_language(
    varnish, topic_and_speakers, django_capture_on_commit_callbacks
):
    topic, _speakers = topic_and_speakers
    evidence = EvidencePage.objects.child_of(topic).first()
    with django_capture_on_commit_callbacks(execute=True):
        evidence.save_revision().publish()
    purged_paths = {path for _host, path in varnish.purged}
    assert feed_paths(topic) | feed_paths(topic, "/cy") | feed_paths(topic, "/ur") <= purged_paths


def test_unpublishing_evidence_purges_its_topics_feeds(varnish, topic_and_speakers):
    topic, _speakers = topic_and_speakers
    EvidencePage.objects.child_of(topic).first().unpublish()
    assert feed_paths(topic) <= {path for _host, path in varnish.purged}


def test_making_a_pack_public_purges_its_topics_feeds_after_commit(
    varnish, topic_and_speakers, django_capture_on_commit_callbacks
):
    from deliberations import briefing
    from deliberations.factories import BriefingPackPageFactory, add_pack_sections
    from deliberations.models import BriefingPackPage

    topic, _speakers = topic_and_speakers
    pack = BriefingPackPageFactory(parent=topic, slug="pack")
    add_pack_sections(pack)
    pack.save_revision().publish(skip_permission_checks=True)
    varnish.purged.clear()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        briefing.make_public(BriefingPackPage.objects.get(pk=pack.pk), None)
    assert not varnish.purged  # nothing before the commit: the cache would refetch the old
    for callback in callbacks:
        callback()
    assert feed_paths(topic) <= {path for _host, path in varnish.purged}


def test_recommendation_and_progress_changes_purge_the_topics_feeds(
    varnish, topic_and_speakers, django_capture_on_commit_callbacks
):
    from tests.translation import translate
    from transparency.factories import (
        RecommendationFactory,
        RecommendationProgressUpdateFactory,
    )

    topic, _speakers = topic_and_speakers
    welsh_topic = translate(topic, "cy", {})
    with django_capture_on_commit_callbacks(execute=True):
        recommendation = RecommendationFactory(topic=topic)
    purged_paths = {path for _host, path in varnish.purged}
    assert feed_paths(topic) | feed_paths(welsh_topic) | {topic.url} <= purged_paths

    varnish.purged.clear()
    with django_capture_on_commit_callbacks(execute=True):
        RecommendationProgressUpdateFactory(recommendation=recommendation)
    assert feed_paths(topic) <= {path for _host, path in varnish.purged}

    varnish.purged.clear()
    with django_capture_on_commit_callbacks(execute=True):
        recommendation.delete()
    assert feed_paths(topic) <= {path for _host, path in varnish.purged}


def test_moving_a_topic_purges_its_feeds_at_the_old_address(varnish, topic_and_speakers, home_page):
    from deliberations.factories import DeliberationIndexPageFactory

    topic, _speakers = topic_and_speakers
    old_feeds = feed_paths(topic)
    topic.move(DeliberationIndexPageFactory(parent=home_page, slug="assemblies"), "last-child")
    topic.refresh_from_db()
    purged_paths = {path for _host, path in varnish.purged}
    assert old_feeds | feed_paths(topic) <= purged_paths


def test_publishing_a_topic_purges_its_session_and_oversight_pages(varnish, topic_and_speakers):
    topic, _speakers = topic_and_speakers
    varnish.purged.clear()
    topic.save_revision().publish()
    purged_paths = {path for _host, path in varnish.purged}
    sessions = [f"{topic.url}sessions/{pk}/" for pk in topic.sessions.values_list("pk", flat=True)]
    assert {topic.url, f"{topic.url}oversight-panel/", *sessions} <= purged_paths
    assert f"/cy{topic.url}oversight-panel/" in purged_paths


def test_a_review_decision_and_a_roster_change_purge_the_topic(varnish, topic_and_speakers):
    from deliberations import jurors
    from deliberations.factories import BriefingPackPageFactory, add_pack_sections
    from deliberations.models import BriefingPackPage, Jury

    topic, _speakers = topic_and_speakers
    pack = BriefingPackPageFactory(parent=topic, slug="pack", live=False)
    add_pack_sections(pack)
    pack = BriefingPackPage.objects.get(pk=pack.pk)
    pack.save_revision()
    state = pack.get_workflow().start(pack, None)
    varnish.purged.clear()
    state.current_task_state.task.specific.on_action(state.current_task_state, None, "reject")
    assert f"{topic.url}oversight-panel/" in {path for _host, path in varnish.purged}

    varnish.purged.clear()
    juror = jurors.invite_juror(Jury.for_topic(topic), "ann@example.org", "Ann Example")
    juror.listed_publicly, juror.public_first_name, juror.area = True, "Ann", "Riverside"
    juror.save()
    assert topic.url in {path for _host, path in varnish.purged}
