"""Anonymised answers for the authority's analysts, as CSV or XLSX.

One row per submission, one column per question. No e-mail address, no name, no
about-you answer; redacted text is exported as redacted. Rows are read in batches by
primary key and written as they come, so memory stays flat at any size.
"""

import csv
import tempfile
from collections.abc import Iterator

from django.http import FileResponse, StreamingHttpResponse
from django.utils.text import slugify
from openpyxl import Workbook

from .models import ConsultationPage, Submission

BATCH_SIZE = 1000
FIXED_COLUMNS = ["Reference", "Received", "Channel", "Language", "Status", "Publication", "Themes"]


def export_rows(consultation: ConsultationPage) -> Iterator[list[str]]:
    """The header, then a row per submission, in submission order."""
    questions, _about_you = consultation.parsed_questions
    yield FIXED_COLUMNS + [question.label for question in questions]
    last_pk = 0
    while True:
        batch = list(
            Submission.objects.filter(consultation=consultation, pk__gt=last_pk)
            .order_by("pk")
            .only(
                "pk",
                "reference",
                "created_at",
                "channel",
                "language",
                "status",
                "publication_consent",
            )
            .prefetch_related("answers", "themes")[:BATCH_SIZE]
        )
        if not batch:
            return
        for submission in batch:
            yield _row(submission, questions)
        last_pk = batch[-1].pk


def _row(submission, questions) -> list[str]:
    by_question = {}
    for answer in submission.answers.all():
        by_question.setdefault(answer.question_key, []).append(answer)
    cells = [
        submission.reference,
        submission.created_at.isoformat(timespec="seconds"),
        submission.get_channel_display(),
        submission.language,
        submission.get_status_display(),
        submission.get_publication_consent_display(),
        "; ".join(sorted(theme.name for theme in submission.themes.all())),
    ]
    for question in questions:
        answers = by_question.get(question.key, [])
        if question.kind == "ranking":
            ranked = sorted(answers, key=lambda a: a.number)
            cells.append(
                "; ".join(f"{a.number}={question.option_label(a.option_key)}" for a in ranked)
            )
        elif question.kind == "agreement_scale" or question.options:
            cells.append("; ".join(question.option_label(a.option_key) for a in answers))
        else:
            cells.append("\n".join(a.public_text for a in answers))
    return [_safe_cell(cell) for cell in cells]


def _safe_cell(value: str) -> str:
    """Stop spreadsheet formula injection: a resident's "=HYPERLINK(...)" stays text."""
    return f"'{value}" if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


class _Echo:
    def write(self, value):
        return value


def csv_response(consultation: ConsultationPage) -> StreamingHttpResponse:
    writer = csv.writer(_Echo())
    response = StreamingHttpResponse(
        (writer.writerow(row) for row in export_rows(consultation)),
        content_type="text/csv; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="{_filename(consultation)}.csv"'
    return response


def xlsx_response(consultation: ConsultationPage) -> FileResponse:
    # openpyxl's write-only mode streams rows to a temporary file, not to memory.
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Responses")
    for row in export_rows(consultation):
        sheet.append(row)
    output = tempfile.TemporaryFile()  # noqa: SIM115 - FileResponse closes it
    workbook.save(output)
    output.seek(0)
    return FileResponse(
        output,
        as_attachment=True,
        filename=f"{_filename(consultation)}.xlsx",
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )


def _filename(consultation) -> str:
    return f"{slugify(consultation.title)[:60]}-responses"
