"""Give every existing session and pack section the locale of its page, and a
translation key shared with the same item (by position) in the page's translations, which
used to hold plain copies. Adds data only."""

import uuid

from django.db import migrations


def _bootstrap(model, parent_field):
    def run(apps, schema_editor):
        Item = apps.get_model("deliberations", model)
        keys = {}  # (page's translation key, position) -> item's translation key
        items = Item.objects.select_related(parent_field).order_by("pk")
        for item in items:
            parent = getattr(item, parent_field)
            # Copies made by translation sat at the same position as their source.
            position = (parent.translation_key, item.sort_order)
            item.locale_id = parent.locale_id
            item.translation_key = keys.setdefault(position, uuid.uuid4())
            if Item.objects.filter(
                translation_key=item.translation_key, locale_id=item.locale_id
            ).exists():
                item.translation_key = uuid.uuid4()  # two items at one position
            item.save(update_fields=["locale", "translation_key"])

    return run


class Migration(migrations.Migration):
    dependencies = [("deliberations", "0007_bootstrap_translatable_orderables")]

    operations = [
        migrations.RunPython(
            _bootstrap("DeliberationTopicSession", "topic"), migrations.RunPython.noop
        ),
        migrations.RunPython(_bootstrap("BriefingPackSection", "pack"), migrations.RunPython.noop),
    ]
