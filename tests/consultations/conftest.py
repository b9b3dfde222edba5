import uuid

import pytest

from consultations.factories import ConsultationPageFactory
from consultations.models import ConsultationPage


@pytest.fixture
def consultation(topic_page):
    """An open consultation with one question of every kind, read back from the database
    so question and option keys are the stored ones."""
    page = ConsultationPageFactory(parent=topic_page, slug="have-your-say")
    return ConsultationPage.objects.get(pk=page.pk)


def questions_by_kind(page):
    questions, _about_you = page.parsed_questions
    return {question.kind: question for question in questions}


def valid_answers(page, **overrides):
    """POST data answering every question of the factory's consultation, as a resident
    would fill the form in."""
    q = questions_by_kind(page)
    ranking = q["ranking"]
    data = {
        q["short_text"].field_name: "Market Street",
        q["long_text"].field_name: "More benches and fewer empty shops.",
        q["single_choice"].field_name: q["single_choice"].options[0][0],
        q["multiple_choice"].field_name: [
            q["multiple_choice"].options[0][0],
            q["multiple_choice"].options[2][0],
        ],
        q["agreement_scale"].field_name: "4",
        **{f"{ranking.field_name}_{i}": str(3 - i) for i in range(len(ranking.options))},
        q["postcode"].field_name: "nb1 4qt",
        "about_age_band": "35_44",
        "about_ethnicity": "white",
        "about_area": "North ward",
        "about_consent": "on",
        "publication_consent": "anonymous",
        "display_name": "",
        "email": "resident@example.org",
        "processing_consent": "on",
        "token": str(uuid.uuid4()),
        "website": "",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}
