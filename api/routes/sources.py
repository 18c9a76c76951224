"""The library: upload files to ingest, list and remove sources, look at a table."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, File, Query, Request, UploadFile

from api.deps import SettingsDep, StoreDep, WorkerDep
from api.errors import NotFoundError, UnprocessableError
from api.examples import example_questions
from api.uploads import UploadBatch
from ingest import IngestSettings, ingest_paths, source_name
from vectorstore.records import SourceRecord
from vectorstore.store import Store

router = APIRouter(prefix="/api", tags=["library"])


def uploads_dir(store: Store) -> Path:
    return Path(store.directory) / "uploads"


def source_json(record: SourceRecord, uploads: Path) -> dict[str, Any]:
    data = asdict(record)
    data["name"] = Path(record.path).name
    data["uploaded"] = Path(record.path).resolve().parent == uploads.resolve()
    return data


def _undo(store: Store, batch: UploadBatch, settings: IngestSettings) -> None:
    """Put the store and the uploads folder back as they were before the batch."""
    restore = [p for p in batch.saved if batch.replaced(p)]
    for path in batch.saved:
        if not batch.replaced(path) and store.source(source_name(path)) is not None:
            store.remove_source(source_name(path))
    batch.roll_back()
    if restore:
        ingest_paths(restore, store, settings)


def ingest_batch(
    store: Store,
    batch: UploadBatch,
    files: list[UploadFile],
    settings: IngestSettings,
) -> dict[str, Any]:
    """Save and ingest every file, or (on any failure) none of them. Runs in the ingest
    worker, beside answers: it never holds the chat service's lock."""
    try:
        paths = [batch.save(f.filename, f.file) for f in files]
        report = ingest_paths(paths, store, settings)
    except BaseException:  # whatever went wrong, leave nothing half done
        _undo(store, batch, settings)
        raise
    if report.failed:
        _undo(store, batch, settings)
        reasons = "; ".join(f"{Path(p).name}: {reason}" for p, reason in report.failed)
        raise UnprocessableError(f"Nothing was ingested. {reasons}")
    batch.commit()
    records = [store.source(source_name(p)) for p in paths]
    return {
        "ok": True,
        "files": [p.name for p in paths],
        "passages": report.passages,
        "tables": report.tables,
        "unchanged": report.unchanged,
        "sources": [source_json(r, batch.directory) for r in records if r is not None],
    }


@router.post("/ingest")
async def upload(
    files: Annotated[list[UploadFile], File(description="Articles and tables to ingest.")],
    request: Request,
    worker: WorkerDep,
    store: StoreDep,
    settings: SettingsDep,
) -> dict[str, Any]:
    """Upload articles and tables; they are saved under <store>/uploads/ and ingested.
    Questions keep being answered while a file is ingested."""
    if not files:
        raise UnprocessableError("Send at least one file in the 'files' field.")
    ingest_settings: IngestSettings = request.app.state.ingest_settings
    batch = UploadBatch(uploads_dir(store).resolve(), settings.max_upload_bytes)
    return await worker.run(lambda: ingest_batch(store, batch, files, ingest_settings))


@router.get("/sources")
def list_sources(store: StoreDep) -> dict[str, Any]:
    """The ingested files, articles and tables."""
    uploads = uploads_dir(store)
    return {"ok": True, "sources": [source_json(s, uploads) for s in store.sources()]}


def remove_source(store: Store, source_id: str) -> dict[str, Any]:
    """Remove a source from the store (and its file, when it was uploaded here)."""
    uploads = uploads_dir(store).resolve()
    record = next((s for s in store.sources() if s.id == source_id), None)
    if record is None:
        raise NotFoundError(f"No source with id {source_id!r}.")
    store.remove_source(record.id)
    path = Path(record.path)
    if path.parent.resolve() == uploads:
        path.unlink(missing_ok=True)
    return {"ok": True, "removed": source_json(record, uploads)}


@router.delete("/sources/{source_id}")
async def delete_source(source_id: str, worker: WorkerDep, store: StoreDep) -> dict[str, Any]:
    """Remove a source from the store (and its file, when it was uploaded here)."""
    return await worker.run(lambda: remove_source(store, source_id))


@router.get("/tables")
def list_tables(store: StoreDep) -> dict[str, Any]:
    """The table cards: what each ingested table holds."""
    return {"ok": True, "tables": [asdict(card) for card in store.cards()]}


@router.get("/tables/{table_id}")
def get_table(
    table_id: str,
    store: StoreDep,
    settings: SettingsDep,
    rows: Annotated[
        str | None,
        Query(
            description="Source rows to show (e.g. '16,26', as a figure names them).",
            pattern=r"^\d+(,\d+)*$",
        ),
    ] = None,
) -> dict[str, Any]:
    """A table's card and its first values (the tidy frame), or the values of given rows."""
    card = next((c for c in store.cards() if c.id == table_id), None)
    if card is None:
        raise NotFoundError(f"No table with id {table_id!r}.")
    frame = store.frame(table_id)
    if rows is not None and "row" in frame.columns:
        wanted = {int(r) for r in rows.split(",")}
        frame = frame[frame["row"].isin(wanted)]
    preview = json.loads(frame.head(settings.table_preview_rows).to_json(orient="records"))
    return {
        "ok": True,
        "card": asdict(card),
        "columns": [str(c) for c in frame.columns],
        "rows": preview,
        "total_rows": len(frame),
    }


@router.get("/examples")
def list_examples(store: StoreDep) -> dict[str, Any]:
    """Example questions built from the ingested tables, for the page's empty state."""
    return {"ok": True, "questions": example_questions(store.cards(), store.frame)}
