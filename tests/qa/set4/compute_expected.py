"""Reads the set4 tables with csv/openpyxl only and computes every expected value.

Writes questions.jsonl and NOTES.md next to this file.  Run: python3 compute_expected.py
"""
import csv
import json
import re
from pathlib import Path

import openpyxl

HERE = Path(__file__).parent
T = HERE / "tables"
MON = {m: i + 1 for i, m in enumerate(["January", "February", "March", "April", "May", "June", "July",
                                        "August", "September", "October", "November", "December"])}
ABBR = {m[:3]: i for m, i in MON.items()}


def num(s):
    s = str(s).strip().replace(",", "")
    s = re.sub(r"[a-z*]+$", "", s)
    return float(s)


def rows(name):
    with open(T / name, newline="", encoding="utf-8") as fh:
        return list(csv.reader(fh))


# ------------------------------------------------------------------ readers
# Korea: item -> {"2025-03": value}
KR = {}
r = rows("kr_kita_exports_by_item_2024-2025.csv")
hdr = r[2]
cols = []
for h in hdr[1:]:
    y, m = h.split()
    cols.append(f"{y}-{ABBR[m]:02d}")
for line in r[3:]:
    if not line or not line[0] or line[0].startswith(("Note", "Source")):
        continue
    KR[line[0]] = {c: num(v) for c, v in zip(cols, line[1:])}

# Mexico: "2025-03" -> dict(pet, non, imp, bal)
MX = {}
year = None
for line in rows("mx_inegi_balanza_comercial_2024-2025.csv")[3:]:
    if not line or not line[0]:
        continue
    if re.fullmatch(r"\d{4}", line[0]):
        year = int(line[0])
        continue
    if line[0] in MON:
        MX[f"{year}-{MON[line[0]]:02d}"] = dict(zip(("pet", "non", "imp", "bal"), map(num, line[1:5])))

# China GACC: name -> {("jun"|"h1"|"yoy", "total"|"exports"|"imports"): value}
CN = {}
for line in rows("cn_gacc_trade_by_country_2025-06.csv")[4:]:
    if not line or not line[0] or line[0].startswith(("Note", "Source")):
        continue
    v = list(map(num, line[1:10]))
    keys = [(p, f) for p in ("jun", "h1", "yoy") for f in ("total", "exports", "imports")]
    CN[line[0]] = dict(zip(keys, v))

# Netherlands CBS: flow -> country -> {year: value}
NL = {}
wb = openpyxl.load_workbook(T / "nl_cbs_goods_trade_by_country_2020-2024.xlsx", data_only=True)
for ws in wb.worksheets:
    flow = ws.title.lower()
    data = {}
    years = None
    for row in ws.iter_rows(values_only=True):
        if row[0] == "Country":
            years = [int(str(h).rstrip("*")) for h in row[1:6]]
            continue
        if years and row[0] and isinstance(row[1], (int, float)):
            data[row[0]] = dict(zip(years, row[1:6]))
    NL[flow] = data

# Viet Nam GSO: total, yoy, items
VN_TOTAL, VN_YOY, VN = {}, {}, {}
r = rows("vn_gso_exports_main_commodities_2025.csv")
vcols = [f"2025-{ABBR[h.split()[0]]:02d}" for h in r[2][1:]]
for line in r[3:]:
    if not line or not line[0] or line[0].startswith(("Note", "Source")):
        continue
    vals = {c: num(v) for c, v in zip(vcols, line[1:])}
    if line[0] == "Total exports":
        VN_TOTAL = vals
    elif line[0].startswith("Year-on-year"):
        VN_YOY = vals
    else:
        VN[line[0]] = vals

# Ontario: destination -> {year: value}
ON = {}
r = rows("ca_on_merchandise_exports_by_destination_2021-2025.csv")
oy = [int(h.rstrip("p")) for h in r[2][1:]]
for line in r[3:]:
    if not line or not line[0] or line[0].startswith(("Note", "Source", "p ")):
        continue
    ON[line[0].strip()] = {y: num(v) for y, v in zip(oy, line[1:])}


# ------------------------------------------------------------------ helpers
def pct(now, before):
    return (now / before - 1) * 100


def cagr(first, last, years):
    return ((last / first) ** (1 / years) - 1) * 100


def months(y, a, b):
    return [f"{y}-{m:02d}" for m in range(a, b + 1)]


def ksum(item, ps):
    return sum(KR[item][p] for p in ps)


def mx(key, ps):
    if key == "exp":
        return sum(MX[p]["pet"] + MX[p]["non"] for p in ps)
    return sum(MX[p][key] for p in ps)


def vsum(item, ps):
    src = VN_TOTAL if item == "Total exports" else VN[item]
    return sum(src[p] for p in ps)


US = "US$ million"
RMB = "RMB 100 million"
EUR = "EUR million"
CAD = "C$ million"


def val(v, unit, **kw):
    d = {"value": round(v, 2), "unit": unit}
    if unit in ("%", "pp"):
        d["tolerance"] = 0.06
    d.update(kw)
    return d


COUNTRIES_CN = [k for k in CN if k not in ("Total", "Asia", "ASEAN", "Africa", "Europe", "European Union",
                                            "Latin America", "North America", "Oceania")]
ON_COUNTRIES = ["United States", "Germany", "Netherlands", "United Kingdom", "Mexico", "China", "Japan", "India",
                "Hong Kong"]
NL_COUNTRIES = [k for k in NL["exports"] if k not in ("Total", "Other countries")]
KR_ITEMS = [k for k in KR if k != "Total"]
MONTH_NAMES = {v: k for k, v in MON.items()}


def month_name(p):
    y, m = p.split("-")
    n = MONTH_NAMES[int(m)]
    return [n, f"{n} {y}", f"{n[:3]} {y}"]


