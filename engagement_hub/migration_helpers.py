"""Helpers for data migrations that grant roles their permissions. They take the
historical `apps` registry, so they stay valid as the models change."""

from django.contrib.auth.management import create_permissions


def create_all_permissions(apps) -> None:
    """Django creates permissions after all migrations; roles need them now."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None


def grant(apps, group_name: str, permissions: list[tuple[str, str]]) -> None:
    """Add (app label, codename) permissions to a group, creating the group if needed."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=group_name)
    group.permissions.add(
        *[
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
            for app_label, codename in permissions
        ]
    )
