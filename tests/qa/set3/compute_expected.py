"""Compute the expected answers of QA set 3 from the tables in tables/ and write
questions.jsonl and NOTES.md.

Only the csv module and openpyxl are used; every expected value is read or computed
from the table files themselves (never from make_tables.py). Questions are written by
hand below, each with the computation that answers it and a one-line note.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

from openpyxl import load_workbook

HERE = Path(__file__).resolve().parent
T = HERE / "tables"


# ---------------------------------------------------------------------------
# reading helpers
# ---------------------------------------------------------------------------
def num(cell) -> float | None:
    if cell is None:
        return None
    if isinstance(cell, (int, float)):
        return float(cell)
    s = str(cell).strip().replace(",", "")
    if s in ("", "-", ".."):
        return None
    return float(s)


def read_csv(name: str) -> list[list[str]]:
    with open(T / name, newline="", encoding="utf-8") as fh:
        return list(csv.reader(fh))


def block(rows: list[list[str]], header_first: str) -> tuple[list[str], list[list[str]]]:
    """The header row whose first cell is header_first and the data rows below it
    (up to the first blank row)."""
    for i, r in enumerate(rows):
        if r and r[0] == header_first:
            out = []
            for r2 in rows[i + 1:]:
                if not r2 or all(c == "" for c in r2):
                    break
                out.append(r2)
            return r, out
    raise KeyError(header_first)


def clean_period(h: str) -> str:
    return re.sub(r"\s*\((p|P|r)\)\s*$", "", h.strip())


# India (workbook)
wb = load_workbook(T / "india_moc_exports_commodities_destinations.xlsx")
IN_C: dict[str, dict[str, float]] = {}
ws = wb["Principal Commodities"]
rows = list(ws.iter_rows(values_only=True))
hi = next(i for i, r in enumerate(rows) if r[0] == "Principal Commodity")
heads = [clean_period(str(h)) for h in rows[hi]]
for r in rows[hi + 1:]:
    if r[0] is None:
        break
    IN_C[r[0]] = {heads[j]: num(r[j]) for j in range(1, len(heads))}
IN_D: dict[str, dict[str, float]] = {}
ws = wb["Top Destinations"]
rows = list(ws.iter_rows(values_only=True))
hi = next(i for i, r in enumerate(rows) if r[0] == "Country")
heads = [clean_period(str(h)) for h in rows[hi]]
for r in rows[hi + 1:]:
    if r[0] is None:
        break
    IN_D[r[0]] = {heads[j]: num(r[j]) for j in range(1, len(heads))}
IN_TOTAL = IN_C["Total"]
IN_DEST_COUNTRIES = [k for k in IN_D if k not in ("Total of top 10 destinations", "Rest of the world",
                                                  "India's total exports")]
IN_COMMODITIES = [k for k in IN_C if k not in ("Others", "Total")]
assert IN_D["India's total exports"]["2023-24"] == IN_TOTAL["2023-24"]
assert IN_D["India's total exports"]["2022-23"] == IN_TOTAL["2022-23"]

# Indonesia, monthly oil and gas / non-oil and gas
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ID_OG: dict[str, float] = {}
ID_NOG: dict[str, float] = {}
_, data = block(read_csv("bps_indonesia_exports_oil_gas_non_oil_gas_monthly.csv"), "Year")
year = None
for r in data:
    if r[0]:
        year = int(r[0])
    key = f"{year}-{MONTHS.index(r[1]) + 1:02d}"
    ID_OG[key], ID_NOG[key] = num(r[2]), num(r[3])


def id_total(key: str) -> float:
    return ID_OG[key] + ID_NOG[key]


# Indonesia, non-oil and gas by destination
hdr, data = block(read_csv("bps_indonesia_non_oil_gas_exports_by_destination_jun2025.csv"),
                  "Country of Destination")
ID_COLS = ["2024-06", "2025-05", "2025-06", "2024H1", "2025H1", "chg_mom", "chg_ytd", "share_h1"]
ID_C: dict[str, dict[str, float]] = {}
for r in data:
    if r[1] == "":
        continue  # "Economic regions:" section label
    ID_C[r[0]] = {c: num(v) for c, v in zip(ID_COLS, r[1:])}
ID_COUNTRIES = [k for k in ID_C if k not in ("Total 13 main countries", "Other countries",
                                             "Total non-oil and gas exports", "ASEAN", "European Union")]
# the two Indonesian tables agree
assert ID_C["Total non-oil and gas exports"]["2025-06"] == ID_NOG["2025-06"]
assert ID_C["Total non-oil and gas exports"]["2025-05"] == ID_NOG["2025-05"]
assert ID_C["Total non-oil and gas exports"]["2024-06"] == ID_NOG["2024-06"]
assert abs(ID_C["Total non-oil and gas exports"]["2025H1"]
           - sum(ID_NOG[f"2025-{m:02d}"] for m in range(1, 7))) < 0.05

# US Census FT-900 (workbook): Exhibit 19 (SA) and Exhibit 14 (NSA)
wb = load_workbook(T / "us_census_ft900_trade_by_country_2025.xlsx")
US_SA: dict[str, dict[str, dict[str, float]]] = {}
rows = list(wb["Exhibit 19"].iter_rows(values_only=True))
hi = next(i for i, r in enumerate(rows) if r[0] == "Country and Area")
sa_months = ["2025-04", "2025-05", "2025-06"]
for r in rows[hi + 2:]:
    if r[0] is None:
        break
    US_SA[r[0]] = {"B": dict(zip(sa_months, map(num, r[1:4]))),
                   "X": dict(zip(sa_months, map(num, r[4:7]))),
                   "M": dict(zip(sa_months, map(num, r[7:10])))}
US_NSA: dict[str, dict[str, dict[str, float]]] = {}
rows = list(wb["Exhibit 14"].iter_rows(values_only=True))
hi = next(i for i, r in enumerate(rows) if r[0] == "Country and Area")
nsa_cols = ["2024-06", "2025-06", "2024H1", "2025H1"]
for r in rows[hi + 2:]:
    if r[0] is None:
        break
    US_NSA[r[0]] = {"B": dict(zip(nsa_cols, map(num, r[1:5]))),
                    "X": dict(zip(nsa_cols, map(num, r[5:9]))),
                    "M": dict(zip(nsa_cols, map(num, r[9:13])))}
US_AREAS = {"Total, Census Basis", "North America", "Europe", "Euro Area", "European Union",
            "Pacific Rim Countries", "South/Central America", "OPEC"}
US_COUNTRIES = [k for k in US_SA if k not in US_AREAS]

# UK ONS
hdr, data = block(read_csv("ons_uk_trade_in_goods_eu_non_eu_sa_monthly.csv"), "Time period")
MON3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
UK: dict[str, dict[str, float]] = {}
for r in data:
    y, m = r[0].split()
    UK[f"{y}-{MON3.index(m) + 1:02d}"] = {h: num(v) for h, v in zip(hdr[1:], r[1:])}
for k, v in UK.items():  # the published identities hold
    assert v["Total exports"] == v["Exports to EU"] + v["Exports to non-EU"]
    assert v["Total imports"] == v["Imports from EU"] + v["Imports from non-EU"]
    assert v["Total trade balance"] == v["Total exports"] - v["Total imports"]

# Thailand
hdr, data = block(read_csv("thailand_moc_exports_by_market_jan_jun_2025.csv"), "Market")
TH_COLS = ["2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06", "2025H1", "2024H1", "chg_h1"]
TH: dict[str, dict[str, float | None]] = {}
for r in data:
    TH[r[0]] = {c: num(v) for c, v in zip(TH_COLS, r[1:])}
TH_GROWTH = TH.pop("Growth y-o-y (%)")
TH_GROUPS = {"Total exports", "ASEAN (9)", "European Union (27)", "Middle East (15)", "Africa", "Others"}
TH_COUNTRIES = [k for k in TH if k not in TH_GROUPS]
TH_ASEAN = ["Viet Nam", "Malaysia", "Singapore", "Indonesia", "Philippines", "Cambodia", "Lao PDR"]

# South Africa, SARS (two stacked tables in one CSV)
rows = read_csv("sars_south_africa_trade_statistics_2024_2025.csv")
hdr, data = block(rows, "")
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
za_periods = []
for h in hdr[1:]:
    m, y = clean_period(h).split()
    za_periods.append(f"{y}-{MON.index(m) + 1:02d}")
ZA: dict[str, dict[str, float]] = {r[0]: dict(zip(za_periods, map(num, r[1:]))) for r in data}
for p in za_periods:
    assert ZA["Trade balance"][p] == ZA["Exports"][p] - ZA["Imports"][p]
hdr, data = block(rows, "Continent")
ZA_C = {r[0]: {"X": num(r[1]), "M": num(r[2]), "B": num(r[3])} for r in data}
assert ZA_C["Total"]["X"] == ZA["Exports"]["2025-06"]

# Brazil SECEX
hdr, data = block(read_csv("brazil_secex_exports_by_product_2021_2024.csv"), "Product")
BR = {r[0]: {"2021": num(r[1]), "2022": num(r[2]), "2023": num(r[3]), "2024": num(r[4]),
             "var": num(r[5]), "share": num(r[6])} for r in data}
BR_PRODUCTS = [k for k in BR if k not in ("Other products", "Total")]


# ---------------------------------------------------------------------------
# arithmetic and expectation helpers
# ---------------------------------------------------------------------------
def pct(old: float, new: float) -> float:
    return (new / old - 1) * 100


def cagr(first: float, last: float, years: int) -> float:
    return ((last / first) ** (1 / years) - 1) * 100


def mean(xs: list[float]) -> float:
    return sum(xs) / len(xs)


def V(x: float, unit: str) -> dict:
    return {"value": round(x, 1), "unit": unit}


def P(x: float) -> dict:
    return {"value": round(x, 1), "unit": "%", "tolerance": 0.06}


def PP(x: float) -> dict:
    return {"value": round(x, 1), "unit": "pp", "tolerance": 0.06}


def top(d: dict[str, float], reverse: bool = True) -> str:
    items = sorted(d.items(), key=lambda kv: kv[1], reverse=reverse)
    assert items[0][1] != items[1][1], f"tie in ranking: {items[:2]}"
    return items[0][0]


def fmt(x: float) -> str:
    return f"{x:,.1f}"


USD, GBP, THB, ZAR = "US$ million", "£ million", "THB million", "ZAR million"
USA_NAMES = ["United States of America", "United States", "USA"]

Q: list[dict] = []


def add(kind: str, ask, expect, note: str) -> None:
    entry = {"id": f"s3q{len(Q) + 1:03d}", "kind": kind}
    if isinstance(ask, list):
        entry["conversation"] = ask
    else:
        entry["question"] = ask
    entry["expect"] = expect
    entry["_note"] = note
    Q.append(entry)


# ---------------------------------------------------------------------------
# lookup
# ---------------------------------------------------------------------------
v = IN_C["Drugs and pharmaceuticals"]["2023-24"]
add("lookup", "What was the value of India's exports of drugs and pharmaceuticals in 2023-24 (April-March)?",
    V(v, USD), f"India MoC Table 2, Drugs and pharmaceuticals, 2023-24 (P) = {fmt(v)} US$ million.")
v = ID_NOG["2025-04"]
add("lookup", "How much did Indonesia export in non-oil and gas goods in April 2025?",
    V(v, USD), f"BPS Table 1, 2025 April, Non-Oil and Gas = {fmt(v)} US$ million.")
v = US_SA["Mexico"]["X"]["2025-05"]
add("lookup", "What were seasonally adjusted US goods exports to Mexico in May 2025?",
    V(v, USD), f"FT-900 Exhibit 19 (SA), Mexico, Exports, May 2025 = {fmt(v)} US$ million.")
v = UK["2025-03"]["Imports from EU"]
add("lookup", "What was the value of UK goods imports from the EU in March 2025, seasonally adjusted?",
    V(v, GBP), f"ONS Table 2, 2025 MAR, Imports from EU = {fmt(v)} £ million.")
v = TH["Viet Nam"]["2025-02"]
add("lookup", "How much did Thailand export to Viet Nam in February 2025, in million baht?",
    V(v, THB), f"Thailand MoC table, Viet Nam, Feb 2025 = {fmt(v)} million baht.")
v = ZA["Imports"]["2024-10"]
add("lookup", "What was the value of South Africa's merchandise imports in October 2024?",
    V(v, ZAR), f"SARS Table 1, Imports, Oct 2024 = {fmt(v)} ZAR million.")
v = BR["Coffee, not roasted"]["2022"]
add("lookup", "What was the value of Brazil's exports of unroasted coffee in 2022?",
    V(v, USD), f"SECEX table, Coffee, not roasted, 2022 = {fmt(v)} US$ million.")
v = US_NSA["China"]["M"]["2024-06"]
add("lookup", "What were US goods imports from China in June 2024, not seasonally adjusted?",
    V(v, USD), f"FT-900 Exhibit 14 (NSA), China, Imports, Jun 2024 = {fmt(v)} US$ million.")
v = ID_OG["2024-08"]
add("lookup", "What was the value of Indonesia's oil and gas exports in August 2024?",
    V(v, USD), f"BPS Table 1, 2024 August, Oil and Gas = {fmt(v)} US$ million.")

# ---------------------------------------------------------------------------
# change
# ---------------------------------------------------------------------------
a, b = IN_C["Electronic goods"]["2022-23"], IN_C["Electronic goods"]["2023-24"]
add("change", "By what percentage did India's exports of electronic goods grow in 2023-24 compared with 2022-23?",
    P(pct(a, b)), f"India Table 2, Electronic goods: {fmt(b)}/{fmt(a)} - 1 = {pct(a, b):.2f}% (published % growth 23.60).")
a, b = UK["2024-03"]["Exports to non-EU"], UK["2025-03"]["Exports to non-EU"]
add("change", "How much did UK goods exports to non-EU countries change between March 2024 and March 2025, "
    "in percent (seasonally adjusted)?",
    P(pct(a, b)), f"ONS Exports to non-EU: 2025 MAR {fmt(b)} / 2024 MAR {fmt(a)} - 1 = {pct(a, b):.2f}%.")
a, b = US_SA["Canada"]["X"]["2025-05"], US_SA["Canada"]["X"]["2025-06"]
add("change", "What was the month-on-month percentage change in seasonally adjusted US goods exports to Canada "
    "in June 2025?",
    P(pct(a, b)), f"Exhibit 19 Canada exports: Jun {fmt(b)} / May {fmt(a)} - 1 = {pct(a, b):.2f}%.")
a, b = ZA["Exports"]["2024-06"], ZA["Exports"]["2025-06"]
add("change", "By how much did South Africa's exports grow year on year in June 2025, in percent?",
    P(pct(a, b)), f"SARS exports: Jun 2025 {fmt(b)} / Jun 2024 {fmt(a)} - 1 = {pct(a, b):.2f}%.")
a, b = BR["Iron ore and concentrates"]["2021"], BR["Iron ore and concentrates"]["2024"]
add("change", "What was the percentage change in Brazil's exports of iron ore and concentrates between 2021 and 2024?",
    P(pct(a, b)), f"SECEX iron ore: 2024 {fmt(b)} / 2021 {fmt(a)} - 1 = {pct(a, b):.2f}%.")
a, b = TH["China"]["2024H1"], TH["China"]["2025H1"]
add("change", "What was the percentage change in Thailand's exports to China in January-June 2025 compared with "
    "January-June 2024?",
    P(pct(a, b)), f"Thailand table, China: {fmt(b)} / {fmt(a)} - 1 = {pct(a, b):.2f}% (published {TH['China']['chg_h1']}).")
v = ID_C["United States of America"]["chg_mom"]
a, b = ID_C["United States of America"]["2025-05"], ID_C["United States of America"]["2025-06"]
add("change", "By what percentage did Indonesia's non-oil and gas exports to the United States of America change "
    "in June 2025 compared with May 2025?",
    P(pct(a, b)), f"BPS Table 4, USA: {fmt(b)}/{fmt(a)} - 1 = {pct(a, b):.2f}% (published {v}).")
a, b = US_NSA["Vietnam"]["M"]["2024-06"], US_NSA["Vietnam"]["M"]["2025-06"]
add("change", "How much did US goods imports from Vietnam grow in June 2025 compared with June 2024, not "
    "seasonally adjusted, in percent?",
    P(pct(a, b)), f"Exhibit 14 Vietnam imports: {fmt(b)} / {fmt(a)} - 1 = {pct(a, b):.2f}%.")
a, b = IN_C["Petroleum products"]["2022-23"], IN_C["Petroleum products"]["2023-24"]
add("change", "What was the change, in US$ million, in India's exports of petroleum products between 2022-23 "
    "and 2023-24?",
    V(b - a, USD), f"India Table 2, Petroleum products: {fmt(b)} - {fmt(a)} = {fmt(b - a)} US$ million.")

# ---------------------------------------------------------------------------
# sum-of-parts
# ---------------------------------------------------------------------------
v = id_total("2025-03")
add("sum-of-parts", "What were Indonesia's total exports (oil and gas plus non-oil and gas) in March 2025?",
    V(v, USD), f"BPS Table 1, March 2025: {fmt(ID_OG['2025-03'])} + {fmt(ID_NOG['2025-03'])} = {fmt(v)} US$ million.")
ks = [f"2025-{m:02d}" for m in range(1, 7)]
v = sum(id_total(k) for k in ks)
add("sum-of-parts", "What was the value of Indonesia's total exports, oil and gas and non-oil and gas combined, "
    "in January-June 2025?",
    V(v, USD), f"BPS Table 1: sum over Jan-Jun 2025 of oil and gas + non-oil and gas = {fmt(v)} US$ million.")
ks24 = [f"2024-{m:02d}" for m in range(1, 13)]
v = sum(id_total(k) for k in ks24)
add("sum-of-parts", "What were Indonesia's total exports in the whole of 2024, counting both oil and gas and "
    "non-oil and gas?",
    V(v, USD), f"BPS Table 1: sum of 12 months of 2024, oil and gas ({fmt(sum(ID_OG[k] for k in ks24))}) + "
    f"non-oil and gas ({fmt(sum(ID_NOG[k] for k in ks24))}) = {fmt(v)} US$ million.")
q1 = ["2025-01", "2025-02", "2025-03"]
v = sum(UK[k]["Exports to EU"] for k in q1)
add("sum-of-parts", "What was the total value of UK goods exports to the EU in the first quarter of 2025 "
    "(January to March, seasonally adjusted)?",
    V(v, GBP), f"ONS Exports to EU, 2025 JAN+FEB+MAR = {fmt(v)} £ million.")
v = sum(ZA["Exports"][k] for k in ks)
add("sum-of-parts", "What were South Africa's total exports over the first half of 2025 (January to June)?",
    V(v, ZAR), f"SARS Table 1 exports, sum Jan-Jun 2025 = {fmt(v)} ZAR million.")
a, b = TH["Malaysia"]["2025H1"], TH["Singapore"]["2025H1"]
add("sum-of-parts", "What were Thailand's combined exports to Malaysia and Singapore in January-June 2025?",
    V(a + b, THB), f"Thailand table Jan-Jun 2025: Malaysia {fmt(a)} + Singapore {fmt(b)} = {fmt(a + b)} million baht.")
a, b = IN_C["Rice"]["2023-24"], IN_C["Marine products"]["2023-24"]
add("sum-of-parts", "What were India's combined exports of rice and marine products in 2023-24?",
    V(a + b, USD), f"India Table 2, 2023-24: Rice {fmt(a)} + Marine products {fmt(b)} = {fmt(a + b)} US$ million.")
q2 = ["2025-04", "2025-05", "2025-06"]
v = sum(US_SA[c]["X"][k] for c in ("Canada", "Mexico") for k in q2)
add("sum-of-parts", "What were seasonally adjusted US goods exports to Canada and Mexico combined over "
    "April-June 2025?",
    V(v, USD), f"Exhibit 19 exports, Canada + Mexico, Apr+May+Jun 2025 = {fmt(v)} US$ million "
    f"(equals the North America row summed: {fmt(sum(US_SA['North America']['X'][k] for k in q2))}).")
a, b = BR["Soybeans"]["2024"], BR["Soybean meal"]["2024"]
add("sum-of-parts", "What were Brazil's combined exports of soybeans and soybean meal in 2024?",
    V(a + b, USD), f"SECEX 2024: Soybeans {fmt(a)} + Soybean meal {fmt(b)} = {fmt(a + b)} US$ million.")

# ---------------------------------------------------------------------------
# identity
# ---------------------------------------------------------------------------
x, m = ZA["Exports"]["2025-03"], ZA["Imports"]["2025-03"]
assert x - m == ZA["Trade balance"]["2025-03"]
add("identity", "Working it out as exports minus imports, what was South Africa's trade balance in March 2025?",
    V(x - m, ZAR), f"SARS Table 1 Mar 2025: {fmt(x)} - {fmt(m)} = {fmt(x - m)} ZAR million (= published Trade balance).")
x, m = UK["2025-05"]["Exports to EU"], UK["2025-05"]["Imports from EU"]
add("identity", "What was the UK's total trade in goods with the EU (exports plus imports) in May 2025, "
    "seasonally adjusted?",
    V(x + m, GBP), f"ONS 2025 MAY: Exports to EU {fmt(x)} + Imports from EU {fmt(m)} = {fmt(x + m)} £ million.")
x, m = US_SA["China"]["X"]["2025-06"], US_SA["China"]["M"]["2025-06"]
add("identity", "What was total seasonally adjusted US goods trade (exports plus imports) with China in June 2025?",
    V(x + m, USD), f"Exhibit 19 China Jun 2025: {fmt(x)} + {fmt(m)} = {fmt(x + m)} US$ million.")
x, m = US_SA["Germany"]["X"]["2025-06"], US_SA["Germany"]["M"]["2025-06"]
assert abs((x - m) - US_SA["Germany"]["B"]["2025-06"]) < 0.05
add("identity", "What was the seasonally adjusted US goods trade balance with Germany in June 2025?",
    V(x - m, USD), f"Exhibit 19 Germany Jun 2025: exports {fmt(x)} - imports {fmt(m)} = {fmt(x - m)} US$ million "
    "(= published Balance).")
v = sum(UK[k]["Balance with non-EU"] for k in q2)
assert v == sum(UK[k]["Exports to non-EU"] - UK[k]["Imports from non-EU"] for k in q2)
add("identity", "What was the UK's cumulative trade in goods balance with non-EU countries over April-June 2025, "
    "seasonally adjusted?",
    V(v, GBP), f"ONS Balance with non-EU, 2025 APR+MAY+JUN (= exports - imports to non-EU) = {fmt(v)} £ million.")
v = sum(ZA["Trade balance"][k] for k in ks)
add("identity", "What was South Africa's cumulative trade balance for January-June 2025?",
    V(v, ZAR), f"SARS Table 1, sum of Trade balance Jan-Jun 2025 (= sum exports - sum imports) = {fmt(v)} ZAR million.")
x, m = US_NSA["European Union"]["X"]["2025H1"], US_NSA["European Union"]["M"]["2025H1"]
assert abs((x - m) - US_NSA["European Union"]["B"]["2025H1"]) < 0.05
add("identity", "What was the US goods trade balance with the European Union in January-June 2025, not "
    "seasonally adjusted?",
    V(x - m, USD), f"Exhibit 14 European Union Jan-Jun 2025: {fmt(x)} - {fmt(m)} = {fmt(x - m)} US$ million (= published).")
a, b = UK["2025-01"]["Imports from EU"], UK["2025-01"]["Imports from non-EU"]
add("identity", "What were the UK's total goods imports in January 2025, EU and non-EU together, seasonally adjusted?",
    V(a + b, GBP), f"ONS 2025 JAN: {fmt(a)} + {fmt(b)} = {fmt(a + b)} £ million (= published Total imports).")

# ---------------------------------------------------------------------------
# share
# ---------------------------------------------------------------------------
a, t = IN_D["United States of America"]["2023-24"], IN_TOTAL["2023-24"]
add("share", "What share of India's total exports in 2023-24 went to the United States of America?",
    P(a / t * 100), f"India Table 3: {fmt(a)} / {fmt(t)} = {a / t * 100:.2f}% (published % share 17.74).")
add("share", "What share of Brazil's total exports in 2024 did soybeans account for?",
    P(BR["Soybeans"]["2024"] / BR["Total"]["2024"] * 100),
    f"SECEX: {fmt(BR['Soybeans']['2024'])} / {fmt(BR['Total']['2024'])} = "
    f"{BR['Soybeans']['2024'] / BR['Total']['2024'] * 100:.2f}% (published {BR['Soybeans']['share']}).")
a, t = TH["China"]["2025H1"], TH["Total exports"]["2025H1"]
add("share", "What share of Thailand's total exports in January-June 2025 went to China?",
    P(a / t * 100), f"Thailand table Jan-Jun 2025: China {fmt(a)} / Total {fmt(t)} = {a / t * 100:.2f}%.")
a, t = UK["2025-06"]["Exports to EU"], UK["2025-06"]["Total exports"]
add("share", "What percentage of UK goods exports went to the EU in June 2025, seasonally adjusted?",
    P(a / t * 100), f"ONS 2025 JUN: {fmt(a)} / {fmt(t)} = {a / t * 100:.2f}%.")
a, t = ID_C["Japan"]["2025H1"], ID_C["Total non-oil and gas exports"]["2025H1"]
add("share", "What was Japan's share of Indonesia's non-oil and gas exports in January-June 2025?",
    P(a / t * 100), f"BPS Table 4: {fmt(a)} / {fmt(t)} = {a / t * 100:.2f}% (published {ID_C['Japan']['share_h1']}).")
a, t = US_SA["Canada"]["X"]["2025-06"], US_SA["Total, Census Basis"]["X"]["2025-06"]
add("share", "What share of total seasonally adjusted US goods exports went to Canada in June 2025?",
    P(a / t * 100), f"Exhibit 19 Jun 2025: Canada {fmt(a)} / Total, Census Basis {fmt(t)} = {a / t * 100:.2f}%.")
a, t = IN_C["Engineering goods"]["2021-22"], IN_TOTAL["2021-22"]
add("share", "What share of India's total exports did engineering goods account for in 2021-22?",
    P(a / t * 100), f"India Table 2, 2021-22: {fmt(a)} / {fmt(t)} = {a / t * 100:.2f}% (no published share for 2021-22).")
a, t = ZA_C["Asia"]["X"], ZA_C["Total"]["X"]
add("share", "What share of South Africa's exports went to Asia in June 2025?",
    P(a / t * 100), f"SARS Table 2: Asia exports {fmt(a)} / Total {fmt(t)} = {a / t * 100:.2f}%.")
a, t = ZA_C["Europe"]["X"], ZA_C["Total"]["X"]
add("share", ["What were South Africa's exports to Europe in June 2025?",
              "What share of South Africa's total exports that month was that?"],
    P(a / t * 100), f"SARS Table 2: Europe exports {fmt(a)} / Total {fmt(t)} = {a / t * 100:.2f}%.")

# ---------------------------------------------------------------------------
# share-of-derived
# ---------------------------------------------------------------------------
og, tot = ID_OG["2025-06"], id_total("2025-06")
add("share-of-derived", "What share of Indonesia's total exports (oil and gas plus non-oil and gas) in June 2025 "
    "was oil and gas?",
    P(og / tot * 100), f"BPS Table 1 Jun 2025: {fmt(og)} / ({fmt(og)} + {fmt(ID_NOG['2025-06'])}) = {og / tot * 100:.2f}%.")
og, tot = sum(ID_OG[k] for k in ks24), sum(id_total(k) for k in ks24)
add("share-of-derived", "In 2024 as a whole, what percentage of Indonesia's total exports were oil and gas exports?",
    P(og / tot * 100), f"BPS Table 1, 2024: sum oil and gas {fmt(og)} / sum (oil and gas + non-oil and gas) {fmt(tot)} "
    f"= {og / tot * 100:.2f}%.")
eu = sum(UK[k]["Exports to EU"] + UK[k]["Imports from EU"] for k in q1)
tt = sum(UK[k]["Total exports"] + UK[k]["Total imports"] for k in q1)
add("share-of-derived", "What share of the UK's total trade in goods (exports plus imports) in the first quarter of "
    "2025 was with the EU, seasonally adjusted?",
    P(eu / tt * 100), f"ONS Jan-Mar 2025: (EU exports + EU imports) {fmt(eu)} / (total exports + total imports) "
    f"{fmt(tt)} = {eu / tt * 100:.2f}%.")
a = TH["Viet Nam"]["2025H1"] + TH["Malaysia"]["2025H1"]
t = TH["Total exports"]["2025H1"]
add("share-of-derived", "What share of Thailand's total exports in January-June 2025 went to Viet Nam and Malaysia "
    "together?",
    P(a / t * 100), f"Thailand Jan-Jun 2025: (Viet Nam + Malaysia) {fmt(a)} / Total {fmt(t)} = {a / t * 100:.2f}%.")
a = BR["Soybeans"]["2024"] + BR["Soybean meal"]["2024"]
add("share-of-derived", "What share of Brazil's total exports in 2024 came from soybeans and soybean meal combined?",
    P(a / BR["Total"]["2024"] * 100),
    f"SECEX 2024: ({fmt(BR['Soybeans']['2024'])} + {fmt(BR['Soybean meal']['2024'])}) / {fmt(BR['Total']['2024'])} "
    f"= {a / BR['Total']['2024'] * 100:.2f}%.")
top3 = sorted(IN_DEST_COUNTRIES, key=lambda c: IN_D[c]["2023-24"], reverse=True)[:3]
a = sum(IN_D[c]["2023-24"] for c in top3)
add("share-of-derived", "What share of India's total exports in 2023-24 went to its three largest destinations combined?",
    P(a / IN_TOTAL["2023-24"] * 100),
    f"India Table 3 2023-24: top three {', '.join(top3)} sum {fmt(a)} / total {fmt(IN_TOTAL['2023-24'])} "
    f"= {a / IN_TOTAL['2023-24'] * 100:.2f}%.")
a = US_SA["Japan"]["M"]["2025-05"] + US_SA["Korea, South"]["M"]["2025-05"]
t = US_SA["Total, Census Basis"]["M"]["2025-05"]
add("share-of-derived", "What share of seasonally adjusted US goods imports in May 2025 came from Japan and South "
    "Korea combined?",
    P(a / t * 100), f"Exhibit 19 May 2025 imports: (Japan + Korea, South) {fmt(a)} / Total {fmt(t)} = {a / t * 100:.2f}%.")

# ---------------------------------------------------------------------------
# cagr
# ---------------------------------------------------------------------------
for prod, y0, q in [
    ("Total", "2021", "What was the compound annual growth rate of Brazil's total exports from 2021 to 2024?"),
    ("Beef, fresh, chilled or frozen", "2021",
     "What was the compound annual growth rate of Brazil's beef exports (fresh, chilled or frozen) between 2021 and 2024?"),
    ("Coffee, not roasted", "2022", "What was the CAGR of Brazil's unroasted coffee exports between 2022 and 2024?"),
    ("Crude petroleum oils", "2021",
     "At what compound annual rate did Brazil's exports of crude petroleum oils grow from 2021 to 2024?"),
    ("Raw cane sugar", "2021", "What was the compound annual growth rate of Brazil's raw cane sugar exports over 2021-2024?"),
]:
    n = 2024 - int(y0)
    g = cagr(BR[prod][y0], BR[prod]["2024"], n)
    add("cagr", q, P(g), f"SECEX {prod}: ({fmt(BR[prod]['2024'])} / {fmt(BR[prod][y0])})^(1/{n}) - 1 = {g:.2f}%.")
g = cagr(IN_C["Electronic goods"]["2021-22"], IN_C["Electronic goods"]["2023-24"], 2)
add("cagr", "What was the compound annual growth rate of India's electronic goods exports from 2021-22 to 2023-24?",
    P(g), f"India Table 2 Electronic goods: ({fmt(IN_C['Electronic goods']['2023-24'])} / "
    f"{fmt(IN_C['Electronic goods']['2021-22'])})^(1/2) - 1 = {g:.2f}%.")
g = cagr(IN_TOTAL["2021-22"], IN_TOTAL["2023-24"], 2)
add("cagr", "At what compound annual rate did India's total exports grow between 2021-22 and 2023-24?",
    P(g), f"India Table 2 Total: ({fmt(IN_TOTAL['2023-24'])} / {fmt(IN_TOTAL['2021-22'])})^(1/2) - 1 = {g:.2f}%.")

# ---------------------------------------------------------------------------
# mean-of-rates
# ---------------------------------------------------------------------------
rates = [TH_GROWTH[k] for k in ks]
add("mean-of-rates", "What was the simple average of Thailand's published monthly year-on-year export growth rates "
    "for January to June 2025?",
    P(mean(rates)), f"Thailand growth row Jan-Jun 2025 {rates}: mean = {mean(rates):.3f}%.")
rates = [TH_GROWTH[k] for k in q1]
add("mean-of-rates", "What was the average of Thailand's monthly year-on-year export growth rates in the first "
    "quarter of 2025?",
    P(mean(rates)), f"Thailand growth row Jan-Mar 2025 {rates}: mean = {mean(rates):.3f}%.")
rates = [pct(BR["Total"][str(y - 1)], BR["Total"][str(y)]) for y in (2022, 2023, 2024)]
add("mean-of-rates", "What was the average annual growth rate of Brazil's total exports over 2022-2024, taken as the "
    "arithmetic mean of the three yearly percentage changes?",
    P(mean(rates)), f"SECEX Total yearly changes 2022, 2023, 2024 = {[round(r, 3) for r in rates]}; mean = {mean(rates):.3f}%.")
months = ["2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06"]
rates = [pct(UK[months[i - 1]]["Total exports"], UK[months[i]]["Total exports"]) for i in range(1, 6)]
add("mean-of-rates", "What was the average month-on-month growth rate of UK total goods exports from February to "
    "June 2025 (the mean of the five monthly changes, seasonally adjusted)?",
    P(mean(rates)), f"ONS Total exports m-o-m Feb..Jun 2025 = {[round(r, 3) for r in rates]}; mean = {mean(rates):.3f}%.")
rates = [pct(ZA["Exports"][f"2024-{m:02d}"], ZA["Exports"][f"2025-{m:02d}"]) for m in (1, 2, 3)]
add("mean-of-rates", "What was the average year-on-year growth rate of South Africa's exports across January, "
    "February and March 2025 (the mean of the three monthly rates)?",
    P(mean(rates)), f"SARS exports y-o-y Jan, Feb, Mar 2025 = {[round(r, 3) for r in rates]}; mean = {mean(rates):.3f}%.")
rates = [pct(ID_NOG[f"2024-{m:02d}"], ID_NOG[f"2025-{m:02d}"]) for m in range(1, 7)]
add("mean-of-rates", "What was the average of the monthly year-on-year growth rates of Indonesia's non-oil and gas "
    "exports from January to June 2025?",
    P(mean(rates)), f"BPS Table 1 non-oil and gas y-o-y Jan..Jun 2025 = {[round(r, 3) for r in rates]}; "
    f"mean = {mean(rates):.3f}%.")

# ---------------------------------------------------------------------------
# rank
# ---------------------------------------------------------------------------
n = top({c: IN_C[c]["2023-24"] for c in IN_COMMODITIES})
add("rank", "Which principal commodity was India's largest export in 2023-24?",
    {"name": n}, f"India Table 2, largest 2023-24 value among named commodities ('Others' residual is smaller): {n}.")
n = top({c: pct(IN_D[c]["2022-23"], IN_D[c]["2023-24"]) for c in IN_DEST_COUNTRIES})
add("rank", "Which of India's top 10 export destinations recorded the fastest export growth in 2023-24?",
    {"name": n}, f"India Table 3, highest % growth 2023-24 over 2022-23: {n} ({IN_D[n]['% Growth 2023-24 over 2022-23']}%).")
n = top({c: TH[c]["2025H1"] for c in TH_COUNTRIES})
add("rank", "Which single country was Thailand's largest export market in January-June 2025?",
    {"name": USA_NAMES if n == "United States of America" else n},
    f"Thailand table, largest Jan-Jun 2025 value among countries (groups ASEAN (9), EU (27), Middle East, Africa, "
    f"Others excluded): {n}.")
n = top({c: US_SA[c]["X"]["2025-06"] for c in US_COUNTRIES})
add("rank", "Which country was the largest market for seasonally adjusted US goods exports in June 2025?",
    {"name": n}, f"Exhibit 19 June 2025 exports, countries only: {n} ({fmt(US_SA[n]['X']['2025-06'])}) ahead of Canada "
    f"({fmt(US_SA['Canada']['X']['2025-06'])}).")
n = top({p: BR[p]["var"] for p in BR_PRODUCTS})
add("rank", "Which of Brazil's main export products grew the most in 2024 compared with 2023?",
    {"name": n}, f"SECEX highest Var. % 2024/2023 among named products: {n} ({BR[n]['var']}%).")
n = top({c: ID_C[c]["chg_mom"] for c in ID_COUNTRIES}, reverse=False)
add("rank", "To which country did Indonesia's non-oil and gas exports fall the most, in percentage terms, in June "
    "2025 compared with May 2025?",
    {"name": n}, f"BPS Table 4, lowest % change Jun/May among the 13 countries: {n} ({ID_C[n]['chg_mom']}%).")
n = top({c: US_NSA[c]["B"]["2025H1"] for c in US_COUNTRIES}, reverse=False)
add("rank", "With which country did the US have its largest goods trade deficit in January-June 2025, not "
    "seasonally adjusted?",
    {"name": n}, f"Exhibit 14, most negative Jan-Jun 2025 balance among countries: {n} ({fmt(US_NSA[n]['B']['2025H1'])}).")
n = top({k: UK[k]["Total exports"] for k in ks24})
mname = MONTHS[int(n[5:]) - 1] + " " + n[:4]
add("rank", "In which month of 2024 were UK total goods exports highest, seasonally adjusted?",
    {"name": [mname, mname.split()[0]]}, f"ONS Total exports 2024, maximum: {n} ({fmt(UK[n]['Total exports'])}).")
n = top({k: ZA["Trade balance"][k] for k in ks24})
mname = MONTHS[int(n[5:]) - 1] + " " + n[:4]
add("rank", "In which month of 2024 did South Africa record its largest trade surplus?",
    {"name": [mname, mname.split()[0]]}, f"SARS Trade balance 2024, maximum: {n} ({fmt(ZA['Trade balance'][n])}).")
trio = ["Japan", "India"]
n = top({c: TH[c]["chg_h1"] for c in trio})
add("rank", ["What were Thailand's exports to Japan in January-June 2025?", "And to India?",
             "Which of those two grew faster compared with January-June 2024?"],
    {"name": n}, f"Thailand % change Jan-Jun 2025/2024: Japan {TH['Japan']['chg_h1']}, India {TH['India']['chg_h1']} -> {n}.")

# ---------------------------------------------------------------------------
# rank-exclusion
# ---------------------------------------------------------------------------
n = top({c: IN_D[c]["2023-24"] for c in IN_DEST_COUNTRIES if c != "United States of America"})
add("rank-exclusion", "Apart from the United States of America, which country was India's largest export "
    "destination in 2023-24?",
    {"name": [n, "UAE"] if n == "United Arab Emirates" else n},
    f"India Table 3 2023-24, largest after USA: {n} ({fmt(IN_D[n]['2023-24'])}).")
n = top({c: TH[c]["2025H1"] for c in TH_COUNTRIES if c not in ("United States of America", "China")})
add("rank-exclusion", "Excluding the United States of America and China, which single country was Thailand's "
    "largest export market in January-June 2025?",
    {"name": n}, f"Thailand Jan-Jun 2025 countries without USA and China: {n} ({fmt(TH[n]['2025H1'])}).")
n = top({p: BR[p]["2024"] for p in BR_PRODUCTS if p not in ("Soybeans", "Crude petroleum oils")})
add("rank-exclusion", "Leaving aside soybeans and crude petroleum oils, which product was Brazil's largest export "
    "in 2024?",
    {"name": [n, "Iron ore"] if n.startswith("Iron ore") else n},
    f"SECEX 2024 without soybeans and crude oil: {n} ({fmt(BR[n]['2024'])}).")
n = top({c: US_SA[c]["M"]["2025-06"] for c in US_COUNTRIES if c not in ("Mexico", "Canada", "China")})
add("rank-exclusion", "Other than Mexico, Canada and China, which country was the largest source of seasonally "
    "adjusted US goods imports in June 2025?",
    {"name": n}, f"Exhibit 19 June 2025 imports, countries without Mexico, Canada, China: {n} "
    f"({fmt(US_SA[n]['M']['2025-06'])}), ahead of Vietnam ({fmt(US_SA['Vietnam']['M']['2025-06'])}).")
n = top({c: ID_C[c]["2025H1"] for c in ID_COUNTRIES if c != "China"})
add("rank-exclusion", "Excluding China, which country was the largest destination of Indonesia's non-oil and gas "
    "exports in January-June 2025?",
    {"name": USA_NAMES if n == "United States of America" else n},
    f"BPS Table 4 Jan-Jun 2025 without China: {n} ({fmt(ID_C[n]['2025H1'])}).")
n = top({c: ZA_C[c]["X"] for c in ZA_C if c not in ("Asia", "Total", "Unallocated")})
add("rank-exclusion", "Setting Asia aside, which continent took the most South African exports in June 2025?",
    {"name": n}, f"SARS Table 2 exports without Asia (Unallocated is not a continent): {n} ({fmt(ZA_C[n]['X'])}).")
n = top({c: IN_D[c]["% Growth 2023-24 over 2022-23"] for c in IN_DEST_COUNTRIES if c != "Singapore"})
add("rank-exclusion", "Among India's top 10 export destinations, which one grew fastest in 2023-24 if Singapore is "
    "left out?",
    {"name": [n, "UK", "Britain"] if n == "United Kingdom" else n},
    f"India Table 3 % growth without Singapore: {n} ({IN_D[n]['% Growth 2023-24 over 2022-23']}%).")

# ---------------------------------------------------------------------------
# existence (yes / no)
# ---------------------------------------------------------------------------
add("existence", "Is Japan among India's top 10 export destinations in 2023-24, according to the Ministry of "
    "Commerce table?",
    {"verdict": "yes" if "Japan" in IN_D else "no"}, "India Table 3 lists no Japan among the top 10 -> no.")
add("existence", "Is Bangladesh among India's top 10 export destinations in 2023-24?",
    {"verdict": "yes" if "Bangladesh" in IN_D else "no"},
    f"India Table 3 lists Bangladesh ({fmt(IN_D['Bangladesh']['2023-24'])} in 2023-24) -> yes.")
deficits = [k for k in ks24 if ZA["Trade balance"][k] < 0]
add("existence", "Did South Africa record a trade deficit in any month of 2024?",
    {"verdict": "yes" if deficits else "no"}, f"SARS Trade balance negative in 2024 months: {deficits} -> yes.")
surpl = [k for k in UK if UK[k]["Balance with EU"] > 0]
add("existence", "Did the UK run a trade in goods surplus with the EU in any month between January 2024 and June "
    "2025, seasonally adjusted?",
    {"verdict": "yes" if surpl else "no"}, f"ONS Balance with EU is negative in all 18 months (months > 0: {surpl}) -> no.")
v = US_SA["Netherlands"]["B"]["2025-05"]
add("existence", "Did the US have a seasonally adjusted goods trade surplus with the Netherlands in May 2025?",
    {"verdict": "yes" if v > 0 else "no"}, f"Exhibit 19 Netherlands balance May 2025 = {fmt(v)} > 0 -> yes.")
a, b = ID_C["Japan"]["2024H1"], ID_C["Japan"]["2025H1"]
add("existence", "Did Indonesia's non-oil and gas exports to Japan increase in January-June 2025 compared with "
    "January-June 2024?",
    {"verdict": "yes" if b > a else "no"}, f"BPS Table 4 Japan: {fmt(b)} vs {fmt(a)} (+{pct(a, b):.2f}%) -> yes.")
allup = all(TH[c]["2025H1"] > TH[c]["2024H1"] for c in TH_ASEAN)
add("existence", "Were Thailand's exports to each ASEAN country listed in the Ministry of Commerce table higher in "
    "January-June 2025 than in January-June 2024?",
    {"verdict": "yes" if allup else "no"},
    f"Thailand table, all seven listed ASEAN members have Jan-Jun 2025 > Jan-Jun 2024 -> {'yes' if allup else 'no'}.")

# ---------------------------------------------------------------------------
# claim
# ---------------------------------------------------------------------------
g = pct(IN_C["Electronic goods"]["2022-23"], IN_C["Electronic goods"]["2023-24"])
add("claim", "A report says India's electronic goods exports grew 23.6% in 2023-24 over 2022-23. Is that right?",
    {"verdict": "supported", **P(g)}, f"India Table 2 Electronic goods growth = {g:.2f}% -> 23.6% supported.")
g = pct(BR["Total"]["2023"], BR["Total"]["2024"])
add("claim", "Is it true that Brazil's total exports fell 0.8% in 2024?",
    {"verdict": "supported", **P(g)}, f"SECEX Total 2024/2023 = {g:.2f}% -> a 0.8% fall is supported.")
v = UK["2025-06"]["Exports to EU"]
add("claim", "A newswire says UK goods exports to the EU were £14.9 billion in June 2025 (seasonally adjusted). "
    "Is that correct?",
    {"verdict": "contradicted", **V(v, GBP)}, f"ONS 2025 JUN Exports to EU = {fmt(v)} £ million (£13.8 bn), not £14.9 bn.")
v = TH_GROWTH["2025-06"]
add("claim", "An article claims Thailand's exports rose 15.2% year on year in June 2025. Is that accurate?",
    {"verdict": "contradicted", **P(v)}, f"Thailand growth row Jun 2025 = {v}% -> 15.2% contradicted.")
v = ZA["Trade balance"]["2025-06"]
add("claim", "South Africa posted a trade surplus of R21.7 billion in June 2025, according to a news report. Is that "
    "right?",
    {"verdict": "contradicted", **V(v, ZAR)}, f"SARS Trade balance Jun 2025 = {fmt(v)} ZAR million (R21.4 bn), not R21.7 bn.")
v = US_SA["China"]["B"]["2025-06"]
add("claim", "Someone says the seasonally adjusted US goods trade deficit with China narrowed to US$10.2 billion in "
    "June 2025. Does the FT-900 support that?",
    {"verdict": "supported", **V(v, USD)}, f"Exhibit 19 China balance Jun 2025 = {fmt(v)} US$ million = -US$10.2 bn "
    f"(May {fmt(US_SA['China']['B']['2025-05'])}) -> supported.")
v = ID_OG["2025-06"]
add("claim", "A report says Indonesia's oil and gas exports exceeded US$1.2 billion in June 2025. Is that right?",
    {"verdict": "contradicted", **V(v, USD)}, f"BPS Table 1 Jun 2025 oil and gas = {fmt(v)} US$ million < 1,200 -> contradicted.")
v = ID_C["China"]["share_h1"]
add("claim", "An analyst says China took more than 25% of Indonesia's non-oil and gas exports in January-June 2025. "
    "Is that correct?",
    {"verdict": "contradicted", "value": v, "unit": "%", "tolerance": 0.06},
    f"BPS Table 4 China share Jan-Jun 2025 = {v}% (< 25) -> contradicted.")
g = pct(US_SA["Total, Census Basis"]["X"]["2025-05"], US_SA["Total, Census Basis"]["X"]["2025-06"])
add("claim", ["What were total seasonally adjusted US goods exports in June 2025?",
              "Is it right that they rose 0.2% from May?"],
    {"verdict": "supported", **P(g)}, f"Exhibit 19 Total exports Jun/May 2025 - 1 = {g:.3f}% -> 0.2% supported.")

# ---------------------------------------------------------------------------
# two-part
# ---------------------------------------------------------------------------
a, b = UK["2024-04"]["Exports to non-EU"], UK["2025-04"]["Exports to non-EU"]
add("two-part", "What were UK goods exports to non-EU countries in April 2025, and how did that compare with April "
    "2024 in percent (seasonally adjusted)?",
    [V(b, GBP), P(pct(a, b))], f"ONS Exports to non-EU 2025 APR = {fmt(b)}; vs 2024 APR {fmt(a)}: {pct(a, b):.2f}%.")
a, t = IN_D["United Arab Emirates"]["2023-24"], IN_TOTAL["2023-24"]
add("two-part", "How much did India export to the United Arab Emirates in 2023-24, and what share of India's total "
    "exports was that?",
    [V(a, USD), P(a / t * 100)], f"India Table 3: UAE 2023-24 = {fmt(a)}; share {fmt(a)}/{fmt(t)} = {a / t * 100:.2f}%.")
add("two-part", "What were South Africa's exports in May 2025, and what was its trade balance that month?",
    [V(ZA["Exports"]["2025-05"], ZAR), V(ZA["Trade balance"]["2025-05"], ZAR)],
    f"SARS Table 1 May 2025: Exports {fmt(ZA['Exports']['2025-05'])}; Trade balance {fmt(ZA['Trade balance']['2025-05'])}.")
a, b = BR["Raw cane sugar"]["2023"], BR["Raw cane sugar"]["2024"]
add("two-part", "What was the value of Brazil's raw cane sugar exports in 2024, and by how much did it grow over 2023 "
    "in percent?",
    [V(b, USD), P(pct(a, b))], f"SECEX Raw cane sugar 2024 = {fmt(b)}; vs 2023 {fmt(a)}: {pct(a, b):.2f}%.")
add("two-part", "What were US goods exports to India and US goods imports from India in January-June 2025, not "
    "seasonally adjusted?",
    [V(US_NSA["India"]["X"]["2025H1"], USD), V(US_NSA["India"]["M"]["2025H1"], USD)],
    f"Exhibit 14 India Jan-Jun 2025: exports {fmt(US_NSA['India']['X']['2025H1'])}, imports "
    f"{fmt(US_NSA['India']['M']['2025H1'])}.")
a, b = TH["Japan"]["2024H1"], TH["Japan"]["2025H1"]
add("two-part", "What were Thailand's exports to Japan in January-June 2025, and what was the percentage change from "
    "January-June 2024?",
    [V(b, THB), P(pct(a, b))], f"Thailand table Japan: Jan-Jun 2025 {fmt(b)}; vs {fmt(a)}: {pct(a, b):.2f}% "
    f"(published {TH['Japan']['chg_h1']}).")

# ---------------------------------------------------------------------------
# alias (the question spells the partner differently from the table)
# ---------------------------------------------------------------------------
v = IN_D["United Arab Emirates"]["2023-24"]
add("alias", "How much did India export to the UAE in 2023-24?", V(v, USD),
    f"'UAE' = 'United Arab Emirates' in India Table 3: 2023-24 = {fmt(v)} US$ million.")
v = TH["Korea, Rep."]["2025H1"]
add("alias", "What were Thailand's exports to South Korea in January-June 2025?", V(v, THB),
    f"'South Korea' = 'Korea, Rep.' in the Thailand table: Jan-Jun 2025 = {fmt(v)} million baht.")
v = TH["Viet Nam"]["2025-03"]
add("alias", "How much did Thailand export to Vietnam in March 2025?", V(v, THB),
    f"'Vietnam' = 'Viet Nam' in the Thailand table: Mar 2025 = {fmt(v)} million baht.")
v = US_SA["Vietnam"]["M"]["2025-06"]
add("alias", "What were seasonally adjusted US goods imports from Viet Nam in June 2025?", V(v, USD),
    f"'Viet Nam' = Census 'Vietnam', Exhibit 19 imports Jun 2025 = {fmt(v)} US$ million.")
v = TH["Türkiye"]["2025H1"]
add("alias", "How much did Thailand export to Turkey in January-June 2025?", V(v, THB),
    f"'Turkey' = 'Türkiye' in the Thailand table: Jan-Jun 2025 = {fmt(v)} million baht.")
v = TH["Russian Federation"]["2025-05"]
add("alias", "What were Thailand's exports to Russia in May 2025?", V(v, THB),
    f"'Russia' = 'Russian Federation' in the Thailand table: May 2025 (r) = {fmt(v)} million baht.")
v = IN_D["United States of America"]["2022-23"]
add("alias", "How much did India export to the US in 2022-23?", V(v, USD),
    f"'the US' = 'United States of America' in India Table 3: 2022-23 = {fmt(v)} US$ million.")
v = TH["Hong Kong SAR, China"]["2025-06"]
add("alias", "How much did Thailand export to Hong Kong in June 2025?", V(v, THB),
    f"'Hong Kong' = 'Hong Kong SAR, China' in the Thailand table: Jun 2025 (p) = {fmt(v)} million baht.")
v = ID_C["Korea, Rep."]["2025-06"]
add("alias", "What were Indonesia's non-oil and gas exports to South Korea in June 2025?", V(v, USD),
    f"'South Korea' = 'Korea, Rep.' in BPS Table 4: Jun 2025 = {fmt(v)} US$ million.")
v = US_NSA["Korea, South"]["X"]["2025H1"]
add("alias", "What were US goods exports to the Republic of Korea in January-June 2025, not seasonally adjusted?",
    V(v, USD), f"'Republic of Korea' = Census 'Korea, South', Exhibit 14 exports Jan-Jun 2025 = {fmt(v)} US$ million.")

# ---------------------------------------------------------------------------
# rate-row (the growth row under Thailand's total)
# ---------------------------------------------------------------------------
for k, q in [
    ("2025-01", "What was the year-on-year growth rate of Thailand's total exports in January 2025?"),
    ("2025-03", "How fast did Thailand's exports grow year on year in March 2025?"),
    ("2025-04", "What year-on-year growth did Thailand's total exports record in April 2025?"),
    ("2025-05", "What was Thailand's export growth in May 2025 compared with May 2024?"),
    ("2025H1", "What was the year-on-year growth of Thailand's total exports for January-June 2025 as a whole?"),
]:
    add("rate-row", q, P(TH_GROWTH[k]), f"Thailand table, 'Growth y-o-y (%)' row under Total exports, {k} = {TH_GROWTH[k]}%.")
n = top({k: TH_GROWTH[k] for k in ks})
add("rate-row", "In which month of January-June 2025 did Thailand's total exports grow fastest year on year?",
    {"name": MONTHS[int(n[5:]) - 1] + " 2025"}, f"Thailand growth row, highest monthly rate: {n} ({TH_GROWTH[n]}%).")
n = top({k: TH_GROWTH[k] for k in ks}, reverse=False)
add("rate-row", "In which month of the first half of 2025 was Thailand's year-on-year export growth weakest?",
    {"name": MONTHS[int(n[5:]) - 1] + " 2025"}, f"Thailand growth row, lowest monthly rate: {n} ({TH_GROWTH[n]}%).")

# ---------------------------------------------------------------------------
# grouping (regional aggregates)
# ---------------------------------------------------------------------------
v = TH["ASEAN (9)"]["2025H1"]
add("grouping", "What were Thailand's exports to ASEAN in January-June 2025?", V(v, THB),
    f"Thailand table, ASEAN (9) row, Jan-Jun 2025 = {fmt(v)} million baht.")
v = US_SA["European Union"]["X"]["2025-05"]
add("grouping", "What were seasonally adjusted US goods exports to the European Union in May 2025?", V(v, USD),
    f"Exhibit 19, European Union, exports May 2025 = {fmt(v)} US$ million.")
v = US_NSA["Pacific Rim Countries"]["B"]["2025H1"]
add("grouping", "What was the US goods trade balance with the Pacific Rim countries in January-June 2025, not "
    "seasonally adjusted?", V(v, USD), f"Exhibit 14, Pacific Rim Countries, balance Jan-Jun 2025 = {fmt(v)} US$ million.")
v = ID_C["ASEAN"]["2025-06"]
add("grouping", "How much did Indonesia export in non-oil and gas goods to ASEAN in June 2025?", V(v, USD),
    f"BPS Table 4, ASEAN row, Jun 2025 = {fmt(v)} US$ million.")
v = ZA_C["Africa"]["X"]
add("grouping", "What were South Africa's exports to Africa in June 2025?", V(v, ZAR),
    f"SARS Table 2, Africa exports Jun 2025 = {fmt(v)} ZAR million.")
a, b = TH["European Union (27)"]["2024H1"], TH["European Union (27)"]["2025H1"]
add("grouping", "By how much did Thailand's exports to the European Union grow in January-June 2025 compared with "
    "January-June 2024, in percent?",
    P(pct(a, b)), f"Thailand table, European Union (27): {fmt(b)} / {fmt(a)} - 1 = {pct(a, b):.2f}%.")
v = US_SA["Euro Area"]["M"]["2025-06"]
add("grouping", "What were seasonally adjusted US goods imports from the Euro Area in June 2025?", V(v, USD),
    f"Exhibit 19, Euro Area, imports Jun 2025 = {fmt(v)} US$ million.")
v = ZA_C["Asia"]["B"]
add("grouping", "What was South Africa's trade balance with Asia in June 2025?", V(v, ZAR),
    f"SARS Table 2, Asia trade balance Jun 2025 = {fmt(v)} ZAR million (a deficit).")

# ---------------------------------------------------------------------------
# small-change
# ---------------------------------------------------------------------------
g = pct(BR["Total"]["2023"], BR["Total"]["2024"])
add("small-change", "By how much did Brazil's total exports change in 2024 compared with 2023, in percent?",
    P(g), f"SECEX Total: {fmt(BR['Total']['2024'])} / {fmt(BR['Total']['2023'])} - 1 = {g:.3f}%.")
g = pct(UK["2025-05"]["Total exports"], UK["2025-06"]["Total exports"])
add("small-change", "What was the month-on-month change in UK total goods exports in June 2025, seasonally adjusted, "
    "in percent?", P(g), f"ONS Total exports JUN/MAY 2025: {fmt(UK['2025-06']['Total exports'])} / "
    f"{fmt(UK['2025-05']['Total exports'])} - 1 = {g:.3f}%.")
g = pct(US_SA["Total, Census Basis"]["X"]["2025-05"], US_SA["Total, Census Basis"]["X"]["2025-06"])
add("small-change", "What was the percentage change in total seasonally adjusted US goods exports from May 2025 to "
    "June 2025?", P(g), f"Exhibit 19 Total, Census Basis exports Jun/May - 1 = {g:.3f}%.")
g = pct(ZA["Imports"]["2024-06"], ZA["Imports"]["2025-06"])
add("small-change", "How much did South Africa's imports change in June 2025 compared with June 2024, in percent?",
    P(g), f"SARS imports {fmt(ZA['Imports']['2025-06'])} / {fmt(ZA['Imports']['2024-06'])} - 1 = {g:.3f}%.")
s23 = IN_D["United States of America"]["2022-23"] / IN_TOTAL["2022-23"] * 100
s24 = IN_D["United States of America"]["2023-24"] / IN_TOTAL["2023-24"] * 100
add("small-change", "By how many percentage points did the United States of America's share of India's total "
    "exports change between 2022-23 and 2023-24?",
    PP(s24 - s23), f"India Table 3: USA share 2023-24 {s24:.3f}% - 2022-23 {s23:.3f}% = {s24 - s23:.3f} pp.")
s_a = ID_OG["2024-06"] / id_total("2024-06") * 100
s_b = ID_OG["2025-06"] / id_total("2025-06") * 100
add("small-change", "By how many percentage points did oil and gas's share of Indonesia's total exports (oil and gas "
    "plus non-oil and gas) change between June 2024 and June 2025?",
    PP(s_b - s_a), f"BPS Table 1: oil and gas share Jun 2025 {s_b:.3f}% - Jun 2024 {s_a:.3f}% = {s_b - s_a:.3f} pp.")
a, b = ID_C["Japan"]["2024H1"], ID_C["Japan"]["2025H1"]
add("small-change", "What was the percentage change in Indonesia's non-oil and gas exports to Japan in January-June "
    "2025 compared with January-June 2024?",
    P(pct(a, b)), f"BPS Table 4 Japan: {fmt(b)} / {fmt(a)} - 1 = {pct(a, b):.3f}% (published {ID_C['Japan']['chg_ytd']}).")

# ---------------------------------------------------------------------------
# follow-up (multi-turn)
# ---------------------------------------------------------------------------
v = TH["China"]["2025H1"]
add("follow-up", ["What were Thailand's exports to Japan in January-June 2025?", "And to China?"],
    V(v, THB), f"Thailand table, China, Jan-Jun 2025 = {fmt(v)} million baht.")
v = UK["2025-05"]["Imports from EU"]
add("follow-up", ["What were UK goods exports to the EU in May 2025, seasonally adjusted?", "What about imports?"],
    V(v, GBP), f"ONS 2025 MAY Imports from EU = {fmt(v)} £ million.")
v = US_SA["Canada"]["X"]["2025-05"]
add("follow-up", ["What were seasonally adjusted US goods exports to Canada in June 2025?", "And in May?"],
    V(v, USD), f"Exhibit 19 Canada exports May 2025 = {fmt(v)} US$ million.")
v = ZA["Trade balance"]["2024-03"]
add("follow-up", ["What was South Africa's trade balance in March 2025?", "What about a year earlier?"],
    V(v, ZAR), f"SARS Trade balance Mar 2024 = {fmt(v)} ZAR million.")
v = IN_C["Rice"]["2021-22"]
add("follow-up", ["What was the value of India's rice exports in 2023-24?", "And in 2021-22?"],
    V(v, USD), f"India Table 2, Rice, 2021-22 = {fmt(v)} US$ million.")
a, b = BR["Soybeans"]["2023"], BR["Soybeans"]["2024"]
add("follow-up", ["What were Brazil's soybean exports in 2024?", "How did that change from 2023, in percent?"],
    P(pct(a, b)), f"SECEX Soybeans {fmt(b)} / {fmt(a)} - 1 = {pct(a, b):.2f}% (published {BR['Soybeans']['var']}).")
v = ID_C["Japan"]["2025-06"]
add("follow-up", ["What were Indonesia's non-oil and gas exports to India in June 2025?", "And to Japan?"],
    V(v, USD), f"BPS Table 4 Japan Jun 2025 = {fmt(v)} US$ million.")
v = US_NSA["Canada"]["B"]["2025H1"]
add("follow-up", ["What was the US goods trade balance with Mexico in January-June 2025, not seasonally adjusted?",
                  "And with Canada?"],
    V(v, USD), f"Exhibit 14 Canada balance Jan-Jun 2025 = {fmt(v)} US$ million.")
v = UK["2025-02"]["Exports to non-EU"]
add("follow-up", ["What were UK goods exports to non-EU countries in January 2025, seasonally adjusted?",
                  "And in February?"],
    V(v, GBP), f"ONS 2025 FEB Exports to non-EU = {fmt(v)} £ million.")
a, b = TH["United States of America"]["2025-05"], TH["United States of America"]["2025-06"]
add("follow-up", ["What were Thailand's exports to the United States of America in June 2025?",
                  "What was the percentage change from May 2025?"],
    P(pct(a, b)), f"Thailand USA: Jun {fmt(b)} / May {fmt(a)} - 1 = {pct(a, b):.2f}%.")
v = ZA["Imports"]["2025-06"]
add("follow-up", ["What were South Africa's exports in June 2025?", "And imports?"],
    V(v, ZAR), f"SARS Imports Jun 2025 = {fmt(v)} ZAR million.")
v = BR["Poultry meat"]["2023"]
add("follow-up", ["What were Brazil's exports of beef (fresh, chilled or frozen) in 2023?", "And poultry meat?"],
    V(v, USD), f"SECEX Poultry meat 2023 = {fmt(v)} US$ million.")
a, b = IN_C["Gems and jewellery"]["2022-23"], IN_C["Gems and jewellery"]["2023-24"]
add("follow-up", ["What were India's exports of gems and jewellery in 2022-23?", "And in 2023-24?",
                  "What was the percentage change between the two years?"],
    P(pct(a, b)), f"India Table 2 Gems and jewellery: {fmt(b)} / {fmt(a)} - 1 = {pct(a, b):.2f}%.")

# ---------------------------------------------------------------------------
# refuse
# ---------------------------------------------------------------------------
R = "refuse"
add("refuse", "What was the value of India's exports to Japan in 2023-24?", R,
    "Japan is not among the top 10 destinations in India Table 3 and no other India table has partners -> refuse.")
add("refuse", "How much did Thailand export to Brazil in January-June 2025?", R,
    "Brazil is not a row of the Thailand table (only inside Others) -> refuse.")
add("refuse", "What were Brazil's soybean exports in 2020?", R, "SECEX table covers 2021-2024 only -> refuse.")
add("refuse", "How many tonnes of soybeans did Brazil export in 2024?", R,
    "SECEX table has values in US$ only, no volumes -> refuse.")
add("refuse", "What was the average export price per tonne of Brazil's unroasted coffee in 2024?", R,
    "No prices or volumes in any table -> refuse.")
add("refuse", "What was the value of India's tea exports in 2023-24?", R,
    "Tea is not a principal commodity row in India Table 2 (it sits in Others) -> refuse.")
add("refuse", "What is the sum of UK goods exports to the EU in June 2025 and South Africa's exports in June 2025?", R,
    "£ million and ZAR million cannot be added without an exchange rate, which no table holds -> refuse.")
add("refuse", "What was the value of UK trade in services with the EU in May 2025?", R,
    "ONS table covers trade in goods only -> refuse.")
add("refuse", "What were South Africa's exports in July 2025?", R, "SARS Table 1 ends at June 2025 -> refuse.")
add("refuse", "What was the value of Indonesia's oil and gas exports to Japan in June 2025?", R,
    "BPS Table 4 covers non-oil and gas exports by destination only; oil and gas has no country detail -> refuse.")
add("refuse", "Add Thailand's total exports in January-June 2025 and India's total exports in 2023-24 into one figure.",
    R, "Million baht and US$ million over different periods cannot be added -> refuse.")
add("refuse", ["What were Thailand's exports to Japan in June 2025?", "And to Atlantis?"], R,
    "Atlantis is not a partner in any table -> refuse.")


# ---------------------------------------------------------------------------
# write
# ---------------------------------------------------------------------------
def main() -> None:
    with open(HERE / "questions.jsonl", "w", encoding="utf-8") as fh:
        fh.write("# QA set 3 (blind): questions over tables/ in this folder; written by compute_expected.py\n")
        for q in Q:
            out = {k: v for k, v in q.items() if k != "_note"}
            fh.write(json.dumps(out, ensure_ascii=False) + "\n")
    lines = ["# NOTES: how each expected value was computed", "",
             "Tables are in `tables/` (all numbers invented). `compute_expected.py` reads them with csv/openpyxl "
             "and writes `questions.jsonl` and this file. Rates are rounded to one decimal (tolerance 0.06); "
             "currency values keep the table's unit.", ""]
    for q in Q:
        lines.append(f"- {q['id']} ({q['kind']}): {q['_note']}")
    (HERE / "NOTES.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    kinds: dict[str, int] = {}
    for q in Q:
        kinds[q["kind"]] = kinds.get(q["kind"], 0) + 1
    conv = sum(1 for q in Q if "conversation" in q)
    print(len(Q), "questions;", conv, "conversations")
    for k, n in kinds.items():
        print(f"  {k}: {n}")


if __name__ == "__main__":
    main()
