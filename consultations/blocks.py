"""Question blocks for a consultation. Editors build the questionnaire from these.

Every question is keyed by its StreamField block id, and every option by its list item id:
both survive edits to the wording (and are shared by translations), so answers given
before and after an edit, or in another language, are counted together.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

MAX_SHORT_TEXT = 500
MAX_LONG_TEXT = 5000


class QuestionBlock(blocks.StructBlock):
    label = blocks.CharBlock(
        max_length=250, help_text=_("The question, as residents will read it.")
    )
    hint = blocks.TextBlock(
        required=False, help_text=_("Optional guidance shown under the question.")
    )
    required = blocks.BooleanBlock(
        required=False, default=False, help_text=_("Tick if residents must answer.")
    )

    class Meta:
        icon = "help"


class ShortTextQuestionBlock(QuestionBlock):
    max_length = blocks.IntegerBlock(
        default=200, min_value=1, max_value=MAX_SHORT_TEXT, help_text=_("Most characters allowed.")
    )

    class Meta:
        icon = "pilcrow"
        label = _("Short text question")
        description = _("A one-line answer, such as a name of a place.")


class LongTextQuestionBlock(QuestionBlock):
    character_limit = blocks.IntegerBlock(
        default=1500,
        min_value=50,
        max_value=MAX_LONG_TEXT,
        help_text=_("Most characters allowed. Residents see how many they have left."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Long text question")
        description = _("A free answer of a few sentences or paragraphs.")


class OptionsQuestionBlock(QuestionBlock):
    options = blocks.ListBlock(
        blocks.CharBlock(max_length=200, label=_("Option")),
        min_num=2,
        max_num=30,
        help_text=_("The answers to choose from. Reword freely: answers stay counted."),
    )


class SingleChoiceQuestionBlock(OptionsQuestionBlock):
    class Meta:
        icon = "radio-full"
        label = _("Single choice question")
        description = _("Residents choose one answer.")


class MultipleChoiceQuestionBlock(OptionsQuestionBlock):
    class Meta:
        icon = "tick-inverse"
        label = _("Multiple choice question")
        description = _("Residents choose any number of answers.")


class RankingQuestionBlock(OptionsQuestionBlock):
    class Meta:
        icon = "order"
        label = _("Ranking question")
        description = _("Residents put the options in order of preference.")


AGREEMENT_SCALE = [
    (5, _("Strongly agree")),
    (4, _("Agree")),
    (3, _("Neither agree nor disagree")),
    (2, _("Disagree")),
    (1, _("Strongly disagree")),
]


class AgreementScaleQuestionBlock(QuestionBlock):
    class Meta:
        icon = "list-ol"
        label = _("Agree or disagree question")
        description = _("A statement residents rate on a five-point scale.")


class PostcodeQuestionBlock(QuestionBlock):
    class Meta:
        icon = "site"
        label = _("Postcode question")
        description = _(
            "Residents give their postcode. Only the first half (e.g. 'NB1') is kept, "
            "so no one can be identified by it."
        )


class AboutYouQuestionsBlock(blocks.StructBlock):
    """Optional equality questions, stored apart from the opinions: ethnicity and health
    are special category data under UK GDPR and need their own explicit consent."""

    introduction = blocks.TextBlock(
        default=(
            "These questions are optional. We ask them to check that we have heard from "
            "people of all backgrounds. Your answers are kept separately from your views."
        )
    )
    ask_age_band = blocks.BooleanBlock(required=False, default=True, label=_("Ask age"))
    ask_gender = blocks.BooleanBlock(required=False, default=True, label=_("Ask gender"))
    ask_ethnicity = blocks.BooleanBlock(required=False, default=True, label=_("Ask ethnicity"))
    ask_disability = blocks.BooleanBlock(
        required=False, default=True, label=_("Ask about disability")
    )
    areas = blocks.ListBlock(
        blocks.CharBlock(max_length=100, label=_("Area")),
        required=False,
        help_text=_("Optional: the areas (e.g. wards) residents can say they live in."),
    )

    class Meta:
        icon = "user"
        label = _("About you (optional equality questions)")


class QuestionStreamBlock(blocks.StreamBlock):
    short_text = ShortTextQuestionBlock()
    long_text = LongTextQuestionBlock()
    single_choice = SingleChoiceQuestionBlock()
    multiple_choice = MultipleChoiceQuestionBlock()
    agreement_scale = AgreementScaleQuestionBlock()
    ranking = RankingQuestionBlock()
    postcode = PostcodeQuestionBlock()
    about_you = AboutYouQuestionsBlock()

    class Meta:
        block_counts = {"about_you": {"max_num": 1}, "postcode": {"max_num": 1}}
