"""The recommendations register in the Wagtail admin (Snippets > Recommendations).

Recommendations are a translatable ClusterableModel snippet rather than an InlinePanel on
the topic page: Wagtail cannot nest InlinePanels, and each recommendation has its own
inline progress updates. Edits take effect at once (no page revision to publish, so a
correction cannot be undone by republishing an old revision of the topic), and every
change is in the snippet's history.
"""

from functools import cached_property

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin.panels import ObjectList
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import HeaderButton
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import CreateView, DeleteView, EditView, SnippetViewSet

from . import services
from .forms import CorrectionForm, RecommendationForm
from .models import Recommendation

EDIT_URL_NAME = "wagtailsnippets_transparency_recommendation:edit"


class RecommendationPermissionPolicy(ModelPermissionPolicy):
    """Deleting a final recommendation would let its wording be retyped without the
    logged correction: only those who may correct the wording may delete it. The list's
    bulk delete and the edit view's delete button ask this policy."""

    def user_has_permission_for_instance(self, user, action, instance):
        if action == "delete" and instance.is_final and not services.may_correct(user):
            return False
        return super().user_has_permission_for_instance(user, action, instance)


class LogFinalisationMixin:
    def save_instance(self):
        instance = super().save_instance()
        if self.form.finalised_now:
            services.log_finalised(instance, self.request.user)
        return instance


class RecommendationCreateView(LogFinalisationMixin, CreateView):
    pass


class RecommendationEditView(LogFinalisationMixin, EditView):
    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if (
            self.object.is_final
            and self.object.is_original
            and services.may_correct(self.request.user)
        ):
            buttons.append(
                HeaderButton(
                    _("Correct the wording"),
                    url=reverse("recommendation_correct", args=[self.object.pk]),
                    icon_name="edit",
                )
            )
        return buttons


class RecommendationDeleteView(DeleteView):
    """Wagtail's delete view checks the model permission only; this one asks the policy
    for the instance, so a typed-in delete address is refused too, with the reason."""

    def dispatch(self, request, *args, **kwargs):
        if not self.permission_policy.user_has_permission_for_instance(
            request.user, "delete", self.object
        ):
            messages.error(
                request,
                _(
                    "This is the jury’s final wording: only an administrator can delete it, "
                    "and the deletion is logged."
                ),
            )
            return redirect(EDIT_URL_NAME, self.object.pk)
        return super().dispatch(request, *args, **kwargs)


class CorrectWordingView(WagtailAdminTemplateMixin, FormView):
    """An administrator corrects a final recommendation's wording, giving a reason."""

    form_class = CorrectionForm
    template_name = "transparency/admin/correct_wording.html"
    page_title = _("Correct the wording")

    def dispatch(self, request, pk):
        if not services.may_correct(request.user):
            raise PermissionDenied
        self.recommendation = get_object_or_404(Recommendation, pk=pk, is_final=True)
        return super().dispatch(request, pk)

    def get_page_subtitle(self):
        return str(self.recommendation)

    def get_initial(self):
        return {"wording": self.recommendation.wording}

    def get_context_data(self, **kwargs):
        return super().get_context_data(recommendation=self.recommendation, **kwargs)

    def form_valid(self, form):
        try:
            services.correct_wording(
                self.recommendation,
                self.request.user,
                form.cleaned_data["wording"],
                form.cleaned_data["reason"],
            )
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        messages.success(self.request, _("Wording corrected. The correction is logged."))
        return redirect(EDIT_URL_NAME, self.recommendation.pk)


class RecommendationViewSet(SnippetViewSet):
    model = Recommendation
    icon = "list-ol"
    menu_label = _("Recommendations")
    add_to_admin_menu = True
    menu_order = 240
    edit_handler = ObjectList(Recommendation.panels, base_form_class=RecommendationForm)
    add_view_class = RecommendationCreateView
    edit_view_class = RecommendationEditView
    delete_view_class = RecommendationDeleteView
    # A copy would be a second "final" text the jury never agreed, and skip the log.
    copy_view_enabled = False
    list_display = ["__str__", "topic", "is_final", "response_status"]
    list_filter = ["topic", "is_final", "response_status"]
    search_fields = ["wording"]
