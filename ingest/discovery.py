"""Which files an ingest run reads: found under the given paths, checked before any is read.

- Folders are walked recursively; hidden files and folders, the store's own directory and
  tool folders (``__pycache__``, ``node_modules``) are not entered.
- Only regular files are read: a device (a link to ``/dev/zero``), a FIFO or a socket is
  refused before it is opened, so that nothing reads without end or waits for a writer.
- A symbolic link inside a folder whose target lies outside every folder given is refused
  (its lines would become quotable), unless ``follow_outside_links`` allows it.
- A file reached through several paths (a folder and a link to it) is read once, under the
  first path that reaches it.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Literal

from ingest.articles import is_article
from ingest.report import FileOutcome
from ingest.tables import TABLE_SUFFIXES

_SKIPPED_FOLDERS = frozenset(("__pycache__", "node_modules", "site-packages"))
NOT_REGULAR = "not a regular file (a device, FIFO or socket); only regular files are read"
OUTSIDE = "a link to a file outside the folders given (allow with --follow-outside-links)"


def source_name(path: Path | str) -> str:
    """The source path stored for a file: relative to the current directory when inside it."""
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return absolute.as_posix()


def is_supported(path: Path) -> bool:
    """Whether a file is an article or a table that ingestion reads."""
    return is_article(path) or path.suffix.lower() in TABLE_SUFFIXES


def is_regular_file(path: Path) -> bool:
    """Whether ``path`` (its links followed) is a regular file."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def collect_files(
    paths: Iterable[Path | str],
    *,
    exclude: Iterable[Path] = (),
    follow_outside_links: bool = False,
) -> tuple[list[Path], list[FileOutcome]]:
    """The files to ingest under ``paths``, and the outcomes of those refused already.

    A file named directly must exist, be a regular file and be supported (else it fails);
    inside a folder, hidden and unsupported files are skipped with a note, and so are
    special files and links leading outside the folders given (see the module docstring).
    """
    given = [Path(p) for p in paths]
    roots = [p.resolve() for p in given if p.is_dir()]
    excluded = frozenset(Path(p).resolve() for p in exclude)
    files: list[Path] = []
    refused: list[FileOutcome] = []
    for path in given:
        if path.is_dir():
            for found in _walk(path, excluded):
                outcome = _check_found(found, roots, follow_outside_links)
                _keep(found, outcome, files, refused)
        else:
            _keep(path, _check_named(path), files, refused)
    unique: dict[Path, Path] = {}
    for path in files:
        unique.setdefault(path.resolve(), path)
    return list(unique.values()), refused


def _keep(
    path: Path, outcome: FileOutcome | bool | None, files: list[Path], refused: list[FileOutcome]
) -> None:
    if isinstance(outcome, FileOutcome):
        refused.append(outcome)
    elif outcome is None:
        files.append(path)


def _check_found(path: Path, roots: list[Path], follow: bool) -> FileOutcome | bool | None:
    """None to ingest a file found in a folder, an outcome to refuse it, False to pass it by."""
    if _hidden(path):
        return False
    if not _utf8_name(path):
        return _refusal(path, "failed", "the file name is not valid UTF-8")
    if not is_supported(path):
        return _refusal(path, "skipped", "unsupported file type")
    if not is_regular_file(path):
        return _refusal(path, "skipped", NOT_REGULAR)
    target = path.resolve()
    if not follow and not any(target.is_relative_to(root) for root in roots):
        return _refusal(path, "skipped", OUTSIDE)
    return None


def _check_named(path: Path) -> FileOutcome | None:
    if not _utf8_name(path):
        return _refusal(path, "failed", "the file name is not valid UTF-8")
    if not path.exists():
        return _refusal(path, "failed", "no such file or folder")
    if not is_supported(path):
        return _refusal(path, "failed", f"unsupported file type {path.suffix!r}")
    if not is_regular_file(path):
        return _refusal(path, "failed", NOT_REGULAR)
    return None


def _walk(folder: Path, exclude: frozenset[Path]) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(
            d
            for d in dirs
            if not d.startswith(".")
            and d not in _SKIPPED_FOLDERS
            and Path(root, d).resolve() not in exclude
        )
        for name in sorted(files):
            yield Path(root) / name


def _utf8_name(path: Path) -> bool:
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _hidden(path: Path) -> bool:
    return path.name.startswith((".", "~$"))


def _refusal(path: Path, status: Literal["failed", "skipped"], reason: str) -> FileOutcome:
    name = source_name(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return FileOutcome(path=name, status=status, reason=reason)
