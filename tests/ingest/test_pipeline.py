"""The pipeline on a real store: idempotent, all-or-nothing per file, prune, reports."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from ingest import IngestSettings, ingest_paths
from vectorstore import HashingEmbedder, Store, StoreSettings, open_store

SAMPLE_ARTICLE = (
    Path(__file__).resolve().parents[2]
    / "samples"
    / "articles"
    / "hk-exports-q1-2026-peoples-daily.txt"
)


class CountingEmbedder(HashingEmbedder):
    """The hashing embedder, counting the texts it is asked to embed."""

    def __init__(self) -> None:
        super().__init__()
        self.texts = 0

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        self.texts += len(texts)
        return super().embed(texts)


@pytest.fixture
def embedder() -> CountingEmbedder:
    return CountingEmbedder()


@pytest.fixture
def store(tmp_path: Path, embedder: CountingEmbedder) -> Iterator[Store]:
    with open_store(StoreSettings(store=tmp_path / "store"), embedder=embedder) as opened:
        yield opened


@pytest.fixture
def docs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder of articles, with the current directory at tmp_path."""
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "docs"
    (folder / "more").mkdir(parents=True)
    shutil.copy(SAMPLE_ARTICLE, folder / "commentary.txt")
    (folder / "more" / "brief.md").write_text(
        "---\ntitle: May trade\ndate: 2026-06-29\n---\n\nExports rose 40.8% in May. "
        "Imports rose 35.1%.\n",
        encoding="utf-8",
    )
    (folder / "page.html").write_text(
        "<html><head><title>Trade slows</title></head><body><article><h1>Trade slows</h1>"
        "<p>Exports fell 2.1% in October.</p></article></body></html>",
        encoding="utf-8",
    )
    return folder


def test_a_folder_is_ingested_with_paths_relative_to_the_current_directory(
    docs: Path, store: Store
) -> None:
    report = ingest_paths([docs], store, IngestSettings())
    assert report.files == 3
    assert report.ingested == 3
    assert report.failed == ()
    paths = sorted(record.path for record in store.sources())
    assert paths == ["docs/commentary.txt", "docs/more/brief.md", "docs/page.html"]
    passages = store.passages("docs/commentary.txt")
    assert report.passages == len(store.passages())
    assert any("125% spike in exports to Singapore" in p.text for p in passages)
    assert all("Scroll to Top" not in p.text for p in passages)
    brief = store.passages("docs/more/brief.md")
    assert brief[0].title == "May trade"
    assert brief[0].date == "2026-06-29"
    assert "3 files: 3 ingested, 0 unchanged, 0 failed" in report.summary()


def test_a_second_run_does_no_work(docs: Path, store: Store, embedder: CountingEmbedder) -> None:
    first = ingest_paths([docs], store, IngestSettings())
    embedded = embedder.texts
    assert embedded >= first.passages
    second = ingest_paths([docs], store, IngestSettings())
    assert second.unchanged == second.files == 3
    assert second.ingested == 0
    assert second.passages == 0
    assert embedder.texts == embedded


def test_force_re_ingests_unchanged_files(docs: Path, store: Store) -> None:
    ingest_paths([docs], store, IngestSettings())
    again = ingest_paths([docs], store, IngestSettings(), force=True)
    assert again.ingested == 3
    assert again.unchanged == 0


def test_a_changed_file_replaces_its_old_passages(docs: Path, store: Store) -> None:
    ingest_paths([docs], store, IngestSettings())
    brief = docs / "more" / "brief.md"
    old_ids = {p.id for p in store.passages("docs/more/brief.md")}
    brief.write_text("# June trade\n\nExports rose 12.0% in June.\n", encoding="utf-8")
    report = ingest_paths([docs], store, IngestSettings())
    assert report.ingested == 1
    assert report.unchanged == 2
    passages = store.passages("docs/more/brief.md")
    assert [p.text for p in passages] == ["June trade\n\nExports rose 12.0% in June."]
    assert not old_ids & {p.id for p in passages}
    assert all("40.8%" not in p.text for p in store.passages())


