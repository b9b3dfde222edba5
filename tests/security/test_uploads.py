"""Issue 10, part 5: uploads are limited to safe types and sizes, stored under safe names,
and documents are only ever served through Wagtail's permission-checked view.

Private pack documents by role: the permission matrix (`matrix.py`, "pack A document")."""

import io

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, override_settings
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

pytestmark = pytest.mark.django_db

Document = get_document_model()
Image = get_image_model()
SVG_WITH_SCRIPT = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
HTML = b"<!doctype html><script>alert(document.cookie)</script>"


def png_bytes(size=(4, 4)) -> bytes:
    from PIL import Image as PILImage

    output = io.BytesIO()
    PILImage.new("RGB", size, "white").save(output, "PNG")
    return output.getvalue()


@pytest.fixture
def editor(user_in_group):
    client = Client()
    client.force_login(user_in_group("Communications team"))
    return client


def upload(client, view, name, content, content_type):
    return client.post(
        reverse(view),
        {
            "title": "Upload",
            "file": SimpleUploadedFile(name, content, content_type=content_type),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def upload_document(client, name, content, content_type="application/octet-stream"):
    return upload(client, "wagtaildocs:add", name, content, content_type)


def upload_image(client, name, content, content_type="image/png"):
    return upload(client, "wagtailimages:add", name, content, content_type)


DANGEROUS = ["html", "htm", "xhtml", "svg", "xml", "js", "mjs", "swf", "exe", "php"]


def test_no_dangerous_type_is_an_allowed_extension():
    assert not set(DANGEROUS) & set(settings.WAGTAILDOCS_EXTENSIONS)
    assert not set(DANGEROUS) & set(settings.WAGTAILIMAGES_EXTENSIONS)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("page.html", HTML),
        ("page.HTM", HTML),
        ("drawing.svg", SVG_WITH_SCRIPT),
        ("script.js", b"alert(1)"),
        ("report.pdf.html", HTML),
        ("no-extension", HTML),
    ],
)
def test_documents_of_a_dangerous_type_are_refused(editor, name, content):
    response = upload_document(editor, name, content)
    assert response.status_code == 200  # the form again, with the error
    assert not Document.objects.exists()


@pytest.mark.parametrize(
    ("name", "content", "content_type"),
    [
        ("drawing.svg", SVG_WITH_SCRIPT, "image/svg+xml"),
        ("photo.png", SVG_WITH_SCRIPT, "image/png"),  # an SVG renamed
        ("photo.png", HTML, "image/png"),  # not an image at all
        ("photo.html", png_bytes(), "text/html"),
    ],
)
def test_images_must_be_real_images_of_an_allowed_type(editor, name, content, content_type):
    response = upload_image(editor, name, content, content_type)
    assert response.status_code == 200
    assert not Image.objects.exists()


def test_a_real_png_is_accepted(editor):
    assert upload_image(editor, "photo.png", png_bytes()).status_code == 302
    assert Image.objects.count() == 1


def test_upload_size_limits_are_set():
    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE == 20 * 1024 * 1024
    # Wagtail's default image limits (10 MB, 128 megapixels) are left in place.
    assert getattr(settings, "WAGTAILIMAGES_MAX_UPLOAD_SIZE", 10 * 1024 * 1024) <= 10 * 1024**2
    assert getattr(settings, "WAGTAILIMAGES_MAX_IMAGE_PIXELS", 128_000_000) <= 128_000_000


@override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=1024)
def test_a_document_over_the_size_limit_is_refused(editor):
    assert upload_document(editor, "big.txt", b"x" * 1025).status_code == 200
    assert not Document.objects.exists()
    assert upload_document(editor, "small.txt", b"x" * 1000).status_code == 302


@override_settings(WAGTAILIMAGES_MAX_UPLOAD_SIZE=100)
def test_an_image_over_the_size_limit_is_refused(editor):
    assert upload_image(editor, "photo.png", png_bytes((64, 64)) + b"\0" * 200).status_code == 200
    assert not Image.objects.exists()


@override_settings(WAGTAILIMAGES_MAX_IMAGE_PIXELS=100)
def test_a_decompression_bomb_is_refused(editor):
    assert upload_image(editor, "photo.png", png_bytes((20, 20))).status_code == 200
    assert not Image.objects.exists()


@pytest.mark.parametrize(
    "name",
    [
        "../../../etc/passwd.txt",
        "..\\..\\windows\\win.txt",
        '<script>alert(1)</script>".txt',
        "r\u202eevil\u202cport.txt",  # a right-to-left override hiding the real extension
        "nul\x00byte.txt",
        "with spaces and ünïcödé.txt",
    ],
)
def test_stored_file_names_are_sanitised(editor, name):
    upload_document(editor, name, b"plain text\n")
    document = Document.objects.get()
    stored = document.file.name
    assert stored.startswith("documents/")
    filename = stored.removeprefix("documents/")
    assert "/" not in filename and "\\" not in filename and ".." not in filename.replace(".txt", "")
    assert not set(filename) & set("<>\"'\x00\u202e\u202c ")
    response = Client().get(document.url)
    assert response.status_code == 200
    disposition = response.get("Content-Disposition", "")
    assert "\u202e" not in disposition and "<" not in disposition and "\x00" not in disposition


def test_documents_are_served_only_through_the_permission_checked_view():
    assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"


def test_a_text_document_with_html_in_it_is_never_rendered_as_html(editor):
    upload_document(editor, "notes.txt", HTML)
    document = Document.objects.get()
    response = Client().get(document.url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "default-src 'none'" in response.get("Content-Security-Policy", "")


def test_office_documents_are_downloaded_not_opened_in_the_site(editor):
    upload_document(editor, "budget.csv", b"=HYPERLINK(1),2\n")
    response = Client().get(Document.objects.get().url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
