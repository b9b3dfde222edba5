"""Translate pages and snippets in tests the way a council's translators do, through
wagtail-localize's own models (the translation editor and PO upload write the same)."""

from wagtail.models import Page

from home.translating import translate as translate_draft


def translate(instance, language_code: str, strings: dict[str, str]):
    """Translate `instance` into `language_code` (see `home.translating.translate`) and
    publish it. Returns the translation, read back from the database."""
    translated = translate_draft(instance, language_code, strings)
    if isinstance(translated, Page):
        # Published here rather than in wagtail-localize's on_commit callback, which in a
        # test transaction would never run; as approved (a briefing pack needs that).
        translated.get_latest_revision().publish(skip_permission_checks=True)
        return Page.objects.get(pk=translated.pk).specific
    return translated
