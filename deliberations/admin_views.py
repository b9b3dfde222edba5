"""Staff actions on briefing packs that are not page edits."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import briefing
from .models import BriefingPackPage


def may_make_public(user, pack: BriefingPackPage) -> bool:
    """Those who may publish the topic may open its packs to everyone."""
    return pack.get_parent().permissions_for_user(user).can_publish()


class PackActionView(WagtailAdminTemplateMixin, TemplateView):
    """A confirmed action on one pack, for those `allowed` to take it."""

    def allowed(self, user, pack: BriefingPackPage) -> bool:
        raise NotImplementedError

    def dispatch(self, request, pk):
        self.pack = get_object_or_404(BriefingPackPage, pk=pk)
        if not self.allowed(request.user, self.pack):
            raise PermissionDenied
        return super().dispatch(request, pk)

    def get_page_subtitle(self):
        return self.pack.title

    def get_context_data(self, **kwargs):
        return super().get_context_data(pack=self.pack, **kwargs)


class MakePackPublicView(PackActionView):
    """After the jury reports: one confirmed action makes a pack, its versions, PDFs and
    jury documents public."""

    template_name = "deliberations/admin/make_pack_public.html"
    page_title = _("Make briefing pack public")
    header_icon = "view"

    def allowed(self, user, pack):
        return may_make_public(user, pack)

    def post(self, request, pk):
        if self.pack.made_public_at:
            messages.info(request, _("This pack is already public."))
        elif not self.pack.live or not self.pack.versions.exists():
            messages.error(request, _("Only a published pack can be made public."))
        else:
            briefing.make_public(self.pack, request.user)
            messages.success(request, _("The briefing pack is now public."))
        return redirect("wagtailadmin_explore", self.pack.get_parent().pk)


def is_translation(pack: BriefingPackPage) -> bool:
    """Made by wagtail-localize from a pack in another language."""
    from wagtail_localize.models import Translation

    return Translation.objects.filter(
        source__object_id=pack.translation_key, target_locale_id=pack.locale_id
    ).exists()


def may_submit_translation(user, pack: BriefingPackPage) -> bool:
    """A translated pack with a draft to review, not already in review, and a user who
    may submit it. wagtail-localize's translation editor has no workflow actions."""
    permissions = pack.permissions_for_user(user)
    return (
        pack.has_unpublished_changes
        # Wagtail's check leaves editing to the edit view, which this one bypasses.
        and permissions.can_edit()
        and permissions.can_submit_for_moderation()
        and is_translation(pack)
    )


class SubmitTranslatedPackView(PackActionView):
    """Sends a translated pack's latest draft to the oversight panel's review, as the
    page editor's "Submit to Briefing pack review" does for a pack in English."""

    template_name = "deliberations/admin/submit_translated_pack.html"
    page_title = _("Submit translation for review")
    header_icon = "tasks"

    def allowed(self, user, pack):
        return may_submit_translation(user, pack)

    def post(self, request, pk):
        workflow = self.pack.get_workflow()
        if workflow is None:
            messages.error(request, _("No review workflow is set up for briefing packs."))
        else:
            workflow.start(self.pack, request.user)
            messages.success(request, _("The translation is waiting for the panel's review."))
        return redirect("wagtailadmin_explore", self.pack.get_parent().pk)
