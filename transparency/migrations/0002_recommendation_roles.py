"""The Communications team keeps the recommendations register; only Administrators may
correct a final recommendation's wording (a logged correction)."""

from django.db import migrations

from engagement_hub.migration_helpers import create_all_permissions, grant

EDIT = [
    ("transparency", f"{action}_recommendation") for action in ("add", "change", "delete", "view")
]


def grant_roles(apps, schema_editor):
    create_all_permissions(apps)
    grant(apps, "Communications team", EDIT)
    grant(apps, "Administrators", [*EDIT, ("transparency", "correct_final_wording")])


class Migration(migrations.Migration):
    dependencies = [
        ("transparency", "0001_initial_recommendations"),
        ("home", "0003_administrators_do_not_edit_groups"),
    ]

    operations = [migrations.RunPython(grant_roles, migrations.RunPython.noop)]
