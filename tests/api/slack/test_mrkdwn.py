"""Markdown becomes Slack mrkdwn, escaped, in blocks and messages within Slack's limits."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from api.slack.messages import (
    MAX_BLOCKS,
    MAX_MESSAGE_CHARS,
    render_answer,
    render_mrkdwn,
    render_provenance,
    split_sections,
)
from api.slack.mrkdwn import escape, link, to_mrkdwn, to_plain
from bot.records import Answer, Citation, Figure


def test_bold_headings_links_quotes_and_lists() -> None:
    markdown = (
        "## Exports to Singapore\n"
        "Exports grew **18.5%** in *January*, see [the release](https://example.org/a?b=1&c=2).\n"
        "> Exports rose sharply.\n"
        "- first point\n"
        "  - nested point\n"
        "~~wrong~~ and `code <x>`"
    )
    assert to_mrkdwn(markdown).split("\n") == [
        "*Exports to Singapore*",
        "Exports grew *18.5%* in _January_, see <https://example.org/a?b=1&amp;c=2|the release>.",
        ">Exports rose sharply.",
        "• first point",
        "    • nested point",
        "~wrong~ and `code &lt;x&gt;`",
    ]


def test_text_from_sources_cannot_ping_or_inject_links() -> None:
    hostile = "Beware <!channel> & <@U123> <#C1> and [click](https://evil.example|x) > 3"
    converted = to_mrkdwn(hostile)
    assert converted == (
        "Beware &lt;!channel&gt; &amp; &lt;@U123&gt; &lt;#C1&gt; and "
        "<https://evil.example%7Cx|click> &gt; 3"
    )


def test_links_inside_a_quoted_passage_stay_text() -> None:
    quote = (
        "> Read [the full story](https://evil.example/a) or <https://evil.example/b>\n"
        "> and <http://evil.example/c|click here> **now** [2]"
    )
    converted = to_mrkdwn(quote)
    assert converted.split("\n") == [
        ">Read [the full story](https://evil.example/a) or &lt;https://evil.example/b&gt;",
        ">and &lt;http://evil.example/c|click here&gt; **now** [2]",
    ]
    assert not re.search(r"<https?:", converted)


def test_link_refuses_other_schemes_and_pipes() -> None:
    assert link("javascript:alert(1)", "x") == "x"
    assert link("https://a.example/x", "a|b>c") == "<https://a.example/x|a¦b&gt;c>"
    assert link("https://a.example/<x>") == "<https://a.example/%3Cx%3E>"


def test_markdown_table_becomes_a_code_block() -> None:
    markdown = "| Market | Value |\n|---|---:|\n| Singapore | 455.5 |\n| Viet Nam | 12 |"
    assert to_mrkdwn(markdown) == "```\nMarket     Value\nSingapore  455.5\nViet Nam   12\n```"


def test_slack_text_back_to_plain_text() -> None:
    text = (
        "<@UBOT> exports to &lt;Singapore&gt; &amp; <#C1|trade> <https://x.example|here> <@U9|ann>"
    )
    assert to_plain(text, bot_user_id="UBOT") == "exports to <Singapore> & #trade here @ann"


def _long_answer() -> Answer:
    sentence = "Exports to <Singapore> & Viet Nam rose **18.5%** [1]. "
    paragraphs = [(sentence * 12).strip() for _ in range(32)]
    text = "\n\n".join(paragraphs)
    assert len(text) >= 20_000
    citation = Citation(
        id=1, source="a.md", quote="q", title="T <!here>", url="https://x.example/a"
    )
    return Answer(text=text, citations=(citation,))


def test_a_20000_character_answer_is_split_within_slacks_limits() -> None:
    answer = _long_answer()
    messages = render_answer(answer)
    assert len(messages) >= 2
    for message in messages:
        assert 1 <= len(message.blocks) <= MAX_BLOCKS
        texts = [block["text"]["text"] for block in message.blocks]
        assert all(0 < len(text) < 3000 for text in texts)
        assert sum(len(text) for text in texts) <= MAX_MESSAGE_CHARS
        assert 0 < len(message.text) <= 3000
        for text in texts:
            assert re.search(r"<(?!https://x\.example/a\|)", text) is None
            assert "&lt;Singapore&gt; &amp; Viet Nam" in text or text.startswith("*Sources*")
    joined = "\n\n".join(b["text"]["text"] for m in messages for b in m.blocks)
    assert joined.count("&lt;Singapore&gt;") == answer.text.count("<Singapore>")
    assert "[1] <https://x.example/a|T &lt;!here&gt;> (a.md)" in joined


def test_many_small_paragraphs_respect_the_block_limit() -> None:
    mrkdwn = "\n\n".join(f"p{n}" * 800 for n in range(120))
    messages = render_mrkdwn(mrkdwn)
    assert all(len(m.blocks) <= MAX_BLOCKS for m in messages)
    assert sum(len(m.blocks) for m in messages) >= 40


def test_a_code_block_cut_in_two_is_closed_and_reopened() -> None:
    code = "```\n" + "\n".join(f"row {n} " + "x" * 60 for n in range(120)) + "\n```"
    pieces = split_sections(code, 2900)
    assert len(pieces) > 1
    assert all(piece.count("```") % 2 == 0 for piece in pieces)
    assert all(len(piece) < 3000 for piece in pieces)


def test_figures_show_their_formula_and_rows() -> None:
    figure = Figure(
        label="Share of <top> market",
        value=12.0,
        unit="%",
        formula="45 / 375 x 100 = 12.0%",
        sources=("t.csv rows 1, 5",),
        display="12.0%",
        flag="published 12.1% differs",
    )
    text = render_provenance(Answer(text="x", figures=(figure,)))[0].blocks[0]["text"]["text"]
    assert (
        "• *Share of &lt;top&gt; market*: 12.0% — 45 / 375 x 100 = 12.0% _(t.csv rows 1, 5)_"
        in text
    )
    assert "⚠ published 12.1% differs" in text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.sampled_from(list("ab <>&*_~`|\n#[]()")), max_size=4000))
def test_split_never_loses_or_breaks_escaped_text(raw: str) -> None:
    mrkdwn = escape(raw)
    pieces = split_sections(mrkdwn, 500)
    for piece in pieces:
        assert len(piece) <= 500
        assert re.search(r"&(?!amp;|lt;|gt;)", piece) is None
    squeeze = re.compile(r"\s+|```")
    assert squeeze.sub("", "".join(pieces)) == squeeze.sub("", mrkdwn)


_WORDS = ["http://x.io", "<!channel>", "](", "**", "```\n", "| a |", "&amp;", "mailto:x"]
_LINKS = ["[t](http://a.b/<c>|d)", "<https://q.r|s>"]
_PIECES = st.sampled_from([*"ab1 <>&!@#*_~`|()[]:/.\n>-", *_WORDS, *_LINKS])
_MARKDOWN = st.lists(_PIECES, max_size=300).map("".join)


@settings(
    max_examples=200, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
@given(_MARKDOWN)
def test_converted_text_can_only_link_never_ping(markdown: str) -> None:
    converted = to_mrkdwn(markdown)
    for match in re.finditer("<", converted):
        assert converted.startswith(("<http://", "<https://", "<mailto:"), match.start())
    assert re.search(r"&(?!amp;|lt;|gt;)", converted) is None
    assert not re.search(r"<[!@#]", converted)
    for piece in split_sections(converted, 200):  # a cut never falls inside a link
        assert len(piece) <= 200
        for match in re.finditer("<", piece):
            assert ">" in piece[match.start() :]
