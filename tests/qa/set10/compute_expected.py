"""Compute every expected value from the table files in tables/ and write questions.jsonl.

The tables are read back with pandas (this script does not import make_tables.py), so the
expectations follow what a reader of the published files would compute.  Also regenerates
the per-question section of NOTES.md (after the marker line) and validates the JSONL.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
T = HERE / "tables"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

EUR, USD, JD, MAD = "EUR million", "US$ million", "JD million", "MAD million"


def num(s) -> float:
    if isinstance(s, (int, float)):
        return float(s)
    return float(str(s).replace(" ", "").replace(",", "").replace("\u00a0", ""))


# ------------------------------------------------------------------ readers
def read_romania() -> dict:
    df = pd.read_excel(T / "romania_ins_yearbook_trade_partners.xlsx", header=None, dtype=object)
    hdr = next(i for i in range(len(df)) if str(df.iat[i, 1]).strip().startswith("2019"))
    years = {}
    for c in range(1, df.shape[1]):
        m = re.match(r"(\d{4})", str(df.iat[hdr, c]).strip())
        if m:
            years[c] = int(m.group(1))
    out: dict = {"X": {}, "M": {}}
    flow = None
    for i in range(hdr + 1, len(df)):
        en = df.iat[i, df.shape[1] - 1]
        if not isinstance(en, str):
            continue
        label = en.strip()
        if label.startswith("EXPORTS (FOB)"):
            flow, label = "X", "Total"
        elif label.startswith("IMPORTS (CIF)"):
            flow, label = "M", "Total"
        elif label.startswith("% change"):
            label = "Total rate"
        elif label.startswith("Share in total"):
            label = "EU share"
        elif label.startswith("of which: Euro area"):
            label = "Euro area"
        elif label.startswith("European Union"):
            label = "EU"
        out[flow][label] = {y: num(df.iat[i, c]) for c, y in years.items()}
    return out


def read_argentina() -> dict:
    df = pd.read_csv(T / "argentina_indec_ica_monthly.csv", header=None, names=list(range(8)),
                     dtype=str, keep_default_na=False, skip_blank_lines=False)
    keys = ["X", "PP", "MOA", "MOI", "CyE", "M", "B"]
    out: dict = {}
    year = None
    for _, r in df.iterrows():
        lab = r[0].strip()
        m = re.fullmatch(r"(\d{4})\*?", lab)
        if m:
            year = int(m.group(1))
            out[year] = {"year": {k: num(r[j + 1]) for j, k in enumerate(keys)}}
        elif year and lab.rstrip("*") in MONTHS:
            out[year][lab.rstrip("*")] = {k: num(r[j + 1]) for j, k in enumerate(keys)}
    return out


def read_jordan() -> dict:
    df = pd.read_excel(T / "jordan_dos_trade_by_month.xlsx", header=None, dtype=object)
    hdr = next(i for i in range(len(df)) if str(df.iat[i, 0]).strip() == "Month")
    yrow, frow = df.iloc[hdr], df.iloc[hdr + 1]
    cols = {}
    year = None
    for c in range(1, df.shape[1]):
        m = re.match(r"(\d{4})", str(yrow[c]).strip())
        if m:
            year = int(m.group(1))
        f = str(frow[c]).strip()
        key = {"National Exports": "NX", "Re-Exports": "RX", "Imports": "M"}.get(f)
        if key and year:
            cols[c] = (year, key)
    out: dict = {}
    for i in range(hdr + 2, len(df)):
        mo = str(df.iat[i, 0]).strip()
        if mo not in MONTHS:
            continue
        for c, (y, k) in cols.items():
            out.setdefault(y, {}).setdefault(mo, {})[k] = num(df.iat[i, c])
    return out


def read_morocco() -> dict:
    df = pd.read_csv(T / "morocco_oc_trade_by_sector.csv", header=None, names=list(range(5)),
                     dtype=str, keep_default_na=False, skip_blank_lines=False)
    hdr = next(i for i in range(len(df)) if df.iat[i, 0].startswith("Sectors"))
    out = {}
    for i in range(hdr + 1, len(df)):
        lab = df.iat[i, 0].strip()
        if not lab or not df.iat[i, 1].strip():
            continue
        pct = df.iat[i, 4].strip()
        out[lab] = {2024: num(df.iat[i, 1]), 2025: num(df.iat[i, 2]),
                    "chg": num(df.iat[i, 3]), "pct": None if pct in ("-", "") else num(pct)}
    return out


R = read_romania()
A = read_argentina()
J = read_jordan()
MO = read_morocco()
RX, RM = R["X"], R["M"]
EU_C = ["Germany", "Italy", "France", "Hungary", "Poland", "Bulgaria", "Netherlands", "Spain",
        "Czechia"]
EX_C = ["United Kingdom", "Türkiye", "United States of America", "China (excl. Hong Kong)",
        "Korea, Republic of", "Moldova, Republic of", "Russian Federation", "Ukraine"]
COUNTRIES = EU_C + EX_C
SHORT = {"United States of America": "United States", "China (excl. Hong Kong)": "China",
         "Korea, Republic of": "South Korea", "Moldova, Republic of": "Moldova",
         "Russian Federation": "Russia", "Türkiye": "Turkey"}
MO_X = ["Automotive", "Phosphates and derivatives", "Agriculture and agri-food",
        "Textile and leather", "Electronics and electricity", "Aeronautics",
        "Pharmaceutical industry", "Other mining extraction", "Other industries"]
MO_M = ["Energy products", "Finished consumer goods", "Finished capital goods",
        "Semi-finished products", "Raw products", "Food products", "Industrial gold"]
AR_CATS = {"PP": "Primary products", "MOA": "Manufactures of agricultural origin",
           "MOI": "Manufactures of industrial origin", "CyE": "Fuel and energy"}


def names(label: str) -> list[str]:
    return [label, SHORT[label]] if label in SHORT else [label]


def pct(a: float, b: float) -> float:
    return (b / a - 1) * 100


def cagr(a: float, b: float, n: int) -> float:
    return ((b / a) ** (1 / n) - 1) * 100


def m2(x: float) -> float:
    return round(x, 2)


def m1(x: float) -> float:
    return round(x, 1)


def jsum(y: int, months: list[str], *keys: str) -> float:
    return sum(J[y][mo][k] for mo in months for k in keys)


def jtot(y: int, mo: str) -> float:  # derived total exports
    return J[y][mo]["NX"] + J[y][mo]["RX"]


def jbal(y: int, mo: str) -> float:
    return jtot(y, mo) - J[y][mo]["M"]


def asum(y: int, months: list[str], key: str) -> float:
    return sum(A[y][mo][key] for mo in months)


Q1, Q2, Q3, Q4 = MONTHS[0:3], MONTHS[3:6], MONTHS[6:9], MONTHS[9:12]
H1, H2 = MONTHS[:6], MONTHS[6:]

QS: list[dict] = []
NOTES: list[str] = []


def v(value: float, unit: str, **kw) -> dict:
    d = {"value": value, "unit": unit}
    d.update(kw)
    return d


def add(kind: str, q, expect, how: str) -> None:
    qid = f"q{len(QS) + 1:03d}"
    e = {"id": qid, "kind": kind}
    if isinstance(q, list):
        e["conversation"] = q
    else:
        e["question"] = q
    e["expect"] = expect
    QS.append(e)
    NOTES.append(f"- **{qid}** ({kind}): {how}")


def pct_pr(x: float) -> dict:  # expected % value computed from rounded data
    return v(m2(x), "%")


# ================================================================ lookup
add("lookup", "How much did Romania export to Germany in 2023?",
    v(RX["Germany"][2023], EUR), "T1 exports block, Germany row, 2023 column.")
add("lookup", "What was the value of Argentina's exports in March 2025?",
    v(A[2025]["March"]["X"], USD), "T2 2025 section, March, Total exports.")
add("lookup", "Argentina imports, October 2024 - what was the figure?",
    v(A[2024]["October"]["M"], USD), "T2 2024 section, October, Imports.")
add("lookup", "What were Jordan's national exports in July 2025?",
    v(J[2025]["July"]["NX"], JD), "T3 2025 National Exports, July (preliminary).")
add("lookup", "How much did Jordan import in February 2024?",
    v(J[2024]["February"]["M"], JD), "T3 2024 Imports, February.")
add("lookup", "Give me Jordan's re-exports for November 2025.",
    v(J[2025]["November"]["RX"], JD), "T3 2025 Re-Exports, November.")
add("lookup", "What did Morocco's phosphates and derivatives sector export in 2025?",
    v(MO["Phosphates and derivatives"][2025], MAD), "T4 Phosphates and derivatives, End Dec. 2025.")
add("lookup", "How much did Moroccan aeronautics exports bring in during 2024?",
    v(MO["Aeronautics"][2024], MAD), "T4 Aeronautics, End Dec. 2024.")
add("lookup", "What was Morocco's energy import bill in 2025?",
    v(MO["Energy products"][2025], MAD), "T4 imports group Energy products, 2025.")
add("lookup", "What were Argentina's exports of industrial manufactures (MOI) in August 2025?",
    v(A[2025]["August"]["MOI"], USD), "T2 2025 August, MOI column.")
add("lookup", "What trade balance did Argentina post in January 2025?",
    v(A[2025]["January"]["B"], USD), "T2 printed Trade balance, January 2025.")
add("lookup", "What were Romanian exports to the UK in 2021?",
    v(RX["United Kingdom"][2021], EUR), "T1 exports, United Kingdom, 2021.")
add("lookup", "What was Morocco's import coverage rate by exports in 2025?",
    v(MO["COVERAGE RATE (%)"][2025], "%"), "T4 printed COVERAGE RATE (%) for 2025.")
add("lookup", "How much capital equipment did Morocco import in 2025?",
    v(MO["Finished capital goods"][2025], MAD), "T4 Finished capital goods, 2025.")
add("lookup", "Romania's total imports in 2020?",
    v(RM["Total"][2020], EUR), "T1 IMPORTS (CIF) - TOTAL, 2020.")

# ================================================================ qualified labels
add("qualified-label", "How much did Romania export to South Korea in 2022?",
    v(RX["Korea, Republic of"][2022], EUR), "T1 row 'Korea, Republic of', exports 2022.")
add("qualified-label", "What were Romania's imports from Moldova in 2024?",
    v(RM["Moldova, Republic of"][2024], EUR), "T1 row 'Moldova, Republic of', imports 2024 (provisional).")
add("qualified-label", "What did Romania sell to the euro zone in 2024?",
    v(RX["Euro area"][2024], EUR), "T1 row 'of which: Euro area (20 countries)', exports 2024.")
add("qualified-label", "How much did Romania buy from Turkey in 2023?",
    v(RM["Türkiye"][2023], EUR), "T1 row 'Türkiye', imports 2023.")
add("qualified-label", "Romanian exports to the US in 2020?",
    v(RX["United States of America"][2020], EUR), "T1 'United States of America', exports 2020.")
add("qualified-label", "What were Romania's exports to Russia in 2021?",
    v(RX["Russian Federation"][2021], EUR), "T1 'Russian Federation', exports 2021.")
add("qualified-label", "How much did Romania import from the EU in 2019?",
    v(RM["EU"][2019], EUR), "T1 'European Union (EU-27)', imports 2019.")
add("qualified-label", "What were Romania's exports to countries outside the EU in 2024?",
    v(RX["Extra-EU"][2024], EUR), "T1 'Extra-EU', exports 2024.")
add("qualified-label", "Imports into Romania from China in 2022?",
    v(RM["China (excl. Hong Kong)"][2022], EUR), "T1 'China (excl. Hong Kong)', imports 2022; the plain name 'China' must map to it.")

# ================================================================ sum of parts
add("sum", "What were Jordan's total exports in May 2025?",
    v(m1(jtot(2025, "May")), JD), "T3: national exports + re-exports, May 2025 (no total printed).")
add("sum", "What did Jordan's total exports (national plus re-exports) add up to over the whole of 2024?",
    v(m1(jsum(2024, MONTHS, "NX", "RX")), JD), "T3: sum over 12 months of NX + RX, 2024.")
add("sum", "How much did Jordan import in 2025 altogether?",
    v(m1(jsum(2025, MONTHS, "M")), JD), "T3: sum of the 12 monthly imports of 2025 (no annual row).")
add("sum", "Combined, how much did Romania export to Hungary, Bulgaria and Poland in 2024?",
    v(m1(sum(RX[c][2024] for c in ["Hungary", "Bulgaria", "Poland"])), EUR),
    "T1 exports 2024: Hungary + Bulgaria + Poland.")
add("sum", "What were Romania's imports from Germany and Italy together in 2023?",
    v(m1(RM["Germany"][2023] + RM["Italy"][2023]), EUR), "T1 imports 2023: Germany + Italy.")
add("sum", "Jordan's total exports in the first quarter of 2025?",
    v(m1(jsum(2025, Q1, "NX", "RX")), JD), "T3: Jan-Mar 2025, NX + RX.")
add("sum", "How much did Argentina export in the first half of 2025?",
    v(asum(2025, H1, "X"), USD), "T2: sum Jan-Jun 2025 Total exports.")
add("sum", "Together, how much did Morocco's phosphates and automotive sectors export in 2025?",
    v(MO["Phosphates and derivatives"][2025] + MO["Automotive"][2025], MAD),
    "T4 2025: Phosphates and derivatives + Automotive.")
add("sum", "Over 2025 as a whole, what did Argentina export in primary products and agricultural manufactures combined?",
    v(A[2025]["year"]["PP"] + A[2025]["year"]["MOA"], USD), "T2 2025* year row: PP + MOA.")
add("sum", "Romania's exports to Ukraine and Moldova combined in 2022?",
    v(m1(RX["Ukraine"][2022] + RX["Moldova, Republic of"][2022]), EUR), "T1 exports 2022: Ukraine + Moldova, Republic of.")
add("sum", "What were Jordan's re-exports in the second half of 2024?",
    v(m1(jsum(2024, H2, "RX")), JD), "T3: Jul-Dec 2024 Re-Exports.")
add("sum", ["How much did Jordan import in the second quarter of 2024?", "And in Q2 2025?"],
    v(m1(jsum(2025, Q2, "M")), JD), "Follow-up swapping the year: T3 Apr-Jun 2025 imports summed.")

# ================================================================ balance
add("balance", "What was Jordan's trade balance in March 2025?",
    v(m1(jbal(2025, "March")), JD), "T3: NX + RX - M for March 2025; negative = deficit (sign kept).")
add("balance", "What was Jordan's merchandise trade balance for the full year 2025?",
    v(m1(sum(jbal(2025, mo) for mo in MONTHS)), JD), "T3: sum over 2025 of NX + RX - M; negative.")
add("balance", "What was Romania's trade balance with Germany in 2024?",
    v(m1(RX["Germany"][2024] - RM["Germany"][2024]), EUR), "T1: exports - imports, Germany 2024.")
add("balance", "Romania's overall trade balance in 2022?",
    v(m1(RX["Total"][2022] - RM["Total"][2022]), EUR), "T1: total exports - total imports, 2022.")
add("balance", "What was Romania's bilateral balance with China in 2024?",
    v(m1(RX["China (excl. Hong Kong)"][2024] - RM["China (excl. Hong Kong)"][2024]), EUR),
    "T1: China (excl. Hong Kong) exports - imports, 2024.")
add("balance", "What was Argentina's trade balance in the first quarter of 2025?",
    v(asum(2025, Q1, "B"), USD), "T2: sum of printed balances Jan-Mar 2025 (= exports - imports).")
add("balance", "What was Romania's trade balance with non-EU countries in 2023?",
    v(m1(RX["Extra-EU"][2023] - RM["Extra-EU"][2023]), EUR), "T1: Extra-EU exports - imports, 2023.")
add("balance", "Jordan's trade balance in the fourth quarter of 2024?",
    v(m1(sum(jbal(2024, mo) for mo in Q4)), JD), "T3: Oct-Dec 2024, NX + RX - M.")
add("balance", "How did Romania's trade with Turkey balance out in 2021?",
    v(m1(RX["Türkiye"][2021] - RM["Türkiye"][2021]), EUR), "T1: Türkiye exports - imports, 2021 (deficit).")
add("balance", ["What were Romanian exports to the United States in 2023?",
                "And imports from there the same year?", "So what was the balance?"],
    v(m1(RX["United States of America"][2023] - RM["United States of America"][2023]), EUR),
    "Three turns; T1 USA 2023 exports - imports (surplus).")

# ================================================================ share
add("share", "What share of Romania's exports went to Germany in 2024?",
    pct_pr(RX["Germany"][2024] / RX["Total"][2024] * 100), "T1: Germany / total exports, 2024.")
add("share", "What proportion of Jordan's total exports in 2025 were re-exports?",
    pct_pr(jsum(2025, MONTHS, "RX") / jsum(2025, MONTHS, "NX", "RX") * 100),
    "T3: annual RX / annual (NX + RX), 2025 - share of a derived total.")
add("share", ["What were Jordan's total exports in June 2025?",
              "How big is that relative to all of Jordan's exports in 2025?"],
    pct_pr(jtot(2025, "June") / jsum(2025, MONTHS, "NX", "RX") * 100),
    "June 2025 (NX + RX) / 2025 annual (NX + RX); both derived.")
add("share", "What percentage of Morocco's 2025 exports came from the car industry?",
    pct_pr(MO["Automotive"][2025] / MO["EXPORTS (FOB)"][2025] * 100), "T4: Automotive / EXPORTS (FOB), 2025.")
add("share", "Within Morocco's automotive exports, how big was the wiring segment's share in 2025?",
    pct_pr(MO["Wiring"][2025] / MO["Automotive"][2025] * 100), "T4: Wiring / Automotive, 2025.")
add("share", "What share of Argentina's exports in 2025 was fuel and energy?",
    pct_pr(A[2025]["year"]["CyE"] / A[2025]["year"]["X"] * 100), "T2 year row 2025: CyE / Total exports.")
add("share", "What share of Romania's imports came from the euro area in 2024?",
    pct_pr(RM["Euro area"][2024] / RM["Total"][2024] * 100), "T1: Euro area imports / total imports, 2024.")
add("share", "What was the EU's share of Romanian exports in 2024?",
    v(RX["EU share"][2024], "%"), "T1 printed 'Share in total (%)' under EU-27, exports 2024.")
add("share", "How much of Morocco's 2024 import bill was energy, in percent?",
    pct_pr(MO["Energy products"][2024] / MO["IMPORTS (CIF)"][2024] * 100), "T4: Energy products / IMPORTS (CIF), 2024.")
add("share", ["How much did Romania export to Italy in 2024?",
              "What is that as a share of its exports to the EU?"],
    pct_pr(RX["Italy"][2024] / RX["EU"][2024] * 100), "T1: Italy / EU-27 exports, 2024.")
add("share", ["What did Romania export to Poland in 2024?", "What share of total exports is that?"],
    pct_pr(RX["Poland"][2024] / RX["Total"][2024] * 100), "T1: Poland / total exports, 2024.")

# ================================================================ year-on-year growth
add("growth-yoy", "By what percentage did Romanian exports to Bulgaria grow in 2024?",
    pct_pr(pct(RX["Bulgaria"][2023], RX["Bulgaria"][2024])), "T1: Bulgaria exports 2024 vs 2023.")
add("growth-yoy", "How did Argentina's exports in September 2025 compare with September 2024, in percent?",
    pct_pr(pct(A[2024]["September"]["X"], A[2025]["September"]["X"])), "T2: Sep 2025 / Sep 2024 - 1.")
add("growth-yoy", "How fast did Jordan's imports grow in 2025 over 2024 as a whole?",
    pct_pr(pct(jsum(2024, MONTHS, "M"), jsum(2025, MONTHS, "M"))), "T3: annual sums of imports, 2025 vs 2024.")
add("growth-yoy", "What was the percentage change in Morocco's phosphate-sector exports in 2025?",
    v(MO["Phosphates and derivatives"]["pct"], "%", tolerance=0.06),
    "T4 printed Change (%) for Phosphates and derivatives (recomputing gives the same to 0.05).")
add("growth-yoy", "Jordan's national exports in December 2025: up or down on a year earlier, and by how much in %?",
    pct_pr(pct(J[2024]["December"]["NX"], J[2025]["December"]["NX"])), "T3: NX Dec 2025 vs Dec 2024.")
add("growth-yoy", "By how much did Romania's total imports rise in 2022, in percent?",
    v(RM["Total rate"][2022], "%", tolerance=0.06), "T1 printed '% change over previous year', imports 2022.")
add("growth-yoy", "What was the annual growth of Argentina's imports in 2025?",
    pct_pr(pct(A[2024]["year"]["M"], A[2025]["year"]["M"])), "T2 year rows: imports 2025 vs 2024.")
add("growth-yoy", "How much did Romania's exports to Ukraine jump in 2022, in percent?",
    pct_pr(pct(RX["Ukraine"][2021], RX["Ukraine"][2022])), "T1: Ukraine exports 2022 vs 2021.")
add("growth-yoy", "Year-on-year growth of Jordan's total exports in Q1 2025?",
    pct_pr(pct(jsum(2024, Q1, "NX", "RX"), jsum(2025, Q1, "NX", "RX"))),
    "T3: Q1 (NX + RX) 2025 vs Q1 2024; derived total.")
add("growth-yoy", ["What were Argentina's imports in November 2025?",
                   "How does that compare with a year before, in percent?"],
    pct_pr(pct(A[2024]["November"]["M"], A[2025]["November"]["M"])), "T2: imports Nov 2025 vs Nov 2024.")

# ================================================================ month-on-month growth
add("growth-mom", "What was the month-on-month change in Argentina's exports in September 2025?",
    pct_pr(pct(A[2025]["August"]["X"], A[2025]["September"]["X"])), "T2: Sep 2025 / Aug 2025 - 1.")
add("growth-mom", "In percent, how did Jordan's imports move between January and February 2025?",
    pct_pr(pct(J[2025]["January"]["M"], J[2025]["February"]["M"])), "T3: imports Feb 2025 vs Jan 2025.")
add("growth-mom", "Jordan's national exports in November 2025 versus October: what was the percentage change?",
    pct_pr(pct(J[2025]["October"]["NX"], J[2025]["November"]["NX"])), "T3: NX Nov vs Oct 2025.")
add("growth-mom", "By how much did Argentine imports climb in April 2025 from the previous month?",
    pct_pr(pct(A[2025]["March"]["M"], A[2025]["April"]["M"])), "T2: imports Apr vs Mar 2025.")
add("growth-mom", "How did Jordan's total exports change in January 2025 compared with December 2024, in percent?",
    pct_pr(pct(jtot(2024, "December"), jtot(2025, "January"))), "T3: (NX + RX) Jan 2025 vs Dec 2024 (crosses the year).")
add("growth-mom", "Month-on-month growth of Argentina's MOI exports in July 2025?",
    pct_pr(pct(A[2025]["June"]["MOI"], A[2025]["July"]["MOI"])), "T2: MOI Jul vs Jun 2025.")
add("growth-mom", ["What were Jordan's re-exports in September 2025?", "And in October?",
                   "What's the month-on-month change?"],
    pct_pr(pct(J[2025]["September"]["RX"], J[2025]["October"]["RX"])), "T3: RX Oct vs Sep 2025.")

# ================================================================ change between periods
add("change", "By how much did Romania's exports to the United States change between 2019 and 2024, in euro terms?",
    v(m1(RX["United States of America"][2024] - RX["United States of America"][2019]), EUR),
    "T1: USA exports 2024 - 2019.")
add("change", "By how much did Morocco's automotive exports change from 2024 to 2025?",
    v(MO["Automotive"]["chg"], MAD), "T4 printed Change (value) for Automotive (= 2025 - 2024), a fall.")
add("change", "What was the difference between Argentina's exports in December 2025 and December 2024?",
    v(A[2025]["December"]["X"] - A[2024]["December"]["X"], USD), "T2: Dec 2025 - Dec 2024 exports (negative).")
add("change", "How much did Jordan's imports increase between March and August 2025?",
    v(m1(J[2025]["August"]["M"] - J[2025]["March"]["M"]), JD), "T3: imports Aug 2025 - Mar 2025.")
add("change", "In percent, how much did Romania's imports from Russia fall between 2021 and 2023?",
    pct_pr(pct(RM["Russian Federation"][2021], RM["Russian Federation"][2023])), "T1: Russia imports 2023 vs 2021 (negative).")
add("change", "By how many percentage points did the EU's share of Romanian exports change from 2019 to 2024?",
    v(m1(RX["EU share"][2024] - RX["EU share"][2019]), "pp"), "T1 printed shares: 2024 - 2019.")
add("change", "How did Morocco's coverage rate move between 2024 and 2025, in percentage points?",
    v(m1(MO["COVERAGE RATE (%)"][2025] - MO["COVERAGE RATE (%)"][2024]), "pp"), "T4 printed coverage rates: 2025 - 2024.")
add("change", ["What were Morocco's food product imports in 2025?", "And in 2024?",
               "How much did they change?"],
    v(MO["Food products"]["chg"], MAD), "T4: Food products 2025 - 2024 (printed change value).")

# ================================================================ CAGR
add("cagr", "What was the compound annual growth rate of Romania's total exports from 2019 to 2024?",
    pct_pr(cagr(RX["Total"][2019], RX["Total"][2024], 5)), "T1: (X2024/X2019)^(1/5) - 1.")
add("cagr", "At what compound annual rate did Romania's imports from China grow between 2019 and 2024?",
    pct_pr(cagr(RM["China (excl. Hong Kong)"][2019], RM["China (excl. Hong Kong)"][2024], 5)),
    "T1: China (excl. HK) imports, 5 periods.")
add("cagr", "Compound average annual growth of Romanian exports to Poland over 2020-2024?",
    pct_pr(cagr(RX["Poland"][2020], RX["Poland"][2024], 4)), "T1: Poland exports 2020 -> 2024, 4 periods.")
add("cagr", "What was the CAGR of Romania's exports to Türkiye from 2021 to 2024?",
    pct_pr(cagr(RX["Türkiye"][2021], RX["Türkiye"][2024], 3)), "T1: Türkiye exports 2021 -> 2024, 3 periods.")
add("cagr", "Compound annual growth of Romania's total imports from 2020 to 2023?",
    pct_pr(cagr(RM["Total"][2020], RM["Total"][2023], 3)), "T1: imports total 2020 -> 2023, 3 periods.")
add("cagr", ["What were Romania's exports to Bulgaria in 2019?",
             "What was the compound annual growth from then to 2024?"],
    pct_pr(cagr(RX["Bulgaria"][2019], RX["Bulgaria"][2024], 5)), "T1: Bulgaria exports 2019 -> 2024, 5 periods.")

# ================================================================ averages
add("average", "What were Argentina's average monthly exports in 2025?",
    v(m1(A[2025]["year"]["X"] / 12), USD), "T2: 2025 year row / 12 (= mean of months).")
add("average", "On average, how much did Jordan import per month in 2024?",
    v(m1(jsum(2024, MONTHS, "M") / 12), JD), "T3: mean of 12 monthly imports 2024.")
r = [pct(A[2025][MONTHS[i - 1]]["X"], A[2025][MONTHS[i]]["X"]) for i in range(1, 6)]
add("average", "What was the average of Argentina's month-on-month export growth rates from February to June 2025?",
    pct_pr(sum(r) / len(r)), "T2: mean of the five m/m rates Feb..Jun 2025 (Feb vs Jan ... Jun vs May).")
add("average", "Average monthly re-exports from Jordan in the first half of 2025?",
    v(m1(jsum(2025, H1, "RX") / 6), JD), "T3: mean RX Jan-Jun 2025.")
add("average", "What did Romania export to France on average per year over 2019-2024?",
    v(m1(sum(RX["France"][y] for y in range(2019, 2025)) / 6), EUR), "T1: mean of six annual values, France exports.")
r = [pct(J[2025][MONTHS[i - 1]]["NX"], J[2025][MONTHS[i]]["NX"]) for i in range(1, 12)]
add("average", "Across February to December 2025, what was the average month-on-month growth rate of Jordan's national exports?",
    pct_pr(sum(r) / len(r)), "T3: mean of the 11 m/m rates of NX, Feb..Dec 2025.")
add("average", "What was Argentina's average monthly trade surplus in 2024?",
    v(m1(A[2024]["year"]["B"] / 12), USD), "T2: 2024 year-row balance / 12.")

# ================================================================ rank
def top(d: dict, year: int, labels: list[str], n: int = 1, reverse: bool = True) -> list[str]:
    return sorted(labels, key=lambda c: d[c][year], reverse=reverse)[:n]


add("rank", "Which country was Romania's biggest export market in 2024?",
    {"name": names(top(RX, 2024, COUNTRIES)[0])}, "T1 exports 2024, countries only (not EU / euro area / Extra-EU).")
add("rank", "Which country was Romania's second-largest supplier in 2024?",
    {"name": names(top(RM, 2024, COUNTRIES, 2)[1])}, "T1 imports 2024, countries only, 2nd.")
add("rank", "Leaving Germany aside, which country bought the most from Romania in 2023?",
    {"name": names(top(RX, 2023, [c for c in COUNTRIES if c != "Germany"])[0])}, "T1 exports 2023 excluding Germany, countries only.")
add("rank", "Name the top three countries Romania imported from in 2024.",
    [{"name": names(c)} for c in top(RM, 2024, COUNTRIES, 3)],
    "T1 imports 2024, countries only; China is 4th (a trap for bloc-free ranking).")
add("rank", "Of the countries listed, which was Romania's smallest export market in 2024?",
    {"name": names(top(RX, 2024, COUNTRIES, 1, reverse=False)[0])}, "T1 exports 2024, min over countries.")
add("rank", "In which month of 2025 did Argentina export the most?",
    {"name": max(MONTHS, key=lambda mo: A[2025][mo]["X"])}, "T2: argmax of monthly exports 2025.")
add("rank", "Which month of 2024 saw Jordan's lowest imports?",
    {"name": min(MONTHS, key=lambda mo: J[2024][mo]["M"])}, "T3: argmin imports 2024.")
add("rank", "What was Morocco's largest export sector in 2025?",
    {"name": max(MO_X, key=lambda s: MO[s][2025])}, "T4: argmax over the nine main sectors (not sub-lines).")
add("rank", "Among Morocco's main export sectors, which grew fastest in 2025?",
    {"name": max(MO_X, key=lambda s: MO[s]["pct"])}, "T4: argmax of Change (%) over the main sectors only.")
add("rank", "Which was the third-biggest group in Morocco's 2025 imports?",
    {"name": sorted(MO_M, key=lambda s: MO[s][2025], reverse=True)[2]}, "T4 import groups 2025, 3rd largest.")
add("rank", "Which non-EU country was Romania's largest export market in 2024?",
    {"name": names(top(RX, 2024, EX_C)[0])}, "T1 exports 2024 among extra-EU countries (Türkiye > UK).")
add("rank", "In which month of 2025 were Jordan's national exports weakest?",
    {"name": min(MONTHS, key=lambda mo: J[2025][mo]["NX"])}, "T3: argmin NX 2025.")
add("rank", "Of Argentina's four export categories, which was the biggest in 2025?",
    {"name": [AR_CATS[max(AR_CATS, key=lambda k: A[2025]['year'][k])], max(AR_CATS, key=lambda k: A[2025]['year'][k])]},
    "T2 2025 year row: max of PP, MOA, MOI, CyE.")
add("rank", ["Which country was Romania's largest export market in 2022?", "And the weakest one?"],
    {"name": names(top(RX, 2022, COUNTRIES, 1, reverse=False)[0])}, "T1 exports 2022, smallest country.")
add("rank", ["Which Moroccan import group was largest in 2025?", "And the smallest?"],
    {"name": min(MO_M, key=lambda s: MO[s][2025])}, "T4 import groups 2025, smallest.")

# ================================================================ follow-ups
add("follow-up", ["How much did Romania export to France in 2024?", "And to Spain?"],
    v(RX["Spain"][2024], EUR), "Swap partner: T1 Spain exports 2024.")
add("follow-up", ["What were Jordan's national exports in April 2025?", "What about imports?"],
    v(J[2025]["April"]["M"], JD), "Swap flow: T3 imports April 2025.")
add("follow-up", ["What did Argentina export in May 2025?", "And in the same month a year earlier?"],
    v(A[2024]["May"]["X"], USD), "Swap period: T2 May 2024 exports.")
add("follow-up", ["In which month of 2024 did Argentina export the most?", "And the weakest one?"],
    {"name": min(MONTHS, key=lambda mo: A[2024][mo]["X"])}, "T2: argmin of 2024 monthly exports.")
add("follow-up", ["What were Morocco's automotive exports in 2025?", "By how much did they change in percent?"],
    v(MO["Automotive"]["pct"], "%", tolerance=0.06), "T4 printed Change (%) for Automotive.")
add("follow-up", ["What did Romania import from Hungary in 2022?", "What about exports?"],
    v(RX["Hungary"][2022], EUR), "Swap flow: T1 Hungary exports 2022.")
add("follow-up", ["What was Jordan's trade balance in August 2025?", "And in August 2024?"],
    v(m1(jbal(2024, "August")), JD), "T3: NX + RX - M, Aug 2024.")
add("follow-up", ["How much did Romania export to Ukraine in 2021?", "And imports from there that year?"],
    v(RM["Ukraine"][2021], EUR), "'that year' = 2021; T1 Ukraine imports 2021.")
add("follow-up", ["What were Argentina's primary product exports in April 2025?", "What about fuel and energy?"],
    v(A[2025]["April"]["CyE"], USD), "Swap category: T2 CyE April 2025.")
add("follow-up", ["What were Romania's imports from Poland in 2023?", "And in 2024?"],
    v(RM["Poland"][2024], EUR), "Swap year: T1 Poland imports 2024.")
add("follow-up", ["Jordan's re-exports in July 2024?", "And national exports?"],
    v(J[2024]["July"]["NX"], JD), "Swap flow: T3 NX July 2024.")
add("follow-up", ["How much did Romania export to Czechia in 2023?", "What about Poland?"],
    v(RX["Poland"][2023], EUR), "Swap partner: T1 Poland exports 2023.")
add("follow-up", ["What was Morocco's electronics export figure for 2025?", "And for 2024?"],
    v(MO["Electronics and electricity"][2024], MAD), "Swap year: T4 Electronics and electricity 2024.")
add("follow-up", ["What were Argentina's imports in June 2025?", "And exports?", "So what was the balance?"],
    v(A[2025]["June"]["B"], USD), "T2 June 2025 printed balance (= exports - imports).")
add("follow-up", ["What were Jordan's total exports in 2024?", "And in 2025?", "What's the growth?"],
    pct_pr(pct(jsum(2024, MONTHS, "NX", "RX"), jsum(2025, MONTHS, "NX", "RX"))),
    "T3 derived annual (NX + RX), 2025 vs 2024.")

# ================================================================ claims
def verdict(ok: bool) -> str:
    return "supported" if ok else "contradicted"


c = RX["Total rate"][2024]
add("claim", "Is it true that Romania's exports fell by 1.4% in 2024?",
    {"verdict": verdict(abs(c - (-1.4)) < 0.051), **v(c, "%", tolerance=0.06)},
    "T1 printed rate for 2024 exports (-1.4): supported.")
b = A[2025]["April"]["B"]
add("claim", "I read that Argentina ran a trade deficit of US$78 million in April 2025. Is that right?",
    {"verdict": verdict(b == -78), **v(b, USD)},
    "T2 April 2025 balance = -78: a deficit stated as a positive amount; supported. Value kept signed.")
b = MO["TRADE BALANCE"][2025]
add("claim", "A news piece says Morocco's trade deficit reached MAD 300 billion in 2025. Correct?",
    {"verdict": verdict(abs(-b - 300000) / 300000 < 0.01), **v(b, MAD)},
    "T4 TRADE BALANCE 2025 (deficit of about 345.7 bn): contradicted.")
t = jsum(2025, MONTHS, "NX", "RX")
add("claim", "A briefing claims Jordan's total exports, re-exports included, came to about JD 9.2 billion in 2025. Does that hold up?",
    {"verdict": verdict(abs(t - 9200) / 9200 < 0.01), **v(m1(t), JD)},
    "T3 annual NX + RX 2025; within 1% of 9.2 bn -> supported, else contradicted.")
c = MO["Phosphates and derivatives"]["pct"]
add("claim", "Is it correct that Morocco's phosphate exports rose 14.6% in 2025?",
    {"verdict": verdict(abs(c - 14.6) < 0.051), **v(c, "%", tolerance=0.06)},
    "T4 printed Change (%) = 14.7 (computed 14.71): 14.6 contradicted.")
s = RX["Germany"][2024] / RX["Total"][2024] * 100
add("claim", "Germany took more than a fifth of Romania's exports in 2024 - true?",
    {"verdict": verdict(s > 20), **v(m2(s), "%")}, "T1: Germany share 2024 vs 20%.")
g = pct(A[2024]["year"]["X"], A[2025]["year"]["X"])
add("claim", "Someone told me Argentina's exports grew 10% in 2025. Is that accurate?",
    {"verdict": verdict(abs(g - 10) < 0.5), **pct_pr(g)}, "T2 year rows: growth 2025 vs 2024 (about 6.5%): contradicted.")
c = RM["Total rate"][2024]
add("claim", "Romania's imports went up 2.7% in 2024 - can you confirm?",
    {"verdict": verdict(abs(c - 2.7) < 0.051), **v(c, "%", tolerance=0.06)}, "T1 printed imports rate 2024 = 2.7: supported.")
x = J[2025]["January"]["M"]
add("claim", "Jordan's imports in January 2025 were JD 1.2 billion, weren't they?",
    {"verdict": verdict(abs(x - 1200) / 1200 < 0.01), **v(x, JD)}, "T3 imports Jan 2025 = 1,561.3: contradicted.")
b = RX["Total"][2024] - RM["Total"][2024]
add("claim", "Did Romania really run a EUR 32.55 billion trade deficit in 2024?",
    {"verdict": verdict(abs(-b - 32550) < 1), **v(m1(b), EUR)},
    "T1: exports - imports 2024 = -32,550; deficit given as a positive amount: supported.")
c = MO["Aeronautics"]["pct"]
add("claim", "Check this: Moroccan aeronautics exports increased by 8.3% in 2025.",
    {"verdict": verdict(abs(c - 8.3) < 0.051), **v(c, "%", tolerance=0.06)}, "T4 printed 8.3: supported.")
x24, x23 = RX["China (excl. Hong Kong)"][2024], RX["China (excl. Hong Kong)"][2023]
add("claim", ["What were Romania's exports to China in 2024?", "Is it right that this was lower than in 2023?"],
    {"verdict": verdict(x24 < x23), **v(x24, EUR)}, "T1 China exports 2024 vs 2023.")
x = RX["Russian Federation"][2024]
add("claim", "A report says Romanian exports to Russia were still above half a billion euro in 2024. True?",
    {"verdict": verdict(x > 500), **v(x, EUR)}, "T1 Russia exports 2024 = 378.6: contradicted.")
s = RX["EU share"][2022]
add("claim", "The EU took 71.9% of Romania's exports in 2022, right?",
    {"verdict": verdict(abs(s - 71.9) < 0.051), **v(s, "%", tolerance=0.06)}, "T1 printed EU share 2022: supported.")

# ================================================================ yes / no
neg25 = [mo for mo in MONTHS if A[2025][mo]["B"] < 0]
add("yes-no", "Was there any month in 2025 when Argentina imported more than it exported?",
    {"verdict": "yes" if neg25 else "no"}, f"T2: months with negative balance in 2025: {neg25}.")
add("yes-no", "Did Argentina's monthly exports top US$8 billion in any month of 2025?",
    {"verdict": "yes" if any(A[2025][mo]["X"] > 8000 for mo in MONTHS) else "no"}, "T2: max 2025 exports (September 8,128).")
add("yes-no", "Were Jordan's imports ever below JD 1.4 billion in 2024?",
    {"verdict": "yes" if any(J[2024][mo]["M"] < 1400 for mo in MONTHS) else "no"}, "T3: min 2024 imports 1,431.9 -> no.")
add("yes-no", "Did Jordan's national exports exceed JD 700 million in any month of 2025?",
    {"verdict": "yes" if any(J[2025][mo]["NX"] > 700 for mo in MONTHS) else "no"}, "T3: October 2025 705.6 -> yes.")
add("yes-no", "Did Romania's exports to Russia ever drop below EUR 400 million between 2019 and 2024?",
    {"verdict": "yes" if any(RX["Russian Federation"][y] < 400 for y in range(2019, 2025)) else "no"}, "T1: 2024 value 378.6 -> yes.")
add("yes-no", "Did Jordan's re-exports go above JD 120 million in any month of 2024?",
    {"verdict": "yes" if any(J[2024][mo]["RX"] > 120 for mo in MONTHS) else "no"}, "T3: max 2024 RX 104.6 -> no.")
add("yes-no", "Was Argentina's trade balance negative in any month of 2024?",
    {"verdict": "yes" if any(A[2024][mo]["B"] < 0 for mo in MONTHS) else "no"}, "T2: all 2024 balances positive -> no.")
add("yes-no", "Were Romania's imports from China above EUR 8 billion in 2022?",
    {"verdict": "yes" if RM["China (excl. Hong Kong)"][2022] > 8000 else "no"}, "T1 China imports 2022 = 8,867.5 -> yes.")
add("yes-no", ["What were Jordan's imports in October 2025?", "Was that the highest monthly import figure of 2025?"],
    {"verdict": "yes" if J[2025]["October"]["M"] == max(J[2025][mo]["M"] for mo in MONTHS) else "no"},
    "T3: October 1,744.3 but December 1,768.0 is higher -> no.")

# ================================================================ two-part
add("two-part", "What were Romania's exports to Czechia in 2024, and how fast did they grow?",
    [v(RX["Czechia"][2024], EUR), pct_pr(pct(RX["Czechia"][2023], RX["Czechia"][2024]))], "T1 Czechia exports 2024; growth vs 2023.")
add("two-part", "How much did Jordan import in Q1 2025, and what was the change on Q1 2024?",
    [v(m1(jsum(2025, Q1, "M")), JD), pct_pr(pct(jsum(2024, Q1, "M"), jsum(2025, Q1, "M")))], "T3 Jan-Mar imports sums, % change.")
add("two-part", "What did Argentina export in 2025 in total, and what was the growth on 2024?",
    [v(A[2025]["year"]["X"], USD), pct_pr(pct(A[2024]["year"]["X"], A[2025]["year"]["X"]))], "T2 year rows.")
add("two-part", "What were Morocco's aeronautics exports in 2025 and their growth rate?",
    [v(MO["Aeronautics"][2025], MAD), v(MO["Aeronautics"]["pct"], "%", tolerance=0.06)], "T4 value and printed change %.")
add("two-part", "What were Jordan's total exports in December 2025, and how did they change from November?",
    [v(m1(jtot(2025, "December")), JD), pct_pr(pct(jtot(2025, "November"), jtot(2025, "December")))],
    "T3 derived NX + RX, Dec 2025; m/m vs Nov 2025.")
add("two-part", "How much did Romania import from Turkey in 2024, and what share of total imports was that?",
    [v(RM["Türkiye"][2024], EUR), pct_pr(RM["Türkiye"][2024] / RM["Total"][2024] * 100)], "T1 Türkiye imports 2024 and share.")
add("two-part", "What were Argentina's agricultural manufactures (MOA) exports in 2025, and by how much did they grow?",
    [v(A[2025]["year"]["MOA"], USD), pct_pr(pct(A[2024]["year"]["MOA"], A[2025]["year"]["MOA"]))], "T2 MOA year rows.")
add("two-part", "What was Morocco's trade balance in 2025, and how much did it change from 2024?",
    [v(MO["TRADE BALANCE"][2025], MAD), v(MO["TRADE BALANCE"]["chg"], MAD)],
    "T4 TRADE BALANCE 2025 (negative) and printed change value (-18,626: the deficit widened).")
add("two-part", ["What were Romania's exports to Spain in 2022?",
                 "What about 2024, and how much growth is that over the two years?"],
    [v(RX["Spain"][2024], EUR), pct_pr(pct(RX["Spain"][2022], RX["Spain"][2024]))], "T1 Spain exports 2024 and % change vs 2022.")

# ================================================================ small change
add("small-change", "How did Argentina's exports change from May to June 2025?",
    pct_pr(pct(A[2025]["May"]["X"], A[2025]["June"]["X"])), "T2: 7,105 vs 7,095 = +0.14%: must not be called unchanged.")
add("small-change", "Did Morocco's textile and leather exports change in 2025? By how much in percent?",
    v(m2(pct(MO["Textile and leather"][2024], MO["Textile and leather"][2025])), "%", tolerance=0.06),
    "T4: -0.11% computed, printed -0.1; tolerance covers both.")
add("small-change", "What was the change in Jordan's re-exports from February to March 2025, in percent?",
    pct_pr(pct(J[2025]["February"]["RX"], J[2025]["March"]["RX"])), "T3: 85.1 -> 85.3, +0.24%.")
add("small-change", "How much did Romania's exports to the Netherlands change in 2024?",
    pct_pr(pct(RX["Netherlands"][2023], RX["Netherlands"][2024])), "T1: Netherlands 2,867.4 -> 2,870.3, +0.10%.")
add("small-change", "Jordan's imports in June 2024 versus May 2024 - what was the percentage change?",
    pct_pr(pct(J[2024]["May"]["M"], J[2024]["June"]["M"])), "T3: 1,598.7 -> 1,600.1, +0.09%.")
add("small-change", "By how much did Romania's exports to Poland change between 2023 and 2024, in euro?",
    v(m1(RX["Poland"][2024] - RX["Poland"][2023]), EUR), "T1 Poland exports 2024 - 2023: +3.6 (about +0.09%), not 'unchanged'.")

# ================================================================ extra conversations
add("qualified-label", ["What did Romania export to Moldova in 2023?", "And to South Korea?"],
    v(RX["Korea, Republic of"][2023], EUR), "Swap partner to the qualified label 'Korea, Republic of', exports 2023.")
add("follow-up", ["What were Jordan's national exports in January 2024?", "And in February?"],
    v(J[2024]["February"]["NX"], JD), "Swap month: T3 NX February 2024.")
add("average", ["What were Jordan's imports in 2025, month by month?", "What was the monthly average?"],
    v(m1(jsum(2025, MONTHS, "M") / 12), JD), "T3: mean of 12 monthly imports 2025.")
imp21 = top(RM, 2021, COUNTRIES, 2)
add("rank", ["Which country supplied Romania the most in 2021?", "And apart from that one?"],
    {"name": names(imp21[1])}, "T1 imports 2021, countries only, 2nd after " + imp21[0] + ".")
add("yes-no", ["What were Argentina's monthly exports in 2024?", "Did they exceed US$7.5 billion in any month?"],
    {"verdict": "yes" if any(A[2024][mo]["X"] > 7500 for mo in MONTHS) else "no"},
    "T2: 2024 max is May 7,431 -> no (near miss).")
c = MO["TRADE BALANCE"]["chg"]
add("claim", ["What was Morocco's trade deficit in 2024?",
              "So it widened by about MAD 18.6 billion in 2025 - correct?"],
    {"verdict": verdict(abs(-c - 18600) / 18600 < 0.01), **v(c, MAD)},
    "T4 TRADE BALANCE change value -18,626 (deficit larger by 18.6 bn): supported; value kept signed as printed.")
add("growth-mom", ["What were Argentina's imports in September 2025?", "How did that compare with August, in percent?"],
    pct_pr(pct(A[2025]["August"]["M"], A[2025]["September"]["M"])), "T2 imports Sep vs Aug 2025.")
add("sum", ["How much did Jordan's national exports add up to in 2025?",
            "Adding re-exports, what were total exports?"],
    v(m1(jsum(2025, MONTHS, "NX", "RX")), JD), "T3 annual NX + RX 2025 (derived total).")

# ================================================================ refusals
REF = [
    ("What volume of phosphate rock, in tonnes, did Morocco export in 2025?",
     "T4 has values only (MAD million), no quantities."),
    ("What was the average export price of Argentine soybeans in 2025?",
     "T2 has values by broad category only; no prices, no soybeans."),
    ("How much did Romania export to Japan in 2024?", "Japan is not a row in T1."),
    ("What were Romania's exports to Germany in 2018?", "T1 starts in 2019 (2018 only implicit in the printed total rate)."),
    ("What will Argentina's exports be in 2026?", "Forecast; no data."),
    ("What were Jordan's national exports in March 2026?", "T3 ends in December 2025."),
    ("How much did Morocco export to France in 2025?", "T4 has no partner dimension."),
    ("What will Jordan's trade deficit be next year?", "Forecast."),
    ("How many containers were handled at Aqaba port in 2025?", "Not trade values; not in any table."),
    ("What were Romania's exports to Hong Kong in 2024?", "T1 lists China excluding Hong Kong; Hong Kong itself absent."),
    ("How much did Argentina export to Brazil in 2025?", "T2 has no partner breakdown."),
    ("What were Morocco's automotive exports in 2023?", "T4 covers 2024 and 2025 only."),
    ("What were Argentina's seasonally adjusted exports in October 2025?", "T2 is unadjusted only."),
    ("How much of Romania's exports in 2024 were cars and car parts?", "T1 is by partner only; no products."),
    ("What were Jordan's exports to Iraq in 2025?", "T3 has no partner breakdown."),
    ("How much did Romania import from Germany in 2025?", "T1 ends in 2024."),
    ("What was Argentina's export volume index in 2025?", "T2 has values only; no volume or price indices."),
]
for q, how in REF:
    add("refuse", q, "refuse", how)
add("refuse", ["What did Romania export to Italy in 2024?", "And to Japan?"], "refuse",
    "Follow-up to a partner not in T1.")
add("refuse", ["What were Jordan's imports in December 2025?", "And in January 2026?"], "refuse",
    "Follow-up to a month after the table ends.")


# ------------------------------------------------------------------ write + validate
def validate(entries: list[dict]) -> None:
    ids = set()
    for e in entries:
        assert e["id"] not in ids, e["id"]
        ids.add(e["id"])
        assert isinstance(e["kind"], str) and e["kind"]
        assert ("question" in e) != ("conversation" in e), e["id"]
        if "conversation" in e:
            assert isinstance(e["conversation"], list) and len(e["conversation"]) >= 2
        ex = e["expect"]
        parts = ex if isinstance(ex, list) else [ex]
        if ex == "refuse":
            continue
        for p in parts:
            assert isinstance(p, dict) and p, e["id"]
            assert set(p) <= {"value", "unit", "tolerance", "name", "verdict"}, e["id"]
            if "value" in p:
                assert "unit" in p and isinstance(p["value"], (int, float)), e["id"]
                assert p["value"] == p["value"], e["id"]  # not NaN
            if "verdict" in p:
                assert p["verdict"] in ("yes", "no", "supported", "contradicted"), e["id"]


def clean(x):
    if isinstance(x, float) and x.is_integer():
        return int(x)
    if isinstance(x, dict):
        return {k: clean(val) for k, val in x.items()}
    if isinstance(x, list):
        return [clean(val) for val in x]
    return x


QS = [clean(e) for e in QS]
validate(QS)
with open(HERE / "questions.jsonl", "w", encoding="utf-8") as f:
    for e in QS:
        f.write(json.dumps(e, ensure_ascii=False) + "\n")
# re-parse what was written
back = [json.loads(line) for line in open(HERE / "questions.jsonl", encoding="utf-8")]
validate(back)

notes = HERE / "NOTES.md"
marker = "<!-- per-question notes: generated by compute_expected.py -->"
head = notes.read_text(encoding="utf-8").split(marker)[0] if notes.exists() else "# NOTES\n\n"
notes.write_text(head + marker + "\n\n" + "\n".join(NOTES) + "\n", encoding="utf-8")

kinds: dict[str, int] = {}
for e in back:
    kinds[e["kind"]] = kinds.get(e["kind"], 0) + 1
conv = sum("conversation" in e for e in back)
print(f"{len(back)} questions, {conv} conversations ({conv / len(back):.0%})")
for k, n in kinds.items():
    print(f"  {k:16s} {n}")
