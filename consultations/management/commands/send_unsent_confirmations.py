"""`manage.py send_unsent_confirmations`: the sweep, for sites without a Celery beat
(run it from cron every few minutes). Safe to run at any time."""

from django.core.management.base import BaseCommand

from consultations.tasks import send_unsent_confirmations


class Command(BaseCommand):
    help = "Send (or enqueue) every consultation confirmation e-mail never sent."

    def handle(self, *args, **options):
        count = send_unsent_confirmations()
        self.stdout.write(f"{count} confirmation(s) sent or enqueued.")
