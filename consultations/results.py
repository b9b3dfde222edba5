"""What residents said, counted in the database: per-question counts and percentages,
theme counts and equality monitoring, over approved submissions only.

Every figure is an aggregate query (GROUP BY), never a loop over submissions, so a
consultation of 25,000 responses costs a handful of queries.
"""

from dataclasses import dataclass, field

from django.db.models import Avg, Count, Q

from .models import AboutYou, Answer, ConsultationPage, Submission, SubmissionStatus, Theme
from .questions import Question

# Equality figures under this are shown as "fewer than 5": small groups identify people.
SUPPRESS_BELOW = 5


@dataclass(frozen=True)
class OptionResult:
    key: str
    label: str
    count: int
    percent: float
    average_rank: float | None = None


@dataclass(frozen=True)
class QuestionResult:
    question: Question
    respondents: int
    options: list[OptionResult] = field(default_factory=list)


@dataclass(frozen=True)
class ThemeCount:
    pk: int
    name: str
    count: int


@dataclass(frozen=True)
class DemographicRow:
    label: str
    count: int | None  # None: suppressed


@dataclass(frozen=True)
class Results:
    received: int
    approved: int
    questions: list[QuestionResult]
    themes: list[ThemeCount]


def in_every_language(consultation: ConsultationPage, prefix: str = "") -> dict:
    """A filter for the responses to this consultation in any of its translations: its
    questions keep their keys in every language, so the answers count together."""
    return {f"{prefix}consultation__translation_key": consultation.translation_key}


def approved_submissions(consultation: ConsultationPage):
    return Submission.objects.filter(
        **in_every_language(consultation), status=SubmissionStatus.APPROVED
    )


def consultation_results(consultation: ConsultationPage) -> Results:
    questions, _about_you = consultation.parsed_questions
    countable = [q for q in questions if q.is_countable]
    approved = approved_submissions(consultation)
    totals = Submission.objects.filter(**in_every_language(consultation)).aggregate(
        received=Count("pk"), approved=Count("pk", filter=Q(status=SubmissionStatus.APPROVED))
    )
    # A join, not `submission__in=<subquery>`: the plan stays sound on a table whose
    # statistics lag behind a burst of responses.
    answers = Answer.objects.filter(
        **in_every_language(consultation, "submission__"),
        submission__status=SubmissionStatus.APPROVED,
        question_key__in=[q.key for q in countable],
    )
    respondents = dict(
        answers.values_list("question_key").annotate(n=Count("submission_id", distinct=True))
    )
    # For a ranking question an option's count is its first preferences: everyone ranks
    # every option, so "how many ranked it" would say nothing.
    per_option = {
        (row["question_key"], row["option_key"]): row
        for row in answers.values("question_key", "option_key").annotate(
            count=Count("submission_id", distinct=True),
            first_preferences=Count("submission_id", distinct=True, filter=Q(number=1)),
            average_rank=Avg("number"),
        )
    }
    results = []
    for question in countable:
        total = respondents.get(question.key, 0)
        options = []
        is_ranking = question.kind == "ranking"
        for key, label in question.options:
            row = per_option.get(
                (question.key, key), {"count": 0, "first_preferences": 0, "average_rank": None}
            )
            count = row["first_preferences"] if is_ranking else row["count"]
            options.append(
                OptionResult(
                    key=key,
                    label=label,
                    count=count,
                    percent=round(100 * count / total, 1) if total else 0.0,
                    average_rank=round(row["average_rank"], 2)
                    if is_ranking and row["average_rank"] is not None
                    else None,
                )
            )
        results.append(QuestionResult(question=question, respondents=total, options=options))
    themes = [
        ThemeCount(*row)
        for row in Theme.objects.filter(submissions__in=approved)
        .annotate(count=Count("submissions"))
        .order_by("-count", "name")
        .values_list("pk", "name", "count")
    ]
    return Results(
        received=totals["received"],
        approved=totals["approved"],
        questions=results,
        themes=themes,
    )


def demographics(consultation: ConsultationPage) -> dict[str, list[DemographicRow]]:
    """Counts of each about-you answer among approved submissions, with small counts
    suppressed. Never per person: only these aggregates leave the database."""
    about_you = AboutYou.objects.filter(submission__in=approved_submissions(consultation))
    breakdown = {}
    for name in ("age_band", "gender", "ethnicity", "disability", "area"):
        model_field = AboutYou._meta.get_field(name)
        labels = dict(model_field.choices or [])
        rows = (
            about_you.exclude(**{name: ""})
            .values_list(name)
            .annotate(count=Count("pk"))
            .order_by(name)
        )
        breakdown[str(model_field.verbose_name)] = [
            DemographicRow(
                label=str(labels.get(value, value)),
                count=count if count >= SUPPRESS_BELOW else None,
            )
            for value, count in rows
        ]
    return breakdown
