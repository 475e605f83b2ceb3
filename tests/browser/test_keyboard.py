"""Keyboard only: skip link, menu, language switcher, lightbox, search filters, pagination.

After every key press the focused element must be a real control (not the
page body: focus never lost) with a visible focus indicator.
"""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

FOCUS_STATE = """() => {
    const element = document.activeElement;
    if (!element || element === document.body) return {lost: true};
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return {
        lost: false,
        text: (element.innerText || element.value || "").trim(),
        href: element.getAttribute("href") || "",
        tag: element.tagName.toLowerCase(),
        ring: (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2)
            || style.boxShadow !== "none",
        onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0,
    };
}"""


def focused(page):
    state = page.evaluate(FOCUS_STATE)
    assert not state["lost"], "focus was lost to the page body"
    assert state["ring"], f"no visible focus ring on {state}"
    assert state["onScreen"], f"the focused element is off screen: {state}"
    return state


def tab_to(page, predicate, limit=80):
    """Press Tab until ``predicate(state)``; every stop on the way must show its focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        state = focused(page)
        if predicate(state):
            return state
    raise AssertionError("never reached the control with the keyboard")


def test_skip_link_is_first_and_moves_focus_to_the_content(desktop, example_site):
    desktop.goto(example_site.url("home.NetworkHomePage", "pl"))

    desktop.keyboard.press("Tab")
    state = focused(desktop)
    assert state["href"] == "#main"
    desktop.keyboard.press("Enter")

    assert desktop.evaluate("document.activeElement.id") == "main"
    desktop.keyboard.press("Tab")
    focused(desktop)  # the next stop is inside the content, still visible


def test_main_navigation_reaches_every_menu_page(desktop, example_site):
    desktop.goto(example_site.url("home.NetworkHomePage", "pl"))

    tab_to(desktop, lambda s: s["href"].endswith("/nagrody/"))
    desktop.keyboard.press("Enter")

    desktop.wait_for_url("**/pl/nagrody/")
    assert desktop.locator("nav.main-nav [aria-current=page]").inner_text() == "Nagrody"


def test_language_switcher_leads_to_the_same_page_in_english(desktop, example_site):
    desktop.goto(example_site.url("awards.AwardStoryPage", "pl"))

    tab_to(desktop, lambda s: s["href"].startswith("/en/"))
    desktop.keyboard.press("Enter")

    desktop.wait_for_url("**/en/gops-domanice/zawsze-pomocni-2014/")
    assert desktop.locator("html").get_attribute("lang") == "en"


def test_gallery_lightbox_opens_moves_and_gives_focus_back(desktop, example_site):
    desktop.goto(example_site.url("awards.GalleryPage", "pl"))

    opener = tab_to(
        desktop,
        lambda s: (
            "gallery" in (s["href"] or "")
            or s["tag"] == "a"
            and desktop.evaluate("document.activeElement.matches('[data-lightbox-item]')")
        ),
    )
    desktop.keyboard.press("Enter")
    dialog = desktop.locator("dialog.lightbox")
    assert dialog.evaluate("d => d.open")
    assert desktop.evaluate("document.activeElement.closest('dialog') !== null")
    focused(desktop)
    desktop.keyboard.press("ArrowRight")
    assert "2" in desktop.locator("[data-lightbox-counter]").inner_text()
    # Shift+Tab: after the last control a native modal <dialog> hands focus to the
    # browser's own toolbar, never to the page behind it.
    desktop.keyboard.press("Shift+Tab")
    assert desktop.evaluate("document.activeElement.closest('dialog') !== null"), "focus escaped"
    focused(desktop)
    desktop.keyboard.press("Escape")

    assert not dialog.evaluate("d => d.open")
    back = focused(desktop)
    assert desktop.evaluate("document.activeElement.matches('[data-lightbox-item]')")
    assert back["href"] == opener["href"]  # the thumbnail that opened it


def test_search_with_a_filter_by_keyboard(desktop, example_site):
    desktop.goto(example_site.url("search", "pl"))

    tab_to(
        desktop,
        lambda s: (
            s["tag"] == "input" and desktop.evaluate("document.activeElement.id") == "search-page-q"
        ),
    )
    desktop.keyboard.type("nagroda")
    desktop.keyboard.press("Enter")
    desktop.wait_for_url("**q=nagroda*")
    tab_to(desktop, lambda s: "award=zawsze-pomocni" in s["href"])
    desktop.keyboard.press("Enter")

    desktop.wait_for_url("**award=zawsze-pomocni*")
    assert "q=nagroda" in desktop.url
    tab_to(desktop, lambda s: "Usuń filtr" in s["text"] or "Remove filter" in s["text"])


def test_pagination_by_keyboard(desktop, example_site):
    desktop.goto(example_site.url("awards.AwardIndexPage", "pl"))

    tab_to(desktop, lambda s: s["href"].endswith("page=2") and "Następna" in s["text"])
    desktop.keyboard.press("Enter")

    desktop.wait_for_url("**page=2")
    current = desktop.locator(".pagination [aria-current=page]").inner_text()
    assert current.strip().endswith("2")
