"""Every page type is created through the Wagtail admin's create view (a real form POST),
published, rendered publicly and listed on its parent."""

import datetime

import pytest
from django.urls import reverse
from django.utils.html import escape
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail_factories import DocumentFactory, ImageFactory

from deliberations.factories import (
    DeliberationTopicSessionFactory,
    PerspectiveFactory,
    SpeakerPageFactory,
)
from deliberations.models import (
    DeliberationIndexPage,
    DeliberationTopicPage,
    EvidencePage,
    SpeakerPage,
    UpdatePage,
)
from home.models import StandardPage

pytestmark = pytest.mark.django_db


def create_through_admin(client, model, parent, data, multiple_choices=None):
    """POST the admin's create form and publish; `multiple_choices` holds fields with
    several values (checkboxes), which `nested_form_data` would flatten."""
    url = reverse(
        "wagtailadmin_pages:add", args=(model._meta.app_label, model._meta.model_name, parent.pk)
    )
    form_data = nested_form_data(data) | (multiple_choices or {})
    assert_previewable_before_saving(client, model, parent, form_data)
    response = client.post(url, form_data | {"action-publish": "publish"})
    assert response.status_code == 302, getattr(response, "context", {}) and [
        (name, errors) for name, errors in response.context["form"].errors.items()
    ]
    return model.objects.get(slug=data["slug"])


def assert_previewable_before_saving(client, model, parent, form_data):
    """The editor's preview of a page not yet saved renders (no tree path, no pk)."""
    url = reverse(
        "wagtailadmin_pages:preview_on_add",
        args=(model._meta.app_label, model._meta.model_name, parent.pk),
    )
    assert client.post(url, form_data).json() == {"is_valid": True, "is_available": True}
    preview = client.get(url)
    assert preview.status_code == 200
    assert escape(form_data["title"]) in preview.content.decode()


def assert_public_and_listed(client, page, parent):
    assert page.live
    response = client.get(page.url)
    assert response.status_code == 200
    assert page.title in response.content.decode()
    parent_html = client.get(parent.url).content.decode()
    assert f'href="{page.url}"' in parent_html


def test_standard_page_created_through_admin(admin_client, home_page):
    page = create_through_admin(
        admin_client,
        StandardPage,
        home_page,
        {
            "title": "Privacy notice",
            "slug": "privacy-notice",
            "summary": "How we use your information.",
            "body": streamfield([("paragraph", rich_text("<p>We keep your data safe.</p>"))]),
        },
    )
    response = admin_client.get(page.url)
    assert response.status_code == 200
    assert "We keep your data safe." in response.content.decode()


def test_index_page_created_through_admin_and_shown_in_menu(admin_client, home_page):
    page = create_through_admin(
        admin_client,
        DeliberationIndexPage,
        home_page,
        {
            "title": "Citizens' juries",
            "slug": "juries",
            "introduction": "Every jury the council runs.",
            "summary": "",
            "show_in_menus": "on",
        },
    )
    assert page.show_in_menus
    home_html = admin_client.get(home_page.url).content.decode()
    assert f'href="{page.url}"' in home_html  # the main navigation


