"""`manage.py send_unsent_confirmations`: the sweep, for sites without a Celery beat
(run it from cron every few minutes). Safe to run at any time."""

from django.core.management.base import BaseCommand

from consultations.services import SWEEP_GRACE_SECONDS
from consultations.tasks import send_unsent_confirmations


class Command(BaseCommand):
    help = "Send (or enqueue) every consultation confirmation e-mail never sent."

    def add_arguments(self, parser):
        parser.add_argument(
            "--grace-seconds",
            type=int,
            default=SWEEP_GRACE_SECONDS,
            help="Leave submissions younger than this to the e-mail already queued for "
            "them (default %(default)s). After an outage, 0 sends everything now.",
        )

    def handle(self, *args, grace_seconds=SWEEP_GRACE_SECONDS, **options):
        count = send_unsent_confirmations(grace_seconds=grace_seconds)
        self.stdout.write(f"{count} confirmation(s) sent or enqueued.")
