"""The ingestion pipeline: files and folders in, sources in the store out.

``ingest_paths`` walks the paths it is given (folders recursively, hidden files and
folders skipped), and for each supported file:

1. hashes its bytes; a file whose hash the store already holds for the same source
   path is *unchanged* and costs nothing more;
2. parses it completely (an article into passages, a table into tidy frames with
   their cards) before touching the store;
3. hands the result to ``store.put_source``, which replaces the old version of that
   source all at once or not at all.

A file that cannot be read or parsed is reported with its reason and the other files
are still ingested. With ``prune=True`` sources under the given folders whose files
are gone are removed from the store.
"""

from __future__ import annotations

import hashlib
import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import pandas as pd

from ingest.articles import is_article, parse_article
from ingest.errors import IngestError
from ingest.report import FileOutcome, IngestReport, build_report
from ingest.settings import IngestSettings
from ingest.splitter import document_id, split_article
from ingest.tables import TABLE_SUFFIXES, load_tables
from vectorstore.errors import StoreError
from vectorstore.records import Passage, SourceRecord, TableCard

if TYPE_CHECKING:
    from vectorstore.store import Store

log = logging.getLogger(__name__)

Progress = Callable[[str], None]


@dataclass(frozen=True)
class Parsed:
    """A file parsed completely, ready for `Store.put_source`."""

    record: SourceRecord
    passages: tuple[Passage, ...]
    tables: tuple[tuple[TableCard, pd.DataFrame], ...]


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


def _utf8_name(path: Path) -> bool:
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _hidden(path: Path) -> bool:
    return path.name.startswith((".", "~$"))


_SKIPPED_FOLDERS = frozenset(("__pycache__", "node_modules", "site-packages"))


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


def collect_files(
    paths: Iterable[Path | str], *, exclude: Iterable[Path] = ()
) -> tuple[list[Path], list[FileOutcome]]:
    """The files to ingest under ``paths``, and the outcomes of those refused already.

    A file named directly must exist and be supported (else it fails); inside a folder,
    hidden and unsupported files are skipped with a note, and folders in ``exclude``
    (the store's own directory) are not entered.
    """
    excluded = frozenset(Path(p).resolve() for p in exclude)
    files: list[Path] = []
    refused: list[FileOutcome] = []
    for given in map(Path, paths):
        if given.is_dir():
            for path in _walk(given, excluded):
                if _hidden(path):
                    continue
                if not _utf8_name(path):
                    refused.append(_refusal(path, "failed", "the file name is not valid UTF-8"))
                elif is_supported(path):
                    files.append(path)
                else:
                    refused.append(_refusal(path, "skipped", "unsupported file type"))
        elif not _utf8_name(given):
            refused.append(_refusal(given, "failed", "the file name is not valid UTF-8"))
        elif not given.exists():
            refused.append(_refusal(given, "failed", "no such file or folder"))
        elif not is_supported(given):
            refused.append(_refusal(given, "failed", f"unsupported file type {given.suffix!r}"))
        else:
            files.append(given)
    unique: dict[str, Path] = {}
    for path in files:
        unique.setdefault(source_name(path), path)
    return list(unique.values()), refused


def _refusal(path: Path, status: Literal["failed", "skipped"], reason: str) -> FileOutcome:
    name = source_name(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return FileOutcome(path=name, status=status, reason=reason)


def parse_file(path: Path, source: str, data: bytes, settings: IngestSettings) -> Parsed:
    """Parse a file's bytes into the record, passages and tables the store takes."""
    sha = hashlib.sha256(data).hexdigest()
    now = datetime.now(UTC).isoformat(timespec="seconds")
    if is_article(path):
        article = parse_article(data, source, path.suffix)
        passages = split_article(article, settings.chunk_size, settings.chunk_overlap)
        if not passages:
            raise IngestError(source, "no article text found")
        record = SourceRecord(
            id=document_id(source),
            path=source,
            sha256=sha,
            kind="article",
            title=article.title or path.stem,
            ingested_at=now,
            passages=len(passages),
        )
        return Parsed(record, tuple(passages), ())
    tables = load_tables(Path(source))
    if not tables:
        raise IngestError(source, "no table found in the file")
    record = SourceRecord(
        id=document_id(source),
        path=source,
        sha256=sha,
        kind="table",
        title=tables[0][0].title,
        ingested_at=now,
        tables=tuple(card.id for card, _ in tables),
    )
    return Parsed(record, (), tuple(tables))


def ingest_file(
    path: Path, store: Store, settings: IngestSettings, *, force: bool = False
) -> FileOutcome:
    """Ingest one file into the store; never raises for a bad file, reports it instead."""
    source = source_name(path)
    try:
        if path.stat().st_size > settings.max_file_mb * 1024 * 1024:
            limit = f"larger than {settings.max_file_mb:g} MiB (TRADEBOT_MAX_FILE_MB)"
            return FileOutcome(source, "skipped", reason=limit)
        data = path.read_bytes()
    except OSError as error:
        return FileOutcome(source, "failed", reason=f"cannot read the file ({error.strerror})")
    existing = store.source(source)
    if not force and existing is not None and existing.sha256 == hashlib.sha256(data).hexdigest():
        return FileOutcome(source, "unchanged", kind=existing.kind)
    try:
        parsed = parse_file(path, source, data, settings)
    except IngestError as error:
        return FileOutcome(source, "failed", reason=error.reason)
    except Exception as error:  # a parser bug must not stop the other files
        log.debug("Unexpected error while parsing %s", source, exc_info=True)
        return FileOutcome(source, "failed", reason=f"unexpected error: {error!r}")
    try:
        store.put_source(parsed.record, parsed.passages, parsed.tables)
    except StoreError as error:
        return FileOutcome(source, "failed", reason=str(error))
    return FileOutcome(
        source,
        "ingested",
        kind=parsed.record.kind,
        passages=len(parsed.passages),
        tables=len(parsed.tables),
    )


def prune_sources(paths: Iterable[Path | str], store: Store) -> list[str]:
    """Remove sources under the given folders (or at the given paths) whose files are gone."""
    prefixes = [source_name(path) for path in paths]
    removed: list[str] = []
    for record in store.sources():
        if Path(record.path).exists() or not any(_under(record.path, p) for p in prefixes):
            continue
        store.remove_source(record.path)
        removed.append(record.path)
    return removed


def _under(source: str, prefix: str) -> bool:
    if prefix in (".", ""):
        return not source.startswith("/")
    return source == prefix or source.startswith(prefix.rstrip("/") + "/")


def ingest_paths(
    paths: Iterable[Path | str],
    store: Store,
    settings: IngestSettings,
    *,
    on_progress: Progress | None = None,
    prune: bool = False,
    force: bool = False,
) -> IngestReport:
    """Ingest files and folders into the store; see the module docstring.

    ``on_progress`` is called once per file with a line saying what happened to it.
    ``force`` re-ingests files even when their hash is unchanged.
    """
    started = time.perf_counter()
    paths = list(paths)
    files, outcomes = collect_files(paths, exclude=[Path(store.directory)])
    if prune:
        gone = {o.path for o in outcomes if o.reason == "no such file or folder"}
        outcomes = [o for o in outcomes if o.path not in gone]
    for path in files:
        outcome = ingest_file(path, store, settings, force=force)
        log.info("%s", outcome.describe())
        outcomes.append(outcome)
        if on_progress is not None:
            on_progress(outcome.describe())
    removed = prune_sources(paths, store) if prune else []
    return build_report(outcomes, removed, time.perf_counter() - started)
