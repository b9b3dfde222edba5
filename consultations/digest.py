"""The consultation digest in a jury's briefing pack: what residents said, as plain data
(JSON-ready) so a published pack keeps it exactly as the jurors saw it.

Built from approved submissions only, by aggregate queries (see `results`): a digest of
20,000 responses costs the same handful of queries as one of 20. It holds no e-mail
address, no about-you answer and no original text of a redacted answer; a quotation
appears only if a moderator chose it and the resident consented to publication, with
their name only if they consented to that.
"""

from .models import Answer, ConsultationPage, PublicationConsent, SubmissionStatus
from .results import consultation_results, in_every_language

# Enough for the jury to hear many voices without the pack becoming a transcript.
MAX_QUOTATIONS = 60


def build_digest(consultation: ConsultationPage) -> dict:
    results = consultation_results(consultation)
    questions, _about_you = consultation.parsed_questions
    labels = {question.key: question.label for question in questions}
    return {
        "consultation": {"id": consultation.pk, "title": consultation.title},
        "received": results.received,
        "approved": results.approved,
        "questions": [
            {
                "key": result.question.key,
                "label": result.question.label,
                "kind": result.question.kind,
                "respondents": result.respondents,
                "options": [
                    {
                        "label": option.label,
                        "count": option.count,
                        "percent": option.percent,
                        "average_rank": option.average_rank,
                    }
                    for option in result.options
                ],
            }
            for result in results.questions
        ],
        "themes": [
            {"id": theme.pk, "name": theme.name, "count": theme.count} for theme in results.themes
        ],
        "quotations": [
            {
                "answer_id": answer["pk"],
                "submission_id": answer["submission_id"],
                "question": labels.get(answer["question_key"], ""),
                "text": answer["redacted_text"] if answer["is_redacted"] else answer["text"],
                "attribution": answer["submission__display_name"]
                if answer["submission__publication_consent"] == PublicationConsent.FULL
                else "",
            }
            for answer in quotations(consultation, set(labels))
        ],
    }


def quotations(consultation: ConsultationPage, question_keys: set[str]):
    return (
        Answer.objects.filter(
            **in_every_language(consultation, "submission__"),
            submission__status=SubmissionStatus.APPROVED,
            submission__publication_consent__in=[
                PublicationConsent.FULL,
                PublicationConsent.ANONYMOUS,
            ],
            quoted_for_jury=True,
            question_key__in=question_keys,
        )
        .exclude(text="")
        .order_by("question_key", "submission__created_at", "pk")
        .values(
            "pk",
            "submission_id",
            "question_key",
            "text",
            "redacted_text",
            "is_redacted",
            "submission__display_name",
            "submission__publication_consent",
        )[:MAX_QUOTATIONS]
    )
