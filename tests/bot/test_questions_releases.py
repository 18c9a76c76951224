"""Questions over five national releases in layouts of their own (a monthly release with no
total exports, a yearbook with sections per flow and a rate row, goods by code and
description, partners with blocs mixed in, a year row above its months): sums by the
trade identity, shares within a grouping, follow-ups about what a ranking found, yes-or-no
confirmations, and refusals where a figure would answer another question."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.answer.coverage import CoverageError
from bot.engine import Answer
from tests.bot.releases_support import ask, ingested
from vectorstore import Store

MONTH_NAMES = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip
# Qatar: domestic exports, re-exports and imports by month; no total exports, no balance
QATAR = {
    (year, month): (
        20000.0 + 100 * month + (500 if year == 2025 else 0),
        1200.0 + 10 * month + (150 if year == 2025 else 0),
        9500.0 + 120 * month + (300 if year == 2025 else 0),
    )
    for year in (2024, 2025)
    for month in range(1, 13)
}
# Hungary: 2025 by month (exports, imports); the balance is printed
HUNGARY = {m: (11600 + 120 * m, 11700 + 80 * m + (300 if m == 7 else 0)) for m in range(1, 13)}
# Austria: partner -> (exports 2024, exports 2025, imports 2024, imports 2025)
AUSTRIA = {
    "Total": (191018, 192446, 193005, 194212),
    "Euro area (20 countries)": (95679, 96588, 109086, 107123),
    "Third countries (non-EU)": (68316, 68489, 58577, 61901),
    "Germany": (56559, 55902, 66050, 63900),
    "Italy": (12246, 12655, 11900, 12155),
    "Belgium": (3100, 3150, 4880, 4884),
    "Czechia": (7100, 7150, 8657, 8652),
    "Hungary": (6900, 7000, 5800, 5900),
    "United States of America": (15100, 15812, 9000, 9100),
    "China (excl. Hong Kong)": (4200, 4100, 13500, 14073),
    "Türkiye": (2305, 2350, 1854, 1940),
}
GEORGIA = {  # section -> (code, exports 2024, exports 2025, imports 2024, imports 2025)
    "Mineral products": ("V", 1416093.5, 1447373.3, 2837843.4, 2785389.6),
    "Vehicles, aircraft, vessels and associated transport equipment": (
        "XVII", 1379025.9, 1300000.0, 3005000.0, 2900000.0,
    ),
    "Textiles and textile articles": ("XI", 160410.9, 185610.5, 500000.0, 510000.0),
    "Works of art, collectors' pieces and antiques": ("XXI", 3238.5, 3397.1, 7791.3, 7420.2),
}  # fmt: skip
COLOMBIA = {  # destination -> (2024, 2025)
    "Total": (49547000.0, 50316583.3),
    "United States": (14487212.9, 15076058.1),
    "Panama": (3437434.6, 3281571.1),
    "China": (2287942.5, 2551984.6),
    "Spain": (1431200.0, 1531710.0),
}
COLOMBIA_GROUPS = {"Pacific Alliance": (4338158.4, 4272386.8), "Mercosur": (2191648.8, 2147265.9)}


def _qatar() -> str:
    lines = [
        "Table (1): Qatar Merchandise Trade by Month, 2024 - 2025",
        "(Value in QR Million)",
        "Month,Exports of Domestic Products,Re-Exports,Imports (CIF)",
    ]
    for (year, month), (dom, re_, imp) in QATAR.items():
        lines.append(f"{MONTH_NAMES[month - 1]} {year},{dom},{re_},{imp}")
    lines += ["", "Source: Planning and Statistics Authority (PSA)."]
    return "\n".join(lines) + "\n"


def _hungary() -> str:
    lines = [
        "3.1.1. Value of external trade in goods (EUR million), monthly",
        "Period,Exports,Imports,Balance",
    ]
    exports, imports = sum(e for e, _ in HUNGARY.values()), sum(i for _, i in HUNGARY.values())
    lines.append(f"2025,{exports},{imports},{exports - imports}")
    for month, (exp, imp) in HUNGARY.items():
        star = "*" if month == 4 else ""
        lines.append(f"{MONTH_NAMES[month - 1]}{star},{exp},{imp},{exp - imp}")
    lines += ["* Preliminary data.", "Source: Hungarian Central Statistical Office (KSH)."]
    return "\n".join(lines) + "\n"


def _austria() -> str:
    lines = [
        "Table 5.3 Foreign trade by economic regions and selected partner countries",
        "Values in EUR million",
        "",
        "Economic region / partner country,2024,2025 1)",
    ]
    for flow, offset in (("EXPORTS", 0), ("IMPORTS", 2)):
        lines.append(f"{flow},,")
        for name, values in AUSTRIA.items():
            lines.append(f'"{name}",{values[offset]},{values[offset + 1]}')
    lines += ["", "Source: STATISTICS AUSTRIA, foreign trade statistics.", "1) Provisional."]
    return "\n".join(lines) + "\n"


def _georgia() -> str:
    lines = [
        "External Merchandise Trade of Georgia by HS Sections, 2024-2025",
        "(thousand USD)",
        "HS section,Description,Exports 2024,Exports 2025,Imports 2024,Imports 2025",
    ]
    totals = [sum(v[i] for v in GEORGIA.values()) for i in range(1, 5)]
    lines.append(",Total," + ",".join(str(round(t, 1)) for t in totals))
    for name, (code, *values) in GEORGIA.items():
        lines.append(f'{code},"{name}",' + ",".join(str(v) for v in values))
    return "\n".join(lines) + "\n"


def _colombia() -> str:
    lines = [
        "Colombia. Exports by main country of destination",
        "Value FOB in thousand US dollars",
        "",
        "Country of destination,January - December,,Share 2025 (%)",
        ",2024,2025p,",
    ]
    total = COLOMBIA["Total"][1]
    for name, (before, now) in {**COLOMBIA, **COLOMBIA_GROUPS}.items():
        lines.append(f"{name},{before},{now},{round(now / total * 100, 1)}")
    lines += ["", "p: provisional."]
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    root = tmp_path_factory.mktemp("releases")
    folder = root / "tables"
    folder.mkdir()
    for name, text in (
        ("qatar_psa_trade_monthly.csv", _qatar()),
        ("ksh_trade_monthly.csv", _hungary()),
        ("statistik_austria_partners.csv", _austria()),
        ("geostat_hs_sections.csv", _georgia()),
        ("dane_exports_by_destination.csv", _colombia()),
    ):
        (folder / name).write_text(text, encoding="utf-8")
    opened = ingested(root, folder)
    yield opened
    opened.close()


def _values(answer: Answer) -> list[float]:
    return [f.value for f in answer.figures]


def _qatar_year(year: int, part: int) -> float:
    return sum(v[part] for (y, _), v in QATAR.items() if y == year)


def test_total_exports_defined_by_their_parts_is_one_flow(store: Store) -> None:
    answer = ask(
        store, "What were Qatar's total exports, domestic products plus re-exports, in 2024?"
    )
    total = _qatar_year(2024, 0) + _qatar_year(2024, 1)
    assert answer.figures[0].value == pytest.approx(total)
    assert "domestic exports + re-exports" in answer.figures[0].formula


def test_exports_of_domestic_products_are_domestic_exports(store: Store) -> None:
    answer = ask(store, "What were Qatar's exports of domestic products in July 2024?")
    assert answer.figures[0].value == QATAR[(2024, 7)][0]


def test_a_share_of_a_defined_total(store: Store) -> None:
    answer = ask(
        store,
        "In 2024, what share of Qatar's total exports (domestic plus re-exports) was "
        "domestic products?",
    )
    dom, re_ = _qatar_year(2024, 0), _qatar_year(2024, 1)
    share = next(f for f in answer.figures if f.unit == "%")
    assert share.value == pytest.approx(dom / (dom + re_) * 100, abs=0.05)


def test_a_year_later_moves_the_previous_period(store: Store) -> None:
    answer = ask(store, "What were Qatar's re-exports in May 2024?", "And a year later?")
    assert answer.figures[0].value == QATAR[(2025, 5)][1]
    assert "May 2025" in answer.text


def test_a_change_between_two_months_states_the_amount_too(store: Store) -> None:
    answer = ask(
        store, "How much did Qatar's imports change between January 2024 and December 2025?"
    )
    first, last = QATAR[(2024, 1)][2], QATAR[(2025, 12)][2]
    assert pytest.approx(last - first) in _values(answer)
    assert pytest.approx((last / first - 1) * 100, abs=0.05) in _values(answer)


def test_a_threshold_in_riyals_over_the_months(store: Store) -> None:
    answer = ask(store, "Did Qatar's monthly imports exceed QR 10.5 billion in any month of 2025?")
    above = [m for m in range(1, 13) if QATAR[(2025, m)][2] > 10500]
    assert answer.verdict == ("yes" if above else "no")
    assert answer.figures[0].value == QATAR[(2025, above[0])][2]


def test_the_balance_asked_for_two_years_is_given_for_both(store: Store) -> None:
    answer = ask(store, "What was Qatar's trade balance in 2024, and in 2025?")
    balances = [
        _qatar_year(year, 0) + _qatar_year(year, 1) - _qatar_year(year, 2) for year in (2024, 2025)
    ]
    for balance in balances:
        assert pytest.approx(balance) in _values(answer)


def test_an_agency_named_by_its_adjective_names_the_reporter(store: Store) -> None:
    answer = ask(store, "What were Hungary's exports in March 2025?")
    assert answer.figures[0].value == HUNGARY[3][0]
    balance = ask(store, "What trade balance did Hungary record in February 2025?")
    assert balance.figures[0].value == HUNGARY[2][0] - HUNGARY[2][1]


def test_relative_to_a_whole_of_another_period(store: Store) -> None:
    answer = ask(
        store,
        "What were Hungary's exports in April 2025?",
        "How big is that relative to all of Hungary's exports in 2025?",
    )
    year = sum(e for e, _ in HUNGARY.values())
    share = next(f for f in answer.figures if f.unit == "%")
    assert share.value == pytest.approx(HUNGARY[4][0] / year * 100, abs=0.05)
    assert "April 2025" in answer.text
    assert "in 2025" in answer.text


def test_a_balance_ever_negative_is_a_deficit_month(store: Store) -> None:
    answer = ask(store, "Was Hungary's monthly trade balance ever negative in 2025?")
    assert answer.verdict == "yes"
    negative = [e - i for e, i in HUNGARY.values() if e - i < 0]
    assert negative
    assert _values(answer) == negative


def test_months_ranked_by_their_deficit(store: Store) -> None:
    deficit = ask(store, "Which month of 2025 had Hungary's largest trade deficit?")
    worst = min(HUNGARY, key=lambda m: HUNGARY[m][0] - HUNGARY[m][1])
    assert f"{MONTH_NAMES[worst - 1]} 2025" in deficit.text.split("\n")[0]
    surplus = ask(store, "Which month of 2025 had Hungary's largest trade surplus?")
    best = max(HUNGARY, key=lambda m: HUNGARY[m][0] - HUNGARY[m][1])
    assert f"{MONTH_NAMES[best - 1]} 2025" in surplus.text.split("\n")[0]


def test_buying_from_a_partner_is_importing(store: Store) -> None:
    answer = ask(store, "How much did Austria buy from Turkey in 2024?")
    assert answer.figures[0].value == AUSTRIA["Türkiye"][2]


def test_suppliers_are_ranked_by_imports(store: Store) -> None:
    answer = ask(store, "What were Austria's top three supplier countries in 2025?")
    lead = answer.text.split("\n")[0]
    for name in ("Germany", "China (excl. Hong Kong)", "Italy"):
        assert name in lead
    assert "United States" not in lead


def test_a_share_of_a_member_in_its_grouping(store: Store) -> None:
    answer = ask(
        store,
        "What share of Austria's exports to non-EU countries went to the United States in 2025?",
    )
    share = next(f for f in answer.figures if f.unit == "%")
    expected = AUSTRIA["United States of America"][1] / AUSTRIA["Third countries (non-EU)"][1]
    assert share.value == pytest.approx(expected * 100, abs=0.05)


def test_a_grouping_named_with_a_possessive_is_the_part_of_a_share(store: Store) -> None:
    answer = ask(store, "What was the euro area's share of Austria's imports in 2024?")
    share = next(f for f in answer.figures if f.unit == "%")
    expected = AUSTRIA["Euro area (20 countries)"][2] / AUSTRIA["Total"][2] * 100
    assert share.value == pytest.approx(expected, abs=0.05)


def test_a_small_change_is_a_change(store: Store) -> None:
    changed = ask(store, "Did Austria's imports from Belgium change in 2025?")
    assert changed.verdict == "yes"
    unchanged = ask(store, "Austria's imports from Czechia were unchanged in 2025, right?")
    assert unchanged.verdict == "no"
    before, now = AUSTRIA["Czechia"][2:]
    change = unchanged.figures[0].value
    assert change != 0
    assert change == pytest.approx((now / before - 1) * 100, abs=0.05)
    assert "0.0%" not in unchanged.text


def test_a_stated_rise_is_checked(store: Store) -> None:
    answer = ask(store, "Georgia's vehicle exports increased in 2025 - true?")
    assert answer.verdict == "no"


def test_the_largest_section_is_a_ranking_not_the_total(store: Store) -> None:
    largest = ask(store, "What was Georgia's largest import section in 2024?")
    assert "Vehicles" in largest.text.split("\n")[0]
    smallest = ask(store, "What was Georgia's largest import section in 2024?", "And the smallest?")
    assert "Works of art" in smallest.text.split("\n")[0]


def test_how_much_was_the_ranked_one(store: Store) -> None:
    answer = ask(
        store, "Which HS section was Georgia's biggest export in 2025?", "How much was that?"
    )
    assert answer.figures[0].value == pytest.approx(GEORGIA["Mineral products"][2] / 1e6, 1e-3)


def test_blocs_are_not_destination_countries(store: Store) -> None:
    answer = ask(store, "Which country was Colombia's second-largest export destination in 2025?")
    assert "Panama" in answer.text.split("\n")[0]
    top = ask(store, "What were Colombia's five largest export destinations in 2025?")
    assert "Mercosur" not in top.text
    assert "Pacific Alliance" not in top.text


def test_and_the_second_after_a_ranking(store: Store) -> None:
    answer = ask(store, "Which country took the most Colombian exports in 2025?", "And the second?")
    assert "Panama" in answer.text.split("\n")[0]


def test_growth_there_is_the_growth_of_the_ranked_partner(store: Store) -> None:
    answer = ask(
        store,
        "What was Colombia's largest export destination country in 2025?",
        "By how much did exports there grow that year?",
    )
    before, now = COLOMBIA["United States"]
    growth = next(f for f in answer.figures if f.unit == "%")
    assert growth.value == pytest.approx((now / before - 1) * 100, abs=0.05)


def test_a_contribution_the_tables_do_not_give_is_refused(store: Store) -> None:
    with pytest.raises(CoverageError):
        ask(store, "What did Spain contribute to Colombia's export growth in 2025?")
