"""The "Jurors" area of the admin: list jurors, invite one (which sends their first
sign-in link), send a new link, rename, remove. Access follows the model permissions
on Juror (granted to the Communications team and Administrators by migration 0003)."""

from django import forms
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet

from . import jurors
from .models import DeliberationTopicPage, Juror, Jury


class InviteJurorForm(WagtailAdminModelForm):
    email = forms.EmailField(
        label=gettext_lazy("E-mail address"),
        max_length=254,
        help_text=gettext_lazy("We send their sign-in links here. Not a staff address."),
    )
    topic = forms.ModelChoiceField(
        label=gettext_lazy("Jury"),
        queryset=DeliberationTopicPage.objects.order_by("title"),
        help_text=gettext_lazy("The topic whose jury they are on."),
    )

    class Meta:
        model = Juror
        fields = ["name", "email", "topic"]

    def clean(self):
        cleaned = super().clean()
        email, topic = cleaned.get("email"), cleaned.get("topic")
        if email and topic:
            try:
                jurors.validate_invitation(topic, jurors.normalise_email(email))
            except forms.ValidationError as error:
                self.add_error("email", error)
        return cleaned


class JurorEditForm(WagtailAdminModelForm):
    class Meta:
        model = Juror
        fields = ["name", "public_first_name", "area", "listed_publicly"]


class JurorIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("user", "jury__topic")

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if self.user_has_permission("change"):
            buttons.append(
                MenuItem(
                    _("Send a new sign-in link"),
                    url=reverse("juror:send_link", args=[instance.pk]),
                    icon_name="mail",
                    priority=15,
                )
            )
        return buttons


class InviteJurorView(generic.CreateView):
    page_title = gettext_lazy("Invite a juror")
    submit_button_label = gettext_lazy("Invite and send a sign-in link")
    submit_button_active_label = gettext_lazy("Inviting…")
    success_message = gettext_lazy("%(object)s is invited: we have e-mailed them a sign-in link.")

    def save_instance(self):
        data = self.form.cleaned_data
        juror = jurors.invite_juror(
            Jury.for_topic(data["topic"]), data["email"], data["name"], self.request.user
        )
        jurors.send_sign_in_link(juror, sent_by=self.request.user)
        return juror


class RemoveJurorView(generic.DeleteView):
    page_title = gettext_lazy("Remove juror")
    success_message = gettext_lazy("%(object)s is no longer on the jury.")

    @property
    def confirmation_message(self):
        return _(
            "Remove %(name)s from the jury? They will no longer be able to sign in or read "
            "the jury's packs, and their reading record is deleted."
        ) % {"name": self.object.name}

    def delete_action(self):
        jurors.remove_juror(self.object, removed_by=self.request.user)


class SendSignInLinkView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """GET: confirm. POST: e-mail the juror a new link (older links keep working until
    they are used or expire)."""

    model = Juror
    permission_required = "change"
    template_name = "deliberations/jurors/admin/send_link.html"
    page_title = gettext_lazy("Send a new sign-in link")
    header_icon = "mail"
    index_url_name = "juror:index"

    @cached_property
    def juror(self):
        return get_object_or_404(Juror.objects.select_related("user"), pk=self.kwargs["pk"])

    def get_page_subtitle(self):
        return self.juror.name

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse(self.index_url_name), "label": _("Jurors")},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(juror=self.juror, **kwargs)

    def post(self, request, pk):
        jurors.send_sign_in_link(self.juror, sent_by=request.user)
        messages.success(
            request,
            _("We have e-mailed %(name)s a new sign-in link.") % {"name": self.juror.name},
        )
        return redirect(self.index_url_name)


class JurorViewSet(ModelViewSet):
    model = Juror
    icon = "user"
    menu_label = gettext_lazy("Jurors")
    add_to_admin_menu = True
    menu_order = 250
    index_view_class = JurorIndexView
    add_view_class = InviteJurorView
    delete_view_class = RemoveJurorView
    list_display = [
        "name",
        Column("email", label=gettext_lazy("E-mail address"), accessor="user.email"),
        "jury",
        DateColumn("invited_at", label=gettext_lazy("Invited")),
        DateColumn("last_signed_in_at", label=gettext_lazy("Last signed in")),
        BooleanColumn("listed_publicly", label=gettext_lazy("Listed publicly")),
    ]
    list_filter = ["jury", "listed_publicly"]
    search_fields = ["name", "user__email"]
    search_backend_name = None  # not in the search index: search the database directly
    copy_view_enabled = False
    add_to_reference_index = False

    def get_form_class(self, for_update=False):
        return JurorEditForm if for_update else InviteJurorForm

    @property
    def send_link_view(self):
        return self.construct_view(SendSignInLinkView)

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("send-link/<int:pk>/", self.send_link_view, name="send_link"),
        ]
