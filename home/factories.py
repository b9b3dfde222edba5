"""Factories for tests and the demo loader."""

import factory
import wagtail_factories

from .models import HomePage, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Have your say"
    introduction = "Citizens' juries run by the council, and how to take part."

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Standard page {n}")
    summary = "A plain content page."
    body = factory.LazyFunction(
        lambda: [("paragraph", "<p>How the council runs its citizens' juries.</p>")]
    )

    class Meta:
        model = StandardPage
