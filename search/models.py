from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model_string


class DocumentText(models.Model):
    """The text extracted from an uploaded document, so that the evidence pages which
    attach it can be found by a phrase that appears only inside the document.

    Filled by `search.tasks.extract_document_text`; `content_hash` is the hash of the file
    the text came from, so extracting the same file again does nothing.
    """

    document = models.OneToOneField(
        get_document_model_string(),
        on_delete=models.CASCADE,
        related_name="extracted_text",
    )
    text = models.TextField(blank=True)
    file_name = models.CharField(max_length=255, blank=True)
    content_hash = models.CharField(max_length=64, blank=True)
    extracted_at = models.DateTimeField(null=True, blank=True)
    truncated = models.BooleanField(
        default=False, help_text=_("The document held more text than is indexed.")
    )
    error = models.TextField(blank=True, help_text=_("Why the text could not be read, if so."))

    class Meta:
        verbose_name = _("document text")
        verbose_name_plural = _("document texts")

    def __str__(self):
        return f"Text of document {self.document_id}"
