"""The site's locales follow settings.LANGUAGES: one Wagtail Locale per language."""


def ensure_locales(sender=None, using="default", **kwargs):
    """After `migrate`: create a Locale for every configured language that has none.
    Never deletes one (its pages would go with it)."""
    from django.conf import settings
    from wagtail.models import Locale

    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.using(using).get_or_create(language_code=code)
