"""Create the hub's staff roles as groups, each with least privilege.

Replaces the permissions of Wagtail's default "Moderators" group (which could publish
pages) because on this site moderators review consultation submissions, not pages,
and deletes Wagtail's default "Editors" group if nobody is in it.
"""

from django.db import migrations

from engagement_hub.migration_helpers import create_all_permissions

ADMIN_ACCESS = [("wagtailadmin", "access_admin")]
MEDIA = [
    (app, f"{action}_{model}")
    for app, model in [("wagtailimages", "image"), ("wagtaildocs", "document")]
    for action in ("add", "change", "choose", "delete")
]
CONTENT = [
    ("deliberations", "add_perspective"),
    ("deliberations", "change_perspective"),
    ("deliberations", "delete_perspective"),
    ("deliberations", "view_perspective"),
    ("home", "change_sitesettings"),
    ("wagtailredirects", "add_redirect"),
    ("wagtailredirects", "change_redirect"),
    ("wagtailredirects", "delete_redirect"),
]
USERS = [
    ("auth", f"{action}_{model}")
    for model in ("user", "group")
    for action in ("add", "change", "delete", "view")
]

# group name -> (model permissions, page permissions on the whole tree, collection permissions)
ROLES = {
    "Communications team": (
        ADMIN_ACCESS + CONTENT,
        ["add_page", "change_page", "publish_page", "lock_page"],
        MEDIA,
    ),
    # Permissions on consultation submissions are added by the consultations app.
    "Moderators": (ADMIN_ACCESS, [], []),
    # Reviews briefing packs through the workflow; no editing rights of its own.
    "Oversight panel": (ADMIN_ACCESS, [], []),
    "Administrators": (
        ADMIN_ACCESS + CONTENT + USERS + [("wagtailcore", "change_site")],
        ["add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page", "unlock_page"],
        MEDIA,
    ),
}


def create_roles(apps, schema_editor):
    create_all_permissions(apps)

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    def permission(app_label, codename):
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)

    root_page = Page.objects.get(depth=1)
    root_collection = Collection.objects.get(depth=1)

    for name, (model_perms, page_perms, collection_perms) in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.set([permission(app, codename) for app, codename in model_perms])
        GroupPagePermission.objects.filter(group=group).delete()
        for codename in page_perms:
            GroupPagePermission.objects.create(
                group=group, page=root_page, permission=permission("wagtailcore", codename)
            )
        GroupCollectionPermission.objects.filter(group=group).delete()
        for app, codename in collection_perms:
            GroupCollectionPermission.objects.create(
                group=group, collection=root_collection, permission=permission(app, codename)
            )

    Group.objects.filter(name="Editors", user__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial_pages_and_settings"),
        ("deliberations", "0001_initial_topics_evidence_speakers"),
        # The latest of each, so that Wagtail's own data migrations (which grant
        # page rights to its default "Moderators" group) have run before this one.
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("wagtailusers", "0015_userprofile_keyboard_shortcuts"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
