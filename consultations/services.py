"""What happens to a response: stored whole in one transaction, then confirmed by e-mail.

The e-mail is a side effect after commit: if the broker or the mail server is down, the
submission is already safe, and the sweep (`send_unsent_confirmations`) sends it later.
"""

import datetime
import logging
import secrets
from collections import Counter
from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.utils import timezone, translation
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from .forms import ResponseForm
from .models import AboutYou, Answer, Channel, ConsultationPage, PublicationConsent, Submission

logger = logging.getLogger(__name__)

# No 0/O or 1/I/L: references are read out over the phone and typed from paper.
REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
SWEEP_GRACE_SECONDS = 120
REQUEUE_AFTER = datetime.timedelta(minutes=15)
MAX_CONFIRMATION_ATTEMPTS = 10
SWEEP_BATCH = 2000
# Audit entries for erasure, on the consultation: they count, and never name, the people.
ERASE_EXPIRED = "consultations.erase_expired"
ERASE_PERSON = "consultations.erase_person"


def new_reference() -> str:
    """Like 'K7QM-3XHP': 8 random characters, about 10^12 possibilities."""
    code = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))
    return f"{code[:4]}-{code[4:]}"


@dataclass(frozen=True)
class RecordedSubmission:
    submission: Submission
    created: bool  # False when the same form was sent twice


def stored_submission(consultation, token) -> Submission | None:
    """The submission already made with this form (its idempotency token), if any."""
    return Submission.objects.filter(consultation=consultation, idempotency_token=token).first()


def record_submission(
    consultation: ConsultationPage,
    form: ResponseForm,
    *,
    channel: str = Channel.ONLINE,
    language: str | None = None,
    entered_by=None,
) -> RecordedSubmission:
    """Store a valid response with all its answers, or nothing at all.

    Idempotent on the form's token: sending the same form again returns the first
    submission. The confirmation e-mail is enqueued only after the commit.
    """
    data = form.cleaned_data
    # No look for the token first: the unique constraint finds a form sent twice, and
    # a new response (nearly all of them) costs one query less.
    try:
        with transaction.atomic():
            submission = _create_submission(consultation, form, channel, language, entered_by)
    except IntegrityError:
        # A concurrent request with the same token won the race: return its submission.
        existing = stored_submission(consultation, data["token"])
        if existing is None:
            raise
        return RecordedSubmission(existing, created=False)
    if submission.email:
        transaction.on_commit(lambda: enqueue_confirmation(submission.pk))
    return RecordedSubmission(submission, created=True)


def _create_submission(consultation, form, channel, language, entered_by) -> Submission:
    data = form.cleaned_data
    for _attempt in range(5):
        try:
            with transaction.atomic():
                submission = Submission.objects.create(
                    consultation=consultation,
                    reference=new_reference(),
                    idempotency_token=data["token"],
                    channel=channel,
                    language=language or translation.get_language() or settings.LANGUAGE_CODE,
                    publication_consent=data["publication_consent"],
                    # A name is kept only to publish it: no other consent needs it.
                    display_name=data.get("display_name", "")
                    if data["publication_consent"] == PublicationConsent.FULL
                    else "",
                    email=data.get("email", ""),
                    entered_by=entered_by,
                )
            break
        except IntegrityError:
            # Either the token (a concurrent double submit: the caller handles it) or,
            # very rarely, the random reference collided: then try another reference.
            if Submission.objects.filter(
                consultation=consultation, idempotency_token=data["token"]
            ).exists():
                raise
    else:
        raise IntegrityError("Could not find a free submission reference.")

    Answer.objects.bulk_create(
        answer
        for question, value in form.question_answers()
        for answer in _answers_for(submission, question, value)
    )
    about_you = form.about_you_answers()
    if about_you:
        AboutYou.objects.create(submission=submission, consent_given_at=timezone.now(), **about_you)
    return submission


def _answers_for(submission, question, value):
    key = question.key
    if question.kind == "multiple_choice":
        return [Answer(submission=submission, question_key=key, option_key=v) for v in value]
    if question.kind == "ranking":
        return [
            Answer(submission=submission, question_key=key, option_key=option, number=rank)
            for option, rank in value.items()
        ]
    if question.kind == "single_choice":
        return [Answer(submission=submission, question_key=key, option_key=value)]
    if question.kind == "agreement_scale":
        return [Answer(submission=submission, question_key=key, option_key=value, number=value)]
    return [Answer(submission=submission, question_key=key, text=value)]


def enqueue_confirmation(submission_id: int) -> bool:
    """Hand the confirmation e-mail to Celery. Never raises: if the broker is down the
    submission stays unsent and the sweep enqueues it again later."""
    from .tasks import send_submission_confirmation

    Submission.objects.filter(pk=submission_id).update(
        confirmation_attempts=F("confirmation_attempts") + 1,
        confirmation_enqueued_at=timezone.now(),
    )
    try:
        send_submission_confirmation.delay(submission_id)
    except Exception:
        logger.warning("Could not enqueue confirmation for submission %s", submission_id)
        # Not handed over: the next sweep after the grace period takes it, rather than
        # waiting REQUEUE_AFTER as for a task that is queued.
        Submission.objects.filter(pk=submission_id).update(confirmation_enqueued_at=None)
        return False
    return True