def top(d, n=1, exclude=(), reverse=True):
    items = sorted(((k, v) for k, v in d.items() if k not in exclude), key=lambda kv: kv[1], reverse=reverse)
    return items[n - 1]


Q = []  # (id, kind, question or list, expect, note)


def q(kind, text, expect, note):
    Q.append((kind, text, expect, note))


# ================================================================== lookup
q("lookup", "What were Korea's semiconductor exports in March 2025?",
  val(KR["Semiconductors"]["2025-03"], US), "KR table, Semiconductors, 2025 Mar, as published")
q("lookup", "What were Mexico's total imports in August 2025, in US$ million?",
  val(MX["2025-08"]["imp"], US), "MX table, Total imports, August 2025, as published")
q("lookup", "What was the value of China's exports to Japan in January-June 2025?",
  val(CN["Japan"][("h1", "exports")], RMB), "GACC, Japan, Jan-Jun 2025 Exports, as published")
q("lookup", "How much did the Netherlands import from China in 2022?",
  val(NL["imports"]["China"][2022], EUR), "CBS Imports sheet, China, 2022")
q("lookup", "What were Viet Nam's coffee exports in May 2025?",
  val(VN["Coffee"]["2025-05"], US), "GSO, Coffee, May 2025")
q("lookup", "What was the value of Ontario's merchandise exports to the United Kingdom in 2025?",
  val(ON["United Kingdom"][2025], CAD), "Ontario, United Kingdom, 2025p")
q("lookup", "What were China's imports from Australia in June 2025?",
  val(CN["Australia"][("jun", "imports")], RMB), "GACC, Australia, Jun 2025 Imports")
q("lookup", "What was Mexico's trade balance in October 2024?",
  val(MX["2024-10"]["bal"], US), "MX, Trade balance, October 2024, as published (sign kept)")

# ================================================================== change
a, b = KR["Semiconductors"]["2025-05"], KR["Semiconductors"]["2024-05"]
q("change", "By how much did Korea's semiconductor exports grow year on year in May 2025?",
  val(pct(a, b), "%"), f"KR Semiconductors ({a}/{b}-1)*100, May 2025 vs May 2024")
a, b = MX["2025-12"]["imp"], MX["2024-12"]["imp"]
q("change", "What was the year-on-year change in Mexico's total imports in December 2025?",
  val(pct(a, b), "%"), f"MX imports Dec 2025 {a} / Dec 2024 {b} - 1")
a, b = NL["exports"]["Germany"][2024], NL["exports"]["Germany"][2023]
q("change", "How much did Dutch exports to Germany change in 2024 compared with 2023, in per cent?",
  val(pct(a, b), "%"), f"CBS exports Germany 2024 {a} / 2023 {b} - 1")
a, b = ON["United States"][2025], ON["United States"][2024]
q("change", "What was the percentage change in Ontario's exports to the United States in 2025 from 2024?",
  val(pct(a, b), "%"), f"Ontario US 2025 {a} / 2024 {b} - 1")
a, b = VN["Phones and parts"]["2025-06"], VN["Phones and parts"]["2025-05"]
q("change", "How much did Viet Nam's exports of phones and parts change month on month in June 2025?",
  val(pct(a, b), "%"), f"GSO Phones and parts Jun {a} / May {b} - 1 (m-o-m)")
q("change", "How fast did China's exports to Viet Nam grow year on year in January-June 2025?",
  val(CN["Viet Nam"][("yoy", "exports")], "%"), "GACC Viet Nam Jan-Jun y-o-y Exports, as published")
a, b = ksum("Total", months(2025, 1, 3)), ksum("Total", months(2024, 1, 3))
q("change", "How much did Korea's total exports grow in Q1 2025 compared with Q1 2024?",
  val(pct(a, b), "%"), f"KR Total sum Jan-Mar 2025 {a:.1f} / sum Jan-Mar 2024 {b:.1f} - 1")
a, b = NL["imports"]["United States"][2023], NL["imports"]["United States"][2022]
q("change", "By how much did the Netherlands' imports from the United States change from 2022 to 2023, in € million?",
  val(a - b, EUR), f"CBS imports United States 2023 {a} - 2022 {b}")

# ================================================================== sum-of-parts
a = KR["Semiconductors"]["2025-03"] + KR["Displays"]["2025-03"]
q("sum-of-parts", "What were Korea's combined exports of semiconductors and displays in March 2025?",
  val(a, US), "KR Semiconductors + Displays, 2025 Mar")
a = sum(CN[c][("h1", "exports")] for c in ("Japan", "Korea, Rep.", "India"))
q("sum-of-parts", "What were China's exports to Japan, Korea, Rep. and India combined in January-June 2025?",
  val(a, RMB), "GACC Jan-Jun Exports: Japan + Korea, Rep. + India")
a = sum(NL["exports"][c][2024] for c in ("Belgium", "France", "Germany"))
q("sum-of-parts", "What were the Netherlands' total exports to Belgium, France and Germany together in 2024?",
  val(a, EUR), "CBS exports 2024: Belgium + France + Germany")
a = sum(ON[c][2023] for c in ("Mexico", "China", "Japan"))
q("sum-of-parts", "How much did Ontario export to Mexico, China and Japan combined in 2023?",
  val(a, CAD), "Ontario 2023: Mexico + China + Japan")
a = sum(vsum(c, months(2025, 1, 3)) for c in ("Coffee", "Rice", "Seafood"))
q("sum-of-parts", "What were Viet Nam's combined exports of coffee, rice and seafood in the first quarter of 2025?",
  val(a, US), "GSO Coffee+Rice+Seafood, each summed Jan-Mar 2025 (9 values)")
a = ksum("Automobiles", months(2025, 1, 6)) + ksum("Auto parts", months(2025, 1, 6))
q("sum-of-parts", "What were Korea's exports of automobiles plus auto parts in the first half of 2025?",
  val(a, US), "KR (Automobiles + Auto parts) summed 2025 Jan-Jun (12 values)")
