"""Briefing packs: assembled as chosen, the digest true to the submissions and free of
personal data, published only through the oversight panel's review, kept as versions,
and private to the jury and staff until made public."""

import random

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import GroupApprovalTask, PageViewRestriction, WorkflowState
from wagtail_factories import DocumentFactory

from consultations import moderation, services
from consultations.factories import ConsultationPageFactory, ThemeFactory
from consultations.forms import ResponseForm
from consultations.models import ConsultationPage
from deliberations import briefing
from deliberations.factories import (
    BriefingPackPageFactory,
    EvidencePageFactory,
    GlossaryTermFactory,
    SpeakerPageFactory,
    add_pack_sections,
)
from deliberations.models import BriefingPackPage, BriefingPackSection, Jury, SectionKind
from tests.consultations.conftest import questions_by_kind, valid_answers

pytestmark = pytest.mark.django_db


@pytest.fixture
def consultation(topic_page):
    page = ConsultationPageFactory(parent=topic_page, slug="have-your-say")
    return ConsultationPage.objects.get(pk=page.pk)


def respond(consultation, **overrides):
    """Store one response through the real form and service, as the public form does."""
    form = ResponseForm(
        *consultation.parsed_questions, data=valid_answers(consultation, **overrides)
    )
    assert form.is_valid(), form.errors
    return services.record_submission(consultation, form).submission


@pytest.fixture
def pack(topic_page, consultation):
    evidence = [
        EvidencePageFactory(parent=topic_page, title=title)
        for title in ("Bus patronage data", "Parking survey", "Cycling counts")
    ]
    speakers = [SpeakerPageFactory(parent=topic_page, title="Dr Ada Okafor")]
    pack = BriefingPackPageFactory(parent=topic_page, slug="pack", title="Pack for session 2")
    add_pack_sections(
        pack,
        # The editor's order, not the pages' order in the tree.
        evidence=[evidence[2], evidence[0], evidence[1]],
        speakers=speakers,
        terms=[GlossaryTermFactory(term="Modal shift"), GlossaryTermFactory(term="Footfall")],
        consultation=consultation,
        notes={evidence[0]: "Compare with the 2019 figures."},
    )
    return BriefingPackPage.objects.get(pk=pack.pk)


def section(snapshot, kind):
    return next(s for s in snapshot["sections"] if s["kind"] == kind)


def test_pack_lists_evidence_in_the_chosen_order_with_notes(pack, topic_page):
    draft = EvidencePageFactory(parent=topic_page, title="Unpublished draft", live=False)
    evidence_section = pack.sections.get(kind=SectionKind.EVIDENCE)
    evidence_section.items.append(("evidence", {"page": draft, "note": ""}))
    evidence_section.save()

    snapshot = briefing.build_snapshot(pack)
    items = section(snapshot, "evidence")["items"]
    assert [item["title"] for item in items] == [
        "Cycling counts",
        "Bus patronage data",
        "Parking survey",
    ]
    assert items[1]["note"] == "Compare with the 2019 figures."
    assert [item["term"] for item in section(snapshot, "glossary")["items"]] == [
        "Footfall",
        "Modal shift",
    ]
    assert [s["kind"] for s in snapshot["sections"]] == [
        "evidence",
        "speakers",
        "glossary",
        "consultation",
    ]


def test_section_refuses_items_of_another_kind(pack):
    speakers = pack.sections.get(kind=SectionKind.SPEAKERS)
    speakers.items.append(("glossary_term", GlossaryTermFactory()))
    with pytest.raises(Exception, match="cannot list"):
        speakers.clean()
    consultation_section = BriefingPackSection(pack=pack, kind="consultation", heading="X")
    with pytest.raises(Exception, match="Choose the consultation"):
        consultation_section.clean()


