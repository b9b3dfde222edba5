"""Jury sessions (agenda, speakers, recording, transcript; private deliberations), the
public roster of jurors, and the oversight panel page of a topic."""

import datetime
import json

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail_factories import DocumentFactory

from deliberations import briefing, jurors
from deliberations.factories import (
    BriefingPackPageFactory,
    DeliberationTopicPageFactory,
    DeliberationTopicSessionFactory,
    SpeakerPageFactory,
    add_pack_sections,
    topic_with_evidence,
)
from deliberations.models import BriefingPackPage, DeliberationTopicSession, Jury
from home.factories import fill_site_settings
from tests.deliberations.test_query_counts import count_queries
from tests.translation import translate
from transparency.checklist import topic_checklist
from transparency.models import TopicOversightMember, TopicOversightMinutes

pytestmark = pytest.mark.django_db

TRANSCRIPT = "Facilitator: the zebracrossing figures come from the 2025 survey."
PRIVATE_TRANSCRIPT = "Juror: I think QUIETVOTE7 should win in private."
PRIVATE_RECORDING = "https://www.youtube.com/watch?v=PRIVATE7REC"
RECORDING = "https://www.youtube.com/watch?v=PUBLIC4REC"
PAST = datetime.date(2026, 1, 10)


def public_session(topic, **fields):
    return DeliberationTopicSessionFactory(
        topic=topic,
        title="Session 1: the evidence",
        date=PAST,
        agenda="<ul><li>10:00 Welcome</li><li>10:30 The bus operators</li></ul>",
        recording_url=RECORDING,
        transcript=TRANSCRIPT,
        **fields,
    )


def private_session(topic):
    """A private deliberation whose record was forced into the database (bypassing
    `clean`): every public view must still show none of it."""
    session = DeliberationTopicSessionFactory(
        topic=topic,
        title="Session 2: deliberation",
        date=PAST + datetime.timedelta(days=14),
        agenda="<p>Small groups, in private.</p>",
        is_private=True,
    )
    DeliberationTopicSession.objects.filter(pk=session.pk).update(
        recording_url=PRIVATE_RECORDING, transcript=PRIVATE_TRANSCRIPT
    )
    session.refresh_from_db()
    return session


def publish(topic):
    topic.save_revision().publish()
    return type(topic).objects.get(pk=topic.pk)


@pytest.fixture
def sessions(topic_page):
    speaker = SpeakerPageFactory(parent=topic_page, title="Dr Ada Okafor", slug="okafor")
    other = SpeakerPageFactory(parent=topic_page, title="Ben Other", slug="other")
    held, deliberation = public_session(topic_page), private_session(topic_page)
    speaker.sessions.set([held])
    speaker.save_revision().publish()
    other.sessions.set([deliberation])
    other.save_revision().publish()
    publish(topic_page)
    return held, deliberation


def session_url(topic, session):
    return f"{topic.url}sessions/{session.pk}/"


# Sessions -----------------------------------------------------------------------------------


def test_session_page_shows_agenda_speakers_recording_and_transcript(client, topic_page, sessions):
    held, _private = sessions
    html = client.get(session_url(topic_page, held)).content.decode()
    assert "10:30 The bus operators" in html
    assert "Dr Ada Okafor" in html and "Ben Other" not in html
    assert TRANSCRIPT in html
    # No network here: the embed cannot be fetched, so the page links to the recording.
    assert f'href="{RECORDING}"' in html


def test_a_stored_embed_is_shown_as_the_player(client, topic_page, sessions):
    held, _private = sessions
    Embed.objects.create(
        hash=get_embed_hash(RECORDING, None, None),
        url=RECORDING,
        html='<iframe title="Session 1" src="https://www.youtube-nocookie.com/embed/x"></iframe>',
        type="video",
        provider_name="YouTube",
    )
    html = client.get(session_url(topic_page, held)).content.decode()
    assert 'src="https://www.youtube-nocookie.com/embed/x"' in html


def test_private_session_refuses_a_recording_or_transcript():
    session = DeliberationTopicSession(
        title="Deliberation", date=PAST, is_private=True, recording_url=RECORDING, transcript="x"
    )
    with pytest.raises(ValidationError) as error:
        session.clean()
    assert set(error.value.message_dict) == {"recording_url", "transcript"}
    assert "not recorded" in str(error.value)
    session.recording_url = session.transcript = ""
    session.clean()


