"""Counts match the approved submissions; exports hold no personal data; staff can enter
offline responses through the same questions."""

import csv
import io
import json

import pytest
from django.http import StreamingHttpResponse
from django.urls import reverse
from openpyxl import load_workbook
from wagtail.models import ModelLogEntry, PageLogEntry, PageViewRestriction

from consultations import exports
from consultations.factories import ThemeFactory
from consultations.models import Submission, SubmissionStatus
from consultations.results import consultation_results, demographics

from .conftest import questions_by_kind, valid_answers

pytestmark = pytest.mark.django_db


@pytest.fixture
def responses(client, consultation, topic_page):
    """Six responses: five approved (three bus users, two on foot), one rejected bus user."""
    q = questions_by_kind(consultation)
    bus, on_foot = q["single_choice"].options[0][0], q["single_choice"].options[3][0]
    theme = ThemeFactory(topic=topic_page, name="Late buses")
    choices = [bus, bus, bus, on_foot, on_foot, bus]
    for n, choice in enumerate(choices):
        data = valid_answers(
            consultation,
            email=f"person{n}@example.org",
            **{
                q["single_choice"].field_name: choice,
                q["long_text"].field_name: f'=HYPERLINK("http://x") answer {n}',
            },
        )
        assert client.post(consultation.url, data).status_code == 302
    submissions = list(Submission.objects.order_by("pk"))
    Submission.objects.filter(pk__in=[s.pk for s in submissions[:5]]).update(
        status=SubmissionStatus.APPROVED
    )
    Submission.objects.filter(pk=submissions[5].pk).update(status=SubmissionStatus.REJECTED)
    for submission in submissions[:2]:
        submission.themes.add(theme)
    return submissions


def test_counts_match_the_approved_submissions(consultation, responses):
    results = consultation_results(consultation)
    assert (results.received, results.approved) == (6, 5)
    by_kind = {result.question.kind: result for result in results.questions}
    travel = by_kind["single_choice"]
    assert travel.respondents == 5
    counts = {option.label: (option.count, option.percent) for option in travel.options}
    assert counts == {"Bus": (3, 60.0), "Car": (0, 0.0), "Bike": (0, 0.0), "On foot": (2, 40.0)}
    scale = {option.label: option.count for option in by_kind["agreement_scale"].options}
    assert scale["Agree"] == 5 and sum(scale.values()) == 5
    ranking = {
        option.label: (option.count, option.average_rank) for option in by_kind["ranking"].options
    }
    # Everyone put green space first: it has every first preference.
    assert ranking == {"Homes": (0, 3.0), "Shops": (0, 2.0), "Green space": (5, 1.0)}
    assert [(theme.name, theme.count) for theme in results.themes] == [("Late buses", 2)]


def test_results_are_aggregated_in_a_fixed_number_of_queries(
    consultation, responses, django_assert_max_num_queries
):
    with django_assert_max_num_queries(5):
        consultation_results(consultation)


def test_demographics_suppress_small_groups(consultation, responses):
    rows = {row.label: row.count for row in demographics(consultation)["age band"]}
    assert rows == {"35 to 44": 5}
    area = {row.label: row.count for row in demographics(consultation)["area"]}
    assert area == {"North ward": 5}
    responses[0].about_you.delete()
    rows = {row.label: row.count for row in demographics(consultation)["age band"]}
    assert rows == {"35 to 44": None}  # 4 people: suppressed


def test_csv_export_has_every_submission_and_no_personal_data(
    client, user_in_group, consultation, responses
):
    client.force_login(user_in_group("Moderators"))
    url = reverse("consultation_responses:export", args=(consultation.pk, "csv"))
    response = client.get(url)
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode()
    rows = list(csv.reader(io.StringIO(body)))
    assert len(rows) == 7  # header and six submissions
    header = rows[0]
    assert "How do you usually travel into town?" in header
    assert {row[0] for row in rows[1:]} == {s.reference for s in responses}
    for personal in ("@example.org", "35 to 44", "North ward"):
        assert personal not in body
    # Spreadsheet formulas from residents stay text.
    long_text = header.index("What would make the town centre better?")
    assert rows[1][long_text].startswith("'=HYPERLINK")


def test_csv_export_streams_and_is_logged(client, user_in_group, consultation, responses):
    officer = user_in_group("Moderators")
    client.force_login(officer)
    url = reverse("consultation_responses:export", args=(consultation.pk, "csv"))
    response = client.get(url)
    # Rows go out as they are read, never gathered in memory first.
    assert isinstance(response, StreamingHttpResponse)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment; ")
    entry = PageLogEntry.objects.get(page=consultation, action=exports.EXPORT)
    assert entry.user == officer and entry.data == {"format": "csv"}
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert [row[0] for row in rows[1:]] == [s.reference for s in responses]


def test_export_rows_are_the_same_whatever_the_batch_size(consultation, responses):
    # Six responses in batches of four and of two: rows split across batches lose nothing.
    expected = list(exports.export_rows(consultation))
    assert len(expected) == 7
    for batch_size in (4, 2):
        assert list(exports.export_rows(consultation, batch_size=batch_size)) == expected


def test_xlsx_export_matches_the_csv(client, user_in_group, consultation, responses):
    client.force_login(user_in_group("Communications team"))
    url = reverse("consultation_responses:export", args=(consultation.pk, "xlsx"))
    response = client.get(url)
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)), read_only=True)
    rows = [
        [cell or "" for cell in row] for row in workbook["Responses"].iter_rows(values_only=True)
    ]
    csv_url = reverse("consultation_responses:export", args=(consultation.pk, "csv"))
    csv_body = b"".join(client.get(csv_url).streaming_content).decode()
    assert rows == list(csv.reader(io.StringIO(csv_body)))


