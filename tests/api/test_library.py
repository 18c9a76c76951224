"""Uploading, listing and removing sources; looking at a table."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.settings import ApiSettings
from api.uploads import safe_filename
from tests.api.conftest import running_app

NEW_TABLE = (
    "period,flow,partner,yoy_pct\n"
    "2026-02,total exports,Narnia,12.5\n"
    "2026-02,total exports,Atlantis,-3.0\n"
    "2026-03,total exports,Narnia,20.0\n"
    "2026-03,total exports,Atlantis,4.5\n"
)
ARTICLE = (
    "Harbour trade notes\n\n"
    "Exports of widgets through the harbour rose sharply in spring, traders said. "
    "The harbour master called it the busiest quarter on record.\n"
)


def sources(client: TestClient) -> list[dict[str, Any]]:
    body = client.get("/api/sources").json()
    assert body["ok"] is True
    result: list[dict[str, Any]] = body["sources"]
    return result


def upload(client: TestClient, *files: tuple[str, bytes]) -> Any:
    return client.post(
        "/api/ingest", files=[("files", (name, data, "text/plain")) for name, data in files]
    )


def uploaded_files(store_dir: Path) -> list[str]:
    folder = store_dir / "uploads"
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_sources_lists_the_sample_files(client: TestClient) -> None:
    names = {s["name"] for s in sources(client)}
    assert "hk-exports-q1-2026-peoples-daily.txt" in names
    assert "hk_monthly_trade_headlines_2023-12_to_2026-05.csv" in names


def test_uploading_an_article_ingests_it(client: TestClient, store_dir: Path) -> None:
    response = upload(client, ("harbour.txt", ARTICLE.encode()))

    assert response.status_code == 200, response.text
    body = response.json()
    assert body["files"] == ["harbour.txt"]
    assert body["passages"] >= 1
    [source] = body["sources"]
    assert source["uploaded"] is True
    assert source["kind"] == "article"
    assert (store_dir / "uploads" / "harbour.txt").read_text() == ARTICLE
    assert "harbour.txt" in {s["name"] for s in sources(client)}


def test_uploading_a_table_makes_it_visible_with_a_preview(client: TestClient) -> None:
    response = upload(client, ("narnia_trade.csv", NEW_TABLE.encode()))

    assert response.status_code == 200, response.text
    [source] = response.json()["sources"]
    assert source["kind"] == "table"
    assert source["tables"]
    table = client.get(f"/api/tables/{source['tables'][0]}").json()
    assert table["total_rows"] == 4
    assert {"period", "value", "row"} <= set(table["columns"])
    values = sorted(row["value"] for row in table["rows"])
    assert values == [-3.0, 4.5, 12.5, 20.0]
    assert {row["period"] for row in table["rows"]} == {"2026-02", "2026-03"}


def test_a_bad_file_is_refused_with_the_store_unchanged(
    client: TestClient, store_dir: Path
) -> None:
    before = sources(client)

    response = upload(client, ("broken.csv", b"\x00\x01\x02 not a table \xff\xfe"))

    assert response.status_code == 422
    assert "broken.csv" in response.json()["error"]
    assert sources(client) == before
    assert uploaded_files(store_dir) == []


def test_one_bad_file_in_a_batch_rolls_back_the_good_ones(
    client: TestClient, store_dir: Path
) -> None:
    before = sources(client)

    response = upload(client, ("harbour.txt", ARTICLE.encode()), ("tool.exe", b"MZ\x90\x00"))

    assert response.status_code == 422
    assert "tool.exe" in response.json()["error"]
    assert sources(client) == before
    assert uploaded_files(store_dir) == []


def test_a_failed_replacement_keeps_the_earlier_file(client: TestClient, store_dir: Path) -> None:
    assert upload(client, ("harbour.txt", ARTICLE.encode())).status_code == 200
    before = sources(client)

    response = upload(client, ("harbour.txt", b""))

    assert response.status_code == 422
    assert sources(client) == before
    assert (store_dir / "uploads" / "harbour.txt").read_text() == ARTICLE
    assert uploaded_files(store_dir) == ["harbour.txt"]


def test_file_names_cannot_escape_the_uploads_folder(client: TestClient, store_dir: Path) -> None:
    response = upload(client, ("../../escape.txt", ARTICLE.encode()))

    assert response.status_code == 200, response.text
    assert response.json()["files"] == ["escape.txt"]
    assert (store_dir / "uploads" / "escape.txt").exists()
    assert not (store_dir.parent / "escape.txt").exists()
    assert not (store_dir / "escape.txt").exists()


def test_an_upload_over_the_limit_is_413_and_leaves_nothing(store_dir: Path) -> None:
    with running_app(store_dir, ApiSettings(max_upload_mb=0.01)) as client:
        before = sources(client)
        response = upload(client, ("big.txt", b"word " * 10_000))
        assert response.status_code == 413
        assert response.json()["status"] == 413
        assert sources(client) == before
    assert uploaded_files(store_dir) == []


def test_removing_an_uploaded_source_deletes_its_file(client: TestClient, store_dir: Path) -> None:
    [source] = upload(client, ("harbour.txt", ARTICLE.encode())).json()["sources"]

    response = client.delete(f"/api/sources/{source['id']}")

    assert response.status_code == 200
    assert response.json()["removed"]["id"] == source["id"]
    assert "harbour.txt" not in {s["name"] for s in sources(client)}
    assert uploaded_files(store_dir) == []


def test_removing_a_sample_source_keeps_the_file(client: TestClient) -> None:
    article = next(s for s in sources(client) if s["kind"] == "article")

    assert client.delete(f"/api/sources/{article['id']}").status_code == 200

    assert article["id"] not in {s["id"] for s in sources(client)}
    assert Path(article["path"]).exists()


def test_an_upload_without_files_is_422(client: TestClient) -> None:
    assert client.post("/api/ingest", data={"x": "y"}).status_code == 422


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("report.csv", "report.csv"),
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\me\\trade.xlsx", "trade.xlsx"),
        (".hidden.csv", "hidden.csv"),
        ("we<ird>|name?.txt", "we_ird_name_.txt"),
        ("貿易統計.csv", "貿易統計.csv"),
    ],
)
def test_safe_filename(given: str, expected: str) -> None:
    assert safe_filename(given) == expected


@pytest.mark.parametrize("bad", ["", "..", "../", "...", None])
def test_unusable_file_names_are_refused(bad: str | None) -> None:
    from api.errors import UnprocessableError

    with pytest.raises(UnprocessableError):
        safe_filename(bad)


def test_a_table_can_show_just_the_rows_a_figure_names(client: TestClient) -> None:
    answer = client.post(
        "/api/chat", json={"message": "How much did exports to Singapore grow in March 2026?"}
    ).json()
    figure = answer["figures"][0]
    row = figure["sources"][0].split(" row ")[1].split()[0]

    table = client.get(f"/api/tables/{figure['table_id']}", params={"rows": row}).json()

    assert [r["row"] for r in table["rows"]] == [int(row)]
    assert table["rows"][0]["value"] == figure["value"]
    assert client.get(f"/api/tables/{figure['table_id']}?rows=1;drop").status_code == 422