a = mx("non", months(2025, 7, 9))
q("sum-of-parts", "What were Mexico's non-petroleum exports in the third quarter of 2025 altogether?",
  val(a, US), "MX Non-petroleum exports Jul+Aug+Sep 2025")

# ================================================================== identity
p = MX["2025-03"]
q("identity", "What were Mexico's total exports in March 2025?",
  val(p["pet"] + p["non"], US), f"MX total exports = petroleum {p['pet']} + non-petroleum {p['non']} (no total column)")
a = mx("exp", months(2024, 1, 12))
q("identity", "What was the value of Mexico's total merchandise exports in 2024 as a whole?",
  val(a, US), "MX sum over Jan-Dec 2024 of (petroleum + non-petroleum exports)")
a = NL["exports"]["China"][2024] - NL["imports"]["China"][2024]
q("identity", "What was the Netherlands' goods trade balance with China in 2024?",
  val(a, EUR), "CBS exports China 2024 - imports China 2024 (deficit, negative)")
a = CN["United States of America"][("h1", "exports")] - CN["United States of America"][("h1", "imports")]
q("identity", "What was China's trade surplus with the United States of America in January-June 2025?",
  val(a, RMB), "GACC USA Jan-Jun Exports - Imports")
a = NL["exports"]["Germany"][2023] + NL["imports"]["Germany"][2023]
q("identity", "What was the Netherlands' total goods trade (exports plus imports) with Germany in 2023?",
  val(a, EUR), "CBS exports Germany 2023 + imports Germany 2023")
a = mx("exp", months(2025, 1, 12)) - mx("imp", months(2025, 1, 12))
q("identity", "What was Mexico's cumulative trade balance for the full year 2025?",
  val(a, US), "MX sum 2025 (pet+non) - sum 2025 imports; equals sum of published monthly balances")
a = CN["Taiwan, China"][("jun", "exports")] - CN["Taiwan, China"][("jun", "imports")]
q("identity", "What was China's trade balance with Taiwan, China in June 2025?",
  val(a, RMB), "GACC Taiwan, China Jun Exports - Imports (deficit)")

# ================================================================== share
a = ksum("Semiconductors", months(2025, 1, 6)) / ksum("Total", months(2025, 1, 6)) * 100
q("share", "What share of Korea's total exports in the first half of 2025 came from semiconductors?",
  val(a, "%"), "KR sum Jan-Jun 2025 Semiconductors / sum Jan-Jun 2025 Total * 100")
a = ON["United States"][2025] / ON["All countries"][2025] * 100
q("share", "What share of Ontario's merchandise exports went to the United States in 2025?",
  val(a, "%"), "Ontario US 2025 / All countries 2025 * 100")
a = NL["exports"]["Germany"][2024] / NL["exports"]["Total"][2024] * 100
q("share", "What percentage of the Netherlands' goods exports went to Germany in 2024?",
  val(a, "%"), "CBS exports Germany 2024 / Total 2024 * 100")
a = CN["ASEAN"][("h1", "exports")] / CN["Total"][("h1", "exports")] * 100
q("share", "What share of China's exports went to ASEAN in January-June 2025?",
  val(a, "%"), "GACC ASEAN Jan-Jun Exports / Total Jan-Jun Exports * 100")
ps = months(2025, 4, 6)
a = vsum("Computers, electronic products and parts", ps) / vsum("Total exports", ps) * 100
q("share", "What share of Viet Nam's total exports in Q2 2025 was computers, electronic products and parts?",
  val(a, "%"), "GSO computers etc. sum Apr-Jun / Total exports sum Apr-Jun * 100")
a = NL["imports"]["China"][2020] / NL["imports"]["Total"][2020] * 100
q("share", "What share of Dutch goods imports came from China in 2020?",
  val(a, "%"), "CBS imports China 2020 / Total 2020 * 100")
a = ON["United Kingdom"][2021] / ON["All countries"][2021] * 100
q("share", "What was the United Kingdom's share of Ontario's merchandise exports in 2021?",
  val(a, "%"), "Ontario UK 2021 / All countries 2021 * 100")

# ================================================================== share-of-derived
ps = months(2025, 1, 12)
a = mx("pet", ps) / mx("exp", ps) * 100
q("share-of-derived", "What share of Mexico's total exports in 2025 were petroleum exports?",
  val(a, "%"), "MX sum 2025 petroleum / sum 2025 (petroleum + non-petroleum) * 100")
ps = months(2025, 1, 3)
a = mx("non", ps) / mx("exp", ps) * 100
q("share-of-derived", ["What were Mexico's total exports in Q1 2025?", "What share of that came from non-petroleum exports?"],
  val(a, "%"), "MX Q1 2025 non-petroleum sum / Q1 2025 (pet+non) sum * 100")
a = (NL["exports"]["Germany"][2024] + NL["imports"]["Germany"][2024]) / (NL["exports"]["Total"][2024] + NL["imports"]["Total"][2024]) * 100
q("share-of-derived", "What share of the Netherlands' total goods trade (exports plus imports) in 2024 was with Germany?",
  val(a, "%"), "CBS (exp+imp Germany 2024) / (exp+imp Total 2024) * 100")
part = sum(KR[i]["2025-06"] for i in ("Semiconductors", "Displays", "Computers"))
a = part / KR["Total"]["2025-06"] * 100
q("share-of-derived", ["What were Korea's combined exports of semiconductors, displays and computers in June 2025?",
                       "How big is that relative to Korea's total exports that month?"],
  val(a, "%"), f"KR Jun 2025 (Semis+Displays+Computers = {part:.1f}) / Total * 100")
