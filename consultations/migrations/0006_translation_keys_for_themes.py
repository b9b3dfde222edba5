"""Give every existing theme a locale (the default language) and a translation key, so
themes can be translated. Adds data only."""

from django.db import migrations
from wagtail.models import BootstrapTranslatableModel


class Migration(migrations.Migration):
    dependencies = [
        ("consultations", "0005_bootstrap_translatable_themes"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [BootstrapTranslatableModel("consultations.Theme")]
