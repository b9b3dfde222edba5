from django.apps import AppConfig


class DeliberationsConfig(AppConfig):
    name = "deliberations"
    verbose_name = "Deliberations"

    def ready(self):
        from . import signals  # noqa: F401
