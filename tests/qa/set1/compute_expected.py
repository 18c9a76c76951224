"""Blind test set 1 for tradebot: reads the tables in tables/ with csv/openpyxl only, computes
every expected value independently, and writes questions.jsonl and NOTES.md.

Run:  python compute_expected.py        (needs openpyxl for the one workbook)
"""
import csv
import json
import re
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent
T = HERE / "tables"
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
FULL = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December"]


# ----------------------------------------------------------------------------- number parsing
def num(s):
    """'96,532.8' -> 96532.8; '22,426.6p' -> 22426.6; '..' -> None."""
    if s is None:
        return None
    if isinstance(s, (int, float)):
        return float(s)
    s = s.strip()
    if s in ("", "..", "-", "n.a."):
        return None
    s = re.sub(r"\s*p$", "", s).replace(",", "")
    return float(s)


def read_rows(name):
    with open(T / name, newline="", encoding="utf-8") as fh:
        return list(csv.reader(fh))


def block_after(rows, first_header_cell):
    """Rows of the table whose header row starts with first_header_cell, up to the first blank."""
    for i, r in enumerate(rows):
        if r and r[0] == first_header_cell:
            out = []
            for rr in rows[i + 1:]:
                if not rr or not any(c.strip() for c in rr):
                    break
                out.append(rr)
            return r, out
    raise ValueError(first_header_cell)


# ----------------------------------------------------------------------------- A. Taiwan yearbook
hdr, body = block_after(read_rows("tw_yearbook_exports_by_destination.csv"), "Country or area")
TW_YEARS = [int(h[:4]) for h in hdr[1:]]
TW = {}          # name -> {year: value}
TW_RATE = {}     # year -> printed % change of the total
for r in body:
    if r[0].startswith("% change"):
        TW_RATE = {y: num(v) for y, v in zip(TW_YEARS, r[1:])}
    else:
        TW[r[0]] = {y: num(v) for y, v in zip(TW_YEARS, r[1:])}
TW_GROUPS = {"ASEAN", "European Union (27 countries)", "Euro area (20 countries)"}
TW_RESIDUAL = {"Other countries and areas"}
TW_COUNTRIES = [k for k in TW if k not in TW_GROUPS | TW_RESIDUAL | {"Total"}]
for y in TW_YEARS:  # consistency: total = countries + residual
    s = sum(TW[k][y] for k in TW_COUNTRIES) + TW["Other countries and areas"][y]
    assert abs(s - TW["Total"][y]) < 0.051, (y, s)
for y in TW_YEARS[1:]:
    assert abs(round((TW["Total"][y] / TW["Total"][y - 1] - 1) * 100, 1) - TW_RATE[y]) < 1e-9


def tw(name, y):
    return TW[name][y]


def tw_rank(y, key=None, exclude=()):
    names = [k for k in TW_COUNTRIES if k not in exclude]
    key = key or (lambda k: TW[k][y])
    return sorted(names, key=key, reverse=True)


# ----------------------------------------------------------------------------- B. Singapore monthly
hdr, body = block_after(read_rows("sg_merchandise_trade_by_type_monthly.csv"), "Month")
SG = {}   # 'YYYY-MM' -> dict(dx, rx, im)
for r in body:
    m, y = r[0].split()
    SG[f"{y}-{MONTHS.index(m) + 1:02d}"] = {"dx": num(r[1]), "rx": num(r[2]), "im": num(r[3])}


def sgp(y, m):
    return f"{y}-{m:02d}"


def sg(flow, y, m):
    d = SG[sgp(y, m)]
    if flow == "tx":
        return d["dx"] + d["rx"]
    if flow == "bal":
        return d["dx"] + d["rx"] - d["im"]
    return d[flow]


def sg_sum(flow, y, months):
    return sum(sg(flow, y, m) for m in months)


# ----------------------------------------------------------------------------- C. Malaysia long
hdr, body = block_after(read_rows("my_trade_by_partner_quarterly_long.csv"), "Quarter")
MY = {(r[0], r[1], r[2]): num(r[3]) for r in body}
MY_PARTNERS = sorted({p for (_, p, _) in MY if p != "All countries"})


def my(q, p, f):
    return MY[(q, p, f)]


# ----------------------------------------------------------------------------- D. Thailand monthly
hdr, body = block_after(read_rows("th_imports_by_source_monthly.csv"), "Period")
TH_COLS = hdr[1:]
TH_M = {}   # (year, month) -> {col: value}
TH_Y = {}   # year -> {col: value}  (published year rows)
year = None
for r in body:
    lab = r[0].strip()
    vals = {c: num(v) for c, v in zip(TH_COLS, r[1:])}
    if re.match(r"^\d{4}", lab):
        year = int(lab[:4])
        TH_Y[year] = vals
    else:
        TH_M[(year, MONTHS.index(lab.rstrip(".")[:3]) + 1)] = vals
for (y, m), vals in TH_M.items():
    assert abs(sum(vals[c] for c in TH_COLS if c != "Total") - vals["Total"]) < 0.051
for y in TH_Y:
    for c in TH_COLS:
        assert abs(sum(TH_M[(y, m)][c] for m in range(1, 13)) - TH_Y[y][c]) < 0.051, (y, c)
TH_COUNTRIES = [c for c in TH_COLS if c not in ("Others", "Total")]


def th(p, y, m=None):
    return TH_Y[y][p] if m is None else TH_M[(y, m)][p]


# ----------------------------------------------------------------------------- E. New Zealand
hdr, body = block_after(read_rows("nz_exports_by_commodity_quarterly.csv"), "Quarter")
NZ = {(r[0], r[1]): (num(r[2]), num(r[3]), num(r[4])) for r in body}
NZ_COMMS = sorted({c for (_, c) in NZ if c != "Total goods exports"})
for (q, c), (v, t, uv) in NZ.items():
    if uv is not None:
        assert abs(v * 1000 / t - uv) < 0.0051


def nz(q, c, what="value"):
    return NZ[(q, c)][{"value": 0, "qty": 1, "uv": 2}[what]]


DAIRY = "Milk powder, butter and cheese"
MEAT = "Meat and edible offal"

# ----------------------------------------------------------------------------- F. Ireland workbook
wb = openpyxl.load_workbook(T / "ie_goods_exports_imports_monthly.xlsx", data_only=True)
ws = wb["Table 1"]
IE = {}
started = False
for row in ws.iter_rows(values_only=True):
    if row[0] == "Month":
        started = True
        continue
    if started:
        if row[0] is None:
            break
        mname, y = row[0].split()
        IE[f"{y}-{FULL.index(mname) + 1:02d}"] = {"ex": num(row[1]), "ex_r": num(row[2]), "im": num(row[3]),
                                                  "im_r": num(row[4]), "bal": num(row[5])}
for k, d in IE.items():
    assert abs(d["ex"] - d["im"] - d["bal"]) < 0.051
    if k.startswith("2025"):
        prev = IE["2024" + k[4:]]
        assert abs(round((d["ex"] / prev["ex"] - 1) * 100, 1) - d["ex_r"]) < 1e-9
        assert abs(round((d["im"] / prev["im"] - 1) * 100, 1) - d["im_r"]) < 1e-9


def ie(what, y, m):
    return IE[f"{y}-{m:02d}"][what]


