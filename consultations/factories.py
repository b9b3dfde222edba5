"""Factories for tests, benchmarks and the demo loader."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone

from .models import ConsultationPage, Theme

EVERY_KIND_OF_QUESTION = [
    (
        "short_text",
        {"label": "Which street do you use most?", "hint": "", "required": True, "max_length": 100},
    ),
    (
        "long_text",
        {
            "label": "What would make the town centre better?",
            "hint": "",
            "required": True,
            "character_limit": 500,
        },
    ),
    (
        "single_choice",
        {
            "label": "How do you usually travel into town?",
            "hint": "",
            "required": True,
            "options": ["Bus", "Car", "Bike", "On foot"],
        },
    ),
    (
        "multiple_choice",
        {
            "label": "What do you visit the town centre for?",
            "hint": "Select all that apply.",
            "required": False,
            "options": ["Shopping", "Work", "Leisure"],
        },
    ),
    (
        "agreement_scale",
        {"label": "Market Street should be traffic-free.", "hint": "", "required": True},
    ),
    (
        "ranking",
        {
            "label": "Rank these priorities",
            "hint": "",
            "required": False,
            "options": ["Homes", "Shops", "Green space"],
        },
    ),
    ("postcode", {"label": "What is your postcode?", "hint": "", "required": False}),
    (
        "about_you",
        {
            "introduction": "These questions are optional.",
            "ask_age_band": True,
            "ask_gender": True,
            "ask_ethnicity": True,
            "ask_disability": True,
            "areas": ["North ward", "South ward"],
        },
    ),
]


class ConsultationPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Consultation {n}")
    introduction = "<p>Tell us what you think about the town centre.</p>"
    opens_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=7))
    closes_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=21))
    questions = factory.LazyFunction(lambda: list(EVERY_KIND_OF_QUESTION))
    what_happens_next = "<p>Moderators read every response; the jury sees a summary.</p>"

    class Meta:
        model = ConsultationPage


class ThemeFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Theme {n}")

    class Meta:
        model = Theme
