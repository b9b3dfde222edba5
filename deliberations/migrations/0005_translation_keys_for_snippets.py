"""Give every existing perspective and glossary term a locale (the default language) and
a translation key, so they can be translated. Adds data only."""

from django.db import migrations
from wagtail.models import BootstrapTranslatableModel


class Migration(migrations.Migration):
    dependencies = [
        ("deliberations", "0004_bootstrap_translatable_snippets"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        BootstrapTranslatableModel("deliberations.Perspective"),
        BootstrapTranslatableModel("deliberations.GlossaryTerm"),
    ]
