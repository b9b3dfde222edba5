"""The text inside attached documents: extracted with pypdf, stored in `DocumentText`,
and indexed with the evidence pages that attach the document."""

import contextlib
import hashlib
import logging

from django.db import transaction
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.search import index

from .models import DocumentText

logger = logging.getLogger(__name__)

# Enough for a long report; beyond this a document adds little to ranking but a lot to
# the index and to every re-index of the pages that attach it.
MAX_TEXT_CHARS = 200_000
MAX_PAGES = 500


def is_pdf(document) -> bool:
    return document.file_extension.lower() == "pdf"


def _file_hash(document) -> str:
    digest = hashlib.sha256()
    with document.open_file() as handle:
        for chunk in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _pdf_text(document) -> tuple[str, bool]:
    """The PDF's text, whitespace collapsed, capped at MAX_TEXT_CHARS; and whether it
    was cut short."""
    from pypdf import PdfReader

    parts: list[str] = []
    size = 0
    with document.open_file() as handle:
        reader = PdfReader(handle)
        for number, page in enumerate(reader.pages):
            if number >= MAX_PAGES or size >= MAX_TEXT_CHARS:
                return " ".join(parts)[:MAX_TEXT_CHARS], True
            text = " ".join((page.extract_text() or "").split())
            parts.append(text)
            size += len(text) + 1
    text = " ".join(parts)
    return text[:MAX_TEXT_CHARS], len(text) > MAX_TEXT_CHARS


def extract_document_text(document_pk: int) -> DocumentText | None:
    """Read the text of one PDF document into its `DocumentText`, then re-index the
    evidence pages that attach it.

    Idempotent: a file whose hash matches the stored one is not read again. A PDF that
    cannot be read is recorded with its error (and empty text), never raised: a broken
    upload must not retry forever. Returns None for a missing or non-PDF document.
    """
    document = get_document_model().objects.filter(pk=document_pk).first()
    if document is None or not is_pdf(document):
        return None
    try:
        content_hash = _file_hash(document)
    except OSError as error:
        logger.warning("Document %s: file unreadable: %s", document_pk, error)
        return None
    stored = DocumentText.objects.filter(document=document).first()
    if stored is not None and stored.content_hash == content_hash:
        if stored.file_name != document.file.name:
            stored.file_name = document.file.name
            stored.save(update_fields=["file_name"])
        return stored
    try:
        text, truncated = _pdf_text(document)
        error = ""
    except Exception as exc:  # pypdf raises many types for damaged files
        logger.warning("Document %s: no text extracted: %s", document_pk, exc)
        text, truncated, error = "", False, f"{type(exc).__name__}: {exc}"[:1000]
    text = text.replace("\x00", "")  # PostgreSQL text cannot hold NUL
    with transaction.atomic():
        stored, _created = DocumentText.objects.update_or_create(
            document=document,
            defaults={
                "text": text,
                "file_name": document.file.name,
                "content_hash": content_hash,
                "extracted_at": timezone.now(),
                "truncated": truncated,
                "error": error,
            },
        )
    reindex_pages_attaching(document.pk)
    return stored


def reindex_pages_attaching(document_pk: int) -> int:
    """Update the search index entry of every evidence page that attaches the document.
    Returns how many pages were re-indexed."""
    from deliberations.models import EvidencePage

    pages = EvidencePage.get_indexed_objects().filter(documents__document_id=document_pk)
    count = 0
    for page in pages.distinct():
        index.insert_or_update_object(page)
        count += 1
    return count


def text_of_documents(documents) -> str:
    """The titles and extracted text of `documents` (each may have `extracted_text`
    prefetched), as one string for the search index."""
    parts = []
    for document in documents:
        parts.append(document.title)
        with contextlib.suppress(DocumentText.DoesNotExist):
            parts.append(document.extracted_text.text)
    return "\n".join(part for part in parts if part)
