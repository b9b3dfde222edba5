"""The permission matrix: every URL the hub serves, what each role gets from it.

One table (`ENTRIES`), in one place. `test_permission_matrix.py` requests every entry as
every role of `world.ROLES`, checks the status, and checks that no marker of a resource
the role may not see (`world.FORBIDDEN`) is in the response. It also fails when a URL
pattern of the site has no entry here, so a new URL cannot arrive without one.

Scope:
- Every URL pattern outside /admin/ must be named by an entry's `pattern`. Wagtail's page
  serving (`wagtail_serve`) is one pattern behind many pages: each route of a routable
  page type (packs, consultations) must also be named by an entry's `route`, and each
  page type the hub defines by an entry's `page_type`.
- Under /admin/ (Wagtail's own ~300 views, guarded by Wagtail's permission system and
  tested upstream), entries cover every pattern whose view the hub itself defines or
  configures (`HUB_ADMIN_NAMESPACES`, and views in the hub's modules), plus the key
  Wagtail views the hub depends on: admin home and sign-in, page edit, draft view and
  preview, document edit.
- The pages API and the topics' feeds, built on their own branch, are in
  `PENDING_ENTRIES` below, keyed by URL name or route: the API answers every role alike
  (public pages only), and a private pack or draft is not found through it.

Statuses: 200 served; 302 sent elsewhere (admin sign-in, or a Wagtail "permission
denied" redirect to the dashboard); 403 told the resource is for the jury (visitors);
404 not told it exists (signed-in people who may not read it); 410 a sign-in link that
no longer works.
"""

import dataclasses
from collections.abc import Callable

from django.urls import reverse

from .world import ROLES, World

HUB_ADMIN_NAMESPACES = ("consultation_responses", "juror")
HUB_MODULE_PREFIXES = ("consultations.", "deliberations.", "home.", "search.")


def expect(default: int, **per_role: int) -> dict[str, int]:
    unknown = set(per_role) - set(ROLES)
    assert not unknown, unknown
    return {role: per_role.get(role, default) for role in ROLES}


EVERYONE = expect(200)
NO_ONE = expect(404)
# A private briefing pack of jury A: its jury and the pack staff groups read it; a
# visitor is told it is for the jury; anyone else signed in is not told it exists.
PACK_A = expect(
    404, anonymous=403, resident=403, juror_a=200, editor=200, oversight=200, administrator=200
)
PACK_B = {**PACK_A, "juror_a": 404, "juror_b": 200}
SIGNED_IN_JURORS = expect(302, juror_a=200, juror_b=200)
# Wagtail admin: visitors and jurors go to the sign-in page; staff without the
# permission are sent to the dashboard with a message (302) or refused (403).
STAFF = expect(302, editor=200, moderator=200, oversight=200, administrator=200)
RESPONSE_READERS = expect(302, editor=200, moderator=200)
MODERATORS_ONLY = expect(302, moderator=200)
PAGE_EDITORS = expect(302, editor=200, administrator=200)


@dataclasses.dataclass(frozen=True)
class Entry:
    url: Callable[[World], str]
    expected: dict[str, int]
    pattern: str = ""  # URL name (namespace:name) or, for an unnamed pattern, its regex
    route: str = ""  # "PageType.route_name" for a routable page's route
    page_type: str = ""  # "app_label.ModelName" of the page served
    method: str = "get"
    data: dict | None = None
    # Markers any role may find here: the link itself is the key to what it shows.
    may_show: frozenset = frozenset()


def _pack_section(world: World, pack) -> str:
    key = pack.versions.first().content["sections"][0]["key"]
    return f"{pack.url}sections/{key}/"