# ----------------------------------------------------------------------------- G. Philippines
hdr, body = block_after(read_rows("ph_top_ten_import_sources_2025.csv"), "Rank")
PH = {r[1]: {"v25": num(r[2]), "share": num(r[3]), "v24": num(r[4]), "g": num(r[5])} for r in body}
PH_COUNTRIES = [k for k in PH if k not in ("Total imports", "All other countries")]
assert abs(sum(PH[k]["v25"] for k in PH if k != "Total imports") - PH["Total imports"]["v25"]) < 0.051
assert abs(sum(PH[k]["v24"] for k in PH if k != "Total imports") - PH["Total imports"]["v24"]) < 0.051


# ----------------------------------------------------------------------------- helpers
def pct(a, b):
    return (a / b - 1.0) * 100.0


def cagr(a, b, n):
    return ((b / a) ** (1.0 / n) - 1.0) * 100.0


def R(x):
    """Computed rate: exact value (3 decimals), tolerance 0.06."""
    return {"value": round(x, 3), "unit": "%", "tolerance": 0.06}


def P(x):
    """Published rate (one decimal), tolerance 0.06."""
    return {"value": x, "unit": "%", "tolerance": 0.06}


def V(x, unit):
    return {"value": round(x, 1), "unit": unit}


USD, SGD, RM, THB, NZD, EUR = "US$ million", "S$ million", "RM million", "THB million", "NZ$ million", "EUR million"
f = lambda x: f"{x:,.1f}"  # noqa: E731
f3 = lambda x: f"{x:.3f}"  # noqa: E731

Q = []   # (id, kind, question-or-conversation, expect, note)


def add(kind, text, expect, note):
    Q.append((kind, text, expect, note))


# ============================================================================= lookup (12)
add("lookup", "What were Taiwan's exports to Japan in 2022, according to the yearbook table?",
    V(tw("Japan", 2022), USD), f"TW yearbook, row Japan, column 2022 = {f(tw('Japan', 2022))}")
add("lookup", "How much did Singapore re-export in October 2025?",
    V(sg("rx", 2025, 10), SGD), f"SG table A1, Oct 2025, Re-exports = {f(sg('rx', 2025, 10))}")
add("lookup", "What was the value of Malaysia's imports from China in the second quarter of 2025?",
    V(my("2025Q2", "China", "Imports"), RM), f"MY long table, 2025Q2 / China / Imports = {f(my('2025Q2', 'China', 'Imports'))}")
add("lookup", "Thailand's imports from the United Arab Emirates in March 2025: what was the figure?",
    V(th("United Arab Emirates", 2025, 3), THB), f"TH table, year block 2025, row Mar., column United Arab Emirates = {f(th('United Arab Emirates', 2025, 3))}")
add("lookup", "What were New Zealand's exports of milk powder, butter and cheese worth in the December 2025 quarter?",
    V(nz("2025Q4", DAIRY), NZD), f"NZ table, 2025Q4 / Milk powder, butter and cheese / Value = {f(nz('2025Q4', DAIRY))}")
add("lookup", "What was the value of Ireland's goods imports in July 2025?",
    V(ie("im", 2025, 7), EUR), f"IE workbook sheet Table 1, July 2025, Imports = {f(ie('im', 2025, 7))}")
add("lookup", "How much did the Philippines import from Indonesia in 2025?",
    V(PH["Indonesia"]["v25"], USD), f"PH Table 6, Indonesia, Jan-Dec 2025p = {f(PH['Indonesia']['v25'])}")
add("lookup", "What were Singapore's domestic exports in February 2024?",
    V(sg("dx", 2024, 2), SGD), f"SG table A1, Feb 2024, Domestic exports = {f(sg('dx', 2024, 2))}")
add("lookup", "What was the unit value of New Zealand's meat exports in the September 2025 quarter?",
    {"value": nz("2025Q3", MEAT, "uv"), "unit": "NZ$ per kg", "tolerance": 0.006},
    f"NZ table, 2025Q3 / Meat and edible offal / Unit value (NZ$ per kg) = {nz('2025Q3', MEAT, 'uv')}")
add("lookup", "What was Ireland's goods trade surplus in November 2025?",
    V(ie("bal", 2025, 11), EUR), f"IE workbook, November 2025, Trade surplus (printed) = {f(ie('bal', 2025, 11))}")
add("lookup", "What was the value of Thailand's total imports in 2024?",
    V(th("Total", 2024), THB), f"TH table, year row 2024, column Total = {f(th('Total', 2024))} (equals the sum of the 12 months)")
add("lookup", "How much did Taiwan export to the Netherlands in 2024?",
    V(tw("Netherlands", 2024), USD), f"TW yearbook, Netherlands, 2024p = {f(tw('Netherlands', 2024))} (provisional)")

# ============================================================================= change (10)
x = pct(sg("im", 2025, 3), sg("im", 2024, 3))
add("change", "By what percentage did Singapore's imports change in March 2025 compared with March 2024?",
    R(x), f"SG Imports Mar 2025 {f(sg('im', 2025, 3))} / Mar 2024 {f(sg('im', 2024, 3))} - 1 = {f3(x)}%")
x = pct(my("2025Q2", "United States", "Exports"), my("2024Q2", "United States", "Exports"))
add("change", "What was the year-on-year growth of Malaysia's exports to the United States in Q2 2025?",
    R(x), f"MY Exports to United States 2025Q2 / 2024Q2 - 1 = {f3(x)}%")
x = pct(tw("United States", 2024), tw("United States", 2023))
add("change", "How much did Taiwan's exports to the United States grow in 2024?",
    R(x), f"TW United States 2024 {f(tw('United States', 2024))} / 2023 {f(tw('United States', 2023))} - 1 = {f3(x)}% (no partner rate printed)")
x = pct(th("China", 2025), th("China", 2024))
add("change", "In percentage terms, how did Thailand's imports from China in 2025 compare with 2024?",
    R(x), f"TH year rows, China 2025 {f(th('China', 2025))} / 2024 {f(th('China', 2024))} - 1 = {f3(x)}%")
x = pct(sg("dx", 2025, 5), sg("dx", 2025, 4))
add("change", "What was the month-on-month change in Singapore's domestic exports in May 2025, in per cent?",
    R(x), f"SG Domestic exports May 2025 {f(sg('dx', 2025, 5))} / Apr 2025 {f(sg('dx', 2025, 4))} - 1 = {f3(x)}%")
x = nz("2025Q2", "Fruit") - nz("2024Q2", "Fruit")
add("change", "How much did New Zealand's fruit exports change between the June 2024 quarter and the June 2025 quarter, in NZ$ million?",
    V(x, NZD), f"NZ Fruit value 2025Q2 {f(nz('2025Q2', 'Fruit'))} - 2024Q2 {f(nz('2024Q2', 'Fruit'))} = {f(x)}")
add("change", "By what percentage did Ireland's goods exports grow year on year in March 2025?",
    P(ie("ex_r", 2025, 3)), f"IE workbook, March 2025, exports % change on same month of previous year (printed) = {ie('ex_r', 2025, 3)} (levels agree)")
add("change", "How much did the Philippines' imports from Viet Nam grow in 2025?",
    P(PH["Viet Nam"]["g"]), f"PH Table 6, Viet Nam, Annual growth rate (printed) = {PH['Viet Nam']['g']}")
x = pct(my("2025Q4", "All countries", "Imports"), my("2025Q3", "All countries", "Imports"))
add("change", "What was the quarter-on-quarter change in Malaysia's total imports in Q4 2025, in per cent?",
    R(x), f"MY All countries Imports 2025Q4 / 2025Q3 - 1 = {f3(x)}%")
