"""Synthetic residents' responses to a demo consultation, moderated and logged.

Every response is drawn from `random.Random(spec.seed)`, so each build of the demo holds
the same responses with the same references, dates and answers. They are written with
`bulk_create` (submissions, then answers, about-you answers, themes and log entries)
rather than one `record_submission()` per response: that would run the form, several
queries and an after-commit e-mail for each of some hundreds of responses. Nothing is
e-mailed: every address is at example.org and is marked as already confirmed.

Moderation is what the `moderator` user would have done in the admin: most responses
approved and tagged with themes, some rejected with a reason, identifying details
redacted, the latest few on an open consultation still waiting. Each decision has the
Wagtail log entry that `consultations.moderation` would have written.
"""

import datetime
import random
import uuid
from collections import Counter
from collections.abc import Set
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from wagtail.models import ModelLogEntry

from consultations import moderation
from consultations.models import (
    AboutYou,
    AgeBand,
    Answer,
    Channel,
    ConsultationPage,
    Disability,
    Ethnicity,
    Gender,
    PublicationConsent,
    Submission,
    SubmissionStatus,
    Theme,
)
from consultations.questions import Question
from consultations.services import REFERENCE_ALPHABET

from .consultations import (
    CLOSERS,
    FIRST_NAMES,
    LAST_NAMES,
    LONDON,
    OPENERS,
    PERSONAL_DETAILS,
    REJECTIONS,
    WARD_WEIGHTS,
    WARDS,
    ConsultationSpec,
    QuestionSpec,
    ThemeSpec,
)

__all__ = ["load_responses"]

# Log entry uuids derive from the reference and the action, so they too are the same on
# every build.
_LOG_UUID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_DNS, "responses.demo.northbridge.example")

CHANNEL_WEIGHTS = {Channel.ONLINE: 82, Channel.PAPER: 9, Channel.EMAIL: 5, Channel.EVENT: 4}
# Translated paper forms are the only ones not in English.
PAPER_LANGUAGE_WEIGHTS = {"en-gb": 85, "pl": 8, "ur": 7}
EMAIL_RATE = {Channel.ONLINE: 0.45, Channel.EMAIL: 1.0, Channel.PAPER: 0.08, Channel.EVENT: 0.08}
CONSENT_WEIGHTS = {
    PublicationConsent.FULL: 22,
    PublicationConsent.ANONYMOUS: 50,
    PublicationConsent.NONE: 28,
}
ABOUT_YOU_RATE = 0.7
ABOUT_YOU_SKIP_RATE = 0.07  # each about-you question left blank
# People who answer consultations are older than the borough as a whole.
AGE_WEIGHTS = {
    AgeBand.UNDER_16: 1,
    AgeBand.FROM_16: 5,
    AgeBand.FROM_25: 12,
    AgeBand.FROM_35: 16,
    AgeBand.FROM_45: 18,
    AgeBand.FROM_55: 19,
    AgeBand.FROM_65: 16,
    AgeBand.FROM_75: 8,
    AgeBand.UNSAID: 5,
}
GENDER_WEIGHTS = {
    Gender.WOMAN: 52,
    Gender.MAN: 42,
    Gender.NON_BINARY: 1,
    Gender.OTHER: 0.5,
    Gender.UNSAID: 4.5,
}
ETHNICITY_WEIGHTS = {
    Ethnicity.WHITE: 80,
    Ethnicity.ASIAN: 9,
    Ethnicity.BLACK: 3,
    Ethnicity.MIXED: 3,
    Ethnicity.OTHER: 1,
    Ethnicity.UNSAID: 4,
}
DISABILITY_WEIGHTS = {Disability.YES: 22, Disability.NO: 70, Disability.UNSAID: 8}
# Residents answer online mostly in the evening; staff type in offline responses in
# office hours.
HOUR_WEIGHTS = (
    (1, 0.5, 0.3, 0.2, 0.2, 0.3, 1, 3, 5, 7, 8, 8)
    + (9, 8, 7, 7, 7, 7, 8, 10, 11, 10, 6, 3)
)  # fmt: skip
OFFICE_HOURS = range(9, 17)

REJECTION_RATE = 0.08
PERSONAL_DETAIL_RATE = 0.05  # free-text answers that name or locate someone
TAGGED_RATE = 0.92  # approved free-text answers that moderators tagged with themes
# Of two agreement questions, residents who agree with one tend to agree with the other:
# this share of their answers follows their own leaning rather than chance.
LEANING = 0.6


@dataclass
class _Draft:
    """One synthetic response before it is written."""

    submission: Submission
    answers: list[Answer] = field(default_factory=list)
    about_you: AboutYou | None = None
    text_answer: Answer | None = None
    text_themes: list[str] = field(default_factory=list)
    personal_detail: str = ""  # the identifying part of the free-text answer
    themes: list[str] = field(default_factory=list)
    # (action, timestamp, data, redacted answer or None) in the order they happened.
    log: list[tuple[str, datetime.datetime, dict, Answer | None]] = field(default_factory=list)


