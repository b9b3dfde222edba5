"""Staff roles are groups with least privilege: each can do its job and nothing more."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import GroupPagePermission

pytestmark = pytest.mark.django_db

ROLE_NAMES = {"Communications team", "Moderators", "Oversight panel", "Administrators"}


def page_codenames(group):
    return set(
        GroupPagePermission.objects.filter(group=group).values_list(
            "permission__codename", flat=True
        )
    )


def test_the_four_roles_exist_and_wagtails_editors_group_is_gone():
    names = set(Group.objects.values_list("name", flat=True))
    assert names >= ROLE_NAMES
    assert "Editors" not in names


def test_communications_team_edits_and_publishes_pages_but_manages_no_users():
    group = Group.objects.get(name="Communications team")
    assert page_codenames(group) == {"add_page", "change_page", "publish_page", "lock_page"}
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {"access_admin", "submit_translation"} <= codenames
    assert not {"add_user", "change_user", "delete_user", "change_group"} & codenames


def test_moderators_and_oversight_panel_cannot_edit_pages():
    for name in ("Moderators", "Oversight panel"):
        assert page_codenames(Group.objects.get(name=name)) == set()
    oversight = Group.objects.get(name="Oversight panel")
    assert list(oversight.permissions.values_list("codename", flat=True)) == ["access_admin"]
    moderators = Group.objects.get(name="Moderators")
    apps = set(moderators.permissions.values_list("content_type__app_label", flat=True))
    assert apps == {"wagtailadmin", "consultations"}


def test_only_moderators_see_personal_data():
    holders = Group.objects.filter(permissions__codename="view_personal_data")
    assert [group.name for group in holders] == ["Moderators"]


def test_only_administrators_manage_users():
    managers = Group.objects.filter(permissions__codename="change_user").distinct()
    assert [group.name for group in managers] == ["Administrators"]


def test_moderator_is_refused_the_page_editor(client, user_in_group, topic_page):
    client.force_login(user_in_group("Moderators"))
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    edit = client.get(reverse("wagtailadmin_pages:edit", args=(topic_page.pk,)))
    assert edit.status_code in (302, 403)


def test_communications_officer_edits_pages_but_not_users(client, user_in_group, topic_page):
    client.force_login(user_in_group("Communications team"))
    assert client.get(reverse("wagtailadmin_pages:edit", args=(topic_page.pk,))).status_code == 200
    assert client.get(reverse("wagtailusers_users:index")).status_code in (302, 403)


def test_communications_team_manages_perspectives_and_site_settings(
    client, user_in_group, home_page
):
    client.force_login(user_in_group("Communications team"))
    assert client.get(reverse("wagtailsnippets_deliberations_perspective:add")).status_code == 200
    settings_url = reverse(
        "wagtailsettings:edit", args=("home", "sitesettings", home_page.get_site().pk)
    )
    assert client.get(settings_url).status_code == 200


def test_moderator_cannot_change_perspectives_or_site_settings(client, user_in_group, home_page):
    client.force_login(user_in_group("Moderators"))
    add_perspective = client.get(reverse("wagtailsnippets_deliberations_perspective:add"))
    assert add_perspective.status_code in (302, 403)
    settings_url = reverse(
        "wagtailsettings:edit", args=("home", "sitesettings", home_page.get_site().pk)
    )
    assert client.get(settings_url).status_code in (302, 403)