def test_bad_files_are_reported_and_the_others_ingested(docs: Path, store: Store) -> None:
    (docs / "binary.txt").write_bytes(b"\x00\x01\x02\x81\x8d")
    (docs / "broken.pdf").write_bytes(b"%PDF-1.4 not a pdf at all")
    report = ingest_paths([docs], store, IngestSettings())
    assert report.ingested == 3
    failed = dict(report.failed)
    assert set(failed) == {"docs/binary.txt", "docs/broken.pdf"}
    assert "binary" in failed["docs/binary.txt"]
    assert "PDF" in failed["docs/broken.pdf"]
    assert store.source("docs/binary.txt") is None
    assert store.source("docs/broken.pdf") is None
    assert not report.ok


def test_a_file_that_breaks_keeps_its_last_good_version(docs: Path, store: Store) -> None:
    ingest_paths([docs], store, IngestSettings())
    before = store.passages("docs/commentary.txt")
    (docs / "commentary.txt").write_bytes(b"\x00\xff\xfe broken")
    report = ingest_paths([docs], store, IngestSettings())
    assert [path for path, _ in report.failed] == ["docs/commentary.txt"]
    assert store.passages("docs/commentary.txt") == before


def test_prune_removes_sources_whose_files_are_gone(docs: Path, store: Store) -> None:
    ingest_paths([docs], store, IngestSettings())
    (docs / "page.html").unlink()
    kept = ingest_paths([docs], store, IngestSettings())
    assert kept.removed == ()
    assert store.source("docs/page.html") is not None
    pruned = ingest_paths([docs], store, IngestSettings(), prune=True)
    assert pruned.removed == ("docs/page.html",)
    assert store.source("docs/page.html") is None
    assert store.passages("docs/page.html") == []
    assert "1 removed" in pruned.summary()


def test_prune_stays_inside_the_given_folders(docs: Path, store: Store, tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "note.txt").write_text("Imports rose 1% in May.\n", encoding="utf-8")
    ingest_paths([docs, other], store, IngestSettings())
    (other / "note.txt").unlink()
    report = ingest_paths([docs], store, IngestSettings(), prune=True)
    assert report.removed == ()
    assert store.source("other/note.txt") is not None


