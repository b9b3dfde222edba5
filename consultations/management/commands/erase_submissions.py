"""`manage.py erase_submissions --reference K7QM-3XHP` or `--email name@example.org`:
delete one person's submissions, answers and about-you answers (the right to erasure)."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from consultations.services import erase_person


class Command(BaseCommand):
    help = "Delete every consultation submission of one person, by reference or e-mail."

    def add_arguments(self, parser):
        parser.add_argument("--reference", default="", help="A submission reference number.")
        parser.add_argument("--email", default="", help="The e-mail address they gave.")
        parser.add_argument(
            "--by", default="", help="Username of the member of staff erasing (for the audit log)."
        )

    def handle(self, *args, reference, email, by, **options):
        if not (reference or email):
            raise CommandError("Give --reference or --email.")
        user = None
        if by:
            user = get_user_model().objects.filter(username=by).first()
            if user is None:
                raise CommandError(f"No user called {by!r}.")
        count = erase_person(reference=reference, email=email, user=user)
        self.stdout.write(f"Deleted {count} submission(s) and their answers.")
