"""The store-side commands of `tradebot`: ingest, remove, sources, search.

Each command builds its settings (``--store`` overrides ``TRADEBOT_STORE``), opens the
store, does its work and closes the store. Results go to stdout; progress, notes and
errors to stderr. An `IngestError` or `StoreError` becomes one line ``Error: ...`` and
exit code 1, never a traceback.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ingest import (
    IngestError,
    IngestReport,
    IngestSettings,
    collect_files,
    ingest_paths,
    source_name,
)
from vectorstore import HashingEmbedder, Hit, SourceRecord, Store, StoreError, StoreSettings
from vectorstore import open_store as open_vector_store

T = TypeVar("T")


class EmbedderChoice(StrEnum):
    """Which embedder the store uses: the bundled model, or hashed words (no model)."""

    model = "model"
    hashing = "hashing"


class KindChoice(StrEnum):
    passage = "passage"
    table = "table"


StoreOption = Annotated[
    Path | None,
    typer.Option(
        "--store",
        help="Store directory (default: $TRADEBOT_STORE or .tradebot).",
        show_default=False,
    ),
]
EmbedderOption = Annotated[
    EmbedderChoice,
    typer.Option(
        "--embedder",
        envvar="TRADEBOT_EMBEDDER",
        help="Embeddings: the bundled sentence-transformers model, or 'hashing' (no model; "
        "quick trials and tests). Search a store with the embedder it was built with.",
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]

_err = Console(stderr=True, highlight=False, soft_wrap=True)


def fail(message: str) -> typer.Exit:
    """Print ``Error: message`` on stderr; the caller raises the returned exit (code 1)."""
    _err.print(f"[red]Error:[/red] {message}", markup=True)
    return typer.Exit(1)


def _checked(make: Callable[..., T], **values: Any) -> T:
    """Settings from the environment, or a clean error naming the bad variable."""
    try:
        return make(**values)
    except ValidationError as error:
        problems = "; ".join(
            f"TRADEBOT_{'_'.join(map(str, e['loc'])).upper()}: {e['msg']}" for e in error.errors()
        )
        raise fail(f"Invalid setting: {problems}") from error


@contextmanager
def opened_store(store: Path | None, embedder: EmbedderChoice) -> Iterator[Store]:
    """The store named by ``--store`` (else the settings), closed afterwards."""
    settings = _checked(StoreSettings, **({"store": store} if store is not None else {}))
    # An absolute directory: embedded Chroma caches its clients by the path string.
    settings = settings.model_copy(update={"store": settings.store.expanduser().resolve()})
    chosen = HashingEmbedder() if embedder is EmbedderChoice.hashing else None
    try:
        the_store = open_vector_store(settings, embedder=chosen)
    except StoreError as error:
        raise fail(str(error)) from error
    try:
        yield the_store
    except (StoreError, IngestError) as error:
        raise fail(str(error)) from error
    finally:
        the_store.close()


def ingest(
    paths: Annotated[
        list[Path], typer.Argument(help="Files or folders (walked recursively) to ingest.")
    ],
    store: StoreOption = None,
    prune: Annotated[
        bool,
        typer.Option("--prune", help="Remove sources under these folders whose files are gone."),
    ] = False,
    force: Annotated[
        bool, typer.Option("--force", help="Re-ingest files even when they are unchanged.")
    ] = False,
    as_json: JsonOption = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Say what happened to each file (stderr).")
    ] = False,
    embedder: EmbedderOption = EmbedderChoice.model,
    follow_outside_links: Annotated[
        bool,
        typer.Option(
            "--follow-outside-links",
            help="Also read links inside the folders that lead to files outside them.",
        ),
    ] = False,
) -> None:
    """Ingest articles (.txt .md .html .pdf) and tables (.csv .xlsx ...) into the store."""
    settings = _checked(IngestSettings)
    options = {"prune": prune, "force": force, "follow_outside_links": follow_outside_links}
    with opened_store(store, embedder) as the_store:
        report = _run_ingest(paths, the_store, settings, options, verbose=verbose)
    if as_json:
        typer.echo(json.dumps(report.to_dict(), indent=2))
    else:
        _print_report(report)
    if report.failed:
        raise typer.Exit(1)


def _run_ingest(
    paths: list[Path],
    store: Store,
    settings: IngestSettings,
    options: dict[str, bool],
    *,
    verbose: bool,
) -> IngestReport:
    """Ingest with a progress bar on a terminal; ``options`` are `ingest_paths`' flags."""
    follow = options["follow_outside_links"]
    exclude = [Path(store.directory)]
    total = len(collect_files(paths, exclude=exclude, follow_outside_links=follow)[0])
    if verbose or total < 2 or not _err.is_terminal:
        tell = (lambda line: _err.print(line, markup=False)) if verbose else None
        return ingest_paths(paths, store, settings, on_progress=tell, **options)
    columns = (
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=_err, transient=True) as progress:
        task = progress.add_task("Ingesting", total=total)

        def advance(message: str) -> None:
            progress.update(task, advance=1, description=message[:60])

        return ingest_paths(paths, store, settings, on_progress=advance, **options)