def test_digest_numbers_equal_the_approved_submissions(pack, consultation, superuser):
    q = questions_by_kind(consultation)
    options = [key for key, _label in q["single_choice"].options]
    rng = random.Random(4)
    chosen = [rng.choice(options) for _ in range(23)]
    statuses = [rng.choice(["approve", "approve", "reject", "pending"]) for _ in chosen]
    theme = ThemeFactory(topic=pack.get_parent().specific, name="Late buses")
    for n, (option, status) in enumerate(zip(chosen, statuses, strict=True)):
        submission = respond(
            consultation, **{q["single_choice"].field_name: option, "email": f"p{n}@example.org"}
        )
        if status == "approve":
            moderation.approve(submission, superuser)
            if n % 3 == 0:
                submission.themes.add(theme)
        elif status == "reject":
            moderation.reject(submission, superuser, "Off topic")

    digest = section(briefing.build_snapshot(pack), "consultation")["digest"]

    approved = [c for c, s in zip(chosen, statuses, strict=True) if s == "approve"]
    assert digest["received"] == len(chosen)
    assert digest["approved"] == len(approved)
    travel = next(d for d in digest["questions"] if d["key"] == q["single_choice"].key)
    assert travel["respondents"] == len(approved)
    for (key, label), option in zip(q["single_choice"].options, travel["options"], strict=True):
        expected = approved.count(key)
        assert (option["label"], option["count"]) == (label, expected)
        assert option["percent"] == round(100 * expected / len(approved), 1)
    tagged = sum(1 for n, s in enumerate(statuses) if s == "approve" and n % 3 == 0)
    assert digest["themes"] == [{"id": theme.pk, "name": "Late buses", "count": tagged}]


def test_digest_and_pack_show_no_personal_data_or_redacted_text(
    pack, consultation, superuser, client
):
    q = questions_by_kind(consultation)
    long_text = q["long_text"].field_name
    named = respond(
        consultation,
        **{long_text: "My neighbour Jo Bloggs at 4 Elm Road says buses are late."},
        publication_consent="full",
        display_name="Sam Resident",
        email="sam.private@example.org",
    )
    anonymous = respond(
        consultation,
        **{long_text: "Too many cars on Market Street."},
        publication_consent="anonymous",
        display_name="Hidden Person",
        email="hidden@example.org",
    )
    unpublished = respond(
        consultation,
        **{long_text: "Please never print this sentence."},
        publication_consent="none",
        email="none@example.org",
    )
    for submission in (named, anonymous, unpublished):
        moderation.approve(submission, superuser)
    answer = named.answers.get(question_key=q["long_text"].key)
    moderation.redact(answer, superuser, "My neighbour [redacted] says buses are late.")
    moderation.quote_for_jury(answer, superuser, True)
    moderation.quote_for_jury(
        anonymous.answers.get(question_key=q["long_text"].key), superuser, True
    )
    with pytest.raises(Exception, match="did not agree"):
        moderation.quote_for_jury(
            unpublished.answers.get(question_key=q["long_text"].key), superuser, True
        )

    briefing.publish_version(pack)
    client.force_login(superuser)
    html = client.get(pack.url + "all/").content.decode()

    assert "My neighbour [redacted] says buses are late." in html
    assert "Sam Resident" in html  # consented to publication with their name
    assert "Too many cars on Market Street." in html
    for private in (
        "Jo Bloggs",
        "4 Elm Road",
        "sam.private@example.org",
        "hidden@example.org",
        "Hidden Person",
        "Please never print this sentence.",
        "North ward",  # an about-you answer
    ):
        assert private not in html


def test_staff_see_where_themes_and_quotations_came_from(pack, consultation, superuser, client):
    q = questions_by_kind(consultation)
    submission = respond(consultation, publication_consent="anonymous")
    moderation.approve(submission, superuser)
    moderation.quote_for_jury(
        submission.answers.get(question_key=q["long_text"].key), superuser, True
    )
    submission.themes.add(ThemeFactory(topic=pack.get_parent().specific, name="Benches"))
    briefing.publish_version(pack)
    source = reverse("consultation_responses:inspect", args=[submission.pk])

    client.force_login(superuser)
    assert source in client.get(pack.url + "all/").content.decode()

    juror = Jury.for_topic(pack.get_parent())
    reader = _user("juror-reader", juror.group.name)
    client.force_login(reader)
    html = client.get(pack.url + "all/").content.decode()
    assert "Benches" in html and source not in html


