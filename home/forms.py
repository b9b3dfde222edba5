"""The page editor's form for every page type of the hub (`BasePage.base_form_class`)."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.contrib.routable_page.models import RoutablePageMixin


def route_prefixes(page) -> set[str]:
    """The first path segment of each route of a routable page (`feed` for `feed/rss/`)."""
    if not isinstance(page, RoutablePageMixin):
        return set()
    prefixes = set()
    for pattern in page.get_subpage_urls():
        first = str(pattern.pattern).lstrip("^").split("/", 1)[0]
        if first and first.replace("-", "").replace("_", "").isalnum():
            prefixes.add(first)
    return prefixes


class HubPageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned = super().clean()
        slug = cleaned.get("slug")
        parent = self.parent_page.specific if self.parent_page else None
        # A routable parent answers its own routes first: a child at one of them could
        # be published but never read.
        if slug and parent is not None and slug in route_prefixes(parent):
            self.add_error(
                "slug",
                forms.ValidationError(
                    _("The address “%(slug)s” is used by the page above: choose another."),
                    params={"slug": slug},
                ),
            )
        return cleaned
