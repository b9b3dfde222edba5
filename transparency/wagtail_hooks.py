from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from . import services
from .models import Recommendation
from .viewsets import CorrectWordingView, RecommendationPermissionPolicy, RecommendationViewSet

register_permission_policy(Recommendation, RecommendationPermissionPolicy(Recommendation))
register_snippet(RecommendationViewSet)


@hooks.register("register_admin_urls")
def register_transparency_admin_urls():
    return [
        path(
            "recommendations/<int:pk>/correct/",
            CorrectWordingView.as_view(),
            name="recommendation_correct",
        )
    ]


@hooks.register("register_log_actions")
def register_recommendation_log_actions(actions):
    actions.register_action(
        services.FINALISED, _("Mark wording final"), _("Recommendation wording made final")
    )
    actions.register_action(
        services.WORDING_CORRECTED,
        _("Correct final wording"),
        _("Final wording corrected by an administrator"),
    )
