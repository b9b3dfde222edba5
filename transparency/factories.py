"""Factories for tests and the demo loader."""

import datetime

import factory

from deliberations.factories import DeliberationTopicPageFactory

from .models import ProgressStatus, Recommendation, RecommendationProgressUpdate, ResponseStatus


class RecommendationFactory(factory.django.DjangoModelFactory):
    topic = factory.SubFactory(DeliberationTopicPageFactory)
    wording = factory.Sequence(lambda n: f"The council should try idea number {n}.")
    is_final = True
    sort_order = factory.Sequence(lambda n: n)
    votes_for = 24
    votes_against = 4
    votes_abstained = 2
    response_status = ResponseStatus.ACCEPTED
    response_reasons = "It fits the town centre plan and is funded."
    owner = "Regeneration"
    due_date = datetime.date(2027, 3, 31)

    class Meta:
        model = Recommendation


class RecommendationProgressUpdateFactory(factory.django.DjangoModelFactory):
    recommendation = factory.SubFactory(RecommendationFactory)
    date = factory.Sequence(lambda n: datetime.date(2026, 8, 1) + datetime.timedelta(days=n))
    status = ProgressStatus.IN_PROGRESS
    note = "Work has started."
    sort_order = factory.Sequence(lambda n: n)

    class Meta:
        model = RecommendationProgressUpdate
