"""Private and draft pages never appear in search, whoever asks."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Locale, PageViewRestriction

from deliberations.factories import EvidencePageFactory
from home.factories import StandardPageFactory

from .conftest import search_slugs

pytestmark = pytest.mark.django_db

WORD = "quangocracy"


@pytest.fixture
def pages(topic_page, home_page):
    public = EvidencePageFactory(parent=topic_page, slug="public", title=f"Public {WORD}")
    jury_a = Group.objects.create(name="Jury A")
    pack = StandardPageFactory(parent=home_page, slug="pack-a", title=f"Briefing pack {WORD}")
    restriction = PageViewRestriction.objects.create(
        page=pack, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(jury_a)
    StandardPageFactory(parent=pack, slug="inside-pack", title=f"Inside the pack {WORD}")
    members = StandardPageFactory(parent=home_page, slug="members", title=f"Members {WORD}")
    PageViewRestriction.objects.create(page=members, restriction_type=PageViewRestriction.LOGIN)
    draft = EvidencePageFactory(parent=topic_page, slug="draft", title=f"Draft {WORD}")
    draft.unpublish()
    welsh = Locale.objects.get(language_code="cy")
    EvidencePageFactory(parent=topic_page, slug="welsh", title=f"Cymraeg {WORD}", locale=welsh)
    return public


def test_anonymous_visitors_see_only_public_published_pages(pages, client):
    assert search_slugs(client, WORD) == ["public"]


def test_a_juror_of_another_jury_sees_no_other_jurys_pack(pages, client):
    juror = get_user_model().objects.create_user("juror-b", password="a-long-password-1")
    juror.groups.add(Group.objects.create(name="Jury B"))
    client.force_login(juror)
    assert search_slugs(client, WORD) == ["public"]


def test_private_pages_are_left_out_of_facets_and_suggestions(pages, client):
    response = client.get("/search/", {"q": "quangocracyy"})
    assert response.context["search"].total == 0
    # The only visible title with the word is "Public quangocracy".
    assert response.context["search"].suggestion == WORD
    for word in ("briefing", "pack", "members", "draft", "cymraeg"):
        assert word not in (
            client.get("/search/", {"q": f"{word}x"}).context["search"].suggestion or ""
        )


def test_pages_in_another_language_are_not_searched(pages, client):
    # Locale.get_active() is English here; the Welsh page matches the words but not the locale.
    assert "welsh" not in search_slugs(client, f"Cymraeg {WORD}")
