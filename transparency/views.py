"""Public pages of the transparency record: /recommendations/ and its CSV and JSON."""

from django.http import HttpResponseNotAllowed
from django.template.response import TemplateResponse
from django.views.decorators.http import require_safe

from . import exports
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
