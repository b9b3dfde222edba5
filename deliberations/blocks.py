"""What editors put in a briefing pack's sections. These blocks hold choices, not
markup: a pack is rendered from the snapshot taken when a version is published
(`deliberations.briefing`), so the jury's copy never changes under them."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

NOTE_HELP = _("Optional. Why the jury should read this, or what to look out for.")


class PackEvidenceBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(page_type="deliberations.EvidencePage", label=_("Evidence"))
    note = blocks.TextBlock(required=False, label=_("Editor's note"), help_text=NOTE_HELP)

    class Meta:
        icon = "doc-full"
        label = _("Evidence")


class PackDocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    title = blocks.CharBlock(
        required=False, max_length=200, help_text=_("Leave empty to use the document's title.")
    )
    note = blocks.TextBlock(required=False, label=_("Editor's note"), help_text=NOTE_HELP)

    class Meta:
        icon = "doc-empty"
        label = _("Document for the jury")
        help_text = _("Upload documents only the jury should see into the jury's own collection.")


class PackSpeakerBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(page_type="deliberations.SpeakerPage", label=_("Speaker"))
    note = blocks.TextBlock(required=False, label=_("Editor's note"), help_text=NOTE_HELP)

    class Meta:
        icon = "user"
        label = _("Speaker")


class PackSectionItemsBlock(blocks.StreamBlock):
    evidence = PackEvidenceBlock()
    document = PackDocumentBlock()
    speaker = PackSpeakerBlock()
    glossary_term = SnippetChooserBlock("deliberations.GlossaryTerm", icon="help")

    class Meta:
        required = False


# Which item types belong in which kind of section.
ITEMS_FOR_KIND = {
    "evidence": {"evidence", "document"},
    "speakers": {"speaker"},
    "glossary": {"glossary_term"},
    "consultation": set(),
}
