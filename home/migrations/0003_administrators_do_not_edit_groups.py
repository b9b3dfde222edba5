"""Administrators may no longer add, change or delete groups: the roles are defined by
migrations, and a role that edits groups could grant itself any permission."""

from django.db import migrations


def remove_group_editing(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    administrators = Group.objects.filter(name="Administrators").first()
    if administrators:
        administrators.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="auth",
                codename__in=["add_group", "change_group", "delete_group"],
            )
        )


class Migration(migrations.Migration):
    dependencies = [("home", "0002_create_roles")]

    operations = [migrations.RunPython(remove_group_editing, migrations.RunPython.noop)]
