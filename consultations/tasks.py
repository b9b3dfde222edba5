"""Celery tasks: thin, idempotent, taking primary keys and calling a service."""

import logging
from smtplib import SMTPException

from celery import shared_task

from . import services

logger = logging.getLogger(__name__)


@shared_task(bind=True, max_retries=5)
def send_submission_confirmation(self, submission_id: int) -> bool:
    """Send one submission's confirmation e-mail. Idempotent; retried on mail errors.

    Run eagerly (no broker), a failure is left to the sweep rather than retried in the
    resident's request.
    """
    try:
        return services.send_confirmation(submission_id)
    except (SMTPException, OSError) as error:
        if self.request.is_eager:
            logger.warning("Confirmation for submission %s not sent: %s", submission_id, error)
            return False
        raise self.retry(exc=error, countdown=min(600, 30 * 2**self.request.retries)) from error


@shared_task
def send_unsent_confirmations(grace_seconds: int = services.SWEEP_GRACE_SECONDS) -> int:
    """The sweep: enqueue every confirmation that was never sent (broker or mail server
    down at the time). Safe to run at any time; returns how many it enqueued."""
    return sum(
        services.enqueue_confirmation(pk)
        for pk in services.unsent_confirmation_ids(grace_seconds=grace_seconds)
    )


@shared_task
def erase_expired_personal_data() -> int:
    """Daily: erase personal data past each consultation's retention period."""
    return services.erase_expired_personal_data()
