import logging

from django.core.management.base import BaseCommand, CommandError

from search.health import check


class Command(BaseCommand):
    help = "Say which search backend is in use and whether it answers (exit 1 if not)."

    def handle(self, *args, **options):
        # The client logs a traceback per failed attempt; the summary below says it all.
        logging.getLogger("elastic_transport").setLevel(logging.CRITICAL)
        health = check()
        self.stdout.write(f"Search backend: {health.backend}")
        if not health.ok:
            raise CommandError(f"Search is NOT answering: {health.detail}")
        self.stdout.write(self.style.SUCCESS(f"Search answers: {health.detail}"))
