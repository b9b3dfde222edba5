"""Staff views beside the moderation queue: results per consultation, exports, and
typing in offline (paper, e-mail, event) responses."""

import uuid

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView, View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log

from . import exports, moderation, services
from .forms import ResponseForm
from .models import Channel, ConsultationPage
from .results import consultation_results, demographics


class StaffPermissionMixin:
    """Gate on a model permission; Wagtail's admin turns PermissionDenied into a message."""

    permission = "consultations.view_submission"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.permission):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ConsultationMixin(StaffPermissionMixin):
    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.consultation = get_object_or_404(ConsultationPage, pk=kwargs["consultation_pk"])


class ResultsIndexView(StaffPermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "consultations/admin/results_index.html"
    page_title = _("Consultation results")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["consultations"] = ConsultationPage.objects.order_by("-opens_at")
        return context


class ResultsView(ConsultationMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "consultations/admin/results.html"
    page_title = _("Results")

    def get_page_subtitle(self):
        return self.consultation.title

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            consultation=self.consultation,
            results=consultation_results(self.consultation),
            demographics=demographics(self.consultation),
        )
        return context


class ExportView(ConsultationMixin, View):
    def get(self, request, consultation_pk, file_format):
        # Every export is recorded (who, when, which format) before any row leaves.
        log(
            instance=self.consultation,
            action=exports.EXPORT,
            user=request.user,
            data={"format": "xlsx" if file_format == "xlsx" else "csv"},
        )
        if file_format == "xlsx":
            return exports.xlsx_response(self.consultation)
        return exports.csv_response(self.consultation)


class OfflineResponseView(ConsultationMixin, WagtailAdminTemplateMixin, TemplateView):
    """Staff type in a response received on paper, by e-mail or at an event, through
    the same questions and validation as the public form."""

    permission = "consultations.add_submission"
    template_name = "consultations/admin/offline_response.html"
    page_title = _("Enter an offline response")

    def get_page_subtitle(self):
        return self.consultation.title

    def get_form(self, data=None):
        questions, about_you = self.consultation.parsed_questions
        form = ResponseForm(questions, about_you, data, initial={"token": uuid.uuid4()})
        form.fields["website"].widget = form.fields["token"].widget.__class__()
        return form

    def get_context_data(self, form=None, **kwargs):
        context = super().get_context_data(**kwargs)
        form = form or self.get_form()
        context.update(
            form=form,
            consultation=self.consultation,
            channels=[c for c in Channel.choices if c[0] != Channel.ONLINE],
            fields=[(q, form[q.field_name]) for q in form.questions],
            about_you_fields=[form[name] for name in form.fields if name.startswith("about_")],
        )
        return context

    def post(self, request, *args, **kwargs):
        form = self.get_form(request.POST)
        channel = request.POST.get("channel")
        if channel not in (Channel.PAPER, Channel.EMAIL, Channel.EVENT):
            messages.error(request, _("Choose how the response was received."))
            return self.render_to_response(self.get_context_data(form=form), status=400)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        recorded = services.record_submission(
            self.consultation, form, channel=channel, entered_by=request.user
        )
        if recorded.created:
            log(instance=recorded.submission, action=moderation.ENTER_OFFLINE, user=request.user)
        messages.success(
            request,
            _("Response %(reference)s saved.") % {"reference": recorded.submission.reference},
        )
        return redirect(reverse("consultation_responses:offline", args=(self.consultation.pk,)))
