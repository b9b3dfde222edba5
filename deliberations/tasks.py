"""Celery tasks: thin, idempotent, taking primary keys and calling a service."""

import logging

from celery import shared_task

logger = logging.getLogger(__name__)


@shared_task(bind=True, max_retries=5, acks_late=True)
def build_pack_pdf(self, version_id: int) -> bool:
    """Render one published pack version to PDF. Idempotent: a version whose PDF exists
    is left alone. A failure is recorded on the version and retried; reading the pack
    online never waits for it."""
    from . import pdf

    try:
        return pdf.build_version_pdf(version_id)
    except Exception as error:
        pdf.record_failure(version_id, error)
        if self.request.is_eager:
            logger.exception("PDF for pack version %s not built", version_id)
            return False
        raise self.retry(exc=error, countdown=min(600, 30 * 2**self.request.retries)) from error


def enqueue_pack_pdf(version_id: int) -> bool:
    """Hand the PDF build to Celery. Never raises: publishing must not fail because the
    broker is down; `manage.py build_pack_pdfs` builds whatever is missing."""
    try:
        build_pack_pdf.delay(version_id)
    except Exception:
        logger.warning("Could not enqueue the PDF of pack version %s", version_id)
        return False
    return True


@shared_task(bind=True, max_retries=5)
def send_juror_sign_in_link(self, juror_id: int, next_path: str = "") -> bool:
    """E-mail a juror a new one-time sign-in link; retried on mail errors.

    The link is made here, in the worker, not in the request: the task's arguments (kept
    in the broker until a worker takes them) then hold nothing that signs anyone in.
    The price: a retry or a redelivered task sends another link (each works once, so
    at least one arrives; extras just expire). Run eagerly (no broker), a mail error is
    logged rather than raised in the juror's request: they can ask again.
    """
    from smtplib import SMTPException

    from . import jurors

    try:
        return jurors.email_sign_in_link(juror_id, next_path)
    except (SMTPException, OSError) as error:
        if self.request.is_eager:
            logger.warning("Sign-in link for juror %s not sent: %s", juror_id, error)
            return False
        raise self.retry(exc=error, countdown=min(600, 30 * 2**self.request.retries)) from error
