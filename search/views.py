"""The public search page: /search/?q=...&topic=...&type=...&page=..."""

from django.http import Http404
from django.shortcuts import render
from wagtail.models import Locale, Site

from . import services
from .backend_compat import backend_errors
from .highlight import sessions_mentioning, snippet


def search(request):
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    locale = Locale.get_active()
    selection = services.Selection.from_querydict(request.GET)
    try:
        outcome = services.search_site(
            request.GET.get("q", ""),
            selection,
            site=site,
            locale=locale,
            page_number=request.GET.get("page"),
        )
        results = [
            (page, snippet(page, outcome.parsed.words))
            for page in (outcome.page.object_list if outcome.page else [])
        ]
        for page, _excerpt in results:  # a topic found by what was said at its sessions
            page.matching_sessions = sessions_mentioning(page, outcome.parsed.words)
    except backend_errors():
        return render(
            request,
            "search/search_unavailable.html",
            {"query": services.clean_query(request.GET.get("q", ""))[0]},
            status=503,
        )
    return render(
        request,
        "search/search_results.html",
        {
            "search": outcome,
            "results": results,
            "selection": selection,
            "max_query_chars": services.MAX_QUERY_CHARS,
        },
    )