def test_exports_and_results_are_staff_only(client, user_in_group, consultation, responses):
    client.force_login(user_in_group("Oversight panel"))
    for url in (
        reverse("consultation_responses:export", args=(consultation.pk, "csv")),
        reverse("consultation_responses:results", args=(consultation.pk,)),
    ):
        assert client.get(url).status_code in (302, 403)


def test_results_page_for_staff(client, user_in_group, consultation, responses):
    client.force_login(user_in_group("Communications team"))
    html = client.get(reverse("consultation_responses:results", args=(consultation.pk,)))
    assert html.status_code == 200
    assert "6 responses received, 5 approved" in html.content.decode()


def test_published_results_appear_on_the_consultation_page(client, consultation, responses):
    consultation.closes_at = consultation.opens_at.replace(year=consultation.opens_at.year - 1)
    consultation.opens_at = consultation.closes_at.replace(year=consultation.closes_at.year - 1)
    consultation.results_published = True
    consultation.save()
    html = client.get(consultation.url).content.decode()
    assert "What you told us" in html
    assert "60.0%" in html and "40.0%" in html
    assert "Late buses" in html
    assert 'name="token"' not in html


def test_results_stay_hidden_until_published(client, consultation, responses):
    assert "What you told us" not in client.get(consultation.url).content.decode()


def test_staff_enter_an_offline_response(client, user_in_group, consultation):
    moderator = user_in_group("Moderators")
    client.force_login(moderator)
    url = reverse("consultation_responses:offline", args=(consultation.pk,))
    assert client.get(url).status_code == 200
    data = valid_answers(consultation, channel="paper")
    data.pop("website")
    response = client.post(url, data)
    assert response.status_code == 302
    submission = Submission.objects.get()
    assert (submission.channel, submission.entered_by) == ("paper", moderator)
    assert submission.answers.count() == 10
    assert ModelLogEntry.objects.for_instance(submission).get().action == (
        "consultations.enter_offline"
    )


def test_offline_response_needs_a_channel_and_valid_answers(client, user_in_group, consultation):
    client.force_login(user_in_group("Moderators"))
    url = reverse("consultation_responses:offline", args=(consultation.pk,))
    assert client.post(url, valid_answers(consultation, channel="online")).status_code == 400
    assert (
        client.post(url, valid_answers(consultation, channel="paper", email="x")).status_code == 400
    )
    assert not Submission.objects.exists()


# --- Published results as open data ---------------------------------------------------


def publish_results(consultation):
    consultation.closes_at = consultation.opens_at.replace(year=consultation.opens_at.year - 1)
    consultation.opens_at = consultation.closes_at.replace(year=consultation.closes_at.year - 1)
    consultation.results_published = True
    consultation.save()


def results_url(consultation, file_format):
    return reverse("consultation_results_data", args=[consultation.pk, file_format])


def test_published_results_as_csv_and_json_match_the_page(client, consultation, responses):
    publish_results(consultation)
    html = client.get(consultation.url).content.decode()
    assert results_url(consultation, "csv") in html and results_url(consultation, "json") in html

    data = client.get(results_url(consultation, "json")).json()
    figures = consultation_results(consultation)
    assert (data["received"], data["approved"]) == (figures.received, figures.approved) == (6, 5)
    assert [q["key"] for q in data["questions"]] == [r.question.key for r in figures.questions]
    travel = next(q for q in data["questions"] if q["kind"] == "single_choice")
    assert travel["respondents"] == 5
    assert {o["label"]: (o["count"], o["percent"]) for o in travel["options"]} == {
        "Bus": (3, 60.0),
        "Car": (0, 0.0),
        "Bike": (0, 0.0),
        "On foot": (2, 40.0),
    }
    assert data["themes"] == [{"name": "Late buses", "count": 2}]
    for question in data["questions"]:  # every figure is one the page shows
        assert question["label"] in html
        for option in question["options"]:
            assert f"{option['percent']:.1f}%" in html

    response = client.get(results_url(consultation, "csv"))
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    question_rows = [row for row in rows if row["table"] == "question"]
    assert len(question_rows) == sum(len(q["options"]) for q in data["questions"])
    assert {
        (row["option"], row["count"])
        for row in question_rows
        if row["question_key"] == travel["key"]
    } == {
        ("Bus", "3"),
        ("Car", "0"),
        ("Bike", "0"),
        ("On foot", "2"),
    }
    assert [(row["option"], row["count"]) for row in rows if row["table"] == "theme"] == [
        ("Late buses", "2")
    ]
    # Counts only: no resident's words, no e-mail address.
    for body in (response.content.decode(), json.dumps(data)):
        assert "HYPERLINK" not in body and "example.org" not in body


def test_results_data_only_once_the_page_shows_them(client, consultation, responses):
    assert client.get(results_url(consultation, "json")).status_code == 404  # still open
    publish_results(consultation)
    assert client.get(results_url(consultation, "xml")).status_code == 404
    assert client.get(results_url(consultation, "json")).status_code == 200

    PageViewRestriction.objects.create(page=consultation.get_parent(), restriction_type="login")
    assert client.get(results_url(consultation, "json")).status_code == 404
    assert client.get(results_url(consultation, "csv")).status_code == 404

    PageViewRestriction.objects.all().delete()
    consultation.unpublish()
    assert client.get(results_url(consultation, "json")).status_code == 404
