"""What the fault and backup tests build and read inside a Django process of the site
under test (run through `manage.py shell`, see `tests.services.django_call`)."""

from django.db.models import Count

from consultations.models import Answer, ConsultationPage, Submission
from deliberations.models import BriefingPackVersion


def build(evidence: int = 40, responses: int = 0) -> dict:
    """An open consultation and a public briefing pack with one published version whose
    PDF is not built yet (no broker: its task could not be enqueued)."""
    from bench.fixtures import valid_answers
    from bench.pdf import demo_pack
    from deliberations.briefing import make_public, publish_version

    pack = demo_pack(evidence, responses)
    make_public(pack, None)
    version = publish_version(pack)
    consultation = ConsultationPage.objects.get()
    return {
        "consultation": consultation.url,
        "answers": valid_answers(consultation)
        | {
            "publication_consent": "anonymous",
            "processing_consent": "on",
            "email": "resident@example.org",
        },
        "pack": pack.url,
        "pack_id": pack.pk,
        "version": version.pk,
    }


def submissions() -> list[dict]:
    """Every stored submission: its form token, e-mail, answers and confirmation."""
    return [
        {
            "token": str(row["idempotency_token"]),
            "reference": row["reference"],
            "email": row["email"],
            "answers": row["answer_count"],
            "confirmed": row["confirmation_sent_at"] is not None,
        }
        for row in Submission.objects.annotate(answer_count=Count("answers")).values(
            "idempotency_token", "reference", "email", "answer_count", "confirmation_sent_at"
        )
    ]


def counts() -> dict:
    """Row counts a backup must restore exactly."""
    from wagtail.images import get_image_model
    from wagtail.models import Page

    return {
        "submissions": Submission.objects.count(),
        "answers": Answer.objects.count(),
        "pages": Page.objects.count(),
        "pack_versions": BriefingPackVersion.objects.count(),
        "images": get_image_model().objects.count(),
    }


def enqueue_pdf(version_id: int) -> bool:
    from deliberations.tasks import enqueue_pack_pdf

    return enqueue_pack_pdf(version_id)


def pdf_state(version_id: int) -> dict:
    version = BriefingPackVersion.objects.get(pk=version_id)
    return {"pdf": version.pdf.name or "", "error": version.pdf_error}


def add_image() -> str:
    """An uploaded image (written to MEDIA_ROOT); returns its file's name."""
    from wagtail_factories import ImageFactory

    return ImageFactory(title="Town centre map").file.name