a = ON["United Kingdom"][2025] / (ON["All countries"][2025] - ON["United States"][2025]) * 100
q("share-of-derived", "Of Ontario's exports to destinations other than the United States in 2025, what share went to the United Kingdom?",
  val(a, "%"), "Ontario UK 2025 / (All countries 2025 - United States 2025) * 100")
a = CN["Japan"][("h1", "exports")] / (CN["Japan"][("h1", "exports")] + CN["Korea, Rep."][("h1", "exports")]) * 100
q("share-of-derived", "Of China's combined exports to Japan and Korea, Rep. in January-June 2025, what share went to Japan?",
  val(a, "%"), "GACC Jan-Jun exports Japan / (Japan + Korea, Rep.) * 100")

# ================================================================== cagr
d = NL["exports"]["Poland"]
q("cagr", "What was the compound annual growth rate of Dutch exports to Poland from 2020 to 2024?",
  val(cagr(d[2020], d[2024], 4), "%"), f"CBS exports Poland ({d[2024]}/{d[2020]})^(1/4)-1")
d = ON["India"]
q("cagr", "What was the compound annual growth rate of Ontario's exports to India between 2021 and 2025?",
  val(cagr(d[2021], d[2025], 4), "%"), f"Ontario India ({d[2025]}/{d[2021]})^(1/4)-1")
d = NL["imports"]["Total"]
q("cagr", "At what compound annual rate did the Netherlands' total goods imports grow from 2020 to 2024?",
  val(cagr(d[2020], d[2024], 4), "%"), f"CBS imports Total ({d[2024]}/{d[2020]})^(1/4)-1")
d = ON["United Kingdom"]
q("cagr", "What was the CAGR of Ontario's exports to the United Kingdom from 2021 to 2025?",
  val(cagr(d[2021], d[2025], 4), "%"), f"Ontario UK ({d[2025]}/{d[2021]})^(1/4)-1")
d = NL["exports"]["United States"]
q("cagr", "What was the compound annual growth of Dutch exports to the United States from 2021 to 2024?",
  val(cagr(d[2021], d[2024], 3), "%"), f"CBS exports United States ({d[2024]}/{d[2021]})^(1/3)-1")
d = ON["All countries"]
q("cagr", "What was the compound annual growth rate of Ontario's total merchandise exports from 2021 to 2024?",
  val(cagr(d[2021], d[2024], 3), "%"), f"Ontario All countries ({d[2024]}/{d[2021]})^(1/3)-1")

# ================================================================== mean-of-rates
ps = months(2025, 1, 6)
q("mean-of-rates", "What was the average year-on-year growth rate of Viet Nam's total exports over January-June 2025?",
  val(sum(VN_YOY[p] for p in ps) / 6, "%"), "GSO mean of the published y-o-y row, Jan-Jun 2025")
ps = months(2025, 1, 3)
q("mean-of-rates", "What was Viet Nam's average monthly year-on-year export growth in the first quarter of 2025?",
  val(sum(VN_YOY[p] for p in ps) / 3, "%"), "GSO mean of published y-o-y, Jan-Mar 2025")
rates = [pct(KR["Semiconductors"][f"2025-{m:02d}"], KR["Semiconductors"][f"2024-{m:02d}"]) for m in (1, 2, 3)]
q("mean-of-rates", "What was the average of the monthly year-on-year growth rates of Korea's semiconductor exports in Q1 2025?",
  val(sum(rates) / 3, "%"), "KR Semiconductors mean of y-o-y % Jan, Feb, Mar 2025 (each vs same month 2024): " + ", ".join(f"{x:.2f}" for x in rates))
rates = [pct(MX[f"2025-{m:02d}"]["imp"], MX[f"2024-{m:02d}"]["imp"]) for m in range(1, 7)]
q("mean-of-rates", "What was the average year-on-year growth of Mexico's monthly total imports in the first half of 2025?",
  val(sum(rates) / 6, "%"), "MX mean of monthly y-o-y % of imports Jan-Jun 2025: " + ", ".join(f"{x:.2f}" for x in rates))
d = NL["exports"]["Total"]
rates = [pct(d[y], d[y - 1]) for y in (2021, 2022, 2023, 2024)]
q("mean-of-rates", "What was the average annual growth rate of the Netherlands' total goods exports over 2021-2024 (simple mean of the yearly rates)?",
  val(sum(rates) / 4, "%"), "CBS exports Total mean of annual % 2021..2024: " + ", ".join(f"{x:.2f}" for x in rates))
d = ON["Mexico"]
rates = [pct(d[y], d[y - 1]) for y in (2022, 2023, 2024, 2025)]
q("mean-of-rates", "What was the average annual growth of Ontario's exports to Mexico from 2022 to 2025 (mean of the yearly growth rates)?",
  val(sum(rates) / 4, "%"), "Ontario Mexico mean of annual % 2022..2025: " + ", ".join(f"{x:.2f}" for x in rates))

# ================================================================== rank
n, v = top({i: KR[i]["2025-04"] for i in KR_ITEMS}, 2)
q("rank", "Which item was Korea's second-largest export in April 2025?", {"name": n}, f"KR items Apr 2025 sorted desc, 2nd = {n} {v}")
n, v = top({c: CN[c][("h1", "exports")] for c in COUNTRIES_CN})
q("rank", "Which single country was China's largest export destination in January-June 2025?",
  {"name": [n, "United States", "USA"]}, f"GACC countries only (regions excluded), Jan-Jun Exports max = {n} {v}")
