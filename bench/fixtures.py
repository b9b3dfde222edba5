"""Data the benchmarks build inside a Django process (run through `manage.py shell`)."""

from wagtail.models import Page, Site

from consultations.factories import ConsultationPageFactory
from consultations.models import Answer, ConsultationPage, Submission
from deliberations.factories import DeliberationIndexPageFactory, DeliberationTopicPageFactory
from home.factories import HomePageFactory


def consultation_site(port: int) -> dict:
    """A site with one open consultation; returns its path and a valid set of answers."""
    Page.objects.filter(depth=2).delete()
    home = HomePageFactory(parent=Page.get_first_root_node(), slug="home")
    Site.objects.create(hostname="127.0.0.1", port=port, root_page=home, is_default_site=True)
    index = DeliberationIndexPageFactory(parent=home)
    topic = DeliberationTopicPageFactory(parent=index, slug="topic")
    page = ConsultationPage.objects.get(
        pk=ConsultationPageFactory(parent=topic, slug="consultation").pk
    )
    return {"path": page.url, "answers": valid_answers(page)}


def valid_answers(page: ConsultationPage) -> dict:
    """An answer to every question, as a resident fills the form in."""
    answers = {}
    for question in page.parsed_questions[0]:
        options = [key for key, _label in question.options]
        if question.kind in ("single_choice", "agreement_scale"):
            answers[question.field_name] = options[1]
        elif question.kind == "multiple_choice":
            answers[question.field_name] = options[:2]
        elif question.kind == "ranking":
            answers |= {f"{question.field_name}_{i}": str(i + 1) for i in range(len(options))}
        elif question.kind == "postcode":
            answers[question.field_name] = "NB1 4QT"
        else:
            answers[question.field_name] = "More buses in the evening and cheaper fares."
    return answers


def stored_counts() -> dict:
    return {
        "stored": Submission.objects.count(),
        "answers": Answer.objects.count(),
        "unconfirmed": Submission.objects.exclude(email="")
        .filter(confirmation_sent_at=None)
        .count(),
    }


def reading_site(port: int, evidence: int = 20) -> dict:
    """The consultation site, plus a topic mid-process for visitors to read: its
    evidence, speakers and updates. Returns the consultation and the pages' paths."""
    from deliberations.factories import topic_with_evidence
    from deliberations.models import DeliberationIndexPage

    site = consultation_site(port)
    topic, _speakers = topic_with_evidence(
        DeliberationIndexPage.objects.get(), "town-centre", evidence
    )
    pages = [topic.get_parent(), topic, *topic.get_children().live()]
    site["pages"] = ["/", *sorted({page.url for page in pages})]
    return site