def send_confirmation(submission_id: int) -> bool:
    """Send the confirmation e-mail unless it has been sent. Safe to retry and to run twice:
    the row lock (PostgreSQL) stops two workers sending together, and a sent e-mail is
    recorded in the same transaction. If a worker dies after the mail server accepted the
    e-mail but before the commit, the retry sends it again: at least once, not exactly once.

    Returns True if this call sent it.
    """
    with transaction.atomic():
        submission = (
            Submission.objects.select_for_update()
            .select_related("consultation")
            .filter(pk=submission_id)
            .first()
        )
        if submission is None or submission.confirmation_sent_at or not submission.email:
            return False
        consultation = submission.consultation
        with translation.override(submission.language):
            context = {"submission": submission, "consultation": consultation}
            send_mail(
                subject=render_to_string(
                    "consultations/email/confirmation_subject.txt", context
                ).strip(),
                message=render_to_string("consultations/email/confirmation.txt", context),
                from_email=settings.DEFAULT_FROM_EMAIL,
                recipient_list=[submission.email],
            )
        submission.confirmation_sent_at = timezone.now()
        submission.save(update_fields=["confirmation_sent_at"])
    return True


def unsent_confirmation_ids(grace_seconds: int = SWEEP_GRACE_SECONDS) -> list[int]:
    """Confirmations to enqueue again: e-mail given, never sent, not handed to Celery in
    the last few minutes (still queued, or waiting for a retry), fewer than
    MAX_CONFIRMATION_ATTEMPTS tries (an address that never works is given up). At most a
    batch per sweep, so that a long outage does not flood the queue."""
    now = timezone.now()
    return list(
        Submission.objects.filter(
            confirmation_sent_at__isnull=True,
            created_at__lt=now - datetime.timedelta(seconds=grace_seconds),
            confirmation_attempts__lt=MAX_CONFIRMATION_ATTEMPTS,
        )
        .exclude(email="")
        .exclude(confirmation_enqueued_at__gte=now - REQUEUE_AFTER)
        .order_by("pk")
        .values_list("pk", flat=True)[:SWEEP_BATCH]
    )


def erase_expired_personal_data(now: datetime.datetime | None = None) -> int:
    """Erase e-mail addresses, names and about-you answers of submissions to
    consultations whose retention period has passed; keep the anonymised answers.

    Idempotent. Returns how many submissions were erased. Each consultation erased from
    gets an audit entry (when, how many; no one is named), in the same transaction.
    """
    now = now or timezone.now()
    expired = [
        page.pk
        for page in ConsultationPage.objects.only("pk", "closes_at", "retention_days")
        if page.closes_at + datetime.timedelta(days=page.retention_days) <= now
    ]
    with transaction.atomic():
        submissions = Submission.objects.filter(
            consultation_id__in=expired, personal_data_erased_at__isnull=True
        )
        AboutYou.objects.filter(submission__in=submissions).delete()
        # A rejection reason may quote the person: it goes, and with it the log's copy.
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(Submission),
            object_id__in=[str(pk) for pk in submissions.values_list("pk", flat=True)],
            action="consultations.reject",
        ).update(data={})
        ids = list(submissions.values_list("pk", flat=True))
        _log_erasure(ERASE_EXPIRED, ids, user=None)
        erased = Submission.objects.filter(pk__in=ids).update(
            email="", display_name="", rejection_reason="", personal_data_erased_at=now
        )
        refresh_pack_quotations(ids)  # names quoted in published briefing packs go too
        return erased


def erase_person(*, reference: str = "", email: str = "", user=None) -> int:
    """Delete every submission (with its answers) of one person, found by reference
    number or e-mail address: the right to erasure. Returns how many were deleted.
    Each consultation they answered gets an audit entry naming `user` (who erased) and
    how many responses went, but nothing about the person."""
    if not (reference or email):
        raise ValueError("Give a reference or an e-mail address.")
    submissions = Submission.objects.none()
    if reference:
        submissions |= Submission.objects.filter(reference__iexact=reference.strip())
    if email:
        submissions |= Submission.objects.filter(email__iexact=email.strip())
    with transaction.atomic():
        ids = list(submissions.values_list("pk", flat=True))
        # Moderation log entries may quote the person (a rejection reason): they go too.
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(Submission),
            object_id__in=[str(pk) for pk in ids],
        ).delete()
        _log_erasure(ERASE_PERSON, ids, user=user)
        Submission.objects.filter(pk__in=ids).delete()
        refresh_pack_quotations(ids)  # and their quotations in published briefing packs
    return len(ids)


def _log_erasure(action: str, submission_ids, *, user) -> None:
    """One audit entry per consultation: who erased (None for the scheduled erasure),
    when, and how many responses; no reference, address or name."""
    counts = Counter(
        Submission.objects.filter(pk__in=submission_ids).values_list("consultation_id", flat=True)
    )
    for consultation in ConsultationPage.objects.filter(pk__in=counts):
        log(
            instance=consultation,
            action=action,
            user=user,
            data={"responses": counts[consultation.pk]},
        )


def refresh_pack_quotations(submission_ids) -> None:
    """Published briefing packs quote responses: keep them in step with moderation and
    erasure (see `deliberations.briefing.refresh_quotations`)."""
    from deliberations.briefing import refresh_quotations

    refresh_quotations(submission_ids)
