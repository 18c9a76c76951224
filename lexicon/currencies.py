"""National currencies and the economies that issue them.

A table in NZ$ or ringgit that does not name its economy is almost always that
economy's own release; US dollars and euros say nothing (many economies publish in them).
"""

from __future__ import annotations

import re

_ISSUERS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), key)
    for pattern, key in (
        (r"\bNZ\$|\bNZD\b", "NZL"),
        (r"(?<![A-Z])A\$|\bAU\$|\bAUD\b", "AUS"),
        (r"(?<![A-Z])C\$|\bCA\$|\bCAD\b", "CAN"),
        (r"(?<![A-Z])S\$|\bSG\$|\bSGD\b", "SGP"),
        (r"\bHK\$|\bHKD\b", "HKG"),
        (r"\bNT\$|\bTWD\b", "TWN"),
        (r"\bRM\b|\bMYR\b", "MYS"),
        (r"\bTHB\b|\bbaht\b", "THA"),
        (r"\bJPY\b|¥|\byen\b", "JPN"),
        (r"\bKRW\b|₩|\bwon\b", "KOR"),
        (r"\bINR\b|₹", "IND"),
        (r"\bVND\b|₫", "VNM"),
        (r"\bRMB\b|\bCNY\b|\byuan\b", "CHN"),
        (r"\bPHP\b|₱", "PHL"),
        (r"\bIDR\b|\brupiah\b", "IDN"),
        (r"\bCHF\b", "CHE"),
        (r"\bGBP\b|£", "GBR"),
        (r"\bNOK\b", "NOR"),
        (r"\bSEK\b", "SWE"),
        (r"\bDKK\b", "DNK"),
        (r"\bPLN\b|\bzłoty\b|\bzloty\b", "POL"),
        (r"\bCZK\b", "CZE"),
        (r"\bHUF\b", "HUN"),
        (r"\bILS\b|\bNIS\b|₪", "ISR"),
        (r"\bKES\b|\bKSh\b", "KEN"),
        (r"\bZAR\b", "ZAF"),
        (r"\bBRL\b|\bR\$", "BRA"),
        (r"\bMXN\b", "MEX"),
        (r"\bTRY\b", "TUR"),
        (r"\bPKR\b", "PAK"),
        (r"\bBDT\b|\bTk\b", "BGD"),
        (r"\bLKR\b", "LKA"),
        (r"\bEGP\b", "EGY"),
        (r"\bNGN\b|₦", "NGA"),
        (r"\bSAR\b", "SAU"),
        (r"\bAED\b", "ARE"),
        (r"\bQAR\b|\bQR\b", "QAT"),
        (r"\bJOD\b|\bJD\b", "JOR"),
        (r"\bOMR\b", "OMN"),
        (r"\bBHD\b|\bBD\b", "BHR"),
        (r"\bMAD\b", "MAR"),
        (r"\bRON\b|\blei\b", "ROU"),
        (r"\bARS\b", "ARG"),
    )
)


def issuer(unit: str) -> str | None:
    """The place key of the economy issuing a unit's currency (``NZ$ million`` -> NZL), or
    None for US dollars, euros and units without a national currency."""
    for pattern, key in _ISSUERS:
        if pattern.search(unit):
            return key
    return None


# Currencies named by their word ("in naira", "in kronor"): a question asking for an amount
CURRENCY_WORDS = (
    r"naira|rupees?|dollars?|euros?|pounds?|yen|yuan|pesos?|kron(?:e|er|or|a)|dirhams?|riyals?|"
    r"rand|shillings?|francs?|zloty|forints?|lira|ringgit|baht|won|dong|rupiah"
)
