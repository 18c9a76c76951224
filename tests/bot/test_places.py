"""Country, territory and region names found in text, as place keys."""

from __future__ import annotations

import pytest

from lexicon.places import display_name, find_demonyms, find_places, place_key


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("the Mainland", "CHN"), ("Mainland China", "CHN"), ("Chinese Mainland", "CHN"),
        ("China", "CHN"), ("US", "USA"), ("USA", "USA"), ("United States", "USA"),
        ("America", "AMERICAS"), ("UK", "GBR"), ("Britain", "GBR"), ("United Kingdom", "GBR"),
        ("Korea", "KOR"), ("South Korea", "KOR"), ("Republic of Korea", "KOR"),
        ("Korea, Republic of", "KOR"), ("North Korea", "PRK"), ("Taiwan", "TWN"),
        ("Vietnam", "VNM"), ("Viet Nam", "VNM"), ("Hong Kong", "HKG"), ("Macao", "MAC"),
        ("Macau", "MAC"), ("EU", "EU"), ("European Union", "EU"), ("ASEAN", "ASEAN"),
        ("Asia", "ASIA"), ("Asia (region)", "ASIA"), ("Middle East", "MIDDLE_EAST"),
        ("the rest of the world", "REST_OF_WORLD"), ("World (total)", "WORLD"),
        ("Germany", "DEU"), ("Netherlands", "NLD"), ("Türkiye", "TUR"), ("Turkey", "TUR"),
        ("United Arab Emirates", "ARE"), ("UAE", "ARE"), ("Russia", "RUS"),
        ("Iran", "IRN"), ("Czech Republic", "CZE"), ("Côte d'Ivoire", "CIV"),
        ("East Asia", "EAST_ASIA"), ("Eastern Europe", "EASTERN_EUROPE"), ("GCC", "GCC"),
        ("Sub-Saharan Africa", "SUB_SAHARAN_AFRICA"), ("the Americas", "AMERICAS"),
        ("EU 27", "EU"), ("EU-28 countries", "EU"), ("ASEAN members", "ASEAN"),
        ("China, Hong Kong SAR", "HKG"), ("Macao SAR, China", "MAC"), ("Korea, Rep.", "KOR"),
        ("Iran (Islamic Republic of)", "IRN"), ("China (mainland)", "CHN"), ("EU-27", "EU"),
    ],
)  # fmt: skip
def test_place_key(name: str, key: str) -> None:
    assert place_key(name) == key


@pytest.mark.parametrize(
    "name", ["Others", "Other Asian countries", "total exports", "", "  ", "Other Asia, nes"]
)
def test_not_a_place(name: str) -> None:
    assert place_key(name) is None


def test_find_places_in_order_longest_first() -> None:
    found = find_places("Exports to Papua New Guinea, Latin America, the US and South Korea")
    assert [m.key for m in found] == ["PNG", "LATIN_AMERICA", "USA", "KOR"]
    assert [m.text for m in found] == ["Papua New Guinea", "Latin America", "US", "South Korea"]


def test_us_as_a_pronoun_is_no_place() -> None:
    assert find_places("tell us about exports") == []
    assert [m.key for m in find_places("exports to the U.S. rose")] == ["USA"]


def test_words_inside_other_words_are_no_places() -> None:
    assert find_places("Nigerian chinaware from Omaha") == []


def test_spans_point_at_the_names() -> None:
    text = "imports from Viet Nam"
    (mention,) = find_places(text)
    assert text[mention.start : mention.end] == "Viet Nam"


def test_display_names() -> None:
    assert display_name("DEU") == "Germany"
    assert display_name("VNM") == "Vietnam"
    assert display_name("EU") == "European Union"
    assert display_name("XYZ") == "XYZ"


def test_regions_win_over_the_continent_inside_them() -> None:
    assert [m.key for m in find_places("exports to East Asia and Asia")] == ["EAST_ASIA", "ASIA"]
    assert display_name("EAST_ASIA") == "East Asia"


def test_names_that_are_words_need_a_capital() -> None:
    assert find_places("exports of turkey meat and cotton jersey") == []
    assert [m.key for m in find_places("exports to Turkey and Jersey")] == ["TUR", "JEY"]
    assert [m.key for m in find_places("exports to turkey")] == ["TUR"]


def test_demonyms_before_a_flow_name_the_economy() -> None:
    found = find_demonyms("How did Thai exports and Vietnamese total imports do?")
    assert [(m.text, m.key) for m in found] == [("Thai", "THA"), ("Vietnamese", "VNM")]
    assert find_demonyms("What did Thai officials say?") == []
