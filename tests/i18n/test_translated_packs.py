"""Sessions and briefing-pack sections are translated with their page through
wagtail-localize, and a translated pack, its pages and its PDF are in the reader's
language, right to left for Urdu."""

import io

import pytest
from pypdf import PdfReader

from deliberations.briefing import build_snapshot
from deliberations.factories import (
    BriefingPackPageFactory,
    DeliberationTopicSessionFactory,
    EvidencePageFactory,
    SpeakerPageFactory,
    add_pack_sections,
)
from deliberations.models import DeliberationTopicSession
from deliberations.pdf import build_version_pdf
from tests.pdf_text import pdf_text
from tests.translation import translate

pytestmark = pytest.mark.django_db

SESSION = "Session 1: hearing from bus operators"
WELSH_SESSION = "Sesiwn 1: clywed gan weithredwyr bysiau"
URDU = {
    "Pack for session one": "پہلے اجلاس کے لیے بریفنگ پیک",
    "The evidence": "ثبوت",
    "Bus data": "بسوں کے اعداد و شمار",
}


@pytest.fixture
def session(topic_page):
    return DeliberationTopicSessionFactory(topic=topic_page, title=SESSION)


def test_sessions_are_translated_with_their_topic(topic_page, session, client):
    welsh_topic = translate(topic_page, "cy", {SESSION: WELSH_SESSION})

    welsh_session = welsh_topic.sessions.get()
    assert welsh_session.title == WELSH_SESSION
    assert welsh_session.locale.language_code == "cy"
    assert welsh_session.translation_key == session.translation_key
    assert DeliberationTopicSession.objects.get(pk=session.pk).title == SESSION
    html = client.get(welsh_topic.url).content.decode()
    assert WELSH_SESSION in html and SESSION not in html


def test_a_translated_speaker_lists_the_sessions_in_its_language(topic_page, session, client):
    speaker = SpeakerPageFactory(parent=topic_page, title="Ada Okafor")
    speaker.sessions.set([session])
    speaker.save_revision().publish()
    translate(topic_page, "cy", {SESSION: WELSH_SESSION})
    welsh_speaker = translate(speaker, "cy", {})

    html = client.get(welsh_speaker.url).content.decode()
    assert WELSH_SESSION in html and SESSION not in html
    assert SESSION in client.get(speaker.url).content.decode()


@pytest.fixture
def urdu_pack(topic_page, session):
    bus_data = EvidencePageFactory(parent=topic_page, title="Bus data")
    parking = EvidencePageFactory(parent=topic_page, title="Parking income")
    pack = BriefingPackPageFactory(parent=topic_page, title="Pack for session one", session=session)
    add_pack_sections(pack, evidence=[bus_data, parking])
    translate(topic_page, "ur", {})
    urdu_bus_data = translate(bus_data, "ur", URDU)
    return translate(pack, "ur", URDU), urdu_bus_data


def test_a_translated_pack_shows_its_sections_and_pages_in_its_language(urdu_pack):
    pack, urdu_bus_data = urdu_pack
    section = pack.sections.get(kind="evidence")
    assert section.heading == "ثبوت" and section.locale.language_code == "ur"
    assert pack.session.locale.language_code == "ur"  # the Urdu topic's own session

    snapshot = build_snapshot(pack)
    assert snapshot["title"] == URDU["Pack for session one"]
    evidence = snapshot["sections"][0]
    assert evidence["heading"] == "ثبوت"
    # The translated evidence page in Urdu; the one not translated yet in English.
    assert [(item["title"], item["url"]) for item in evidence["items"]] == [
        (URDU["Bus data"], urdu_bus_data.url),
        ("Parking income", evidence["items"][1]["url"]),
    ]
    assert urdu_bus_data.url.startswith("/ur/")
    assert not evidence["items"][1]["url"].startswith("/ur/")


def test_an_urdu_packs_pdf_holds_its_urdu_text_right_to_left(urdu_pack, caplog):
    """`pdf_text` reverses right-to-left runs as drawn: Urdu drawn left to right would
    read backwards here."""
    pack, _bus_data = urdu_pack
    version = pack.versions.get()
    assert version.language == "ur"
    with caplog.at_level("WARNING", logger="weasyprint"):
        assert build_version_pdf(version.pk) is True
    # Every letter had a glyph (DejaVu alone has no ے or ہ): no empty boxes on paper.
    assert not [record for record in caplog.records if ".notdef" in record.getMessage()]
    version.refresh_from_db()
    with version.pdf.open("rb") as file:
        pdf = file.read()

    text = pdf_text(pdf)
    for urdu in URDU.values():
        assert urdu in text
    catalogue = PdfReader(io.BytesIO(pdf)).trailer["/Root"]
    assert catalogue["/Lang"] == "ur"
    assert "/StructTreeRoot" in catalogue


def test_a_translated_pack_reaches_the_jury_only_through_the_panels_review(
    topic_page, session, user_in_group, client
):
    """The translation editor cannot publish a pack and offers no workflow; the pack's
    header offers "Submit translation for review", and the panel's approval publishes it."""
    from django.urls import reverse
    from wagtail.models import WorkflowState

    from home.translating import translate as translate_draft

    pack = BriefingPackPageFactory(parent=topic_page, title="Pack for session one")
    add_pack_sections(pack, evidence=[EvidencePageFactory(parent=topic_page, title="Bus data")])
    translate(topic_page, "ur", {})
    urdu = translate_draft(pack, "ur", URDU)
    assert not urdu.live and urdu.has_unpublished_changes
    submit_url = reverse("deliberations_submit_translated_pack", args=[urdu.pk])

    moderator = user_in_group("Moderators")  # reviews responses, not pages
    client.force_login(moderator)
    client.post(submit_url)  # refused (the admin turns the 403 into a redirect and a message)
    assert not WorkflowState.objects.for_instance(urdu).exists()

    editor = user_in_group("Communications team")
    client.force_login(editor)
    header = client.get(reverse("wagtailadmin_pages:edit", args=[pack.pk]))
    assert submit_url not in header.content.decode()  # the English pack: the usual way
    listing = client.get(reverse("wagtailadmin_explore", args=[urdu.get_parent().pk])).content
    assert submit_url.encode() in listing
    assert client.get(submit_url).status_code == 200
    assert client.post(submit_url).status_code == 302
    urdu.refresh_from_db()
    state = WorkflowState.objects.for_instance(urdu).get()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS and not urdu.live
    client.post(submit_url)  # already in review: refused
    assert WorkflowState.objects.for_instance(urdu).count() == 1

    reviewer = user_in_group("Oversight panel")
    client.force_login(reviewer)
    client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[urdu.pk, "approve", state.current_task_state.pk],
        ),
        {"comment": "منظور"},
    )
    urdu.refresh_from_db()
    assert urdu.live
    version = urdu.versions.get()
    assert version.language == "ur" and version.published_by == reviewer
    assert version.content["title"] == URDU["Pack for session one"]


def test_the_jurors_page_offers_each_pack_in_their_language(urdu_pack, topic_page, client):
    from deliberations import jurors
    from deliberations.models import Jury

    pack, _bus_data = urdu_pack
    juror = jurors.invite_juror(Jury.for_topic(topic_page), "ann@example.org", "Ann")
    client.force_login(juror.user)

    urdu_home = client.get("/ur/jurors/").content.decode()
    assert f'href="{pack.url}"' in urdu_home and URDU["Pack for session one"] in urdu_home
    assert pack.url not in client.get("/jurors/").content.decode()