x = tw("Hong Kong", 2023) - tw("Hong Kong", 2022)
add("change", "By how much did Taiwan's exports to Hong Kong change from 2022 to 2023, in US$ million?",
    V(x, USD), f"TW Hong Kong 2023 {f(tw('Hong Kong', 2023))} - 2022 {f(tw('Hong Kong', 2022))} = {f(x)} US$ million")

# ============================================================================= sum-of-parts (10)
x = sg_sum("rx", 2025, [1, 2, 3])
add("sum-of-parts", "What were Singapore's total re-exports in the first quarter of 2025 (January to March)?",
    V(x, SGD), f"SG Re-exports Jan+Feb+Mar 2025 = {f(x)}")
x = my("2025Q3", "Singapore", "Exports") + my("2025Q3", "Thailand", "Exports")
add("sum-of-parts", "What was the combined value of Malaysia's exports to Singapore and Thailand in Q3 2025?",
    V(x, RM), f"MY Exports 2025Q3 Singapore {f(my('2025Q3', 'Singapore', 'Exports'))} + Thailand {f(my('2025Q3', 'Thailand', 'Exports'))} = {f(x)}")
x = sum(my(f"2025Q{k}", "China", "Exports") for k in range(1, 5))
add("sum-of-parts", "How much did Malaysia export to China over the whole of 2025, adding up the four quarters?",
    V(x, RM), f"MY Exports to China 2025Q1..Q4 summed = {f(x)}")
x = sum(th("Japan", 2025, m) for m in range(1, 7))
add("sum-of-parts", "What were Thailand's imports from Japan in the first half of 2025?",
    V(x, THB), f"TH Japan, Jan.-Jun. 2025 summed = {f(x)}")
x = sum(nz(f"2025Q{k}", MEAT) for k in range(1, 5))
add("sum-of-parts", "What was the total value of New Zealand's meat and edible offal exports across 2025?",
    V(x, NZD), f"NZ Meat and edible offal value 2025Q1..Q4 summed = {f(x)}")
x = sum(ie("ex", 2025, m) for m in (1, 2, 3))
add("sum-of-parts", "How much did Ireland export in goods in Q1 2025?",
    V(x, EUR), f"IE Exports January+February+March 2025 = {f(x)}")
x = tw("Germany", 2023) + tw("Netherlands", 2023)
add("sum-of-parts", "What was the total of Taiwan's exports to Germany and the Netherlands in 2023?",
    V(x, USD), f"TW Germany 2023 {f(tw('Germany', 2023))} + Netherlands 2023 {f(tw('Netherlands', 2023))} = {f(x)}")
x = sum(PH[k]["v25"] for k in ("Indonesia", "Singapore", "Thailand"))
add("sum-of-parts", "What were the Philippines' combined imports from Indonesia, Singapore and Thailand in 2025?",
    V(x, USD), f"PH 2025: Indonesia + Singapore + Thailand = {f(x)}")
x = my("2025Q1", "Japan", "Exports") + my("2025Q1", "Japan", "Imports")
add("sum-of-parts", "What was Malaysia's total trade with Japan (exports plus imports) in Q1 2025?",
    V(x, RM), f"MY Japan 2025Q1 Exports {f(my('2025Q1', 'Japan', 'Exports'))} + Imports {f(my('2025Q1', 'Japan', 'Imports'))} = {f(x)}")
x = sg_sum("im", 2024, range(1, 13))
add("sum-of-parts", "How much did Singapore import in total over the year 2024?",
    V(x, SGD), f"SG Imports Jan..Dec 2024 summed = {f(x)}")

# ============================================================================= identity (8)
x = sg("tx", 2025, 6)
add("identity", "What were Singapore's total exports in June 2025?",
    V(x, SGD), f"SG Jun 2025: domestic exports {f(sg('dx', 2025, 6))} + re-exports {f(sg('rx', 2025, 6))} = {f(x)} (no total column)")
x = sg("bal", 2025, 12)
add("identity", "What was Singapore's merchandise trade balance in December 2025?",
    V(x, SGD), f"SG Dec 2025 (p): DX + RX - IM = {f(sg('dx', 2025, 12))} + {f(sg('rx', 2025, 12))} - {f(sg('im', 2025, 12))} = {f(x)} (surplus)")
x = sg("bal", 2025, 4)
add("identity", "What was Singapore's trade balance in April 2025?",
    V(x, SGD), f"SG Apr 2025: DX + RX - IM = {f(sg('dx', 2025, 4))} + {f(sg('rx', 2025, 4))} - {f(sg('im', 2025, 4))} = {f(x)} (a deficit; signed negative)")
x = sum(sg("tx", 2025, m) for m in range(1, 13))
add("identity", "What were Singapore's total exports for 2025 as a whole?",
    V(x, SGD), f"SG sum over Jan..Dec 2025 of (domestic exports + re-exports) = {f(x)}")
x = my("2025Q2", "All countries", "Exports") - my("2025Q2", "All countries", "Imports")
add("identity", "What was Malaysia's overall merchandise trade balance in Q2 2025?",
    V(x, RM), f"MY All countries 2025Q2 Exports {f(my('2025Q2', 'All countries', 'Exports'))} - Imports {f(my('2025Q2', 'All countries', 'Imports'))} = {f(x)}")
x = my("2025Q4", "All countries", "Exports") - my("2025Q4", "All countries", "Re-exports")
add("identity", "Malaysia's exports include re-exports. What were its domestic exports (exports excluding re-exports) to all countries in Q4 2025?",
    V(x, RM), f"MY All countries 2025Q4 Exports {f(my('2025Q4', 'All countries', 'Exports'))} - Re-exports {f(my('2025Q4', 'All countries', 'Re-exports'))} = {f(x)}")
x = sg("tx", 2025, 1) + sg("im", 2025, 1)
add("identity", "What was Singapore's total merchandise trade (total exports plus imports) in January 2025?",
    V(x, SGD), f"SG Jan 2025: DX + RX + IM = {f(sg('dx', 2025, 1))} + {f(sg('rx', 2025, 1))} + {f(sg('im', 2025, 1))} = {f(x)}")
x = my("2025Q3", "China", "Exports") - my("2025Q3", "China", "Imports")
add("identity", "What was Malaysia's trade balance with China in the third quarter of 2025?",
    V(x, RM), f"MY China 2025Q3 Exports {f(my('2025Q3', 'China', 'Exports'))} - Imports {f(my('2025Q3', 'China', 'Imports'))} = {f(x)} (deficit, negative)")

# ============================================================================= share (8)
x = tw("United States", 2024) / tw("Total", 2024) * 100
add("share", "What share of Taiwan's exports went to the United States in 2024?",
    R(x), f"TW United States 2024 {f(tw('United States', 2024))} / Total 2024 {f(tw('Total', 2024))} x 100 = {f3(x)}%")
add("share", "What percentage of the Philippines' imports came from China in 2025?",
    P(PH["China"]["share"]), f"PH Table 6, China, Percent share 2025 (printed) = {PH['China']['share']} (30,512.4/131,245.1 = {f3(PH['China']['v25'] / PH['Total imports']['v25'] * 100)})")
x = my("2025Q2", "Singapore", "Re-exports") / my("2025Q2", "Singapore", "Exports") * 100
add("share", "What share of Malaysia's exports to Singapore in Q2 2025 were re-exports?",
    R(x), f"MY 2025Q2 Singapore Re-exports {f(my('2025Q2', 'Singapore', 'Re-exports'))} / Exports {f(my('2025Q2', 'Singapore', 'Exports'))} x 100 = {f3(x)}%")
