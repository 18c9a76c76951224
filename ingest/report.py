"""What one ingestion run did: `IngestReport` and the outcome of each file."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

FileStatus = Literal["ingested", "unchanged", "failed", "skipped"]


@dataclass(frozen=True)
class FileOutcome:
    """What happened to one file: ingested, unchanged, failed (with a reason) or skipped."""

    path: str
    status: FileStatus
    kind: Literal["article", "table"] | None = None
    passages: int = 0
    tables: int = 0
    reason: str | None = None

    def describe(self) -> str:
        """One line for people: ``samples/a.txt: ingested (8 passages)``."""
        if self.status == "ingested":
            if self.kind == "table":
                counted = _count(self.tables, "table")
            else:
                counted = _count(self.passages, "passage")
            return f"{self.path}: ingested ({counted})"
        if self.reason:
            return f"{self.path}: {self.status} ({self.reason})"
        return f"{self.path}: {self.status}"


@dataclass(frozen=True)
class IngestReport:
    """The totals of one run.

    ``files`` counts every file looked at that is not skipped: ingested, unchanged and
    failed ones. ``passages`` and ``tables`` count what was (re)written in this run.
    ``failed`` and ``skipped`` hold (path, reason); ``removed`` the paths of sources
    pruned from the store.
    """

    files: int = 0
    ingested: int = 0
    passages: int = 0
    tables: int = 0
    unchanged: int = 0
    failed: tuple[tuple[str, str], ...] = ()
    skipped: tuple[tuple[str, str], ...] = ()
    removed: tuple[str, ...] = ()
    seconds: float = 0.0
    outcomes: tuple[FileOutcome, ...] = field(default=(), repr=False)

    @property
    def ok(self) -> bool:
        """True when no file failed."""
        return not self.failed

    def summary(self) -> str:
        """One line: ``5 files: 3 ingested, 2 unchanged, 0 failed; 24 passages, 2 tables ...``."""
        line = (
            f"{_count(self.files, 'file')}: {self.ingested} ingested, {self.unchanged} unchanged, "
            f"{len(self.failed)} failed; {_count(self.passages, 'passage')}, "
            f"{_count(self.tables, 'table')}"
        )
        if self.skipped:
            line += f"; {len(self.skipped)} skipped"
        if self.removed:
            line += f"; {len(self.removed)} removed"
        return line + f" in {self.seconds:.1f} s"

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe form of the report."""
        return {
            "files": self.files,
            "ingested": self.ingested,
            "passages": self.passages,
            "tables": self.tables,
            "unchanged": self.unchanged,
            "failed": [{"path": p, "reason": r} for p, r in self.failed],
            "skipped": [{"path": p, "reason": r} for p, r in self.skipped],
            "removed": list(self.removed),
            "seconds": round(self.seconds, 3),
        }


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def build_report(outcomes: list[FileOutcome], removed: list[str], seconds: float) -> IngestReport:
    """The totals of a run from the outcome of each file."""
    counted = [o for o in outcomes if o.status != "skipped"]
    ingested = [o for o in outcomes if o.status == "ingested"]
    return IngestReport(
        files=len(counted),
        ingested=len(ingested),
        passages=sum(o.passages for o in ingested),
        tables=sum(o.tables for o in ingested),
        unchanged=sum(1 for o in outcomes if o.status == "unchanged"),
        failed=tuple((o.path, o.reason or "failed") for o in outcomes if o.status == "failed"),
        skipped=tuple((o.path, o.reason or "skipped") for o in outcomes if o.status == "skipped"),
        removed=tuple(removed),
        seconds=seconds,
        outcomes=tuple(outcomes),
    )
