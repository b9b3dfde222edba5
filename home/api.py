"""The public pages API (Wagtail's API v2) at /api/v2/pages/: read-only, published
public pages only, the same for every reader.

Wagtail's own endpoint leaves out only the pages its reader may not open: a juror signed
in would find their jury's private packs there, and a reader who once typed a page's
password would find that page. Here every view-restricted page is left out, for
everyone, with what only looks public: a briefing pack not yet made public and an alias
of a page that is not itself public. Each page type says which of its fields are shown
(`api_fields`); personal data and the jury's sessions are in none of them.
"""

from django.core.exceptions import ValidationError
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.search.backends import get_search_backend
from wagtail.search.backends.base import FilterFieldError, OrderByFieldError

from .queries import public_pages


class WordsSearchFilter(SearchFilter):
    """`?search=` read as the search page reads a query (`search.services`): words and
    quoted phrases only, so that no character of it reaches the backend's own query
    syntax (SQLite FTS5 answered a lone `"` with an error). `search_operator` is not
    used: all words must match, as on the search page."""

    def filter_queryset(self, request, queryset, view):
        from search.services import clean_query, parse_query

        if "search" not in request.GET:
            return queryset
        query = parse_query(clean_query(request.GET["search"])[0])
        if query.empty:
            return queryset.none()
        try:
            return get_search_backend().search(
                query.as_search_query(), queryset, order_by_relevance="order" not in request.GET
            )
        except (FilterFieldError, OrderByFieldError) as error:
            raise BadRequestError(f"cannot search and use {error.field_name}") from error


class PublicPagesAPIViewSet(PagesAPIViewSet):
    # JSON only: the browsable HTML renderer needs inline scripts the site's CSP refuses,
    # and offers nothing a reader of open data needs.
    renderer_classes = [JSONRenderer]
    filter_backends = [
        WordsSearchFilter if backend is SearchFilter else backend
        for backend in PagesAPIViewSet.filter_backends
    ]

    def handle_exception(self, exc):
        # A filter value the field cannot read (`?publication_date=soon`): the reader's
        # mistake, not the server's.
        if isinstance(exc, ValidationError):
            return Response({"message": " ".join(exc.messages)}, status=400)
        return super().handle_exception(exc)

    def get_base_queryset(self):
        # Wagtail's: live pages of this site and its translations, less those this reader
        # may not open; then less everything restricted at all. As a list of ids, the
        # one filter of that kind a search backend applies to its results (`?search=`).
        queryset = super().get_base_queryset()
        return queryset.filter(pk__in=public_pages(queryset).values("pk"))


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
