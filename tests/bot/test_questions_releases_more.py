"""Questions over four more releases (kinds of goods written as columns after their
total, a bilingual yearbook with flow blocks, a two-row header with an Arabic month
column, sectors with their products indented under them): goods by their initials,
rankings outside the EU and of sectors, claims in words and with a question tag, and
refusals of forecasts, counts and goods the answer would not be about."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from openpyxl import Workbook

from bot.answer.coverage import CoverageError
from bot.engine import Answer
from tests.bot.releases_support import ask, ingested
from vectorstore import Store

MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip
# Argentina 2025 by month: (primary products, MOA, MOI, fuel and energy, imports)
ARGENTINA = {
    m: (1000 + 20 * m, 2500 + 10 * m, 1800 + 5 * m, 800.0, 6000 + 60 * m) for m in range(1, 13)
}
# Jordan by month: (national exports, re-exports, imports)
JORDAN = {
    (y, m): (600.0 + 5 * m + (30 if y == 2025 else 0), 90.0 + m, 1500.0 + 10 * m)
    for y in (2024, 2025)
    for m in range(1, 13)
}
# Romania by partner: (exports 2023, exports 2024)
ROMANIA = {
    "Germany": (19528.7, 19211.9),
    "Italy": (9653.6, 9255.0),
    "Türkiye": (3600.2, 3785.6),
    "Russian Federation": (420.5, 378.6),
}
ROMANIA_TOTAL = (95190.0, 93870.0)
ROMANIA_EXTRA_EU = (25500.0, 25063.3)
# Morocco: sector -> (2024, 2025, [(product, 2024, 2025), ...])
MOROCCO = {
    "Automotive": [("Construction", 67312, 64870), ("Wiring", 47905, 49204)],
    "Phosphates and derivatives": [("Phosphate rock", 9812, 10977), ("Fertilizers", 56874, 66318)],
    "Aeronautics": [],
}
MOROCCO_ALONE = {"Aeronautics": (26427, 28611)}
MOROCCO_IMPORTS = {"Energy products": (114732, 104318), "Food products": (90912, 93720)}


def _argentina() -> str:
    lines = [
        '"Argentine trade. Exports by major category, imports and trade balance, by month"',
        "In millions of dollars",
        "",
        "Period,Total exports,Primary products (PP),Manufactures of agricultural origin (MOA),"
        "Manufactures of industrial origin (MOI),Fuel and energy (CyE),Imports,Trade balance",
    ]
    year = [sum(v[i] for v in ARGENTINA.values()) for i in range(5)]
    lines.append(f"2025,{sum(year[:4])},{','.join(str(v) for v in year)},{sum(year[:4]) - year[4]}")
    for m, (pp, moa, moi, cye, imp) in ARGENTINA.items():
        total = pp + moa + moi + cye
        lines.append(f"{MONTHS[m - 1]},{total},{pp},{moa},{moi},{cye},{imp},{total - imp}")
    lines.append("Source: INDEC.")
    return "\n".join(lines) + "\n"


def _jordan(path: str) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "Table 2"
    sheet.append(["The Hashemite Kingdom of Jordan - Department of Statistics"])
    sheet.append(["Table (2): Value of National Exports, Re-Exports and Imports by Month"])
    sheet.append([None, None, None, None, None, None, None, "(Value in Million JD)"])
    sheet.append(["Month", "2024", None, None, "2025 (*)", None, None, "الشهر"])
    sheet.append([None, *["National Exports", "Re-Exports", "Imports"] * 2, None])
    arabic = (
        "كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|"
        "تشرين الأول|تشرين الثاني|كانون الأول"
    )
    for m, word in enumerate(arabic.split("|"), start=1):
        sheet.append([MONTHS[m - 1], *JORDAN[(2024, m)], *JORDAN[(2025, m)], word])
    sheet.append([])
    sheet.append(["(*) Preliminary data, subject to revision."])
    book.save(path)


def _romania() -> str:
    lines = [
        "16.8 EXPORTS (FOB) AND IMPORTS (CIF) BY MAIN PARTNER COUNTRIES",
        "million euro",
        ",2023,2024",
        f"EXPORTS (FOB) - TOTAL,{ROMANIA_TOTAL[0]},{ROMANIA_TOTAL[1]}",
        f"Extra-EU,{ROMANIA_EXTRA_EU[0]},{ROMANIA_EXTRA_EU[1]}",
        *(f"{name},{a},{b}" for name, (a, b) in ROMANIA.items()),
        "Source: National Institute of Statistics, Romania.",
    ]
    return "\n".join(lines) + "\n"


def _morocco() -> str:
    lines = [
        "OFFICE DES CHANGES - Monthly indicators of foreign trade of goods",
        "(In MAD million)",
        "Sectors / Product groups,End Dec. 2024,End Dec. 2025*",
    ]
    sectors = []
    for sector, products in MOROCCO.items():
        if products:
            a, b = sum(p[1] for p in products), sum(p[2] for p in products)
        else:
            a, b = MOROCCO_ALONE[sector]
        sectors.append((sector, a, b, products))
    total = (sum(s[1] for s in sectors), sum(s[2] for s in sectors))
    lines.append(f"EXPORTS (FOB),{_spaced(total[0])},{_spaced(total[1])}")
    for sector, a, b, products in sectors:
        lines.append(f"{sector},{_spaced(a)},{_spaced(b)}")
        lines.extend(f"   {p},{_spaced(x)},{_spaced(y)}" for p, x, y in products)
    imports = [sum(v[i] for v in MOROCCO_IMPORTS.values()) for i in (0, 1)]
    lines.append(f"IMPORTS (CIF),{_spaced(imports[0])},{_spaced(imports[1])}")
    lines.extend(f"{k},{_spaced(a)},{_spaced(b)}" for k, (a, b) in MOROCCO_IMPORTS.items())
    lines += ["* Provisional figures.", "Source: Office des Changes (Morocco)."]
    return "\n".join(lines) + "\n"


def _spaced(value: float) -> str:
    """Thousands with a space, as the Office des Changes writes them, quoted for the CSV."""
    return '"' + f"{value:,.0f}".replace(",", " ") + '"'


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    root = tmp_path_factory.mktemp("more-releases")
    folder = root / "tables"
    folder.mkdir()
    (folder / "indec_argentina_monthly.csv").write_text(_argentina(), encoding="utf-8")
    _jordan(str(folder / "jordan_dos_trade_by_month.xlsx"))
    (folder / "ins_romania_yearbook.csv").write_text(_romania(), encoding="utf-8")
    (folder / "office_des_changes_morocco.csv").write_text(_morocco(), encoding="utf-8")
    opened = ingested(root, folder)
    yield opened
    opened.close()


def _lead(answer: Answer) -> str:
    return answer.text.split("\n")[0]


def test_kinds_of_goods_written_after_their_total_are_asked_by_initials(store: Store) -> None:
    answer = ask(store, "What were Argentina's MOI exports in March 2025?")
    assert answer.figures[0].value == ARGENTINA[3][2]


def test_the_largest_of_the_export_categories(store: Store) -> None:
    answer = ask(store, "Of Argentina's four export categories, which was the biggest in 2025?")
    assert "Manufactures of agricultural origin" in _lead(answer)


def test_any_month_when_one_flow_passed_the_other(store: Store) -> None:
    answer = ask(
        store, "Was there any month in 2025 when Argentina imported more than it exported?"
    )
    above = [m for m, v in ARGENTINA.items() if v[4] > sum(v[:4])]
    assert answer.verdict == ("yes" if above else "no")
    if above:
        assert MONTHS[above[0] - 1] in _lead(answer)


def test_a_forecast_is_refused(store: Store) -> None:
    with pytest.raises(CoverageError):
        ask(store, "What will Jordan's trade deficit be next year?")


def test_a_claim_with_a_question_tag(store: Store) -> None:
    answer = ask(store, "Jordan's imports in January 2025 were JD 1.2 billion, weren't they?")
    assert answer.verdict == (
        "supported" if abs(JORDAN[(2025, 1)][2] - 1200) < 50 else "contradicted"
    )


def test_national_exports_are_domestic_exports_and_imports_are_not_narrowed(store: Store) -> None:
    imports = ask(store, "How much did Jordan import in February 2024?")
    assert imports.figures[0].value == JORDAN[(2024, 2)][2]
    total = ask(store, "What were Jordan's total exports in May 2025?")
    assert total.figures[0].value == pytest.approx(sum(JORDAN[(2025, 5)][:2]))


def test_the_largest_market_outside_the_eu(store: Store) -> None:
    answer = ask(store, "Which non-EU country was Romania's largest export market in 2024?")
    assert "Türkiye" in _lead(answer)
    assert "Germany" not in _lead(answer)


def test_countries_outside_the_eu_is_a_place(store: Store) -> None:
    answer = ask(store, "What were Romania's exports to countries outside the EU in 2024?")
    assert answer.figures[0].value == ROMANIA_EXTRA_EU[1]


def test_a_claimed_share_in_words(store: Store) -> None:
    answer = ask(store, "Germany took more than a fifth of Romania's exports in 2024 - true?")
    share = ROMANIA["Germany"][1] / ROMANIA_TOTAL[1] * 100
    assert answer.verdict == ("supported" if share > 20 else "contradicted")
    assert any(f.value == pytest.approx(share, abs=0.05) for f in answer.figures)


def test_ever_below_in_an_annual_table(store: Store) -> None:
    answer = ask(
        store,
        "Did Romania's exports to Russia ever drop below EUR 400 million between 2023 and 2024?",
    )
    assert answer.verdict == "yes"
    assert "2024" in _lead(answer)


def test_the_largest_sector_is_a_group_not_one_of_its_products(store: Store) -> None:
    answer = ask(store, "What was Morocco's largest export sector in 2025?")
    sectors = {s: sum(p[2] for p in ps) for s, ps in MOROCCO.items() if ps}
    sectors |= {s: v[1] for s, v in MOROCCO_ALONE.items()}
    assert max(sectors, key=sectors.__getitem__) in _lead(answer)


def test_a_share_of_one_product_within_its_sector(store: Store) -> None:
    answer = ask(
        store,
        "Within Morocco's automotive exports, how big was the wiring segment's share in 2025?",
    )
    wiring, automotive = 49204, sum(p[2] for p in MOROCCO["Automotive"])
    share = next(f for f in answer.figures if f.unit == "%")
    assert share.value == pytest.approx(wiring / automotive * 100, abs=0.05)


def test_goods_of_the_named_reporter_only(store: Store) -> None:
    answer = ask(store, "What was Morocco's energy import bill in 2025?")
    assert answer.figures[0].value == MOROCCO_IMPORTS["Energy products"][1]


def test_how_much_of_a_flow_in_percent_is_a_share(store: Store) -> None:
    answer = ask(store, "How much of Morocco's 2024 import bill was energy, in percent?")
    energy, food = (v[0] for v in MOROCCO_IMPORTS.values())
    share = next(f for f in answer.figures if f.unit == "%")
    assert share.value == pytest.approx(energy / (energy + food) * 100, abs=0.05)


def test_a_sector_and_its_product_named_alike_are_refused_not_guessed(store: Store) -> None:
    with pytest.raises(CoverageError):
        ask(
            store,
            "Together, how much did Morocco's phosphates and automotive sectors export in 2025?",
        )


def test_a_count_of_something_the_tables_do_not_count_is_refused(store: Store) -> None:
    with pytest.raises(CoverageError):
        ask(store, "How many containers were handled at Aqaba port in 2025?")


def test_a_compound_rate_asked_again_for_another_partner(store: Store) -> None:
    answer = ask(
        store,
        "What was the compound annual growth of Romania's exports to Italy from 2023 to 2024?",
        "And for Germany?",
    )
    before, now = ROMANIA["Germany"]
    rate = next(f for f in answer.figures if f.unit == "%")
    assert rate.value == pytest.approx((now / before - 1) * 100, abs=0.05)
    assert "compound" in _lead(answer)


def test_the_steepest_decline_ranks_from_the_bottom(store: Store) -> None:
    answer = ask(
        store, "Which partner saw the steepest percentage decline in Romania's exports in 2024?"
    )
    falls = {p: b / a - 1 for p, (a, b) in ROMANIA.items()}
    assert min(falls, key=falls.__getitem__) in _lead(answer)


def test_the_second_strongest_month(store: Store) -> None:
    answer = ask(store, "What was the second-strongest month for Jordan's imports in 2025?")
    ranked = sorted(range(1, 13), key=lambda m: -JORDAN[(2025, m)][2])
    assert f"{MONTHS[ranked[1] - 1]} 2025" in _lead(answer)
