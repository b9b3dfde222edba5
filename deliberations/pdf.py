"""Briefing-pack PDFs: a published version's snapshot rendered by WeasyPrint as a tagged
PDF (PDF/UA-1: structure tree, document title, language), with a table of contents
that gives page numbers, and the version and page numbers in every page's footer.

`render_pdf` is pure (snapshot in, bytes out). `build_version_pdf` stores the result in
the private storage and attaches it to the version only once the file is fully written,
so a half-written file is never served. The PDF is a convenience: the pack is always
readable online from the same snapshot, whether or not its PDF exists yet.
"""

import contextlib
import datetime
import functools
import hashlib
import logging
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.core.files.base import ContentFile
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from .models import BriefingPackVersion

logger = logging.getLogger(__name__)

PDF_VARIANT = "pdf/ua-1"
# Enough to tell a reader or an administrator what went wrong, never a traceback.
MAX_ERROR_LENGTH = 500


# Debian's fonts (fonts-dejavu-core, fonts-noto-core), by language. DejaVu lacks letters
# Urdu needs (ے, ہ). Urdu is set in Naskh rather than Nastaliq: Nastaliq's stacked glyphs
# come out of the PDF as scrambled text, for screen readers and search alike.
FONT_FAMILIES = {"ur": '"Noto Naskh Arabic", "DejaVu Sans", sans-serif'}
DEFAULT_FONT_FAMILY = '"DejaVu Sans", sans-serif'


def render_html(snapshot: dict, *, version_number: int, published_at, language: str) -> str:
    """The standalone HTML document the PDF is made from (also what tests read)."""
    with translation.override(language):
        published = date_format(timezone.localtime(published_at), "j F Y")
        version_line = _("Version %(number)s, published %(date)s") % {
            "number": version_number,
            "date": published,
        }
        session = snapshot.get("session")
        context = {
            "pack": snapshot,
            # Stored as an ISO string in the snapshot.
            "session_date": datetime.date.fromisoformat(session["date"]) if session else None,
            "language": language,
            "direction": "rtl" if _is_bidi(language) else "ltr",
            "font_family": FONT_FAMILIES.get(language, DEFAULT_FONT_FAMILY),
            "version_number": version_number,
            "published_at": published_at,
            "version_line": version_line,
            # The footer is drawn in the page margins by CSS: its text is CSS strings.
            "footer_version": css_string(version_line),
            "footer_pages": css_content(
                _("Page %(page)s of %(pages)s"), page="counter(page)", pages="counter(pages)"
            ),
            "level": 3,  # evidence and speakers are h3, under their section's h2
            "show_sources": False,  # links into the admin mean nothing on paper
        }
        return render_to_string("deliberations/pack/pdf.html", context)


def render_pdf(
    snapshot: dict, *, version_number: int, published_at, language: str, base_url: str
) -> bytes:
    """A tagged PDF/UA-1 of one pack snapshot. Pure: fetches nothing from the network
    (see `_local_only_fetcher_class`); `base_url` only makes the pack's links absolute."""
    from weasyprint import HTML

    html = render_html(
        snapshot, version_number=version_number, published_at=published_at, language=language
    )
    document = HTML(string=html, base_url=base_url, url_fetcher=_local_only_fetcher_class()())
    return document.write_pdf(pdf_variant=PDF_VARIANT, pdf_identifier=_identifier(html))


def build_version_pdf(version_id: int, *, rebuild: bool = False) -> bool:
    """Render a published version's PDF into the private storage and attach it.

    Idempotent: returns False, doing nothing, when the version already has a PDF (unless
    `rebuild`). The file is written under a new, unique name first and attached by one
    conditional UPDATE, so a half-written file is never referenced and, when two workers
    race, only one file is attached (the loser deletes its own copy)."""
    version = BriefingPackVersion.objects.select_related("pack").get(pk=version_id)
    previous = version.pdf.name or ""
    if previous and not rebuild:
        return False
    pack = version.pack
    data = render_pdf(
        version.content,
        version_number=version.number,
        published_at=version.published_at,
        language=version.language,
        base_url=_site_root(pack),
    )
    storage = version.pdf.storage
    short_hash = hashlib.sha256(data).hexdigest()[:12]
    name = storage.get_available_name(f"packs/{pack.pk}/v{version.number}-{short_hash}.pdf")
    try:
        name = storage.save(name, ContentFile(data))
    except Exception:
        # A full disk leaves the part already written: remove it, or every retry would
        # leave another partial file on the disk that is already full.
        with contextlib.suppress(Exception):
            storage.delete(name)
        raise
    unchanged = Q(pdf=previous) if previous else Q(pdf="") | Q(pdf__isnull=True)
    attached = BriefingPackVersion.objects.filter(unchanged, pk=version_id).update(
        pdf=name, pdf_built_at=timezone.now(), pdf_error=""
    )
    if not attached:
        storage.delete(name)  # another worker attached its PDF first
        return False
    if previous and previous != name:
        storage.delete(previous)  # a rebuild replaces the old file
    logger.info(
        "Built the PDF of pack %s version %s (%s bytes)", pack.pk, version.number, len(data)
    )
    return True


