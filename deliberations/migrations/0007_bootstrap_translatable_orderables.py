import django.db.models.deletion
from django.db import migrations, models


def _locale_fields(model_name):
    return [
        migrations.AddField(
            model_name=model_name,
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
            ),
        ),
        migrations.AddField(
            model_name=model_name,
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
    ]


class Migration(migrations.Migration):
    dependencies = [
        ("deliberations", "0006_translatable_snippets"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = _locale_fields("deliberationtopicsession") + _locale_fields("briefingpacksection")
