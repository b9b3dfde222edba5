"""The shared body blocks: validation editors meet, and the markup residents get."""

import pytest
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail_factories import DocumentFactory, ImageFactory

from home.blocks import BodyStreamBlock, LinkBlock

pytestmark = pytest.mark.django_db


def render_body(items):
    block = BodyStreamBlock()
    return block.render(block.to_python([{"type": t, "value": v} for t, v in items]))


@pytest.mark.parametrize("value", [{}, {"page": None, "url": ""}])
def test_link_needs_a_page_or_an_address(value):
    block = LinkBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python(value))


def test_link_refuses_both_a_page_and_an_address(home_page):
    block = LinkBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"page": home_page.pk, "url": "https://example.org"}))
    assert (
        block.clean(block.to_python({"page": home_page.pk, "url": ""}))["page"].pk == home_page.pk
    )


def test_figure_uses_the_editors_alt_text_and_caption():
    image = ImageFactory()
    html = render_body(
        [
            (
                "figure",
                {
                    "image": {"image": image.pk, "alt_text": "Market square", "decorative": False},
                    "caption": "Photo: the council",
                },
            )
        ]
    )
    assert 'alt="Market square"' in html
    assert "<figcaption" in html and "Photo: the council" in html


def test_decorative_figure_has_empty_alt_text():
    html = render_body(
        [("figure", {"image": {"image": ImageFactory().pk, "alt_text": "", "decorative": True}})]
    )
    assert 'alt=""' in html


def test_document_link_shows_type_and_size():
    document = DocumentFactory(title="Survey results")
    html = render_body([("document", {"document": document.pk, "title": "", "description": ""})])
    assert "Survey results" in html
    assert document.url in html
    assert document.file_extension.upper() in html


def test_embed_is_shown_with_its_transcript_and_no_network_call():
    url = "https://www.youtube.com/watch?v=demo12345"
    Embed.objects.create(
        url=url,
        hash=get_embed_hash(url, None),
        max_width=None,
        type="video",
        html='<iframe title="Jury session 1" src="https://www.youtube-nocookie.com/embed/demo12345"></iframe>',
        provider_name="YouTube",
        thumbnail_url="",
    )
    html = render_body(
        [
            (
                "embed",
                {
                    "title": "Jury session 1",
                    "embed": url,
                    "transcript": "<p>Good evening, all.</p>",
                },
            )
        ]
    )
    assert "youtube-nocookie.com/embed/demo12345" in html
    assert "Transcript" in html and "Good evening, all." in html


def test_accordion_and_key_dates_render_accessible_markup():
    html = render_body(
        [
            (
                "accordion",
                {
                    "heading": "Questions",
                    "items": [
                        {"heading": "Who is on the jury?", "content": "<p>30 residents.</p>"}
                    ],
                },
            ),
            (
                "key_dates",
                {
                    "heading": "Key dates",
                    "dates": [{"date": "2026-03-07", "title": "First session"}],
                },
            ),
        ]
    )
    assert 'data-module="govuk-accordion"' in html and "Who is on the jury?" in html
    assert '<time datetime="2026-03-07">7 March 2026</time>' in html


def test_block_previews_use_the_site_stylesheet(admin_client):
    from django.urls import reverse

    url = reverse("wagtailadmin_block_preview")
    response = admin_client.get(
        url, {"id": BodyStreamBlock().child_blocks["quote"].definition_prefix}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "css/main.css" in html
    assert "I had never thought about where our recycling goes" in html
