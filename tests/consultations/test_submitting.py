"""Residents submit their views: stored whole, refused clearly, never lost."""

import re

import pytest
from django.core import mail
from django.test import override_settings

from consultations.models import AboutYou, Answer, Submission

from .conftest import questions_by_kind, valid_answers

pytestmark = pytest.mark.django_db


def submit(client, page, data):
    return client.post(page.url, data)


def test_open_consultation_shows_the_form(client, consultation):
    response = client.get(consultation.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="token"' in html
    for question in questions_by_kind(consultation).values():
        assert question.label in html
    assert "About you (optional)" in html


def test_valid_response_is_stored_with_every_answer(client, consultation):
    q = questions_by_kind(consultation)
    response = submit(client, consultation, valid_answers(consultation))
    assert response.status_code == 302

    submission = Submission.objects.get()
    assert submission.consultation_id == consultation.pk
    assert re.fullmatch(r"[2-9A-Z]{4}-[2-9A-Z]{4}", submission.reference)
    assert submission.channel == "online"
    assert submission.language == "en-gb"
    assert submission.publication_consent == "anonymous"
    answers = {(a.question_key, a.option_key, a.number, a.text) for a in submission.answers.all()}
    single, multiple, ranking = q["single_choice"], q["multiple_choice"], q["ranking"]
    assert answers == {
        (q["short_text"].key, "", None, "Market Street"),
        (q["long_text"].key, "", None, "More benches and fewer empty shops."),
        (single.key, single.options[0][0], None, ""),
        (multiple.key, multiple.options[0][0], None, ""),
        (multiple.key, multiple.options[2][0], None, ""),
        (q["agreement_scale"].key, "4", 4, ""),
        (ranking.key, ranking.options[0][0], 3, ""),
        (ranking.key, ranking.options[1][0], 2, ""),
        (ranking.key, ranking.options[2][0], 1, ""),
        (q["postcode"].key, "", None, "NB1"),  # the outward code only
    }
    about_you = AboutYou.objects.get(submission=submission)
    assert (about_you.age_band, about_you.ethnicity, about_you.area) == (
        "35_44",
        "white",
        "North ward",
    )
    assert about_you.gender == "" and about_you.disability == ""

    confirmation = client.get(response["Location"])
    assert confirmation.status_code == 200
    assert submission.reference in confirmation.content.decode()


def test_about_you_answers_are_not_kept_without_their_own_consent(client, consultation):
    data = valid_answers(consultation, about_age_band=None, about_ethnicity=None)
    data.pop("about_area")
    response = submit(client, consultation, data)
    assert response.status_code == 302
    assert not AboutYou.objects.exists()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda q: {q["short_text"].field_name: ""}, "Enter your answer"),
        (lambda q: {q["long_text"].field_name: "x" * 501}, "500 characters or fewer"),
        (lambda q: {q["single_choice"].field_name: "not-an-option"}, "Select one of the answers"),
        (lambda q: {q["agreement_scale"].field_name: "9"}, "Select one of the answers"),
        (lambda q: {q["postcode"].field_name: "ZZ"}, "Enter a real postcode"),
        (lambda q: {q["postcode"].field_name: "NOT A POSTCODE"}, "10 characters or fewer"),
        (lambda q: {f"{q['ranking'].field_name}_1": "3"}, "different number"),
        (
            lambda q: {f"{q['ranking'].field_name}_{i}": r for i, r in enumerate(["3", "", ""])},
            "without gaps",
        ),
        (lambda q: {"email": "not-an-email"}, "correct format"),
        (lambda q: {"processing_consent": None}, "Agree to the privacy notice"),
        (lambda q: {"publication_consent": None}, "Select whether we can publish"),
        (lambda q: {"publication_consent": "full", "display_name": ""}, "Enter your name"),
        (lambda q: {"about_consent": None}, "Agree to the use of your answers about you"),
        (lambda q: {"about_age_band": "ancient"}, "Select one of the answers"),
    ],
)
def test_invalid_response_shows_the_error_summary_and_stores_nothing(
    client, consultation, change, message
):
    data = valid_answers(consultation)
    data.update(change(questions_by_kind(consultation)))
    response = submit(client, consultation, {k: v for k, v in data.items() if v is not None})
    assert response.status_code == 400
    html = response.content.decode()
    assert "There is a problem" in html
    assert message in html
    assert "<title>Error:" in html
    assert not Submission.objects.exists()
    assert not Answer.objects.exists()


def test_error_summary_links_to_each_field_and_answers_are_kept(client, consultation):
    q = questions_by_kind(consultation)
    data = valid_answers(consultation)
    data[q["short_text"].field_name] = ""
    data[q["single_choice"].field_name] = ""
    data[q["long_text"].field_name] = "<script>alert('x')</script> keep me"
    html = submit(client, consultation, data).content.decode()
    assert f'href="#id_{q["short_text"].field_name}"' in html
    assert f'id="id_{q["short_text"].field_name}"' in html
    assert f'href="#id_{q["single_choice"].field_name}_0"' in html
    assert f'id="id_{q["single_choice"].field_name}_0"' in html
    # The resident's text comes back, escaped.
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; keep me" in html
    assert "<script>alert" not in html


def test_html_in_answers_is_stored_as_plain_text(client, consultation):
    q = questions_by_kind(consultation)
    text = "<b>Bold</b> & <a href='http://spam'>link</a>"
    submit(client, consultation, valid_answers(consultation, **{q["long_text"].field_name: text}))
    assert Answer.objects.get(question_key=q["long_text"].key).text == text