def load_responses(
    page: ConsultationPage, spec: ConsultationSpec, themes: dict[str, Theme], moderator
) -> Counter:
    """Write `spec.responses` synthetic responses to `page`, which must have none yet.

    Deterministic: the same spec gives the same responses, references and log entries
    (a reference already taken by a real response is drawn again). Returns how many rows
    of each kind were created.
    """
    residents = _Residents(page, spec, moderator)
    drafts = residents.respond()
    residents.make_references_unique(drafts)
    return _write(drafts, themes, moderator)


class _Residents:
    """Draws the responses to one consultation, and moderates them, from its seed."""

    def __init__(self, page: ConsultationPage, spec: ConsultationSpec, moderator):
        self.page = page
        self.spec = spec
        self.moderator = moderator
        self.rng = random.Random(spec.seed)
        self.themes_by_name: dict[str, ThemeSpec] = {theme.name: theme for theme in spec.themes}
        questions, _about_you = page.parsed_questions
        kinds = [question.kind for question in questions]
        if kinds != [question.kind for question in spec.questions]:
            raise ValueError(f"{page.url_path}: its questions are not those of the demo.")
        self.questions: list[tuple[QuestionSpec, Question]] = list(
            zip(spec.questions, questions, strict=True)
        )
        self.start = spec.opens_at
        self.end = min(spec.closes_at, spec.responses_until or spec.closes_at)
        self.used_references: set[str] = set()

    def respond(self) -> list[_Draft]:
        drafts = [self.draft() for _ in range(self.spec.responses)]
        # In the order they arrived, so primary keys follow the dates.
        drafts.sort(key=lambda draft: (draft.submission.created_at, draft.submission.reference))
        pending_from = len(drafts) - round(len(drafts) * self.spec.pending_share)
        for i, draft in enumerate(drafts):
            if i < pending_from:
                self.moderate(draft)
        return drafts

    # --- One resident ----------------------------------------------------------------

    def draft(self) -> _Draft:
        rng = self.rng
        channel = _pick(rng, CHANNEL_WEIGHTS)
        offline = channel != Channel.ONLINE
        created_at = self.arrival(offline=offline)
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        ward = _pick(rng, dict(zip(WARDS, WARD_WEIGHTS, strict=True)))
        consent = _pick(rng, CONSENT_WEIGHTS)
        email = ""
        if rng.random() < EMAIL_RATE[channel]:
            local = f"{first}.{last}".lower().replace("'", "")
            email = f"{local}{rng.randrange(10, 100)}@example.org"
        submission = Submission(
            consultation=self.page,
            reference=self.reference(),
            idempotency_token=uuid.UUID(int=rng.getrandbits(128), version=4),
            created_at=created_at,
            channel=channel,
            language=_pick(rng, PAPER_LANGUAGE_WEIGHTS) if channel == Channel.PAPER else "en-gb",
            status=SubmissionStatus.PENDING,
            publication_consent=consent,
            display_name=self.display_name(first, last, ward)
            if consent == PublicationConsent.FULL
            else "",
            email=email,
            # As if the confirmation had gone: the demo must never send e-mail.
            confirmation_sent_at=created_at + datetime.timedelta(seconds=rng.randint(5, 90))
            if email
            else None,
            entered_by=self.moderator if offline else None,
        )
        draft = _Draft(submission)
        if offline:
            draft.log.append((moderation.ENTER_OFFLINE, created_at, {}, None))
        leaning = rng.random()
        for spec, question in self.questions:
            if spec.required or rng.random() < spec.answer_rate:
                self.answer(draft, spec, question, leaning, ward)
        if rng.random() < ABOUT_YOU_RATE:
            draft.about_you = self.about_you(submission, ward)
        return draft

    def arrival(self, *, offline: bool) -> datetime.datetime:
        """When a response arrived: many in the first weeks after the launch, a steady
        trickle, and (once it has closed) a rush before the deadline."""
        rng = self.rng
        span = (self.end - self.start).total_seconds()
        rush = self.spec.responses_until is None
        while True:
            phase = rng.random()
            if phase < 0.35:
                share = 0.3 * rng.random() ** 2
            elif phase < 0.85 or not rush:
                share = rng.random()
            else:
                share = 1 - 0.08 * rng.random() ** 2
            day = (self.start + datetime.timedelta(seconds=share * span)).astimezone(LONDON)
            day = day.date()
            if offline:
                hour = rng.choice(OFFICE_HOURS)
                if day.weekday() >= 5:  # typed in on the Monday
                    day += datetime.timedelta(days=7 - day.weekday())
            else:
                hour = rng.choices(range(24), HOUR_WEIGHTS)[0]
            time = datetime.time(hour, rng.randrange(60), rng.randrange(60))
            moment = datetime.datetime.combine(day, time, tzinfo=LONDON)
            if self.start <= moment < self.end:
                return moment

    def reference(self, taken: Set[str] = frozenset()) -> str:
        """Like services.new_reference(), but drawn from the seeded generator."""
        while True:
            code = "".join(self.rng.choice(REFERENCE_ALPHABET) for _ in range(8))
            reference = f"{code[:4]}-{code[4:]}"
            if reference not in self.used_references and reference not in taken:
                self.used_references.add(reference)
                return reference

    def make_references_unique(self, drafts: list[_Draft]) -> None:
        """Draw again any reference that a real response already has (one chance in
        millions, but references must be unique across every consultation)."""
        by_reference = {draft.submission.reference: draft for draft in drafts}
        taken: set[str] = set()
        while clashes := set(
            Submission.objects.filter(reference__in=list(by_reference)).values_list(
                "reference", flat=True
            )
        ):
            taken |= clashes
            for reference in sorted(clashes):
                draft = by_reference.pop(reference)
                draft.submission.reference = self.reference(taken)
                by_reference[draft.submission.reference] = draft

    def display_name(self, first: str, last: str, ward: str) -> str:
        style = self.rng.random()
        if style < 0.6:
            return f"{first} {last}"
        if style < 0.85:
            return f"{first} {last[0]}."
        return f"{first}, {ward}"

    def about_you(self, submission: Submission, ward: str) -> AboutYou:
        rng = self.rng

        def maybe(weights) -> str:
            answer = _pick(rng, weights)
            return "" if rng.random() < ABOUT_YOU_SKIP_RATE else answer

        return AboutYou(
            submission=submission,
            consent_given_at=submission.created_at,
            age_band=maybe(AGE_WEIGHTS),
            gender=maybe(GENDER_WEIGHTS),
            ethnicity=maybe(ETHNICITY_WEIGHTS),
            disability=maybe(DISABILITY_WEIGHTS),
            area="" if rng.random() < ABOUT_YOU_SKIP_RATE else ward,
        )

    # --- Answers -----------------------------------------------------------------------

    def answer(self, draft, spec: QuestionSpec, question: Question, leaning: float, ward: str):
        rng = self.rng
        keys = [key for key, _label in question.options]

        def add(**fields):
            answer = Answer(submission=draft.submission, question_key=question.key, **fields)
            draft.answers.append(answer)
            return answer

        if question.kind == "single_choice":
            add(option_key=rng.choices(keys, spec.weights)[0])
        elif question.kind == "agreement_scale":
            # Options run from strongly agree (5) to strongly disagree (1), as do weights.
            share = leaning if rng.random() < LEANING else rng.random()
            number = int(keys[_inverse_cdf(spec.weights, share)])
            add(option_key=str(number), number=number)
        elif question.kind == "multiple_choice":
            labels = dict(zip(keys, spec.options, strict=True))
            ticked = [
                key for key, chance in zip(keys, spec.weights, strict=True) if rng.random() < chance
            ]
            exclusive = [key for key in ticked if labels[key] == spec.exclusive]
            ticked = exclusive or ticked or rng.choices(keys, spec.weights)
            for key in ticked:
                add(option_key=key)
        elif question.kind == "ranking":
            order = _weighted_order(rng, keys, spec.weights)
            if not spec.required and rng.random() < 0.15:
                order = order[: rng.randint(1, 3)]  # only their favourites
            for rank, key in enumerate(order, start=1):
                add(option_key=key, number=rank)
        elif question.kind == "long_text":
            text, draft.text_themes, draft.personal_detail = self.free_text(question.max_length)
            draft.text_answer = add(text=text)
        elif question.kind == "postcode":
            add(text=f"NB{WARDS.index(ward) + 1}")  # only the first half is ever stored
        else:
            raise ValueError(f"The demo has no synthetic answers to {question.kind} questions.")

    def free_text(self, limit: int) -> tuple[str, list[str], str]:
        """A few sentences on one or two themes; returns the text, the themes it raises
        and any identifying detail it gives away."""
        rng = self.rng
        names = list(self.themes_by_name)
        # Earlier themes in the list come up more often.
        weights = [len(names) - i + 2 for i in range(len(names))]
        chosen = [rng.choices(names, weights)[0]]
        if rng.random() < 0.3:
            other = rng.choices(names, weights)[0]
            if other not in chosen:
                chosen.append(other)
        sentences = []
        for name in chosen:
            pool = self.themes_by_name[name].sentences
            sentences += rng.sample(pool, k=min(len(pool), 1 if len(chosen) > 1 else 2))
        if rng.random() < 0.3:
            sentences.insert(0, rng.choice(OPENERS))
        private = ""
        if rng.random() < PERSONAL_DETAIL_RATE:
            sentence, private = rng.choice(PERSONAL_DETAILS)
            sentences.append(sentence)
        if rng.random() < 0.2:
            sentences.append(rng.choice(CLOSERS))
        text = " ".join(sentences)
        if len(text) > limit:
            raise ValueError(f"A demo answer is longer than the limit of {limit} characters.")
        return text, chosen, private

    # --- Moderation --------------------------------------------------------------------

    def moderate(self, draft: _Draft) -> None:
        rng = self.rng
        submission = draft.submission
        moment = submission.created_at + datetime.timedelta(hours=rng.uniform(2, 72))

        def later(seconds=(20, 120)) -> datetime.datetime:
            nonlocal moment
            moment += datetime.timedelta(seconds=rng.randint(*seconds))
            return moment

        if rng.random() < REJECTION_RATE:
            reason, category, replacement = rng.choice(REJECTIONS)
            if replacement:
                self.replace_text(draft, replacement)
            submission.status = SubmissionStatus.REJECTED
            submission.rejection_reason = reason
            submission.rejection_category = category
            draft.log.append(
                (moderation.REJECT, later(), {"reason": reason, "category": category}, None)
            )
            return
        answer = draft.text_answer
        if answer is not None and draft.personal_detail:
            answer.redacted_text = answer.text.replace(draft.personal_detail, "[redacted]")
            answer.is_redacted = True
            draft.log.append((moderation.REDACT, later(), {}, answer))
        if draft.text_themes and rng.random() < TAGGED_RATE:
            draft.themes = sorted(draft.text_themes)
            draft.log.append((moderation.TAG, later(), {"themes": draft.themes}, None))
        submission.status = SubmissionStatus.APPROVED
        draft.log.append((moderation.APPROVE, later(), {}, None))

    def replace_text(self, draft: _Draft, text: str) -> None:
        if draft.text_answer is None:
            key = next(q.key for spec, q in self.questions if q.kind == "long_text")
            draft.text_answer = Answer(submission=draft.submission, question_key=key)
            draft.answers.append(draft.text_answer)
        draft.text_answer.text = text
        draft.text_themes, draft.personal_detail = [], ""


