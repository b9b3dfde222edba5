"""`manage.py load_demo`: build the demo site (see `home.demo`) and say what was created."""

import logging
import os
from contextlib import contextmanager

from django.core.management.base import BaseCommand, CommandError

from home.demo import DemoLoadError, load_demo

# Only the demo reads this, so it is read here rather than in settings.
ENVIRONMENT_VARIABLE = "DEMO_PASSWORD"

SUMMARY_ORDER = {
    kind: i
    for i, kind in enumerate(
        [
            "pages",
            "images",
            "documents",
            "embeds",
            "perspectives",
            "consultations",
            "themes",
            "submissions",
            "answers",
            "recommendations",
            "users",
            "groups",
            "sites",
        ]
    )
}

# Publishing ~60 pages logs two or three INFO lines per page from each of these.
CHATTY_LOGGERS = ("wagtail", "django_tasks")


@contextmanager
def _quiet_loggers(names, level=logging.WARNING):
    loggers = [logging.getLogger(name) for name in names]
    previous = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(level)
    try:
        yield
    finally:
        for logger, old_level in zip(loggers, previous, strict=True):
            logger.setLevel(old_level)


class Command(BaseCommand):
    help = (
        "Build the Northbridge demo site: pages, images, documents, embeds, a consultation "
        "per jury with a few hundred synthetic responses, and one user per role. Safe to "
        "run again: it only creates what is missing. New users get the "
        f"password in ${ENVIRONMENT_VARIABLE}, or a random one printed once."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--skip-indexes",
            action="store_true",
            help="Do not rebuild the reference and search indexes after loading.",
        )

    def handle(self, *args, **options):
        chatty = CHATTY_LOGGERS if options["verbosity"] < 2 else ()
        try:
            with _quiet_loggers(chatty):
                summary = load_demo(
                    password=os.environ.get(ENVIRONMENT_VARIABLE) or None,
                    rebuild=not options["skip_indexes"],
                )
        except DemoLoadError as error:
            raise CommandError(str(error)) from error

        if summary.created_anything:
            kinds = sorted(summary.created, key=lambda kind: (SUMMARY_ORDER.get(kind, 99), kind))
            made = ", ".join(f"{kind} {summary.created[kind]}" for kind in kinds)
            self.stdout.write(self.style.SUCCESS(f"Demo site loaded in {summary.seconds:.1f} s."))
            self.stdout.write(f"Created: {made or 'nothing'}.")
            for kind, count in summary.removed.items():
                self.stdout.write(f"Removed: {kind} {count}.")
            if summary.indexes_rebuilt:
                self.stdout.write("Reference and search indexes rebuilt.")
        else:
            self.stdout.write(
                self.style.SUCCESS(
                    f"The demo site is already loaded; nothing changed ({summary.seconds:.1f} s)."
                )
            )
        for group in summary.groups_created:
            self.stdout.write(
                self.style.WARNING(
                    f"Group {group!r} did not exist and was created without permissions: "
                    "run the migrations that set up the roles."
                )
            )

        self.stdout.write("")
        self.stdout.write(f"{'Username':<15}{'Role':<22}{'E-mail':<34}Status")
        for row in summary.users:
            status = "created" if row.created else "already existed"
            self.stdout.write(f"{row.username:<15}{row.role:<22}{row.email:<34}{status}")
        self.stdout.write("")
        if summary.password is None:
            self.stdout.write("All users already existed: their passwords were not changed.")
        elif summary.password_generated:
            self.stdout.write(
                "Password for the new users (shown only this once): "
                + self.style.WARNING(summary.password)
            )
        else:
            self.stdout.write(f"The new users' password is the value of ${ENVIRONMENT_VARIABLE}.")
