"""The reading views of a briefing pack (routed by `BriefingPackPage`). Who may read a
pack is decided before any of these run (`wagtail_hooks.guard_private_packs`); these
only render a published version's snapshot, or a fresh one for an editor's preview."""

import datetime

from django.http import FileResponse, Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_POST

from .briefing import build_snapshot, versions_with_changes
from .jurors import safe_next_path
from .models import PackSectionRead

LARGE_TEXT_SESSION_KEY = "pack_large_text"


def _version(pack, number=None):
    versions = pack.versions.all()
    version = versions.filter(number=number).first() if number else versions.first()
    if version is None:
        raise Http404("No published version of this pack.")
    return version


def _juror(request):
    user = request.user
    return getattr(user, "juror", None) if user.is_authenticated else None


def _context(request, pack, snapshot, version=None, latest=None, **extra):
    juror = _juror(request)
    read = set()
    if juror and version is not None:
        read = set(
            PackSectionRead.objects.filter(juror=juror, pack=pack).values_list(
                "section_key", flat=True
            )
        )
    if version is not None and latest is None:
        latest = pack.versions.first()
    session = snapshot.get("session")
    return {
        "page": pack,
        "session_date": datetime.date.fromisoformat(session["date"]) if session else None,
        "self": pack,
        "pack": snapshot,
        "version": version,
        "is_latest": version is None or (latest and latest.pk == version.pk),
        "contents": [
            {"key": section["key"], "heading": section["heading"], "read": section["key"] in read}
            for section in snapshot["sections"]
        ],
        "sections_read": len(read & {section["key"] for section in snapshot["sections"]}),
        "is_juror": juror is not None,
        "large_text": request.session.get(LARGE_TEXT_SESSION_KEY, False),
        # Staff who may open submissions see where each theme and quotation came from.
        "show_sources": juror is None and request.user.has_perm("consultations.view_submission"),
        **extra,
    }


def overview(request, pack):
    version = _version(pack)
    return TemplateResponse(
        request,
        "deliberations/briefing_pack_page.html",
        _context(request, pack, version.content, version, latest=version),
    )


def section(request, pack, key):
    version = _version(pack)
    sections = version.content["sections"]
    index = next((i for i, s in enumerate(sections) if s["key"] == key), None)
    if index is None:
        raise Http404("No such section.")
    juror = _juror(request)
    if juror:
        PackSectionRead.objects.get_or_create(juror=juror, pack=pack, section_key=key)
    return TemplateResponse(
        request,
        "deliberations/pack/section_page.html",
        _context(
            request,
            pack,
            version.content,
            version,
            latest=version,
            section=sections[index],
            previous=sections[index - 1] if index > 0 else None,
            next=sections[index + 1] if index + 1 < len(sections) else None,
        ),
    )


def whole_pack(request, pack, number=None):
    version = _version(pack, number)
    return TemplateResponse(
        request,
        "deliberations/pack/whole_pack.html",
        _context(request, pack, version.content, version, latest=None if number else version),
    )


def preview(request, pack):
    """An editor's preview: the draft as it would be published now."""
    return TemplateResponse(
        request,
        "deliberations/pack/whole_pack.html",
        _context(request, pack, build_snapshot(pack), is_preview=True),
    )


def pdf(request, pack, number=None):
    """The version's PDF, once built; until then a page pointing to the online pack."""
    version = _version(pack, number)
    try:
        file = version.pdf.open("rb") if version.pdf else None
    except FileNotFoundError:  # attached but gone from storage: rebuilt by the command
        file = None
    if file is None:
        response = TemplateResponse(
            request,
            "deliberations/pack/pdf_pending.html",
            _context(request, pack, version.content, version),
            status=404,
        )
    else:
        filename = f"{pack.slug}-v{version.number}.pdf"
        response = FileResponse(
            file, as_attachment=True, filename=filename, content_type="application/pdf"
        )
    # A private pack's PDF must not stay in a shared cache or on a shared computer.
    patch_cache_control(response, private=True, no_store=True)
    return response


def change_log(request, pack):
    return TemplateResponse(
        request,
        "deliberations/pack/change_log.html",
        _context(request, pack, _version(pack).content, versions=versions_with_changes(pack)),
    )


@require_POST
def text_size(request, pack):
    """Larger text for this reader, remembered for the session; works without JavaScript."""
    request.session[LARGE_TEXT_SESSION_KEY] = request.POST.get("size") == "large"
    return redirect(safe_next_path(request.POST.get("next")) or pack.url)
