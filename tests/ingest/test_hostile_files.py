"""Hostile files: zip bombs, special files, links outside the folders, oversized files."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from ingest import IngestSettings, collect_files, ingest_paths, load_tables
from ingest.errors import IngestError
from vectorstore import HashingEmbedder, Store, StoreSettings, open_store

TABLE = "period,exports\n2025-01,100\n2025-02,120\n"


def write_bomb(path: Path, inflated_mib: int) -> Path:
    """A real workbook whose sheet XML is padded to ``inflated_mib`` MiB of blanks."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["period", "exports"])
    sheet.append(["2025-01", 100])
    plain = path.with_suffix(".plain.xlsx")
    book.save(plain)
    with (
        zipfile.ZipFile(plain) as source,
        zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as bomb,
    ):
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                with bomb.open(item.filename, "w", force_zip64=True) as out:
                    out.write(data.replace(b"</worksheet>", b""))
                    block = b" " * (1024 * 1024)
                    for _ in range(inflated_mib):
                        out.write(block)
                    out.write(b"</worksheet>")
            else:
                bomb.writestr(item, data, compress_type=zipfile.ZIP_DEFLATED)
    plain.unlink()
    return path


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return open_store(StoreSettings(store=tmp_path / "store"), embedder=HashingEmbedder())


def test_an_xlsx_zip_bomb_is_refused_before_parsing(tmp_path: Path) -> None:
    bomb = write_bomb(tmp_path / "bomb.xlsx", 40)
    assert bomb.stat().st_size < 1024 * 1024
    with pytest.raises(IngestError, match="looks like a zip bomb"):
        load_tables(bomb)


def test_a_plain_workbook_still_loads(tmp_path: Path) -> None:
    path = write_bomb(tmp_path / "fine.xlsx", 0)
    ((_card, frame),) = load_tables(path)
    assert frame["value"].tolist() == [100.0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_special_files_in_a_folder_are_skipped_not_read(tmp_path: Path, store: Store) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "good.csv").write_text(TABLE)
    os.mkfifo(folder / "pipe.csv")
    (folder / "zeros.csv").symlink_to("/dev/zero")
    with store:
        report = ingest_paths([folder], store, IngestSettings())
    assert report.ingested == 1
    skipped = dict(report.skipped)
    assert "not a regular file" in skipped[f"{folder}/pipe.csv"]
    assert "not a regular file" in skipped[f"{folder}/zeros.csv"]


def test_a_special_file_named_directly_fails(tmp_path: Path, store: Store) -> None:
    link = tmp_path / "zeros.csv"
    link.symlink_to("/dev/zero")
    with store:
        report = ingest_paths([link], store, IngestSettings())
    assert [reason for _, reason in report.failed] == [
        "not a regular file (a device, FIFO or socket); only regular files are read"
    ]


def test_links_out_of_the_folder_are_refused_unless_allowed(tmp_path: Path, store: Store) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("Title: Secret\n\nroot:x:0:0:root:/root:/bin/bash\n")
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "passwd.txt").symlink_to(outside / "secret.txt")
    files, refused = collect_files([folder])
    assert files == []
    assert "outside the folders given" in str(refused[0].reason)
    allowed, _ = collect_files([folder], follow_outside_links=True)
    assert allowed == [folder / "passwd.txt"]
    with store:
        report = ingest_paths([folder], store, IngestSettings())
        assert report.ingested == 0
        assert store.sources() == []


def test_one_file_reached_through_two_links_is_stored_once(tmp_path: Path, store: Store) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "exports.csv").write_text(TABLE)
    (folder / "alias.csv").symlink_to(folder / "exports.csv")
    with store:
        report = ingest_paths([folder], store, IngestSettings())
        assert report.ingested == 1
        assert len(store.sources()) == 1


def test_a_file_over_the_limit_named_directly_fails(tmp_path: Path, store: Store) -> None:
    path = tmp_path / "big.csv"
    path.write_text(TABLE + "2025-03,1\n" * 200_000)
    settings = IngestSettings(max_file_mb=1)
    with store:
        named = ingest_paths([path], store, settings)
        found = ingest_paths([tmp_path], store, settings)
    assert [reason for _, reason in named.failed] == ["larger than 1 MiB (TRADEBOT_MAX_FILE_MB)"]
    assert not found.failed
    assert "larger than 1 MiB" in dict(found.skipped)[f"{path}"]