x = th("China", 2025) / th("Total", 2025) * 100
add("share", "In 2025, what share of Thailand's total imports came from China?",
    R(x), f"TH year row 2025: China {f(th('China', 2025))} / Total {f(th('Total', 2025))} x 100 = {f3(x)}%")
x = nz("2025Q4", DAIRY) / nz("2025Q4", "Total goods exports") * 100
add("share", "What share of New Zealand's total goods exports in the December 2025 quarter came from milk powder, butter and cheese?",
    R(x), f"NZ 2025Q4 dairy {f(nz('2025Q4', DAIRY))} / Total goods exports {f(nz('2025Q4', 'Total goods exports'))} x 100 = {f3(x)}%")
x = my("2025Q3", "China", "Imports") / my("2025Q3", "All countries", "Imports") * 100
add("share", "Of Malaysia's total imports in Q3 2025, what share came from China?",
    R(x), f"MY 2025Q3 Imports China {f(my('2025Q3', 'China', 'Imports'))} / All countries {f(my('2025Q3', 'All countries', 'Imports'))} x 100 = {f3(x)}%")
x = tw("ASEAN", 2023) / tw("Total", 2023) * 100
add("share", "What share of Taiwan's 2023 exports went to ASEAN?",
    R(x), f"TW ASEAN (grouping row) 2023 {f(tw('ASEAN', 2023))} / Total 2023 {f(tw('Total', 2023))} x 100 = {f3(x)}%")
x = PH["Japan"]["v24"] / PH["Total imports"]["v24"] * 100
add("share", "What percentage of the Philippines' total imports in 2024 came from Japan?",
    R(x), f"PH Jan-Dec 2024 column: Japan {f(PH['Japan']['v24'])} / Total imports {f(PH['Total imports']['v24'])} x 100 = {f3(x)}% (no 2024 share printed)")

# ============================================================================= share-of-derived (6)
x = sg("dx", 2025, 7) / sg("tx", 2025, 7) * 100
add("share-of-derived", "What share of Singapore's total exports in July 2025 were domestic exports?",
    R(x), f"SG Jul 2025: DX {f(sg('dx', 2025, 7))} / (DX + RX = {f(sg('tx', 2025, 7))}) x 100 = {f3(x)}%")
tx24 = sum(sg("tx", 2024, m) for m in range(1, 13))
rx24 = sg_sum("rx", 2024, range(1, 13))
x = rx24 / tx24 * 100
add("share-of-derived", ["What were Singapore's total exports in 2024?", "What share of that came from re-exports?"],
    R(x), f"SG 2024: re-exports summed {f(rx24)} / total exports (DX+RX summed over 12 months) {f(tx24)} x 100 = {f3(x)}%")
num_ = my("2025Q4", "China", "Exports") + my("2025Q4", "China", "Imports")
den_ = my("2025Q4", "All countries", "Exports") + my("2025Q4", "All countries", "Imports")
x = num_ / den_ * 100
add("share-of-derived", "What share of Malaysia's total trade (exports plus imports) in Q4 2025 was with China?",
    R(x), f"MY 2025Q4 (China Exports + Imports = {f(num_)}) / (All countries Exports + Imports = {f(den_)}) x 100 = {f3(x)}%")
part = sum(th("Japan", 2025, m) + th("Malaysia", 2025, m) for m in (1, 2, 3))
whole = sum(th("Total", 2025, m) for m in (1, 2, 3))
x = part / whole * 100
add("share-of-derived", ["What were Thailand's imports from Japan and Malaysia combined in the first quarter of 2025?",
                         "What share of Thailand's total imports in that quarter does that represent?"],
    R(x), f"TH Q1 2025 (Jan.-Mar.): Japan + Malaysia = {f(part)}; Total Jan.-Mar. = {f(whole)}; share = {f3(x)}%")
q1 = sum(ie("ex", 2025, m) for m in (1, 2, 3))
x = ie("ex", 2025, 3) / q1 * 100
add("share-of-derived", "What share of Ireland's goods exports in the first quarter of 2025 was exported in March?",
    R(x), f"IE March 2025 exports {f(ie('ex', 2025, 3))} / (Jan+Feb+Mar 2025 = {f(q1)}) x 100 = {f3(x)}%")
dx_ = my("2025Q1", "All countries", "Exports") - my("2025Q1", "All countries", "Re-exports")
x = dx_ / my("2025Q1", "All countries", "Exports") * 100
add("share-of-derived", ["What were Malaysia's domestic exports to all countries in Q1 2025, that is exports excluding re-exports?",
                         "And what share of Malaysia's total exports did they make up?"],
    R(x), f"MY 2025Q1 All countries: (Exports - Re-exports = {f(dx_)}) / Exports {f(my('2025Q1', 'All countries', 'Exports'))} x 100 = {f3(x)}%")

# ============================================================================= cagr (6)
x = cagr(tw("Total", 2019), tw("Total", 2024), 5)
add("cagr", "What was the compound annual growth rate of Taiwan's total exports from 2019 to 2024?",
    R(x), f"TW Total (2024/2019)^(1/5) - 1 = ({f(tw('Total', 2024))}/{f(tw('Total', 2019))})^(1/5) - 1 = {f3(x)}%")
x = cagr(tw("Viet Nam", 2020), tw("Viet Nam", 2024), 4)
add("cagr", "At what compound average annual rate did Taiwan's exports to Viet Nam grow between 2020 and 2024?",
    R(x), f"TW Viet Nam (2024/2020)^(1/4) - 1 = {f3(x)}%")
x = cagr(tw("United States", 2019), tw("United States", 2024), 5)
add("cagr", "What was the CAGR of Taiwan's exports to the United States over 2019-2024?",
    R(x), f"TW United States (2024/2019)^(1/5) - 1 = {f3(x)}%")
x = cagr(tw("India", 2019), tw("India", 2023), 4)
add("cagr", "Compounded annually, how fast did Taiwan's exports to India grow from 2019 to 2023?",
    R(x), f"TW India (2023/2019)^(1/4) - 1 = {f3(x)}%")
x = cagr(tw("Euro area (20 countries)", 2021), tw("Euro area (20 countries)", 2024), 3)
add("cagr", "What was the compound annual growth rate of Taiwan's exports to the Euro area (20 countries) between 2021 and 2024?",
    R(x), f"TW Euro area (20 countries) (2024/2021)^(1/3) - 1 = {f3(x)}%")
x = cagr(tw("Mainland of China", 2019), tw("Mainland of China", 2022), 3)
add("cagr", "What was the compound annual growth rate of Taiwan's exports to the Mainland of China from 2019 to 2022?",
    R(x), f"TW Mainland of China (2022/2019)^(1/3) - 1 = {f3(x)}%")

# ============================================================================= mean-of-rates (6)
rs = [ie("ex_r", 2025, m) for m in (1, 2, 3)]
x = sum(rs) / 3
add("mean-of-rates", "What was the average of Ireland's monthly year-on-year export growth rates in the first quarter of 2025?",
    R(x), f"IE printed exports y-o-y rates Jan/Feb/Mar 2025 {rs}, simple mean = {f3(x)}%")
rs = [ie("im_r", 2025, m) for m in range(1, 13)]
x = sum(rs) / 12
rs_lv = [pct(ie("im", 2025, m), ie("im", 2024, m)) for m in range(1, 13)]
add("mean-of-rates", "What was the simple average of the monthly year-on-year growth rates of Ireland's goods imports across the twelve months of 2025?",
    R(x), f"IE printed imports y-o-y rates Jan..Dec 2025, simple mean = {f3(x)}% (from levels: {f3(sum(rs_lv) / 12)}%)")
