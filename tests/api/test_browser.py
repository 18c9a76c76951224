"""The web chat page in Debian's chromium (Playwright), against `tradebot serve`.

The store is ingested with the real embedding model (the one `tradebot serve` uses).
Screenshots are saved under test-artifacts/ (gitignored).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from ingest import IngestSettings, ingest_paths
from tests.api.conftest import PAGE_HEADERS, ROOT, SAMPLES, TABLES, serving
from vectorstore.settings import StoreSettings
from vectorstore.store import open_store

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "test-artifacts"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed"),
]

NARNIA = (
    "period,flow,partner,yoy_pct\n"
    "2026-02,total exports,Narnia,12.5\n"
    "2026-02,total exports,Atlantis,-3.0\n"
    "2026-03,total exports,Narnia,20.0\n"
    "2026-03,total exports,Atlantis,4.5\n"
)

if CHROMIUM.exists():
    from playwright.sync_api import Browser, Locator, Page, expect, sync_playwright


@pytest.fixture(scope="module")
def real_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("browser") / "store"
    store = open_store(StoreSettings(store=directory))
    try:
        report = ingest_paths([SAMPLES / "articles", TABLES], store, IngestSettings())
    finally:
        store.close()
    assert report.ok, report.failed
    return directory


@pytest.fixture
def store(real_store: Path, tmp_path: Path) -> Path:
    """A copy of the ingested store for one test, which may change it."""
    copy = tmp_path / "store"
    shutil.copytree(real_store, copy)
    return copy


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield launched
        launched.close()


def shoot(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=False)


def ask(page: Page, question: str) -> None:
    """Type a question, send it, and wait until its streamed answer is complete."""
    done = page.locator(".message.assistant.complete").count()
    page.fill("#question", question)
    page.press("#question", "Enter")
    expect(page.locator(".message.assistant.complete")).to_have_count(done + 1, timeout=90_000)


def check_first_answer(page: Page) -> Locator:
    """A figure with formula and rows, and a citation that [1] opens."""
    ask(page, "How much did exports to Singapore grow in March 2026?")
    answer = page.locator(".message.assistant").last
    expect(answer.locator(".message-body")).to_contain_text("Singapore")
    expect(answer.locator(".figure-card").first).to_contain_text("125.0%")
    expect(answer.locator(".figure-formula").first).to_be_visible()
    expect(answer.locator(".figure-sources").first).to_contain_text("row")
    citation = answer.locator(".citation").first
    expect(citation).not_to_have_attribute("open", "")
    answer.locator("a.cite").first.click()
    expect(citation).to_have_attribute("open", "")
    expect(citation.locator(".cite-quote")).to_contain_text("Singapore")
    citation.scroll_into_view_if_needed()
    shoot(page, "02-answer-with-citation")
    return answer


def check_source_rows(page: Page, answer: Locator) -> None:
    """'View table' on a figure shows the one source row it comes from."""
    answer.locator(".figure-card .link-button").first.click()
    dialog = page.locator("#table-dialog")
    expect(dialog).to_be_visible()
    expect(dialog.locator("tbody tr")).to_have_count(1)
    expect(dialog.locator("tbody")).to_contain_text("Singapore")
    expect(dialog.locator("tbody")).to_contain_text("125")
    shoot(page, "02b-table")
    dialog.get_by_role("button", name="Close").click()
    expect(dialog).to_be_hidden()


def check_upload(page: Page, folder: Path) -> None:
    """An uploaded CSV appears among the sources and can be asked about."""
    upload = folder / "narnia_trade.csv"
    upload.write_text(NARNIA)
    page.set_input_files("#upload-input", str(upload))
    expect(page.locator("#source-list")).to_contain_text("narnia", ignore_case=True, timeout=90_000)
    ask(page, "How much did exports to Narnia grow in March 2026?")
    narnia = page.locator(".message.assistant").last
    expect(narnia.locator(".figure-card").first).to_contain_text("20.0%")


def check_chart(page: Page) -> None:
    """A trend question in a new conversation gets a drawn chart."""
    page.click("#new-chat")
    expect(page.locator(".message")).to_have_count(0)
    ask(page, "Show the trend of total exports over 2025")
    chart = page.locator(".message.assistant").last.locator(".chart img")
    expect(chart).to_be_visible()
    assert chart.evaluate("img => img.naturalWidth") > 100
    page.locator(".message.user").last.evaluate("node => node.scrollIntoView()")
    shoot(page, "03-chart")


def test_ask_follow_up_upload_and_chart(browser: Browser, store: Path, tmp_path: Path) -> None:
    with serving(store, tmp_path / "serve.log") as base:
        page = browser.new_page(viewport={"width": 1360, "height": 900})
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.goto(base)
        expect(page.locator(".example").first).to_be_visible()
        expect(page.locator("#source-list .source")).to_have_count(4)
        shoot(page, "01-empty")

        answer = check_first_answer(page)
        check_source_rows(page, answer)
        ask(page, "And Malaysia?")
        expect(page.locator(".message.assistant").last).to_contain_text("Malaysia")
        expect(page.locator(".message.user")).to_have_count(2)
        check_upload(page, tmp_path)
        check_chart(page)
        assert errors == []


def test_a_trend_answer_shows_its_table_chart_and_figure_details(
    browser: Browser, store: Path, tmp_path: Path
) -> None:
    """The 12-month answer: lead, chart under it, a table of the months, a short
    "How this was computed", and the row attributes only in the figure cards' Details."""
    with serving(store, tmp_path / "serve.log") as base:
        page = browser.new_page(viewport={"width": 1360, "height": 1000})
        page.goto(base)
        ask(page, "How did exports change month by month in 2025?")
        answer = page.locator(".message.assistant").last
        body = answer.locator(".message-body")
        expect(body.locator("p").first).to_contain_text("Total exports went from 0.1%")
        expect(body.locator("table tbody tr")).to_have_count(12)
        expect(body.locator("table thead")).to_contain_text("Period")
        expect(answer.locator(".chart img")).to_be_visible()
        assert "source_kind" not in body.inner_text()
        expect(body).to_contain_text("rows 15–26")
        shoot(page, "04-table-and-chart")
        page.locator(".message.user").last.evaluate("node => node.scrollIntoView()")
        shoot(page, "04a-lead-chart-table")  # the README's screenshot (docs/assets/web-chat.png)
        figures = answer.locator(".figures")
        figures.locator("summary").first.click()
        card = answer.locator(".figure-card").first
        expect(card.locator(".figure-sources")).to_contain_text("row 15")
        details = card.locator(".figure-details")
        details.locator("summary").click()
        expect(details).to_contain_text("source_kind: news")
        expect(answer.locator(".figure-card")).to_have_count(13)
        card.scroll_into_view_if_needed()
        shoot(page, "05-figure-details")


