from django.apps import AppConfig
from wagtail.users.apps import WagtailUsersAppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Home and site settings"


class HubUsersAppConfig(WagtailUsersAppConfig):
    """Wagtail's users app, with user management that only superusers can escalate."""

    user_viewset = "home.users.HubUserViewSet"
