"""POST /api/check and `tradebot check`: the report of an article's figures, from a pasted
text, an uploaded file, standard input or a local web page; clear errors for bad input."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from api.cli import app as cli
from api.settings import ApiSettings
from bot.settings import BotSettings
from tests.api.conftest import SAMPLES, running_app
from tests.api.test_error_shape import assert_error_shape

ARTICLE = SAMPLES / "articles" / "hk-exports-q1-2026-peoples-daily.txt"
PRESS = Path(__file__).resolve().parents[1] / "bot" / "check" / "articles" / "wire-2025-09.md"
KEYS = {"sentence", "text", "value", "unit", "verdict", "figure", "note"}


def test_pasted_text_is_checked(client: TestClient) -> None:
    text = "Hong Kong's exports rose 14.7% year on year in April 2025 to HK$434.5 billion."
    response = client.post("/api/check", json={"text": text})
    assert response.status_code == 200
    body = response.json()
    assert body["summary"] == {"supported": 2, "contradicted": 0, "no_data": 0, "ambiguous": 0}
    first = body["claims"][0]
    assert set(first) == KEYS
    assert first["value"] == 14.7
    assert first["figure"]["display"] == "14.7%"
    assert "hk_monthly_trade_headlines" in first["figure"]["sources"][0]
    assert "| Supported |" in body["markdown"]
    assert body["csv"].splitlines()[0].startswith("n,verdict,text,value,unit")


def test_uploaded_file_is_checked(client: TestClient) -> None:
    with PRESS.open("rb") as handle:
        response = client.post("/api/check", files={"file": (PRESS.name, handle, "text/markdown")})
    assert response.status_code == 200
    body = response.json()
    assert body["title"] == "Hong Kong Exports Climb 16.1% In September"
    assert body["summary"]["contradicted"] == 1
    wrong = next(c for c in body["claims"] if c["verdict"] == "contradicted")
    assert "72.6" in wrong["text"]
    assert "27.6%" in wrong["note"]
    assert "difference" in wrong["note"]


def test_an_uploaded_pdf_is_checked(client: TestClient, tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    pdf.add_page()
    pdf.multi_cell(0, 6, "Trade in December", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(
        0,
        6,
        "Exports grew 26.1% year on year in December 2025 to HK$512.8 billion, and the "
        "trade deficit was HK$63.3 billion. See page 2.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    path = tmp_path / "december.pdf"
    pdf.output(str(path))
    with path.open("rb") as handle:
        response = client.post("/api/check", files={"file": (path.name, handle, "application/pdf")})
    assert response.status_code == 200, response.text
    assert response.json()["summary"]["supported"] == 3


def test_a_table_is_not_an_article(client: TestClient) -> None:
    table = SAMPLES / "tables" / "hk_partner_values_stated.csv"
    with table.open("rb") as handle:
        response = client.post("/api/check", files={"file": (table.name, handle, "text/csv")})
    body = assert_error_shape(response, 422)
    assert "is not an article" in body["error"]


def test_a_text_without_figures_gets_a_clear_message(client: TestClient) -> None:
    response = client.post("/api/check", json={"text": "Trade was busy on 3 May 2026, page 4."})
    body = assert_error_shape(response, 422)
    assert "states no figures to check" in body["error"]


def test_too_many_claims_are_refused(store_dir: Path) -> None:
    text = " ".join(f"Exports rose {n}.5% in March 2026." for n in range(5))
    with running_app(store_dir, bot_settings=BotSettings(check_max_claims=3)) as client:
        body = assert_error_shape(client.post("/api/check", json={"text": text}), 422)
    assert "at most 3" in body["error"]


def test_a_body_that_is_neither_json_nor_a_form_is_415(client: TestClient) -> None:
    response = client.post("/api/check", content=b"text", headers={"content-type": "text/plain"})
    assert_error_shape(response, 415)


def test_the_api_key_guards_the_route(store_dir: Path) -> None:
    settings = ApiSettings(api_key="k3y-for-the-check-route-01")
    with running_app(store_dir, settings) as client:
        assert_error_shape(client.post("/api/check", json={"text": "x 5%"}), 401)


runner = CliRunner()


@pytest.fixture
def env(store_dir: Path) -> dict[str, str]:
    return {"TRADEBOT_STORE": str(store_dir), "TRADEBOT_EMBEDDER": "hashing"}


def test_cli_json_has_the_documented_shape(env: dict[str, str]) -> None:
    result = runner.invoke(cli, ["check", str(ARTICLE), "--json"], env=env)
    assert result.exit_code == 0, result.output
    body = json.loads(result.stdout)
    assert set(body) == {"claims", "summary"}
    assert set(body["summary"]) == {"supported", "contradicted", "no_data", "ambiguous"}
    assert all(set(c) == KEYS for c in body["claims"])
    verdicts = [c["verdict"] for c in body["claims"]]
    assert verdicts[:3] == ["supported"] * 3
    assert "not an official release" in body["claims"][0]["note"]


def test_cli_reads_standard_input_and_writes_csv(env: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "report.csv"
    text = "In January 2026, exports grew 33.8% to HK$520.6 billion."
    result = runner.invoke(
        cli, ["check", "-", "--format", "csv", "-o", str(out)], input=text, env=env
    )
    assert result.exit_code == 0, result.output
    rows = out.read_text().splitlines()
    assert len(rows) == 3
    # the basis is not stated: year on year agrees, on the previous month (1.5%) does not
    assert rows[1].startswith("1,ambiguous,")
    assert "1.5%" in rows[1]
    assert rows[2].startswith("2,supported,")


def test_cli_refuses_a_url_while_fetching_is_off(env: dict[str, str]) -> None:
    result = runner.invoke(cli, ["check", "http://127.0.0.1:9/a.html"], env=env)
    assert result.exit_code == 1
    assert "Fetching web pages is switched off" in result.output


class _Page(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = (
            b"<html><head><title>Exports</title></head><body><article><p>In April 2025, "
            b"exports rose 14.7% year on year.</p></article></body></html>"
        )
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        return


@pytest.fixture
def page_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Page)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/article.html"
    finally:
        server.shutdown()
        server.server_close()


def test_cli_fetches_a_local_page_when_allowed(env: dict[str, str], page_url: str) -> None:
    allowed = {**env, "TRADEBOT_CHECK_FETCH_URLS": "true"}
    result = runner.invoke(cli, ["check", page_url, "--json"], env=allowed)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["summary"]["supported"] == 1


def test_cli_says_when_a_file_is_not_an_article(env: dict[str, str]) -> None:
    table = SAMPLES / "tables" / "hk_partner_values_stated.csv"
    result = runner.invoke(cli, ["check", str(table)], env=env)
    assert result.exit_code == 1
    assert "is not an article" in result.output
