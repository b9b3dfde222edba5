"""Changes to the recommendations register that must leave a trace in Wagtail's log."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from .models import Recommendation

FINALISED = "transparency.finalise"
WORDING_CORRECTED = "transparency.correct_wording"
CORRECT_PERMISSION = "transparency.correct_final_wording"


def may_correct(user) -> bool:
    return user.has_perm(CORRECT_PERMISSION)


def log_finalised(recommendation: Recommendation, user) -> None:
    """Record that the wording became the jury's final text (the lock starts here)."""
    log(
        instance=recommendation,
        action=FINALISED,
        user=user,
        data={"wording": recommendation.wording},
    )


def correct_wording(recommendation: Recommendation, user, wording: str, reason: str) -> None:
    """Replace a final recommendation's wording, for an administrator, with the reason.

    One transaction: the new wording and a log entry holding the old and new wording,
    who and why. Refuses anyone without the permission, an empty reason or no change.
    """
    if not may_correct(user):
        raise PermissionDenied
    wording, reason = wording.strip(), reason.strip()
    if not reason:
        raise ValidationError(_("Say why the wording is corrected."))
    if not wording or wording == recommendation.wording:
        raise ValidationError(_("Give the corrected wording."))
    with transaction.atomic():
        before = recommendation.wording
        recommendation.wording = wording
        recommendation._correcting = True
        try:
            recommendation.save(update_fields=["wording"])
        finally:
            recommendation._correcting = False
        log(
            instance=recommendation,
            action=WORDING_CORRECTED,
            user=user,
            data={"before": before, "after": wording, "reason": reason},
        )
