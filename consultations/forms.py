"""The response form, built from a consultation's questions.

Every field is length-limited and validated on the server; error messages follow the
GOV.UK Design System's wording ("Enter...", "Select...").
"""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import AgeBand, Disability, Ethnicity, Gender, PublicationConsent
from .questions import AboutYouQuestions, Question

# Full UK postcodes ("NB1 4QT") or just their outward code ("NB1"); GIR 0AA is real too.
POSTCODE_PATTERN = re.compile(
    r"^(?P<outward>GIR|[A-Z]{1,2}[0-9][A-Z0-9]?)(?:\s*(?P<inward>[0-9][A-Z]{2}))?$"
)
ABOUT_YOU_FIELDS = ["age_band", "gender", "ethnicity", "disability", "area"]


def outward_code(value: str) -> str:
    """The first half of a UK postcode: enough for the area, not enough to identify."""
    match = POSTCODE_PATTERN.match(" ".join(value.upper().split()))
    if not match or (match["outward"] == "GIR" and match["inward"] != "0AA"):
        raise forms.ValidationError(_("Enter a real postcode, like NB1 4QT"), code="postcode")
    return match["outward"]


class PostcodeField(forms.CharField):
    def __init__(self, **kwargs):
        super().__init__(max_length=10, **kwargs)

    def clean(self, value):
        value = super().clean(value)
        return outward_code(value) if value else ""


class RankingWidget(forms.MultiWidget):
    def __init__(self, option_count: int):
        choices = [("", "–")] + [(str(rank), str(rank)) for rank in range(1, option_count + 1)]
        super().__init__([forms.Select(choices=choices) for _ in range(option_count)])

    def decompress(self, value):
        return value or [None] * len(self.widgets)


class RankingField(forms.MultiValueField):
    """One number per option; cleans to {option key: rank}."""

    def __init__(self, options, *, required, **kwargs):
        self.option_keys = [key for key, _label in options]
        count = len(self.option_keys)
        fields = [
            forms.TypedChoiceField(
                choices=[(str(rank), str(rank)) for rank in range(1, count + 1)],
                coerce=int,
                required=False,
            )
            for _ in self.option_keys
        ]
        super().__init__(
            fields,
            required=required,
            require_all_fields=False,
            widget=RankingWidget(count),
            **kwargs,
        )

    def compress(self, data_list):
        ranks = dict(zip(self.option_keys, data_list or [], strict=False))
        ranks = {key: rank for key, rank in ranks.items() if rank}
        if len(set(ranks.values())) != len(ranks):
            raise forms.ValidationError(_("Give each option a different number"), code="repeat")
        if sorted(ranks.values()) != list(range(1, len(ranks) + 1)):
            raise forms.ValidationError(
                _("Number your choices 1, 2, 3 and so on, without gaps"), code="gap"
            )
        if self.required and len(ranks) != len(self.option_keys):
            raise forms.ValidationError(_("Give every option a number"), code="incomplete")
        return ranks


class DistinctMultipleChoiceField(forms.MultipleChoiceField):
    """Each option at most once, however often a client repeats it."""

    def clean(self, value):
        return list(dict.fromkeys(super().clean(value)))


def _question_field(question: Question) -> forms.Field:
    required_message = {
        "short_text": _("Enter your answer"),
        "long_text": _("Enter your answer"),
        "postcode": _("Enter your postcode"),
        "multiple_choice": _("Select at least one answer"),
        "ranking": _("Give every option a number"),
    }.get(question.kind, _("Select an answer"))
    common = {
        "label": question.label,
        "help_text": question.hint,
        "required": question.required,
        "error_messages": {
            "required": required_message,
            "max_length": _("Your answer must be %(limit_value)d characters or fewer"),
            "invalid_choice": _("Select one of the answers shown"),
        },
    }
    if question.kind == "short_text":
        return forms.CharField(max_length=question.max_length, **common)
    if question.kind == "long_text":
        return forms.CharField(max_length=question.max_length, widget=forms.Textarea, **common)
    if question.kind == "postcode":
        return PostcodeField(**common)
    if question.kind == "ranking":
        return RankingField(question.options, **common)
    if question.kind == "multiple_choice":
        return DistinctMultipleChoiceField(
            choices=question.options, widget=forms.CheckboxSelectMultiple, **common
        )
    # single choice and the agreement scale
    return forms.ChoiceField(choices=question.options, widget=forms.RadioSelect, **common)


