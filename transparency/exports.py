"""The register as open data: CSV (one row per recommendation) and JSON (with progress
updates). Same entries and filters as the page; codes for machines, labels in the
reader's language for people."""

import csv
import io

from django.http import Http404, HttpResponse, JsonResponse

from consultations.exports import _safe_cell

from .register import Register

CSV_COLUMNS = [
    "topic",
    "number",
    "recommendation",
    "votes_for",
    "votes_against",
    "votes_abstained",
    "support_percent",
    "response",
    "response_reasons",
    "owner",
    "due_date",
    "progress",
    "latest_update",
]


def _text(value) -> str:
    return "" if value is None else str(value)


def register_rows(register: Register):
    yield CSV_COLUMNS
    for entry in register.entries:
        original, text = entry.original, entry.text
        cells = [
            entry.topic.title,
            entry.number,
            text.wording,
            original.votes_for,
            original.votes_against,
            original.votes_abstained,
            original.support,
            original.get_response_status_display(),
            text.response_reasons,
            text.owner,
            original.due_date.isoformat() if original.due_date else "",
            entry.progress_label,
            entry.updates[0].date.isoformat() if entry.updates else "",
        ]
        yield [_safe_cell(_text(cell)) for cell in cells]


def csv_response(register: Register) -> HttpResponse:
    output = io.StringIO()
    csv.writer(output).writerows(register_rows(register))
    response = HttpResponse(output.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="recommendations.csv"'
    return response


def register_data(register: Register, request) -> dict:
    return {
        "topics": [
            {
                "id": counts.topic.pk,
                "title": counts.topic.title,
                "url": counts.topic.get_full_url(request),
                "recommendations": counts.total,
                "accepted": counts.accepted,
                "accepted_in_part": counts.accepted_in_part,
                "done": counts.done,
            }
            for counts in register.topics
        ],
        "recommendations": [
            {
                "id": entry.original.pk,
                "topic": entry.topic.pk,
                "number": entry.number,
                "wording": entry.text.wording,
                "votes": {
                    "for": entry.original.votes_for,
                    "against": entry.original.votes_against,
                    "abstained": entry.original.votes_abstained,
                },
                "support_percent": entry.original.support,
                "response": {
                    "status": entry.original.response_status,
                    "label": entry.original.get_response_status_display(),
                    "reasons": entry.text.response_reasons,
                    "owner": entry.text.owner,
                    "due_date": entry.original.due_date.isoformat()
                    if entry.original.due_date
                    else None,
                },
                "progress": {"status": entry.progress or None, "label": entry.progress_label},
                "progress_updates": [
                    {
                        "date": update.date.isoformat(),
                        "status": update.status,
                        "label": update.get_status_display(),
                        "note": update.note,
                    }
                    for update in entry.updates
                ],
            }
            for entry in register.entries
        ],
    }


def json_response(register: Register, request) -> JsonResponse:
    return JsonResponse(register_data(register, request), json_dumps_params={"ensure_ascii": False})


def checklist_response(topic, items, file_format: str, request) -> HttpResponse:
    """A topic's checklist as CSV or JSON: key, label, published, url (absolute)."""
    rows = [
        {
            "key": item.key,
            "label": str(item.label),
            "published": item.published,
            "url": request.build_absolute_uri(item.url) if item.url else "",
        }
        for item in items
    ]
    if file_format == "json":
        return JsonResponse(
            {"topic": {"id": topic.pk, "title": topic.title}, "items": rows},
            json_dumps_params={"ensure_ascii": False},
        )
    if file_format != "csv":
        raise Http404
    output = io.StringIO()
    writer = csv.DictWriter(output, fieldnames=["key", "label", "published", "url"])
    writer.writeheader()
    writer.writerows({**row, "label": _safe_cell(row["label"])} for row in rows)
    response = HttpResponse(output.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="transparency-{topic.pk}.csv"'
    return response


RESULTS_COLUMNS = [
    "table",
    "question_key",
    "question",
    "option_key",
    "option",
    "count",
    "percent",
    "average_rank",
    "respondents",
]


def results_data(consultation, results, request) -> dict:
    """The figures the consultation page shows under "What you told us": counts over
    approved responses, in every language; no response, and nothing about anyone."""
    return {
        "consultation": {
            "id": consultation.pk,
            "title": consultation.title,
            "url": consultation.get_full_url(request),
        },
        "received": results.received,
        "approved": results.approved,
        "questions": [
            {
                "key": result.question.key,
                "label": str(result.question.label),
                "kind": result.question.kind,
                "respondents": result.respondents,
                "options": [
                    {
                        "key": option.key,
                        "label": str(option.label),
                        "count": option.count,
                        "percent": option.percent,
                        "average_rank": option.average_rank,
                    }
                    for option in result.options
                ],
            }
            for result in results.questions
        ],
        "themes": [{"name": theme.name, "count": theme.count} for theme in results.themes],
    }


def results_rows(data: dict):
    """CSV rows: one per answer option of each question, then one per theme."""
    yield RESULTS_COLUMNS
    for question in data["questions"]:
        for option in question["options"]:
            yield [
                "question",
                question["key"],
                question["label"],
                option["key"],
                option["label"],
                option["count"],
                option["percent"],
                option["average_rank"],
                question["respondents"],
            ]
    for theme in data["themes"]:
        yield ["theme", "", "", "", theme["name"], theme["count"], "", "", ""]


def results_response(consultation, results, file_format: str, request) -> HttpResponse:
    data = results_data(consultation, results, request)
    if file_format == "json":
        return JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    if file_format != "csv":
        raise Http404
    output = io.StringIO()
    csv.writer(output).writerows(
        [_safe_cell(_text(cell)) for cell in row] for row in results_rows(data)
    )
    response = HttpResponse(output.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="consultation-{consultation.pk}-results.csv"'
    )
    return response
