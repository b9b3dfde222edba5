"""A confirmation e-mail that cannot be sent never loses or blocks the submission; the
sweep sends it once the mail server is back, exactly once."""

import datetime
import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from consultations.models import Submission
from consultations.services import MAX_CONFIRMATION_ATTEMPTS
from consultations.tasks import send_unsent_confirmations

from .conftest import valid_answers

pytestmark = pytest.mark.django_db

MAIL_SERVER_DOWN = {"default": {"BACKEND": "tests.doubles.UnreachableSMTPBackend"}}


def test_failed_email_keeps_the_submission_and_the_sweep_sends_it_later(
    client, consultation, django_capture_on_commit_callbacks
):
    with override_settings(MAILERS=MAIL_SERVER_DOWN):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(consultation.url, valid_answers(consultation))
        assert response.status_code == 302  # the resident sees the confirmation page
        assert client.get(response["Location"]).status_code == 200

    submission = Submission.objects.get()
    assert submission.answers.count() == 10
    assert submission.confirmation_sent_at is None
    assert len(mail.outbox) == 0

    # Too fresh for the sweep: the normal after-commit task may still be on its way.
    assert send_unsent_confirmations.delay().get() == 0

    # Five minutes on: still handed to Celery too recently to be queued again.
    Submission.objects.update(created_at=submission.created_at - datetime.timedelta(minutes=5))
    assert send_unsent_confirmations.delay().get() == 0
    # Twenty minutes on, the mail server is back: the sweep sends it.
    Submission.objects.update(
        confirmation_enqueued_at=submission.created_at - datetime.timedelta(minutes=20)
    )
    assert send_unsent_confirmations.delay().get() == 1
    assert len(mail.outbox) == 1
    assert submission.reference in mail.outbox[0].subject
    submission.refresh_from_db()
    assert submission.confirmation_sent_at is not None

    assert send_unsent_confirmations.delay().get() == 0  # never twice
    assert len(mail.outbox) == 1


def test_email_is_written_in_the_residents_language(
    client, consultation, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(consultation.url, valid_answers(consultation))
    submission = Submission.objects.get()
    assert submission.language == "en-gb"
    assert "Thank you for responding" in mail.outbox[0].body
    assert consultation.full_url in mail.outbox[0].body


def test_sweep_gives_up_on_an_address_that_never_works(client, consultation):
    with override_settings(MAILERS=MAIL_SERVER_DOWN):
        client.post(consultation.url, valid_answers(consultation))
        long_ago = timezone.now() - datetime.timedelta(days=1)
        for _ in range(12):
            Submission.objects.update(created_at=long_ago, confirmation_enqueued_at=long_ago)
            send_unsent_confirmations.delay()
    submission = Submission.objects.get()
    assert submission.confirmation_attempts == MAX_CONFIRMATION_ATTEMPTS
    assert submission.confirmation_sent_at is None


def test_commands_run_the_sweep_and_the_retention_erasure_without_a_broker(client, consultation):
    out = io.StringIO()
    call_command("send_unsent_confirmations", stdout=out)
    call_command("erase_expired_personal_data", stdout=out)
    assert "0 confirmation(s)" in out.getvalue()
    assert "erased from 0 submission(s)" in out.getvalue()
