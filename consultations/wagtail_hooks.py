from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import exports, moderation, services
from .models import Theme
from .viewsets import SubmissionViewSet


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    list_display = ["name", "topic"]
    list_filter = ["topic"]
    search_fields = ["name"]


register_snippet(ThemeViewSet)


@hooks.register("register_admin_viewset")
def register_submission_viewset():
    return SubmissionViewSet("consultation_responses")


@hooks.register("register_log_actions")
def register_moderation_log_actions(actions):
    actions.register_action(moderation.APPROVE, _("Approve response"), _("Response approved"))
    actions.register_action(moderation.REJECT, _("Reject response"), _("Response rejected"))
    actions.register_action(moderation.REDACT, _("Redact answer"), _("Answer redacted"))
    actions.register_action(moderation.TAG, _("Tag response"), _("Themes changed"))
    actions.register_action(
        moderation.QUOTE, _("Quote for the jury"), _("Quotation for the jury changed")
    )
    actions.register_action(
        moderation.ENTER_OFFLINE, _("Enter offline response"), _("Offline response entered")
    )
    actions.register_action(exports.EXPORT, _("Export responses"), _("Responses exported"))
    actions.register_action(
        services.ERASE_PERSON, _("Erase a person's responses"), _("A person's responses erased")
    )
    actions.register_action(
        services.ERASE_EXPIRED,
        _("Erase expired personal data"),
        _("Personal data erased after the retention period"),
    )