def test_the_page_keeps_a_conversation_across_reloads(
    browser: Browser, store: Path, tmp_path: Path
) -> None:
    with serving(store, tmp_path / "serve.log") as base:
        page = browser.new_page()
        page.goto(base)
        ask(page, "Which markets drove the growth of exports in January 2026?")
        page.reload()
        expect(page.locator(".message.user")).to_have_count(1)
        expect(page.locator(".message.assistant .chart img")).to_be_visible()
        expect(page.locator("#conversation-list li.active")).to_have_count(1)
        active = page.locator("#conversation-list li.active")
        active.hover()
        active.locator(".conversation-remove").click()
        expect(page.locator("#conversation-list")).to_contain_text("No conversations yet.")
        expect(page.locator(".message")).to_have_count(0)


def test_a_conversation_deleted_elsewhere_is_not_continued(
    browser: Browser, store: Path, tmp_path: Path
) -> None:
    with serving(store, tmp_path / "serve.log") as base:
        page = browser.new_page()
        page.goto(base)
        ask(page, "How much did exports to Singapore grow in March 2026?")
        cid = page.evaluate("localStorage.getItem('tradebot.conversation')")
        assert (
            httpx.delete(f"{base}/api/conversations/{cid}", headers=PAGE_HEADERS).status_code == 200
        )

        ask(page, "And Malaysia?")
        refused = page.locator(".message.assistant").last
        expect(refused.locator(".error")).to_contain_text("no longer on the server")
        assert page.evaluate("localStorage.getItem('tradebot.conversation')") is None

        ask(page, "How much did exports to Singapore grow in March 2026?")
        fresh_answer = page.locator(".message.assistant").last
        expect(fresh_answer.locator(".figure-card").first).to_contain_text("125.0%")
        fresh = page.evaluate("localStorage.getItem('tradebot.conversation')")
        assert fresh
        assert fresh != cid