ENTRIES: dict[str, Entry] = {
    # Public pages --------------------------------------------------------------------
    "home": Entry(lambda w: w.home.url, EVERYONE, "wagtail_serve", page_type="home.HomePage"),
    "deliberation index": Entry(
        lambda w: w.topic_a.get_parent().url,
        EVERYONE,
        page_type="deliberations.DeliberationIndexPage",
    ),
    "topic": Entry(
        lambda w: w.topic_a.url, EVERYONE, page_type="deliberations.DeliberationTopicPage"
    ),
    "topic session": Entry(
        lambda w: f"{w.topic_a.url}sessions/{w.session.pk}/",
        EVERYONE,
        route="DeliberationTopicPage.session",
    ),
    "topic session (another topic's)": Entry(
        lambda w: f"{w.topic_b.url}sessions/{w.session.pk}/", NO_ONE
    ),
    "topic oversight panel": Entry(
        lambda w: f"{w.topic_a.url}oversight-panel/",
        EVERYONE,
        route="DeliberationTopicPage.oversight_panel",
    ),
    "evidence": Entry(lambda w: w.evidence.url, EVERYONE, page_type="deliberations.EvidencePage"),
    "speaker": Entry(lambda w: w.speaker.url, EVERYONE, page_type="deliberations.SpeakerPage"),
    "update": Entry(lambda w: w.update.url, EVERYONE, page_type="deliberations.UpdatePage"),
    "standard page": Entry(lambda w: w.standard.url, EVERYONE, page_type="home.StandardPage"),
    "draft page (never published)": Entry(lambda w: "/draft/", NO_ONE),
    "unknown page": Entry(lambda w: "/no-such-page/", NO_ONE),
    # The consultation ----------------------------------------------------------------
    "consultation form": Entry(
        lambda w: w.consultation.url,
        EVERYONE,
        route="ConsultationPage.response_form",
        page_type="consultations.ConsultationPage",
    ),
    # The link itself is the key: whoever holds it sees the reference, and only that.
    "consultation confirmation (resident's own link)": Entry(
        lambda w: w.confirmation_url,
        EVERYONE,
        route="ConsultationPage.confirmation",
        may_show=frozenset({"REFERENCE"}),
    ),
    "consultation moderation summary": Entry(
        lambda w: f"{w.consultation.url}moderation/",
        EVERYONE,
        route="ConsultationPage.moderation_summary",
    ),
    # Transparency: the recommendations register and each topic's checklist -----------
    "recommendations register": Entry(
        lambda w: reverse("recommendations"), EVERYONE, "recommendations"
    ),
    "recommendations CSV": Entry(
        lambda w: reverse("recommendations_csv"), EVERYONE, "recommendations_csv"
    ),
    "recommendations JSON": Entry(
        lambda w: reverse("recommendations_json"), EVERYONE, "recommendations_json"
    ),
    "topic checklist": Entry(
        lambda w: reverse("topic_checklist", args=[w.topic_a.pk]), EVERYONE, "topic_checklist"
    ),
    "topic checklist data": Entry(
        lambda w: reverse("topic_checklist_data", args=[w.topic_a.pk, "json"]),
        EVERYONE,
        "topic_checklist_data",
    ),
    # Published results only (tests/consultations/test_results.py): this one is open.
    "consultation results data (not yet published)": Entry(
        lambda w: reverse("consultation_results_data", args=[w.consultation.pk, "json"]),
        NO_ONE,
        "consultation_results_data",
    ),
    "consultation confirmation (forged reference)": Entry(
        lambda w: f"{w.consultation.url}confirmation/?reference=QQQQ-QQQQ",
        NO_ONE,
    ),
    # Briefing packs ------------------------------------------------------------------
    "pack A overview": Entry(
        lambda w: w.pack_a.url,
        PACK_A,
        route="BriefingPackPage.overview",
        page_type="deliberations.BriefingPackPage",
    ),
    "pack A section": Entry(
        lambda w: _pack_section(w, w.pack_a), PACK_A, route="BriefingPackPage.section"
    ),
    "pack A whole": Entry(
        lambda w: f"{w.pack_a.url}all/", PACK_A, route="BriefingPackPage.whole_pack"
    ),
    "pack A PDF": Entry(lambda w: f"{w.pack_a.url}pdf/", PACK_A, route="BriefingPackPage.pdf"),
    "pack A change log": Entry(
        lambda w: f"{w.pack_a.url}versions/", PACK_A, route="BriefingPackPage.change_log"
    ),
    "pack A version 1": Entry(
        lambda w: f"{w.pack_a.url}versions/1/", PACK_A, route="BriefingPackPage.old_version"
    ),
    "pack A version 1 PDF": Entry(
        lambda w: f"{w.pack_a.url}versions/1/pdf/", PACK_A, route="BriefingPackPage.old_version_pdf"
    ),
    "pack A text size": Entry(
        lambda w: f"{w.pack_a.url}text-size/",
        {**PACK_A, "juror_a": 302, "editor": 302, "oversight": 302, "administrator": 302},
        route="BriefingPackPage.text_size",
        method="post",
        data={"size": "large"},
    ),
    "pack B overview": Entry(lambda w: w.pack_b.url, PACK_B),
    # Not built yet: its readers are told it is coming (404), and only they.
    "pack B PDF (not built yet)": Entry(
        lambda w: f"{w.pack_b.url}pdf/",
        {**PACK_B, "juror_b": 404, "editor": 404, "oversight": 404, "administrator": 404},
    ),
    "public pack overview": Entry(lambda w: w.public_pack.url, EVERYONE),
    "public pack section": Entry(lambda w: _pack_section(w, w.public_pack), EVERYONE),
    # Built by Celery after publication; until then a page saying so, for every reader.
    "public pack PDF (not built yet)": Entry(lambda w: f"{w.public_pack.url}pdf/", NO_ONE),
    # Documents and media ---------------------------------------------------------------
    "pack A document": Entry(lambda w: w.pack_a_document.url, PACK_A, "wagtaildocs_serve"),
    "public document": Entry(lambda w: w.public_document.url, EVERYONE),
    "pack A document by its file address": Entry(
        lambda w: "/media/" + w.pack_a_document.file.name, NO_ONE
    ),
    "document password form (no such restriction)": Entry(
        lambda w: reverse("wagtaildocs_authenticate_with_password", args=[999999]),
        NO_ONE,
        "wagtaildocs_authenticate_with_password",
    ),
    "image file": Entry(
        lambda w: "/media/" + w.image.file.name,
        EVERYONE,
        r"^media/(?P<path>(?:original_)?images/.*)$",
    ),
    "sitemap": Entry(lambda w: reverse("sitemap"), EVERYONE, "sitemap"),
    # Jurors --------------------------------------------------------------------------
    "juror home": Entry(lambda w: reverse("juror_home"), SIGNED_IN_JURORS, "juror_home"),
    "juror sign-in request": Entry(
        lambda w: reverse("juror_request_link"), EVERYONE, "juror_request_link"
    ),
    # Looking at a link does not use it; the link is the key, whoever holds it.
    "juror sign-in link": Entry(
        lambda w: reverse("juror_sign_in", args=[w.sign_in_token]), EVERYONE, "juror_sign_in"
    ),
    "juror sign-in link (made up)": Entry(
        lambda w: reverse("juror_sign_in", args=["x" * 43]), expect(410)
    ),
    "juror sign-out": Entry(
        lambda w: reverse("juror_sign_out"), expect(302), "juror_sign_out", method="post"
    ),
    # Search: asked for the private markers themselves -----------------------------------
    "search": Entry(lambda w: reverse("search") + "?q=read+this+first", EVERYONE, "search"),
    "search for pack A": Entry(lambda w: reverse("search") + "?q=PACKA7Q", EVERYONE),
    "search for the draft": Entry(lambda w: reverse("search") + "?q=DRAFT9K", EVERYONE),
    # Wagtail's front-end sign-in and page passwords ---------------------------------------
    "page sign-in": Entry(lambda w: reverse("wagtailcore_login"), EVERYONE, "wagtailcore_login"),
    "page password form (no such restriction)": Entry(
        lambda w: reverse("wagtailcore_authenticate_with_password", args=[999999, w.home.pk]),
        NO_ONE,
        "wagtailcore_authenticate_with_password",
    ),
    # Admin: the hub's own views -----------------------------------------------------------
    "moderation queue": Entry(
        lambda w: reverse("consultation_responses:index"),
        RESPONSE_READERS,
        "consultation_responses:index",
    ),
    "moderation queue (filtered)": Entry(
        lambda w: reverse("consultation_responses:index_results") + "?status=pending",
        RESPONSE_READERS,
        "consultation_responses:index_results",
    ),
    "response review": Entry(
        lambda w: reverse("consultation_responses:inspect", args=[w.submission.pk]),
        RESPONSE_READERS,
        "consultation_responses:inspect",
    ),
    "response edit (goes to review)": Entry(
        lambda w: reverse("consultation_responses:edit", args=[w.submission.pk]),
        expect(302),
        "consultation_responses:edit",
    ),
    "response add (goes to results)": Entry(
        lambda w: reverse("consultation_responses:add"), expect(302), "consultation_responses:add"
    ),
    "response delete": Entry(
        lambda w: reverse("consultation_responses:delete", args=[w.submission.pk]),
        expect(302),
        "consultation_responses:delete",
    ),
    "response history": Entry(
        lambda w: reverse("consultation_responses:history", args=[w.submission.pk]),
        MODERATORS_ONLY,
        "consultation_responses:history",
    ),
    "response history (results)": Entry(
        lambda w: reverse("consultation_responses:history_results", args=[w.submission.pk]),
        MODERATORS_ONLY,
        "consultation_responses:history_results",
    ),
    "response usage": Entry(
        lambda w: reverse("consultation_responses:usage", args=[w.submission.pk]),
        MODERATORS_ONLY,
        "consultation_responses:usage",
    ),
    "results index": Entry(
        lambda w: reverse("consultation_responses:results_index"),
        RESPONSE_READERS,
        "consultation_responses:results_index",
    ),
    "results": Entry(
        lambda w: reverse("consultation_responses:results", args=[w.consultation.pk]),
        RESPONSE_READERS,
        "consultation_responses:results",
    ),
    "export CSV": Entry(
        lambda w: reverse("consultation_responses:export", args=[w.consultation.pk, "csv"]),
        RESPONSE_READERS,
        "consultation_responses:export",
    ),
    "export XLSX": Entry(
        lambda w: reverse("consultation_responses:export", args=[w.consultation.pk, "xlsx"]),
        RESPONSE_READERS,
    ),
    "offline response": Entry(
        lambda w: reverse("consultation_responses:offline", args=[w.consultation.pk]),
        MODERATORS_ONLY,
        "consultation_responses:offline",
    ),
    "jurors": Entry(lambda w: reverse("juror:index"), PAGE_EDITORS, "juror:index"),
    "jurors (filtered)": Entry(
        lambda w: reverse("juror:index_results"), PAGE_EDITORS, "juror:index_results"
    ),
    "juror invite": Entry(lambda w: reverse("juror:add"), PAGE_EDITORS, "juror:add"),
    "juror edit": Entry(
        lambda w: reverse("juror:edit", args=[w.juror_a.pk]), PAGE_EDITORS, "juror:edit"
    ),
    "juror remove": Entry(
        lambda w: reverse("juror:delete", args=[w.juror_a.pk]), PAGE_EDITORS, "juror:delete"
    ),
    "juror history": Entry(
        lambda w: reverse("juror:history", args=[w.juror_a.pk]), PAGE_EDITORS, "juror:history"
    ),
    "juror history (results)": Entry(
        lambda w: reverse("juror:history_results", args=[w.juror_a.pk]),
        PAGE_EDITORS,
        "juror:history_results",
    ),
    "juror usage": Entry(
        lambda w: reverse("juror:usage", args=[w.juror_a.pk]), PAGE_EDITORS, "juror:usage"
    ),
    "juror send link": Entry(
        lambda w: reverse("juror:send_link", args=[w.juror_a.pk]), PAGE_EDITORS, "juror:send_link"
    ),
    "make pack A public": Entry(
        lambda w: reverse("deliberations_make_pack_public", args=[w.pack_a.pk]),
        PAGE_EDITORS,
        "deliberations_make_pack_public",
    ),
    # Pack A is no translation: nobody may send it for review this way (staff are sent
    # back with a message, others to the sign-in page).
    "submit pack A as a translation": Entry(
        lambda w: reverse("deliberations_submit_translated_pack", args=[w.pack_a.pk]),
        expect(302),
        "deliberations_submit_translated_pack",
    ),
    "user add": Entry(
        lambda w: reverse("wagtailusers_users:add"),
        expect(302, administrator=200),
        "wagtailusers_users:add",
    ),
    "user edit": Entry(
        lambda w: reverse("wagtailusers_users:edit", args=[w.users["editor"].pk]),
        expect(302, administrator=200),
        "wagtailusers_users:edit",
    ),
    "user delete": Entry(
        lambda w: reverse("wagtailusers_users:delete", args=[w.users["editor"].pk]),
        expect(302, administrator=200),
        "wagtailusers_users:delete",
    ),
    # Admin: Wagtail's views the hub relies on -----------------------------------------------
    "admin home": Entry(lambda w: reverse("wagtailadmin_home"), STAFF, "wagtailadmin_home"),
    # Staff already signed in are sent on to the dashboard.
    "admin sign-in": Entry(
        lambda w: reverse("wagtailadmin_login"),
        expect(200, editor=302, moderator=302, oversight=302, administrator=302),
        "wagtailadmin_login",
    ),
    "edit pack A": Entry(
        lambda w: reverse("wagtailadmin_pages:edit", args=[w.pack_a.pk]),
        PAGE_EDITORS,
        "wagtailadmin_pages:edit",
    ),
    "edit draft page": Entry(
        lambda w: reverse("wagtailadmin_pages:edit", args=[w.draft.pk]), PAGE_EDITORS
    ),
    "view draft page": Entry(
        lambda w: reverse("wagtailadmin_pages:view_draft", args=[w.draft.pk]),
        PAGE_EDITORS,
        "wagtailadmin_pages:view_draft",
    ),
    "view draft of pack A": Entry(
        lambda w: reverse("wagtailadmin_pages:view_draft", args=[w.pack_a.pk]), PAGE_EDITORS
    ),
    "preview draft page": Entry(
        lambda w: reverse("wagtailadmin_pages:preview_on_edit", args=[w.draft.pk]),
        PAGE_EDITORS,
        "wagtailadmin_pages:preview_on_edit",
    ),
    "edit pack A document": Entry(
        lambda w: reverse("wagtaildocs:edit", args=[w.pack_a_document.pk]),
        PAGE_EDITORS,
        "wagtaildocs:edit",
    ),
}

