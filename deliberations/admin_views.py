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


class MakePackPublicView(WagtailAdminTemplateMixin, TemplateView):
    """After the jury reports: one confirmed action makes a pack, its versions, PDFs and
    jury documents public."""

    template_name = "deliberations/admin/make_pack_public.html"
    page_title = _("Make briefing pack public")
    header_icon = "view"

    def dispatch(self, request, pk):
        self.pack = get_object_or_404(BriefingPackPage, pk=pk)
        if not may_make_public(request.user, self.pack):
            raise PermissionDenied
        return super().dispatch(request, pk)

    def get_page_subtitle(self):
        return self.pack.title

    def get_context_data(self, **kwargs):
        return super().get_context_data(pack=self.pack, **kwargs)

    def post(self, request, pk):
        if self.pack.made_public_at:
            messages.info(request, _("This pack is already public."))
        elif not self.pack.live or not self.pack.versions.exists():
            messages.error(request, _("Only a published pack can be made public."))
        else:
            briefing.make_public(self.pack, request.user)
            messages.success(request, _("The briefing pack is now public."))
        return redirect("wagtailadmin_explore", self.pack.get_parent().pk)
