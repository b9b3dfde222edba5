from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from home.api import api_router
from search import views as search_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, name="sitemap"),
    # Open data: published, public pages as JSON (home/api.py), in every language
    # (`?locale=cy`), so outside the language prefixes.
    path("api/v2/", api_router.urls),
]

if settings.DEBUG or settings.SERVE_MEDIA:
    from django.views.static import serve

    # Not django.conf.urls.static.static(): that serves nothing unless DEBUG is on.
    # Images only: documents go through Wagtail's serve view, which checks who may read
    # them (a jury's documents are private).
    media_prefix = settings.MEDIA_URL.lstrip("/")
    urlpatterns += [
        re_path(
            rf"^{media_prefix}(?P<path>(?:original_)?images/.*)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

# What residents read, in their language: no prefix for the default language, /cy/...,
# /ur/... for the others. Wagtail's page serving last: it catches every other URL.
urlpatterns += i18n_patterns(
    path("jurors/", include("deliberations.juror_urls")),
    path("search/", search_views.search, name="search"),
    path("", include("transparency.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

# A database outage answers 503 "please try again", not 500 (see home.views.server_error).
handler500 = "home.views.server_error"
