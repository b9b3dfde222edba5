from django.apps import AppConfig


class SearchConfig(AppConfig):
    """Search of the evidence library: view, facets and backend health (to come)."""

    name = "search"
