"""A confirmation e-mail that cannot be sent never loses or blocks the submission; the
sweep sends it once the mail server is back, exactly once."""

import datetime

import pytest
from django.core import mail
from django.test import override_settings

from consultations.models import Submission
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

    Submission.objects.update(created_at=submission.created_at - datetime.timedelta(minutes=5))
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
