"""Issue 10, part 7: every moderation decision, pack publication, export and erasure is
recorded with who and when, and no admin view can change the record.

Recommendation changes are logged by their own feature (built separately)."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import BaseLogEntry, ModelLogEntry, PageLogEntry

from consultations import exports, services
from consultations.factories import ThemeFactory
from deliberations import briefing
from deliberations.factories import BriefingPackPageFactory, EvidencePageFactory, add_pack_sections
from tests.consultations.conftest import questions_by_kind

from .test_permission_matrix import url_patterns

pytestmark = pytest.mark.django_db


@pytest.fixture
def moderator(user_in_group):
    return user_in_group("Moderators")


def logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def entries_for(instance, action):
    model = PageLogEntry if hasattr(instance, "path") else ModelLogEntry
    return list(model.objects.for_instance(instance).filter(action=action))


def assert_one_entry_by(instance, action, user, before):
    entries = entries_for(instance, action)
    assert len(entries) == 1, (action, entries)
    entry = entries[0]
    assert entry.user_id == (user.pk if user else None)
    assert before <= entry.timestamp <= timezone.now()
    return entry


@pytest.mark.parametrize("action", ["approve", "reject", "redact", "quote", "themes"])
def test_every_moderation_decision_is_logged_with_who_and_when(
    action, respond, consultation, topic_page, moderator
):
    q = questions_by_kind(consultation)
    submission = respond(publication_consent="anonymous")
    answer = submission.answers.get(question_key=q["long_text"].key)
    theme = ThemeFactory(topic=topic_page, name="Buses")
    data = {
        "approve": {},
        "reject": {"reason": "Off topic"},
        "redact": {"answer": answer.pk, "redacted_text": "[removed]"},
        "quote": {"answer": answer.pk, "quoted": "1"},
        "themes": {"themes": [theme.pk]},
    }[action]
    before = timezone.now()
    url = reverse("consultation_responses:inspect", args=[submission.pk])
    assert logged_in(moderator).post(url, {"action": action, **data}).status_code == 302
    logged = {"themes": "consultations.tag"}.get(action, f"consultations.{action}")
    assert_one_entry_by(submission, logged, moderator, before)


def test_an_offline_response_entered_by_staff_is_logged(consultation, moderator):
    from tests.consultations.conftest import valid_answers

    before = timezone.now()
    url = reverse("consultation_responses:offline", args=[consultation.pk])
    response = logged_in(moderator).post(url, {**valid_answers(consultation), "channel": "paper"})
    assert response.status_code == 302
    submission = consultation.submissions.get()
    assert_one_entry_by(submission, "consultations.enter_offline", moderator, before)


def test_pack_publication_and_making_public_are_logged(topic_page, user_in_group):
    reviewer = user_in_group("Oversight panel")
    editor = user_in_group("Communications team")
    pack = BriefingPackPageFactory(parent=topic_page, slug="pack")
    add_pack_sections(pack, evidence=[EvidencePageFactory(parent=topic_page)])
    before = timezone.now()
    briefing.publish_version(pack, user=reviewer)
    entry = assert_one_entry_by(pack, briefing.VERSION_PUBLISHED, reviewer, before)
    assert entry.data == {"version": 1}
    briefing.make_public(pack, editor)
    assert_one_entry_by(pack, briefing.MADE_PUBLIC, editor, before)


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_every_export_is_logged_with_who_when_and_format(
    file_format, respond, consultation, user_in_group
):
    respond()
    officer = user_in_group("Communications team")
    before = timezone.now()
    url = reverse("consultation_responses:export", args=[consultation.pk, file_format])
    assert logged_in(officer).get(url).status_code == 200
    entry = assert_one_entry_by(consultation, exports.EXPORT, officer, before)
    assert entry.data == {"format": file_format}


def test_a_refused_export_is_not_logged_as_an_export(consultation, user_in_group):
    url = reverse("consultation_responses:export", args=[consultation.pk, "csv"])
    logged_in(user_in_group("Oversight panel")).get(url)
    assert not entries_for(consultation, exports.EXPORT)


def test_erasing_a_person_is_logged_with_who_and_without_naming_them(
    respond, consultation, moderator
):
    first = respond(email="ann@example.org")
    respond(email="ann@example.org", token="7d0c3a2e-64a4-4f59-8c1b-0c6f1f3f9a11")
    before = timezone.now()
    call_command(
        "erase_submissions",
        "--email",
        "ann@example.org",
        "--by",
        moderator.username,
        stdout=io.StringIO(),
    )
    entry = assert_one_entry_by(consultation, services.ERASE_PERSON, moderator, before)
    assert entry.data == {"responses": 2}
    assert "ann@example.org" not in str(entry.data) and first.reference not in str(entry.data)


def test_erasure_by_an_unknown_member_of_staff_is_refused_and_erases_nothing(respond, consultation):
    from django.core.management import CommandError

    respond(email="ann@example.org")
    with pytest.raises(CommandError):
        call_command("erase_submissions", "--email", "ann@example.org", "--by", "nobody")
    assert consultation.submissions.count() == 1


def test_the_retention_erasure_is_logged(respond, consultation):
    respond()
    consultation.closes_at = timezone.now() - datetime.timedelta(days=31)
    consultation.opens_at = consultation.closes_at - datetime.timedelta(days=30)
    consultation.retention_days = 30
    consultation.save()
    before = timezone.now()
    assert services.erase_expired_personal_data() == 1
    entry = assert_one_entry_by(consultation, services.ERASE_EXPIRED, None, before)
    assert entry.data == {"responses": 1}
    services.erase_expired_personal_data()  # nothing left to erase: nothing logged
    assert len(entries_for(consultation, services.ERASE_EXPIRED)) == 1


# The record cannot be changed through the admin -------------------------------------------


def test_djangos_own_admin_is_not_served():
    """The one admin that could edit any model, log entries included, is not routed."""
    for route, _name, module in url_patterns():
        assert not module.startswith("django.contrib.admin"), route


def test_log_entry_models_have_no_admin_viewset():
    from django.urls import get_resolver

    def views(patterns):
        for pattern in patterns:
            if hasattr(pattern, "url_patterns"):
                yield from views(pattern.url_patterns)
            else:
                yield pattern

    for pattern in views(get_resolver().url_patterns):
        initkwargs = getattr(pattern.callback, "view_initkwargs", {})
        model = initkwargs.get("model") or getattr(
            getattr(pattern.callback, "view_class", None), "model", None
        )
        if isinstance(model, type):
            assert not issubclass(model, BaseLogEntry), pattern


@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_history_views_do_not_change_the_record(method, respond, moderator, user_in_group):
    submission = respond()
    client = logged_in(moderator)
    client.post(
        reverse("consultation_responses:inspect", args=[submission.pk]), {"action": "approve"}
    )
    entry = ModelLogEntry.objects.for_instance(submission).get()
    administrator = logged_in(user_in_group("Administrators"))
    for who in (client, administrator):
        for url in (
            reverse("consultation_responses:history", args=[submission.pk]),
            reverse("wagtailadmin_reports:site_history"),
        ):
            response = getattr(who, method)(url, {"action": "consultations.reject", "user": ""})
            assert response.status_code in (302, 403, 405), (url, response.status_code)
    assert ModelLogEntry.objects.for_instance(submission).get() == entry
    entry.refresh_from_db()
    assert (entry.action, entry.user_id) == ("consultations.approve", moderator.pk)