def test_closed_consultation_refuses_responses(client, closed_consultation):
    page = closed_consultation
    get = client.get(page.url)
    assert get.status_code == 200
    assert "This consultation closed on" in get.content.decode()
    assert 'name="token"' not in get.content.decode()

    response = submit(client, page, valid_answers(page))
    assert response.status_code == 409
    assert "This consultation closed on" in response.content.decode()
    assert not Submission.objects.exists()


def test_upcoming_consultation_refuses_responses(client, consultation):
    consultation.opens_at = consultation.closes_at.replace(year=consultation.closes_at.year + 1)
    consultation.closes_at = consultation.opens_at.replace(year=consultation.opens_at.year + 1)
    consultation.save()
    response = submit(client, consultation, valid_answers(consultation))
    assert response.status_code == 409
    assert "This consultation opens on" in response.content.decode()
    assert not Submission.objects.exists()


def test_double_submit_stores_one_response(client, consultation):
    data = valid_answers(consultation)
    first = submit(client, consultation, data)
    second = submit(client, consultation, data)
    assert first.status_code == second.status_code == 302
    # Both confirmations show the one reference (the signed URLs differ by timestamp).
    reference = Submission.objects.get().reference
    for response in (first, second):
        assert reference in client.get(response["Location"]).content.decode()


def test_honeypot_refuses_bots(client, consultation):
    response = submit(client, consultation, valid_answers(consultation, website="http://spam"))
    assert response.status_code == 400
    assert "could not be accepted" in response.content.decode()
    assert not Submission.objects.exists()


@override_settings(CONSULTATION_RATE_LIMIT="2/600")
def test_rate_limit_refuses_a_flood_from_one_address(client, consultation):
    statuses = [
        submit(client, consultation, valid_answers(consultation)).status_code for _ in range(3)
    ]
    assert statuses == [302, 302, 429]
    assert Submission.objects.count() == 2
    other_address = client.post(
        consultation.url, valid_answers(consultation), REMOTE_ADDR="192.0.2.9"
    )
    assert other_address.status_code == 302


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"token": "not-a-uuid"},
        {"publication_consent": ["full", "none"], "token": ["a", "b"]},
        {"email": "a" * 10_000 + "@example.org"},
        {"display_name": "nul\x00byte"},
    ],
)
def test_garbage_gives_a_clear_error_never_a_server_error(client, consultation, data):
    response = submit(client, consultation, data)
    assert response.status_code == 400
    assert "There is a problem" in response.content.decode()
    assert not Submission.objects.exists()


def test_undecodable_bytes_give_a_clear_error(client, consultation):
    body = "token=%ED%A0%80&email=%FF%FE&publication_consent=%00"
    response = client.post(consultation.url, body, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 400
    assert not Submission.objects.exists()


def test_confirmation_page_refuses_a_forged_reference(client, consultation):
    url = consultation.url + consultation.reverse_subpage("confirmation")
    assert client.get(url, {"reference": "ABCD-EFGH"}).status_code == 404
    assert client.get(url).status_code == 404


def test_confirmation_email_is_sent_after_commit(
    client, consultation, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        submit(client, consultation, valid_answers(consultation))
    submission = Submission.objects.get()
    assert len(mail.outbox) == 0  # nothing sent inside the transaction
    assert len(callbacks) == 1
    callbacks[0]()
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["resident@example.org"]
    assert submission.reference in mail.outbox[0].subject
    submission.refresh_from_db()
    assert submission.confirmation_sent_at is not None
    # Running the task again sends nothing more.
    callbacks[0]()
    assert len(mail.outbox) == 1


def test_no_email_address_means_no_email(client, consultation, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        submit(client, consultation, valid_answers(consultation, email=""))
    assert Submission.objects.count() == 1
    assert len(mail.outbox) == 0


def test_topic_page_invites_residents_to_the_consultation(client, consultation, topic_page):
    html = client.get(topic_page.url).content.decode()
    assert "Have your say" in html
    assert f'href="{consultation.url}"' in html
    assert "Closes " in html


def test_a_repeated_option_is_stored_once(client, consultation):
    q = questions_by_kind(consultation)["multiple_choice"]
    option = q.options[0][0]
    client.post(consultation.url, valid_answers(consultation, **{q.field_name: [option] * 3}))
    assert Answer.objects.filter(question_key=q.key).count() == 1


def test_only_a_name_to_publish_is_kept(client, consultation):
    client.post(
        consultation.url,
        valid_answers(consultation, publication_consent="anonymous", display_name="Ann"),
    )
    assert Submission.objects.get().display_name == ""


@override_settings(CONSULTATION_RATE_LIMIT="1/600")
def test_rate_limited_resident_keeps_their_answers_and_a_resend_is_not_counted(
    client, consultation
):
    first = valid_answers(consultation)
    assert submit(client, consultation, first).status_code == 302
    assert submit(client, consultation, first).status_code == 302  # the same form again
    q = questions_by_kind(consultation)
    refused = submit(
        client, consultation, valid_answers(consultation, **{q["long_text"].field_name: "Mine"})
    )
    assert refused.status_code == 429
    assert "too many responses" in refused.content.decode()
    assert ">Mine</textarea>" in refused.content.decode()
    assert Submission.objects.count() == 1


@pytest.mark.parametrize("method", ["put", "patch", "delete"])
def test_other_methods_are_not_allowed(client, consultation, method):
    assert getattr(client, method)(consultation.url).status_code == 405
