"""The public moderation summary of a consultation equals the counts of its submissions,
and never shows a moderator's own reason."""

import itertools
import uuid

import pytest

from consultations.factories import ConsultationPageFactory
from consultations.models import Answer, Submission
from tests.deliberations.test_query_counts import count_queries
from transparency.moderation import moderation_summary

pytestmark = pytest.mark.django_db

_references = itertools.count(1)

# Routing, privacy, languages and settings as on any page, then three aggregate queries.
SUMMARY_QUERIES = 7


@pytest.fixture
def consultation(closed_consultation):
    return closed_consultation


def submit(consultation, status="pending", category="", reason="", redacted=False):
    submission = Submission.objects.create(
        consultation=consultation,
        reference=f"R{next(_references):06d}",
        idempotency_token=uuid.uuid4(),
        publication_consent="none",
        status=status,
        rejection_category=category,
        rejection_reason=reason,
    )
    Answer.objects.create(
        submission=submission,
        question_key="views",
        text="My neighbour at 4 Mill Lane says buses are late.",
        redacted_text="My neighbour at [redacted] says buses are late." if redacted else "",
        is_redacted=redacted,
    )
    return submission


@pytest.fixture
def moderated(consultation, topic_page):
    for _ in range(4):
        submit(consultation, "approved")
    submit(consultation, "approved", redacted=True)
    submit(consultation, "pending")
    submit(consultation, "rejected", "abusive", "Called Mrs Jones at no. 12 a liar", True)
    submit(consultation, "rejected", "abusive", "Abusive")
    submit(consultation, "rejected", "spam", "Advert")
    other = ConsultationPageFactory(parent=topic_page, slug="other")
    submit(other, "rejected", "duplicate", "Sent twice")  # another consultation's
    return consultation


def test_summary_equals_the_counts_of_the_submissions(moderated):
    summary = moderation_summary(moderated)
    mine = Submission.objects.filter(consultation=moderated)
    assert summary.received == mine.count() == 9
    assert summary.approved == mine.filter(status="approved").count() == 5
    assert summary.pending == mine.filter(status="pending").count() == 1
    assert summary.rejected == mine.filter(status="rejected").count() == 3
    assert summary.redacted == mine.filter(answers__is_redacted=True).distinct().count() == 2
    counts = {category: count for category, _label, count in summary.rejected_by_category}
    assert counts == {
        category: mine.filter(rejection_category=category).count()
        for category in ["off_topic", "abusive", "spam", "duplicate", "other"]
    }
    assert sum(counts.values()) == summary.rejected


def test_public_page_shows_the_figures_and_no_moderator_reasons(client, moderated):
    response = client.get(moderated.url + "moderation/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Abusive or offensive" in html and "Advertising or spam" in html
    assert "Mrs Jones" not in html and "Advert<" not in html
    assert response.context["summary"] == moderation_summary(moderated)


def test_closed_consultation_links_to_its_moderation_summary(client, moderated):
    assert f'href="{moderated.url}moderation/"' in client.get(moderated.url).content.decode()


def test_a_moderators_rejection_is_counted_by_its_category(client, user_in_group, consultation):
    submission = submit(consultation)
    client.force_login(user_in_group("Moderators"))
    url = f"/admin/consultations/responses/inspect/{submission.pk}/"
    client.post(url, {"action": "reject", "reason": "Spam link", "category": "spam"})
    submission.refresh_from_db()
    assert (submission.status, submission.rejection_category) == ("rejected", "spam")
    counts = {c: n for c, _label, n in moderation_summary(consultation).rejected_by_category}
    assert counts["spam"] == 1
    client.post(url, {"action": "reject", "reason": "Spam", "category": "<script>"})
    submission.refresh_from_db()
    assert submission.rejection_category == "spam"  # an unknown category is refused


def test_summary_queries_do_not_grow_with_submissions(client, consultation):
    url = consultation.url + "moderation/"
    for _ in range(3):
        submit(consultation, "rejected", "spam", "Advert", redacted=True)
    small = count_queries(client, url)
    for _ in range(30):
        submit(consultation, "approved", redacted=True)
    assert count_queries(client, url) == small == SUMMARY_QUERIES


@pytest.mark.parametrize("language", ["cy", "pl", "ur"])
def test_summary_interface_is_in_the_readers_language(client, moderated, language):
    english = client.get(moderated.url + "moderation/").content.decode()
    html = client.get(f"/{language}{moderated.url}moderation/").content.decode()
    for phrase in ["How responses were moderated", "Responses received", "Advertising or spam"]:
        assert f">{phrase}<" in english
        assert f">{phrase}<" not in html
