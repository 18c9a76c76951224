"""The ingestion pipeline: files and folders in, sources in the store out.

``ingest_paths`` walks the paths it is given (folders recursively, hidden files and
folders skipped), and for each supported file:

1. hashes its bytes (read in blocks); a file whose hash the store already holds for the same source
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
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from ingest.articles import is_article, parse_article
from ingest.discovery import collect_files as collect_files
from ingest.discovery import is_regular_file
from ingest.discovery import is_supported as is_supported
from ingest.discovery import source_name as source_name
from ingest.errors import IngestError
from ingest.report import FileOutcome, IngestReport, build_report
from ingest.settings import IngestSettings
from ingest.splitter import document_id, split_article
from ingest.tables import load_tables
from vectorstore.errors import StoreError
from vectorstore.records import Passage, SourceRecord, TableCard

if TYPE_CHECKING:
    from vectorstore.store import Store

log = logging.getLogger(__name__)

Progress = Callable[[str], None]
_HASH_BLOCK = 1 << 20


@dataclass(frozen=True)
class Parsed:
    """A file parsed completely, ready for `Store.put_source`."""

    record: SourceRecord
    passages: tuple[Passage, ...]
    tables: tuple[tuple[TableCard, pd.DataFrame], ...]


def parse_file(path: Path, source: str, sha: str, settings: IngestSettings) -> Parsed:
    """Parse a file whose bytes hash to ``sha`` into the record, passages and tables the
    store takes. An article's bytes are read whole; a table is read by `load_tables`, which
    reads a large CSV in chunks (never its whole text at once)."""
    now = datetime.now(UTC).isoformat(timespec="seconds")
    if is_article(path):
        data = read_capped(path, int(settings.max_file_mb * 1024 * 1024))
        if data is None:
            raise IngestError(source, f"larger than {settings.max_file_mb:g} MiB")
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
    path: Path,
    store: Store,
    settings: IngestSettings,
    *,
    force: bool = False,
    named: bool = False,
) -> FileOutcome:
    """Ingest one file into the store; never raises for a bad file, reports it instead.

    A file over the size limit is skipped when it was found in a folder, and fails when it
    was ``named`` on the command line (the run then ends with exit code 1)."""
    source = source_name(path)
    limit = int(settings.max_file_mb * 1024 * 1024)
    if not is_regular_file(path):
        return FileOutcome(
            source, "failed", reason="not a regular file; only regular files are read"
        )
    try:
        sha = hash_capped(path, limit)
    except OSError as error:
        return FileOutcome(source, "failed", reason=f"cannot read the file ({error.strerror})")
    if sha is None:
        reason = f"larger than {settings.max_file_mb:g} MiB (TRADEBOT_MAX_FILE_MB)"
        return FileOutcome(source, "failed" if named else "skipped", reason=reason)
    existing = store.source(source)
    if not force and existing is not None and existing.sha256 == sha:
        return FileOutcome(source, "unchanged", kind=existing.kind)
    try:
        parsed = parse_file(path, source, sha, settings)
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


def read_capped(path: Path, limit: int) -> bytes | None:
    """The file's bytes, or None when it holds more than ``limit`` bytes (never more than
    ``limit + 1`` bytes are read, whatever the file claims its size is)."""
    with path.open("rb") as handle:
        if os.fstat(handle.fileno()).st_size > limit:
            return None
        data = handle.read(limit + 1)
    return None if len(data) > limit else data


def hash_capped(path: Path, limit: int) -> str | None:
    """The SHA-256 of the file's bytes, read in blocks (the file is never held whole), or
    None when it holds more than ``limit`` bytes (never more than ``limit + 1`` are read)."""
    digest = hashlib.sha256()
    read = 0
    with path.open("rb") as handle:
        if os.fstat(handle.fileno()).st_size > limit:
            return None
        while block := handle.read(min(_HASH_BLOCK, limit + 1 - read)):
            digest.update(block)
            read += len(block)
            if read > limit:
                return None
    return digest.hexdigest()


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
    follow_outside_links: bool = False,
) -> IngestReport:
    """Ingest files and folders into the store; see the module docstring.

    ``on_progress`` is called once per file with a line saying what happened to it.
    ``force`` re-ingests files even when their hash is unchanged; ``follow_outside_links``
    reads links inside the folders that lead outside them (see `ingest.discovery`).
    """
    started = time.perf_counter()
    paths = list(paths)
    files, outcomes = collect_files(
        paths, exclude=[Path(store.directory)], follow_outside_links=follow_outside_links
    )
    named = {Path(p).resolve() for p in paths if not Path(p).is_dir()}
    if prune:
        gone = {o.path for o in outcomes if o.reason == "no such file or folder"}
        outcomes = [o for o in outcomes if o.path not in gone]
    for path in files:
        outcome = ingest_file(path, store, settings, force=force, named=path.resolve() in named)
        log.info("%s", outcome.describe())
        outcomes.append(outcome)
        if on_progress is not None:
            on_progress(outcome.describe())
    removed = prune_sources(paths, store) if prune else []
    return build_report(outcomes, removed, time.perf_counter() - started)
