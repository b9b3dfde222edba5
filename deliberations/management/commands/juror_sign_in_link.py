"""`manage.py juror_sign_in_link <email>`: print a fresh one-time sign-in link for a
juror, for the demo and for support staff helping a juror whose e-mail does not arrive."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from deliberations.jurors import issue_sign_in_link
from deliberations.models import Juror


class Command(BaseCommand):
    help = (
        "Print a new one-time sign-in link for the juror with this e-mail address (on "
        "standard output, alone, so scripts can use it). Older links keep working."
    )

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("--next", default="", help="A path on this site to go to after.")

    def handle(self, *args, email, **options):
        juror = (
            Juror.objects.select_related("jury__topic")
            .filter(user__email__iexact=email.strip(), user__is_active=True)
            .first()
        )
        if juror is None:
            raise CommandError(f"No juror has the e-mail address {email!r}.")
        url = issue_sign_in_link(juror, options["next"])
        if options["verbosity"] >= 1:
            self.stderr.write(
                f"Sign-in link for {juror.name} ({juror.jury}); it works once, for "
                f"{settings.JUROR_SIGN_IN_LINK_HOURS} hours:"
            )
        self.stdout.write(url)
