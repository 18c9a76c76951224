"""The store's settings are documented, and its public names exist."""

from __future__ import annotations

from pathlib import Path

import vectorstore
from vectorstore.settings import StoreSettings

PAGE = Path(__file__).parents[2] / "docs" / "store.md"


def test_every_setting_is_in_the_settings_table() -> None:
    text = PAGE.read_text(encoding="utf-8")

    for name, field in StoreSettings.model_fields.items():
        assert field.description, name
        assert f"| `{name}` | `TRADEBOT_{name.upper()}` |" in text, name


def test_public_names_exist() -> None:
    assert sorted(vectorstore.__all__) == sorted(set(vectorstore.__all__))
    for name in vectorstore.__all__:
        assert getattr(vectorstore, name) is not None