def test_private_session_exposes_no_stream_or_transcript_anywhere(client, topic_page, sessions):
    held, deliberation = sessions
    pack = BriefingPackPageFactory(parent=topic_page, slug="pack", session=deliberation)
    add_pack_sections(pack)
    pack = BriefingPackPage.objects.get(pk=pack.pk)
    pack.save_revision().publish(skip_permission_checks=True)
    briefing.make_public(BriefingPackPage.objects.get(pk=pack.pk), None)
    urls = [
        topic_page.url,
        session_url(topic_page, deliberation),
        session_url(topic_page, held),
        topic_page.url + "okafor/",
        topic_page.url + "other/",
        topic_page.url + "oversight-panel/",
        f"/transparency/{topic_page.pk}/",
        f"/transparency/{topic_page.pk}.json",
        f"/transparency/{topic_page.pk}.csv",
        "/search/?q=think+should+win",  # words of the private transcript
        "/search/?q=deliberation",
        pack.url,
        pack.url + "all/",
        f"/api/v2/pages/{topic_page.pk}/",
        "/api/v2/pages/?type=deliberations.DeliberationTopicPage&fields=*",
        "/api/v2/pages/?search=deliberation",
        topic_page.url + "feed/atom/",
        topic_page.url + "feed/rss/",
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        text = response.content.decode()
        for secret in (PRIVATE_TRANSCRIPT, "QUIETVOTE7", "PRIVATE7REC"):
            assert secret not in text, (url, secret)
    assert "Private deliberation" in client.get(session_url(topic_page, deliberation)).text
    assert client.get("/search/?q=QUIETVOTE7").context["search"].total == 0
    snapshot = json.dumps(pack.versions.get().content)
    assert "QUIETVOTE7" not in snapshot and "PRIVATE7REC" not in snapshot


def test_transcripts_of_public_sessions_are_found_by_the_site_search(client, topic_page, sessions):
    response = client.get("/search/", {"q": "zebracrossing"})
    results = [page for page, _snippet in response.context["results"]]
    assert [page.pk for page in results] == [topic_page.pk]
    html = response.content.decode()
    assert "<mark>zebracrossing</mark>" in html
    held, deliberation = sessions
    assert f'href="{session_url(topic_page, held)}"' in html  # the session it was said at
    assert session_url(topic_page, deliberation) not in html


def test_unknown_sessions_and_other_topics_sessions_are_not_found(client, topic_page, index_page):
    other = DeliberationTopicPageFactory(parent=index_page, slug="other-topic")
    theirs = public_session(other)
    assert client.get(session_url(topic_page, theirs)).status_code == 404
    assert client.get(f"{topic_page.url}sessions/999999/").status_code == 404
    assert client.post(session_url(other, theirs)).status_code == 405


def test_welsh_topic_shows_the_welsh_agenda(client, topic_page, sessions):
    held, _private = sessions
    welsh = translate(
        topic_page,
        "cy",
        {"10:30 The bus operators": "10:30 Y gweithredwyr bysiau", "Congestion": "Tagfeydd"},
    )
    welsh_session = welsh.sessions.get(translation_key=held.translation_key)
    html = client.get(session_url(welsh, welsh_session)).content.decode()
    assert "10:30 Y gweithredwyr bysiau" in html
    assert "Dr Ada Okafor" in html  # speakers of the source session
    assert "Recording" not in html and "All sessions" not in html  # the interface is Welsh


def test_checklist_wants_a_recording_and_transcript_of_every_public_session_held(topic_page):
    held = public_session(topic_page)
    private_session(topic_page)
    DeliberationTopicSessionFactory(  # still to come: no recording yet, and none needed
        topic=topic_page, date=datetime.date.today() + datetime.timedelta(days=30)
    )

    def status(key):
        return {item.key: item.published for item in topic_checklist(topic_page)}[key]

    assert status("recordings")
    assert not status("session_agendas")  # the future session has no agenda yet
    DeliberationTopicSession.objects.filter(pk=held.pk).update(transcript="")
    assert not status("recordings")


def test_topic_routes_are_purged_with_the_topic(topic_page, sessions):
    held, deliberation = sessions
    paths = topic_page.get_cached_paths()
    assert paths[0] == "/" and "/oversight-panel/" in paths
    assert f"/sessions/{held.pk}/" in paths and f"/sessions/{deliberation.pk}/" in paths


# The roster ----------------------------------------------------------------------------------


def test_roster_shows_first_name_and_area_of_consenting_jurors_only(client, topic_page):
    jury = Jury.for_topic(topic_page)
    listed = jurors.invite_juror(jury, "aisha.k7@example.org", "Aisha Kowalczyk7")
    listed.public_first_name, listed.area, listed.listed_publicly = "Aisha", "Castle ward", True
    listed.save()
    unlisted = jurors.invite_juror(jury, "dafydd.q9@example.org", "Dafydd Quarrington9")
    unlisted.public_first_name, unlisted.area = "Dafydd", "Hill Top"
    unlisted.save()

    html = client.get(topic_page.url).content.decode()
    assert "Aisha, Castle ward" in html
    for private in ("Kowalczyk7", "aisha.k7", "Dafydd", "Quarrington9", "Hill Top", "dafydd.q9"):
        assert private not in html, private


def test_listing_a_juror_needs_the_first_name_and_area_they_agreed():
    from deliberations.models import Juror

    with pytest.raises(ValidationError):
        Juror(name="Ann Example", listed_publicly=True, public_first_name="Ann").clean()
    Juror(name="Ann Example", listed_publicly=False).clean()


def test_juror_admin_edits_the_public_listing(admin_client, topic_page):
    juror = jurors.invite_juror(Jury.for_topic(topic_page), "tom.r@example.org", "Tom Rivers")
    url = reverse("juror:edit", args=[juror.pk])
    assert 'name="listed_publicly"' in admin_client.get(url).content.decode()
    response = admin_client.post(
        url,
        {
            "name": "Tom Rivers",
            "public_first_name": "Tom",
            "area": "Riverside",
            "listed_publicly": "on",
        },
    )
    assert response.status_code == 302
    juror.refresh_from_db()
    assert (juror.public_first_name, juror.area, juror.listed_publicly) == (
        "Tom",
        "Riverside",
        True,
    )


# The oversight panel ---------------------------------------------------------------------------


def _review(pack, reviewer, action):
    pack.save_revision()
    state = pack.get_workflow().start(pack, None)
    task_state = state.current_task_state
    task_state.task.specific.on_action(task_state, reviewer, action, comment="SECRETCOMMENT")
    return state


def _reviewer():
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_user(
        username="panel-reviewer", first_name="Rhiannon", last_name="Reviewerlastname"
    )
    user.groups.add(Group.objects.get(name="Oversight panel"))
    return user


def _packs(topic, count):
    packs = []
    for n in range(count):
        pack = BriefingPackPageFactory(
            parent=topic, slug=f"pack-{n}", title=f"Private pack title SECRET{n}", live=False
        )
        add_pack_sections(pack)
        packs.append(BriefingPackPage.objects.get(pk=pack.pk))
    return packs


def test_oversight_page_lists_members_minutes_and_review_decisions(client, topic_page):
    minutes = DocumentFactory(title="Minutes", file=ContentFile(b"minutes", name="minutes.txt"))
    topic_page.oversight_members = [
        TopicOversightMember(name="Prof Ruth Adeyemi", organisation="University", role="chair")
    ]
    topic_page.oversight_minutes = [
        TopicOversightMinutes(meeting_date=datetime.date(2026, 1, 9), document=minutes)
    ]
    topic_page = publish(topic_page)
    reviewer = _reviewer()
    private_pack, public_pack = _packs(topic_page, 2)
    _review(private_pack, reviewer, "reject")
    _review(public_pack, reviewer, "approve")
    briefing.make_public(BriefingPackPage.objects.get(pk=public_pack.pk), None)

    response = client.get(topic_page.url + "oversight-panel/")
    html = response.content.decode()
    assert "Prof Ruth Adeyemi" in html and "Chair" in html and "University" in html
    assert minutes.url in html and "9 January 2026" in html
    assert "Changes requested" in html and "Approved" in html
    assert public_pack.title in html and public_pack.url in html
    for secret in ("SECRET0", "SECRETCOMMENT", "Rhiannon", "Reviewerlastname", "panel-reviewer"):
        assert secret not in html, secret
    found = {item.key: item.published for item in topic_checklist(topic_page)}
    assert found["oversight_members"] and found["oversight_minutes"]


def test_minutes_from_a_jury_collection_are_refused_and_never_listed(client, topic_page):
    jury = Jury.for_topic(topic_page)
    private = DocumentFactory(
        collection=jury.collection, file=ContentFile(b"private", name="jury.txt")
    )
    minutes = TopicOversightMinutes(
        topic=topic_page, meeting_date=datetime.date(2026, 1, 9), document=private
    )
    with pytest.raises(ValidationError):
        minutes.clean()
    minutes.save()
    assert private.url not in client.get(topic_page.url + "oversight-panel/").content.decode()
    assert not {i.key: i.published for i in topic_checklist(topic_page)}["oversight_minutes"]


def test_oversight_page_queries_do_not_grow_with_decisions(client, index_page, home_page):
    fill_site_settings(home_page)
    reviewer = _reviewer()
    counts = []
    for slug, count in (("few", 1), ("many", 6)):
        topic, _speakers = topic_with_evidence(index_page, slug, 5)
        for pack in _packs(topic, count):
            _review(pack, reviewer, "reject")
        counts.append(count_queries(client, topic.url + "oversight-panel/"))
    assert counts == [OVERSIGHT_QUERIES] * 2


def test_session_page_queries_do_not_grow_with_speakers(client, index_page, home_page):
    fill_site_settings(home_page)
    counts = []
    for slug, count in (("five", 5), ("fifty", 50)):
        topic, _speakers = topic_with_evidence(index_page, slug, count)
        session = topic.sessions.first()
        counts.append(count_queries(client, session_url(topic, session)))
    assert counts == [SESSION_QUERIES] * 2


# The page's family (routing, privacy, breadcrumbs, language links), then: members,
# minutes, the topic's packs and their decisions.
OVERSIGHT_QUERIES = 8
# The page's family, then: the session, its speakers (with their photos' renditions).
SESSION_QUERIES = 7


def test_unpublished_oversight_edits_are_not_public(client, topic_page):
    topic_page.oversight_members = [TopicOversightMember(name="Draft Member", role="member")]
    topic_page.save_revision()  # a draft
    html = client.get(topic_page.url + "oversight-panel/").content.decode()
    assert "Draft Member" not in html
