"""The moderation queue in the Wagtail admin: a listing of submissions per consultation
with filters, and a review page per submission where moderators approve, reject, redact
and tag. Personal data (e-mail, name, about-you answers) is shown only to those with
the `view_personal_data` permission, original text of redacted answers only to
moderators."""

from functools import cached_property

import django_filters
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton

from . import admin_views, moderation
from .models import (
    Answer,
    Channel,
    ConsultationPage,
    RejectionCategory,
    Submission,
    SubmissionStatus,
    Theme,
)


def can_moderate(user) -> bool:
    return user.has_perm("consultations.moderate_submission")


def can_see_personal_data(user) -> bool:
    return user.has_perm("consultations.view_personal_data")


def as_id(value) -> int:
    """A primary key from the form, or 0 (which matches nothing) if it is not one."""
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def question_choices():
    """Every question of every consultation, for the 'answered question' filter."""
    choices = []
    for page in ConsultationPage.objects.order_by("title"):
        questions, _about_you = page.parsed_questions
        choices += [(q.key, f"{page.title}: {q.label}"[:120]) for q in questions]
    return choices


class SubmissionFilterSet(WagtailFilterSet):
    consultation = django_filters.ModelChoiceFilter(
        queryset=ConsultationPage.objects.order_by("title"), label=_("Consultation")
    )
    status = django_filters.ChoiceFilter(choices=SubmissionStatus.choices, label=_("Status"))
    channel = django_filters.ChoiceFilter(choices=Channel.choices, label=_("Channel"))
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Received"), widget=DateRangePickerWidget
    )
    question = django_filters.ChoiceFilter(
        choices=question_choices, method="filter_question", label=_("Answered question")
    )
    theme = django_filters.ModelChoiceFilter(
        queryset=Theme.objects.all(), field_name="themes", label=_("Theme")
    )

    class Meta:
        model = Submission
        fields = []

    def filter_question(self, queryset, name, value):
        return queryset.filter(answers__question_key=value).distinct()


class SubmissionIndexView(IndexView):
    @cached_property
    def header_buttons(self):
        return [
            HeaderButton(
                _("Results and exports"),
                url=reverse("consultation_responses:results_index"),
                icon_name="table",
            )
        ]

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("consultation")

    def get_edit_url(self, instance):
        # Everyone who may see the queue opens the review page; it decides what they see.
        return self.get_inspect_url(instance)


class SubmissionReviewView(InspectView):
    template_name = "consultations/admin/review.html"

    def get_object(self, queryset=None):
        return get_object_or_404(
            Submission.objects.select_related("consultation", "entered_by"), pk=self.pk
        )

    def get_page_subtitle(self):
        return self.object.reference

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        submission = self.object
        questions, _about_you = submission.consultation.parsed_questions
        answers = list(submission.answers.order_by("question_key", "number", "pk"))
        rows = []
        for question in questions:
            mine = [a for a in answers if a.question_key == question.key]
            if mine:
                rows.append({"question": question, "answers": mine})
        context.update(
            submission=submission,
            rows=rows,
            may_moderate=can_moderate(user),
            may_see_personal_data=can_see_personal_data(user),
            about_you=getattr(submission, "about_you", None)
            if can_see_personal_data(user)
            else None,
            themes=moderation.themes_for(submission),
            chosen_theme_ids=set(submission.themes.values_list("pk", flat=True)),
            rejection_categories=RejectionCategory.choices,
        )
        return context

    def post(self, request, *args, **kwargs):
        if not can_moderate(request.user):
            raise PermissionDenied
        submission = self.object = self.get_object()
        action = request.POST.get("action")
        try:
            if action == "approve":
                moderation.approve(submission, request.user)
                messages.success(request, _("Response approved."))
            elif action == "reject":
                moderation.reject(
                    submission,
                    request.user,
                    request.POST.get("reason", ""),
                    request.POST.get("category", RejectionCategory.OTHER),
                )
                messages.success(request, _("Response rejected."))
            elif action == "redact":
                answer = get_object_or_404(
                    Answer, pk=as_id(request.POST.get("answer")), submission=submission
                )
                moderation.redact(answer, request.user, request.POST.get("redacted_text", ""))
                messages.success(request, _("Answer updated."))
            elif action == "quote":
                answer = get_object_or_404(
                    Answer, pk=as_id(request.POST.get("answer")), submission=submission
                )
                quoted = request.POST.get("quoted") == "1"
                moderation.quote_for_jury(answer, request.user, quoted)
                messages.success(
                    request,
                    _("Quoted in the jury's briefing pack.")
                    if quoted
                    else _("No longer quoted in the briefing pack."),
                )
            elif action == "themes":
                themes = moderation.themes_for(submission).filter(
                    pk__in=[as_id(value) for value in request.POST.getlist("themes")]
                )
                moderation.set_themes(submission, request.user, themes)
                messages.success(request, _("Themes saved."))
            else:
                messages.error(request, _("Unknown action."))
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        return redirect(request.path)


class SubmissionViewSet(ModelViewSet):
    model = Submission
    icon = "form"
    menu_label = _("Consultation responses")
    menu_order = 250
    add_to_admin_menu = True
    url_prefix = "consultations/responses"
    index_view_class = SubmissionIndexView
    inspect_view_class = SubmissionReviewView
    inspect_view_enabled = True
    copy_view_enabled = False
    filterset_class = SubmissionFilterSet
    list_per_page = 50
    ordering = ["-created_at", "-pk"]
    list_display = [
        "reference",
        Column("consultation", label=_("Consultation"), accessor="consultation.title"),
        DateColumn("created_at", label=_("Received")),
        Column("channel", label=_("Channel"), accessor="get_channel_display"),
        Column("status", label=_("Status"), accessor="get_status_display"),
    ]
    search_fields = ["reference"]
    # Submissions are made on the public form or as offline responses, never here.
    form_fields = ["status"]

    # Responses are never edited as a form (every change is a logged moderation action on
    # the review page) nor added here (the public form, or offline entry, does that).
    @property
    def edit_view(self):
        return lambda request, pk: redirect(f"{self.name}:inspect", pk)

    @property
    def add_view(self):
        return lambda request: redirect(f"{self.name}:results_index")

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            # Not "results/": the listing's own "index_results" (filtering without a
            # page load) already has that path, and would answer in its place.
            path("by-consultation/", admin_views.ResultsIndexView.as_view(), name="results_index"),
            path(
                "results/<int:consultation_pk>/",
                admin_views.ResultsView.as_view(),
                name="results",
            ),
            path(
                "export/<int:consultation_pk>/<str:file_format>/",
                admin_views.ExportView.as_view(),
                name="export",
            ),
            path(
                "offline/<int:consultation_pk>/",
                admin_views.OfflineResponseView.as_view(),
                name="offline",
            ),
        ]
