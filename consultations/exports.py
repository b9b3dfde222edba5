"""Anonymised answers for the authority's analysts, as CSV or XLSX.

One row per submission, one column per question. No e-mail address, no name, no
about-you answer; redacted text is exported as redacted. Rows are read in batches by
primary key and written as they come, so memory stays flat at any size.
"""

import csv
import tempfile
from collections import defaultdict
from collections.abc import Iterator

from django.http import FileResponse, StreamingHttpResponse
from django.utils.text import slugify
from openpyxl import Workbook

from .models import (
    Answer,
    Channel,
    ConsultationPage,
    PublicationConsent,
    Submission,
    SubmissionStatus,
)
from .results import in_every_language

EXPORT = "consultations.export"  # the audit log's action for an export
BATCH_SIZE = 1000
FIXED_COLUMNS = ["Reference", "Received", "Channel", "Language", "Status", "Publication", "Themes"]


def export_rows(
    consultation: ConsultationPage, batch_size: int = BATCH_SIZE
) -> Iterator[list[str]]:
    """The header, then a row per submission, in submission order.

    Reads plain tuples (no model instances) in batches by primary key: three queries per
    batch, and nothing kept from one batch to the next, so memory stays flat.
    """
    questions, _about_you = consultation.parsed_questions
    yield FIXED_COLUMNS + [question.label for question in questions]
    # Translated once here, not once per cell: gettext was a third of the export's time.
    labels = {
        name: {key: str(label) for key, label in choices}
        for name, choices in (
            ("channel", Channel.choices),
            ("status", SubmissionStatus.choices),
            ("publication", PublicationConsent.choices),
        )
    }
    option_labels = {question.key: dict(question.options) for question in questions}
    last_pk = 0
    while True:
        batch = list(
            Submission.objects.filter(**in_every_language(consultation), pk__gt=last_pk)
            .order_by("pk")
            .values_list(
                "pk",
                "reference",
                "created_at",
                "channel",
                "language",
                "status",
                "publication_consent",
            )[:batch_size]
        )
        if not batch:
            return
        ids = [row[0] for row in batch]
        answers = defaultdict(lambda: defaultdict(list))
        for submission_id, key, option, number, text, redacted, is_redacted in (
            Answer.objects.filter(submission_id__in=ids)
            .order_by("pk")
            .values_list(
                "submission_id",
                "question_key",
                "option_key",
                "number",
                "text",
                "redacted_text",
                "is_redacted",
            )
        ):
            answers[submission_id][key].append((option, number, redacted if is_redacted else text))
        themes = defaultdict(list)
        for submission_id, name in Submission.themes.through.objects.filter(
            submission_id__in=ids
        ).values_list("submission_id", "theme__name"):
            themes[submission_id].append(name)
        for pk, reference, created_at, channel, language, status, consent in batch:
            cells = [
                reference,
                created_at.isoformat(timespec="seconds"),
                labels["channel"].get(channel, channel),
                language,
                labels["status"].get(status, status),
                labels["publication"].get(consent, consent),
                "; ".join(sorted(themes[pk])),
            ]
            cells += [
                _cell(question, option_labels[question.key], answers[pk][question.key])
                for question in questions
            ]
            yield [_safe_cell(cell) for cell in cells]
        last_pk = ids[-1]


def _cell(question, option_labels: dict, answers) -> str:
    """One question's answers as text: options by label, ranks as 'n=label', text as is."""
    if question.kind == "ranking":
        ranked = sorted(answers, key=lambda answer: answer[1])
        return "; ".join(
            f"{number}={option_labels.get(option, option)}" for option, number, _ in ranked
        )
    if question.options:
        return "; ".join(option_labels.get(option, option) for option, _number, _text in answers)
    return "\n".join(text for _option, _number, text in answers)


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
