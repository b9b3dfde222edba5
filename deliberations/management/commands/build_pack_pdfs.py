"""`manage.py build_pack_pdfs [--rebuild]`: build every published pack version's missing
PDF, in this process (for cron, or after a broker or storage outage). `--rebuild` makes
every PDF again, e.g. after a change to the PDF's template."""

from django.core.management.base import BaseCommand, CommandError
from django.db.models import Q

from deliberations import pdf
from deliberations.models import BriefingPackVersion


class Command(BaseCommand):
    help = "Build the PDF of every published briefing-pack version that has none."

    def add_arguments(self, parser):
        parser.add_argument(
            "--rebuild", action="store_true", help="Rebuild every PDF, not only missing ones."
        )

    def handle(self, *args, rebuild=False, **options):
        versions = BriefingPackVersion.objects.order_by("pk")
        if not rebuild:
            versions = versions.filter(Q(pdf="") | Q(pdf__isnull=True))
        built = failed = 0
        for version_id in versions.values_list("pk", flat=True):
            try:
                built += pdf.build_version_pdf(version_id, rebuild=rebuild)
            except Exception as error:
                pdf.record_failure(version_id, error)
                self.stderr.write(f"Version {version_id}: {type(error).__name__}: {error}")
                failed += 1
        self.stdout.write(f"{built} built, {failed} failed.")
        if failed:
            raise CommandError(f"{failed} PDF(s) could not be built; see pdf_error.")