def _user(username, *groups):
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_user(username=username, password=None)
    user.groups.add(*Group.objects.filter(name__in=groups))
    return user


# Publishing goes through the oversight panel's review.


def _edit_post_data(pack, **extra):
    """The edit form as the admin posts it, for a pack with no sections changed."""
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

    sections = [
        {
            "id": s.pk,
            "kind": s.kind,
            "heading": s.heading,
            "introduction": s.introduction,
            "items": _streamfield(s.items),
            "consultation": s.consultation_id or "",
            "ORDER": n,
        }
        for n, s in enumerate(pack.sections.all())
    ]
    return nested_form_data(
        {
            "title": pack.title,
            "slug": pack.slug,
            "introduction": rich_text("<p>Read this before the session.</p>"),
            "session": "",
            "change_note": "",
            "sections": inline_formset(sections, initial=len(sections)),
            **extra,
        }
    )


def _streamfield(value):
    from wagtail.test.utils.form_data import streamfield

    items = []
    for child in value:
        raw = child.block.get_prep_value(child.value)
        items.append((child.block_type, raw))
    return streamfield(items)


def test_the_workflow_blocks_publishing_until_the_panel_approves(pack, user_in_group, client):
    pack.unpublish()
    editor = user_in_group("Communications team")
    client.force_login(editor)
    edit_url = reverse("wagtailadmin_pages:edit", args=[pack.pk])

    page = client.get(edit_url).content.decode()
    assert 'name="action-publish"' not in page
    assert 'name="action-submit"' in page

    # A forged publish is refused and publishes nothing.
    response = client.post(edit_url, _edit_post_data(pack, **{"action-publish": "1"}))
    assert response.status_code == 302
    pack.refresh_from_db()
    assert not pack.live and not pack.versions.exists()

    # Submitted for review: still not live.
    client.post(edit_url, _edit_post_data(pack, **{"action-submit": "1"}))
    pack.refresh_from_db()
    assert not pack.live
    state = WorkflowState.objects.for_instance(pack).get()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    task = state.current_task_state.task.specific
    assert isinstance(task, GroupApprovalTask)
    assert list(task.groups.values_list("name", flat=True)) == ["Oversight panel"]

    # An editor cannot approve it; a panel member (who cannot publish pages) can.
    assert not task.user_can_access_editor(pack, editor) or not task.get_actions(pack, editor)
    reviewer = user_in_group("Oversight panel")
    client.force_login(reviewer)
    response = client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[pack.pk, "approve", state.current_task_state.pk],
        ),
        {"comment": "Balanced and complete."},
    )
    assert response.status_code in (200, 302)
    pack.refresh_from_db()
    assert pack.live
    version = pack.versions.get()
    assert version.number == 1 and version.published_by == reviewer


def test_no_person_can_publish_a_pack_revision_directly(pack, user_in_group, superuser):
    """Whatever the path (a translation editor, a script run as someone), a publish made
    by a person is refused; only the workflow's approval publishes."""
    from wagtail.actions.publish_revision import PublishPermissionError

    pack.unpublish()
    revision = pack.save_revision()
    # None: wagtail-localize publishes translations without naming anyone.
    for person in (user_in_group("Communications team"), superuser, None):
        with pytest.raises(PublishPermissionError):
            revision.publish(user=person)
    pack.refresh_from_db()
    assert not pack.live and not pack.versions.exists()


def test_private_pack_pages_are_never_cached(pack, client):
    briefing.publish_version(pack)
    client.force_login(_user("reader", Jury.for_topic(pack.get_parent()).group.name))
    for path in ("", "all/", "versions/"):
        response = client.get(pack.url + path)
        assert response.status_code == 200
        assert "no-store" in response["Cache-Control"]
        assert "private" in response["Cache-Control"]


