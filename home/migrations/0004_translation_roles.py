"""Who translates: the Communications team and Administrators may submit pages and
snippets for translation. wagtail-localize gives that to a group named "Moderators";
on this site moderators review consultation responses, not pages, so they lose it."""

from django.db import migrations

from engagement_hub.migration_helpers import grant

SUBMIT_TRANSLATION = ("wagtail_localize", "submit_translation")


def assign_translation_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.get(
        content_type__app_label=SUBMIT_TRANSLATION[0], codename=SUBMIT_TRANSLATION[1]
    )
    for group in Group.objects.filter(name="Moderators"):
        group.permissions.remove(permission)
    for name in ("Communications team", "Administrators"):
        grant(apps, name, [SUBMIT_TRANSLATION])


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_administrators_do_not_edit_groups"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(assign_translation_roles, migrations.RunPython.noop)]
