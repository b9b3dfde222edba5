"""The public response form and its confirmation page (routes of ConsultationPage)."""

import uuid
from urllib.parse import urlencode

from django.conf import settings
from django.core import signing
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from engagement_hub.ratelimit import is_rate_limited

from . import services
from .forms import ResponseForm
from .models import ConsultationState
from .results import consultation_results

CONFIRMATION_SALT = "consultations.confirmation"
CONFIRMATION_MAX_AGE = 60 * 60 * 24 * 7


def response_form(request, page):
    """GET: the page and its form. POST: validate and store, then redirect to the
    confirmation. Every refusal is a 4xx page that says why; nothing here may 500."""
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    questions, about_you = page.parsed_questions
    state = page.state
    status = 200

    if request.method == "POST":
        if state != ConsultationState.OPEN:
            return render_page(request, page, form=None, status=409)
        form = ResponseForm(questions, about_you, request.POST)
        if form.is_bot:
            message = _("Your response could not be accepted. Please try again.")
            return render_page(request, page, form=None, status=400, refusal=message)
        if form.is_valid():
            # A form sent again (double click, back button) goes to its confirmation
            # without counting against the rate limit.
            stored = services.stored_submission(page, form.cleaned_data["token"])
            if stored is None and is_rate_limited(
                request, f"consultation:{page.pk}", rate=settings.CONSULTATION_RATE_LIMIT
            ):
                message = _("You have sent too many responses. Please wait a few minutes.")
                return render_page(request, page, form=form, status=429, refusal=message)
            submission = stored or services.record_submission(page, form).submission
            return redirect(confirmation_url(request.path, page, submission))
        status = 400
    elif state == ConsultationState.OPEN:
        form = ResponseForm(questions, about_you, initial={"token": uuid.uuid4()})
    else:
        form = None
    return render_page(request, page, form=form, status=status)


def confirmation_url(page_path: str, page, submission) -> str:
    """Under the address the form was sent to: a resident reading an untranslated page
    under /pl/ stays in Polish."""
    # Signed, so that no one can show a confirmation for a made-up reference.
    signed = signing.dumps(submission.reference, salt=CONFIRMATION_SALT)
    query = urlencode({"reference": signed})
    return f"{page_path}{page.reverse_subpage('confirmation')}?{query}"


def render_page(request, page, *, form, status, refusal=""):
    context = page.get_context(request)
    state = page.state
    context.update(
        form=form,
        state=state,
        results=consultation_results(page)
        if state == ConsultationState.RESULTS_PUBLISHED
        else None,
        refusal=refusal,
        fields=bound_questions(form) if form else [],
        about_you_fields=[form[name] for name in form.fields if name.startswith("about_")]
        if form
        else [],
    )
    return TemplateResponse(request, page.get_template(request), context, status=status)


def bound_questions(form):
    """(question, bound field) pairs, in order, for the template."""
    return [(question, form[question.field_name]) for question in form.questions]


def confirmation(request, page):
    try:
        reference = signing.loads(
            request.GET.get("reference", ""), salt=CONFIRMATION_SALT, max_age=CONFIRMATION_MAX_AGE
        )
    except signing.BadSignature:
        raise Http404 from None
    context = page.get_context(request)
    context["reference"] = reference
    return TemplateResponse(request, "consultations/confirmation.html", context)
