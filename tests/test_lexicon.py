"""The shared vocabulary (`lexicon`): groupings are not countries, qualifiers in
parentheses, and the names statistics offices write (``The mainland of China``,
``Korea, Republic of``) meeting the names people ask with."""

from __future__ import annotations

import pytest

from ingest.tables.roles import place_kind
from lexicon.groupings import is_grouping, is_residual, members_of, qualifier
from lexicon.places import (
    code_key,
    display_name,
    find_agencies,
    find_agency_demonyms,
    find_places,
    place_key,
)

GROUPINGS = [
    "ASEAN",
    "Euro area (20 countries)",
    "European Union (27 countries)",
    "Other countries",
    "Rest of the world",
    "Unallocated",
    "World",
    "Total",
    "Middle East",
    "Other Asia, nes",
    "Areas, nes",
    "Pacific Alliance",
    "Mercosur",
    "Andean Community (CAN)",
    "Third countries (non-EU)",
    "G.C.C. Countries",
]
COUNTRIES = [
    "Japan",
    "Korea, Republic of",
    "The mainland of China",
    "Hong Kong, China",
    "Macao SAR, China",
    "Viet Nam",
    "Chinese Taipei",
    "United States",
    "Netherlands",
]


def test_groupings_are_not_countries() -> None:
    assert [name for name in GROUPINGS if not is_grouping(name)] == []


def test_countries_are_not_groupings() -> None:
    assert [name for name in COUNTRIES if is_grouping(name)] == []
    assert {name: place_kind(name) for name in COUNTRIES} == dict.fromkeys(COUNTRIES, "country")


def test_residual_and_aggregate_codes_are_groupings() -> None:
    assert [name for name in ("Areas n.e.s.", "EU27_2020") if not is_grouping(name)] == []


def test_qualifier_is_the_trailing_parenthesis() -> None:
    assert qualifier("Euro area (20 countries)") == "20 countries"
    assert qualifier("European Union (27 countries) ") == "27 countries"
    assert qualifier("Asia (region)") == "region"
    assert qualifier("Japan") is None


ALIASES = {
    "The mainland of China": "CHN",
    "China (mainland)": "CHN",
    "Korea, Republic of": "KOR",
    "Republic of Korea": "KOR",
    "Korea, Rep.": "KOR",
    "Hong Kong SAR, China": "HKG",
    "Macao SAR, China": "MAC",
    "Viet Nam": "VNM",
    "Chinese Taipei": "TWN",
    "Euro area (20 countries)": "EURO_AREA",
    "EU 27": "EU",
}


def test_aliases_meet_on_one_place_key() -> None:
    assert {name: place_key(name) for name in ALIASES} == ALIASES


def test_places_in_a_question_as_offices_write_them() -> None:
    text = "exports to Korea, Republic of and the mainland of China"
    assert [m.key for m in find_places(text)] == ["KOR", "CHN"]


def test_words_that_are_also_places_count_only_as_places() -> None:
    assert [m.key for m in find_places("turkey meat exports to Turkey")] == ["TUR"]
    assert [m.key for m in find_places("What did the US buy from us in 2024?")] == ["USA"]


def test_codes_as_tables_and_questions_write_them() -> None:
    assert code_key("EU27_2020") == "EU"
    assert code_key("EA20") == "EURO_AREA"
    assert code_key("DE") == "DEU"
    assert [m.key for m in find_places("imports from KR and DE")] == ["KOR", "DEU"]
    assert display_name("EURO_AREA") == "Euro area"
    assert display_name(place_key("Korea, Republic of") or "") == "South Korea"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("And how much of that went to EU27_2020?", "EU"),
        ("exports to EA20 in 2025", "EURO_AREA"),
        ("imports from EXT_EU27_2020", "EXTRA_EU"),
    ],
)
def test_eurostat_aggregate_codes_are_places(text: str, key: str) -> None:
    from lexicon.places import find_places

    assert [m.key for m in find_places(text)] == [key]


def test_a_currency_sign_is_never_a_place() -> None:
    from lexicon.places import find_places

    assert [m.key for m in find_places("Did exports to Japan exceed US$30 billion?")] == ["JPN"]


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("% of total imports", "share_pct"),
        ("corresponding period of previous year = 100", "index"),
        ("muutos edellisestä vuodesta, % / change from previous year, %", "change_pct"),
        ("Euro area (20 countries)", None),
    ],
)
def test_rows_annotating_the_row_above(label: str, kind: str | None) -> None:
    from lexicon.measures import derived_kind

    assert derived_kind(label) == kind


@pytest.mark.parametrize(
    ("label", "basis"),
    [
        ("Change compared to same month previous year (pct.)", "yoy"),
        ("% change over previous month", "mom"),
        ("meziměsíčně v % / m/m %", "mom"),
        ("% change", "yoy"),
    ],
)
def test_a_rate_rows_basis(label: str, basis: str) -> None:
    from lexicon.measures import rate_basis

    assert rate_basis(label) == basis


@pytest.mark.parametrize(
    ("note", "key"),
    [
        ("Source: Hungarian Central Statistical Office (KSH), STADAT.", "HUN"),
        ("Source: Qatari Planning and Statistics Authority", "QAT"),
        ("Data: the Moroccan Office des Changes", "MAR"),
    ],
)
def test_an_agency_named_by_its_economys_adjective(note: str, key: str) -> None:
    assert [m.key for m in find_agency_demonyms(note)] == [key]


def test_an_adjective_without_an_agency_names_no_reporter() -> None:
    assert find_agency_demonyms("Hungarian exports rose in 2025.") == []


def test_an_office_named_by_the_name_it_signs_with() -> None:
    assert [m.key for m in find_agencies("Source: Istat, Coeweb - foreign trade")] == ["ITA"]
    assert find_agencies("Source: the ministry's statistics") == []


def test_unclassified_lines_are_residual_but_a_named_nes_section_is_not() -> None:
    assert is_residual("Goods not elsewhere specified")
    assert not is_residual("Chemicals and related products, n.e.s.")
    assert not is_residual("Commodities and transactions not classified elsewhere")  # SITC 9


def test_a_groupings_members_where_the_vocabulary_knows_them() -> None:
    assert members_of("GCC") >= {"SAU", "ARE", "OMN"}
    assert members_of(place_key("G.C.C. Countries") or "") == members_of("GCC")
    assert members_of("ASIA") == frozenset()
