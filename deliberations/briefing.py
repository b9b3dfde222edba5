"""Briefing packs: the snapshot a pack is published as, its versions, the change log
between them, who may read one, and making one public.

A pack is rendered only from a snapshot (plain JSON-ready data): the editor's preview
from a fresh one, the jury's copy from the one stored when the version was published,
so what the jury read stays exactly what it was, whatever later edits or approvals.
"""

from django.contrib.auth.models import Group
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import PageViewRestriction
from wagtail.rich_text import expand_db_html

from consultations.digest import build_digest

from .models import (
    BriefingPackPage,
    BriefingPackVersion,
    EvidencePage,
    GlossaryTerm,
    Jury,
    SectionKind,
    SpeakerPage,
)

MADE_PUBLIC = "deliberations.pack_made_public"
VERSION_PUBLISHED = "deliberations.pack_version_published"


def build_snapshot(pack: BriefingPackPage) -> dict:
    """Everything a reader of the pack sees, resolved now. Works on an unsaved page (a
    preview), and lists only live, public evidence and speakers."""
    sections = list(pack.sections.all())
    raw_items = [(section, list(section.items.raw_data)) for section in sections]
    ids = {"evidence": set(), "speaker": set(), "document": set(), "glossary_term": set()}
    for _section, items in raw_items:
        for item in items:
            value = item["value"]
            ids[item["type"]].add(value if item["type"] == "glossary_term" else _ref(item))
    readable_evidence = (
        EvidencePage.objects.live().public().defer_streamfields().select_related("perspective")
    )
    readable_speakers = SpeakerPage.objects.live().public().defer_streamfields()
    evidence = _in_language(readable_evidence, ids["evidence"], pack)
    speakers = _in_language(readable_speakers, ids["speaker"], pack)
    documents = _documents(ids["document"])
    terms = {term.pk: term for term in GlossaryTerm.objects.filter(pk__in=ids["glossary_term"])}

    snapshot_sections = []
    for index, (section, items) in enumerate(raw_items, start=1):
        entries = []
        for item in items:
            kind, value = item["type"], item["value"]
            if kind == "evidence" and (page := evidence.get(_ref(item))):
                entries.append(_evidence_entry(page, value.get("note", "")))
            elif kind == "speaker" and (page := speakers.get(_ref(item))):
                entries.append(_speaker_entry(page, value.get("note", "")))
            elif kind == "document" and (document := documents.get(_ref(item))):
                entries.append(_document_entry(document, value))
            elif kind == "glossary_term" and (term := terms.get(value)):
                entries.append(
                    {"type": "glossary_term", "term": term.term, "definition": term.definition}
                )
        if section.kind == SectionKind.GLOSSARY:
            entries.sort(key=lambda entry: entry["term"].casefold())
        digest = None
        if section.kind == SectionKind.CONSULTATION and section.consultation_id:
            digest = build_digest(section.consultation.specific)
        snapshot_sections.append(
            {
                "key": str(section.pk) if section.pk else f"new-{index}",
                "kind": section.kind,
                "heading": section.heading,
                "introduction": section.introduction,
                "items": entries,
                "digest": digest,
            }
        )

    session = pack.session
    return {
        "title": pack.title,
        "introduction": expand_db_html(pack.introduction),
        "session": {
            "title": session.title,
            "date": session.date.isoformat(),
            "location": session.location,
        }
        if session
        else None,
        "change_note": pack.change_note,
        "sections": snapshot_sections,
    }


def _in_language(pages, ids, pack: BriefingPackPage) -> dict:
    """The pages of `pages` with these primary keys, by key, each replaced by its
    translation in the pack's language where `pages` has one. A translated pack's sections
    still choose the source's pages (wagtail-localize keeps page choices as they are), so
    the Welsh pack shows the Welsh evidence page once it exists, the English one until then."""
    chosen = {page.pk: page for page in pages.filter(pk__in=ids)}
    keys = {page.translation_key for page in chosen.values() if page.locale_id != pack.locale_id}
    if not keys:
        return chosen
    translations = {
        page.translation_key: page
        for page in pages.filter(translation_key__in=keys, locale_id=pack.locale_id)
    }
    return {pk: translations.get(page.translation_key, page) for pk, page in chosen.items()}


def _ref(item) -> int | None:
    value = item["value"]
    return value.get("page") or value.get("document")


def _documents(ids):
    from wagtail.documents import get_document_model

    return {doc.pk: doc for doc in get_document_model().objects.filter(pk__in=ids)}


def _evidence_entry(page: EvidencePage, note: str) -> dict:
    return {
        "type": "evidence",
        "page_id": page.pk,
        "title": page.title,
        "url": page.url,
        "summary": page.summary,
        "evidence_type": page.get_evidence_type_display(),
        "source": page.source,
        "perspective": page.perspective.name if page.perspective else "",
        "reading_time": page.reading_time,
        "note": note,
    }


