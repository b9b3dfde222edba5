"""Each demo jury has a consultation: one closed with published results, one open whose
form can be tried, one not yet open; the responses look moderated, and loading the demo
again adds none."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import ModelLogEntry

from consultations import moderation
from consultations.models import (
    AboutYou,
    Answer,
    ConsultationPage,
    ConsultationState,
    PublicationConsent,
    Submission,
    SubmissionStatus,
    Theme,
)
from consultations.results import consultation_results
from consultations.services import REFERENCE_ALPHABET, unsent_confirmation_ids
from deliberations.models import DeliberationTopicPage

pytestmark = pytest.mark.django_db

CLOSED, OPEN, UPCOMING = "town-centre", "transport-and-congestion", "waste-and-recycling"


@pytest.fixture
def consultations(monkeypatch):
    """Loads the demo; returns each topic's consultation, by the topic's slug."""
    monkeypatch.setenv("DEMO_PASSWORD", "demo-password-for-tests")
    call_command("load_demo", stdout=io.StringIO(), stderr=io.StringIO())
    pages = {}
    # The topics in English (the demo also has one in Welsh and Urdu).
    for topic in DeliberationTopicPage.objects.filter(locale__language_code="en-gb"):
        children = ConsultationPage.objects.child_of(topic)
        assert children.count() == 1, topic.slug
        pages[topic.slug] = children.get()
    return pages


def responses_to(page):
    return Submission.objects.filter(consultation=page)


def snapshot():
    return {
        "submissions": Submission.objects.count(),
        "answers": Answer.objects.count(),
        "about you": AboutYou.objects.count(),
        "themes": sorted(Theme.objects.values_list("topic__slug", "name")),
        "tags": Submission.themes.through.objects.count(),
        "log entries": ModelLogEntry.objects.count(),
        "references": set(Submission.objects.values_list("reference", "status", "created_at")),
    }


def test_each_jury_has_a_consultation_closed_open_or_upcoming(consultations, client):
    assert set(consultations) == {CLOSED, OPEN, UPCOMING}
    closed, open_, upcoming = consultations[CLOSED], consultations[OPEN], consultations[UPCOMING]
    assert closed.state == ConsultationState.RESULTS_PUBLISHED
    assert open_.state == ConsultationState.OPEN
    assert upcoming.state == ConsultationState.UPCOMING
    for page in consultations.values():
        assert page.live
        questions, about_you = page.parsed_questions
        assert 5 <= len(questions) <= 8
        assert about_you is not None and len(about_you.areas) > 3
        themes = Theme.objects.filter(topic=page.get_parent(), locale__language_code="en-gb")
        assert 3 <= themes.count() <= 6
    assert 150 <= responses_to(closed).count() <= 400
    assert 150 <= responses_to(open_).count() <= 400
    assert not responses_to(upcoming).exists()

    form = client.get(open_.url)
    assert form.status_code == 200
    assert 'name="token"' in form.content.decode()
    soon = client.get(upcoming.url)
    assert soon.status_code == 200
    assert "opens on" in soon.content.decode()
    assert 'name="token"' not in soon.content.decode()
    results = client.get(closed.url)
    assert results.status_code == 200
    assert "What you told us" in results.content.decode()


def test_demo_responses_are_moderated_logged_and_counted(consultations):
    closed, open_ = consultations[CLOSED], consultations[OPEN]
    results = consultation_results(closed)
    assert results.approved > 100
    assert results.received > results.approved
    single = next(r for r in results.questions if r.question.kind == "single_choice")
    assert single.respondents == results.approved  # a required question
    assert sum(option.percent for option in single.options) == pytest.approx(100, abs=0.5)
    assert all(option.count for option in single.options)
    assert results.themes and all(theme.count > 0 for theme in results.themes)

    submissions = Submission.objects.all()
    rejected = submissions.filter(status=SubmissionStatus.REJECTED)
    assert rejected.exists()
    assert not rejected.filter(rejection_reason="").exists()
    assert not responses_to(closed).filter(status=SubmissionStatus.PENDING).exists()
    pending = responses_to(open_).filter(status=SubmissionStatus.PENDING).count()
    assert 0.1 <= pending / responses_to(open_).count() <= 0.2

    redacted = Answer.objects.filter(is_redacted=True)
    assert redacted.exists()
    for answer in redacted:
        assert "[redacted]" in answer.redacted_text and "[redacted]" not in answer.text
    approved = submissions.filter(status=SubmissionStatus.APPROVED)
    tagged = approved.filter(themes__isnull=False).distinct().count()
    assert tagged > approved.count() / 2

    moderator_actions = ModelLogEntry.objects.filter(user__username="moderator")
    assert moderator_actions.filter(action=moderation.APPROVE).count() == approved.count()
    assert moderator_actions.filter(action=moderation.REJECT).count() == rejected.count()
    assert moderator_actions.filter(action=moderation.REDACT).count() == redacted.count()

    for reference in submissions.values_list("reference", flat=True):
        code = reference.replace("-", "", 1)
        assert reference[4] == "-" and len(code) == 8 and set(code) <= set(REFERENCE_ALPHABET)
    named = submissions.exclude(display_name="")
    assert not named.exclude(publication_consent=PublicationConsent.FULL).exists()
    assert not submissions.exclude(email="").exclude(email__endswith="@example.org").exists()
    assert unsent_confirmation_ids(grace_seconds=0) == []  # the demo sends no e-mail
    with_about_you = AboutYou.objects.count() / submissions.count()
    assert 0.6 <= with_about_you <= 0.8


def test_loading_the_demo_again_adds_no_responses(consultations):
    before = snapshot()
    call_command("load_demo", stdout=io.StringIO(), stderr=io.StringIO())
    assert snapshot() == before