n, v = top({c: vsum(c, months(2025, 1, 3)) for c in VN}, 3)
q("rank", "Which commodity ranked third among Viet Nam's exports in Q1 2025?", {"name": n}, f"GSO commodities sum Jan-Mar, 3rd = {n} {v}")
n, v = top({c: NL["imports"][c][2024] for c in NL_COUNTRIES})
q("rank", "Which country was the Netherlands' largest source of goods imports in 2024?", {"name": n}, f"CBS imports 2024 countries (Total, Other countries excluded) max = {n} {v}")
n, v = top({c: pct(ON[c][2025], ON[c][2024]) for c in ON_COUNTRIES})
q("rank", "Which destination country saw the fastest growth in Ontario's exports in 2025 compared with 2024?", {"name": n},
  f"Ontario countries (groups excluded) 2025/2024 growth max = {n} {v:.2f}%")
n, v = top({i: pct(ksum(i, months(2025, 1, 6)), ksum(i, months(2024, 1, 6))) for i in KR_ITEMS})
q("rank", "Which of Korea's major export items grew fastest in the first half of 2025 compared with the first half of 2024?", {"name": n},
  f"KR items H1 2025 sum / H1 2024 sum max = {n} {v:.2f}%")
n, v = top({p: MX[p]["non"] for p in months(2025, 1, 12)})
q("rank", "In which month of 2025 were Mexico's non-petroleum exports highest?", {"name": month_name(n)}, f"MX non-petroleum 2025 max month {n} {v}")
n, v = top({c: CN[c][("yoy", "imports")] for c in COUNTRIES_CN}, reverse=False)
q("rank", "From which country did China's imports fall most steeply year on year in January-June 2025?", {"name": n},
  f"GACC countries Jan-Jun y-o-y Imports min = {n} {v}")

# ================================================================== rank-exclusion
n, v = top({c: CN[c][("h1", "exports")] for c in COUNTRIES_CN}, exclude=("United States of America", "Hong Kong, China"))
q("rank-exclusion", "Apart from the United States of America and Hong Kong, China, which country was China's largest export market in January-June 2025?",
  {"name": [n, "Vietnam"]}, f"GACC countries Jan-Jun Exports excl. USA, HK max = {n} {v}")
n, v = top({c: NL["exports"][c][2024] for c in NL_COUNTRIES}, exclude=("Germany",))
q("rank-exclusion", ["Which country was the Netherlands' largest export market in 2024?", "Apart from Germany, which country was the largest?"],
  {"name": n}, f"CBS exports 2024 countries excl. Germany max = {n} {v}")
n, v = top({c: ON[c][2025] for c in ON_COUNTRIES}, exclude=("United States",))
q("rank-exclusion", "Excluding the United States, which country was Ontario's largest export destination in 2025?", {"name": n},
  f"Ontario countries 2025 excl. US max = {n} {v}")
n, v = top({i: KR[i]["2025-06"] for i in KR_ITEMS}, exclude=("Semiconductors",))
q("rank-exclusion", "Leaving semiconductors aside, what was Korea's biggest export item in June 2025?", {"name": n},
  f"KR items Jun 2025 excl. Semiconductors max = {n} {v}")
n, v = top({c: vsum(c, months(2025, 4, 6)) for c in VN}, exclude=("Computers, electronic products and parts",))
q("rank-exclusion", "Other than computers, electronic products and parts, which commodity earned Viet Nam the most export revenue in Q2 2025?",
  {"name": n}, f"GSO sum Apr-Jun excl. computers max = {n} {v}")
n, v = top({c: CN[c][("h1", "imports")] for c in COUNTRIES_CN}, exclude=("Taiwan, China", "Korea, Rep."))
q("rank-exclusion", "Setting aside Taiwan, China and Korea, Rep., which country was China's biggest import source in January-June 2025?",
  {"name": n}, f"GACC countries Jan-Jun Imports excl. Taiwan, Korea max = {n} {v}")
n, v = top({c: NL["imports"][c][2023] for c in NL_COUNTRIES}, exclude=("Germany", "China"))
q("rank-exclusion", "Besides Germany and China, which country supplied the most goods imports to the Netherlands in 2023?",
  {"name": n}, f"CBS imports 2023 excl. Germany, China max = {n} {v}")

# ================================================================== existence
yes = lambda b: {"verdict": "yes" if b else "no"}
b = any(MX[p]["imp"] > 60000 for p in months(2025, 1, 12))
q("existence", "Were Mexico's monthly total imports ever above US$ 60,000 million in 2025?", yes(b),
  "MX any 2025 month imports > 60000: " + ", ".join(p for p in months(2025, 1, 12) if MX[p]["imp"] > 60000))
b = NL["imports"]["United States"][2024] > NL["exports"]["United States"][2024]
q("existence", "Did the Netherlands run a goods trade deficit with the United States in 2024?", yes(b),
  f"CBS 2024 imports US {NL['imports']['United States'][2024]} vs exports {NL['exports']['United States'][2024]}")
b = any(KR["Semiconductors"][p] > 12000 for p in months(2025, 1, 6))
q("existence", "Did Korea's semiconductor exports exceed US$ 12,000 million in any month of the first half of 2025?", yes(b),
  "KR Semiconductors 2025 Jan-Jun any > 12000")
b = all(MX[p]["bal"] > 0 for p in months(2024, 1, 12))
q("existence", "Did Mexico record a trade surplus in every month of 2024?", yes(b), "MX all 2024 balances > 0? (several negative)")
b = CN["Viet Nam"][("h1", "exports")] > CN["Japan"][("h1", "exports")]
q("existence", "Were China's exports to Viet Nam larger than its exports to Japan in January-June 2025?", yes(b),
  f"GACC Jan-Jun exports Viet Nam {CN['Viet Nam'][('h1', 'exports')]} vs Japan {CN['Japan'][('h1', 'exports')]}")
b = all(ON["China"][y] < ON["China"][y - 1] for y in (2022, 2023, 2024, 2025))
q("existence", "Did Ontario's exports to China fall in every year from 2022 through 2025?", yes(b), "Ontario China each year < previous, 2022..2025")
b = any(VN["Coffee"][p] < 500 for p in months(2025, 1, 6))
q("existence", "Were Viet Nam's monthly coffee exports ever below US$ 500 million in January-June 2025?", yes(b),
  f"GSO Coffee min Jan-Jun = {min(VN['Coffee'].values())}")