rs = [pct(sg("dx", 2025, 1), sg("dx", 2024, 12))] + [pct(sg("dx", 2025, m), sg("dx", 2025, m - 1)) for m in range(2, 7)]
x = sum(rs) / 6
add("mean-of-rates", "Taking the month-on-month growth rates of Singapore's domestic exports for each month from January to June 2025, what is their simple average?",
    R(x), f"SG DX m-o-m rates Jan (vs Dec 2024) .. Jun 2025 = {[round(r, 3) for r in rs]}, mean = {f3(x)}%")
rs = [pct(sg("im", 2025, m), sg("im", 2024, m)) for m in range(7, 13)]
x = sum(rs) / 6
add("mean-of-rates", "What was the average of the monthly year-on-year growth rates of Singapore's imports in the second half of 2025?",
    R(x), f"SG Imports y-o-y rates Jul..Dec 2025 (vs same month 2024) = {[round(r, 3) for r in rs]}, mean = {f3(x)}%")
rs = [pct(th("China", 2025, m), th("China", 2024, m)) for m in (10, 11, 12)]
x = sum(rs) / 3
add("mean-of-rates", "Work out the year-on-year growth of Thailand's imports from China for each month of Q4 2025: what is the average of those three rates?",
    R(x), f"TH China y-o-y Oct/Nov/Dec 2025 = {[round(r, 3) for r in rs]}, mean = {f3(x)}%")
rs = [TW_RATE[y] for y in range(2020, 2025)]
x = sum(rs) / 5
add("mean-of-rates", "What is the simple average of the annual growth rates of Taiwan's total exports printed for 2020 to 2024?",
    R(x), f"TW rate row '% change over a year earlier' 2020..2024 = {rs}, mean = {f3(x)}%")

# ============================================================================= rank (8)
add("rank", "Which was Taiwan's largest export market in 2024?",
    {"name": tw_rank(2024)[0]}, f"TW 2024 countries (groupings, Total and 'Other countries and areas' left out) ranked: {tw_rank(2024)[:3]}")
r_ = sorted(MY_PARTNERS, key=lambda p: my("2025Q1", p, "Imports"), reverse=True)
add("rank", "Among the partners listed in Malaysia's quarterly trade table, which one did Malaysia import the most from in Q1 2025?",
    {"name": r_[0]}, f"MY 2025Q1 Imports, partners except All countries ranked: {r_[:3]}")
r_ = sorted(PH_COUNTRIES, key=lambda k: PH[k]["g"], reverse=True)
add("rank", "Among the Philippines' top ten import sources, which grew fastest in 2025?",
    {"name": [r_[0], "Vietnam"]}, f"PH Annual growth rate column ranked: {[(k, PH[k]['g']) for k in r_[:3]]}")
r_ = sorted(TH_COUNTRIES, key=lambda p: th(p, 2025))
add("rank", "Which of the source countries listed in Thailand's import table supplied the least in 2025?",
    {"name": r_[0]}, f"TH year row 2025, country columns (Others, Total left out) ascending: {[(p, th(p, 2025)) for p in r_[:2]]}")
m_ = max(range(1, 13), key=lambda m: sg("im", 2025, m))
add("rank", "In which month of 2025 were Singapore's imports highest?",
    {"name": [f"{FULL[m_ - 1]} 2025", f"{MONTHS[m_ - 1]} 2025", FULL[m_ - 1]]}, f"SG Imports 2025 maximum at {MONTHS[m_ - 1]} 2025 = {f(sg('im', 2025, m_))}")
r_ = sorted(NZ_COMMS, key=lambda c: nz("2025Q2", c), reverse=True)
add("rank", "Which commodity group was New Zealand's biggest export earner in the June 2025 quarter?",
    {"name": [r_[0], "dairy"]}, f"NZ 2025Q2 values, commodities except Total ranked: {[(c, nz('2025Q2', c)) for c in r_[:2]]}")
gr = {k: pct(tw(k, 2024), tw(k, 2023)) for k in TW_COUNTRIES}
r_ = sorted(gr, key=gr.get, reverse=True)
add("rank", "Which of Taiwan's export markets grew the fastest in 2024?",
    {"name": r_[0]}, f"TW country rows, 2024/2023 - 1 ranked: {[(k, round(gr[k], 2)) for k in r_[:3]]} (groupings/residual left out)")
m_ = max(range(1, 13), key=lambda m: ie("ex", 2025, m))
add("rank", "In which month of 2025 did Ireland's goods exports peak?",
    {"name": [f"{FULL[m_ - 1]} 2025", FULL[m_ - 1]]}, f"IE Exports 2025 maximum at {FULL[m_ - 1]} = {f(ie('ex', 2025, m_))}")

# ============================================================================= rank-exclusion (8)
r_ = tw_rank(2024, exclude={"United States"})
add("rank-exclusion", "Apart from the United States, which was Taiwan's largest export destination in 2024?",
    {"name": [r_[0], "mainland China", "Mainland China"]}, f"TW 2024 countries except United States ranked: {r_[:2]}")
r_ = sorted(MY_PARTNERS, key=lambda p: my("2025Q4", p, "Exports"), reverse=True)
add("rank-exclusion", "Among the partners shown in Malaysia's quarterly table, which was Malaysia's third-largest export market in Q4 2025?",
    {"name": r_[2]}, f"MY 2025Q4 Exports ranked: {[(p, my('2025Q4', p, 'Exports')) for p in r_[:4]]}; third = {r_[2]}")
r_ = sorted(PH_COUNTRIES, key=lambda k: PH[k]["g"])
add("rank-exclusion", ["Which of the Philippines' top ten import sources grew fastest in 2025?", "And the weakest one?"],
    {"name": r_[0]}, f"PH Annual growth rate column, lowest: {[(k, PH[k]['g']) for k in r_[:2]]}")
r_ = sorted(TH_COUNTRIES, key=lambda p: th(p, 2024), reverse=True)
add("rank-exclusion", "Leaving China aside, which country supplied the most to Thailand's imports in 2024?",
    {"name": r_[1]}, f"TH year row 2024 ranked: {[(p, th(p, 2024)) for p in r_[:3]]}; excluding China -> {r_[1]}")
r_ = sorted(MY_PARTNERS, key=lambda p: my("2025Q3", p, "Imports"), reverse=True)
add("rank-exclusion", "Among the partners listed in Malaysia's quarterly table, which was the second-largest source of Malaysia's imports in Q3 2025?",
    {"name": r_[1]}, f"MY 2025Q3 Imports ranked: {[(p, my('2025Q3', p, 'Imports')) for p in r_[:3]]}")
r_ = tw_rank(2021, exclude={"Mainland of China", "Hong Kong"})
add("rank-exclusion", "Excluding the Mainland of China and Hong Kong, which country was Taiwan's biggest export market in 2021?",
    {"name": r_[0]}, f"TW 2021 countries except Mainland of China, Hong Kong ranked: {[(k, tw(k, 2021)) for k in r_[:2]]} (ASEAN {f(tw('ASEAN', 2021))} is a grouping)")
r_ = sorted(NZ_COMMS, key=lambda c: nz("2025Q3", c))
add("rank-exclusion", ["Which commodity group brought New Zealand the most export revenue in the September 2025 quarter?",
                       "And which of the listed groups brought in the least?"],
    {"name": r_[0]}, f"NZ 2025Q3 values ascending (Total left out): {[(c, nz('2025Q3', c)) for c in r_[:2]]}")
