"""Moderators' decisions on submissions. Each is one transaction and one Wagtail log
entry (who, when, what), so the authority can show how every response was handled."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from .models import (
    Answer,
    PublicationConsent,
    RejectionCategory,
    Submission,
    SubmissionStatus,
    Theme,
)
from .services import refresh_pack_quotations

APPROVE = "consultations.approve"
REJECT = "consultations.reject"
REDACT = "consultations.redact"
TAG = "consultations.tag"
QUOTE = "consultations.quote"
ENTER_OFFLINE = "consultations.enter_offline"


def approve(submission: Submission, user) -> None:
    with transaction.atomic():
        submission.status = SubmissionStatus.APPROVED
        submission.rejection_reason = submission.rejection_category = ""
        submission.save(update_fields=["status", "rejection_reason", "rejection_category"])
        log(instance=submission, action=APPROVE, user=user)


def reject(
    submission: Submission, user, reason: str, category: str = RejectionCategory.OTHER
) -> None:
    """Reject with the moderator's reason (for staff) and a category (counted publicly)."""
    reason = reason.strip()
    if not reason:
        raise ValidationError(_("Give a reason for rejecting the response."))
    if category not in RejectionCategory.values:
        raise ValidationError(_("Choose why the response is rejected."))
    with transaction.atomic():
        submission.status = SubmissionStatus.REJECTED
        submission.rejection_reason = reason
        submission.rejection_category = category
        submission.save(update_fields=["status", "rejection_reason", "rejection_category"])
        log(
            instance=submission,
            action=REJECT,
            user=user,
            data={"reason": reason, "category": category},
        )
        refresh_pack_quotations([submission.pk])


def redact(answer: Answer, user, redacted_text: str) -> None:
    """Replace what everyone but moderators sees of a text answer; the original stays.
    Giving the original text back (or nothing) removes the redaction."""
    redacted_text = redacted_text.strip()
    is_redacted = bool(redacted_text) and redacted_text != answer.text.strip()
    with transaction.atomic():
        answer.redacted_text = redacted_text if is_redacted else ""
        answer.is_redacted = is_redacted
        answer.save(update_fields=["redacted_text", "is_redacted"])
        log(
            instance=answer.submission,
            action=REDACT,
            user=user,
            data={"answer": answer.pk, "question": answer.question_key, "redacted": is_redacted},
        )
        refresh_pack_quotations([answer.submission_id])


def quote_for_jury(answer: Answer, user, quoted: bool) -> None:
    """Choose (or drop) a text answer as a quotation in the jury's briefing pack. The
    pack shows it only if the response is approved and its author consented to
    publication, and only its published (redacted) text."""
    if quoted and not answer.text.strip():
        raise ValidationError(_("Only a written answer can be quoted."))
    if quoted and answer.submission.publication_consent == PublicationConsent.NONE:
        raise ValidationError(_("This resident did not agree to their response being published."))
    with transaction.atomic():
        answer.quoted_for_jury = quoted
        answer.save(update_fields=["quoted_for_jury"])
        log(
            instance=answer.submission,
            action=QUOTE,
            user=user,
            data={"answer": answer.pk, "question": answer.question_key, "quoted": quoted},
        )
        refresh_pack_quotations([answer.submission_id])


def set_themes(submission: Submission, user, themes) -> None:
    themes = list(themes)
    topic_id = _topic(submission).pk
    if any(theme.topic_id != topic_id for theme in themes):
        raise ValidationError(_("Choose themes of this consultation's topic."))
    with transaction.atomic():
        submission.themes.set(themes)
        log(
            instance=submission,
            action=TAG,
            user=user,
            data={"themes": sorted(theme.name for theme in themes)},
        )


def themes_for(submission: Submission):
    """The themes moderators tag with: the topic's own, in the default language, whatever
    language the response was given in (so every response counts towards one list)."""
    return Theme.objects.filter(
        topic_id=_topic(submission).pk, locale__language_code=settings.LANGUAGE_CODE
    )


def _topic(submission: Submission):
    from deliberations.models.topics import topic_in_default_language

    return topic_in_default_language(submission.consultation.get_parent().specific)
