"""Moderators review consultation responses and see personal data; the Communications
team may read responses (redacted text only) but never personal data."""

from django.db import migrations

from engagement_hub.migration_helpers import create_all_permissions, grant

MODERATORS = [
    ("consultations", codename)
    for codename in (
        "view_submission",
        "change_submission",
        "add_submission",  # typing in paper, e-mail and event responses
        "moderate_submission",
        "view_personal_data",
        "add_theme",
        "change_theme",
        "delete_theme",
        "view_theme",
    )
]
COMMUNICATIONS = [("consultations", "view_submission"), ("consultations", "view_theme")]


def grant_roles(apps, schema_editor):
    create_all_permissions(apps)
    grant(apps, "Moderators", MODERATORS)
    grant(apps, "Communications team", COMMUNICATIONS)


class Migration(migrations.Migration):
    dependencies = [
        ("consultations", "0001_initial_consultations_submissions"),
        ("home", "0003_administrators_do_not_edit_groups"),
    ]

    operations = [migrations.RunPython(grant_roles, migrations.RunPython.noop)]
