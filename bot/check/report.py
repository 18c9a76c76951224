"""A checked document: one verdict per claim, the counts, and its exports (JSON,
Markdown, CSV).

The JSON form is ``{"claims": [{"sentence", "text", "value", "unit", "verdict",
"figure", "note"}], "summary": {"supported": n, "contradicted": n, "no_data": n,
"ambiguous": n}}``; ``figure`` is the table figure as in chat answers (`Figure.to_dict`),
or null.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from typing import Any, Literal

from bot import formatting as fmt
from bot.records import Figure

Verdict = Literal["supported", "contradicted", "no_data", "ambiguous"]
VERDICTS: tuple[Verdict, ...] = ("supported", "contradicted", "no_data", "ambiguous")
_WORDS = {
    "supported": "Supported",
    "contradicted": "Contradicted",
    "no_data": "No data",
    "ambiguous": "Ambiguous",
}
CSV_COLUMNS = (
    "n",
    "verdict",
    "text",
    "value",
    "unit",
    "table_figure",
    "formula",
    "sources",
    "note",
    "sentence",
)


@dataclass(frozen=True)
class CheckedClaim:
    """One claim of the document and its verdict."""

    sentence: str
    text: str  # the claim's words as written
    value: float  # as meant: a fall or a deficit is negative
    unit: str
    verdict: Verdict
    figure: Figure | None
    note: str  # what was checked, the tolerance, the difference, or why not

    def to_dict(self) -> dict[str, Any]:
        return {
            "sentence": self.sentence,
            "text": self.text,
            "value": self.value,
            "unit": self.unit,
            "verdict": self.verdict,
            "figure": self.figure.to_dict() if self.figure else None,
            "note": self.note,
        }


@dataclass(frozen=True)
class CheckReport:
    """Every claim of a document, in document order."""

    claims: tuple[CheckedClaim, ...]
    title: str | None = None

    def summary(self) -> dict[str, int]:
        return {v: sum(1 for c in self.claims if c.verdict == v) for v in VERDICTS}

    def to_dict(self) -> dict[str, Any]:
        return {"claims": [c.to_dict() for c in self.claims], "summary": self.summary()}

    def summary_line(self) -> str:
        counts = self.summary()
        parts = [f"{counts[v]} {_WORDS[v].lower()}" for v in VERDICTS]
        return f"{len(self.claims)} claims checked: " + ", ".join(parts) + "."

    def to_markdown(self) -> str:
        lines = [f"# Figures checked{f': {self.title}' if self.title else ''}", ""]
        lines += [self.summary_line(), "", "| Verdict | Count |", "|---|---|"]
        lines += [f"| {_WORDS[v]} | {n} |" for v, n in self.summary().items()]
        lines += ["", "| # | Claim | Verdict | Table figure | Note |", "|---|---|---|---|---|"]
        for n, claim in enumerate(self.claims, 1):
            shown = claim.figure.display if claim.figure else ""
            cells = [str(n), claim.text, _WORDS[claim.verdict], shown, claim.note]
            lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
        lines += ["", "## How each figure was computed", ""]
        for n, claim in enumerate(self.claims, 1):
            if claim.figure:
                sources = "; ".join(claim.figure.sources)
                lines.append(f"{n}. {claim.figure.label}: {claim.figure.formula} ({sources})")
        return "\n".join(lines).rstrip() + "\n"

    def to_csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
        for n, claim in enumerate(self.claims, 1):
            fig = claim.figure
            writer.writerow(
                [
                    n,
                    claim.verdict,
                    claim.text,
                    fmt.number(claim.value, 4).rstrip("0").rstrip("."),
                    claim.unit,
                    fig.display if fig else "",
                    fig.formula if fig else "",
                    "; ".join(fig.sources) if fig else "",
                    claim.note,
                    claim.sentence,
                ]
            )
        return out.getvalue()


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")
