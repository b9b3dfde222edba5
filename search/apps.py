from django.apps import AppConfig


class SearchConfig(AppConfig):
    """Search of the evidence library: view, facets, PDF text, backend health."""

    name = "search"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals  # noqa: F401  (connects the document upload handler)