def record_failure(version_id: int, error: Exception) -> None:
    """Note on the version why its PDF could not be built (shown to administrators; the
    task retries). Never raises: it runs while handling another error."""
    logger.error("PDF of pack version %s failed: %r", version_id, error)
    try:
        version = BriefingPackVersion.objects.filter(pk=version_id).first()
        if version is None:
            return
        version.pdf_error = f"{type(error).__name__}: {error}"[:MAX_ERROR_LENGTH]
        version.save(update_fields=["pdf_error"])
    except Exception:
        logger.exception("Could not record the PDF failure of pack version %s", version_id)


def css_string(text: str) -> str:
    """`text` as a quoted CSS string, safe inside a `content:` declaration."""
    escaped = (
        text.replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\n", "\\A ")
        .replace("<", "\\3C ")  # never `</style>` inside the document's <style>
    )
    return f'"{escaped}"'


def css_content(template: str, **values: str) -> str:
    """A translated `%(name)s` template as a CSS `content` value, each placeholder
    replaced by a CSS expression (a counter): translators keep control of word order."""
    parts, rest = [], template
    while rest:
        positions = [(rest.find(f"%({key})s"), key) for key in values if f"%({key})s" in rest]
        if not positions:
            parts.append(css_string(rest))
            break
        index, key = min(positions)
        if index:
            parts.append(css_string(rest[:index]))
        parts.append(values[key])
        rest = rest[index + len(f"%({key})s") :]
    return " ".join(parts)


def _is_bidi(language: str) -> bool:
    try:
        return translation.get_language_info(language)["bidi"]
    except KeyError:
        return False


def _identifier(html: str) -> bytes:
    # A stable /ID: the same snapshot gives the same identifier.
    return hashlib.sha256(html.encode()).hexdigest()[:32].encode()


def _site_root(pack) -> str:
    site = pack.get_site()
    root = site.root_url if site else settings.WAGTAILADMIN_BASE_URL
    return root.rstrip("/") + "/"


def _local_roots() -> list[Path]:
    roots = [settings.STATIC_ROOT, settings.MEDIA_ROOT, *settings.STATICFILES_DIRS]
    return [Path(root).resolve() for root in roots if root]


@functools.cache
def _local_only_fetcher_class():
    # Defined on first use: WeasyPrint needs system libraries (Pango), and the rest of
    # the site, which imports this module through its tasks, must work without them.
    from weasyprint.urls import URLFetcher

    class LocalOnlyURLFetcher(URLFetcher):
        """Fetches only `data:` URLs and files under the static and media folders
        (including the site's own /static/ and /media/ URLs, read from disk). Anything
        else is refused: rendering a pack never reaches the network, whatever an editor
        put into its rich text."""

        def fetch(self, url, headers=None):
            if url.startswith("data:"):
                return super().fetch(url, headers)
            path = self._local_path(url)
            if path is None:
                raise ValueError(f"Not fetched while rendering a pack PDF: {url[:200]}")
            return super().fetch(path.as_uri(), headers)

        def _local_path(self, url):
            parts = urlsplit(url)
            if parts.scheme == "file":
                candidate = Path(unquote(parts.path))
            else:
                candidate = None
                for prefix, root in (
                    (settings.STATIC_URL, settings.STATIC_ROOT),
                    (settings.MEDIA_URL, settings.MEDIA_ROOT),
                ):
                    if prefix.startswith("/") and parts.path.startswith(prefix) and root:
                        candidate = Path(root) / unquote(parts.path[len(prefix) :])
                        break
                if candidate is None:
                    return None
            candidate = candidate.resolve()
            if not any(candidate.is_relative_to(root) for root in _local_roots()):
                return None
            return candidate if candidate.is_file() else None

    return LocalOnlyURLFetcher
