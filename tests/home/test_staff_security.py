"""Staff accounts: only superusers make superusers, roles cannot rewrite themselves, and
repeated failed sign-ins lock the account out."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.test import override_settings
from django.urls import reverse
from wagtail.embeds.blocks import EmbedBlock

pytestmark = pytest.mark.django_db
User = get_user_model()


def new_user_form(username, **extra):
    return {
        "username": username,
        "email": f"{username}@example.org",
        "first_name": "New",
        "last_name": "Person",
        "password1": "a-very-long-passphrase-42",
        "password2": "a-very-long-passphrase-42",
        "groups": [str(Group.objects.get(name="Moderators").pk)],
        **extra,
    }


def test_administrator_cannot_make_a_superuser(client, user_in_group):
    client.force_login(user_in_group("Administrators"))
    add_url = reverse("wagtailusers_users:add")
    assert 'name="is_superuser"' not in client.get(add_url).content.decode()
    response = client.post(add_url, new_user_form("mallory", is_superuser="on"))
    assert response.status_code == 302
    assert User.objects.get(username="mallory").is_superuser is False


def test_superuser_can_still_make_a_superuser(admin_client):
    add_url = reverse("wagtailusers_users:add")
    assert 'name="is_superuser"' in admin_client.get(add_url).content.decode()
    admin_client.post(add_url, new_user_form("trusted", is_superuser="on"))
    assert User.objects.get(username="trusted").is_superuser is True


def test_administrator_cannot_edit_or_delete_a_superuser(client, user_in_group, superuser):
    client.force_login(user_in_group("Administrators"))
    for name in ("edit", "delete"):
        url = reverse(f"wagtailusers_users:{name}", args=(superuser.pk,))
        assert client.get(url).status_code in (302, 403)
        assert client.post(url, new_user_form("admin")).status_code in (302, 403)
    superuser.refresh_from_db()
    assert superuser.email == "admin@example.org"


def test_administrator_cannot_rewrite_a_role(client, user_in_group):
    client.force_login(user_in_group("Administrators"))
    moderators = Group.objects.get(name="Moderators")
    edit = client.get(reverse("wagtailusers_groups:edit", args=(moderators.pk,)))
    assert edit.status_code in (302, 403)


@override_settings(AXES_ENABLED=True, AXES_FAILURE_LIMIT=3)
def test_repeated_failed_sign_ins_lock_the_account(client, superuser):
    login_url = reverse("wagtailadmin_login")
    for _ in range(3):
        response = client.post(login_url, {"username": "admin", "password": "wrong"})
        assert response.status_code in (200, 429)
    locked = client.post(login_url, {"username": "admin", "password": "a-long-test-password"})
    assert locked.status_code == 429
    assert "_auth_user_id" not in client.session


@override_settings(AXES_ENABLED=True)
def test_correct_password_signs_in_with_lockout_enabled(client, superuser):
    response = client.post(
        reverse("wagtailadmin_login"), {"username": "admin", "password": "a-long-test-password"}
    )
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(superuser.pk)


def test_embeds_are_limited_to_players_the_site_allows():
    with pytest.raises(ValidationError):
        EmbedBlock().clean(EmbedBlock().to_python("https://www.tiktok.com/@council/video/1"))
