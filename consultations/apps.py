from django.apps import AppConfig


class ConsultationsConfig(AppConfig):
    """The open online consultation: question pages, submissions and moderation (to come)."""

    name = "consultations"
