"""Page furniture goes; sentences that merely mention the same words stay."""

from __future__ import annotations

import pytest

from ingest import strip_furniture
from ingest.furniture import is_furniture


@pytest.mark.parametrize(
    "line",
    [
        "Leave a Comment",
        "Leave a Reply Cancel reply",
        "Your email address will not be published. Required fields are marked *",
        "Scroll to Top",
        "Back to top ↑",
        "Share this:",
        "Share on Facebook",
        "Click to share on Twitter (Opens in new window)",
        "Related posts",
        "You may also like",
        "Subscribe to our newsletter",
        "Sign up for our free daily newsletter",
        "Advertisement",
        "Read more",
        "Continue reading",
        "We use cookies to give you the best experience on our website. Accept",
        "People's Daily English language App",
        "Download the SCMP app",
        "Tags: trade, Hong Kong, exports",
        "Page 3 of 10",
        "© 2026 Trade Daily. All rights reserved.",
        "Save my name, email, and website in this browser for the next time I comment.",
        "***",
        "分享到：",
        "返回頂部",
        "相关新闻",
    ],
)
def test_furniture_lines_are_recognised(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Exports to Singapore rose 125% in March.",
        "Analysts share the view that exports will keep growing in 2026.",
        "Readers can leave a comment on the official website, the department said.",
        "The app economy lifted exports of smartphones by 12.5% in the quarter.",
        "Hong Kong's trade in the first quarter of 2026",
        "Related party trade accounted for 40% of re-exports, according to the report.",
        "出口上升3%。",
        "Read more about the methodology in the appendix, which explains how values are compiled.",
    ],
)
def test_sentences_are_not_furniture(line: str) -> None:
    assert not is_furniture(line)


def test_repeated_short_lines_are_kept_once() -> None:
    lines = ["Trade Weekly", "", "Exports rose.", "", "Trade Weekly", "", "Imports fell."]
    assert strip_furniture(lines) == ["Trade Weekly", "", "Exports rose.", "", "Imports fell."]


def test_blank_lines_do_not_pile_up_where_furniture_was() -> None:
    lines = ["Exports rose.", "", "Advertisement", "", "Imports fell.", "", "Scroll to Top", ""]
    assert strip_furniture(lines) == ["Exports rose.", "", "Imports fell."]


def test_repeated_long_sentences_are_kept() -> None:
    sentence = "Exports to the mainland rose by 20.1% year on year, the fastest in two years."
    assert strip_furniture([sentence, "", sentence]) == [sentence, "", sentence]


def test_headings_that_start_with_share_are_kept() -> None:
    assert not is_furniture("Share prices")
    assert not is_furniture("Share of exports by market")


@pytest.mark.parametrize("line", ["2025.", "comments.", "read more", "share this"])
def test_the_tail_of_a_wrapped_sentence_is_not_furniture(line: str) -> None:
    assert not is_furniture(line)


@pytest.mark.parametrize("line", ["12", "Page 3", "3 / 10", "- 4 -"])
def test_page_numbers_are_furniture(line: str) -> None:
    assert is_furniture(line)


def test_links_to_other_stories_after_a_related_heading_are_dropped() -> None:
    lines = [
        "Exports rose 11.9% in April.",
        "",
        "Related Stories",
        "",
        "Hong Kong's exports up 0.2 pct",
        "Imports slump 40% in 2009",
        "May 3, 2024",
        "",
        "The department will release May figures on 25 June.",
    ]
    assert strip_furniture(lines) == [
        "Exports rose 11.9% in April.",
        "",
        "The department will release May figures on 25 June.",
    ]


def test_a_real_heading_does_not_start_a_link_list() -> None:
    lines = ["Exports by market", "", "Exports to Asia rose 12%.", "Asia leads"]
    assert strip_furniture(lines) == lines


def test_repeated_lines_with_figures_are_kept() -> None:
    lines = ["Exports", "Singapore | 125.0", "", "Imports", "Singapore | 125.0"]
    assert strip_furniture(lines) == lines
