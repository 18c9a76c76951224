"""Limits that keep a hostile workbook from exhausting memory before or while it is read.

An .xlsx file is a zip archive: a few megabytes can inflate to gigabytes of XML (a "zip
bomb"). Its central directory states every member's compressed and uncompressed size, so
the archive is checked before any XML is parsed: the whole must inflate to at most
`MAX_UNCOMPRESSED_BYTES`, and no large member may inflate more than `MAX_RATIO` times.
While the sheets are read, at most `MAX_CELLS` cells are taken; a larger workbook is refused.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from ingest.errors import IngestError

MAX_UNCOMPRESSED_BYTES = 1024 * 1024 * 1024
MAX_RATIO = 200
RATIO_CHECKED_FROM_BYTES = 8 * 1024 * 1024
MAX_CELLS = 5_000_000
_MIB = 1024 * 1024


def check_archive(path: Path) -> None:
    """Raise `IngestError` when the workbook's zip directory announces a zip bomb."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError) as error:
        raise IngestError(str(path), f"not a readable Excel workbook ({error})") from None
    total = sum(member.file_size for member in members)
    if total > MAX_UNCOMPRESSED_BYTES:
        raise IngestError(
            str(path),
            f"the workbook would inflate to {total / _MIB:,.0f} MiB; the limit is "
            f"{MAX_UNCOMPRESSED_BYTES / _MIB:,.0f} MiB",
        )
    for member in members:
        if member.file_size < RATIO_CHECKED_FROM_BYTES:
            continue
        ratio = member.file_size / max(member.compress_size, 1)
        if ratio > MAX_RATIO:
            raise IngestError(
                str(path),
                f"the workbook part {member.filename} inflates {ratio:,.0f} times "
                f"(to {member.file_size / _MIB:,.0f} MiB), more than a real sheet does; "
                "it looks like a zip bomb",
            )


def check_cells(counted: int, where: str) -> None:
    """Raise `IngestError` once a workbook has given more than `MAX_CELLS` cells."""
    if counted > MAX_CELLS:
        raise IngestError(
            where, f"the workbook holds more than {MAX_CELLS:,} cells; split it into smaller files"
        )
