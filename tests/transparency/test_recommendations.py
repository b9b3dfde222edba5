"""The recommendations register: the jury's final wording is locked (only an
administrator's logged correction changes it), and the public register, its filters and
its CSV/JSON exports show final recommendations of public topics only."""

import csv
import io
import json

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry, PageViewRestriction
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from deliberations.factories import DeliberationTopicPageFactory
from deliberations.models import TopicStatus
from tests.translation import translate
from transparency import services
from transparency.factories import RecommendationFactory, RecommendationProgressUpdateFactory
from transparency.models import (
    FinalWordingLocked,
    ProgressStatus,
    Recommendation,
    ResponseStatus,
)

pytestmark = pytest.mark.django_db

WORDING = "Close Market Street to traffic from 10am to 4pm for a one-year trial."


@pytest.fixture
def recommendation(topic_page):
    return RecommendationFactory(topic=topic_page, wording=WORDING)


def edit_url(recommendation):
    return reverse("wagtailsnippets_transparency_recommendation:edit", args=[recommendation.pk])


def edit_form(recommendation, **changes):
    fields = {
        "topic": recommendation.topic_id,
        "wording": recommendation.wording,
        "is_final": "on" if recommendation.is_final else "",
        "votes_for": recommendation.votes_for,
        "votes_against": recommendation.votes_against,
        "votes_abstained": recommendation.votes_abstained,
        "support_percent": "",
        "response_status": recommendation.response_status,
        "response_reasons": recommendation.response_reasons,
        "owner": recommendation.owner,
        "due_date": recommendation.due_date.isoformat(),
        "progress_updates": inline_formset([]),
    }
    fields.update(changes)
    return nested_form_data({key: value for key, value in fields.items() if value != ""})


# --- The final-wording lock -----------------------------------------------------------


def test_editor_is_refused_a_change_to_final_wording(client, user_in_group, recommendation):
    client.force_login(user_in_group("Communications team"))
    response = client.post(
        edit_url(recommendation), edit_form(recommendation, wording="Close Market Street.")
    )
    assert response.status_code == 200
    assert "the jury&#x27;s final wording and cannot be changed" in response.content.decode()
    recommendation.refresh_from_db()
    assert recommendation.wording == WORDING


def test_editor_cannot_unmark_final_wording(client, user_in_group, recommendation):
    client.force_login(user_in_group("Communications team"))
    response = client.post(edit_url(recommendation), edit_form(recommendation, is_final=""))
    assert response.status_code == 200
    recommendation.refresh_from_db()
    assert recommendation.is_final


def test_editor_records_the_response_and_progress_of_a_final_recommendation(
    client, user_in_group, recommendation
):
    client.force_login(user_in_group("Communications team"))
    data = edit_form(
        recommendation,
        response_status=ResponseStatus.ACCEPTED_IN_PART,
        progress_updates=inline_formset(
            [{"date": "2026-09-01", "status": ProgressStatus.IN_PROGRESS, "note": "Begun."}]
        ),
    )
    response = client.post(edit_url(recommendation), data)
    assert response.status_code == 302
    recommendation.refresh_from_db()
    assert recommendation.response_status == ResponseStatus.ACCEPTED_IN_PART
    assert recommendation.wording == WORDING
    assert [u.note for u in recommendation.progress_updates.all()] == ["Begun."]


def test_marking_final_locks_and_is_logged(client, user_in_group, topic_page):
    draft = RecommendationFactory(topic=topic_page, is_final=False)
    editor = user_in_group("Communications team")
    client.force_login(editor)
    response = client.post(edit_url(draft), edit_form(draft, wording=WORDING, is_final="on"))
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.is_final and draft.finalised_at and draft.wording == WORDING
    entry = ModelLogEntry.objects.get(action=services.FINALISED, object_id=str(draft.pk))
    assert entry.user == editor and entry.data["wording"] == WORDING


def test_the_model_refuses_a_wording_change_outside_a_correction(recommendation):
    recommendation.wording = "Something else."
    with pytest.raises(FinalWordingLocked):
        recommendation.save()


def test_administrator_correction_changes_the_wording_and_is_logged(
    client, user_in_group, recommendation
):
    administrator = user_in_group("Administrators")
    client.force_login(administrator)
    edit_page = client.get(edit_url(recommendation)).content.decode()
    correct_url = reverse("recommendation_correct", args=[recommendation.pk])
    assert correct_url in edit_page

    response = client.post(
        correct_url,
        {"wording": WORDING.replace("4pm", "5pm"), "reason": "Typing error: report says 5pm."},
    )
    assert response.status_code == 302
    recommendation.refresh_from_db()
    assert recommendation.wording == WORDING.replace("4pm", "5pm")
    entry = ModelLogEntry.objects.get(
        action=services.WORDING_CORRECTED, object_id=str(recommendation.pk)
    )
    assert entry.user == administrator
    assert entry.data == {
        "before": WORDING,
        "after": WORDING.replace("4pm", "5pm"),
        "reason": "Typing error: report says 5pm.",
    }
    history = client.get(
        reverse("wagtailsnippets_transparency_recommendation:history", args=[recommendation.pk])
    )
    assert "Final wording corrected by an administrator" in history.content.decode()