def test_a_copy_of_a_public_pack_starts_private_to_its_own_jury(pack, topic_page, index_page):
    from deliberations.factories import DeliberationTopicPageFactory

    briefing.publish_version(pack)
    briefing.make_public(pack, None)
    other_topic = DeliberationTopicPageFactory(parent=index_page, slug="other-topic")
    copy = pack.copy(to=other_topic, update_attrs={"slug": "copied-pack"}, keep_live=False)
    copy = BriefingPackPage.objects.get(pk=copy.pk)
    assert copy.made_public_at is None
    copy.save_revision().publish(skip_permission_checks=True)
    restriction = PageViewRestriction.objects.get(page=copy)
    names = set(restriction.groups.values_list("name", flat=True))
    assert Jury.for_topic(other_topic).group.name in names
    assert Jury.for_topic(topic_page).group.name not in names


def test_a_published_pack_cannot_be_deleted(pack, user_in_group):
    editor = user_in_group("Communications team")
    assert pack.permissions_for_user(editor).can_delete()
    briefing.publish_version(pack)
    assert not BriefingPackPage.objects.get(pk=pack.pk).permissions_for_user(editor).can_delete()


def test_bulk_publishing_refuses_packs(pack, user_in_group, client):
    pack.unpublish()
    client.force_login(user_in_group("Communications team"))
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
    response = client.post(f"{url}?id={pack.pk}", {"include_descendants": ""})
    assert response.status_code == 302
    pack.refresh_from_db()
    assert not pack.live and not pack.versions.exists()


def test_publishing_a_new_version_keeps_the_old_one(pack, topic_page, superuser, client):
    first = briefing.publish_version(pack)
    extra = EvidencePageFactory(parent=topic_page, title="Air quality readings")
    evidence_section = pack.sections.get(kind=SectionKind.EVIDENCE)
    evidence_section.items.append(("evidence", {"page": extra, "note": "New this week."}))
    evidence_section.save()
    pack.change_note = "Added the air quality readings."
    pack.save()
    second = briefing.publish_version(pack)

    assert (first.number, second.number) == (1, 2)
    first.refresh_from_db()
    assert "Air quality readings" not in str(first.content)
    with pytest.raises(ValueError):
        first.content = {}
        first.save()

    client.force_login(superuser)
    latest = client.get(pack.url + "all/").content.decode()
    old = client.get(pack.url + "versions/1/").content.decode()
    assert "Air quality readings" in latest
    assert "Air quality readings" not in old and "An older version" in old
    log = client.get(pack.url + "versions/").content.decode()
    assert "The evidence: added Air quality readings." in log
    assert "Added the air quality readings." in log


def test_new_packs_are_private_to_their_jury_and_staff(pack):
    restriction = PageViewRestriction.objects.get(page=pack)
    assert restriction.restriction_type == PageViewRestriction.GROUPS
    names = set(restriction.groups.values_list("name", flat=True))
    assert Jury.for_topic(pack.get_parent()).group.name in names
    assert {"Communications team", "Oversight panel", "Administrators"} <= names
    assert "Moderators" not in names


PACK_PATHS = ["", "all/", "pdf/", "versions/", "versions/1/", "versions/1/pdf/", "sections/x/"]


def test_private_pack_is_forbidden_to_visitors_and_hidden_from_others(pack, client, user_in_group):
    briefing.publish_version(pack)
    for path in PACK_PATHS:
        response = client.get(pack.url + path)
        assert response.status_code == 403, path
        assert "Pack for session 2" not in response.content.decode()

    client.force_login(user_in_group("Moderators"))
    for path in PACK_PATHS:
        assert client.get(pack.url + path).status_code == 404, path

    client.force_login(user_in_group("Communications team"))
    assert client.get(pack.url).status_code == 200
    assert pack.url not in client.get("/sitemap.xml").content.decode()


def test_making_a_pack_public_opens_it_to_everyone(pack, client, user_in_group):
    briefing.publish_version(pack)
    client.force_login(user_in_group("Moderators"))
    url = reverse("deliberations_make_pack_public", args=[pack.pk])
    assert client.post(url).status_code in (302, 403)
    assert BriefingPackPage.objects.get(pk=pack.pk).made_public_at is None

    client.force_login(user_in_group("Communications team"))
    assert client.post(url).status_code == 302
    client.logout()
    response = client.get(pack.url + "all/")
    assert response.status_code == 200
    assert "Bus patronage data" in response.content.decode()
    assert pack.full_url in client.get("/sitemap.xml").content.decode()


