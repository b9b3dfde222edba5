"""WCAG 2.2 AA in a real browser: axe-core on every public page type of the demo site,
the consultation form as a keyboard user fills it in, and layout at 320 CSS pixels."""

import json

import pytest

from .conftest import OTHER_LANGUAGES, RIGHT_TO_LEFT, axe_violations, describe

PAGE_TYPES = [
    "HomePage",
    "StandardPage",
    "DeliberationIndexPage",
    "DeliberationTopicPage",
    "EvidencePage",
    "SpeakerPage",
    "UpdatePage",
    "ConsultationPage:open",
    "ConsultationPage:upcoming",
    "ConsultationPage:results_published",
]


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_page_type_has_no_axe_violations(page, site, page_type):
    response = page.goto(site.url + site.pages[page_type])
    assert response.status == 200
    violations = axe_violations(page, page_type.replace(":", "-"))
    assert not violations, describe(violations)


@pytest.mark.parametrize(
    ("name", "path"),
    [("search-results", "/search/?q=bus"), ("search-no-results", "/search/?q=qqqzzzxx")],
)
def test_search_pages_have_no_axe_violations(page, site, name, path):
    response = page.goto(site.url + path)
    assert response.status == 200
    violations = axe_violations(page, name)
    assert not violations, describe(violations)


def assert_language(page, language):
    assert page.evaluate("document.documentElement.lang") == language
    expected_dir = "rtl" if language in RIGHT_TO_LEFT else "ltr"
    assert page.evaluate("document.documentElement.dir") == expected_dir


# Every page type in Welsh, Polish and Urdu (right to left): the demo's translations where
# it has them, otherwise the English page in that language's interface.
@pytest.mark.parametrize("language", OTHER_LANGUAGES)
@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_page_types_in_other_languages_have_no_axe_violations(page, site, language, page_type):
    response = page.goto(site.url + site.localized[language][page_type])
    assert response.status == 200
    assert_language(page, language)
    violations = axe_violations(page, f"{language}-{page_type.replace(':', '-')}")
    assert not violations, describe(violations)


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
@pytest.mark.parametrize(
    ("name", "path", "status"),
    [
        ("search-results", "/search/?q=bus", 200),
        ("search-no-results", "/search/?q=qqqzzzxx", 200),
        ("not-found", "/no-such-page/", 404),
    ],
)
def test_search_and_not_found_in_other_languages_have_no_axe_violations(
    page, site, language, name, path, status
):
    response = page.goto(f"{site.url}/{language}{path}")
    assert response.status == status
    assert_language(page, language)
    violations = axe_violations(page, f"{language}-{name}")
    assert not violations, describe(violations)


def test_not_found_page_has_no_axe_violations(page, site):
    response = page.goto(site.url + "/no-such-page/")
    assert response.status == 404
    violations = axe_violations(page, "not-found")
    assert not violations, describe(violations)


def test_consultation_errors_are_accessible_and_take_the_focus(page, site):
    page.goto(site.url + site.pages["ConsultationPage:open"])
    with page.expect_navigation():
        page.get_by_role("button", name="Send your response").click()
    summary = page.locator(".govuk-error-summary")
    assert summary.is_visible()
    # GOV.UK Frontend moves the focus to the summary so screen readers announce it.
    page.wait_for_function("document.activeElement.classList.contains('govuk-error-summary')")
    assert page.title().startswith("Error:")
    violations = axe_violations(page, "consultation-errors")
    assert not violations, describe(violations)
    # Each link in the summary leads to its field.
    first_link = summary.locator("a").first
    target = first_link.get_attribute("href")
    first_link.click()
    assert page.evaluate("target => document.activeElement.id === target.slice(1)", target), (
        f"focus did not move to {target}"
    )


def fill_in_consultation_with_the_keyboard(page) -> None:
    """Tab to each control and answer with the keys a keyboard user uses: arrows for
    radios, Space for checkboxes, typing for text and selects, Enter to send."""
    page.locator("form.app-response-form").wait_for()
    filled = set()
    for _ in range(400):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            """() => {
                const el = document.activeElement;
                const style = getComputedStyle(el);
                return {tag: el.tagName, type: el.type || '', name: el.name || '',
                        send: el.matches('form.app-response-form button[type=submit]'),
                        autocomplete: el.autocomplete || '',
                        visible: style.outlineStyle !== 'none' || style.boxShadow !== 'none'};
            }"""
        )
        if focused["tag"] == "BODY":
            continue
        assert focused["visible"], f"no visible focus on {focused}"
        name, kind = focused["name"], focused["type"]
        if focused["send"]:
            break
        if name in filled or not name or name in ("token", "website"):
            continue
        if kind == "radio":
            page.keyboard.press("ArrowDown")  # moves to and selects the next option
        elif kind == "checkbox":
            page.keyboard.press("Space")
        elif focused["tag"] == "SELECT":
            page.keyboard.type(str(len([n for n in filled if n.startswith(name[:-2])]) + 1))
        elif focused["autocomplete"] == "postal-code":
            page.keyboard.type("NB1 4QT")
        elif focused["tag"] == "TEXTAREA" or kind == "text":
            page.keyboard.type("Better buses in the evening.")
        elif kind == "email":
            page.keyboard.type("resident@example.org")
        if name == "display_name":
            page.keyboard.press("Control+A")
            page.keyboard.press("Backspace")
        filled.add(name)
    else:
        pytest.fail("never reached the Send button")
    with page.expect_navigation():
        page.keyboard.press("Enter")


