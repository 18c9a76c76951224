"""Records to and from JSON-safe dicts, for the manifest.

Reading ignores keys the record no longer has, so a manifest written by an older
version (or a newer one that added fields) still opens.
"""

from __future__ import annotations

from dataclasses import asdict, fields
from typing import Any

from vectorstore.records import Dimension, Measure, Passage, SourceRecord, TableCard


def _known(cls: type, data: dict[str, Any]) -> dict[str, Any]:
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in data.items() if k in names}


def passage_to_dict(passage: Passage) -> dict[str, Any]:
    return asdict(passage)


def passage_from_dict(data: dict[str, Any]) -> Passage:
    return Passage(**_known(Passage, data))


def card_to_dict(card: TableCard) -> dict[str, Any]:
    return asdict(card)


def card_from_dict(data: dict[str, Any]) -> TableCard:
    values = _known(TableCard, data)
    values["measures"] = tuple(Measure(**_known(Measure, m)) for m in data.get("measures", ()))
    values["dimensions"] = tuple(
        Dimension(name=d["name"], role=d["role"], values=tuple(d.get("values", ())))
        for d in data.get("dimensions", ())
    )
    for name in ("periods", "attributes", "notes"):
        values[name] = tuple(data.get(name, ()))
    return TableCard(**values)


def source_to_dict(record: SourceRecord) -> dict[str, Any]:
    return asdict(record)


def source_from_dict(data: dict[str, Any]) -> SourceRecord:
    values = _known(SourceRecord, data)
    values["tables"] = tuple(data.get("tables", ()))
    return SourceRecord(**values)