def test_a_correction_needs_a_reason(client, user_in_group, recommendation):
    client.force_login(user_in_group("Administrators"))
    url = reverse("recommendation_correct", args=[recommendation.pk])
    response = client.post(url, {"wording": "Changed.", "reason": "  "})
    assert response.status_code == 200
    recommendation.refresh_from_db()
    assert recommendation.wording == WORDING


def test_editor_cannot_correct_final_wording(client, user_in_group, recommendation):
    editor = user_in_group("Communications team")
    client.force_login(editor)
    assert reverse("recommendation_correct", args=[recommendation.pk]) not in (
        client.get(edit_url(recommendation)).content.decode()
    )
    response = client.post(
        reverse("recommendation_correct", args=[recommendation.pk]),
        {"wording": "Changed.", "reason": "Because."},
    )
    assert response.status_code in (302, 403)
    recommendation.refresh_from_db()
    assert recommendation.wording == WORDING


def delete_url(recommendation):
    return reverse("wagtailsnippets_transparency_recommendation:delete", args=[recommendation.pk])


def test_editor_cannot_delete_final_wording(client, user_in_group, recommendation):
    """Deleting and retyping would change the jury's words without the logged correction."""
    client.force_login(user_in_group("Communications team"))
    assert delete_url(recommendation) not in client.get(edit_url(recommendation)).content.decode()

    response = client.post(delete_url(recommendation), follow=True)
    assert "only an administrator can delete it" in response.content.decode()
    bulk = reverse("wagtail_bulk_action", args=["transparency", "recommendation", "delete"])
    client.post(f"{bulk}?id={recommendation.pk}")
    assert Recommendation.objects.filter(pk=recommendation.pk).exists()


def test_editor_deletes_a_draft_recommendation(client, user_in_group, topic_page):
    draft = RecommendationFactory(topic=topic_page, is_final=False)
    client.force_login(user_in_group("Communications team"))
    client.post(delete_url(draft))
    assert not Recommendation.objects.filter(pk=draft.pk).exists()


def test_administrator_deletes_final_wording_and_it_is_logged(
    client, user_in_group, recommendation
):
    administrator = user_in_group("Administrators")
    client.force_login(administrator)
    client.post(delete_url(recommendation))
    assert not Recommendation.objects.filter(pk=recommendation.pk).exists()
    assert ModelLogEntry.objects.filter(
        action="wagtail.delete", object_id=str(recommendation.pk), user=administrator
    ).exists()


# --- The public register --------------------------------------------------------------


@pytest.fixture
def register(index_page, topic_page):
    """Two public topics with final recommendations, and what must never appear."""
    other = DeliberationTopicPageFactory(parent=index_page, slug="waste", title="Waste")
    accepted = RecommendationFactory(topic=topic_page, wording="Trial a car-free Market Street.")
    RecommendationProgressUpdateFactory(
        recommendation=accepted, status=ProgressStatus.IN_PROGRESS, note="Consulting traders."
    )
    RecommendationProgressUpdateFactory(
        recommendation=accepted, status=ProgressStatus.DONE, note="The trial <b>started</b>."
    )
    rejected = RecommendationFactory(
        topic=topic_page,
        wording="Free parking on Saturdays.",
        response_status=ResponseStatus.NOT_ACCEPTED,
        response_reasons="It would cost £400,000 a year.",
    )
    in_part = RecommendationFactory(
        topic=other, wording="Weekly food waste collection.", response_status="accepted_in_part"
    )
    RecommendationFactory(topic=topic_page, wording="A draft not yet agreed.", is_final=False)
    unpublished = DeliberationTopicPageFactory(parent=index_page, slug="draft", live=False)
    RecommendationFactory(topic=unpublished, wording="From an unpublished topic.")
    private = DeliberationTopicPageFactory(parent=index_page, slug="private")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    RecommendationFactory(topic=private, wording="From a private topic.")
    return {"accepted": accepted, "rejected": rejected, "in_part": in_part, "other": other}


def test_register_shows_final_recommendations_of_public_topics_only(client, register):
    html = client.get("/recommendations/").content.decode()
    for text in ["Trial a car-free Market Street.", "Free parking on Saturdays.", "Weekly food"]:
        assert text in html
    for text in ["A draft not yet agreed.", "From an unpublished topic.", "From a private"]:
        assert text not in html
    assert "The trial &lt;b&gt;started&lt;/b&gt;." in html  # escaped
    assert "It would cost £400,000 a year." in html


