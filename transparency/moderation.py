"""The public summary of how a consultation's responses were moderated, so the authority
can show it did not filter out views it disliked. Aggregates only (three queries at any
size); the moderators' own reasons stay private (they may quote the person): rejections
are counted by their publishable category."""

from dataclasses import dataclass

from django.db.models import Count, Q

from consultations.models import RejectionCategory, Submission, SubmissionStatus
from consultations.results import in_every_language


@dataclass(frozen=True)
class ModerationSummary:
    received: int
    pending: int
    approved: int
    rejected: int
    rejected_by_category: list[tuple[str, str, int]]  # (category, label, count)
    redacted: int  # responses with part of their text hidden


def moderation_summary(consultation) -> ModerationSummary:
    submissions = Submission.objects.filter(**in_every_language(consultation))
    totals = submissions.aggregate(
        received=Count("pk"),
        pending=Count("pk", filter=Q(status=SubmissionStatus.PENDING)),
        approved=Count("pk", filter=Q(status=SubmissionStatus.APPROVED)),
        rejected=Count("pk", filter=Q(status=SubmissionStatus.REJECTED)),
    )
    by_category = dict.fromkeys(RejectionCategory.values, 0)
    for category, count in (
        submissions.filter(status=SubmissionStatus.REJECTED)
        .values_list("rejection_category")
        .annotate(count=Count("pk"))
        .order_by()
    ):
        by_category[category or RejectionCategory.OTHER] += count
    redacted = submissions.filter(answers__is_redacted=True).values("pk").distinct().count()
    return ModerationSummary(
        **totals,
        rejected_by_category=[
            (value, str(label), by_category[value]) for value, label in RejectionCategory.choices
        ],
        redacted=redacted,
    )
