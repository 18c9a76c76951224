"""The frame index (`bot.lookup`) selects exactly the rows boolean masks select."""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.lookup import INDEXES, decimals_of
from bot.partners import near
from bot.resolve import build_series, column_precision, filter_rows, series_rows
from vectorstore import Dimension, Measure, TableCard

PARTNERS = ("World", "Singapore", "singapore", "Japan", None)
FLOWS = ("exports", "imports", "Exports")
MEASURES = ("value", "yoy", "share")
PERIODS = ("2025-01", "2025-02", "2025-03", "2025-Q1")


def _card() -> TableCard:
    return TableCard(
        id="t",
        title="Trade by partner",
        source="t.csv",
        measures=tuple(Measure(m, m.title(), "US$ million") for m in MEASURES),
        dimensions=(
            Dimension("partner", "partner", ("World", "Singapore", "Japan")),
            Dimension("flow", "flow", ("exports", "imports")),
        ),
        periods=PERIODS,
        frequency="monthly",
        rows=0,
        attributes=("note",),
    )


rows = st.fixed_dictionaries(
    {
        "partner": st.sampled_from(PARTNERS),
        "flow": st.sampled_from(FLOWS),
        "measure": st.sampled_from(MEASURES),
        "period": st.sampled_from(PERIODS),
        "value": st.sampled_from([1.0, 2.5, 2.25, float("nan"), 10.0, 2.5000000001]),
        "note": st.sampled_from(["a", "b"]),
    }
)
keys = st.lists(
    st.tuples(
        st.sampled_from(["partner", "flow", "note", "missing"]),
        st.sampled_from(["Singapore", "SINGAPORE", "exports", "EXPORTS", "imports", "a", "b"]),
    ),
    max_size=3,
).map(tuple)


def _frame(records: list[dict[str, object]], categorical: bool) -> pd.DataFrame:
    frame = pd.DataFrame(records, columns=["partner", "flow", "measure", "period", "value", "note"])
    frame["value"] = frame["value"].astype("float64")
    frame["row"] = np.arange(len(frame), dtype="int64") + 2
    if categorical:
        for column in ("partner", "flow", "measure", "period"):
            frame[column] = frame[column].astype("category")
    return frame


@settings(max_examples=300, deadline=None)
@given(
    st.lists(rows, max_size=40),
    st.sampled_from(MEASURES),
    keys,
    st.none() | st.sets(st.sampled_from(PERIODS)),
    st.booleans(),
)
def test_series_rows_equal_filtering_with_masks(
    records: list[dict[str, object]],
    measure: str,
    wanted: tuple[tuple[str, str], ...],
    periods: set[str] | None,
    categorical: bool,
) -> None:
    frame = _frame(records, categorical)
    expected = filter_rows(frame[frame["measure"] == measure], wanted)
    if periods is not None:
        expected = expected[expected["period"].isin(periods)]
    found = series_rows(_card(), frame, measure, wanted, periods)
    # the same rows and values (text columns may come back as categoricals)
    pd.testing.assert_frame_equal(found.astype(object), expected.astype(object))


@settings(max_examples=100, deadline=None)
@given(st.lists(rows, min_size=1, max_size=40), st.sampled_from([1.0, 2.5, 10.0]))
def test_values_near_a_target_and_precision_equal_scans(
    records: list[dict[str, object]], target: float
) -> None:
    frame = _frame(records, False)
    names = ["value", "share"]
    expected = frame[frame["measure"].isin(names) & ((frame["value"] - target).abs() <= 1e-9)]
    found = near(_card(), frame, names, target, 1e-9)
    pd.testing.assert_frame_equal(found.astype(object), expected.astype(object))
    for measure in MEASURES:
        series = build_series(_card(), frame, Measure(measure, measure, ""), ())
        assert series.decimals == column_precision(frame[frame["measure"] == measure])


def test_shallow_copies_of_a_frame_share_its_index_and_a_new_frame_gets_its_own() -> None:
    frame = _frame([{"partner": "Japan", "flow": "exports", "measure": "value",
                     "period": "2025-01", "value": 3.0, "note": "a"}], False)  # fmt: skip
    card = _card()
    index = INDEXES.of(card, frame)
    assert index is not None
    assert INDEXES.of(card, frame.copy(deep=False)) is index
    changed = frame.copy()
    changed.loc[0, "partner"] = "Singapore"
    assert INDEXES.of(card, changed) is not index
    keys = (("partner", "Singapore"),)
    assert series_rows(card, changed, "value", keys)["row"].tolist() == [2]
    assert series_rows(card, frame, "value", keys).empty


def test_decimals_ignore_missing_and_infinite_values() -> None:
    values = np.array([1.25, np.nan, np.inf, 2.5])
    assert decimals_of(values) == 2
