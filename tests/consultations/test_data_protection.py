"""Personal data is kept no longer than the consultation says, and one person's
submissions can be erased on request; anonymised answers of everyone else stay."""

import datetime
import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.models import ModelLogEntry

from consultations.models import AboutYou, Answer, Submission
from consultations.moderation import reject
from consultations.services import erase_expired_personal_data

from .conftest import valid_answers

pytestmark = pytest.mark.django_db


def respond(client, page, **overrides):
    assert client.post(page.url, valid_answers(page, **overrides)).status_code == 302
    return Submission.objects.order_by("-pk").first()


def test_retention_erases_personal_data_and_keeps_answers(client, consultation, topic_page):
    kept = respond(client, consultation, publication_consent="full", display_name="Ann")
    moderator = get_user_model().objects.create_user("mod", password="a-long-test-password")
    reject(kept, moderator, "Ann gave her address")
    answers_before = Answer.objects.filter(submission=kept).count()
    consultation.closes_at = timezone.now() - datetime.timedelta(days=31)
    consultation.opens_at = consultation.closes_at - datetime.timedelta(days=30)
    consultation.retention_days = 30
    consultation.save()

    assert erase_expired_personal_data() == 1
    kept.refresh_from_db()
    assert (kept.email, kept.display_name, kept.rejection_reason) == ("", "", "")
    assert ModelLogEntry.objects.get(object_id=str(kept.pk)).data == {}
    assert kept.personal_data_erased_at is not None
    assert not AboutYou.objects.filter(submission=kept).exists()
    assert Answer.objects.filter(submission=kept).count() == answers_before
    assert erase_expired_personal_data() == 0  # idempotent


def test_retention_leaves_consultations_within_their_period(client, consultation):
    submission = respond(client, consultation)
    consultation.closes_at = timezone.now() - datetime.timedelta(days=10)
    consultation.opens_at = consultation.closes_at - datetime.timedelta(days=30)
    consultation.retention_days = 30
    consultation.save()
    assert erase_expired_personal_data() == 0
    submission.refresh_from_db()
    assert submission.email == "resident@example.org"
    assert AboutYou.objects.filter(submission=submission).exists()


def test_erase_one_person_by_reference_or_email(client, consultation):
    first = respond(client, consultation, email="ann@example.org")
    moderator = get_user_model().objects.create_user("mod", password="a-long-test-password")
    reject(first, moderator, "Gave her phone number, 07700 900123")
    second = respond(client, consultation, email="ANN@example.org")
    other = respond(client, consultation, email="bob@example.org")
    out = io.StringIO()
    call_command("erase_submissions", "--email", "ann@example.org", stdout=out)
    assert "Deleted 2 submission(s)" in out.getvalue()
    assert list(Submission.objects.all()) == [other]
    assert not Answer.objects.filter(submission_id__in=[first.pk, second.pk]).exists()
    assert not ModelLogEntry.objects.filter(object_id=str(first.pk)).exists()

    call_command("erase_submissions", "--reference", other.reference.lower(), stdout=out)
    assert not Submission.objects.exists()
    with pytest.raises(CommandError):
        call_command("erase_submissions")
