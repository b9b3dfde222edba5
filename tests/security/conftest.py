import pytest

from consultations.factories import ConsultationPageFactory
from consultations.forms import ResponseForm
from consultations.models import ConsultationPage
from consultations.services import record_submission
from tests.consultations.conftest import valid_answers


@pytest.fixture
def consultation(topic_page):
    page = ConsultationPageFactory(parent=topic_page, slug="have-your-say")
    return ConsultationPage.objects.get(pk=page.pk)


@pytest.fixture
def respond(consultation):
    """Store one response through the real form and service, as the public form does."""

    def make(**overrides):
        form = ResponseForm(
            *consultation.parsed_questions, data=valid_answers(consultation, **overrides)
        )
        assert form.is_valid(), form.errors
        return record_submission(consultation, form).submission

    return make
