"""Juror access: invitations, one-time sign-in links, rate limits, and who reads which pack."""

import datetime
import threading
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import SESSION_KEY, get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from deliberations import jurors
from deliberations.briefing import publish_version
from deliberations.factories import (
    BriefingPackPageFactory,
    DeliberationTopicPageFactory,
    EvidencePageFactory,
    add_pack_sections,
)
from deliberations.models import Juror, JurorSignInLink, Jury
from home.demo.jurors import create_demo_jurors

pytestmark = pytest.mark.django_db

UNREACHABLE_MAIL = {"default": {"BACKEND": "tests.doubles.UnreachableSMTPBackend"}}


# Setting up ------------------------------------------------------------------------------


@pytest.fixture
def other_topic(index_page):
    return DeliberationTopicPageFactory(parent=index_page, slug="housing", title="Housing")


def published_pack(topic, title):
    pack = BriefingPackPageFactory(parent=topic, title=title)
    add_pack_sections(pack, evidence=[EvidencePageFactory(parent=topic)])
    publish_version(pack)
    return pack


@pytest.fixture
def pack(topic_page):
    return published_pack(topic_page, "Congestion pack")


@pytest.fixture
def other_pack(other_topic):
    return published_pack(other_topic, "Housing pack")


@pytest.fixture
def juror(topic_page):
    return jurors.invite_juror(Jury.for_topic(topic_page), "ann@example.org", "Ann")


def token_of(url: str) -> str:
    return urlsplit(url).path.rstrip("/").rsplit("/", 1)[1]


def sign_in_url(token: str) -> str:
    return reverse("juror_sign_in", kwargs={"token": token})


def signed_in(client, juror):
    token = token_of(jurors.issue_sign_in_link(juror))
    response = client.post(sign_in_url(token))
    assert response.status_code == 302
    return client


def request_link(client, email, **extra):
    return client.post(reverse("juror_request_link"), {"email": email}, **extra)


# Inviting ---------------------------------------------------------------------------------


def test_invite_creates_a_passwordless_juror_in_the_jury_group_without_admin_access(
    topic_page, superuser
):
    jury = Jury.for_topic(topic_page)
    juror = jurors.invite_juror(jury, " Ann@Example.ORG ", "Ann", invited_by=superuser)
    user = juror.user
    assert juror.jury == jury and juror.name == "Ann" and juror.invited_by == superuser
    assert user.email == "Ann@example.org"
    assert not user.has_usable_password()
    assert list(user.groups.all()) == [jury.group]
    assert not (user.is_staff or user.is_superuser)
    assert not user.has_perm("wagtailadmin.access_admin")
    assert "ann" not in user.username.lower()  # the username does not give the address away
    # Inviting again is a no-op.
    assert jurors.invite_juror(jury, "ann@example.org", "Ann B") == juror
    assert Juror.objects.count() == 1


def test_invite_refuses_staff_addresses_and_jurors_of_another_jury(
    topic_page, other_topic, juror, user_in_group
):
    moderator = user_in_group("Moderators")
    with pytest.raises(ValidationError, match="member of staff"):
        jurors.invite_juror(Jury.for_topic(topic_page), moderator.email, "Mo")
    with pytest.raises(ValidationError, match="another jury"):
        jurors.invite_juror(Jury.for_topic(other_topic), "ANN@example.org", "Ann")
    with pytest.raises(ValidationError):
        jurors.invite_juror(Jury.for_topic(topic_page), "not an address", "Nobody")
    assert not moderator.groups.filter(jury__isnull=False).exists()
    assert Juror.objects.count() == 1


def test_invite_reuses_an_account_without_admin_access(topic_page):
    user = get_user_model().objects.create_user(username="resident", email="res@example.org")
    juror = jurors.invite_juror(Jury.for_topic(topic_page), "res@example.org", "Res")
    assert juror.user == user


# The one-time link ------------------------------------------------------------------------


def test_sign_in_link_works_once_and_looking_at_it_does_not_use_it(client, juror):
    url = jurors.issue_sign_in_link(juror)
    assert url.startswith("http://127.0.0.1:8000/jurors/sign-in/")
    token = token_of(url)
    assert JurorSignInLink.objects.get().token_hash != token  # only a hash is stored
    for _look in range(2):  # e.g. a mail scanner, then the juror
        page = client.get(sign_in_url(token))
        assert page.status_code == 200
        assert "Sign in" in page.content.decode()
        assert page["Referrer-Policy"] == "same-origin"
    assert SESSION_KEY not in client.session

    first = client.post(sign_in_url(token))
    assert first.status_code == 302
    assert first["Location"] == reverse("juror_home")
    assert int(client.session[SESSION_KEY]) == juror.user.pk
    juror.refresh_from_db()
    assert juror.last_signed_in_at is not None

    client.logout()
    second = client.post(sign_in_url(token))
    assert second.status_code == 410
    assert "no longer works" in second.content.decode()
    assert reverse("juror_request_link") in second.content.decode()
    assert SESSION_KEY not in client.session
    assert client.get(sign_in_url(token)).status_code == 410