def _speaker_entry(page: SpeakerPage, note: str) -> dict:
    return {
        "type": "speaker",
        "page_id": page.pk,
        "name": page.title,
        "role": page.role,
        "organisation": page.organisation,
        "summary": page.summary,
        "url": page.url,
        "note": note,
    }


def _document_entry(document, value: dict) -> dict:
    return {
        "type": "document",
        "document_id": document.pk,
        "title": value.get("title") or document.title,
        "url": document.url,
        "extension": document.file_extension.upper(),
        "note": value.get("note", ""),
    }


def publish_version(pack: BriefingPackPage, revision=None, user=None) -> BriefingPackVersion:
    """Store the pack as published now, as the next version, and queue its PDF.
    Idempotent per revision: publishing the same revision twice keeps one version."""
    from .tasks import enqueue_pack_pdf

    # Built before taking the lock: a digest of many responses takes a while.
    content = build_snapshot(pack)
    with transaction.atomic():
        # Lock the pack's row so two publications cannot take the same number.
        BriefingPackPage.objects.select_for_update().filter(pk=pack.pk).first()
        if revision is not None:
            existing = pack.versions.filter(revision=revision).first()
            if existing:
                return existing
        number = (pack.versions.aggregate(n=Max("number"))["n"] or 0) + 1
        version = BriefingPackVersion.objects.create(
            pack=pack,
            number=number,
            published_by=user,
            revision=revision,
            language=pack.locale.language_code,
            content=content,
        )
        log(
            instance=pack,
            action=VERSION_PUBLISHED,
            user=user,
            data={"version": number},
        )
        transaction.on_commit(lambda: enqueue_pack_pdf(version.pk))
    return version


def change_log(older: dict | None, newer: dict) -> list[str]:
    """What changed from one version's snapshot to the next, in sentences."""
    if older is None:
        return [_("First version.")]
    changes = []
    if older["introduction"] != newer["introduction"]:
        changes.append(_("The introduction was changed."))
    old_sections = {section["heading"]: section for section in older["sections"]}
    new_sections = {section["heading"]: section for section in newer["sections"]}
    for heading in new_sections.keys() - old_sections.keys():
        changes.append(_("New section: %(heading)s.") % {"heading": heading})
    for heading in old_sections.keys() - new_sections.keys():
        changes.append(_("Section removed: %(heading)s.") % {"heading": heading})
    for heading in [h for h in new_sections if h in old_sections]:
        old, new = old_sections[heading], new_sections[heading]
        old_items, new_items = _item_names(old), _item_names(new)
        for name in [n for n in new_items if n not in old_items]:
            changes.append(_("%(section)s: added %(item)s.") % {"section": heading, "item": name})
        for name in [n for n in old_items if n not in new_items]:
            changes.append(_("%(section)s: removed %(item)s.") % {"section": heading, "item": name})
        if old["introduction"] != new["introduction"] or _notes(old) != _notes(new):
            changes.append(_("%(section)s: notes were changed.") % {"section": heading})
        if (old["digest"] or {}).get("approved") != (new["digest"] or {}).get("approved"):
            changes.append(
                _("%(section)s: now counts %(new)s responses (was %(old)s).")
                % {
                    "section": heading,
                    "new": (new["digest"] or {}).get("approved", 0),
                    "old": (old["digest"] or {}).get("approved", 0),
                }
            )
    if [s["heading"] for s in older["sections"] if s["heading"] in new_sections] != [
        s["heading"] for s in newer["sections"] if s["heading"] in old_sections
    ]:
        changes.append(_("The sections were reordered."))
    return changes or [_("No change to the content.")]


def _item_names(section: dict) -> list[str]:
    return [item.get("title") or item.get("name") or item.get("term") for item in section["items"]]


def _notes(section: dict) -> list[str]:
    return [item.get("note", "") for item in section["items"]]


def versions_with_changes(pack: BriefingPackPage) -> list[tuple[BriefingPackVersion, list[str]]]:
    """Every published version, newest first, each with what changed since the one before."""
    versions = list(pack.versions.order_by("number"))
    entries, previous = [], None
    for version in versions:
        entries.append((version, change_log(previous, version.content)))
        previous = version.content
    return entries[::-1]


def reader_groups(pack: BriefingPackPage) -> list[Group]:
    """Who may read a private pack: its topic's jury and the staff groups in settings."""
    from django.conf import settings

    jury = Jury.for_topic(pack.get_parent())
    staff = Group.objects.filter(name__in=settings.BRIEFING_PACK_STAFF_GROUPS)
    return [jury.group, *staff]


