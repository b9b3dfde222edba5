"""Where each page type may live, and that every page type can be edited and previewed
in the admin (Wagtail's own page assertions)."""

from django.urls import reverse
from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase

from consultations.models import ConsultationPage
from deliberations.factories import (
    DeliberationIndexPageFactory,
    DeliberationTopicPageFactory,
    EvidencePageFactory,
    SpeakerPageFactory,
    UpdatePageFactory,
)
from deliberations.models import (
    BriefingPackPage,
    DeliberationIndexPage,
    DeliberationTopicPage,
    EvidencePage,
    SpeakerPage,
    UpdatePage,
)
from home.factories import HomePageFactory, StandardPageFactory
from home.models import HomePage, StandardPage


class PageTreeTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        Page.objects.filter(depth=2).delete()
        cls.home = HomePageFactory(parent=Page.get_first_root_node())
        Site.objects.create(hostname="localhost", root_page=cls.home, is_default_site=True)
        cls.index = DeliberationIndexPageFactory(parent=cls.home)
        cls.topic = DeliberationTopicPageFactory(parent=cls.index)
        cls.pages = [
            cls.home,
            StandardPageFactory(parent=cls.home),
            cls.index,
            cls.topic,
            EvidencePageFactory(parent=cls.topic),
            SpeakerPageFactory(parent=cls.topic),
            UpdatePageFactory(parent=cls.topic),
        ]

    def test_allowed_children(self):
        self.assertAllowedSubpageTypes(HomePage, {StandardPage, DeliberationIndexPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})
        self.assertAllowedSubpageTypes(DeliberationIndexPage, {DeliberationTopicPage})
        self.assertAllowedSubpageTypes(
            DeliberationTopicPage,
            {EvidencePage, SpeakerPage, UpdatePage, ConsultationPage, BriefingPackPage},
        )
        for leaf in (EvidencePage, SpeakerPage, UpdatePage, BriefingPackPage):
            self.assertAllowedSubpageTypes(leaf, set())

    def test_evidence_speakers_and_updates_live_only_under_a_topic(self):
        for child in (EvidencePage, SpeakerPage, UpdatePage):
            self.assertAllowedParentPageTypes(child, {DeliberationTopicPage})
        self.assertCanNotCreateAt(HomePage, EvidencePage)

    def test_only_one_home_page(self):
        self.assertFalse(HomePage.can_create_at(Page.get_first_root_node()))

    def test_every_page_type_renders_and_opens_in_the_editor(self):
        # Saving and previewing through the editor are covered by test_admin_create (real
        # form POSTs): Wagtail's assertPageIsEditable/Previewable cannot read StreamField
        # data out of the editor's HTML.
        for page in self.pages:
            with self.subTest(page=type(page).__name__):
                self.assertPageIsRenderable(page)
        self.login()
        for page in self.pages:
            with self.subTest(page=type(page).__name__):
                edit_url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
                self.assertEqual(self.client.get(edit_url).status_code, 200)