def test_unsupported_hidden_and_oversized_files(docs: Path, store: Store) -> None:
    (docs / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (docs / ".hidden.txt").write_text("Secret exports rose 999%.\n", encoding="utf-8")
    (docs / ".git").mkdir()
    (docs / ".git" / "notes.txt").write_text("Exports rose 1%.\n", encoding="utf-8")
    report = ingest_paths([docs, docs / "photo.jpg"], store, IngestSettings(max_file_mb=0.001))
    assert ("docs/photo.jpg", "unsupported file type") in report.skipped
    failed = dict(report.failed)
    assert "unsupported" in failed["docs/photo.jpg"]
    skipped = dict(report.skipped)
    assert "larger than 0.001 MiB" in skipped["docs/commentary.txt"]
    assert "docs/commentary.txt" not in failed
    assert {r.path for r in store.sources()} == {"docs/more/brief.md", "docs/page.html"}


def test_a_missing_path_fails_without_stopping_the_run(docs: Path, store: Store) -> None:
    report = ingest_paths([docs / "nowhere.txt", docs], store, IngestSettings())
    assert dict(report.failed) == {"docs/nowhere.txt": "no such file or folder"}
    assert report.ingested == 3


def test_paths_outside_the_current_directory_are_absolute(
    tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    report = ingest_paths([SAMPLE_ARTICLE], store, IngestSettings())
    assert report.ingested == 1
    assert [r.path for r in store.sources()] == [SAMPLE_ARTICLE.as_posix()]


def test_progress_is_reported_once_per_file(docs: Path, store: Store) -> None:
    lines: list[str] = []
    ingest_paths([docs], store, IngestSettings(), on_progress=lines.append)
    assert len(lines) == 3
    assert "docs/commentary.txt: ingested (8 passages)" in lines


def test_the_report_is_json_safe(docs: Path, store: Store) -> None:
    (docs / "binary.txt").write_bytes(b"\x00\x01")
    data = ingest_paths([docs], store, IngestSettings()).to_dict()
    assert data["files"] == 4
    assert data["failed"][0]["path"] == "docs/binary.txt"


def test_tables_are_ingested_as_frames_with_cards(docs: Path, store: Store) -> None:
    (docs / "exports.csv").write_text(
        "month,partner,exports_hkd_bn\n2026-01,Singapore,20.5\n2026-01,Japan,10.1\n"
        "2026-02,Singapore,22.0\n2026-02,Japan,9.8\n",
        encoding="utf-8",
    )
    report = ingest_paths([docs], store, IngestSettings())
    assert report.tables == 1
    record = store.source("docs/exports.csv")
    assert record is not None
    assert record.kind == "table"
    (card,) = store.cards()
    assert card.source == "docs/exports.csv"
    assert record.tables == (card.id,)
    frame = store.frame(card.id)
    assert sorted(frame["value"].tolist()) == [9.8, 10.1, 20.5, 22.0]
    again = ingest_paths([docs], store, IngestSettings())
    assert again.unchanged == 4


def test_a_table_without_a_layout_fails_with_its_reason(docs: Path, store: Store) -> None:
    (docs / "words.csv").write_text("name,comment\nalpha,beta\ngamma,delta\n", encoding="utf-8")
    report = ingest_paths([docs], store, IngestSettings())
    assert [path for path, _ in report.failed] == ["docs/words.csv"]
    assert report.failed[0][1]
    assert store.source("docs/words.csv") is None
    assert report.ingested == 3


def test_the_store_inside_a_walked_folder_is_not_ingested(
    docs: Path, tmp_path: Path, embedder: CountingEmbedder
) -> None:
    inner = docs / "data"
    with open_store(StoreSettings(store=inner), embedder=embedder) as store:
        first = ingest_paths([docs], store, IngestSettings())
        (docs / "more" / "extra.txt").write_text("Imports rose 2%.\n", encoding="utf-8")
        second = ingest_paths([docs], store, IngestSettings())
    assert first.files == 3
    assert second.files == 4
    assert not any(path.startswith("docs/data") for path, _ in second.skipped)
    assert not [path for path, _ in second.failed]


def test_a_file_named_twice_is_ingested_once(docs: Path, store: Store) -> None:
    report = ingest_paths(
        [docs, "docs/commentary.txt", docs / "commentary.txt"], store, IngestSettings()
    )
    assert report.files == 3
    assert report.ingested == 3


class PoisonedEmbedder(HashingEmbedder):
    """Fails on any text holding the word POISON, like a model that chokes on one input."""

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        if any("POISON" in text for text in texts):
            raise RuntimeError("the embedding model failed")
        return super().embed(texts)


def test_a_store_failure_fails_that_file_only(docs: Path, tmp_path: Path) -> None:
    (docs / "poison.txt").write_text("Exports rose 1%. POISON.\n", encoding="utf-8")
    settings = StoreSettings(store=tmp_path / "poisoned")
    with open_store(settings, embedder=PoisonedEmbedder()) as store:
        report = ingest_paths([docs], store, IngestSettings())
        assert [path for path, _ in report.failed] == ["docs/poison.txt"]
        assert report.ingested == 3
        assert store.source("docs/poison.txt") is None
        assert all("POISON" not in p.text for p in store.passages())


def test_a_file_name_that_is_not_utf8_fails_cleanly(docs: Path, store: Store) -> None:
    bad = os.path.join(os.fsencode(docs), b"caf\xe9.txt")
    with open(bad, "wb") as handle:
        handle.write(b"Exports rose 1%.\n")
    report = ingest_paths([docs], store, IngestSettings())
    assert report.ingested == 3
    ((path, reason),) = report.failed
    assert path == "docs/caf\ufffd.txt"
    assert reason == "the file name is not valid UTF-8"
