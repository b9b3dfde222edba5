"""`manage.py erase_expired_personal_data`: the daily retention erasure, for sites without
a Celery beat (run it from cron once a day). Idempotent."""

from django.core.management.base import BaseCommand

from consultations.services import erase_expired_personal_data


class Command(BaseCommand):
    help = "Erase e-mail addresses, names and about-you answers past each retention period."

    def handle(self, *args, **options):
        count = erase_expired_personal_data()
        self.stdout.write(f"Personal data erased from {count} submission(s).")
