from django.core.management.base import BaseCommand
from wagtail.documents import get_document_model

from search.documents import extract_document_text, is_pdf


class Command(BaseCommand):
    help = (
        "Extract the text of PDF documents for search (all, or those given by id), and "
        "re-index the evidence pages that attach them. Unchanged files are skipped."
    )

    def add_arguments(self, parser):
        parser.add_argument("ids", nargs="*", type=int, help="Document ids (default: all).")

    def handle(self, *args, ids, **options):
        documents = get_document_model().objects.order_by("pk")
        if ids:
            documents = documents.filter(pk__in=ids)
        done = failed = 0
        for document in documents.iterator():
            if not is_pdf(document):
                continue
            stored = extract_document_text(document.pk)
            if stored is not None and stored.error:
                failed += 1
                self.stderr.write(f"Document {document.pk}: {stored.error}")
            else:
                done += 1
        self.stdout.write(f"Text extracted or already current: {done}; unreadable: {failed}.")
