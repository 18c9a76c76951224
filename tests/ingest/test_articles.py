"""Articles of every format read into clean text with their metadata."""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF

from ingest import IngestError, load_article

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "articles"
SAMPLE_ARTICLE = SAMPLE / "hk-exports-q1-2026-peoples-daily.txt"

PAGE = """<!doctype html>
<html><head>
<title>Exports jump in March | Trade Daily</title>
<meta property="og:title" content="Hong Kong exports jump 18% in March">
<meta property="article:published_time" content="2026-04-27T16:30:00+08:00">
<meta property="og:site_name" content="Trade Daily">
<link rel="canonical" href="https://tradedaily.example/hk-exports-march">
<style>body { color: red; }</style>
<script>var tracking = "Exports fell 99% in March.";</script>
</head><body>
<header class="site-header"><a href="/">Trade Daily</a> <nav><a href="/world">World</a>
<a href="/markets">Markets</a></nav></header>
<div id="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div>
<main><article>
<h1>Hong Kong exports jump 18% in March</h1>
<p class="byline">By A. Reporter <time datetime="2026-04-27">27 April 2026</time></p>
<p>Hong Kong's total exports rose 18.1% year on year in March, the
<b>Census and Statistics Department</b> said on Monday.</p>
<!-- <p>Exports fell 42% in a draft.</p> -->
<p>Exports to Singapore more than doubled. Imports grew 20.5%.</p>
<div class="share-buttons"><a>Share on Facebook</a><a>Share on X</a></div>
<aside><h3>Related stories</h3><p>Exports slump 30% in 2009</p></aside>
<table><tr><th>Market</th><th>Change</th></tr><tr><td>Singapore</td><td>125%</td></tr></table>
</article>
<section id="comments"><h3>Leave a Reply</h3><form><textarea></textarea></form>
<p>Great article, exports fell 12% though.</p></section>
</main>
<footer><p>Copyright 2026 Trade Daily. All rights reserved.</p></footer>
</body></html>
"""


def test_the_sample_article_loses_its_page_furniture() -> None:
    article = load_article(SAMPLE_ARTICLE)
    assert "Scroll to Top" not in article.text
    assert "Leave a Comment" not in article.text
    assert "Your email address will not be published" not in article.text
    assert "People's Daily English language App" not in article.text
    assert "News source" not in article.text
    assert (
        "Exports to Asia rose by 37.8%, but the hyper-growth in specific markets—such as the "
        "125% spike in exports to Singapore and over 60% growth in Malaysia and Thailand—points "
        "toward a deep integration of Southeast Asian manufacturing hubs."
    ) in article.text
    assert "According to recent insights from People’s Daily" in article.text


def test_the_sample_article_keeps_its_title_and_source_url() -> None:
    article = load_article(SAMPLE_ARTICLE)
    assert article.title is not None
    assert article.title.startswith("Resilience and High-Tech Synergy")
    assert article.url == "https://peoplesdaily.pdnews.cn/business/er/30052021465"
    assert article.publisher == "peoplesdaily.pdnews.cn"
    assert article.source == SAMPLE_ARTICLE.as_posix()


