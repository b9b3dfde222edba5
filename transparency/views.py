"""Public pages of the transparency record: /recommendations/ and its CSV and JSON."""

from django.http import Http404, HttpResponseNotAllowed
from django.template.response import TemplateResponse
from django.views.decorators.http import require_safe
from wagtail.models import Page

from . import checklist, exports
from .moderation import moderation_summary as summarise
from .register import build_register


@require_safe
def recommendations(request):
    register = build_register(request.GET)
    query = request.GET.urlencode()
    return TemplateResponse(
        request,
        "transparency/recommendation_register.html",
        {"register": register, "query": f"?{query}" if query else ""},
    )


@require_safe
def recommendations_csv(request):
    return exports.csv_response(build_register(request.GET))


@require_safe
def recommendations_json(request):
    return exports.json_response(build_register(request.GET), request)


def moderation_summary(request, page):
    """A route of ConsultationPage: /<consultation>/moderation/."""
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    context = page.get_context(request)
    context["summary"] = summarise(page)
    return TemplateResponse(request, "transparency/moderation_summary.html", context)


def _checklist_of_public_topic(request, pk):
    """A live, public topic (in any language) and the checklist of its original."""
    from deliberations.models import DeliberationTopicPage
    from deliberations.models.topics import topic_in_default_language

    topic = (
        DeliberationTopicPage.objects.live().exclude(Page.objects.private_q()).filter(pk=pk).first()
    )
    if topic is None:
        raise Http404
    return topic, checklist.topic_checklist(topic_in_default_language(topic), request)


@require_safe
def topic_checklist(request, pk):
    """The public checklist of one topic (in the reader's language if translated)."""
    topic, items = _checklist_of_public_topic(request, pk)
    return TemplateResponse(
        request, "transparency/topic_checklist.html", {"topic": topic, "items": items}
    )


@require_safe
def topic_checklist_data(request, pk, file_format):
    topic, items = _checklist_of_public_topic(request, pk)
    return exports.checklist_response(topic, items, file_format, request)


@require_safe
def consultation_results_data(request, pk, file_format):
    """A consultation's published results as CSV or JSON: the figures its page shows,
    once it shows them (closed, results published), for a live, public consultation."""
    from consultations.models import ConsultationPage, ConsultationState
    from consultations.results import consultation_results

    consultation = (
        ConsultationPage.objects.live().exclude(Page.objects.private_q()).filter(pk=pk).first()
    )
    if consultation is None or consultation.state != ConsultationState.RESULTS_PUBLISHED:
        raise Http404
    return exports.results_response(
        consultation, consultation_results(consultation), file_format, request
    )
