"""Records to and from JSON-safe dicts, for the manifest."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from vectorstore.records import Dimension, Measure, Passage, SourceRecord, TableCard


def passage_to_dict(passage: Passage) -> dict[str, Any]:
    return asdict(passage)


def passage_from_dict(data: dict[str, Any]) -> Passage:
    return Passage(**data)


def card_to_dict(card: TableCard) -> dict[str, Any]:
    return asdict(card)


def card_from_dict(data: dict[str, Any]) -> TableCard:
    fields = dict(data)
    fields["measures"] = tuple(Measure(**m) for m in data.get("measures", ()))
    fields["dimensions"] = tuple(
        Dimension(name=d["name"], role=d["role"], values=tuple(d.get("values", ())))
        for d in data.get("dimensions", ())
    )
    for name in ("periods", "attributes", "notes"):
        fields[name] = tuple(data.get(name, ()))
    return TableCard(**fields)


def source_to_dict(record: SourceRecord) -> dict[str, Any]:
    return asdict(record)


def source_from_dict(data: dict[str, Any]) -> SourceRecord:
    fields = dict(data)
    fields["tables"] = tuple(data.get("tables", ()))
    return SourceRecord(**fields)
