"""Factories for tests and the demo loader."""

import factory
import wagtail_factories
from wagtail_factories import ImageFactory

from .models import HomePage, SiteSettings, StandardPage


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


def fill_site_settings(home_page):
    """Site settings as on a real site: a logo and the footer's privacy and accessibility
    pages, so that header and footer cost what they will in production."""
    settings = SiteSettings.for_site(home_page.get_site())
    settings.organisation_name = "Northbridge Borough Council"
    settings.logo = ImageFactory()
    settings.privacy_notice = StandardPageFactory(parent=home_page, title="Privacy notice")
    settings.accessibility_statement = StandardPageFactory(
        parent=home_page, title="Accessibility statement"
    )
    settings.save()
    return settings