def _pick(rng: random.Random, weights: dict):
    return rng.choices(list(weights), list(weights.values()))[0]


def _inverse_cdf(weights, share: float) -> int:
    """The index whose slice of the cumulative weights holds `share` (0 <= share < 1)."""
    target = share * sum(weights)
    total = 0.0
    for i, weight in enumerate(weights):
        total += weight
        if target < total:
            return i
    return len(weights) - 1


def _weighted_order(rng: random.Random, keys, weights) -> list[str]:
    """All keys, ordered by repeatedly drawing one in proportion to its weight."""
    items = list(zip(keys, weights, strict=True))
    order = []
    while items:
        i = rng.choices(range(len(items)), [weight for _key, weight in items])[0]
        order.append(items.pop(i)[0])
    return order


def _write(drafts: list[_Draft], themes: dict[str, Theme], moderator) -> Counter:
    submissions = Submission.objects.bulk_create(draft.submission for draft in drafts)
    # Both SQLite and PostgreSQL return the new primary keys, so the answers' foreign
    # keys (set to the unsaved submissions) resolve now.
    answers = Answer.objects.bulk_create(answer for draft in drafts for answer in draft.answers)
    about_you = AboutYou.objects.bulk_create(draft.about_you for draft in drafts if draft.about_you)
    through = Submission.themes.through
    tags = through.objects.bulk_create(
        through(submission_id=draft.submission.pk, theme_id=themes[name].pk)
        for draft in drafts
        for name in draft.themes
    )
    content_type = ContentType.objects.get_for_model(Submission, for_concrete_model=False)
    entries = ModelLogEntry.objects.bulk_create(
        ModelLogEntry(
            content_type=content_type,
            object_id=str(draft.submission.pk),
            label=str(draft.submission),
            action=action,
            timestamp=timestamp,
            data=(
                {"answer": answer.pk, "question": answer.question_key, "redacted": True}
                if answer is not None
                else data
            ),
            uuid=uuid.uuid5(_LOG_UUID_NAMESPACE, f"{draft.submission.reference}/{action}"),
            user=moderator,
        )
        for draft in drafts
        for action, timestamp, data, answer in draft.log
    )
    return Counter(
        {
            "submissions": len(submissions),
            "answers": len(answers),
            "about-you answers": len(about_you),
            "theme tags": len(tags),
            "moderation log entries": len(entries),
        }
    )