def test_resident_completes_the_consultation_with_the_keyboard_only(page, site):
    page.goto(site.url + site.pages["ConsultationPage:open"])
    fill_in_consultation_with_the_keyboard(page)
    heading = page.locator("h1")
    errors = page.locator(".govuk-error-summary").all_inner_texts()
    assert heading.inner_text() == "Response sent", errors
    assert page.locator(".govuk-panel__body strong").inner_text().count("-") == 1
    violations = axe_violations(page, "consultation-confirmation")
    assert not violations, describe(violations)


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_consultation_errors_and_confirmation_in_other_languages(page, site, language):
    page.goto(site.url + site.localized[language]["ConsultationPage:open"])
    with page.expect_navigation():
        page.locator("form.app-response-form button[type=submit]").click()
    assert page.locator(".govuk-error-summary").is_visible()
    assert_language(page, language)
    violations = axe_violations(page, f"{language}-consultation-errors")
    assert not violations, describe(violations)

    fill_in_consultation_with_the_keyboard(page)
    errors = page.locator(".govuk-error-summary").all_inner_texts()
    assert page.locator(".govuk-panel").is_visible(), errors
    assert page.locator("h1").inner_text() != "Response sent"  # in the reader's language
    assert_language(page, language)
    violations = axe_violations(page, f"{language}-consultation-confirmation")
    assert not violations, describe(violations)


@pytest.mark.parametrize(
    "page_type", ["HomePage", "DeliberationTopicPage", "EvidencePage", "ConsultationPage:open"]
)
def test_no_horizontal_scrolling_at_320_pixels(browser, site, page_type):
    """320 CSS pixels wide: a phone, and also 1280 pixels at 400% zoom (WCAG 1.4.10)."""
    context = browser.new_context(viewport={"width": 320, "height": 800})
    page = context.new_page()
    page.goto(site.url + site.pages[page_type])
    widths = page.evaluate(
        "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    context.close()
    assert widths[0] <= widths[1], f"content {widths[0]}px wide in a {widths[1]}px window"


def test_reduced_motion_is_respected(browser, site):
    context = browser.new_context(reduced_motion="reduce")
    page = context.new_page()
    page.goto(site.url + site.pages["ConsultationPage:open"])
    durations = page.evaluate(
        """() => [...document.querySelectorAll('a, button, input, .govuk-accordion *')]
              .map(el => getComputedStyle(el).transitionDuration)"""
    )
    context.close()
    assert durations and all(d == "0s" for d in durations), set(durations)


def test_the_checker_finds_a_planted_violation(page, site):
    """Guards the harness itself: axe must report what it is meant to catch."""
    page.goto(site.url + site.pages["HomePage"])
    page.evaluate(
        """() => {
            const img = document.createElement('img');
            img.src = '/static/images/favicon.svg';
            document.querySelector('main').append(img);
        }"""
    )
    violations = axe_violations(page, "planted")
    assert [v["id"] for v in violations] == ["image-alt"]


@pytest.mark.parametrize(
    ("name", "path"),
    [
        ("recommendations", "/recommendations/"),
        ("recommendations-filtered", "/recommendations/?response=not_accepted"),
        ("ur-recommendations", "/ur/recommendations/"),
    ],
)
def test_recommendations_register_has_no_axe_violations(page, site, name, path):
    response = page.goto(site.url + path)
    assert response.status == 200
    violations = axe_violations(page, name)
    assert not violations, describe(violations)


@pytest.mark.parametrize("language", ["", "/ur"])
def test_moderation_summary_has_no_axe_violations(page, site, language):
    consultation = site.pages["ConsultationPage:results_published"]
    response = page.goto(f"{site.url}{language}{consultation}moderation/")
    assert response.status == 200
    violations = axe_violations(page, f"moderation-summary{language.replace('/', '-')}")
    assert not violations, describe(violations)


@pytest.mark.parametrize("language", ["", "/ur"])
def test_transparency_checklist_has_no_axe_violations(page, site, language):
    page.goto(f"{site.url}{language}{site.pages['DeliberationTopicPage']}")
    page.locator('a[href*="/transparency/"]').first.click()
    page.wait_for_load_state()
    assert "/transparency/" in page.url
    violations = axe_violations(page, f"checklist{language.replace('/', '-')}")
    assert not violations, describe(violations)


# The routes of the demo's town-centre topic: a public session (agenda, speakers, an
# embedded recording and its transcript), the private deliberation, the oversight panel.
TOPIC_ROUTES = """
import json
from deliberations.models import DeliberationTopicPage
routes = {}
for topic in DeliberationTopicPage.objects.live().filter(slug="town-centre"):
    code = topic.locale.language_code
    sessions = list(topic.sessions.order_by("sort_order"))
    routes[code] = {
        "session": topic.url + topic.reverse_subpage("session", args=[sessions[1].pk]),
        "private-session": topic.url
        + topic.reverse_subpage("session", args=[next(s for s in sessions if s.is_private).pk]),
        "oversight-panel": topic.url + topic.reverse_subpage("oversight_panel"),
    }
print(json.dumps(routes))
"""


@pytest.fixture(scope="module")
def topic_routes(site):
    return json.loads(site.manage("shell", "-c", TOPIC_ROUTES).strip().splitlines()[-1])


@pytest.mark.parametrize("language", ["en-gb", "cy", "ur"])
@pytest.mark.parametrize("name", ["session", "private-session", "oversight-panel"])
def test_topic_routes_have_no_axe_violations(page, site, topic_routes, language, name):
    response = page.goto(site.url + topic_routes[language][name])
    assert response.status == 200
    violations = axe_violations(page, f"{language}-{name}")
    assert not violations, describe(violations)
