"""The StreamField blocks every page type shares: one module, one `BodyStreamBlock`.

Each block renders one component through `templates/blocks/<snake_name>.html`.
"""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

# Rich text features offered to editors: enough for plain-English public information,
# no raw HTML, no colours, no headings above h2 (the page title is the only h1).
RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section heading")), ("h3", _("Sub-heading"))],
        default="h2",
        help_text=_("Use a section heading for each main part of the page."),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        description = _("A heading that divides the page into sections.")
        preview_value = {"text": "What the jury will consider", "level": "h2"}


class RichTextBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/rich_text_block.html"
        description = _("Paragraphs of text, with links and lists.")


class FigureBlock(blocks.StructBlock):
    image = ImageBlock(
        help_text=_(
            "Describe what the image shows for people who cannot see it. "
            "Tick 'decorative' only if it adds nothing to the text."
        )
    )
    caption = blocks.CharBlock(
        required=False,
        max_length=250,
        help_text=_("Shown under the image, for example who took the photo."),
    )

    class Meta:
        icon = "image"
        template = "blocks/figure_block.html"
        description = _("An image with a text description and optional caption.")


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quotation"))
    attribution = blocks.CharBlock(
        required=False, max_length=120, help_text=_("Who said it, for example 'A juror'.")
    )
    role = blocks.CharBlock(
        required=False, max_length=120, help_text=_("Their role or organisation, if relevant.")
    )

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        description = _("A quotation, with who said it.")
        preview_value = {
            "quote": "I had never thought about where our recycling goes until now.",
            "attribution": "A juror",
        }


class LinkBlock(blocks.StructBlock):
    """A link to a page on this site or to another website: exactly one of the two."""

    page = blocks.PageChooserBlock(required=False, help_text=_("A page on this website."))
    url = blocks.URLBlock(required=False, label=_("Web address"), help_text=_("Or another site."))

    class Meta:
        icon = "link"

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = _("Choose a page or enter a web address, but not both.")
            raise StructBlockValidationError(
                block_errors={"page": ErrorList([ValidationError(message)])}
            )
        return value


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120)
    text = blocks.TextBlock(required=False, help_text=_("One or two sentences at most."))
    link = LinkBlock()
    button_label = blocks.CharBlock(
        max_length=60, help_text=_("Say what happens, for example 'Give your views'.")
    )

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action_block.html"
        description = _("A highlighted box that asks readers to do something.")


class AccordionItemBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=200, help_text=_("For example, a question."))
    content = RichTextBlock(help_text=_("The answer or the section's content."))


class AccordionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        required=False, max_length=120, help_text=_("Optional, e.g. 'Frequently asked questions'.")
    )
    items = blocks.ListBlock(AccordionItemBlock(), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "blocks/accordion_block.html"
        description = _("Sections that readers open one at a time, such as questions and answers.")


class KeyDateBlock(blocks.StructBlock):
    date = blocks.DateBlock()
    title = blocks.CharBlock(max_length=120)
    description = blocks.TextBlock(required=False)


class KeyDatesBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=120, default="Key dates")
    dates = blocks.ListBlock(KeyDateBlock(), min_num=1)

    class Meta:
        icon = "date"
        template = "blocks/key_dates_block.html"
        description = _("A timeline of dates, such as when the jury meets.")


class EmbedWithTranscriptBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200, help_text=_("What the recording is, in a few words."))
    embed = EmbedBlock(help_text=_("The web address of the video or audio, e.g. on YouTube."))
    transcript = RichTextBlock(
        help_text=_(
            "Everything said in the recording, in words. Needed by people who are deaf, "
            "have a slow connection or prefer reading."
        )
    )

    class Meta:
        icon = "media"
        template = "blocks/embed_with_transcript_block.html"
        description = _("A video or audio recording with its transcript.")


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    title = blocks.CharBlock(
        required=False, max_length=200, help_text=_("Leave empty to use the document's own title.")
    )
    description = blocks.TextBlock(required=False)

    class Meta:
        icon = "doc-full"
        template = "blocks/document_link_block.html"
        description = _("A link to download a document, showing its type and size.")


class BodyStreamBlock(blocks.StreamBlock):
    """The page body every page type uses."""

    heading = HeadingBlock()
    paragraph = RichTextBlock()
    figure = FigureBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    accordion = AccordionBlock()
    key_dates = KeyDatesBlock()
    embed = EmbedWithTranscriptBlock()
    document = DocumentLinkBlock()


class MediaStreamBlock(blocks.StreamBlock):
    """Recordings attached to evidence: always with a transcript."""

    embed = EmbedWithTranscriptBlock()