r_ = sorted(range(1, 13), key=lambda m: sg("dx", 2025, m), reverse=True)
m_ = r_[1]
add("rank-exclusion", "Which month of 2025 had Singapore's second-highest domestic exports?",
    {"name": [f"{FULL[m_ - 1]} 2025", f"{MONTHS[m_ - 1]} 2025", FULL[m_ - 1]]},
    f"SG DX 2025 ranked: {[(MONTHS[m - 1], sg('dx', 2025, m)) for m in r_[:3]]}; second = {MONTHS[m_ - 1]}")

# ============================================================================= existence (6)
def ex_note(label, vals, op, thr):
    lo = min(vals, key=lambda kv: kv[1])
    hi = max(vals, key=lambda kv: kv[1])
    hits = [k for k, v in vals if (v < thr if op == "<" else v > thr)]
    return hits, f"{label}: monthly min {lo[0]} = {f(lo[1])}, max {hi[0]} = {f(hi[1])}; months {op} {f(thr)}: {hits or 'none'}"


vals = [(MONTHS[m - 1], sg("im", 2025, m)) for m in range(1, 13)]
hits, note = ex_note("SG Imports 2025", vals, "<", 46000)
add("existence", "Were Singapore's monthly imports ever below S$ 46,000 million in 2025?",
    {"verdict": "yes" if hits else "no"}, note)
hits, note = ex_note("SG Imports 2025", vals, "<", 45000)
add("existence", "Did Singapore's monthly imports ever drop below S$ 45 billion during 2025?",
    {"verdict": "yes" if hits else "no"}, note)
vals = [(MONTHS[m - 1], th("Japan", 2025, m)) for m in range(1, 13)]
hits, note = ex_note("TH Japan 2025", vals, "<", 90000)
add("existence", "Did Thailand's monthly imports from Japan ever fall below THB 90,000 million in 2025?",
    {"verdict": "yes" if hits else "no"}, note)
vals = [(MONTHS[m - 1], th("United States", 2025, m)) for m in range(1, 13)]
hits, note = ex_note("TH United States 2025", vals, "<", 55000)
add("existence", "Were Thailand's imports from the United States under THB 55,000 million in any month of 2025?",
    {"verdict": "yes" if hits else "no"}, note)
vals = [(MONTHS[m - 1], sg("dx", 2024, m)) for m in range(1, 13)]
hits, note = ex_note("SG Domestic exports 2024", vals, ">", 24000)
add("existence", "Did Singapore's domestic exports exceed S$ 24,000 million in any month of 2024?",
    {"verdict": "yes" if hits else "no"}, note)
vals = [(FULL[m - 1], ie("bal", 2025, m)) for m in range(1, 13)]
hits, note = ex_note("IE printed Trade surplus 2025", vals, "<", 7000)
add("existence", "Was Ireland's monthly goods trade surplus ever below EUR 7,000 million in 2025?",
    {"verdict": "yes" if hits else "no"}, note)

# ============================================================================= claim (9)
x = sg("bal", 2025, 4)
add("claim", "An article claims Singapore ran a trade deficit of S$ 1.2 bn in April 2025. Is that right?",
    {"verdict": "supported" if round(-x / 1000, 1) == 1.2 else "contradicted", "value": round(x, 1), "unit": SGD},
    f"SG Apr 2025 balance DX+RX-IM = {f(x)} S$ million, i.e. a deficit of S$ {-x / 1000:.2f} bn -> rounds to 1.2 -> supported")
add("claim", "Someone told me Taiwan's total exports grew 15% in 2024. Is that correct?",
    {"verdict": "supported", "value": TW_RATE[2024], "unit": "%", "tolerance": 0.06},
    f"TW rate row 2024 = {TW_RATE[2024]}% (levels: {f3(pct(tw('Total', 2024), tw('Total', 2023)))}%); rounds to 15 -> supported")
x = my("2025Q2", "China", "Exports")
add("claim", "A report says Malaysia's exports to China reached RM 52 billion in Q2 2025. Is that accurate?",
    {"verdict": "contradicted", "value": x, "unit": RM}, f"MY 2025Q2 China Exports = {f(x)} (RM 49.1 bn), not 52 -> contradicted")
x = ie("ex_r", 2025, 2)
add("claim", "Is it true that Ireland's goods exports rose by more than 50% year on year in February 2025?",
    {"verdict": "supported" if x > 50 else "contradicted", "value": x, "unit": "%", "tolerance": 0.06},
    f"IE February 2025 printed exports y-o-y = {x}% (> 50) -> supported")
x = PH["Indonesia"]["g"]
add("claim", "I read that the Philippines' imports from Indonesia fell 5.2% in 2025. Does the table bear that out?",
    {"verdict": "supported" if x == -5.2 else "contradicted", "value": x, "unit": "%", "tolerance": 0.06},
    f"PH Indonesia printed annual growth = {x}% -> supported")
x = th("China", 2025)
add("claim", "Did Thailand's imports from China really top THB 3.5 trillion in 2025?",
    {"verdict": "contradicted" if x < 3.5e6 else "supported", "value": x, "unit": THB},
    f"TH year row 2025 China = {f(x)} THB million = THB {x / 1e6:.3f} trillion < 3.5 -> contradicted")
x = nz("2025Q4", "Total goods exports")
add("claim", "A newsletter states that New Zealand's total goods exports were NZ$ 17.9 billion in the December 2025 quarter. Correct?",
    {"verdict": "supported" if round(x / 1000, 1) == 17.9 else "contradicted", "value": x, "unit": NZD},
    f"NZ 2025Q4 Total goods exports = {f(x)} NZ$ million = NZ$ {x / 1000:.2f} bn, rounds to 18.0 not 17.9 -> contradicted")
x = sg("bal", 2025, 12)
add("claim", "Was Singapore's trade surplus in December 2025 about S$ 4.5 bn, as a commentator said?",
    {"verdict": "supported" if round(x / 1000, 1) == 4.5 else "contradicted", "value": round(x, 1), "unit": SGD},
    f"SG Dec 2025 DX+RX-IM = {f(x)} S$ million = S$ {x / 1000:.2f} bn -> rounds to 4.5 -> supported")
x = my("2025Q1", "China", "Exports") - my("2025Q1", "China", "Imports")
add("claim", "A commentary says Malaysia ran a deficit of RM 31.4 bn in its trade with China in Q1 2025. Does the data support this?",
    {"verdict": "supported" if round(-x / 1000, 1) == 31.4 else "contradicted", "value": round(x, 1), "unit": RM},
    f"MY 2025Q1 China Exports {f(my('2025Q1', 'China', 'Exports'))} - Imports {f(my('2025Q1', 'China', 'Imports'))} = {f(x)} (deficit RM {-x / 1000:.2f} bn) -> supported")

# ============================================================================= two-part (6)
a = sg_sum("im", 2025, [1, 2, 3])
b = sg_sum("im", 2024, [1, 2, 3])
add("two-part", "What were Singapore's imports in Q1 2025, and how fast did they grow compared with Q1 2024?",
    [V(a, SGD), R(pct(a, b))], f"SG Imports Jan-Mar 2025 summed = {f(a)}; Jan-Mar 2024 = {f(b)}; growth = {f3(pct(a, b))}%")
add("two-part", "What were Ireland's goods exports in March 2025, and what was their year-on-year change?",
    [V(ie("ex", 2025, 3), EUR), P(ie("ex_r", 2025, 3))], f"IE March 2025 Exports = {f(ie('ex', 2025, 3))}; printed y-o-y = {ie('ex_r', 2025, 3)}%")