def test_topic_page_created_through_admin_with_sessions(admin_client, index_page):
    page = create_through_admin(
        admin_client,
        DeliberationTopicPage,
        index_page,
        {
            "title": "The future of our town centre",
            "slug": "town-centre",
            "question": "What should our town centre be like in 2040?",
            "summary": "A jury of 30 residents.",
            "authority": "Northbridge Borough Council",
            "status": "recruiting",
            "jury_size": "30",
            "selection_method": rich_text("<p>A civic lottery.</p>"),
            "body": streamfield([]),
            "sessions": inline_formset(
                [
                    {
                        "title": "Session 1",
                        "date": "2026-03-07",
                        "location": "Town hall",
                        "agenda": rich_text("<ul><li>10:00 Welcome</li></ul>"),
                        "recording_url": "https://www.youtube.com/watch?v=abc",
                        "transcript": "Facilitator: welcome.",
                    },
                    {
                        "title": "Session 2",
                        "date": "2026-03-21",
                        "location": "Online",
                        "agenda": rich_text(""),
                        "is_private": "on",
                    },
                ]
            ),
            "oversight_members": inline_formset(
                [{"name": "Ruth Adeyemi", "organisation": "University", "role": "chair"}]
            ),
            "oversight_minutes": inline_formset([]),
            "published_items": inline_formset([]),
        },
    )
    assert [s.title for s in page.sessions.all()] == ["Session 1", "Session 2"]
    assert [s.is_private for s in page.sessions.all()] == [False, True]
    assert page.oversight_members.get().get_role_display() == "Chair"
    assert_public_and_listed(admin_client, page, index_page)
    html = admin_client.get(page.url).content.decode()
    assert "What should our town centre be like in 2040?" in html
    assert "Recruiting jury members" in html
    assert "21 March 2026" in html


def test_evidence_page_created_through_admin_with_document_and_speaker(admin_client, topic_page):
    perspective = PerspectiveFactory(name="Local business")
    speaker = SpeakerPageFactory(parent=topic_page, title="Asha Patel")
    document = DocumentFactory(title="Footfall survey 2025")
    page = create_through_admin(
        admin_client,
        EvidencePage,
        topic_page,
        {
            "title": "Footfall in the high street",
            "slug": "footfall",
            "summary": "Footfall fell by 18% between 2019 and 2025.",
            "evidence_type": "data",
            "source": "Northbridge BID",
            "publisher": "",
            "publication_date": "2025-11-03",
            "perspective": str(perspective.pk),
            "body": streamfield([("paragraph", rich_text("<p>" + "word " * 450 + "</p>"))]),
            "media": streamfield([]),
            "documents": inline_formset([{"document": str(document.pk), "title": ""}]),
            "speaker_links": inline_formset([{"speaker": str(speaker.pk)}]),
        },
    )
    assert page.reading_time == 3  # 459 words at 200 words a minute
    assert page.documents.get().document == document
    assert page.speaker_links.get().speaker.specific == speaker
    assert_public_and_listed(admin_client, page, topic_page)
    html = admin_client.get(page.url).content.decode()
    assert "Footfall survey 2025" in html
    assert "Local business" in html
    assert "Asha Patel" in html
    assert document.url in html


def evidence_without_summary(slug, source):
    """The create form of an evidence page whose summary is still empty."""
    return nested_form_data(
        {
            "title": slug.replace("-", " ").capitalize(),
            "slug": slug,
            "summary": "",
            "evidence_type": "data",
            "source": source,
            "body": streamfield([]),
            "media": streamfield([]),
            "documents": inline_formset([]),
            "speaker_links": inline_formset([]),
        }
    )


def test_evidence_page_without_summary_is_refused(admin_client, topic_page):
    url = reverse("wagtailadmin_pages:add", args=("deliberations", "evidencepage", topic_page.pk))
    data = evidence_without_summary("no-summary", source="Somebody")
    response = admin_client.post(url, data | {"action-publish": "publish"})
    assert response.status_code == 200
    assert "summary" in response.context["form"].errors
    assert not EvidencePage.objects.filter(slug="no-summary").exists()