API = "/api/v2/pages/"

# The pages API (home/api.py) and each topic's feeds (deliberations/feeds.py), keyed by
# URL name or route; the coverage tests fail until every new pattern has one.
PENDING_ENTRIES: dict[str, Entry] = {
    "wagtailapi:pages:listing": Entry(lambda w: API, EVERYONE, "wagtailapi:pages:listing"),
    "API: packs with every field": Entry(
        lambda w: f"{API}?type=deliberations.BriefingPackPage&fields=*", EVERYONE
    ),
    "API: standard pages with every field": Entry(
        lambda w: f"{API}?type=home.StandardPage&fields=*", EVERYONE
    ),
    "API: search for pack A": Entry(lambda w: f"{API}?search=PACKA7Q", EVERYONE),
    "API: search for the draft": Entry(lambda w: f"{API}?search=DRAFT9K", EVERYONE),
    "API: children of topic A": Entry(
        lambda w: f"{API}?child_of={w.topic_a.pk}&fields=*", EVERYONE
    ),
    "wagtailapi:pages:detail": Entry(
        lambda w: f"{API}{w.public_pack.pk}/", EVERYONE, "wagtailapi:pages:detail"
    ),
    "API: pack A": Entry(lambda w: f"{API}{w.pack_a.pk}/", NO_ONE),
    "API: pack B": Entry(lambda w: f"{API}{w.pack_b.pk}/", NO_ONE),
    "API: the draft page": Entry(lambda w: f"{API}{w.draft.pk}/", NO_ONE),
    "API: the public pack's parent": Entry(lambda w: f"{API}{w.topic_a.pk}/", EVERYONE),
    # Found: sent on to the page's detail; not found: the same for every role.
    "wagtailapi:pages:find": Entry(
        lambda w: f"{API}find/?html_path={w.evidence.url}",
        expect(302),
        "wagtailapi:pages:find",
    ),
    "API: find pack A": Entry(lambda w: f"{API}find/?html_path={w.pack_a.url}", NO_ONE),
    "API: find the draft": Entry(lambda w: f"{API}find/?id={w.draft.pk}", NO_ONE),
    "DeliberationTopicPage.feed_rss": Entry(
        lambda w: f"{w.topic_a.url}feed/rss/", EVERYONE, route="DeliberationTopicPage.feed_rss"
    ),
    "DeliberationTopicPage.feed_atom": Entry(
        lambda w: f"{w.topic_a.url}feed/atom/", EVERYONE, route="DeliberationTopicPage.feed_atom"
    ),
    "topic B feed": Entry(lambda w: f"{w.topic_b.url}feed/atom/", EVERYONE),
}
