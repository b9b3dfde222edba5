"""Extract a PDF's text in the background whenever a document is uploaded or its file
replaced: enqueued after the commit, so that the worker sees the saved file."""

from functools import partial

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.documents import get_document_model

from .documents import is_pdf
from .models import DocumentText


def _enqueue(document_pk: int) -> None:
    from .tasks import extract_document_text

    extract_document_text.delay(document_pk)


@receiver(post_save, sender=get_document_model())
def document_saved(sender, instance, raw=False, **kwargs):
    if raw or not is_pdf(instance):
        return
    # A replaced file gets a new name in storage; the same name means only the title or
    # collection changed, and the stored text still holds.
    if DocumentText.objects.filter(document=instance, file_name=instance.file.name).exists():
        return
    transaction.on_commit(partial(_enqueue, instance.pk))