b = NL["exports"]["United Kingdom"][2023] < NL["exports"]["United Kingdom"][2022]
q("existence", "Did Dutch exports to the United Kingdom fall in 2023?", yes(b), "CBS exports UK 2023 < 2022")


# ================================================================== claim
def verdict(actual, claimed, nd=1, op="eq"):
    if op == "gt":
        return "supported" if actual > claimed else "contradicted"
    return "supported" if round(actual, nd) == round(claimed, nd) else "contradicted"


a = pct(KR["Semiconductors"]["2025-05"], KR["Semiconductors"]["2024-05"])
q("claim", "A report says Korea's semiconductor exports rose 7.0% year on year in May 2025. Is that right?",
  {"verdict": verdict(a, 7.0), **val(a, "%")}, f"KR Semis May 2025 vs May 2024 = {a:.2f}%")
a = CN["United States of America"][("yoy", "exports")]
q("claim", "Is it true that China's exports to the United States of America fell 10.9% year on year in January-June 2025?",
  {"verdict": verdict(a, -10.9), **val(a, "%")}, "GACC USA Jan-Jun y-o-y exports as published")
a = MX["2025-12"]["bal"]
q("claim", "Mexico posted a trade deficit of US$ 879.4 million in December 2025. Is that correct?",
  {"verdict": verdict(a, -879.4), **val(a, US)}, "MX Trade balance Dec 2025 (p), deficit as negative balance")
a = pct(ON["United Kingdom"][2025], ON["United Kingdom"][2024])
q("claim", "Someone claims Ontario's exports to the United Kingdom grew by more than 20% in 2025. Is that so?",
  {"verdict": verdict(a, 20.0, op="gt"), **val(a, "%")}, f"Ontario UK 2025/2024 = {a:.2f}% (not > 20)")
a = NL["imports"]["China"][2024]
q("claim", "Were the Netherlands' goods imports from China really €66.9 billion in 2024?",
  {"verdict": verdict(a / 1000, 66.9), **val(a, EUR)}, "CBS imports China 2024* = 66,900 EUR million = 66.9 bn")
a = VN_YOY["2025-03"]
q("claim", "Is it correct that Viet Nam's exports grew 15.5% year on year in March 2025?",
  {"verdict": verdict(a, 15.5), **val(a, "%")}, "GSO y-o-y row, Mar 2025, as published")
a = CN["Korea, Rep."][("h1", "total")]
q("claim", "An article says China's total trade with Korea, Rep. reached RMB 1,391 billion in January-June 2025. Does the table agree?",
  {"verdict": verdict(a / 10, 1391, nd=0), **val(a, RMB)}, f"GACC Korea, Rep. Jan-Jun Total {a} RMB 100 million = {a / 10:.0f} RMB bn")

# ================================================================== two-part
a, b = mx("imp", months(2025, 4, 6)), mx("imp", months(2024, 4, 6))
q("two-part", "What were Mexico's total imports in Q2 2025, and how much did they change from Q2 2024 in per cent?",
  [val(a, US), val(pct(a, b), "%")], f"MX imports sum Apr-Jun 2025 {a:.1f}; vs Apr-Jun 2024 {b:.1f}")
a, b = NL["exports"]["Belgium"][2024], NL["exports"]["Belgium"][2023]
q("two-part", "How much did the Netherlands export to Belgium in 2024, and by what percentage did that change from 2023?",
  [val(a, EUR), val(pct(a, b), "%")], "CBS exports Belgium 2024; 2024/2023 - 1")
a, b = ksum("Total", months(2025, 1, 6)), ksum("Total", months(2024, 1, 6))
q("two-part", "What were Korea's total exports in the first half of 2025, and how fast did they grow year on year?",
  [val(a, US), val(pct(a, b), "%")], "KR Total sum Jan-Jun 2025; / sum Jan-Jun 2024 - 1")
a = ON["India"][2025]
q("two-part", "What were Ontario's exports to India in 2025, and what share of Ontario's total exports was that?",
  [val(a, CAD), val(a / ON["All countries"][2025] * 100, "%")], "Ontario India 2025; / All countries 2025 * 100")
q("two-part", "What were China's exports to India in January-June 2025, and what was their year-on-year growth?",
  [val(CN["India"][("h1", "exports")], RMB), val(CN["India"][("yoy", "exports")], "%")], "GACC India Jan-Jun Exports; published y-o-y")
a, b = VN["Textiles and garments"]["2025-04"], VN["Textiles and garments"]["2025-03"]
q("two-part", "What were Viet Nam's textile and garment exports in April 2025, and how did they change from March 2025 in per cent?",
  [val(a, US), val(pct(a, b), "%")], "GSO Textiles and garments Apr 2025; Apr/Mar - 1")

# ================================================================== alias
q("alias", "How much did China export to South Korea in June 2025?", val(CN["Korea, Rep."][("jun", "exports")], RMB),
  "GACC 'Korea, Rep.' Jun Exports (South Korea)")
q("alias", "What were China's imports from Vietnam in the first half of 2025?", val(CN["Viet Nam"][("h1", "imports")], RMB),
  "GACC 'Viet Nam' Jan-Jun Imports (Vietnam)")
q("alias", "What were China's exports to Hong Kong in January-June 2025?", val(CN["Hong Kong, China"][("h1", "exports")], RMB),
  "GACC 'Hong Kong, China' Jan-Jun Exports")
q("alias", "What were China's imports from the US in June 2025?", val(CN["United States of America"][("jun", "imports")], RMB),
  "GACC 'United States of America' Jun Imports (US)")
