from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import briefing
from .admin_views import (
    MakePackPublicView,
    SubmitTranslatedPackView,
    may_make_public,
    may_submit_translation,
)
from .models import BriefingPackPage, GlossaryTerm, Jury, Perspective


class PerspectiveViewSet(SnippetViewSet):
    model = Perspective
    icon = "group"
    menu_label = "Perspectives"
    list_display = ["name", "description"]
    search_fields = ["name"]


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "help"
    menu_label = _("Glossary")
    list_display = ["term", "topic"]
    list_filter = ["topic"]
    search_fields = ["term"]


register_snippet(PerspectiveViewSet)
register_snippet(GlossaryTermViewSet)


def refuse_private_to(request):
    """Someone who may not read a jury's material: a visitor is told it is for the jury
    (and how to sign in); anyone signed in is not told it exists."""
    if request.user.is_authenticated:
        raise Http404
    return TemplateResponse(request, "deliberations/pack/forbidden.html", {}, status=403)


# Before Wagtail's own privacy check, which would send any signed-in reader who is not
# in the pack's groups to a sign-in page: a pack's existence is not for them to know.
@hooks.register("before_serve_page", order=-10)
def guard_private_packs(page, request, serve_args, serve_kwargs):
    if not isinstance(page, BriefingPackPage):
        return None
    if briefing.can_read(request, page):
        page._view_restrictions_passed = True
        return None
    return refuse_private_to(request)


@hooks.register("before_serve_document", order=-10)
def guard_jury_documents(document, request):
    """A document in a jury's collection is for those who may read that jury's packs,
    until a pack that lists it is made public."""
    jury = Jury.objects.filter(collection_id=document.collection_id).first()
    if jury is None or briefing.may_read_jury_document(request, jury, document):
        return None
    return refuse_private_to(request)


# Packs are published only by the oversight panel's approval (deliberations.workflows):
# no "Publish" button, and a forged publish request is refused.
@hooks.register("construct_page_action_menu")
def hide_publish_for_packs(menu_items, request, context):
    page = context.get("page")
    page_class = type(page) if page is not None else context.get("page_class")
    if page_class is not None and issubclass(page_class, BriefingPackPage):
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]


PUBLISH_THROUGH_REVIEW = _(
    "A briefing pack reaches the jury only when the oversight panel approves it. Save a "
    "draft and submit it for review."
)


@hooks.register("before_publish_page")
def refuse_direct_pack_publishing(request, page):
    if isinstance(page, BriefingPackPage):
        messages.error(request, PUBLISH_THROUGH_REVIEW)
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


@hooks.register("before_bulk_action")
def refuse_bulk_pack_publishing(request, action_type, objects, action_class_instance):
    if action_type == "publish" and any(
        issubclass(obj.specific_class or type(obj), BriefingPackPage) for obj in objects
    ):
        messages.error(request, PUBLISH_THROUGH_REVIEW)
        return redirect("wagtailadmin_explore_root")
    return None


@hooks.register("register_admin_urls")
def register_pack_admin_urls():
    return [
        path(
            "packs/<int:pk>/make-public/",
            MakePackPublicView.as_view(),
            name="deliberations_make_pack_public",
        ),
        path(
            "packs/<int:pk>/submit-translation/",
            SubmitTranslatedPackView.as_view(),
            name="deliberations_submit_translated_pack",
        ),
    ]


@hooks.register("register_page_header_buttons")
def make_pack_public_button(page, user, view_name, next_url=None):
    if not issubclass(page.specific_class or type(page), BriefingPackPage) or not page.live:
        return
    page = page.specific_deferred
    if not page.made_public_at and may_make_public(user, page):
        yield Button(
            _("Make public"),
            reverse("deliberations_make_pack_public", args=[page.pk]),
            icon_name="view",
            priority=80,
        )


def submit_translation_buttons(page, user):
    """On a translated pack's header and its row in the page listing: the translation
    editor offers no way into the review workflow."""
    if not issubclass(page.specific_class or type(page), BriefingPackPage):
        return
    if may_submit_translation(user, page.specific_deferred):
        yield Button(
            _("Submit translation for review"),
            reverse("deliberations_submit_translated_pack", args=[page.pk]),
            icon_name="tasks",
            priority=70,
        )


@hooks.register("register_page_header_buttons")
def submit_translated_pack_header_button(page, user, view_name, next_url=None):
    yield from submit_translation_buttons(page, user)


@hooks.register("register_page_listing_more_buttons")
def submit_translated_pack_listing_button(page, user, next_url=None):
    yield from submit_translation_buttons(page, user)


@hooks.register("register_log_actions")
def register_pack_log_actions(actions):
    actions.register_action(briefing.MADE_PUBLIC, _("Make pack public"), _("Pack made public"))
    actions.register_action(
        briefing.VERSION_PUBLISHED, _("Publish pack version"), _("Pack version published")
    )
    actions.register_action(
        briefing.QUOTATIONS_REFRESHED,
        _("Update quotations in a published pack"),
        _("Quotations updated after moderation"),
    )


@hooks.register("register_admin_viewset")
def register_juror_viewset():
    from .juror_admin import JurorViewSet

    return JurorViewSet("juror")


@hooks.register("register_log_actions")
def register_juror_log_actions(actions):
    from . import jurors

    actions.register_action(jurors.INVITED, _("Invite juror"), _("Juror invited"))
    actions.register_action(
        jurors.LINK_SENT, _("Send juror sign-in link"), _("Sign-in link sent to juror")
    )
    actions.register_action(jurors.REMOVED, _("Remove juror"), _("Juror removed from the jury"))
