"""The briefing pack's PDF: a tagged PDF/UA-1 built after each publication, stored
privately, served to those who may read the pack, and never holding what moderators
removed or residents did not agree to publish."""

import io
import re
import shutil
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader

from consultations import moderation
from consultations.factories import ConsultationPageFactory
from consultations.models import Answer, ConsultationPage, Submission, SubmissionStatus
from deliberations.briefing import publish_version
from deliberations.factories import (
    BriefingPackPageFactory,
    DeliberationTopicSessionFactory,
    EvidencePageFactory,
    GlossaryTermFactory,
    SpeakerPageFactory,
    add_pack_sections,
)
from deliberations.models import BriefingPackVersion
from deliberations.pdf import (
    _local_only_fetcher_class,
    build_version_pdf,
    css_content,
    render_html,
)

pytestmark = pytest.mark.django_db

EVIDENCE_TITLES = ["Bus use since 2019", "Air quality on Market Street", "Parking income"]
ORIGINAL_TEXT = "Late buses please. Ring me on 07700 900123, I live at 12 Elm Road."
REDACTED_TEXT = "Late buses please. [personal details removed]"
NAMED_RESIDENT = "Priya Shah"
ANONYMOUS_RESIDENT = "Dominic Quarrington"
EMAILS = ["priya.shah@example.org", "d.quarrington@example.org"]


def add_response(consultation, *, consent, display_name, email, text):
    """An approved response whose long answer a moderator quoted for the jury."""
    questions, _about_you = consultation.parsed_questions
    long_text = next(question for question in questions if question.kind == "long_text")
    submission = Submission.objects.create(
        consultation=consultation,
        reference=uuid.uuid4().hex[:10].upper(),
        idempotency_token=uuid.uuid4(),
        status=SubmissionStatus.PENDING,
        publication_consent=consent,
        display_name=display_name,
        email=email,
    )
    answer = Answer.objects.create(
        submission=submission, question_key=long_text.key, text=text, quoted_for_jury=True
    )
    moderation.approve(submission, user=None)
    return answer


@pytest.fixture
def pack(topic_page):
    """A pack with three evidence pages (with notes), two speakers, two glossary terms
    and a consultation digest quoting a redacted answer and an anonymous resident."""
    session = DeliberationTopicSessionFactory(topic=topic_page, title="Session 2")
    evidence = [
        EvidencePageFactory(parent=topic_page, title=title, slug=f"evidence-{n}")
        for n, title in enumerate(EVIDENCE_TITLES)
    ]
    speakers = [SpeakerPageFactory(parent=topic_page) for _ in range(2)]
    terms = [
        GlossaryTermFactory(topic=topic_page, term="Modal shift"),
        GlossaryTermFactory(topic=topic_page, term="Bus gate"),
    ]
    consultation = ConsultationPage.objects.get(
        pk=ConsultationPageFactory(parent=topic_page, slug="have-your-say").pk
    )
    named = add_response(
        consultation,
        consent="full",
        display_name=NAMED_RESIDENT,
        email=EMAILS[0],
        text=ORIGINAL_TEXT,
    )
    moderation.redact(named, user=None, redacted_text=REDACTED_TEXT)
    add_response(
        consultation,
        consent="anonymous",
        display_name=ANONYMOUS_RESIDENT,
        email=EMAILS[1],
        text="Wider pavements on Market Street.",
    )
    page = BriefingPackPageFactory(parent=topic_page, title="Before session 2", session=session)
    add_pack_sections(
        page,
        evidence=evidence,
        speakers=speakers,
        terms=terms,
        consultation=consultation,
        notes={evidence[0]: "Read this one first."},
    )
    return page


@pytest.fixture
def publish(django_capture_on_commit_callbacks):
    """Publish a version as the workflow does; its PDF task runs (eagerly) on commit."""

    def run(pack):
        with django_capture_on_commit_callbacks(execute=True):
            version = publish_version(pack)
        version.refresh_from_db()
        return version

    return run


def pdf_text(version):
    with version.pdf.open("rb") as file:
        reader = PdfReader(io.BytesIO(file.read()))
    return reader, [page.extract_text() for page in reader.pages]


def flat(text):
    return re.sub(r"\s+", " ", text)


def test_publishing_builds_a_tagged_pdf_with_contents_and_footer(pack, publish):
    version = publish(pack)

    assert version.pdf.name.startswith(f"packs/{pack.pk}/v1-")
    assert version.pdf_built_at is not None and version.pdf_error == ""
    reader, pages = pdf_text(version)
    text = flat(" ".join(pages))
    positions = [text.find(title) for title in EVIDENCE_TITLES]
    assert -1 not in positions and positions == sorted(positions)
    assert "Read this one first." in text
    assert "Modal shift" in text and "What residents told us" in text
    assert re.search(r"Read this before Session 2 on \d+ \w+ \d{4}\.", text)

    contents = flat(next(page for page in pages if "Contents" in page))
    for heading in ["The evidence", "Who you will hear from", "What residents told us"]:
        number = re.search(re.escape(heading) + r" ?\.+ ?(\d+)", contents)
        assert number, contents  # a leader, then the page the section starts on
        assert flat(pages[int(number[1]) - 1]).startswith(heading)
    total = len(reader.pages)
    for number, page in enumerate(pages[1:], start=2):
        assert f"Page {number} of {total}" in flat(page)
        assert "Version 1, published" in flat(page)

    catalogue = reader.trailer["/Root"]
    assert catalogue["/MarkInfo"]["/Marked"].value is True
    assert "/StructTreeRoot" in catalogue
    assert catalogue["/Lang"] == version.language == "en-gb"
    assert reader.metadata.title == "Before session 2"