a, b = my("2025Q4", "Japan", "Imports"), my("2024Q4", "Japan", "Imports")
add("two-part", "How much did Malaysia import from Japan in Q4 2025, and what was the percentage change from Q4 2024?",
    [V(a, RM), R(pct(a, b))], f"MY Japan Imports 2025Q4 = {f(a)}; 2024Q4 = {f(b)}; change = {f3(pct(a, b))}%")
add("two-part", "What were Taiwan's total exports in 2023, and by how much did they change from 2022 in per cent?",
    [V(tw("Total", 2023), USD), P(TW_RATE[2023])], f"TW Total 2023 = {f(tw('Total', 2023))}; rate row 2023 = {TW_RATE[2023]}%")
add("two-part", "What did the Philippines import from the Republic of Korea in 2025, and what share of its total imports was that?",
    [V(PH["Korea, Republic of"]["v25"], USD), P(PH["Korea, Republic of"]["share"])],
    f"PH 'Korea, Republic of' 2025 = {f(PH['Korea, Republic of']['v25'])}; printed share = {PH['Korea, Republic of']['share']}%")
a, b = nz("2025Q1", MEAT), nz("2024Q1", MEAT)
add("two-part", "What were New Zealand's meat and edible offal exports in the March 2025 quarter, and how much higher were they than a year earlier, in per cent?",
    [V(a, NZD), R(pct(a, b))], f"NZ Meat 2025Q1 = {f(a)}; 2024Q1 = {f(b)}; change = {f3(pct(a, b))}%")

# ============================================================================= alias (9)
add("alias", "What were Taiwan's exports to South Korea in 2024?",
    V(tw("Korea, Republic of", 2024), USD), f"TW row 'Korea, Republic of', 2024p = {f(tw('Korea, Republic of', 2024))}")
add("alias", "How much did Taiwan export to China in 2023, not counting Hong Kong?",
    V(tw("Mainland of China", 2023), USD), f"TW row 'Mainland of China' (Hong Kong is a separate row), 2023 = {f(tw('Mainland of China', 2023))}")
add("alias", "What were Taiwan's exports to the Euro area in 2022?",
    V(tw("Euro area (20 countries)", 2022), USD), f"TW row 'Euro area (20 countries)', 2022 = {f(tw('Euro area (20 countries)', 2022))}")
add("alias", "How much did Taiwan export to Vietnam in 2021?",
    V(tw("Viet Nam", 2021), USD), f"TW row 'Viet Nam', 2021 = {f(tw('Viet Nam', 2021))}")
add("alias", "What did the Philippines import from the US in 2025?",
    V(PH["United States of America"]["v25"], USD), f"PH row 'United States of America', 2025 = {f(PH['United States of America']['v25'])}")
add("alias", "What were Malaysia's imports from South Korea in Q3 2025?",
    V(my("2025Q3", "Republic of Korea", "Imports"), RM), f"MY 2025Q3 / 'Republic of Korea' / Imports = {f(my('2025Q3', 'Republic of Korea', 'Imports'))}")
add("alias", "How much did Taiwan export to mainland China in 2020?",
    V(tw("Mainland of China", 2020), USD), f"TW row 'Mainland of China', 2020 = {f(tw('Mainland of China', 2020))}")
add("alias", ["What were Taiwan's exports to Hong Kong in 2022?", "And to South Korea?"],
    V(tw("Korea, Republic of", 2022), USD), f"TW row 'Korea, Republic of', 2022 = {f(tw('Korea, Republic of', 2022))} (follow-up keeps 2022)")
add("alias", "What were Thailand's imports from the UAE in December 2025?",
    V(th("United Arab Emirates", 2025, 12), THB), f"TH 2025 block, Dec., column 'United Arab Emirates' = {f(th('United Arab Emirates', 2025, 12))}")

# ============================================================================= rate-row (5)
add("rate-row", "According to the yearbook, by what percentage did Taiwan's total exports change in 2023?",
    P(TW_RATE[2023]), f"TW row '% change over a year earlier', 2023 = {TW_RATE[2023]}")
add("rate-row", "What was the growth rate of Taiwan's total exports in 2019?",
    P(TW_RATE[2019]), f"TW rate row, 2019 = {TW_RATE[2019]} (only the printed rate; 2018 level not in table)")
add("rate-row", "How fast did Taiwan's total exports grow in 2021?",
    P(TW_RATE[2021]), f"TW rate row, 2021 = {TW_RATE[2021]} (levels: {f3(pct(tw('Total', 2021), tw('Total', 2020)))}%)")
add("rate-row", "What was the year-on-year change in Taiwan's total exports in 2020?",
    P(TW_RATE[2020]), f"TW rate row, 2020 = {TW_RATE[2020]}")
y_ = max(TW_RATE, key=TW_RATE.get)
add("rate-row", "In which year between 2019 and 2024 did Taiwan's total exports grow the fastest?",
    {"name": str(y_)}, f"TW rate row maximum: {y_} = {TW_RATE[y_]}%")

# ============================================================================= grouping (6)
r_ = tw_rank(2024)
add("grouping", "Which individual country or territory was Taiwan's third-largest export market in 2024?",
    {"name": r_[2]}, f"TW 2024 countries ranked {[(k, tw(k, 2024)) for k in r_[:4]]}; ASEAN {f(tw('ASEAN', 2024))} is a grouping and is left out")
add("grouping", "What were Taiwan's exports to ASEAN in 2023?",
    V(tw("ASEAN", 2023), USD), f"TW grouping row ASEAN, 2023 = {f(tw('ASEAN', 2023))}")
add("grouping", "Which individual country or territory was Taiwan's fourth-largest export market in 2024?",
    {"name": r_[3]}, f"TW 2024 countries ranked {[(k, tw(k, 2024)) for k in r_[:5]]}; EU {f(tw('European Union (27 countries)', 2024))}, Euro area {f(tw('Euro area (20 countries)', 2024))} and 'Other countries and areas' {f(tw('Other countries and areas', 2024))} are left out")
x = pct(tw("European Union (27 countries)", 2024), tw("European Union (27 countries)", 2023))
add("grouping", "How much did Taiwan's exports to the European Union grow in 2024?",
    R(x), f"TW 'European Union (27 countries)' 2024 {f(tw('European Union (27 countries)', 2024))} / 2023 {f(tw('European Union (27 countries)', 2023))} - 1 = {f3(x)}%")
r_ = tw_rank(2021)
add("grouping", "Which individual country or territory was Taiwan's second-largest export market in 2021?",
    {"name": r_[1]}, f"TW 2021 countries ranked {[(k, tw(k, 2021)) for k in r_[:3]]}; ASEAN {f(tw('ASEAN', 2021))} is a grouping and is left out")
x = tw("Euro area (20 countries)", 2024) / tw("Total", 2024) * 100
add("grouping", "What share of Taiwan's 2024 exports went to the Euro area (20 countries)?",
    R(x), f"TW Euro area (20 countries) 2024 {f(tw('Euro area (20 countries)', 2024))} / Total {f(tw('Total', 2024))} x 100 = {f3(x)}%")

# ============================================================================= small-change (4)
a, b = my("2025Q3", "All countries", "Exports"), my("2024Q3", "All countries", "Exports")
add("small-change", "By how much did Malaysia's total exports in Q3 2025 differ from Q3 2024, in RM million?",
    V(a - b, RM), f"MY All countries Exports 2025Q3 {f(a)} - 2024Q3 {f(b)} = {f(a - b)} (a fall of {f3(pct(a, b))}%)")
