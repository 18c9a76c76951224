"""Records survive the manifest's JSON, including fields added or dropped later."""

from __future__ import annotations

from tests.vectorstore.factories import article, table
from vectorstore.codec import (
    card_from_dict,
    card_to_dict,
    passage_from_dict,
    passage_to_dict,
    source_from_dict,
    source_to_dict,
)


def test_records_round_trip() -> None:
    record, passages = article("a.txt", ["Exports rose."])
    card, _ = table("t1")

    assert passage_from_dict(passage_to_dict(passages[0])) == passages[0]
    assert card_from_dict(card_to_dict(card)) == card
    assert source_from_dict(source_to_dict(record)) == record


def test_unknown_keys_are_ignored() -> None:
    _, passages = article("a.txt", ["Exports rose."])
    card, _ = table("t1")
    data = {**card_to_dict(card), "from_the_future": 1}
    data["measures"] = [{**m, "extra": True} for m in data["measures"]]

    assert passage_from_dict({**passage_to_dict(passages[0]), "section": "x"}) == passages[0]
    assert card_from_dict(data) == card
