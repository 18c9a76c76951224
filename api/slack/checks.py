"""The "Check figures" message shortcut: a message's figures checked against the tables,
laid out for Slack (counts per verdict, then one line per claim in message order)."""

from __future__ import annotations

from api.slack.messages import SlackMessage, render_mrkdwn
from api.slack.mrkdwn import escape
from bot.check import CheckReport

CHECK_SHORTCUT = "check_figures"  # the callback ID of the message shortcut "Check figures"
_MARKS = {
    "supported": ":white_check_mark: Supported",
    "contradicted": ":x: Contradicted",
    "no_data": ":grey_question: No data",
    "ambiguous": ":warning: Ambiguous",
}
MAX_LISTED = 60  # claims listed in Slack; the rest are counted
_NOTE_CHARS = 400


def render_report(report: CheckReport) -> list[SlackMessage]:
    """The report as Slack messages: the summary line first, then the claims."""
    lines = [f"*Figures checked*: {escape(report.summary_line())}"]
    for n, claim in enumerate(report.claims[:MAX_LISTED], 1):
        shown = f" — table: {escape(claim.figure.display)}" if claim.figure else ""
        note = claim.note if len(claim.note) <= _NOTE_CHARS else claim.note[:_NOTE_CHARS] + "…"
        lines.append(
            f"{n}. {_MARKS[claim.verdict]} — _{escape(_short(claim.text))}_{shown}\n"
            f"      {escape(note)}"
        )
    hidden = len(report.claims) - MAX_LISTED
    if hidden > 0:
        lines.append(f"… and {hidden} more; `tradebot check` or the web page lists them all.")
    return render_mrkdwn("\n".join(lines))


def _short(text: str) -> str:
    return text if len(text) <= 140 else text[:139] + "…"
