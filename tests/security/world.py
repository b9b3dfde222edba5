"""A small world for the security tests: two topics with a jury each, private packs with
an attached document and a PDF, a public pack, a draft page, an open consultation with
two residents' responses, and one account per role.

Every private thing carries a marker (`Markers`): a role that may not see the thing must
never find its marker in any response, whatever the URL.
"""

import dataclasses
import uuid

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import signing
from django.core.files.base import ContentFile
from wagtail.images import get_image_model
from wagtail_factories import DocumentFactory, ImageFactory

from consultations import moderation
from consultations.factories import ConsultationPageFactory
from consultations.forms import ResponseForm
from consultations.models import ConsultationPage
from consultations.services import record_submission
from consultations.views import CONFIRMATION_SALT
from deliberations import briefing, jurors
from deliberations.factories import (
    BriefingPackPageFactory,
    DeliberationTopicPageFactory,
    DeliberationTopicSessionFactory,
    EvidencePageFactory,
    SpeakerPageFactory,
    UpdatePageFactory,
    add_pack_sections,
)
from deliberations.models import BriefingPackPage, Jury, SectionKind
from home.factories import StandardPageFactory
from tests.consultations.conftest import questions_by_kind, valid_answers

ROLES = (
    "anonymous",
    "resident",
    "juror_a",
    "juror_b",
    "editor",
    "moderator",
    "oversight",
    "administrator",
)
# The staff role groups (home.users / the roles migration) behind each staff role.
STAFF_GROUPS = {
    "editor": "Communications team",
    "moderator": "Moderators",
    "oversight": "Oversight panel",
    "administrator": "Administrators",
}


class Markers:
    """Strings that exist only inside one private resource."""

    PACK_A = "PACKA7Q-INTRO"
    PACK_A_DOC = "PACKA7Q-DOCUMENT"
    PACK_A_PDF = "PACKA7Q-PDFBYTES"
    PACK_B = "PACKB3Z-INTRO"
    DRAFT = "DRAFT9K-UNPUBLISHED"
    EMAIL = "ann.k4t@example.org"
    NAME = "Ann K4tresident"
    OTHER_EMAIL = "bob.x8w@example.org"
    QUOTE_REDACTED = "07700 900K4T"


# What each role may never see, wherever it looks. References of responses are added
# per world (they are random).
FORBIDDEN = {
    "anonymous": {"PACK_A", "PACK_A_DOC", "PACK_A_PDF", "PACK_B", "DRAFT", "PERSONAL"},
    "resident": {"PACK_A", "PACK_A_DOC", "PACK_A_PDF", "PACK_B", "DRAFT", "PERSONAL"},
    "juror_a": {"PACK_B", "DRAFT", "PERSONAL", "REFERENCES"},
    "juror_b": {"PACK_A", "PACK_A_DOC", "PACK_A_PDF", "DRAFT", "PERSONAL", "REFERENCES"},
    "editor": {"PERSONAL"},
    "moderator": {"PACK_A", "PACK_A_DOC", "PACK_A_PDF", "PACK_B", "DRAFT"},
    "oversight": {"DRAFT", "PERSONAL", "REFERENCES"},
    "administrator": {"PERSONAL"},
}


@dataclasses.dataclass
class World:
    home: object
    topic_a: object
    topic_b: object
    session: object
    evidence: object
    speaker: object
    update: object
    standard: object
    draft: object
    consultation: ConsultationPage
    pack_a: BriefingPackPage
    pack_b: BriefingPackPage
    public_pack: BriefingPackPage
    jury_a: Jury
    jury_b: Jury
    pack_a_document: object
    public_document: object
    image: object
    submission: object
    other_submission: object
    users: dict
    juror_a: object
    juror_b: object
    sign_in_token: str

    @property
    def confirmation_url(self) -> str:
        """What the resident was sent to after responding: their own confirmation."""
        signed = signing.dumps(self.submission.reference, salt=CONFIRMATION_SALT)
        return f"{self.consultation.url}confirmation/?reference={signed}"

    def forbidden_strings(self, role: str) -> dict[str, str]:
        """Marker name -> string, for everything `role` may never see."""
        groups = FORBIDDEN[role]
        found = {}
        for name in groups - {"PERSONAL", "REFERENCES"}:
            found[name] = getattr(Markers, name)
        if "PERSONAL" in groups:
            for name in ("EMAIL", "NAME", "OTHER_EMAIL", "QUOTE_REDACTED"):
                found[name] = getattr(Markers, name)
        if "REFERENCES" in groups or role in ("anonymous", "resident"):
            found["OTHER_REFERENCE"] = self.other_submission.reference
        if "REFERENCES" in groups:
            found["REFERENCE"] = self.submission.reference
        return found


def _private_pack(topic, title, marker, slug):
    pack = BriefingPackPageFactory(
        parent=topic, title=title, slug=slug, introduction=f"<p>{marker}: read this first.</p>"
    )
    add_pack_sections(pack, evidence=[EvidencePageFactory(parent=topic, title=f"{title} evidence")])
    return BriefingPackPage.objects.get(pk=pack.pk)


