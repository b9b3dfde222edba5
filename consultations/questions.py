"""A consultation's questions as plain values, read from its StreamField once per request.

Forms, the submission service, moderation and results all work from these, never from
the blocks directly.
"""

from dataclasses import dataclass

from .blocks import AGREEMENT_SCALE

TEXT_KINDS = {"short_text", "long_text", "postcode"}
OPTION_KINDS = {"single_choice", "multiple_choice", "ranking"}


@dataclass(frozen=True)
class Question:
    key: str  # the StreamField block id: stable across edits and translations
    kind: str
    label: str
    hint: str = ""
    required: bool = False
    options: tuple[tuple[str, str], ...] = ()  # (option key, label)
    max_length: int | None = None

    @property
    def field_name(self) -> str:
        return f"q_{self.key}"

    @property
    def is_countable(self) -> bool:
        return self.kind in {"single_choice", "multiple_choice", "agreement_scale", "ranking"}

    def option_label(self, option_key: str) -> str:
        return dict(self.options).get(option_key, option_key)


@dataclass(frozen=True)
class AboutYouQuestions:
    introduction: str
    ask_age_band: bool
    ask_gender: bool
    ask_ethnicity: bool
    ask_disability: bool
    areas: tuple[str, ...]


def read_questions(stream) -> tuple[list[Question], AboutYouQuestions | None]:
    """The opinion questions in order, and the about-you block if the page has one."""
    questions, about_you = [], None
    for child in stream:
        value = child.value
        if child.block_type == "about_you":
            about_you = AboutYouQuestions(
                introduction=value["introduction"],
                ask_age_band=value["ask_age_band"],
                ask_gender=value["ask_gender"],
                ask_ethnicity=value["ask_ethnicity"],
                ask_disability=value["ask_disability"],
                areas=tuple(value["areas"]),
            )
            continue
        options = ()
        if child.block_type in OPTION_KINDS:
            options = tuple((item.id, item.value) for item in value["options"].bound_blocks)
        elif child.block_type == "agreement_scale":
            options = tuple((str(number), str(label)) for number, label in AGREEMENT_SCALE)
        questions.append(
            Question(
                key=child.id,
                kind=child.block_type,
                label=value["label"],
                hint=value["hint"],
                required=value["required"],
                options=options,
                max_length=value.get("max_length") or value.get("character_limit"),
            )
        )
    return questions, about_you
