"""The web chat and HTTP API page (docs/web.md) documents every setting and endpoint."""

from __future__ import annotations

import re

from api.settings import ApiSettings
from tests.api.conftest import ROOT

SECTION = (ROOT / "docs" / "web.md").read_text(encoding="utf-8")


def test_every_api_setting_is_in_the_settings_table() -> None:
    rows = {
        match.group(1): match.group(2)
        for match in re.finditer(r"^\| (\w+) \| `(TRADEBOT_\w+)` \|", SECTION, re.MULTILINE)
    }
    for name, field in ApiSettings.model_fields.items():
        assert rows.get(name) == f"TRADEBOT_{name.upper()}", name
        assert field.description


def test_every_route_is_in_the_endpoints_table() -> None:
    from api.app import create_app

    paths = create_app(ApiSettings()).openapi()["paths"]
    assert "/api/chat" in paths
    for path in paths:
        shown = re.sub(r"\{\w+\}", "{id}", path)
        assert re.search(rf"`(GET|POST|DELETE)? ?{re.escape(shown)}[`?]", SECTION), path
