"""The demo has a topic whose jury has reported: its recommendations, the council's
response and progress are in the public register and its exports."""

import io

import pytest
from django.core.management import call_command

from deliberations.models import DeliberationTopicPage, TopicStatus
from transparency.models import Recommendation

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(monkeypatch):
    monkeypatch.setenv("DEMO_PASSWORD", "demo-password-for-tests")
    call_command("load_demo", stdout=io.StringIO(), stderr=io.StringIO())
    return DeliberationTopicPage.objects.get(slug="town-centre", locale__language_code="en-gb")


def test_demo_topic_has_reported_with_a_response_and_progress(client, demo):
    assert demo.status == TopicStatus.AUTHORITY_RESPONDED
    recommendations = Recommendation.objects.filter(topic=demo)
    assert recommendations.count() == 14
    assert all(r.is_final for r in recommendations)
    assert recommendations.exclude(response_status="awaiting").count() == 14
    assert recommendations.filter(progress_updates__isnull=False).distinct().count() >= 5

    topic_html = client.get(demo.url).content.decode()
    assert f"/recommendations/?topic={demo.pk}" in topic_html
    response = client.get(f"/recommendations/?topic={demo.pk}")
    html = response.content.decode()
    assert "Bring empty space above shops back into use as homes" in html
    assert "The trial started on 5 October 2026." in html
    [counts] = response.context["register"].topics
    data = client.get("/recommendations.json").json()
    [topic] = data["topics"]
    assert (
        (topic["recommendations"], topic["accepted"], topic["done"])
        == (
            counts.total,
            counts.accepted,
            counts.done,
        )
        == (14, 8, 3)
    )


def test_demo_moderation_summaries_match_their_submissions(client, demo):
    from consultations.models import ConsultationPage, Submission

    for consultation in ConsultationPage.objects.live():
        response = client.get(consultation.url + "moderation/")
        assert response.status_code == 200
        summary = response.context["summary"]
        # Responses count together in every language of the consultation.
        mine = Submission.objects.filter(consultation__translation_key=consultation.translation_key)
        assert summary.received == mine.count()
        assert (summary.approved, summary.rejected, summary.pending) == tuple(
            mine.filter(status=status).count() for status in ("approved", "rejected", "pending")
        )
        by_category = {category: count for category, _label, count in summary.rejected_by_category}
        assert by_category["other"] == 0  # every demo rejection has a real category
        assert sum(by_category.values()) == summary.rejected