a, b = sg("im", 2025, 9), sg("im", 2025, 8)
add("small-change", "What was the month-on-month change in Singapore's imports in September 2025, in per cent?",
    R(pct(a, b)), f"SG Imports Sep 2025 {f(a)} / Aug 2025 {f(b)} - 1 = {f3(pct(a, b))}% (amount {f(a - b)})")
a, b = my("2025Q4", "China", "Exports"), my("2025Q3", "China", "Exports")
add("small-change", "How much did Malaysia's exports to China change in Q4 2025 from the previous quarter, in RM million?",
    V(a - b, RM), f"MY China Exports 2025Q4 {f(a)} - 2025Q3 {f(b)} = {f(a - b)} ({f3(pct(a, b))}%)")
add("small-change", "What was the percentage change in the Philippines' imports from Malaysia in 2025?",
    P(PH["Malaysia"]["g"]), f"PH Malaysia printed annual growth = {PH['Malaysia']['g']}% (levels {f(PH['Malaysia']['v25'])} vs {f(PH['Malaysia']['v24'])})")

# ============================================================================= follow-up (10)
add("follow-up", ["What were Taiwan's exports to Japan in 2024?", "And to Singapore?"],
    V(tw("Singapore", 2024), USD), f"TW Singapore 2024p = {f(tw('Singapore', 2024))}")
add("follow-up", ["How much did Singapore import in August 2025?", "What about re-exports?"],
    V(sg("rx", 2025, 8), SGD), f"SG Aug 2025 Re-exports = {f(sg('rx', 2025, 8))}")
add("follow-up", ["What were Malaysia's exports to Thailand in Q1 2025?", "And in Q3?"],
    V(my("2025Q3", "Thailand", "Exports"), RM), f"MY 2025Q3 / Thailand / Exports = {f(my('2025Q3', 'Thailand', 'Exports'))}")
add("follow-up", ["What were Thailand's imports from China in June 2025?", "And from Malaysia?"],
    V(th("Malaysia", 2025, 6), THB), f"TH 2025 Jun., Malaysia = {f(th('Malaysia', 2025, 6))}")
add("follow-up", ["What were Ireland's goods exports in May 2025?", "And imports?"],
    V(ie("im", 2025, 5), EUR), f"IE May 2025 Imports = {f(ie('im', 2025, 5))}")
add("follow-up", ["What were New Zealand's wine exports in the June 2025 quarter?", "What about the same quarter a year earlier?"],
    V(nz("2024Q2", "Wine"), NZD), f"NZ 2024Q2 Wine = {f(nz('2024Q2', 'Wine'))}")
top = max(PH_COUNTRIES, key=lambda k: PH[k]["v25"])
add("follow-up", ["Which country did the Philippines import the most from in 2025?", "How much did it import from that country that year?"],
    V(PH[top]["v25"], USD), f"PH largest 2025 source = {top}; its Jan-Dec 2025 value = {f(PH[top]['v25'])}")
r_ = tw_rank(2023)
add("follow-up", ["What was Taiwan's largest export market in 2023?", "And the smallest of the listed countries?"],
    {"name": r_[-1]}, f"TW 2023 countries ascending: {[(k, tw(k, 2023)) for k in r_[::-1][:2]]} (groupings, residual left out)")
a, b = my("2025Q2", "United States", "Imports"), my("2024Q2", "United States", "Imports")
add("follow-up", ["What were Malaysia's imports from the United States in Q2 2024?",
                  "By what percentage had they changed a year later, in Q2 2025?"],
    R(pct(a, b)), f"MY United States Imports 2025Q2 {f(a)} / 2024Q2 {f(b)} - 1 = {f3(pct(a, b))}%")
a, b = sg("dx", 2025, 3), sg("dx", 2024, 3)
add("follow-up", ["What were Singapore's domestic exports in March 2025?", "And in March 2024?",
                  "So what was the year-on-year change in per cent?"],
    R(pct(a, b)), f"SG DX Mar 2025 {f(a)} / Mar 2024 {f(b)} - 1 = {f3(pct(a, b))}%")

# ============================================================================= refuse (12)
REF = [
    ("What were Taiwan's exports to Brazil in 2024?", "Brazil is not a row of the TW yearbook (only 'Other countries and areas')"),
    ("How much did Taiwan export to Japan in 2018?", "TW yearbook starts in 2019"),
    ("How did Singapore's import prices change in 2025?", "SG table has values only, no price or unit-value data"),
    ("What was the average export price of New Zealand's fruit in the September 2025 quarter?", "NZ Fruit has '..' for quantity and unit value"),
    ("What were New Zealand's wool exports in the June 2025 quarter?", "wool is not a commodity in the NZ table (only in the unlisted remainder of the total)"),
    ("How much did Malaysia export to India in Q1 2025?", "India is not a partner in the MY table"),
    ("What were Thailand's imports from Japan in March 2023?", "TH table covers 2024-2025 only"),
    ("How much did the Philippines import from Germany in 2025?", "Germany is not among the PH top ten (only 'All other countries')"),
    ("What were Ireland's exports of pharmaceutical products in March 2025?", "IE table has totals only, no commodity breakdown"),
    ("What were Singapore's domestic exports in January 2026?", "SG table ends in December 2025"),
    ("What was the unit value of New Zealand's wine exports in the December 2025 quarter?", "NZ Wine has '..' for unit value"),
    ("What were Thailand's exports to China in 2025?", "the TH table holds imports only"),
]
for qtext, why in REF:
    add("refuse", qtext, "refuse", f"refuse: {why}")


# ============================================================================= write
def main():
    lines, notes = [], ["# NOTES: how each expected value was computed", "",
                        "Tables: TW = tw_yearbook_exports_by_destination.csv (US$ million); SG = sg_merchandise_trade_by_type_monthly.csv (S$ million);",
                        "MY = my_trade_by_partner_quarterly_long.csv (RM million); TH = th_imports_by_source_monthly.csv (THB million);",
                        "NZ = nz_exports_by_commodity_quarterly.csv (NZ$ million, NZ$ per kg); IE = ie_goods_exports_imports_monthly.xlsx (EUR million);",
                        "PH = ph_top_ten_import_sources_2025.csv (US$ million). Computed rates are given exact (3 decimals) with tolerance 0.06;",
                        "printed rates as printed with tolerance 0.06. Rankings of countries leave out Total, groupings (ASEAN, EU, Euro area),",
                        "residual rows (Other countries and areas, Others, All other countries) and the 'All countries' total.", ""]
    counts = {}
    for i, (kind, text, expect, note) in enumerate(Q, start=1):
        qid = f"s1-{i:03d}"
        obj = {"id": qid, "kind": kind}
        if isinstance(text, list):
            obj["conversation"] = text
        else:
            obj["question"] = text
        obj["expect"] = expect
        lines.append(json.dumps(obj, ensure_ascii=False))
        notes.append(f"- {qid} [{kind}] {note}")
        counts[kind] = counts.get(kind, 0) + 1
    (HERE / "questions.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (HERE / "NOTES.md").write_text("\n".join(notes) + "\n", encoding="utf-8")
    multi = sum(1 for _, t, _, _ in Q if isinstance(t, list))
    print(f"{len(Q)} questions, {multi} multi-turn")
    for k, v in counts.items():
        print(f"  {k}: {v}")


if __name__ == "__main__":
    main()
