"""axe-core finds no WCAG 2.1 A or AA violation on any page type, language or width."""

import pytest

from .conftest import AXE_JS, DESKTOP, LOCALES, PAGE_TYPES, PHONE

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
RUN_AXE = """tags => axe.run(document, {runOnly: {type: "tag", values: tags}}).then(
    results => results.violations.map(v => ({
        id: v.id,
        help: v.help,
        nodes: v.nodes.map(n => n.target.join(" ") + ": " + n.failureSummary),
    }))
)"""


def axe_violations(page):
    # Evaluated through the DevTools protocol, not added as a <script>: the site's
    # Content-Security-Policy (no inline script) stays in force while axe runs.
    page.evaluate(AXE_JS.read_text())
    return page.evaluate(RUN_AXE, WCAG_21_AA)


@pytest.mark.parametrize("width", [PHONE, DESKTOP])
@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("page_type", [*PAGE_TYPES, "search"])
def test_no_wcag_violations(viewports, example_site, page_type, locale, width):
    url = example_site.url(page_type, locale)
    page = viewports[width].new_page()
    try:
        response = page.goto(url)
        assert response.status == 200, url
        violations = axe_violations(page)
    finally:
        page.close()

    assert violations == [], f"{url} at {width}px: {violations}"


def test_the_check_catches_a_photo_without_alt_text_and_a_page_without_language(desktop):
    desktop.set_content("<!DOCTYPE html><title>x</title><main><img src='a.jpg'></main>")

    found = {violation["id"] for violation in axe_violations(desktop)}

    assert {"image-alt", "html-has-lang"} <= found