_SHOWN_SKIPS = 10


def _print_report(report: IngestReport) -> None:
    for path, reason in report.skipped[:_SHOWN_SKIPS]:
        _err.print(f"skipped {path}: {reason}", markup=False)
    if len(report.skipped) > _SHOWN_SKIPS:
        _err.print(f"skipped {len(report.skipped) - _SHOWN_SKIPS} more files", markup=False)
    for path in report.removed:
        typer.echo(f"removed {path}")
    for path, reason in report.failed:
        _err.print(f"failed  {path}: {reason}", markup=False)
    typer.echo(report.summary())


def remove(
    source: Annotated[str, typer.Argument(help="Source path (as `sources` lists it) or id.")],
    store: StoreOption = None,
    embedder: EmbedderOption = EmbedderChoice.model,
) -> None:
    """Remove one source, with its passages and tables, from the store."""
    with opened_store(store, embedder) as the_store:
        known = the_store.source(source) or the_store.source(source_name(source))
        if known is None:
            raise fail(f"No source {source!r} in the store (see `tradebot sources`).")
        removed = the_store.remove_source(known.id)
    typer.echo(f"removed {removed.path} ({_contents(removed)})")


def _contents(record: SourceRecord) -> str:
    if record.kind == "table":
        n = len(record.tables)
        return f"{n} table" if n == 1 else f"{n} tables"
    return f"{record.passages} passage" if record.passages == 1 else f"{record.passages} passages"


def sources(
    store: StoreOption = None,
    as_json: JsonOption = False,
    embedder: EmbedderOption = EmbedderChoice.model,
) -> None:
    """List the sources in the store."""
    with opened_store(store, embedder) as the_store:
        records = sorted(the_store.sources(), key=lambda r: r.path)
    if as_json:
        typer.echo(json.dumps([_source_dict(r) for r in records], indent=2))
        return
    if not records:
        _err.print("The store is empty; add files with `tradebot ingest PATH`.")
        return
    for record in records:
        typer.echo(f"{record.kind:<7} {_contents(record):>13}  {record.path}  {record.title or ''}")
    typer.echo(f"{len(records)} sources")


def _source_dict(record: SourceRecord) -> dict[str, object]:
    return {
        "id": record.id,
        "path": record.path,
        "kind": record.kind,
        "title": record.title,
        "sha256": record.sha256,
        "ingested_at": record.ingested_at,
        "passages": record.passages,
        "tables": list(record.tables),
    }


def search(
    query: Annotated[str, typer.Argument(help="What to look for.")],
    k: Annotated[int, typer.Option("--k", "-k", min=1, max=100, help="Number of hits.")] = 8,
    kind: Annotated[
        KindChoice | None, typer.Option("--kind", help="Only passages or only tables.")
    ] = None,
    as_json: JsonOption = False,
    store: StoreOption = None,
    embedder: EmbedderOption = EmbedderChoice.model,
) -> None:
    """Show the passages and table cards that best match a query, with their scores."""
    with opened_store(store, embedder) as the_store:
        hits = the_store.search(query, k=k, kind=kind.value if kind else None)
    if as_json:
        typer.echo(json.dumps([_hit_dict(hit) for hit in hits], indent=2))
        return
    if not hits:
        _err.print("No matches.")
        return
    for rank, hit in enumerate(hits, start=1):
        typer.echo(_describe_hit(rank, hit))


def _describe_hit(rank: int, hit: Hit) -> str:
    if hit.passage is not None:
        p = hit.passage
        text = " ".join(p.text.split())
        return (
            f"[{rank}] {hit.score:.4f} passage {p.source} #{p.position}"
            f"{f' ({p.date})' if p.date else ''}\n    {text[:300]}"
        )
    if hit.card is not None:
        card = hit.card
        measures = ", ".join(m.label for m in card.measures[:6])
        return (
            f"[{rank}] {hit.score:.4f} table {card.id} ({card.source})\n"
            f"    {card.title}: {measures}"
        )
    return f"[{rank}] {hit.score:.4f} {hit.kind} {hit.id}"


def _hit_dict(hit: Hit) -> dict[str, object]:
    out: dict[str, object] = {"kind": hit.kind, "id": hit.id, "score": hit.score}
    if hit.passage is not None:
        p = hit.passage
        out.update(
            source=p.source,
            position=p.position,
            text=p.text,
            title=p.title,
            date=p.date,
            url=p.url,
            publisher=p.publisher,
        )
    if hit.card is not None:
        card = hit.card
        out.update(
            source=card.source,
            title=card.title,
            first_period=card.periods[0] if card.periods else None,
            last_period=card.periods[-1] if card.periods else None,
            measures=[m.name for m in card.measures],
        )
    return out