def make_private(pack: BriefingPackPage) -> None:
    """Until made public, a pack is readable by its own jury and staff only (Wagtail page
    privacy, so search, the sitemap and listings leave it out too). Idempotent; also puts
    right a restriction copied from another topic's pack, or synced from a translation."""
    if pack.made_public_at:
        return
    groups = {group.pk: group for group in reader_groups(pack)}
    restrictions = list(PageViewRestriction.objects.filter(page=pack).prefetch_related("groups"))
    if (
        len(restrictions) == 1
        and restrictions[0].restriction_type == PageViewRestriction.GROUPS
        and {group.pk for group in restrictions[0].groups.all()} == set(groups)
    ):
        return
    with transaction.atomic():
        PageViewRestriction.objects.filter(page=pack).delete()
        restriction = PageViewRestriction.objects.create(
            page=pack, restriction_type=PageViewRestriction.GROUPS
        )
        restriction.groups.set(groups.values())


def make_public(pack: BriefingPackPage, user) -> None:
    """After the jury reports: anyone may read the pack, all its versions and its PDF."""
    with transaction.atomic():
        PageViewRestriction.objects.filter(page=pack).delete()
        pack.made_public_at = timezone.now()
        pack.save(update_fields=["made_public_at"])
        log(instance=pack, action=MADE_PUBLIC, user=user)


def can_read(request, page) -> bool:
    """True if the request passes every view restriction on the page and its ancestors."""
    return all(restriction.accept_request(request) for restriction in page.get_view_restrictions())


def may_read_jury_document(request, jury: Jury, document) -> bool:
    """Jury documents are for the jury and staff; once a pack that lists one is made
    public, so is the document."""
    from django.conf import settings
    from wagtail.models import ReferenceIndex

    user = request.user
    if user.is_authenticated and (
        user.is_superuser
        or user.groups.filter(pk=jury.group_id).exists()
        or user.groups.filter(name__in=settings.BRIEFING_PACK_STAFF_GROUPS).exists()
    ):
        return True
    public_packs = BriefingPackPage.objects.child_of(jury.topic).filter(
        made_public_at__isnull=False
    )
    pack_ids = [str(pk) for pk in public_packs.values_list("pk", flat=True)]
    return ReferenceIndex.get_references_to(document).filter(object_id__in=pack_ids).exists()


QUOTATIONS_REFRESHED = "deliberations.pack_quotations_refreshed"


def refresh_quotations(submission_ids) -> int:
    """Bring the quotations in every published version in line with moderation as it is
    now, for these submissions: a later redaction replaces the quoted text, a rejected,
    un-quoted or erased response loses its quotation, an erased name its attribution.
    The one change a published version may undergo: personal data leaving it. Changed
    versions get their PDF rebuilt. Returns how many versions changed."""
    from consultations.models import Answer, PublicationConsent, SubmissionStatus

    submission_ids = set(submission_ids)
    if not submission_ids:
        return 0
    current = {
        answer["pk"]: answer
        for answer in Answer.objects.filter(
            submission_id__in=submission_ids,
            quoted_for_jury=True,
            submission__status=SubmissionStatus.APPROVED,
            submission__publication_consent__in=[
                PublicationConsent.FULL,
                PublicationConsent.ANONYMOUS,
            ],
        )
        .exclude(text="")
        .values(
            "pk",
            "text",
            "redacted_text",
            "is_redacted",
            "submission__display_name",
            "submission__publication_consent",
        )
    }
    changed = 0
    for version in BriefingPackVersion.objects.select_related("pack").only(
        "pk", "number", "content", "pdf", "pack"
    ):
        if _refresh_version_quotations(version.content, submission_ids, current):
            _replace_content(version)
            changed += 1
    return changed


def _refresh_version_quotations(content: dict, submission_ids: set, current: dict) -> bool:
    from consultations.models import PublicationConsent

    touched = False
    for section in content["sections"]:
        digest = section.get("digest")
        if not digest:
            continue
        kept = []
        for quotation in digest["quotations"]:
            if quotation["submission_id"] not in submission_ids:
                kept.append(quotation)
                continue
            answer = current.get(quotation["answer_id"])
            if answer is None:
                touched = True
                continue
            updated = dict(
                quotation,
                text=answer["redacted_text"] if answer["is_redacted"] else answer["text"],
                attribution=answer["submission__display_name"]
                if answer["submission__publication_consent"] == PublicationConsent.FULL
                else "",
            )
            touched |= updated != quotation
            kept.append(updated)
        digest["quotations"] = kept
    return touched


def _replace_content(version: BriefingPackVersion) -> None:
    from .tasks import enqueue_pack_pdf

    old_pdf = version.pdf.name
    # Bypasses the version's guard on purpose: see refresh_quotations.
    BriefingPackVersion.objects.filter(pk=version.pk).update(
        content=version.content, pdf="", pdf_built_at=None, pdf_error=""
    )
    log(instance=version.pack, action=QUOTATIONS_REFRESHED, data={"version": version.number})

    def rebuild():
        if old_pdf:
            version.pdf.storage.delete(old_pdf)
        enqueue_pack_pdf(version.pk)

    transaction.on_commit(rebuild)
