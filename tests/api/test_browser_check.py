"""The web page's "Check an article" action in Debian's chromium (Playwright), against the
real app served by uvicorn on 127.0.0.1 (sample store, hashing embedder)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.api.conftest import SAMPLES, live_server
from tests.api.test_browser import ARGS, CHROMIUM, shoot

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed"),
]

ARTICLE = SAMPLES / "articles" / "hk-exports-q1-2026-peoples-daily.txt"
WIRE = Path(__file__).resolve().parents[1] / "bot" / "check" / "articles" / "wire-2025-09.md"

if CHROMIUM.exists():
    from playwright.sync_api import Browser, Page, expect, sync_playwright


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield launched
        launched.close()


def check_pasted(page: Page) -> None:
    page.click("#check-button")
    expect(page.locator("#check-dialog")).to_be_visible()
    page.fill("#check-text", ARTICLE.read_text(encoding="utf-8"))
    page.click("#check-submit")
    report = page.locator(".check-report").last
    expect(report.locator("tbody tr")).to_have_count(8, timeout=30_000)
    expect(report.locator(".check-summary")).to_contain_text("Supported: 3")
    expect(report.locator(".check-summary")).to_contain_text("Ambiguous: 2")
    first = report.locator("tbody tr").first
    expect(first.locator(".verdict")).to_have_text("Supported")
    first.locator(".claim-figure summary").click()
    expect(first.locator(".figure-sources")).to_contain_text("row 28")
    expect(first.locator(".claim-note")).to_contain_text("not an official release")
    expect(report.locator(".check-downloads a")).to_have_count(3)
    with page.expect_download() as download:
        report.get_by_text("Download CSV").click()
    saved = Path(download.value.path())
    assert saved.read_text(encoding="utf-8").startswith("n,verdict,text,value,unit")
    shoot(page, "06-check-article")


def check_uploaded(page: Page) -> None:
    page.click("#check-button")
    page.set_input_files("#check-file", str(WIRE))
    page.click("#check-submit")
    report = page.locator(".check-report").last
    expect(report.locator(".check-title")).to_contain_text("Climb 16.1%", timeout=30_000)
    wrong = report.locator("tr.claim-contradicted")
    expect(wrong).to_have_count(1)
    expect(wrong).to_contain_text("72.6")
    expect(wrong.locator(".claim-note")).to_contain_text("27.6%")


def test_check_an_article_pasted_and_uploaded(browser: Browser, store_dir: Path) -> None:
    with live_server(store_dir) as base:
        page = browser.new_page(viewport={"width": 1360, "height": 900})
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.goto(base)
        check_pasted(page)
        check_uploaded(page)
        page.click("#check-button")
        page.fill("#check-text", "Nothing here but 3 May 2026.")
        page.click("#check-submit")
        expect(page.locator("#toast")).to_contain_text("states no figures")
        page.close()
        assert [e for e in errors if "422" not in e] == []
