import os

import pytest
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings

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


# Hypothesis: bounded and derandomised by default, so CI runs the same examples every
# time in well under a minute; HYPOTHESIS_PROFILE=explore for a longer random search.
hypothesis_settings.register_profile(
    "ci",
    derandomize=True,
    database=None,
    deadline=None,
    max_examples=30,
    print_blob=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
hypothesis_settings.register_profile(
    "explore",
    parent=hypothesis_settings.get_profile("ci"),
    derandomize=False,
    max_examples=500,
)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture
def world(home_page, index_page):
    from .world import build_world

    return build_world(home_page, index_page)
