"""Moderators review responses in the Wagtail admin; every decision is logged; people
without the right permissions never see personal data."""

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from consultations.factories import ThemeFactory
from consultations.models import Answer, Submission
from deliberations.factories import DeliberationTopicPageFactory

from .conftest import questions_by_kind, valid_answers

pytestmark = pytest.mark.django_db

QUEUE_URL = reverse("consultation_responses:index")


def review_url(submission):
    return reverse("consultation_responses:inspect", args=(submission.pk,))


@pytest.fixture
def submission(client, consultation):
    q = questions_by_kind(consultation)
    data = valid_answers(
        consultation,
        publication_consent="full",
        display_name="Ann Resident",
        **{q["long_text"].field_name: "Call me on 07700 900123. <b>Buses</b> are late."},
    )
    assert client.post(consultation.url, data).status_code == 302
    return Submission.objects.get()


@pytest.fixture
def moderator(client, user_in_group):
    user = user_in_group("Moderators")
    client.force_login(user)
    return user


def actions_logged(submission):
    return list(
        ModelLogEntry.objects.for_instance(submission)
        .order_by("timestamp")
        .values_list("action", "user__username")
    )


def test_moderator_sees_the_queue_and_filters_it(client, moderator, submission, consultation):
    q = questions_by_kind(consultation)
    listing = client.get(QUEUE_URL)
    assert listing.status_code == 200
    assert submission.reference in listing.content.decode()
    for query in (
        {"status": "pending"},
        {"consultation": consultation.pk},
        {"question": q["long_text"].key},
        {"created_at_after": "2000-01-01"},
    ):
        assert submission.reference in client.get(QUEUE_URL, query).content.decode(), query
    assert (
        submission.reference not in client.get(QUEUE_URL, {"status": "approved"}).content.decode()
    )


def test_moderator_approves_and_the_log_says_who(client, moderator, submission):
    response = client.post(review_url(submission), {"action": "approve"})
    assert response.status_code == 302
    submission.refresh_from_db()
    assert submission.status == "approved"
    assert actions_logged(submission) == [("consultations.approve", moderator.username)]


def test_rejection_needs_a_reason(client, moderator, submission):
    client.post(review_url(submission), {"action": "reject", "reason": "  "})
    submission.refresh_from_db()
    assert submission.status == "pending"
    client.post(review_url(submission), {"action": "reject", "reason": "Abusive language"})
    submission.refresh_from_db()
    assert (submission.status, submission.rejection_reason) == ("rejected", "Abusive language")
    entry = ModelLogEntry.objects.for_instance(submission).get()
    assert entry.action == "consultations.reject"
    assert entry.data == {"reason": "Abusive language", "category": "other"}


def test_redaction_hides_the_passage_from_all_but_moderators(
    client, moderator, submission, consultation, user_in_group
):
    answer = Answer.objects.get(
        submission=submission, question_key=questions_by_kind(consultation)["long_text"].key
    )
    client.post(
        review_url(submission),
        {
            "action": "redact",
            "answer": answer.pk,
            "redacted_text": "Call me on [redacted]. Buses are late.",
        },
    )
    answer.refresh_from_db()
    assert answer.is_redacted
    assert answer.public_text == "Call me on [redacted]. Buses are late."
    assert "07700 900123" in answer.text  # the original is kept
    assert actions_logged(submission) == [("consultations.redact", moderator.username)]
    assert "07700 900123" in client.get(review_url(submission)).content.decode()

    client.force_login(user_in_group("Communications team"))
    html = client.get(review_url(submission)).content.decode()
    assert "Call me on [redacted]" in html
    assert "07700 900123" not in html


def test_themes_are_set_from_the_topics_own_list(client, moderator, submission, topic_page):
    buses = ThemeFactory(topic=topic_page, name="Bus reliability")
    ThemeFactory(topic=topic_page, name="Parking")
    elsewhere = ThemeFactory(topic=DeliberationTopicPageFactory(), name="Bins")
    client.post(review_url(submission), {"action": "themes", "themes": [buses.pk, elsewhere.pk]})
    assert list(submission.themes.all()) == [buses]
    entry = ModelLogEntry.objects.for_instance(submission).get()
    assert entry.data == {"themes": ["Bus reliability"]}


def test_review_page_escapes_what_residents_wrote(client, moderator, submission):
    html = client.get(review_url(submission)).content.decode()
    assert "&lt;b&gt;Buses&lt;/b&gt;" in html
    assert "<b>Buses</b>" not in html


def test_moderator_sees_personal_data(client, moderator, submission):
    html = client.get(review_url(submission)).content.decode()
    assert "resident@example.org" in html
    assert "Ann Resident" in html
    assert "35 to 44" in html  # about-you age band


def test_communications_team_sees_responses_but_no_personal_data(client, user_in_group, submission):
    client.force_login(user_in_group("Communications team"))
    assert submission.reference in client.get(QUEUE_URL).content.decode()
    html = client.get(review_url(submission)).content.decode()
    assert "Buses" in html
    for personal in ("resident@example.org", "Ann Resident", "35 to 44", "North ward"):
        assert personal not in html
    assert client.post(review_url(submission), {"action": "approve"}).status_code in (302, 403)
    submission.refresh_from_db()
    assert submission.status == "pending"


@pytest.mark.parametrize("group", ["Oversight panel", None])
def test_others_cannot_open_the_queue(client, user_in_group, submission, group):
    if group:
        client.force_login(user_in_group(group))
    for url in (QUEUE_URL, review_url(submission)):
        response = client.get(url)
        assert response.status_code in (302, 403)
        assert submission.reference not in response.content.decode()


def test_responses_are_never_edited_as_a_form(client, moderator, submission):
    edit = client.post(
        reverse("consultation_responses:edit", args=(submission.pk,)), {"status": "approved"}
    )
    assert edit.status_code == 302
    assert edit["Location"] == review_url(submission)
    submission.refresh_from_db()
    assert submission.status == "pending"


def test_queue_finds_a_response_by_reference(client, moderator, submission):
    found = client.get(QUEUE_URL, {"q": submission.reference})
    assert found.status_code == 200
    assert submission.reference in found.content.decode()
    assert submission.reference not in client.get(QUEUE_URL, {"q": "ZZZZ-ZZZZ"}).content.decode()


@pytest.mark.parametrize(
    "data",
    [
        {"action": "redact", "answer": "abc", "redacted_text": "x"},
        {"action": "themes", "themes": ["x", "1e9"]},
        {"action": "something-else"},
    ],
)
def test_malformed_moderation_requests_change_nothing(client, moderator, submission, data):
    response = client.post(review_url(submission), data)
    assert response.status_code in (302, 404)  # never a server error
    assert (
        not ModelLogEntry.objects.for_instance(submission)
        .exclude(
            action="consultations.tag"  # an empty theme list is a valid choice
        )
        .exists()
    )
    assert not submission.themes.exists()
    submission.refresh_from_db()
    assert submission.status == "pending"


def test_rejection_reason_is_for_moderators_only(client, moderator, submission, user_in_group):
    client.post(review_url(submission), {"action": "reject", "reason": "Named Ann Resident"})
    assert "Named Ann Resident" in client.get(review_url(submission)).content.decode()
    client.force_login(user_in_group("Communications team"))
    assert "Named Ann Resident" not in client.get(review_url(submission)).content.decode()
