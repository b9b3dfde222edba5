from django.apps import AppConfig
from wagtail.users.apps import WagtailUsersAppConfig


class HomeConfig(AppConfig):
    default = True  # two AppConfigs live in this module
    name = "home"
    verbose_name = "Home and site settings"

    def ready(self):
        from django.db.models.signals import post_migrate

        from . import frontend_cache, restrictions, site_cache
        from .locales import ensure_locales

        post_migrate.connect(ensure_locales, sender=self)
        # A deploy runs `migrate`: cached fragments rendered by the old templates and with
        # the old static file names are not read again.
        post_migrate.connect(site_cache.forget_everything, sender=self)
        site_cache.connect_signals()
        frontend_cache.connect_signals()
        restrictions.connect_signals()


class HubUsersAppConfig(WagtailUsersAppConfig):
    """Wagtail's users app, with user management that only superusers can escalate."""

    user_viewset = "home.users.HubUserViewSet"