def _respond(consultation, **overrides):
    form = ResponseForm(
        *consultation.parsed_questions, data=valid_answers(consultation, **overrides)
    )
    assert form.is_valid(), form.errors
    return record_submission(consultation, form).submission


def build_world(home_page, index_page) -> World:
    """Everything the matrix and the hostile-input tests need, built in one go."""
    topic_a = DeliberationTopicPageFactory(parent=index_page, slug="congestion", title="Congestion")
    topic_b = DeliberationTopicPageFactory(parent=index_page, slug="housing", title="Housing")
    jury_a, jury_b = Jury.for_topic(topic_a), Jury.for_topic(topic_b)
    session = DeliberationTopicSessionFactory(topic=topic_a, title="Session 1")
    evidence = EvidencePageFactory(parent=topic_a, slug="bus-data", title="Bus data")
    speaker = SpeakerPageFactory(parent=topic_a, slug="dr-okafor", title="Dr Okafor")
    update = UpdatePageFactory(parent=topic_a, slug="jury-met", title="The jury met")
    standard = StandardPageFactory(parent=home_page, slug="about", title="About")
    draft = StandardPageFactory(
        parent=home_page, slug="draft", title=f"Plan {Markers.DRAFT}", live=False
    )
    draft.save_revision()

    consultation = ConsultationPage.objects.get(
        pk=ConsultationPageFactory(parent=topic_a, slug="have-your-say").pk
    )
    long_text = questions_by_kind(consultation)["long_text"].field_name
    submission = _respond(
        consultation,
        email=Markers.EMAIL,
        publication_consent="full",
        display_name=Markers.NAME,
        **{long_text: f"Buses are late. Call me on {Markers.QUOTE_REDACTED}."},
    )
    other_submission = _respond(consultation, email=Markers.OTHER_EMAIL, token=str(uuid.uuid4()))

    pack_a = _private_pack(topic_a, "Congestion pack", Markers.PACK_A, "pack-a")
    pack_a_document = DocumentFactory(
        collection=jury_a.collection,
        title="Options appraisal",
        file=ContentFile(f"{Markers.PACK_A_DOC}\n".encode(), name="appraisal.txt"),
    )
    evidence_section = pack_a.sections.get(kind=SectionKind.EVIDENCE)
    evidence_section.items.append(
        ("document", {"document": pack_a_document, "title": "", "note": ""})
    )
    evidence_section.save()
    pack_b = _private_pack(topic_b, "Housing pack", Markers.PACK_B, "pack-b")
    public_pack = _private_pack(topic_a, "Earlier pack", "Public introduction", "earlier-pack")
    for pack in (pack_a, pack_b, public_pack):
        pack.save_revision().publish(skip_permission_checks=True)  # as the approval does
    briefing.make_public(BriefingPackPage.objects.get(pk=public_pack.pk), None)
    version = pack_a.versions.get()
    pdf = ContentFile(f"%PDF-1.4\n% {Markers.PACK_A_PDF}\n".encode())
    version.pdf.save("pack-a.pdf", pdf, save=False)
    version.save(update_fields=["pdf"])

    public_document = DocumentFactory(
        title="Annual report", file=ContentFile(b"Public report\n", name="report.txt")
    )
    image = ImageFactory(title="Town centre")
    image = get_image_model().objects.get(pk=image.pk)

    User = get_user_model()
    users = {}
    for role, group in STAFF_GROUPS.items():
        user = User.objects.create_user(
            username=f"sec-{role}", email=f"{role}@staff.example.org", password="a-long-pass-1!"
        )
        user.groups.add(Group.objects.get(name=group))
        users[role] = user
    juror_a = jurors.invite_juror(jury_a, "juror.a@example.org", "Juror A")
    juror_b = jurors.invite_juror(jury_b, "juror.b@example.org", "Juror B")
    users["juror_a"], users["juror_b"] = juror_a.user, juror_b.user
    # What a resident asked to have removed: only moderators see the original text.
    answer = submission.answers.get(text__contains=Markers.QUOTE_REDACTED)
    moderation.redact(answer, users["moderator"], "Buses are late. [phone number removed]")
    link = jurors.issue_sign_in_link(juror_a)
    sign_in_token = link.rstrip("/").rsplit("/", 1)[1]

    return World(
        home=home_page,
        topic_a=topic_a,
        topic_b=topic_b,
        session=session,
        evidence=evidence,
        speaker=speaker,
        update=update,
        standard=standard,
        draft=draft,
        consultation=consultation,
        pack_a=BriefingPackPage.objects.get(pk=pack_a.pk),
        pack_b=BriefingPackPage.objects.get(pk=pack_b.pk),
        public_pack=BriefingPackPage.objects.get(pk=public_pack.pk),
        jury_a=jury_a,
        jury_b=jury_b,
        pack_a_document=pack_a_document,
        public_document=public_document,
        image=image,
        submission=submission,
        other_submission=other_submission,
        users=users,
        juror_a=juror_a,
        juror_b=juror_b,
        sign_in_token=sign_in_token,
    )