def test_register_counts_accepted_and_done_per_topic(client, register):
    from transparency.register import build_register

    response = client.get("/recommendations/")
    counts = {c.topic.title: c for c in response.context["register"].topics}
    assert (counts["Congestion"].total, counts["Congestion"].accepted) == (2, 1)
    assert counts["Congestion"].done == 1  # the latest update of the accepted one is "done"
    assert (counts["Waste"].total, counts["Waste"].accepted_in_part) == (1, 1)
    assert build_register(response.wsgi_request.GET).entries[0].number == 1


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("response=not_accepted", ["Free parking on Saturdays."]),
        ("progress=done", ["Trial a car-free Market Street."]),
        ("response=accepted_in_part", ["Weekly food waste collection."]),
    ],
)
def test_register_filters(client, register, query, expected):
    response = client.get(f"/recommendations/?{query}")
    assert [e.text.wording for e in response.context["register"].entries] == expected


def test_register_filters_by_topic(client, register):
    response = client.get(f"/recommendations/?topic={register['other'].pk}")
    html = response.content.decode()
    assert f'href="/recommendations.csv?topic={register["other"].pk}"' in html
    assert f'href="/recommendations.json?topic={register["other"].pk}"' in html
    assert [e.text.wording for e in response.context["register"].entries] == [
        "Weekly food waste collection."
    ]


@pytest.mark.parametrize(
    "query",
    [
        "topic=abc",
        "topic=99999",
        "topic=%C2%B2",
        "response=maybe",
        "progress=%00",
        "topic=1&topic=x",
    ],
)
def test_bad_filters_are_ignored(client, register, query):
    for url in ("/recommendations/", "/recommendations.csv", "/recommendations.json"):
        response = client.get(f"{url}?{query}")
        assert response.status_code == 200, url
    assert len(client.get(f"/recommendations.json?{query}").json()["recommendations"]) == 3


def test_exports_parse_and_match_the_page(client, register):
    topic = register["accepted"].topic_id
    page = client.get(f"/recommendations/?topic={topic}")
    entries = page.context["register"].entries
    exported = client.get(f"/recommendations.csv?topic={topic}").content.decode()
    rows = list(csv.DictReader(io.StringIO(exported)))
    assert [row["recommendation"] for row in rows] == [e.text.wording for e in entries]
    assert rows[0]["response"] == "Accepted" and rows[0]["progress"] == "Done"
    assert rows[1]["votes_for"] == "24" and rows[1]["support_percent"] == "80"

    data = json.loads(client.get("/recommendations.json").content)
    by_wording = {item["wording"]: item for item in data["recommendations"]}
    accepted = by_wording["Trial a car-free Market Street."]
    assert accepted["response"]["status"] == "accepted"
    assert accepted["progress"]["status"] == "done"
    assert [u["status"] for u in accepted["progress_updates"]] == ["done", "in_progress"]
    assert {t["title"]: t["done"] for t in data["topics"]} == {"Congestion": 1, "Waste": 0}
    assert len(data["recommendations"]) == 3


def test_csv_cells_cannot_run_as_formulas(client, topic_page):
    RecommendationFactory(topic=topic_page, wording='=HYPERLINK("http://evil")')
    rows = list(csv.reader(io.StringIO(client.get("/recommendations.csv").content.decode())))
    assert rows[1][2].startswith("'=")


def test_register_reads_recommendations_in_the_readers_language(client, register):
    welsh = translate(
        register["rejected"],
        "cy",
        {"Free parking on Saturdays.": "Parcio am ddim ar ddydd Sadwrn."},
    )
    assert welsh.locale.language_code == "cy"
    html = client.get("/cy/recommendations/").content.decode()
    assert "Parcio am ddim ar ddydd Sadwrn." in html
    assert "Trial a car-free Market Street." in html  # not translated: shown as written
    assert Recommendation.objects.filter(is_final=True, locale__language_code="cy").count() == 1


def test_topic_page_links_to_its_recommendations_once_published(client, topic_page):
    url = "/recommendations/"
    assert url not in client.get(topic_page.url).content.decode()
    topic_page.status = TopicStatus.RECOMMENDATIONS_PUBLISHED
    topic_page.save_revision().publish()
    assert f"{url}?topic={topic_page.pk}" in client.get(topic_page.url).content.decode()


@pytest.mark.parametrize("language", ["cy", "pl", "ur"])
def test_register_interface_is_in_the_readers_language(client, register, language):
    html = client.get(f"/{language}/recommendations/").content.decode()
    assert f'<html lang="{language}"' in html
    for phrase in ["Recommendations and responses", "Filter recommendations", "Accepted in part"]:
        assert f">{phrase}<" not in html
        assert f">{phrase}<" in client.get("/recommendations/").content.decode()