class ResponseForm(forms.Form):
    """A resident's (or a staff member's, for offline responses) answers."""

    publication_consent = forms.ChoiceField(
        label=_("Can we publish your response?"),
        help_text=_("Published responses may be quoted in the jury's briefing pack."),
        choices=PublicationConsent.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Select whether we can publish your response")},
    )
    display_name = forms.CharField(
        label=_("Your name (optional)"),
        help_text=_("Only shown if you agree to publish your response with your name."),
        max_length=100,
        required=False,
    )
    email = forms.EmailField(
        label=_("Email address (optional)"),
        help_text=_("We will send you a confirmation with your reference number."),
        max_length=254,
        required=False,
        error_messages={
            "invalid": _("Enter an email address in the correct format, like name@example.com")
        },
    )
    processing_consent = forms.BooleanField(
        label=_("I agree that the council can use my response as the privacy notice describes"),
        error_messages={"required": _("Agree to the privacy notice to send your response")},
    )
    token = forms.UUIDField(widget=forms.HiddenInput)
    # A honeypot: hidden from people (and assistive technology); bots fill it in.
    website = forms.CharField(required=False, max_length=200, label=_("Leave this empty"))

    def __init__(self, questions, about_you: AboutYouQuestions | None, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = questions
        self.about_you = about_you
        question_fields = {question.field_name: _question_field(question) for question in questions}
        about_you_fields = self._about_you_fields(about_you) if about_you else {}
        # Questions first, then the optional equality questions, then consent.
        self.fields = question_fields | about_you_fields | self.fields

    @staticmethod
    def _about_you_fields(about_you: AboutYouQuestions) -> dict[str, forms.Field]:
        def choice(label, choices):
            return forms.ChoiceField(
                label=label,
                choices=choices,
                widget=forms.RadioSelect,
                required=False,
                error_messages={"invalid_choice": _("Select one of the answers shown")},
            )

        fields = {}
        if about_you.ask_age_band:
            fields["about_age_band"] = choice(_("What is your age?"), AgeBand.choices)
        if about_you.ask_gender:
            fields["about_gender"] = choice(_("What is your gender?"), Gender.choices)
        if about_you.ask_ethnicity:
            fields["about_ethnicity"] = choice(_("What is your ethnic group?"), Ethnicity.choices)
        if about_you.ask_disability:
            fields["about_disability"] = choice(
                _(
                    "Do you have a physical or mental health condition or illness lasting "
                    "or expected to last 12 months or more?"
                ),
                Disability.choices,
            )
        if about_you.areas:
            fields["about_area"] = choice(
                _("Which area do you live in?"), [(area, area) for area in about_you.areas]
            )
        fields["about_consent"] = forms.BooleanField(
            label=_(
                "I agree that the council can use my answers to these questions to check "
                "who has taken part. I can ask for them to be deleted at any time."
            ),
            required=False,
        )
        return fields

    @property
    def is_bot(self) -> bool:
        return bool(self.data.get("website"))

    def clean(self):
        cleaned = super().clean()
        answered_about_you = any(cleaned.get(f"about_{name}") for name in ABOUT_YOU_FIELDS)
        if answered_about_you and not cleaned.get("about_consent"):
            self.add_error(
                "about_consent",
                _("Agree to the use of your answers about you, or leave those questions blank"),
            )
        if cleaned.get("publication_consent") == PublicationConsent.FULL and not cleaned.get(
            "display_name"
        ):
            self.add_error(
                "display_name", _("Enter your name, or choose to publish your response anonymously")
            )
        return cleaned

    def question_answers(self):
        """(question, cleaned answer) for each question the resident answered."""
        for question in self.questions:
            value = self.cleaned_data.get(question.field_name)
            if value not in (None, "", [], {}):
                yield question, value

    def about_you_answers(self) -> dict[str, str]:
        if not self.cleaned_data.get("about_consent"):
            return {}
        answers = {name: self.cleaned_data.get(f"about_{name}") for name in ABOUT_YOU_FIELDS}
        return {name: value for name, value in answers.items() if value}
