"""A consultation answered in several languages is one consultation: its answers count
together, and each response records the language it was given in."""

import pytest

from consultations import moderation
from consultations.digest import build_digest
from consultations.factories import ConsultationPageFactory
from consultations.models import ConsultationPage, Submission
from tests.consultations.conftest import questions_by_kind, valid_answers
from tests.translation import translate

pytestmark = pytest.mark.django_db


def test_english_and_welsh_answers_are_counted_together(topic_page, client, superuser):
    english = ConsultationPage.objects.get(
        pk=ConsultationPageFactory(parent=topic_page, slug="have-your-say").pk
    )
    welsh = translate(english, "cy", {"Bus": "Bws", "Car": "Car", "Bike": "Beic"})
    travel = questions_by_kind(english)["single_choice"]
    bus = travel.options[0][0]
    for page, email in ((english, "en@example.org"), (welsh, "cy@example.org")):
        data = valid_answers(page, email=email, **{travel.field_name: bus})
        assert client.post(page.url, data).status_code == 302
    submissions = {s.language: s for s in Submission.objects.all()}
    assert set(submissions) == {"en-gb", "cy"}
    assert submissions["cy"].consultation_id == welsh.pk
    for submission in submissions.values():
        moderation.approve(submission, superuser)

    for page in (english, welsh):
        digest = build_digest(page)
        assert (digest["received"], digest["approved"]) == (2, 2)
        counts = {
            question["key"]: question["options"][0]["count"] for question in digest["questions"]
        }
        assert counts[travel.key] == 2
    # Each language's digest labels the answers in its own words.
    first_label = {
        page.pk: next(q for q in build_digest(page)["questions"] if q["key"] == travel.key)[
            "options"
        ][0]["label"]
        for page in (english, welsh)
    }
    assert first_label == {english.pk: "Bus", welsh.pk: "Bws"}


def test_a_resident_reading_an_untranslated_form_stays_in_their_language(topic_page, client):
    """Under /pl/ the English consultation is shown in the Polish interface: the form
    posts back to /pl/..., and the confirmation is in Polish."""
    page = ConsultationPageFactory(parent=topic_page, slug="say")
    consultation = ConsultationPage.objects.get(pk=page.pk)
    polish_url = "/pl" + consultation.url
    form = client.get(polish_url).content.decode()
    assert f'action="{polish_url}"' in form
    response = client.post(polish_url, valid_answers(consultation))
    assert response.status_code == 302
    assert response.url.startswith(polish_url)
    confirmation = client.get(response.url).content.decode()
    assert '<html lang="pl"' in confirmation and "Response sent" not in confirmation
    assert consultation.submissions.get().language == "pl"
