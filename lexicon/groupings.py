"""Groupings are not countries: regions, trade blocs, the world and residual rows.

A ranking of countries leaves them out (questions about a grouping itself still answer).
A label is a grouping when its place key is one (``ASEAN``, ``EU``, ``EURO_AREA``), when
it counts its members (``Euro area (20 countries)``), or when it is a residual row
(``Other countries``, ``Rest of the world``, ``Unallocated``).
"""

from __future__ import annotations

import functools
import re

from lexicon.places import code_key, is_country_key, place_key

_MEMBERS = re.compile(r"\(\s*\d+\s+(?:countries|members|economies|member states)\s*\)", re.I)
_RESIDUAL = re.compile(
    r"^(?:the\s+)?(?:other|others|rest of|all other|remaining|unallocated|unspecified|"
    r"not (?:elsewhere )?specified|confidential|ships'? stores|special categories|"
    r"n\.?e\.?s\.?\b|miscellaneous)",
    re.I,
)
_UNCLASSIFIED = re.compile(
    r"^(?:(?:goods|items|products|other|commodities)\s+)?(?:not (?:elsewhere )?(?:classified|"
    r"specified)|unclassified)\b",
    re.I,
)
_TOTALISH = re.compile(r"^(?:the\s+)?(?:total|world|all\b)", re.I)
_BLOC = re.compile(
    r"\b(?:countries|economies|areas?|union|bloc|region|group|association|community|"
    r"member states|territories|nes|alliance|partnership|agreement|council|cooperation|"
    r"free trade|common market|economic zone|mercosur|mercosul|asean|apec|nafta|usmca|cptpp|"
    r"rcep|efta|ecowas|sadc|comesa|caricom|sica|gcc|eaeu|opec|brics|g7|g20|oecd|aladi)\b|\bn\.?e\.?s\.?(?!\w)|\bn\.?e\.?c\.?(?!\w)",
    re.I,
)


@functools.lru_cache(maxsize=16384)
def is_grouping(name: str) -> bool:
    """Whether a partner label names a grouping rather than one economy."""
    text = name.strip()
    if not text or _MEMBERS.search(text) or _TOTALISH.match(text) or is_residual(text):
        return True
    if "(%)" in text or re.search(r"\bshare of\b", text, re.I):
        return True  # "EU27 share of world total (%)": a rate row, never a partner
    key = place_key(text) or code_key(text)  # "EU27_2020", "EXT_EU27_2020", "EA20"
    if key is not None:
        return not is_country_key(key)  # "GCC" is three letters and no country
    return bool(_BLOC.search(text))


def is_residual(name: str) -> bool:
    """A line for what the table does not list one by one (``Other countries``, ``Rest of
    the world``, ``n.e.s.``, ``Miscellaneous``, ``... not classified elsewhere``): never
    ranked as a partner or a product."""
    text = name.strip()
    return bool(_RESIDUAL.match(text) or _UNCLASSIFIED.search(text))


def qualifier(name: str) -> str | None:
    """The qualifier a label carries in parentheses (``Euro area (20 countries)`` ->
    ``20 countries``), or None."""
    found = re.search(r"\(([^)]*)\)\s*$", name.strip())
    return found.group(1).strip() if found else None


# Members of the groupings a question may rank outside of ("the largest non-EU market")
EU_MEMBERS = frozenset(
    """AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX MLT NLD POL PRT
    ROU SVK SVN ESP SWE""".split()  # noqa: SIM905
)
_OUTSIDE = {"EXTRA_EU": EU_MEMBERS}
_MEMBERS_OF = {
    "EU": EU_MEMBERS,
    "GCC": frozenset({"SAU", "ARE", "KWT", "QAT", "BHR", "OMN"}),
    "ASEAN": frozenset({"BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM"}),
}


def members_of(key: str) -> frozenset[str]:
    """The place keys of a grouping's members (``GCC``: the six Gulf states); empty when
    the vocabulary does not know them."""
    return _MEMBERS_OF.get(key, frozenset())


def left_out_by(key: str) -> frozenset[str]:
    """The place keys a grouping of the form "outside X" leaves out (``EXTRA_EU``: the 27
    EU members); empty for any other key."""
    return _OUTSIDE.get(key, frozenset())