q("alias", "How much did China export to Russia in January-June 2025?", val(CN["Russian Federation"][("h1", "exports")], RMB),
  "GACC 'Russian Federation' Jan-Jun Exports")
q("alias", "What were China's imports from Taiwan in January-June 2025?", val(CN["Taiwan, China"][("h1", "imports")], RMB),
  "GACC 'Taiwan, China' Jan-Jun Imports")
q("alias", "What were Dutch exports to the USA in 2022?", val(NL["exports"]["United States"][2022], EUR),
  "CBS exports 'United States' 2022 (USA)")
q("alias", "How much did Ontario export to Britain in 2024?", val(ON["United Kingdom"][2024], CAD),
  "Ontario 'United Kingdom' 2024 (Britain)")

# ================================================================== rate-row
q("rate-row", "What was Viet Nam's year-on-year export growth in April 2025?", val(VN_YOY["2025-04"], "%"),
  "GSO row 'Year-on-year change (%)' under Total exports, Apr 2025")
q("rate-row", "By how much did Viet Nam's total exports grow year on year in February 2025?", val(VN_YOY["2025-02"], "%"),
  "GSO y-o-y row, Feb 2025")
n, v = top(VN_YOY)
q("rate-row", "In which month of the first half of 2025 did Viet Nam's exports grow fastest year on year?", {"name": month_name(n)},
  f"GSO y-o-y row max = {n} {v}")
n, v = top(VN_YOY, reverse=False)
q("rate-row", "Which month of January-June 2025 had the weakest year-on-year export growth for Viet Nam?", {"name": month_name(n)},
  f"GSO y-o-y row min = {n} {v}")
q("rate-row", "What was the year-on-year growth of Viet Nam's exports in June 2025 (preliminary)?", val(VN_YOY["2025-06"], "%"),
  "GSO y-o-y row, Jun 2025 (p)")
a = VN_YOY["2025-06"] - VN_YOY["2025-05"]
q("rate-row", "By how many percentage points did Viet Nam's year-on-year export growth change from May to June 2025?", val(a, "pp"),
  f"GSO y-o-y Jun {VN_YOY['2025-06']} - May {VN_YOY['2025-05']}")

# ================================================================== grouping
a = CN["ASEAN"][("h1", "exports")] - CN["Viet Nam"][("h1", "exports")] - CN["Singapore"][("h1", "exports")]
q("grouping", "What were China's exports to ASEAN other than Viet Nam and Singapore in January-June 2025?", val(a, RMB),
  "GACC Jan-Jun Exports ASEAN - Viet Nam - Singapore")
a = CN["European Union"][("h1", "imports")] - CN["Germany"][("h1", "imports")]
q("grouping", "What were China's imports from the European Union excluding Germany in January-June 2025?", val(a, RMB),
  "GACC Jan-Jun Imports European Union - Germany")
a = CN["Asia"][("jun", "exports")] - CN["Hong Kong, China"][("jun", "exports")] - CN["Japan"][("jun", "exports")]
q("grouping", "What were China's exports to Asia excluding Hong Kong, China and Japan in June 2025?", val(a, RMB),
  "GACC Jun Exports Asia - Hong Kong, China - Japan")
a = ON["European Union"][2025] - ON["Germany"][2025] - ON["Netherlands"][2025]
q("grouping", "How much did Ontario export to the European Union other than Germany and the Netherlands in 2025?", val(a, CAD),
  "Ontario EU 2025 - Germany - Netherlands (= published 'Other EU countries')")
a = CN["Europe"][("h1", "exports")] - CN["European Union"][("h1", "exports")]
q("grouping", "What were China's exports to European countries outside the European Union in January-June 2025?", val(a, RMB),
  "GACC Jan-Jun Exports Europe - European Union")
a = CN["Latin America"][("jun", "imports")] - CN["Brazil"][("jun", "imports")]
q("grouping", "What were China's imports from Latin America excluding Brazil in June 2025?", val(a, RMB),
  "GACC Jun Imports Latin America - Brazil")

# ================================================================== small-change
a, b = KR["Steel products"]["2025-03"], KR["Steel products"]["2024-03"]
q("small-change", "How much did Korea's steel product exports change year on year in March 2025?", val(pct(a, b), "%"),
  f"KR Steel products Mar 2025 {a} / Mar 2024 {b} - 1")
a, b = MX["2025-07"]["non"], MX["2024-07"]["non"]
q("small-change", "What was the year-on-year change in Mexico's non-petroleum exports in July 2025?", val(pct(a, b), "%"),
  f"MX non-petroleum Jul 2025 {a} / Jul 2024 {b} - 1")
a, b = NL["exports"]["France"][2023], NL["exports"]["France"][2022]
q("small-change", "By what percentage did Dutch exports to France change in 2023 compared with 2022?", val(pct(a, b), "%"),
  f"CBS exports France 2023 {a} / 2022 {b} - 1")
a, b = ON["Japan"][2025], ON["Japan"][2024]
q("small-change", "What was the percentage change in Ontario's exports to Japan in 2025 compared with 2024?", val(pct(a, b), "%"),
  f"Ontario Japan 2025 {a} / 2024 {b} - 1")
q("small-change", "What was the year-on-year change in China's total trade with the United Kingdom in January-June 2025?",
  val(CN["United Kingdom"][("yoy", "total")], "%"), "GACC United Kingdom Jan-Jun y-o-y Total, as published")
# the smallest absolute monthly y-o-y change among Korea's items other than steel in Jan-Jun 2025
cands = [(abs(pct(KR[i][f"2025-{m:02d}"], KR[i][f"2024-{m:02d}"])), i, m) for i in KR_ITEMS if i != "Steel products" for m in range(1, 7)]
_, item, m = min(cands)
a, b = KR[item][f"2025-{m:02d}"], KR[item][f"2024-{m:02d}"]
q("small-change", f"What was the year-on-year change in Korea's {item.lower()} exports in {MONTH_NAMES[m]} 2025?",
  val(pct(a, b), "%"), f"KR {item} {MONTH_NAMES[m]} 2025 {a} / 2024 {b} - 1")