def test_expired_link_is_refused(client, juror):
    token = token_of(jurors.issue_sign_in_link(juror))
    link = JurorSignInLink.objects.get()
    assert link.expires_at - link.created_at == datetime.timedelta(hours=72)
    JurorSignInLink.objects.update(expires_at=timezone.now() - datetime.timedelta(seconds=1))
    assert client.get(sign_in_url(token)).status_code == 410
    assert client.post(sign_in_url(token)).status_code == 410
    assert SESSION_KEY not in client.session
    assert JurorSignInLink.objects.get().used_at is None


@pytest.mark.parametrize(
    "token",
    [
        "x",
        "A" * 43,  # well-formed, never issued
        "A" * 5000,
        "ñandú-çé-" * 6,
        "%00" * 20,
        "..%2F..%2Fadmin",
        "💥" * 50,
    ],
)
def test_unknown_or_garbage_tokens_get_a_clear_page_never_an_error(client, juror, token):
    url = "/jurors/sign-in/" + token + "/"
    for response in (client.get(url), client.post(url)):
        assert response.status_code in (404, 410)  # 404 only where the URL cannot route
    assert SESSION_KEY not in client.session


@override_settings(AXES_ENABLED=True)
def test_sign_in_works_with_the_staff_lockout_switched_on(client, juror):
    token = token_of(jurors.issue_sign_in_link(juror))
    assert client.post(sign_in_url(token)).status_code == 302
    assert int(client.session[SESSION_KEY]) == juror.user.pk


def test_sign_in_rotates_the_session(client, juror):
    client.get(reverse("juror_request_link"))
    session = client.session
    session["planted"] = "before sign-in"
    session.save()
    before = session.session_key
    signed_in(client, juror)
    assert client.session.session_key != before
    assert client.cookies["sessionid"].value != before


