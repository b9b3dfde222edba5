"""Translate pages and snippets in tests the way a council's translators do, through
wagtail-localize's own models (the translation editor and PO upload write the same)."""

from wagtail.models import DraftStateMixin, Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource


def translate(instance, language_code: str, strings: dict[str, str]):
    """Translate `instance` into `language_code`, each source string to its entry in
    `strings` (strings without an entry stay in the source language), and publish it.
    Parents without a translation become aliases of the source's. Returns the
    translation, read back from the database."""
    locale = Locale.objects.get(language_code=language_code)
    if isinstance(instance, Page):
        instance = instance.specific
    source, created = TranslationSource.get_or_create_from_instance(instance)
    if not created:
        source.update_from_db()
    Translation.objects.get_or_create(source=source, target_locale=locale)
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        text = strings.get(segment.string.data)
        if text is not None:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={
                    "data": text,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                },
            )
    # Only models with drafts can be saved unpublished; a plain snippet is saved as is.
    translated, _created = source.create_or_update_translation(
        locale,
        publish=not isinstance(instance, Page | DraftStateMixin),
        fallback=True,
        copy_parent_pages=True,
    )
    if isinstance(translated, Page):
        # Published here rather than in wagtail-localize's on_commit callback, which in a
        # test transaction would never run; as approved (a briefing pack needs that).
        translated = Page.objects.get(pk=translated.pk)
        translated.get_latest_revision().publish(skip_permission_checks=True)
        return Page.objects.get(pk=translated.pk).specific
    return type(translated).objects.get(pk=translated.pk)
