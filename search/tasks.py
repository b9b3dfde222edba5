"""Celery tasks of the search app: thin wrappers that take primary keys and call a
service."""

from celery import shared_task

from . import documents


@shared_task(acks_late=True)
def extract_document_text(document_pk: int) -> None:
    """Extract a PDF document's text and re-index the evidence pages that attach it.

    Idempotent, safe to retry: an unchanged file is not read again."""
    documents.extract_document_text(document_pk)
