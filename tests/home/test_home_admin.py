import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, streamfield

from home.models import HomePage

pytestmark = pytest.mark.django_db


def test_home_page_created_through_admin_when_the_site_has_none(admin_client):
    Page.objects.filter(depth=2).delete()
    root = Page.get_first_root_node()
    url = reverse("wagtailadmin_pages:add", args=("home", "homepage", root.pk))
    data = nested_form_data(
        {
            "title": "Have your say",
            "slug": "have-your-say",
            "introduction": "Citizens' juries in Northbridge.",
            "summary": "",
            "body": streamfield([]),
        }
    )
    response = admin_client.post(url, data | {"action-publish": "publish"})
    assert response.status_code == 302
    home = HomePage.objects.get(slug="have-your-say")
    assert home.live and home.get_parent().pk == root.pk


def test_sitemap_lists_published_pages(client, topic_page):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert f"http://localhost{topic_page.url}" in response.content.decode()
