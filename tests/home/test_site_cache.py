"""The site cache's two scopes (home/site_cache.py): content changes all day and renew
the root page, settings and menu; the site for a host name is looked up again only when
a site or a language changes."""

import pytest
from django.test import RequestFactory
from wagtail.models import Site

from home import site_cache
from home.factories import HomePageFactory

pytestmark = pytest.mark.django_db


def site_for(request):
    return site_cache.SiteCacheMiddleware.site_with_root_page(request, request.get_host())


def test_a_content_change_renews_the_root_page_but_not_the_site(
    home_page, django_assert_num_queries
):
    site_for(RequestFactory().get("/"))  # cached
    with django_assert_num_queries(0):
        site = site_for(RequestFactory().get("/"))
    assert site.root_page.pk == home_page.pk and type(site.root_page) is type(home_page)
    home_page.title = "Renamed"
    home_page.save()  # any content change
    with django_assert_num_queries(1):  # the root page only
        site = site_for(RequestFactory().get("/"))
    assert site.root_page.title == "Renamed"


def test_a_site_change_renews_the_site(home_page):
    site_for(RequestFactory().get("/"))
    other_home = HomePageFactory(parent=home_page.get_parent(), slug="other-home")
    Site.objects.filter(is_default_site=True).get().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=other_home, is_default_site=True)
    assert site_for(RequestFactory().get("/")).root_page.pk == other_home.pk


def test_a_cached_site_whose_root_page_is_gone_is_looked_up_afresh(home_page, client):
    """As when the site was cached inside a transaction that was rolled back."""
    request = RequestFactory().get("/")
    stale = Site(pk=10_000, hostname="localhost", port=80, root_page_id=10_000)
    site_cache.cached(
        request,
        "site",
        request.get_host(),
        request.get_port(),
        compute=lambda: stale,
        scope=site_cache.SITES,
    )
    site = site_for(RequestFactory().get("/"))
    assert site.pk == Site.objects.get(is_default_site=True).pk
    assert site.root_page.pk == home_page.pk
    assert client.get("/").status_code == 200