def test_speaker_page_created_through_admin_with_photo_and_sessions(admin_client, topic_page):
    session = DeliberationTopicSessionFactory(topic=topic_page, title="Hearing from operators")
    other_topic_session = DeliberationTopicSessionFactory(title="Another juries session")
    photo = ImageFactory(title="Portrait")
    page = create_through_admin(
        admin_client,
        SpeakerPage,
        topic_page,
        {
            "title": "Dr Owen Hughes",
            "slug": "owen-hughes",
            "role": "Lecturer in transport planning",
            "organisation": "Northbridge University",
            "photo": str(photo.pk),
            "photo_alt_text": "Owen Hughes smiling, in a blue jacket",
            "summary": "",
            "biography": rich_text("<p>Studies bus networks.</p>"),
            "declared_interests": "Receives research funding from the Department for Transport.",
        },
        multiple_choices={"sessions": [str(session.pk)]},
    )
    assert list(page.sessions.all()) == [session]
    assert_public_and_listed(admin_client, page, topic_page)
    html = admin_client.get(page.url).content.decode()
    assert "Receives research funding from the Department for Transport." in html
    assert 'alt="Owen Hughes smiling, in a blue jacket"' in html
    assert "Hearing from operators" in html

    # The editor only offers the sessions of the speaker's own topic, creating or editing.
    add_url = reverse(
        "wagtailadmin_pages:add", args=("deliberations", "speakerpage", topic_page.pk)
    )
    edit_url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    for url in (add_url, edit_url):
        html = admin_client.get(url).content.decode()
        assert "Hearing from operators" in html
        assert other_topic_session.title not in html


def test_speaker_page_needs_declared_interests_and_photo_description(admin_client, topic_page):
    url = reverse("wagtailadmin_pages:add", args=("deliberations", "speakerpage", topic_page.pk))
    data = nested_form_data(
        {
            "title": "Undeclared",
            "slug": "undeclared",
            "role": "Consultant",
            "photo": str(ImageFactory().pk),
            "photo_alt_text": "",
            "biography": rich_text("<p>Bio.</p>"),
            "declared_interests": "   ",
        }
    )
    response = admin_client.post(url, data | {"action-publish": "publish"})
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "declared_interests" in errors
    assert "photo_alt_text" in errors
    assert not SpeakerPage.objects.filter(slug="undeclared").exists()


def test_update_page_created_through_admin(admin_client, topic_page, home_page):
    page = create_through_admin(
        admin_client,
        UpdatePage,
        topic_page,
        {
            "title": "The jury met for the second time",
            "slug": "second-meeting",
            "date": datetime.date(2026, 3, 22).isoformat(),
            "summary": "Jurors heard from bus operators.",
            "body": streamfield([("paragraph", rich_text("<p>Recordings are online.</p>"))]),
        },
    )
    assert_public_and_listed(admin_client, page, topic_page)
    home_html = admin_client.get(home_page.url).content.decode()
    assert f'href="{page.url}"' in home_html


def test_evidence_draft_can_be_saved_before_it_has_a_summary(admin_client, topic_page):
    url = reverse("wagtailadmin_pages:add", args=("deliberations", "evidencepage", topic_page.pk))
    data = evidence_without_summary("work-in-progress", source="")
    assert admin_client.post(url, data).status_code == 302  # "Save draft"
    draft = EvidencePage.objects.get(slug="work-in-progress")
    assert not draft.live


@pytest.mark.parametrize("slug", ["feed", "sessions", "oversight-panel"])
def test_a_child_cannot_take_an_address_of_its_topics_routes(admin_client, topic_page, slug):
    """The topic answers <topic>/feed/..., sessions/... and oversight-panel/ itself: a
    child page there could be published but never read."""
    url = reverse("wagtailadmin_pages:add", args=("deliberations", "updatepage", topic_page.pk))
    data = {
        "title": "The jury met",
        "slug": slug,
        "date": datetime.date(2026, 3, 22).isoformat(),
        "body": streamfield([("paragraph", rich_text("<p>Recordings are online.</p>"))]),
    }
    response = admin_client.post(url, nested_form_data(data) | {"action-publish": "publish"})
    assert response.status_code == 200
    assert f"The address “{slug}” is used by the page above" in response.content.decode()
    assert not UpdatePage.objects.filter(slug=slug).exists()
    response = admin_client.post(
        url, nested_form_data(data | {"slug": f"{slug}-news"}) | {"action-publish": "publish"}
    )
    assert response.status_code == 302  # any other address is free