def test_pack_html_and_pdf_hold_no_redacted_text_or_personal_data(pack, publish, admin_client):
    version = publish(pack)
    html = render_html(
        version.content,
        version_number=version.number,
        published_at=version.published_at,
        language=version.language,
    )
    online = admin_client.get(pack.url + "all/").content.decode()
    _reader, pages = pdf_text(version)
    text = flat(" ".join(pages))

    assert REDACTED_TEXT in text and NAMED_RESIDENT in text  # consented to their name
    assert REDACTED_TEXT in html and REDACTED_TEXT in online
    assert "<svg" in html and "app-chart__bar" in html  # the digest's bar charts
    for document in (html, online, text):
        assert "07700 900123" not in document and "Elm Road" not in document
        assert ANONYMOUS_RESIDENT not in document
        for email in EMAILS:
            assert email not in document


def test_a_new_version_gets_its_own_pdf_and_the_old_one_is_kept(pack, publish):
    first = publish(pack)
    with first.pdf.open("rb") as file:
        first_bytes = file.read()

    pack.title = "Before session 2 (corrected)"
    pack.save()
    second = publish(pack)

    assert second.number == 2 and second.pdf and second.pdf.name != first.pdf.name
    first.refresh_from_db()
    with first.pdf.open("rb") as file:
        assert file.read() == first_bytes
    assert "Version 2, published" in pdf_text(second)[1][1]
    assert build_version_pdf(second.pk) is False  # idempotent: already built


def test_a_failed_build_is_recorded_and_the_pack_is_still_readable(pack, publish, admin_client):
    storage = BriefingPackVersion._meta.get_field("pdf").storage
    blocker = Path(storage.path(f"packs/{pack.pk}"))
    if blocker.is_dir():
        shutil.rmtree(blocker)
    blocker.parent.mkdir(parents=True, exist_ok=True)
    blocker.write_text("A file where the pack's folder should be.")
    try:
        version = publish(pack)  # does not raise into the publisher
    finally:
        blocker.unlink()

    assert not version.pdf and version.pdf_error
    assert admin_client.get(pack.url).status_code == 200
    assert admin_client.get(pack.url + "all/").status_code == 200
    response = admin_client.get(pack.url + "pdf/")
    assert response.status_code == 404
    assert "The PDF is not ready yet" in response.content.decode()

    assert build_version_pdf(version.pk) is True  # as `manage.py build_pack_pdfs` does
    version.refresh_from_db()
    assert version.pdf and version.pdf_error == ""


def test_pdf_view_serves_the_latest_version_privately(pack, publish, admin_client, client):
    publish(pack)
    pack.save()
    latest = publish(pack)

    response = admin_client.get(pack.url + "pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert f"{pack.slug}-v2.pdf" in response["Content-Disposition"]
    body = b"".join(response.streaming_content)
    with latest.pdf.open("rb") as file:
        assert body == file.read()

    assert admin_client.get(pack.url + "versions/1/pdf/").status_code == 200
    client.logout()
    anonymous = client.get(pack.url + "pdf/")
    assert anonymous.status_code == 403
    assert not anonymous.has_header("Content-Disposition")


def test_build_pack_pdfs_command_builds_what_is_missing(pack, publish):
    from django.core.management import call_command

    with_pdf = publish(pack)
    without = BriefingPackVersion.objects.create(pack=pack, number=2, content=with_pdf.content)
    out = io.StringIO()
    call_command("build_pack_pdfs", stdout=out)

    without.refresh_from_db()
    assert without.pdf and "1 built" in out.getvalue()


def test_footer_text_keeps_the_translators_word_order():
    assert css_content("Seite %(page)s von %(pages)s", page="P", pages="N") == (
        '"Seite " P " von " N'
    )
    assert css_content("%(pages)s中の%(page)s", page="P", pages="N") == 'N "中の" P'


def test_rendering_never_fetches_remote_or_private_files(settings, tmp_path):
    settings.STATIC_ROOT = str(tmp_path)
    (tmp_path / "logo.png").write_bytes(b"not really a PNG")
    fetcher = _local_only_fetcher_class()()

    for url in [
        "https://tracker.example.com/pixel.png",
        "http://localhost/admin/",
        "file:///etc/passwd",
        f"file://{tmp_path}/../secret.txt",
    ]:
        with pytest.raises(ValueError, match="Not fetched"):
            fetcher.fetch(url)
    assert fetcher.fetch("http://localhost/static/logo.png").read() == b"not really a PNG"
    assert fetcher.fetch("data:text/plain,hello").read() == b"hello"