def test_jury_documents_follow_the_pack(pack, client, user_in_group):
    jury = Jury.for_topic(pack.get_parent())
    document = DocumentFactory(collection=jury.collection, title="Draft options appraisal")
    evidence_section = pack.sections.get(kind=SectionKind.EVIDENCE)
    evidence_section.items.append(("document", {"document": document, "title": "", "note": ""}))
    evidence_section.save()
    pack.save_revision().publish(skip_permission_checks=True)  # as the approval does
    url = get_document_model().objects.get(pk=document.pk).url

    assert client.get(url).status_code == 403
    # Nor by the file's own address under MEDIA_URL.
    assert client.get(settings.MEDIA_URL + document.file.name).status_code == 404
    client.force_login(user_in_group("Moderators"))
    assert client.get(url).status_code == 404
    from deliberations.factories import DeliberationTopicPageFactory

    other_topic = DeliberationTopicPageFactory(parent=pack.get_parent().get_parent(), slug="other")
    client.force_login(_user("other-juror", Jury.for_topic(other_topic).group.name))
    assert client.get(url).status_code == 404
    client.force_login(_user("our-juror", jury.group.name))
    assert client.get(url).status_code == 200
    client.force_login(user_in_group("Communications team"))
    assert client.get(url).status_code == 200

    briefing.make_public(BriefingPackPage.objects.get(pk=pack.pk), None)
    client.logout()
    assert client.get(url).status_code == 200


def test_overview_says_which_session_the_pack_is_for(pack, superuser, client):
    import datetime

    from deliberations.factories import DeliberationTopicSessionFactory

    pack.session = DeliberationTopicSessionFactory(
        topic=pack.get_parent().specific, title="Session 2", date=datetime.date(2026, 3, 14)
    )
    pack.save()
    briefing.publish_version(pack)
    client.force_login(superuser)
    page = client.get(pack.url).content.decode()
    assert "Read this before Session 2 on 14 March 2026." in page


def test_preview_renders_the_draft(pack, superuser, client):
    client.force_login(superuser)
    response = client.get(reverse("wagtailadmin_pages:view_draft", args=[pack.pk]))
    assert response.status_code == 200
    assert "Preview: this is the draft" in response.content.decode()
    assert "Cycling counts" in response.content.decode()


def test_later_moderation_reaches_published_versions_and_their_pdfs(
    pack, consultation, superuser, django_capture_on_commit_callbacks
):
    """A version is what the jury read, except for personal data: a redaction, a
    rejection or an erasure after publication removes it from every version and PDF."""
    from pypdf import PdfReader

    from consultations.services import erase_person

    q = questions_by_kind(consultation)
    long_text = q["long_text"].field_name
    named = respond(
        consultation,
        **{long_text: "Call me on 07700 900123 about the buses."},
        publication_consent="full",
        display_name="Sam Resident",
        email="sam@example.org",
    )
    other = respond(consultation, **{long_text: "More benches please."}, email="o@example.org")
    for submission in (named, other):
        moderation.approve(submission, superuser)
        moderation.quote_for_jury(
            submission.answers.get(question_key=q["long_text"].key), superuser, True
        )
    with django_capture_on_commit_callbacks(execute=True):
        version = briefing.publish_version(pack)
    assert "07700 900123" in str(version.content)

    with django_capture_on_commit_callbacks(execute=True):
        moderation.redact(
            named.answers.get(question_key=q["long_text"].key),
            superuser,
            "Call me on [redacted] about the buses.",
        )
    version.refresh_from_db()
    assert "07700 900123" not in str(version.content)
    assert "Call me on [redacted] about the buses." in str(version.content)
    pdf_text = "".join(page.extract_text() for page in PdfReader(version.pdf.open("rb")).pages)
    assert "[redacted]" in pdf_text and "07700" not in pdf_text

    with django_capture_on_commit_callbacks(execute=True):
        erase_person(email="sam@example.org")
    version.refresh_from_db()
    assert "Sam Resident" not in str(version.content)
    assert "[redacted]" not in str(version.content)
    assert "More benches please." in str(version.content)
