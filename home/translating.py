"""Translate a page or snippet from a table of strings, through wagtail-localize's own
models: what its translation editor and PO upload write, done in one call. Used by the
demo loader and the tests."""

from wagtail.models import DraftStateMixin, Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource


def translate(instance, language_code: str, strings: dict[str, str], *, user=None):
    """Create or update the translation of `instance` into `language_code`, translating
    each source string that has an entry in `strings` (the others stay in the source
    language until a translator gets to them). Parents without a translation become
    aliases of the source's. A page's translation is saved as a draft: publishing is the
    caller's (a briefing pack's goes through review); a snippet without drafts is saved
    as it is. Returns it, read back."""
    locale = Locale.objects.get(language_code=language_code)
    if isinstance(instance, Page):
        instance = instance.specific
    source, created = TranslationSource.get_or_create_from_instance(instance)
    if not created:
        source.update_from_db()
    Translation.objects.get_or_create(source=source, target_locale=locale)
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
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
    translated, _created = source.create_or_update_translation(
        locale,
        user=user,
        publish=not isinstance(instance, DraftStateMixin),
        fallback=True,
        copy_parent_pages=True,
    )
    if isinstance(translated, Page):
        return Page.objects.get(pk=translated.pk).specific
    return type(translated).objects.get(pk=translated.pk)
