"""The public pages API (Wagtail's API v2) at /api/v2/pages/: read-only, published
public pages only, the same for every reader.

Wagtail's own endpoint leaves out only the pages its reader may not open: a juror signed
in would find their jury's private packs there, and a reader who once typed a page's
password would find that page. Here every view-restricted page is left out, for
everyone, with what only looks public: a briefing pack not yet made public and an alias
of a page that is not itself public. Each page type says which of its fields are shown
(`api_fields`); personal data and the jury's sessions are in none of them.
"""

from django.db.models import Q
from rest_framework.renderers import JSONRenderer
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

from .queries import exclude_private


def public_pages(queryset):
    """The pages of `queryset` that anyone may read: no view restriction on them or an
    ancestor, no briefing pack that is still the jury's, no alias of a page otherwise
    left out. In the same query."""
    from deliberations.models import BriefingPackPage

    public = exclude_private(queryset).exclude(
        pk__in=BriefingPackPage.objects.filter(made_public_at__isnull=True).values("pk")
    )
    return public.filter(Q(alias_of__isnull=True) | Q(alias_of__in=public.values("pk")))


class PublicPagesAPIViewSet(PagesAPIViewSet):
    # JSON only: the browsable HTML renderer needs inline scripts the site's CSP refuses,
    # and offers nothing a reader of open data needs.
    renderer_classes = [JSONRenderer]

    def get_base_queryset(self):
        # Wagtail's: live pages of this site and its translations, less those this reader
        # may not open; then less everything restricted at all. As a list of ids, the
        # one filter of that kind a search backend applies to its results (`?search=`).
        queryset = super().get_base_queryset()
        return queryset.filter(pk__in=public_pages(queryset).values("pk"))


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
