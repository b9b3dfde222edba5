"""`manage.py forget_ended_rate_limits`: the hourly clean-up of rate-limit counters, for
sites without a Celery beat (run it from cron). Safe to run at any time."""

from django.core.management.base import BaseCommand

from engagement_hub.ratelimit import forget_ended_windows


class Command(BaseCommand):
    help = "Delete rate-limit counters whose window has ended."

    def handle(self, *args, **options):
        self.stdout.write(f"{forget_ended_windows()} ended rate-limit window(s) forgotten.")