# ================================================================== follow-up
q("follow-up", ["What were China's exports to Malaysia in January-June 2025?", "And to Thailand?"],
  val(CN["Thailand"][("h1", "exports")], RMB), "GACC Thailand Jan-Jun Exports")
q("follow-up", ["What were Mexico's total imports in May 2025?", "And in June?"],
  val(MX["2025-06"]["imp"], US), "MX imports June 2025")
q("follow-up", ["How much did the Netherlands export to Belgium in 2022?", "What about imports?"],
  val(NL["imports"]["Belgium"][2022], EUR), "CBS imports Belgium 2022")
a, b = KR["Ships"]["2025-02"], KR["Ships"]["2024-02"]
q("follow-up", ["What were Korea's ship exports in February 2025?", "How did it change year on year?"],
  val(pct(a, b), "%"), f"KR Ships Feb 2025 {a} / Feb 2024 {b} - 1")
q("follow-up", ["What were Ontario's exports to Mexico in 2024?", "What about the year before?"],
  val(ON["Mexico"][2023], CAD), "Ontario Mexico 2023")
q("follow-up", ["What were Viet Nam's footwear exports in March 2025?", "And in April?"],
  val(VN["Footwear"]["2025-04"], US), "GSO Footwear Apr 2025")
n, v = top({c: CN[c][("h1", "exports")] for c in COUNTRIES_CN}, 2)
q("follow-up", ["Which single country was China's largest export market in January-June 2025?", "And the second largest?"],
  {"name": [n, "Hong Kong"]}, f"GACC countries Jan-Jun Exports 2nd = {n} {v}")
a = CN["Brazil"][("h1", "exports")] - CN["Brazil"][("h1", "imports")]
q("follow-up", ["What was China's trade balance with Australia in January-June 2025?", "And with Brazil?"],
  val(a, RMB), "GACC Brazil Jan-Jun Exports - Imports (deficit)")
p = MX["2025-09"]
q("follow-up", ["What was Mexico's trade balance in September 2025?", "And total exports?"],
  val(p["pet"] + p["non"], US), "MX Sep 2025 petroleum + non-petroleum exports")
gp = pct(NL["exports"]["Poland"][2024], NL["exports"]["Poland"][2023])
gs = pct(NL["exports"]["Spain"][2024], NL["exports"]["Spain"][2023])
q("follow-up", ["What were the Netherlands' exports to Poland in 2024?", "And to Spain?", "Which of those grew faster compared with 2023?"],
  {"name": "Poland" if gp > gs else "Spain"}, f"CBS exports 2024/2023: Poland {gp:.2f}%, Spain {gs:.2f}%")

# ================================================================== refuse
R = {"kind": "refuse"}
for text, note in [
    ("What were Korea's cosmetics exports in March 2025?", "KR table lists no cosmetics item"),
    ("What were China's exports to Narnia in June 2025?", "no such partner"),
    ("What were Mexico's total imports in March 2023?", "MX table covers 2024-2025 only"),
    ("What were China's exports to Germany in March 2025?", "GACC table has only Jun 2025 and Jan-Jun 2025; March not derivable"),
    ("How much did the Netherlands export to Japan in 2024?", "CBS table does not list Japan (in 'Other countries')"),
    ("What were Ontario's imports from the United States in 2024?", "Ontario table has exports only"),
    ("What were Viet Nam's coffee exports in August 2025?", "GSO table ends June 2025"),
    ("What were Viet Nam's exports to the United States in May 2025?", "GSO table has commodities, no partners"),
    ("What were Korea's seasonally adjusted total exports in April 2025?", "KR table is not seasonally adjusted"),
    ("What were Mexico's exports to Canada in 2025?", "MX table has no partner breakdown"),
    ("What were Ontario's exports to the United States in 2019?", "Ontario table covers 2021-2025"),
]:
    Q.append(("refuse", text, "refuse", note))

# ------------------------------------------------------------------ write
lines, notes = [], ["# set4 expected values: how each was computed", "",
                    "Tables in tables/ (invented numbers). KR = kr_kita_exports_by_item_2024-2025.csv; MX = mx_inegi_balanza_comercial_2024-2025.csv; "
                    "GACC = cn_gacc_trade_by_country_2025-06.csv; CBS = nl_cbs_goods_trade_by_country_2020-2024.xlsx; "
                    "GSO = vn_gso_exports_main_commodities_2025.csv; Ontario = ca_on_merchandise_exports_by_destination_2021-2025.csv.", ""]
for i, (kind, text, expect, note) in enumerate(Q, 1):
    qid = f"s4q{i:03d}"
    obj = {"id": qid, "kind": kind}
    if isinstance(text, list):
        obj["conversation"] = text
    else:
        obj["question"] = text
    obj["expect"] = expect
    lines.append(json.dumps(obj, ensure_ascii=False))

    def show(e):
        if e == "refuse":
            return "refuse"
        if isinstance(e, list):
            return " ; ".join(show(x) for x in e)
        parts = []
        if "verdict" in e:
            parts.append(e["verdict"])
        if "value" in e:
            parts.append(f"{e['value']} {e['unit']}")
        if "name" in e:
            parts.append(f"name={e['name']}")
        return ", ".join(parts)
    notes.append(f"- {qid} [{kind}] {note} -> {show(expect)}")
(HERE / "questions.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
(HERE / "NOTES.md").write_text("\n".join(notes) + "\n", encoding="utf-8")
from collections import Counter
print(len(Q), Counter(k for k, *_ in Q))
print("multi-turn:", sum(isinstance(t, list) for _, t, *_ in Q))