@pytest.mark.parametrize(
    ("next_path", "expected"),
    [
        ("/juries/congestion/", "/juries/congestion/"),
        ("https://evil.example/", "/jurors/"),
        ("//evil.example/", "/jurors/"),
        ("/\\evil.example/", "/jurors/"),
    ],
)
def test_sign_in_goes_on_only_to_a_path_on_this_site(client, juror, next_path, expected):
    token = token_of(jurors.issue_sign_in_link(juror, next_path))
    response = client.post(sign_in_url(token) + "?" + f"next={next_path}")
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_concurrent_sign_ins_with_one_link_cannot_both_succeed(topic_page):
    juror = jurors.invite_juror(Jury.for_topic(topic_page), "ann@example.org", "Ann")
    token = token_of(jurors.issue_sign_in_link(juror))
    barrier = threading.Barrier(2)
    results = []

    def redeem():
        try:
            barrier.wait()
            results.append(jurors.redeem_sign_in_link(token))
        finally:
            connection.close()

    threads = [threading.Thread(target=redeem) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(result is not None for result in results) == [False, True]


# Rate limits ------------------------------------------------------------------------------


@override_settings(JUROR_SIGN_IN_RATE_LIMIT="3/600")
def test_sign_in_attempts_are_rate_limited_per_address(client, juror):
    guesses = [client.post(sign_in_url("B" * 43)).status_code for _ in range(3)]
    assert guesses == [410, 410, 410]
    token = token_of(jurors.issue_sign_in_link(juror))
    refused = client.post(sign_in_url(token))
    assert refused.status_code == 429
    assert "Too many attempts" in refused.content.decode()
    assert SESSION_KEY not in client.session
    # The refused attempt did not use the link up; another address may still use it.
    assert client.post(sign_in_url(token), REMOTE_ADDR="192.0.2.7").status_code == 302


@override_settings(JUROR_SIGN_IN_RATE_LIMIT="2/600")
def test_link_requests_are_rate_limited_per_address(client, juror):
    statuses = [request_link(client, f"person{n}@example.org").status_code for n in range(3)]
    assert statuses == [200, 200, 429]
    assert request_link(client, "person9@example.org", REMOTE_ADDR="192.0.2.7").status_code == 200


@override_settings(JUROR_SIGN_IN_RATE_LIMIT="2/600")
def test_link_requests_are_rate_limited_per_email_address(
    client, juror, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        statuses = [
            request_link(client, "ANN@example.org", REMOTE_ADDR=f"192.0.2.{n}").status_code
            for n in range(3)
        ]
    assert statuses == [200, 200, 429]
    assert len(mail.outbox) == 2


# Asking for a link ------------------------------------------------------------------------


def test_request_link_emails_a_link_that_signs_in(
    client, juror, django_capture_on_commit_callbacks
):
    form = client.get(reverse("juror_request_link"))
    assert form.status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = request_link(client, "Ann@Example.org")
    assert response.status_code == 200
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["ann@example.org"]
    assert "Congestion" in message.subject
    assert "works once" in message.body and "72 hours" in message.body
    url = next(line for line in message.body.splitlines() if "/jurors/sign-in/" in line)
    assert client.post(urlsplit(url).path).status_code == 302
    assert int(client.session[SESSION_KEY]) == juror.user.pk


def test_request_link_answers_alike_for_unknown_addresses_and_sends_nothing(
    client, juror, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        known = request_link(client, "ann@example.org")
        unknown = request_link(client, "nobody@example.org")

    def answer(response):
        return response.content.decode().replace("nobody@example.org", "ann@example.org")

    assert known.status_code == unknown.status_code == 200
    assert answer(known) == answer(unknown)
    assert "If ann@example.org belongs to a member of a jury" in answer(known)
    assert [message.to for message in mail.outbox] == [["ann@example.org"]]


@pytest.mark.parametrize("email", ["", "not-an-address", "a" * 300 + "@example.org"])
def test_request_link_form_explains_a_wrong_address(client, email):
    response = request_link(client, email)
    assert response.status_code == 400
    assert "There is a problem" in response.content.decode()


@override_settings(MAILERS=UNREACHABLE_MAIL)
def test_a_mail_server_failure_does_not_break_the_request(
    client, juror, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = request_link(client, "ann@example.org")
    assert response.status_code == 200
    assert not JurorSignInLink.objects.exists()  # no link stored for an unsent e-mail


# Reading packs ----------------------------------------------------------------------------


def test_juror_reads_their_jury_packs_and_not_another_jury(client, juror, pack, other_pack):
    signed_in(client, juror)
    assert client.get(pack.url).status_code == 200
    assert client.get(pack.url + "all/").status_code == 200
    for url in (other_pack.url, other_pack.url + "all/", other_pack.url + "pdf/"):
        response = client.get(url)
        assert response.status_code == 404, url
        assert "deliberations/pack/pdf_pending.html" not in [t.name for t in response.templates]


def test_anonymous_visitors_are_told_a_private_pack_is_for_the_jury(client, pack):
    section = pack.versions.get().content["sections"][0]["key"]
    paths = ("", "all/", "pdf/", "versions/", "versions/1/", "versions/1/pdf/")
    for path in (*paths, f"sections/{section}/"):
        response = client.get(pack.url + path)
        assert response.status_code == 403, path
        assert reverse("juror_request_link") in response.content.decode()


def test_a_moderator_cannot_find_a_private_pack(client, pack, user_in_group):
    client.force_login(user_in_group("Moderators"))
    assert client.get(pack.url).status_code == 404
    assert client.get(pack.url + "all/").status_code == 404


def test_juror_cannot_open_the_admin(client, juror):
    signed_in(client, juror)
    for url in ("/admin/", reverse("juror:index"), reverse("wagtailadmin_explore_root")):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("wagtailadmin_login")), url


def test_juror_home_lists_only_their_jury_live_packs(client, juror, pack, other_pack, topic_page):
    draft = BriefingPackPageFactory(parent=topic_page, title="Draft pack", live=False)
    signed_in(client, juror)
    response = client.get(reverse("juror_home"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Congestion pack" in html and f'href="{pack.url}"' in html
    assert "You have opened 0 of 3 sections" in html
    assert other_pack.title not in html and draft.title not in html
    section = pack.versions.get().content["sections"][0]["key"]
    assert client.get(f"{pack.url}sections/{section}/").status_code == 200
    assert "You have opened 1 of 3 sections" in client.get(reverse("juror_home")).content.decode()


def test_juror_home_sends_visitors_who_are_not_jurors_to_sign_in(client, superuser):
    assert client.get(reverse("juror_home"))["Location"] == reverse("juror_request_link")
    client.force_login(superuser)
    assert client.get(reverse("juror_home"))["Location"] == reverse("juror_request_link")


def test_sign_out_ends_the_session(client, juror, pack):
    signed_in(client, juror)
    assert client.get(reverse("juror_sign_out")).status_code == 405
    response = client.post(reverse("juror_sign_out"), follow=True)
    assert response.status_code == 200
    assert "You have signed out" in response.content.decode()
    assert SESSION_KEY not in client.session
    assert client.get(pack.url).status_code == 403


# The admin --------------------------------------------------------------------------------


def invite_data(topic, **overrides):
    return {"name": "Bea", "email": "bea@example.org", "topic": topic.pk} | overrides


def test_communications_team_invites_a_juror_who_gets_a_link(
    client, topic_page, user_in_group, django_capture_on_commit_callbacks
):
    comms = user_in_group("Communications team")
    client.force_login(comms)
    assert client.get(reverse("juror:add")).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("juror:add"), invite_data(topic_page))
    assert response.status_code == 302
    juror = Juror.objects.get()
    assert (juror.name, juror.user.email, juror.jury.topic_id) == (
        "Bea",
        "bea@example.org",
        topic_page.pk,
    )
    assert juror.invited_by == comms
    assert [message.to for message in mail.outbox] == [["bea@example.org"]]
    entries = ModelLogEntry.objects.filter(object_id=str(juror.pk))
    assert {entry.action for entry in entries} == {jurors.INVITED, jurors.LINK_SENT}
    token = token_of(next(line for line in mail.outbox[0].body.splitlines() if "/jurors/" in line))
    for entry in entries:
        assert token not in str(entry.data) and "bea" not in f"{entry.label}{entry.data}".lower()
    listing = client.get(reverse("juror:index"), {"jury": juror.jury_id})
    assert "bea@example.org" in listing.content.decode()


def test_invite_form_refuses_a_staff_address(client, topic_page, user_in_group):
    client.force_login(user_in_group("Communications team"))
    moderator = user_in_group("Moderators")
    response = client.post(reverse("juror:add"), invite_data(topic_page, email=moderator.email))
    assert response.status_code == 200
    assert "belongs to a member of staff" in response.content.decode()
    assert not Juror.objects.exists()


def test_moderators_cannot_manage_jurors(client, topic_page, juror, user_in_group):
    client.force_login(user_in_group("Moderators"))
    assert "Jurors" not in client.get(reverse("wagtailadmin_home")).content.decode()
    for url in (
        reverse("juror:index"),
        reverse("juror:add"),
        reverse("juror:send_link", args=[juror.pk]),
        reverse("juror:delete", args=[juror.pk]),
    ):
        response = client.get(url)  # Wagtail: back to the dashboard, with an error message
        assert (response.status_code, response["Location"]) == (302, reverse("wagtailadmin_home"))
    client.post(reverse("juror:add"), invite_data(topic_page))
    client.post(reverse("juror:send_link", args=[juror.pk]))
    client.post(reverse("juror:delete", args=[juror.pk]))
    assert list(Juror.objects.all()) == [juror]
    assert not JurorSignInLink.objects.exists()


def test_staff_send_a_new_link(client, juror, user_in_group, django_capture_on_commit_callbacks):
    client.force_login(user_in_group("Communications team"))
    url = reverse("juror:send_link", args=[juror.pk])
    assert "Yes, send a new link" in client.get(url).content.decode()
    assert not mail.outbox  # GET only asks
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url)
    assert response.status_code == 302
    assert [message.to for message in mail.outbox] == [["ann@example.org"]]


def test_removing_a_juror_ends_their_access(client, juror, pack, user_in_group):
    juror_client = signed_in(client.__class__(), juror)
    assert juror_client.get(pack.url).status_code == 200
    client.force_login(user_in_group("Communications team"))
    response = client.post(reverse("juror:delete", args=[juror.pk]))
    assert response.status_code == 302
    assert not Juror.objects.exists()
    assert not get_user_model().objects.filter(email="ann@example.org").exists()
    assert juror_client.get(pack.url).status_code == 403  # the session no longer signs in
    assert ModelLogEntry.objects.filter(action=jurors.REMOVED).exists()


# Support and demo -------------------------------------------------------------------------


def test_command_prints_a_working_sign_in_link(client, juror, capsys):
    call_command("juror_sign_in_link", "ANN@example.org", verbosity=0)
    url = capsys.readouterr().out.strip()
    assert client.post(urlsplit(url).path).status_code == 302


def test_command_refuses_an_unknown_address():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="No juror"):
        call_command("juror_sign_in_link", "nobody@example.org", verbosity=0)


def test_demo_jurors_one_per_topic_idempotently(topic_page, other_topic):
    first = create_demo_jurors([topic_page, other_topic])
    again = create_demo_jurors([topic_page, other_topic])
    assert [created for _juror, created in first] == [True, True]
    assert [created for _juror, created in again] == [False, False]
    emails = [juror.user.email for juror, _created in again]
    assert emails == ["juror@example.invalid", "juror2@example.invalid"]
    assert Group.objects.get(jury__topic=other_topic).user_set.count() == 1