def test_plain_text_without_a_headline_has_no_title(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("Exports rose 5% in May. Imports rose 3%.\n", encoding="utf-8")
    article = load_article(path)
    assert article.title is None
    assert article.text == "Exports rose 5% in May. Imports rose 3%."


def test_plain_text_in_windows_1252_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(
        "Trade report\n\nExports rose 5% \u2013 a \u201cgood\u201d month.\n".encode("cp1252")
    )
    article = load_article(path)
    assert "Exports rose 5% \u2013 a \u201cgood\u201d month." in article.text


def test_plain_text_with_a_byte_order_mark_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffTrade report\n\nExports rose.\n".encode())
    article = load_article(path)
    assert article.title == "Trade report"


def test_hard_wrapped_text_is_joined_into_sentences(tmp_path: Path) -> None:
    path = tmp_path / "wrapped.txt"
    path.write_text(
        "Monthly trade\n\n"
        "Hong Kong's total exports rose by 12.4% in value over a year earlier,\n"
        "while imports of goods went up by 14.1% to reach HK$401.2 billion in\n"
        "the month, the department said.\n",
        encoding="utf-8",
    )
    text = load_article(path).text
    assert (
        "Hong Kong's total exports rose by 12.4% in value over a year earlier, while imports of "
        "goods went up by 14.1% to reach HK$401.2 billion in the month, the department said."
    ) in text


def test_undecodable_bytes_are_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "binary.txt"
    path.write_bytes(b"\x00\x81\x8d\x90garbage")
    with pytest.raises(IngestError, match="binary"):
        load_article(path)


def test_an_empty_article_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("Scroll to Top\n\nLeave a Comment\n", encoding="utf-8")
    with pytest.raises(IngestError, match="no article text"):
        load_article(path)


def test_html_keeps_the_article_and_drops_the_page_around_it(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    article = load_article(path)
    text = article.text
    assert (
        "Hong Kong's total exports rose 18.1% year on year in March, the Census and "
        "Statistics Department said on Monday." in text
    )
    assert "Exports to Singapore more than doubled. Imports grew 20.5%." in text
    assert "Singapore | 125%" in text
    for junk in (
        "tracking",
        "99%",
        "42%",
        "Markets",
        "cookies",
        "Share on",
        "2009",
        "12% though",
        "Leave a Reply",
        "All rights reserved",
        "color: red",
    ):
        assert junk not in text, junk


def test_html_metadata_comes_from_the_head(tmp_path: Path) -> None:
    path = tmp_path / "page.htm"
    path.write_text(PAGE, encoding="utf-8")
    article = load_article(path)
    assert article.title == "Hong Kong exports jump 18% in March"
    assert article.date == "2026-04-27"
    assert article.url == "https://tradedaily.example/hk-exports-march"
    assert article.publisher == "Trade Daily"


def test_html_without_article_or_metadata_uses_body_h1_and_time(tmp_path: Path) -> None:
    path = tmp_path / "bare.html"
    path.write_text(
        "<html><body><nav>Home News</nav><h1>Trade slows</h1>"
        "<p>Posted <time datetime='2025-11-25T09:00'>today</time></p>"
        "<div class='sidebar-widget'>Popular: exports up 300%</div>"
        "<p>Exports fell 2.1% in October.</p></body></html>",
        encoding="utf-8",
    )
    article = load_article(path)
    assert article.title == "Trade slows"
    assert article.date == "2025-11-25"
    assert "Exports fell 2.1% in October." in article.text
    assert "300%" not in article.text
    assert "Home News" not in article.text


def test_markdown_front_matter_gives_the_metadata(tmp_path: Path) -> None:
    path = tmp_path / "news.md"
    path.write_text(
        "---\n"
        "title: Hong Kong posts 40.8% export surge\n"
        "date: 2026-06-29\n"
        "url: https://news.example/hk-surge\n"
        "publisher: Example News\n"
        "---\n\n"
        "# Hong Kong posts 40.8% export surge\n\n"
        "Exports rose **40.8%** in May, driven by [AI servers](https://x.example). "
        "Imports rose 35%.\n\n"
        "- Asia: up 45%\n- Europe: up 10%\n\n"
        "Share this:\n",
        encoding="utf-8",
    )
    article = load_article(path)
    assert article.title == "Hong Kong posts 40.8% export surge"
    assert article.date == "2026-06-29"
    assert article.url == "https://news.example/hk-surge"
    assert article.publisher == "Example News"
    assert "Exports rose 40.8% in May, driven by AI servers. Imports rose 35%." in article.text
    assert "Asia: up 45%\nEurope: up 10%" in article.text
    assert "**" not in article.text
    assert "https://x.example" not in article.text
    assert "Share this" not in article.text


def test_markdown_without_front_matter_takes_the_first_heading(tmp_path: Path) -> None:
    path = tmp_path / "plain.md"
    path.write_text("# Exports in brief\n\nExports rose 3% in June.\n", encoding="utf-8")
    article = load_article(path)
    assert article.title == "Exports in brief"
    assert article.date is None


def test_markdown_with_broken_front_matter_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.md"
    path.write_text("---\ntitle: [unclosed\n---\nText.\n", encoding="utf-8")
    with pytest.raises(IngestError, match="front matter"):
        load_article(path)


def _pdf(
    path: Path, pages: list[list[str]], *, title: str | None = None, header: bool = True
) -> None:
    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    if title:
        pdf.set_title(title)
    for lines in pages:
        pdf.add_page()
        if header:
            pdf.cell(0, 8, "Trade Monthly - page header", new_x="LMARGIN", new_y="NEXT")
        for line in lines:
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def test_pdf_text_layer_is_read_into_whole_sentences(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    long_sentence = (
        "Hong Kong's total exports of goods rose by 16.1% year on year in September 2025, "
        "while imports of goods increased by 13.6%, leaving a visible trade deficit of "
        "HK$50.2 billion in the month according to the department."
    )
    _pdf(
        path,
        [
            ["Exports surge in September", long_sentence],
            ["Exports to Asia rose 20%."],
            ["Imports from Vietnam rose 30%."],
        ],
        title="September trade",
    )
    article = load_article(path)
    assert article.title == "September trade"
    assert long_sentence in article.text
    assert "Exports to Asia rose 20%." in article.text
    assert "page header" not in article.text


def test_pdf_title_falls_back_to_the_first_line(tmp_path: Path) -> None:
    path = tmp_path / "untitled.pdf"
    _pdf(path, [["Quarterly trade review", "Exports rose 3% in the quarter."]], header=False)
    article = load_article(path)
    assert article.title == "Quarterly trade review"
    assert "Exports rose 3% in the quarter." in article.text


def test_pdf_without_a_text_layer_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")
    pdf.output(str(path))
    with pytest.raises(IngestError, match=r"no text layer \(scanned PDF\?\)"):
        load_article(path)


def test_a_corrupt_pdf_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "corrupt.pdf"
    path.write_bytes(b"%PDF-1.7\n this is not really a pdf")
    with pytest.raises(IngestError, match="PDF"):
        load_article(path)


def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="cannot read"):
        load_article(tmp_path / "nowhere.txt")


def test_html_metadata_from_json_ld(tmp_path: Path) -> None:
    path = tmp_path / "ld.html"
    path.write_text(
        '<html><head><script type="application/ld+json">{"@context": "https://schema.org", '
        '"@graph": [{"@type": "WebSite", "name": "x"}, {"@type": "NewsArticle", '
        '"headline": "Exports rebound", "datePublished": "2025-10-27T08:00:00Z", '
        '"url": "https://news.example/rebound", "publisher": {"@type": "Organization", '
        '"name": "News Example"}}]}</script></head>'
        "<body><p>Exports rose 16.1% in September.</p></body></html>",
        encoding="utf-8",
    )
    article = load_article(path)
    assert article.title == "Exports rebound"
    assert article.date == "2025-10-27"
    assert article.url == "https://news.example/rebound"
    assert article.publisher == "News Example"
    assert article.text == "Exports rose 16.1% in September."


def test_html_in_its_declared_charset(tmp_path: Path) -> None:
    path = tmp_path / "gbk.html"
    page = '<html><head><meta charset="gbk"></head><body><p>出口上升16.1%。</p></body></html>'
    path.write_bytes(page.encode("gbk"))
    assert load_article(path).text == "出口上升16.1%。"


def test_a_web_page_saved_as_txt_is_read_as_html(tmp_path: Path) -> None:
    path = tmp_path / "saved.txt"
    path.write_text(PAGE, encoding="utf-8")
    article = load_article(path)
    assert article.title == "Hong Kong exports jump 18% in March"
    assert "<p>" not in article.text
    assert "tracking" not in article.text


def test_utf16_text_with_a_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "unicode.txt"
    path.write_bytes("Trade note\n\nExports rose 3%.\n".encode("utf-16"))
    assert load_article(path).text == "Trade note\n\nExports rose 3%."


def test_a_date_line_near_the_top_gives_the_date(tmp_path: Path) -> None:
    path = tmp_path / "dated.txt"
    path.write_text(
        "Exports rise again\nPublished: 28 May 2024\nBy Xinhua | Updated: May 28, 2024\n\n"
        "On 2024-01-01 the rules changed. Exports rose 3%.\n",
        encoding="utf-8",
    )
    article = load_article(path)
    assert article.date == "2024-05-28"
    assert "Published" not in article.text
    assert "By Xinhua | Updated: May 28, 2024" in article.text
    assert "On 2024-01-01 the rules changed." in article.text


def test_bullet_lists_are_not_joined(tmp_path: Path) -> None:
    path = tmp_path / "bullets.txt"
    path.write_text(
        "Key points\n\n- Exports to Singapore rose 125% year on year in March\n"
        "- Exports to Malaysia rose 60% year on year in March\n",
        encoding="utf-8",
    )
    text = load_article(path).text
    assert "in March\n- Exports to Malaysia" in text


def test_hard_wrapped_tails_are_joined_before_furniture_is_judged(tmp_path: Path) -> None:
    path = tmp_path / "tails.txt"
    path.write_text(
        "Trade in brief\n\n"
        "Total exports rose by 16.1% in September compared with the same month of\n"
        "2025. Officials welcomed the figures and invited the public to send their\n"
        "comments.\n\nScroll to Top\n",
        encoding="utf-8",
    )
    text = load_article(path).text
    assert (
        "Total exports rose by 16.1% in September compared with the same month of 2025. "
        "Officials welcomed the figures and invited the public to send their comments."
    ) in text
    assert "Scroll to Top" not in text


def test_pdf_page_numbers_and_footers_are_removed_but_sentences_kept(tmp_path: Path) -> None:
    path = tmp_path / "numbered.pdf"
    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    bodies = [
        "Exports to Singapore rose 125.0% in March.",
        "Exports to Malaysia rose 61.2% in March.",
        "Exports to Thailand rose 60.4% in March.",
    ]
    for number, body in enumerate(bodies, start=1):
        pdf.add_page()
        pdf.multi_cell(0, 6, body, new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(-20)
        pdf.cell(0, 5, f"Trade Bulletin | Page {number} of 3", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    text = load_article(path).text
    for body in bodies:
        assert body in text
    assert "Trade Bulletin" not in text


WORDPRESS = """<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8">
<title>Resilience and High-Tech Synergy &#8211; Guapas</title>
<meta property="og:title" content="Resilience and High-Tech Synergy">
<meta property="article:published_time" content="2026-04-23T10:00:00+00:00">
</head>
<body class="post-template-default single single-post has-sidebar elementor-default">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div id="page" class="site"><header id="masthead" class="site-header"><div class="menu-main">
<ul id="primary-menu"><li><a>Home</a></li><li><a>Business</a></li></ul></div></header>
<div id="content" class="site-content"><div class="elementor elementor-123">
<div class="elementor-widget-container"><h1 class="entry-title">Resilience and High-Tech
Synergy</h1></div>
<div class="elementor-widget-container"><p>Exports to Asia rose by 37.8%, but the
hyper-growth in specific markets&mdash;such as the 125% spike in exports to Singapore&mdash;points
toward a deep integration of Southeast Asian manufacturing hubs.</p></div>
<div class="elementor-widget-container"><p>People's Daily English language App</p>
<p>While the numbers are impressive, the sustainability of this growth depends on managing
external risks.</p></div>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3>
<ul><li><a>Click to share on Facebook (Opens in new window)</a></li></ul></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3>Related</h3>
<p>Exports slump 40% in 2009</p></div>
<footer class="entry-footer"><span class="cat-links">Posted in Business</span></footer>
</div>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3>
<p class="comment-notes">Your email address will not be published. Required fields are
marked *</p></div></div>
</div>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries">
<h2>Recent Posts</h2><ul><li>Imports fall 90%</li></ul></section></aside>
<footer class="site-footer"><a href="#" class="scroll-to-top">Scroll to Top</a></footer>
</div></body></html>"""


def test_a_wordpress_page_keeps_only_the_article(tmp_path: Path) -> None:
    path = tmp_path / "wp.html"
    path.write_text(WORDPRESS, encoding="utf-8")
    article = load_article(path)
    assert article.title == "Resilience and High-Tech Synergy"
    assert article.date == "2026-04-23"
    assert article.text == (
        "Resilience and High-Tech Synergy\n\n"
        "Exports to Asia rose by 37.8%, but the hyper-growth in specific markets—such as the "
        "125% spike in exports to Singapore—points toward a deep integration of Southeast Asian "
        "manufacturing hubs.\n\n"
        "While the numbers are impressive, the sustainability of this growth depends on "
        "managing external risks."
    )


def test_a_scraped_text_header_gives_title_url_date_and_publisher(tmp_path: Path) -> None:
    path = tmp_path / "scraped.txt"
    path.write_text(
        "Title: Hong Kong's September exports up 16.1%\n"
        "URL: https://www.bastillepost.com/global/article/5314452\n"
        "Date: 2025-10-27\n"
        "Source: Bastille Post\n\n"
        "Hong Kong's total exports rose 16.1% in September.\n",
        encoding="utf-8",
    )
    article = load_article(path)
    assert article.title == "Hong Kong's September exports up 16.1%"
    assert article.url == "https://www.bastillepost.com/global/article/5314452"
    assert article.date == "2025-10-27"
    assert article.publisher == "Bastille Post"
    assert (
        article.text
        == "Source: Bastille Post\n\nHong Kong's total exports rose 16.1% in September."
    )


def test_related_headlines_on_a_page_without_article_markup_are_dropped(tmp_path: Path) -> None:
    path = tmp_path / "portal.html"
    path.write_text(
        "<html><head><title>Exports up 11.9 pct</title></head><body>"
        "<div class='nav'><a>Home</a><a>Business</a></div><div class='content'>"
        "<h1>Exports up 11.9 pct</h1><p>Total exports rose 11.9 percent in April.</p>"
        "<div class='relevant'><h3>Related Stories</h3><ul><li>Exports up 0.2 pct</li>"
        "<li>Imports down 5 pct</li></ul></div></div>"
        "<div class='foot'><p>Copyright 2024 Portal. All rights reserved.</p></div></body></html>",
        encoding="utf-8",
    )
    text = load_article(path).text
    assert text == "Exports up 11.9 pct\n\nTotal exports rose 11.9 percent in April."


def test_blocks_made_of_links_are_dropped_but_paragraphs_with_links_kept(tmp_path: Path) -> None:
    path = tmp_path / "links.html"
    path.write_text(
        "<html><body><div class='story'>"
        "<p>Exports rose 5% in May, the <a href='https://x.example'>department</a> said.</p>"
        "<ul><li><a href='/a'>Exports slump 30% in 2009</a></li>"
        "<li><a href='/b'>Imports jump 80%</a></li></ul>"
        "<p><a href='/c'>READ MORE: Trade deficit hits HK$90 bn</a></p>"
        "<p>Imports rose 3%.</p></div></body></html>",
        encoding="utf-8",
    )
    text = load_article(path).text
    assert text == "Exports rose 5% in May, the department said.\n\nImports rose 3%."


def test_the_headline_is_found_below_a_menu(tmp_path: Path) -> None:
    path = tmp_path / "menu.txt"
    path.write_text(
        "Home\nNews\nBusiness\n\nHong Kong exports rise 16.1% in September\n\n"
        "Total exports rose 16.1% in September.\n",
        encoding="utf-8",
    )
    assert load_article(path).title == "Hong Kong exports rise 16.1% in September"


def test_rows_of_a_text_table_are_not_joined(tmp_path: Path) -> None:
    path = tmp_path / "release.txt"
    path.write_text(
        "Trade figures for March\n\n"
        "Total exports of goods (HK$ billion)                    480.2\n"
        "Imports of goods (HK$ billion)                          520.1\n"
        "Visible trade balance (HK$ billion)                     -39.9\n",
        encoding="utf-8",
    )
    text = load_article(path).text
    assert (
        "Total exports of goods (HK$ billion) 480.2\nImports of goods (HK$ billion) 520.1\n" in text
    )


def test_markdown_images_and_raw_html_leave_no_trace(tmp_path: Path) -> None:
    path = tmp_path / "raw.md"
    path.write_text(
        "---\ncanonical_url: https://example.org/a\npublished_at: 2026-06-29T08:00:00Z\n---\n\n"
        "![Chart of exports up 99%](chart.png)\n\n"
        "Exports rose 40.8% in May.\n\n<script>alert('exports fell 50%')</script>\n",
        encoding="utf-8",
    )
    article = load_article(path)
    assert article.text == "Exports rose 40.8% in May."
    assert article.url == "https://example.org/a"
    assert article.date == "2026-06-29"


def test_a_title_tag_loses_the_site_name(tmp_path: Path) -> None:
    path = tmp_path / "titled.html"
    path.write_text(
        "<html><head><title>Hong Kong's exports up 11.9 pct in April - People's Daily Online"
        "</title></head><body><p>Exports rose 11.9 percent.</p></body></html>",
        encoding="utf-8",
    )
    assert load_article(path).title == "Hong Kong's exports up 11.9 pct in April"


def test_an_undated_article_takes_the_date_its_url_spells(tmp_path: Path) -> None:
    path = tmp_path / "xinhua.txt"
    path.write_text(
        "Hong Kong's exports up 11.9 pct in April\n\nExports rose 11.9 percent.\n\n"
        "Source: http://en.people.cn/n3/2024/0528/c90000-20174802.html\n",
        encoding="utf-8",
    )
    assert load_article(path).date == "2024-05-28"
    assert load_article(SAMPLE_ARTICLE).date is None


def test_xhtml_with_an_xml_declaration_is_read_without_warnings(tmp_path: Path) -> None:
    path = tmp_path / "page.xhtml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'
        "<head><title>Trade note</title></head><body><p>Exports rose 2%.</p></body></html>",
        encoding="utf-8",
    )
    assert load_article(path).text == "Exports rose 2%."


def test_teaser_cards_in_article_tags_do_not_hide_the_story(tmp_path: Path) -> None:
    story = " ".join(f"Exports to market {i} rose {i}.5% in March." for i in range(40))
    path = tmp_path / "cards.html"
    path.write_text(
        f"<html><body><div class='story'><h1>Exports surge</h1><p>{story}</p></div>"
        "<div class='more'><article><a href='/x'>Imports fall 9%</a> Short teaser.</article>"
        "</div></body></html>",
        encoding="utf-8",
    )
    text = load_article(path).text
    assert story in text
    assert "Imports fall 9%" not in text


def test_pdf_rows_with_different_figures_at_page_tops_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "rows.pdf"
    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    rows = ["Total exports 480.2", "Total exports 512.3", "Total exports 455.9"]
    for row in rows:
        pdf.add_page()
        pdf.cell(0, 6, row, new_x="LMARGIN", new_y="NEXT")
        pdf.multi_cell(0, 6, "The department published the monthly figures.")
    pdf.output(str(path))
    text = load_article(path).text
    for row in rows:
        assert row in text


def test_double_line_breaks_separate_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "release.htm"
    path.write_text(
        "<html><body><span id='pressrelease'>Exports rose 16.1%.<br>Imports rose 13.6%."
        "<br><br>The trade deficit was HK$50.2 billion.</span></body></html>",
        encoding="utf-8",
    )
    assert load_article(path).text == (
        "Exports rose 16.1%.\nImports rose 13.6%.\n\nThe trade deficit was HK$50.2 billion."
    )
