"""A juror's journey in a real browser: the sign-in pages, the one-time link, their
jury's briefing pack read with the keyboard only, each page checked with axe-core."""

from urllib.parse import urlsplit

import pytest

from .conftest import OTHER_LANGUAGES, RIGHT_TO_LEFT, axe_violations, describe

DEMO_JUROR = "juror@example.invalid"


def sign_in_path(site) -> str:
    url = site.manage("juror_sign_in_link", "--verbosity", "0", DEMO_JUROR).strip()
    return urlsplit(url).path


def assert_accessible(page, name):
    violations = axe_violations(page, name)
    assert not violations, describe(violations)


def test_sign_in_pages_have_no_axe_violations(page, site):
    response = page.goto(site.url + "/jurors/sign-in/")
    assert response.status == 200
    assert_accessible(page, "juror-request-link")

    response = page.goto(site.url + site.pages["BriefingPackPage"])
    assert response.status == 403
    assert_accessible(page, "pack-for-the-jury-only")

    response = page.goto(site.url + "/jurors/sign-in/not-a-real-token/")
    assert response.status == 410
    assert_accessible(page, "juror-link-unusable")


def keyboard_to(page, predicate: str, limit: int = 80) -> dict:
    """Press Tab until the focused element matches `predicate` (a JS function of the
    element); every stop on the way must show a visible focus indicator."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            """predicate => {
                const el = document.activeElement;
                const style = getComputedStyle(el);
                return {matches: (new Function('el', 'return ' + predicate))(el),
                        tag: el.tagName, text: el.textContent.trim().slice(0, 80),
                        visible: style.outlineStyle !== 'none' || style.boxShadow !== 'none'};
            }""",
            predicate,
        )
        if focused["tag"] != "BODY":
            assert focused["visible"], f"no visible focus on {focused}"
        if focused["matches"]:
            return focused
    pytest.fail(f"never reached an element where {predicate}")


def test_juror_signs_in_and_reads_the_pack_with_the_keyboard(page, site):
    page.goto(site.url + sign_in_path(site))
    assert_accessible(page, "juror-sign-in")
    keyboard_to(page, "el.tagName === 'BUTTON' && el.textContent.includes('Sign in')")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert urlsplit(page.url).path == "/jurors/"
    assert_accessible(page, "juror-home")

    keyboard_to(page, "el.tagName === 'A' && el.textContent.includes('Briefing pack')")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    pack_path = urlsplit(page.url).path
    assert page.locator("h1").inner_text().startswith("Briefing pack")
    assert_accessible(page, "pack-overview")

    # The contents: the second section, reached with Tab and opened with Enter.
    second = page.locator(".app-pack-contents__list li").nth(1).locator("a")
    heading = second.inner_text()
    keyboard_to(page, "el.closest('.app-pack-contents__list li:nth-child(2)') !== null")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("h1").inner_text() == heading
    assert_accessible(page, "pack-section")

    # Back on the overview, that section now shows as opened.
    page.goto(site.url + pack_path)
    assert "Opened" in page.locator(".app-pack-contents__list li").nth(1).inner_text()

    for path, name in (("all/", "pack-whole"), ("versions/", "pack-versions")):
        response = page.goto(site.url + pack_path + path)
        assert response.status == 200
        assert_accessible(page, name)

    # Larger text, chosen with the keyboard, scales the page's text.
    page.goto(site.url + pack_path)
    before = page.evaluate("() => parseFloat(getComputedStyle(document.body).fontSize)")
    keyboard_to(page, "el.tagName === 'BUTTON' && el.textContent.includes('Larger text')")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    after = page.evaluate("() => parseFloat(getComputedStyle(document.body).fontSize)")
    assert after > before
    assert_accessible(page, "pack-large-text")


def test_pack_fits_320_pixels(browser, site):
    context = browser.new_context(viewport={"width": 320, "height": 800})
    page = context.new_page()
    page.goto(site.url + sign_in_path(site))
    with page.expect_navigation():
        page.get_by_role("button", name="Sign in").click()
    page.get_by_role("link", name="Briefing pack").first.click()
    page.wait_for_load_state()
    pack_path = urlsplit(page.url).path
    for path in ("", "all/"):
        page.goto(site.url + pack_path + path)
        widths = page.evaluate(
            "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
        )
        wide = page.evaluate(
            """() => [...document.querySelectorAll('main *')]
                .filter(el => el.getBoundingClientRect().right > innerWidth)
                .slice(0, 5).map(el => el.tagName + '.' + el.className)"""
        )
        assert widths[0] <= widths[1], f"{path}: {widths[0]}px wide in {widths[1]}px: {wide}"
    context.close()


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_juror_pages_in_other_languages_have_no_axe_violations(page, site, language):
    """The sign-in pages, the juror's home and their pack (the demo's Welsh and Urdu
    translations; in Polish the English pack in the Polish interface)."""
    pack = site.localized[language]["BriefingPackPage"]
    for path, status, name in (
        (f"/{language}/jurors/sign-in/", 200, "juror-request-link"),
        (pack, 403, "pack-for-the-jury-only"),
        (f"/{language}/jurors/sign-in/not-a-real-token/", 410, "juror-link-unusable"),
    ):
        response = page.goto(site.url + path)
        assert response.status == status, path
        assert page.evaluate("document.documentElement.lang") == language
        assert_accessible(page, f"{language}-{name}")

    page.goto(f"{site.url}/{language}{sign_in_path(site)}")
    assert_accessible(page, f"{language}-juror-sign-in")
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    assert urlsplit(page.url).path == f"/{language}/jurors/"
    assert_accessible(page, f"{language}-juror-home")
    for path, name in (
        ("", "pack-overview"),
        ("all/", "pack-whole"),
        ("versions/", "pack-versions"),
    ):
        response = page.goto(site.url + pack + path)
        assert response.status == 200, pack + path
        expected_dir = "rtl" if language in RIGHT_TO_LEFT else "ltr"
        assert page.evaluate("document.documentElement.dir") == expected_dir
        assert_accessible(page, f"{language}-{name}")
