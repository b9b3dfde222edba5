"""Who may read a page is the same in every language: a change to a page's privacy
reaches its translations, and deleting a page leaves its translations' privacy alone."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from deliberations.factories import EvidencePageFactory
from tests.translation import translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def evidence_in_welsh(topic_page):
    evidence = EvidencePageFactory(parent=topic_page, title="Bus data")
    return evidence, translate(evidence, "cy", {"Bus data": "Data bysiau"})


def readers(page):
    return [
        (r.restriction_type, r.password, {group.name for group in r.groups.all()})
        for r in PageViewRestriction.objects.filter(page=page)
    ]


def test_a_page_made_private_is_private_in_every_language(client, evidence_in_welsh):
    evidence, welsh = evidence_in_welsh
    assert client.get(welsh.url).status_code == 200

    restriction = PageViewRestriction.objects.create(
        page=evidence, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name="Communications team")])

    assert readers(welsh) == [("groups", "", {"Communications team"})]
    assert client.get(welsh.url).status_code == 302  # to sign-in, like the English page
    assert client.get(evidence.url).status_code == 302


def test_a_page_made_public_again_is_public_in_every_language(client, evidence_in_welsh):
    evidence, welsh = evidence_in_welsh
    PageViewRestriction.objects.create(page=evidence, restriction_type="login")
    assert readers(welsh) == [("login", "", set())]

    PageViewRestriction.objects.filter(page=evidence).delete()

    assert readers(welsh) == []
    assert client.get(welsh.url).status_code == 200


def test_a_change_made_on_a_translation_reaches_the_source(evidence_in_welsh):
    evidence, welsh = evidence_in_welsh
    PageViewRestriction.objects.create(page=welsh, restriction_type="password", password="x1")
    assert readers(evidence) == [("password", "x1", set())]


def test_deleting_a_page_leaves_its_translations_private(client, evidence_in_welsh):
    evidence, welsh = evidence_in_welsh
    PageViewRestriction.objects.create(page=evidence, restriction_type="login")

    evidence.delete()

    assert readers(welsh) == [("login", "", set())]
    assert client.get(welsh.url).status_code == 302