MARKDOWN_CASES = [
    ("<img src=x onerror=alert(1)>", ["&lt;img src=x onerror=alert(1)&gt;"], ["<img"]),
    ("**bold** and *soft*", ["<strong>bold</strong>", "<em>soft</em>"], []),
    ("[a](javascript:alert(1))", [], ['href="javascript']),
    (
        '[ok](https://example.org/x?a=1&b="2")',
        ['href="https://example.org/x?a=1&amp;b=&quot;2&quot;"'],
        [],
    ),
    ("<https://example.org/r>", ['<a href="https://example.org/r"'], []),
    ("Rose 18.5% [2].", ['data-cite="2"'], []),
    ("## Heading", ["<h4>Heading</h4>"], []),
    ("- one\n- two", ["<ul><li>one</li><li>two</li></ul>"], []),
    ("1. one\n2. two", ["<ol><li>one</li><li>two</li></ol>"], []),
    ("> quoted <b>", ["<blockquote><p>quoted &lt;b&gt;</p></blockquote>"], ["<b>"]),
    (  # a quoted passage is inert: its links stay text, only the answer's [n] is a reference
        "> See [the story](https://evil.example/a), <https://evil.example/b>\n> and **this** [3]",
        ["[the story](https://evil.example/a)", "&lt;https://evil.example/b&gt;", "**this**"],
        ['href="https', "<strong>"],
    ),
    ("> Rose [2]", ['<p>Rose <a href="#" class="cite" data-cite="2">[2]</a></p>'], []),
    ("`<code>`", ["<code>&lt;code&gt;</code>"], []),
    ("```\n<script>x</script>\n```", ["<pre><code>&lt;script&gt;"], ["<script>"]),
    (
        "| a | b |\n|---|--:|\n| <i>1</i> | 2 |",
        ["<table>", '<td class="align-right">2</td>'],
        ["<i>"],
    ),
]


def test_markdown_rendering_is_safe_and_complete(browser: Browser) -> None:
    page = browser.new_page()
    page.add_script_tag(path=str(ROOT / "api" / "static" / "markdown.js"))
    for text, present, absent in MARKDOWN_CASES:
        html = page.evaluate("text => TradeMarkdown.render(text)", text)
        for part in present:
            assert part in html, (text, html)
        for part in absent:
            assert part not in html, (text, html)
    page.close()


def test_the_page_asks_for_the_api_key_and_shows_errors(
    browser: Browser, store: Path, tmp_path: Path
) -> None:
    key = "browser-key-123456"
    env = {"TRADEBOT_API_KEY": key, "TRADEBOT_MAX_MESSAGE_CHARS": "1000"}
    with serving(store, tmp_path / "serve.log", env=env) as base:
        page = browser.new_page()
        page.goto(base)
        dialog = page.locator("#key-dialog")
        expect(dialog).to_be_visible()
        page.fill("#key-input", key)
        dialog.get_by_role("button", name="Save").click()
        expect(page.locator("#source-list .source")).to_have_count(4)
        assert page.evaluate("localStorage.getItem('tradebot.apiKey')") == key
        ask(page, "How much did exports grow? " * 50)  # over TRADEBOT_MAX_MESSAGE_CHARS
        expect(page.locator(".message.assistant .error")).to_be_visible()


def test_the_api_docs_work_offline(browser: Browser, store: Path, tmp_path: Path) -> None:
    with serving(store, tmp_path / "serve.log") as base:
        page = browser.new_page()
        outside: list[str] = []
        page.on(
            "request",
            lambda r: outside.append(r.url) if not r.url.startswith((base, "data:")) else None,
        )
        page.goto(f"{base}/docs")
        expect(page.locator(".swagger-ui .info .title")).to_contain_text("Trade insights")
        expect(page.locator(".opblock-summary-path").first).to_be_visible()
    assert outside == []


def test_an_empty_store_invites_an_upload_then_offers_examples(
    browser: Browser, tmp_path: Path
) -> None:
    with serving(tmp_path / "empty", tmp_path / "serve.log") as base:
        page = browser.new_page()
        page.goto(base)
        expect(page.locator(".examples-empty")).to_be_visible()
        upload = tmp_path / "narnia_trade.csv"
        upload.write_text(NARNIA)
        page.set_input_files("#upload-input", str(upload))
        example = page.locator(".example").first
        expect(example).to_contain_text("Narnia", timeout=90_000)
        example.click()
        answer = page.locator(".message.assistant.complete")
        expect(answer).to_have_count(1, timeout=90_000)
        expect(answer.locator(".figure-card").first).to_contain_text("20.0%")
        shoot(page, "04-uploaded-table")
