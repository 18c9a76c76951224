"""QA set 2: reads the tables in ./tables with csv/openpyxl only, computes every expected
value independently, and writes questions.jsonl (and NOTES.md).

Run: python compute_expected.py   (needs openpyxl)
"""
import csv
import datetime as dt
import json
import math
from pathlib import Path

from openpyxl import load_workbook

HERE = Path(__file__).resolve().parent
T = HERE / "tables"


# ------------------------------------------------------------------ readers
def num(s):
    if s is None:
        return None
    if isinstance(s, (int, float)):
        return float(s)
    s = str(s).strip().replace(",", "")
    for mark in (" p", "p"):
        if s.endswith(mark):
            s = s[: -len(mark)].strip()
    if s in ("", ":", "..", "-"):
        return None
    return float(s)


def read_csv(name):
    with open(T / name, newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


def load_japan():
    wb = load_workbook(T / "jp_mof_trade_by_area_2025-03.xlsx", data_only=True)
    out = {}
    for sheet, key in (("Mar 2025", "2025-03"), ("Jan-Mar 2025", "2025-Q1")):
        ws = wb[sheet]
        rows = list(ws.iter_rows(values_only=True))
        start = next(i for i, r in enumerate(rows) if r[1] == "Value") + 1
        d = {}
        for r in rows[start:]:
            if r[0] is None:
                break
            d[r[0]] = dict(zip(("exp", "exp_pct", "imp", "imp_pct", "bal", "bal_diff"), map(num, r[1:7])))
        out[key] = d
    return out


def load_korea():
    rows = read_csv("kr_customs_exports_imports_by_country_2024.csv")
    out = {}
    cur = None
    for r in rows:
        if not r or not r[0] and len(r) < 2:
            continue
        if r[0].startswith("Korea's exports"):
            cur = out.setdefault("exports", {})
            continue
        if r[0].startswith("Korea's imports"):
            cur = out.setdefault("imports", {})
            continue
        if cur is None or r[0].startswith(("*", "(", "Source", "Destination", "Origin")) or r[0] == "":
            continue
        cur[r[0]] = {"2023": num(r[1]), "rate2023": num(r[2]), "2024": num(r[3]), "rate2024": num(r[4]),
                     "share2024": num(r[5])}
    return out


def load_italy():
    rows = read_csv("estat_ext_st_eu27_2020sitc_IT_annual.csv")
    h = next(i for i, r in enumerate(rows) if r and r[0] == "stk_flow")
    years = rows[h][3:]
    out = {"EXP": {}, "IMP": {}, "label": {}}
    for r in rows[h + 1:]:
        if not r or not r[0]:
            break
        out[r[0]][r[1]] = {y: num(v) for y, v in zip(years, r[3:])}
        out["label"][r[1]] = r[2]
    return out


def load_abs():
    wb = load_workbook(T / "abs_5368_table3_goods_credits_debits.xlsx", data_only=True)
    rows = list(wb["Data1"].iter_rows(values_only=True))
    names = rows[0][1:]
    sid = next(r for r in rows if r[0] == "Series ID")
    start = rows.index(sid) + 1
    out = {}
    for r in rows[start:]:
        d = r[0]
        if not isinstance(d, dt.datetime):
            continue
        q = f"{d.year}Q{(d.month - 1) // 3 + 1}"
        for n, v in zip(names, r[1:]):
            out.setdefault(n, {})[q] = num(v)
    return out


def load_vietnam():
    rows = read_csv("comtrade_vnm_by_partner_2021-2023.csv")
    head = rows[1]
    out = {}
    for r in rows[2:]:
        rec = dict(zip(head, r))
        out[(rec["flowDesc"], rec["partnerDesc"], rec["period"])] = num(rec["primaryValue"])
    return out


def load_canada():
    rows = read_csv("statcan_12100011_principal_partners_monthly.csv")
    h = next(i for i, r in enumerate(rows) if r and r[0] == "Trade")
    months = rows[h][4:]
    out = {}
    for r in rows[h + 1:]:
        if not r or not r[0]:
            break
        out[(r[0], r[2], r[3])] = {m: num(v) for m, v in zip(months, r[4:])}
    return out


def load_chile():
    rows = read_csv("bcch_exports_by_product_2020-2024.csv")
    h = next(i for i, r in enumerate(rows) if r and r[0] == "Product")
    years = [y[:4] for y in rows[h][1:]]
    out = {}
    for r in rows[h + 1:]:
        if not r or not r[0]:
            break
        out[r[0].strip()] = {y: num(v) for y, v in zip(years, r[1:])}
    return out


def load_nz():
    rows = read_csv("statsnz_exports_by_country_annual_dec.csv")
    h = next(i for i, r in enumerate(rows) if len(r) > 3 and r[1] == "Total All Countries")
    cols = rows[h][1:]
    out = {c: {} for c in cols}
    for r in rows[h + 1:]:
        if not r or not r[0]:
            break
        for c, v in zip(cols, r[1:]):
            out[c][r[0]] = num(v)
    return out


def load_all():
    return {"jp": load_japan(), "kr": load_korea(), "it": load_italy(), "au": load_abs(),
            "vn": load_vietnam(), "ca": load_canada(), "cl": load_chile(), "nz": load_nz()}


# ------------------------------------------------------------------ helpers for expectations
JPY = "JPY 100 million"
KRU = "US$ million"     # Korea Customs Service table
EUR = "EUR million"     # Eurostat extract (Italy)
AUD = "A$ million"      # ABS table 3 ("$ Millions", Australian dollars)
USD = "US$"             # UN Comtrade primaryValue
CAD = "C$ million"      # Statistics Canada 12-10-0011-01
CLU = "US$ million"     # Banco Central de Chile
NZD = "NZ$ million"     # Stats NZ


def v(value, unit, nd=1, tol=None):
    e = {"value": round(value, nd), "unit": unit}
    if unit == USD:                      # whole dollars: allow a display rounded to 3 significant digits
        e["value"] = round(value)
        e["tolerance"] = round(abs(value) * 0.0025)
    elif tol is not None:
        e["tolerance"] = tol
    return e


def p(value, tol=0.06):
    return {"value": round(value, 2), "unit": "%", "tolerance": tol}


def chg(new, old):
    return (new / old - 1) * 100


def share(part, whole):
    return part / whole * 100


def cagr(first, last, years):
    return ((last / first) ** (1 / years) - 1) * 100


def f0(x):
    return f"{x:,.0f}"


def f1(x):
    return f"{x:,.1f}"


def f2(x):
    return f"{x:,.2f}"


# shorthand accessors (all values read from the files)
def JP(D, period, area, item):
    return D["jp"][period][area][item]


def KR(D, flow, partner, item):
    return D["kr"][flow][partner][item]


def IT(D, flow, code, year):
    return D["it"][flow][code][str(year)]


def IT_TOTAL(D, flow, year):
    return IT(D, flow, "EU27_2020", year) + IT(D, flow, "EXT_EU27_2020", year)


AU_CR = ["Goods Credits ;  General merchandise ;  Rural goods ;",
         "Goods Credits ;  General merchandise ;  Non-rural goods ;",
         "Goods Credits ;  Net exports of goods under merchanting ;",
         "Goods Credits ;  Non-monetary gold ;"]
AU_DB = ["Goods Debits ;  General merchandise ;  Consumption goods ;",
         "Goods Debits ;  General merchandise ;  Capital goods ;",
         "Goods Debits ;  General merchandise ;  Intermediate and other merchandise goods ;",
         "Goods Debits ;  Non-monetary gold ;"]
AU_BAL = "Balance on goods ;"


def AU(D, series, q):
    return D["au"][series][q]


def AU_CREDITS(D, q):
    return sum(AU(D, s, q) for s in AU_CR)


def AU_DEBITS(D, q):
    return sum(AU(D, s, q) for s in AU_DB)


def VN(D, flow, partner, year):
    return D["vn"][(flow, partner, str(year))]


def CA(D, trade, adj, partner, month):
    return D["ca"][(trade, adj, partner)][month]


def CL(D, item, year):
    return D["cl"][item][str(year)]


def NZ(D, partner, year):
    return D["nz"][partner][str(year)]


NZ_CN = "China, People's Republic of"
NZ_US = "United States of America"
NZ_KR = "Korea, Republic of"
SA, NSA = "Seasonally adjusted", "Unadjusted"


# ------------------------------------------------------------------ the questions (written by hand)
# Each entry: kind, question (str) or conversation (list), and a function D -> (expect, note).
def _q_lookup():
    return [
        ("lookup", "In Japan's Ministry of Finance release for March 2025, what was the value of exports to the USA?",
         lambda D: (v(JP(D, "2025-03", "USA", "exp"), JPY, 0),
                    f"JP sheet 'Mar 2025', row USA, Exports Value = {f0(JP(D, '2025-03', 'USA', 'exp'))} (100 million yen)")),
        ("lookup", "How much did Korea import from Australia in 2024, according to the Korea Customs Service?",
         lambda D: (v(KR(D, "imports", "Australia", "2024"), KRU, 0),
                    f"KR imports-by-origin table, Australia, 2024 Amount = {f0(KR(D, 'imports', 'Australia', '2024'))}")),
        ("lookup", "What was the value of Italy's exports to Switzerland in 2023 in the Eurostat extract?",
         lambda D: (v(IT(D, "EXP", "CH", 2023), EUR),
                    f"Eurostat IT, EXP, partner CH, 2023 = {f1(IT(D, 'EXP', 'CH', 2023))}")),
        ("lookup", "What were Australia's goods credits for non-monetary gold in the September quarter 2024?",
         lambda D: (v(AU(D, AU_CR[3], "2024Q3"), AUD, 0),
                    f"ABS Data1, 'Goods Credits ; Non-monetary gold', Sep-2024 = {f0(AU(D, AU_CR[3], '2024Q3'))}")),
        ("lookup", "According to UN Comtrade, what was the value of Viet Nam's imports from Japan in 2022?",
         lambda D: (v(VN(D, "Import", "Japan", 2022), USD),
                    f"Comtrade VNM, Import, partner Japan, 2022 primaryValue = {f0(VN(D, 'Import', 'Japan', 2022))}")),
        ("lookup", "What were Canada's unadjusted exports to the European Union in March 2025?",
         lambda D: (v(CA(D, "Export", NSA, "European Union", "March 2025"), CAD),
                    f"StatCan, Export / Unadjusted / European Union, March 2025 = {f1(CA(D, 'Export', NSA, 'European Union', 'March 2025'))}")),
        ("lookup", "What was the value of Chile's salmon and trout exports in 2023?",
         lambda D: (v(CL(D, "Salmon and trout", 2023), CLU),
                    f"BCCh table 2.3, Salmon and trout, 2023 = {f1(CL(D, 'Salmon and trout', 2023))}")),
        ("lookup", "How much did New Zealand export to Japan in the year ended December 2022?",
         lambda D: (v(NZ(D, "Japan", 2022), NZD),
                    f"Stats NZ, column Japan, 2022 = {f1(NZ(D, 'Japan', 2022))}")),
        ("lookup", "What were Japan's imports from the Middle East in January-March 2025?",
         lambda D: (v(JP(D, "2025-Q1", "Middle East", "imp"), JPY, 0),
                    f"JP sheet 'Jan-Mar 2025', Middle East, Imports Value = {f0(JP(D, '2025-Q1', 'Middle East', 'imp'))}")),
    ]


def _q_change():
    return [
        ("change", "By how much did Japan's exports to the EU change year on year in March 2025?",
         lambda D: (p(JP(D, "2025-03", "EU", "exp_pct")),
                    f"JP 'Mar 2025', EU, Exports % Change as published = {JP(D, '2025-03', 'EU', 'exp_pct')}")),
        ("change", "What was the percentage change in Italy's exports to China between 2023 and 2024?",
         lambda D: (p(chg(IT(D, "EXP", "CN", 2024), IT(D, "EXP", "CN", 2023))),
                    f"Eurostat IT EXP CN: {f1(IT(D, 'EXP', 'CN', 2024))} / {f1(IT(D, 'EXP', 'CN', 2023))} - 1 = {f2(chg(IT(D, 'EXP', 'CN', 2024), IT(D, 'EXP', 'CN', 2023)))}%")),
        ("change", "How much did Viet Nam's exports to the USA change in 2023 compared with 2022, in percent (UN Comtrade data)?",
         lambda D: (p(chg(VN(D, "Export", "USA", 2023), VN(D, "Export", "USA", 2022))),
                    f"Comtrade VNM Export USA: {f0(VN(D, 'Export', 'USA', 2023))} / {f0(VN(D, 'Export', 'USA', 2022))} - 1 = {f2(chg(VN(D, 'Export', 'USA', 2023), VN(D, 'Export', 'USA', 2022)))}%")),
        ("change", "What was the month-on-month change in Canada's seasonally adjusted exports to the United States in April 2025?",
         lambda D: (p(chg(CA(D, "Export", SA, "United States", "April 2025"), CA(D, "Export", SA, "United States", "March 2025"))),
                    f"StatCan Export SA United States: April 2025 {f1(CA(D, 'Export', SA, 'United States', 'April 2025'))} / March 2025 {f1(CA(D, 'Export', SA, 'United States', 'March 2025'))} - 1")),
        ("change", "How fast did New Zealand's exports to the United States of America grow in 2024 over 2023?",
         lambda D: (p(chg(NZ(D, NZ_US, 2024), NZ(D, NZ_US, 2023))),
                    f"Stats NZ USA: {f1(NZ(D, NZ_US, 2024))} / {f1(NZ(D, NZ_US, 2023))} - 1 = {f2(chg(NZ(D, NZ_US, 2024), NZ(D, NZ_US, 2023)))}%")),
        ("change", "By what percentage did Chile's lithium carbonate exports change in 2024 versus 2023?",
         lambda D: (p(chg(CL(D, "Lithium carbonate", 2024), CL(D, "Lithium carbonate", 2023))),
                    f"BCCh Lithium carbonate: {f1(CL(D, 'Lithium carbonate', 2024))} / {f1(CL(D, 'Lithium carbonate', 2023))} - 1")),
        ("change", "What was the year-on-year growth rate of Korea's exports to Hong Kong in 2024?",
         lambda D: (p(KR(D, "exports", "Hong Kong", "rate2024")),
                    f"KR exports table, Hong Kong, 2024 Rate as published = {KR(D, 'exports', 'Hong Kong', 'rate2024')} (recomputed {f2(chg(KR(D, 'exports', 'Hong Kong', '2024'), KR(D, 'exports', 'Hong Kong', '2023')))}%)")),
        ("change", ["What were Australia's goods credits for rural goods in the December quarter 2024?",
                    "How did that compare with the December quarter 2023, in percent?"],
         lambda D: (p(chg(AU(D, AU_CR[0], "2024Q4"), AU(D, AU_CR[0], "2023Q4"))),
                    f"ABS rural goods credits: Dec-2024 {f0(AU(D, AU_CR[0], '2024Q4'))} / Dec-2023 {f0(AU(D, AU_CR[0], '2023Q4'))} - 1")),
    ]


def _q_sum():
    return [
        ("sum-of-parts", "What were Italy's total exports in 2024, counting both intra-EU and extra-EU trade?",
         lambda D: (v(IT_TOTAL(D, "EXP", 2024), EUR),
                    f"Eurostat IT EXP 2024: EU27_2020 {f1(IT(D, 'EXP', 'EU27_2020', 2024))} + EXT_EU27_2020 {f1(IT(D, 'EXP', 'EXT_EU27_2020', 2024))} (no world row in the extract)")),
        ("sum-of-parts", "What were Australia's total goods credits in the December quarter 2024?",
         lambda D: (v(AU_CREDITS(D, "2024Q4"), AUD, 0),
                    f"ABS Dec-2024: rural + non-rural + merchanting + non-monetary gold credits = {f0(AU_CREDITS(D, '2024Q4'))}")),
        ("sum-of-parts", "What were Australia's total goods debits over calendar year 2024?",
         lambda D: (v(sum(AU_DEBITS(D, q) for q in ("2024Q1", "2024Q2", "2024Q3", "2024Q4")), AUD, 0),
                    "ABS: sum of the four debit components over Mar-2024..Dec-2024 = "
                    + f0(sum(AU_DEBITS(D, q) for q in ("2024Q1", "2024Q2", "2024Q3", "2024Q4"))))),
        ("sum-of-parts", "What were Canada's seasonally adjusted exports to all countries in the first quarter of 2025, January to March combined?",
         lambda D: (v(sum(CA(D, "Export", SA, "All countries", m) for m in ("January 2025", "February 2025", "March 2025")), CAD),
                    "StatCan Export SA All countries: Jan + Feb + Mar 2025 = "
                    + f1(sum(CA(D, "Export", SA, "All countries", m) for m in ("January 2025", "February 2025", "March 2025"))))),
        ("sum-of-parts", "Over the five years 2020 to 2024 combined, how much did New Zealand export to Australia?",
         lambda D: (v(sum(NZ(D, "Australia", y) for y in range(2020, 2025)), NZD),
                    "Stats NZ Australia 2020..2024 summed = " + f1(sum(NZ(D, "Australia", y) for y in range(2020, 2025))))),
        ("sum-of-parts", "What were Chile's combined exports of fresh cherries and fresh grapes in 2024?",
         lambda D: (v(CL(D, "Fresh cherries", 2024) + CL(D, "Fresh grapes", 2024), CLU),
                    f"BCCh 2024: cherries {f1(CL(D, 'Fresh cherries', 2024))} + grapes {f1(CL(D, 'Fresh grapes', 2024))}")),
        ("sum-of-parts", "What was Viet Nam's total two-way merchandise trade (exports plus imports) with China in 2023, per UN Comtrade?",
         lambda D: (v(VN(D, "Export", "China", 2023) + VN(D, "Import", "China", 2023), USD),
                    f"Comtrade VNM 2023 China: Export {f0(VN(D, 'Export', 'China', 2023))} + Import {f0(VN(D, 'Import', 'China', 2023))}")),
        ("sum-of-parts", "What was Korea's total trade (exports plus imports) with the U.S.A. in 2024?",
         lambda D: (v(KR(D, "exports", "U.S.A.", "2024") + KR(D, "imports", "U.S.A.", "2024"), KRU, 0),
                    f"KR 2024 U.S.A.: exports {f0(KR(D, 'exports', 'U.S.A.', '2024'))} + imports {f0(KR(D, 'imports', 'U.S.A.', '2024'))}")),
    ]


def _q_identity():
    nz_listed = [c for c in ("China, People's Republic of", "Australia", "United States of America", "Japan",
                             "Korea, Republic of", "Viet Nam", "Singapore", "India", "Türkiye", "United Kingdom")]
    return [
        ("identity", "What was Korea's trade balance with China in 2024 (exports minus imports)?",
         lambda D: (v(KR(D, "exports", "China", "2024") - KR(D, "imports", "China", "2024"), KRU, 0),
                    f"KR 2024 China: exports {f0(KR(D, 'exports', 'China', '2024'))} - imports {f0(KR(D, 'imports', 'China', '2024'))} (deficit)")),
        ("identity", "What was Italy's trade balance with the United States in 2023?",
         lambda D: (v(IT(D, "EXP", "US", 2023) - IT(D, "IMP", "US", 2023), EUR),
                    f"Eurostat IT US 2023: EXP {f1(IT(D, 'EXP', 'US', 2023))} - IMP {f1(IT(D, 'IMP', 'US', 2023))}")),
        ("identity", "Given Australia's published balance on goods for the September quarter 2024, what were its total goods debits that quarter?",
         lambda D: (v(AU_CREDITS(D, "2024Q3") - AU(D, AU_BAL, "2024Q3"), AUD, 0),
                    f"ABS Sep-2024: total credits {f0(AU_CREDITS(D, '2024Q3'))} - balance {f0(AU(D, AU_BAL, '2024Q3'))} = {f0(AU_CREDITS(D, '2024Q3') - AU(D, AU_BAL, '2024Q3'))}; equals the sum of debit components {f0(AU_DEBITS(D, '2024Q3'))}")),
        ("identity", "What were Japan's exports to China in January and February 2025 combined?",
         lambda D: (v(JP(D, "2025-Q1", "of which China", "exp") - JP(D, "2025-03", "of which China", "exp"), JPY, 0),
                    f"JP: Jan-Mar 2025 China exports {f0(JP(D, '2025-Q1', 'of which China', 'exp'))} - March 2025 {f0(JP(D, '2025-03', 'of which China', 'exp'))}")),
        ("identity", "According to UN Comtrade, what was Viet Nam's trade balance with the Republic of Korea in 2022?",
         lambda D: (v(VN(D, "Export", "Rep. of Korea", 2022) - VN(D, "Import", "Rep. of Korea", 2022), USD),
                    f"Comtrade VNM 2022 Rep. of Korea: Export {f0(VN(D, 'Export', 'Rep. of Korea', 2022))} - Import {f0(VN(D, 'Import', 'Rep. of Korea', 2022))} (deficit)")),
        ("identity", "Japan's March 2025 release shows the trade balance with the EU and its difference from a year earlier. What was Japan's balance with the EU in March 2024?",
         lambda D: (v(JP(D, "2025-03", "EU", "bal") - JP(D, "2025-03", "EU", "bal_diff"), JPY, 0),
                    f"JP 'Mar 2025' EU: Balance {f0(JP(D, '2025-03', 'EU', 'bal'))} - Difference {f0(JP(D, '2025-03', 'EU', 'bal_diff'))}")),
        ("identity", "In 2024, how much did New Zealand export to destinations not shown separately in the Stats NZ table (Total All Countries minus the listed countries)?",
         lambda D: (v(NZ(D, "Total All Countries", 2024) - sum(NZ(D, c, 2024) for c in nz_listed), NZD),
                    f"Stats NZ 2024: Total {f1(NZ(D, 'Total All Countries', 2024))} - sum of the 10 listed countries {f1(sum(NZ(D, c, 2024) for c in nz_listed))}")),
    ]


def _q_share():
    return [
        ("share", "What share of Japan's exports went to China in March 2025?",
         lambda D: (p(share(JP(D, "2025-03", "of which China", "exp"), JP(D, "2025-03", "World", "exp"))),
                    f"JP 'Mar 2025': China {f0(JP(D, '2025-03', 'of which China', 'exp'))} / World {f0(JP(D, '2025-03', 'World', 'exp'))}")),
        ("share", "What share of Korea's 2024 exports went to Vietnam?",
         lambda D: (p(KR(D, "exports", "Vietnam", "share2024")),
                    f"KR exports 2024 Share column, Vietnam = {KR(D, 'exports', 'Vietnam', 'share2024')} (58,237/683,698)")),
        ("share", "What share of Viet Nam's 2023 imports came from China, according to UN Comtrade?",
         lambda D: (p(share(VN(D, "Import", "China", 2023), VN(D, "Import", "World", 2023))),
                    f"Comtrade VNM Import 2023: China {f0(VN(D, 'Import', 'China', 2023))} / World {f0(VN(D, 'Import', 'World', 2023))}")),
        ("share", "What percentage of New Zealand's 2024 exports went to China?",
         lambda D: (p(share(NZ(D, NZ_CN, 2024), NZ(D, "Total All Countries", 2024))),
                    f"Stats NZ 2024: China {f1(NZ(D, NZ_CN, 2024))} / Total All Countries {f1(NZ(D, 'Total All Countries', 2024))}")),
        ("share", "What was copper's share of Chile's total goods exports in 2024?",
         lambda D: (p(share(CL(D, "Copper", 2024), CL(D, "Total exports of goods", 2024))),
                    f"BCCh 2024: Copper {f1(CL(D, 'Copper', 2024))} / Total {f1(CL(D, 'Total exports of goods', 2024))}")),
        ("share", "What share of Canada's seasonally adjusted exports went to the United States in June 2025?",
         lambda D: (p(share(CA(D, "Export", SA, "United States", "June 2025"), CA(D, "Export", SA, "All countries", "June 2025"))),
                    f"StatCan Export SA June 2025: United States {f1(CA(D, 'Export', SA, 'United States', 'June 2025'))} / All countries {f1(CA(D, 'Export', SA, 'All countries', 'June 2025'))}")),
        ("share", "What share of Japan's January-March 2025 imports came from the Middle East?",
         lambda D: (p(share(JP(D, "2025-Q1", "Middle East", "imp"), JP(D, "2025-Q1", "World", "imp"))),
                    f"JP 'Jan-Mar 2025': Middle East imports {f0(JP(D, '2025-Q1', 'Middle East', 'imp'))} / World {f0(JP(D, '2025-Q1', 'World', 'imp'))}")),
        ("share", "What share of Korea's 2024 imports came from the Middle East?",
         lambda D: (p(KR(D, "imports", "Middle East", "share2024")),
                    f"KR imports 2024 Share column, Middle East = {KR(D, 'imports', 'Middle East', 'share2024')}")),
    ]


def _q_share_derived():
    au24 = ("2024Q1", "2024Q2", "2024Q3", "2024Q4")
    return [
        ("share-of-derived", "What share of Italy's total exports went to the United States in 2024?",
         lambda D: (p(share(IT(D, "EXP", "US", 2024), IT_TOTAL(D, "EXP", 2024))),
                    f"Eurostat IT 2024: US {f1(IT(D, 'EXP', 'US', 2024))} / (EU27_2020 + EXT_EU27_2020 = {f1(IT_TOTAL(D, 'EXP', 2024))})")),
        ("share-of-derived", "What share of Italy's 2023 imports came from outside the EU?",
         lambda D: (p(share(IT(D, "IMP", "EXT_EU27_2020", 2023), IT_TOTAL(D, "IMP", 2023))),
                    f"Eurostat IT IMP 2023: EXT_EU27_2020 {f1(IT(D, 'IMP', 'EXT_EU27_2020', 2023))} / total {f1(IT_TOTAL(D, 'IMP', 2023))}")),
        ("share-of-derived", "What share of Australia's total goods credits in the December quarter 2024 were rural goods?",
         lambda D: (p(share(AU(D, AU_CR[0], "2024Q4"), AU_CREDITS(D, "2024Q4"))),
                    f"ABS Dec-2024: rural {f0(AU(D, AU_CR[0], '2024Q4'))} / total credits {f0(AU_CREDITS(D, '2024Q4'))}")),
        ("share-of-derived", "What share of Australia's total goods debits in the March quarter 2024 were capital goods?",
         lambda D: (p(share(AU(D, AU_DB[1], "2024Q1"), AU_DEBITS(D, "2024Q1"))),
                    f"ABS Mar-2024: capital goods {f0(AU(D, AU_DB[1], '2024Q1'))} / total debits {f0(AU_DEBITS(D, '2024Q1'))}")),
        ("share-of-derived", "What share of Italy's 2022 exports went to Germany?",
         lambda D: (p(share(IT(D, "EXP", "DE", 2022), IT_TOTAL(D, "EXP", 2022))),
                    f"Eurostat IT 2022: DE {f1(IT(D, 'EXP', 'DE', 2022))} / total {f1(IT_TOTAL(D, 'EXP', 2022))}")),
        ("share-of-derived", "For calendar year 2024 as a whole, what share of Australia's total goods credits was non-monetary gold?",
         lambda D: (p(share(sum(AU(D, AU_CR[3], q) for q in au24), sum(AU_CREDITS(D, q) for q in au24))),
                    f"ABS 2024: gold credits {f0(sum(AU(D, AU_CR[3], q) for q in au24))} / total credits {f0(sum(AU_CREDITS(D, q) for q in au24))}")),
    ]


def _q_cagr():
    return [
        ("cagr", "What was the compound annual growth rate of Italy's exports to the United States from 2020 to 2024?",
         lambda D: (p(cagr(IT(D, "EXP", "US", 2020), IT(D, "EXP", "US", 2024), 4)),
                    f"Eurostat IT EXP US: ({f1(IT(D, 'EXP', 'US', 2024))}/{f1(IT(D, 'EXP', 'US', 2020))})^(1/4) - 1")),
        ("cagr", "What was the compound annual growth rate of Chile's copper exports between 2020 and 2024?",
         lambda D: (p(cagr(CL(D, "Copper", 2020), CL(D, "Copper", 2024), 4)),
                    f"BCCh Copper: ({f1(CL(D, 'Copper', 2024))}/{f1(CL(D, 'Copper', 2020))})^(1/4) - 1")),
        ("cagr", "At what compound annual rate did New Zealand's total merchandise exports grow from 2020 to 2024?",
         lambda D: (p(cagr(NZ(D, "Total All Countries", 2020), NZ(D, "Total All Countries", 2024), 4)),
                    f"Stats NZ Total All Countries: ({f1(NZ(D, 'Total All Countries', 2024))}/{f1(NZ(D, 'Total All Countries', 2020))})^(1/4) - 1")),
        ("cagr", "What was the compound annual growth rate of Viet Nam's exports to India from 2021 to 2023, using UN Comtrade data?",
         lambda D: (p(cagr(VN(D, "Export", "India", 2021), VN(D, "Export", "India", 2023), 2)),
                    f"Comtrade VNM Export India: ({f0(VN(D, 'Export', 'India', 2023))}/{f0(VN(D, 'Export', 'India', 2021))})^(1/2) - 1")),
        ("cagr", "What was the compound annual growth rate of Italy's total imports (intra-EU plus extra-EU) from 2020 to 2024?",
         lambda D: (p(cagr(IT_TOTAL(D, "IMP", 2020), IT_TOTAL(D, "IMP", 2024), 4)),
                    f"Eurostat IT IMP totals (EU27_2020 + EXT_EU27_2020): 2020 {f1(IT_TOTAL(D, 'IMP', 2020))}, 2024 {f1(IT_TOTAL(D, 'IMP', 2024))}; (2024/2020)^(1/4) - 1")),
        ("cagr", "Over 2020-2024, what was the compound annual growth rate of New Zealand's exports to Viet Nam?",
         lambda D: (p(cagr(NZ(D, "Viet Nam", 2020), NZ(D, "Viet Nam", 2024), 4)),
                    f"Stats NZ Viet Nam: ({f1(NZ(D, 'Viet Nam', 2024))}/{f1(NZ(D, 'Viet Nam', 2020))})^(1/4) - 1")),
    ]


def _q_mean_rates():
    ca_m = ["December 2024", "January 2025", "February 2025", "March 2025", "April 2025", "May 2025", "June 2025"]
    jp_asia = ["of which China", "of which ASEAN", "of which Republic of Korea", "of which Taiwan", "of which Hong Kong"]

    def ca_mean(D):
        s = [CA(D, "Export", SA, "All countries", m) for m in ca_m]
        r = [chg(b, a) for a, b in zip(s, s[1:])]
        return sum(r) / len(r), r

    def nz_mean(D):
        r = [chg(NZ(D, "Australia", y), NZ(D, "Australia", y - 1)) for y in range(2021, 2025)]
        return sum(r) / len(r), r

    return [
        ("mean-of-rates", "What is the simple average of the annual change rates the Banco Central de Chile table publishes for total exports in 2021, 2022, 2023 and 2024?",
         lambda D: (p(sum(CL(D, "Annual change (%)", y) for y in range(2021, 2025)) / 4),
                    "BCCh 'Annual change (%)' row, mean of " + ", ".join(str(CL(D, "Annual change (%)", y)) for y in range(2021, 2025)))),
        ("mean-of-rates", "Taking the Korea Customs Service's published rates, what was the simple average of Korea's export growth to China in 2023 and 2024?",
         lambda D: (p((KR(D, "exports", "China", "rate2023") + KR(D, "exports", "China", "rate2024")) / 2),
                    f"KR exports China Rate: mean of {KR(D, 'exports', 'China', 'rate2023')} and {KR(D, 'exports', 'China', 'rate2024')}")),
        ("mean-of-rates", "What was the average month-on-month change in Canada's seasonally adjusted exports to all countries over January to June 2025?",
         lambda D: (p(ca_mean(D)[0]),
                    "StatCan Export SA All countries: mean of the six m-o-m rates Jan..Jun 2025 (Jan vs Dec 2024) = mean(" + ", ".join(f2(x) for x in ca_mean(D)[1]) + ")")),
        ("mean-of-rates", "In Japan's March 2025 release, what is the unweighted average of the year-on-year export growth rates for the Asian partners listed as 'of which' (China, ASEAN, Republic of Korea, Taiwan and Hong Kong)?",
         lambda D: (p(sum(JP(D, "2025-03", a, "exp_pct") for a in jp_asia) / 5),
                    "JP 'Mar 2025' Exports % Change, mean of " + ", ".join(str(JP(D, "2025-03", a, "exp_pct")) for a in jp_asia))),
        ("mean-of-rates", "What was the simple average of the four annual growth rates of New Zealand's exports to Australia from 2021 to 2024?",
         lambda D: (p(nz_mean(D)[0]),
                    "Stats NZ Australia y-o-y rates 2021..2024 = " + ", ".join(f2(x) for x in nz_mean(D)[1]) + "; simple mean")),
    ]


JP_COUNTRIES = {"of which China": ["China"], "of which Republic of Korea": ["Republic of Korea", "Korea"],
                "of which Taiwan": ["Taiwan"], "of which Hong Kong": ["Hong Kong"], "USA": ["USA", "United States"],
                "of which Australia": ["Australia"]}
KR_REGIONS = {"Total", "ASEAN", "EU", "Middle East", "Latin America"}
KR_NAMES = {"U.S.A.": ["U.S.A.", "United States", "USA"], "Vietnam": ["Vietnam", "Viet Nam"]}
IT_AGG = {"EU27_2020", "EXT_EU27_2020"}
IT_NAMES = {"US": ["United States", "US"], "DE": ["Germany", "DE"], "CN": ["China", "CN"]}
VN_NAMES = {"Rep. of Korea": ["Rep. of Korea", "Korea", "South Korea", "Republic of Korea"], "China": ["China"],
            "India": ["India"], "USA": ["USA", "United States"]}
NZ_NAMES = {NZ_CN: [NZ_CN, "China"], "Australia": ["Australia"]}


def top(d, exclude=(), n=1):
    items = sorted(((val, k) for k, val in d.items() if k not in exclude), reverse=True)
    return items[n - 1][1], items


def names(key, table):
    return table.get(key, [key])


def _q_rank():
    def jp_largest(D):
        d = {k: JP(D, "2025-03", k, "exp") for k in JP_COUNTRIES}
        return top(d)

    def kr_fastest(D):
        return top({k: r["rate2024"] for k, r in D["kr"]["exports"].items() if k != "Total"})

    def vn_imp(D):
        return top({p_: VN(D, "Import", p_, 2023) for (f, p_, y) in D["vn"] if f == "Import" and y == "2023" and p_ != "World"})

    def it_extra(D):
        extra = ["US", "CH", "GB", "CN", "TR", "JP", "KR"]
        return top({c: IT(D, "EXP", c, 2024) for c in extra})

    def cl_sector(D):
        secs = ["Mining", "Agriculture, fruit-growing, livestock, forestry and fishing", "Industry"]
        d = {s: -CL(D, s, 2024) for s in secs}
        return top(d)

    def nz_top(D):
        return top({c: NZ(D, c, 2023) for c in D["nz"] if c != "Total All Countries"})

    def ca_month(D):
        return top(D["ca"][("Export", SA, "All countries")])

    def vn_growth(D):
        d = {p_: chg(VN(D, "Export", p_, 2023), VN(D, "Export", p_, 2022))
             for (f, p_, y) in D["vn"] if f == "Export" and y == "2023" and p_ != "World"}
        return top(d)

    def kr_three(D):
        return top({k: KR(D, "exports", k, "rate2024") for k in ("Japan", "Taiwan", "India")})

    def res(fn, nametable=None, fmt_=f1, sign=1):
        def inner(D):
            best, items = fn(D)
            lst = names(best, nametable or {})
            return {"name": lst if len(lst) > 1 else lst[0]}, f"{best} first: " + "; ".join(f"{k} {fmt_(sign * val)}" for val, k in items[:4])
        return inner

    return [
        ("rank", "Which single country was Japan's largest export destination in March 2025?",
         res(jp_largest, JP_COUNTRIES, f0)),
        ("rank", "In the Korea Customs Service table, which destination recorded the highest export growth rate in 2024?",
         res(kr_fastest)),
        ("rank", "Which partner was Viet Nam's largest source of imports in 2023, according to UN Comtrade?",
         res(vn_imp, VN_NAMES, f0)),
        ("rank", "Which individual non-EU country bought the most Italian goods in 2024?",
         res(it_extra, IT_NAMES)),
        ("rank", "Of Chile's three export sectors (mining; agriculture, fruit-growing, livestock, forestry and fishing; industry), which exported the least in 2024?",
         res(cl_sector, {"Agriculture, fruit-growing, livestock, forestry and fishing":
                         ["Agriculture, fruit-growing, livestock, forestry and fishing", "Agriculture"]}, f1, -1)),
        ("rank", "What was New Zealand's top export destination in 2023?",
         res(nz_top, NZ_NAMES)),
        ("rank", "In which month between July 2024 and June 2025 were Canada's seasonally adjusted exports to all countries highest?",
         res(ca_month)),
        ("rank", "Which partner in the UN Comtrade extract saw the fastest growth in Viet Nam's exports in 2023 compared with 2022?",
         res(vn_growth, VN_NAMES, f2)),
        ("rank", ["What were the growth rates of Korea's exports to Japan, Taiwan and India in 2024?",
                  "Which of those grew fastest?"],
         res(kr_three)),
    ]


def _q_rank_excl():
    def jp_ex_usa(D):
        return top({k: JP(D, "2025-03", k, "exp") for k in JP_COUNTRIES if k != "USA"})

    def kr_countries(D, excl=(), n=1):
        return top({k: r["2024"] for k, r in D["kr"]["exports"].items() if k not in KR_REGIONS and k not in excl}, n=n)

    def cl_named(D):
        prods = ["Copper", "Iron ore", "Lithium carbonate", "Molybdenum", "Gold", "Fresh cherries", "Fresh grapes",
                 "Salmon and trout", "Cellulose", "Wine", "Methanol"]
        return top({k: CL(D, k, 2024) for k in prods}, n=2)

    def vn_ex_china(D):
        return top({p_: VN(D, "Import", p_, 2023) for (f, p_, y) in D["vn"]
                    if f == "Import" and y == "2023" and p_ not in ("World", "China")})

    def it_ex_de(D):
        return top({c: IT(D, "EXP", c, 2024) for c in D["it"]["EXP"] if c not in IT_AGG | {"DE"}})

    def nz_ex_cn(D):
        return top({c: NZ(D, c, 2024) for c in D["nz"] if c not in ("Total All Countries", NZ_CN)})

    def res(fn, nametable=None, fmt_=f1):
        def inner(D):
            best, items = fn(D)
            lst = names(best, nametable or {})
            return {"name": lst if len(lst) > 1 else lst[0]}, "ranking: " + "; ".join(f"{k} {fmt_(val)}" for val, k in items[:4]) + f" -> {best}"
        return inner

    return [
        ("rank-exclusion", "Apart from the USA, which country was Japan's biggest export market in March 2025? Leave out regional groupings such as Asia, ASEAN and the EU.",
         res(jp_ex_usa, JP_COUNTRIES, f0)),
        ("rank-exclusion", "Leaving China aside, which single country was Korea's largest export destination in 2024?",
         res(lambda D: kr_countries(D, excl=("China",)), KR_NAMES, f0)),
        ("rank-exclusion", "Excluding the regional totals (ASEAN, EU, Middle East, Latin America), which country was Korea's third-largest export destination in 2024?",
         res(lambda D: kr_countries(D, n=3), KR_NAMES, f0)),
        ("rank-exclusion", "Ignoring the 'other' catch-all lines and the sector totals, which product was Chile's second-largest export in 2024?",
         res(cl_named)),
        ("rank-exclusion", "Other than China, which partner supplied the most of Viet Nam's imports in 2023 (UN Comtrade)?",
         res(vn_ex_china, VN_NAMES, f0)),
        ("rank-exclusion", "Setting aside the EU aggregates and Germany, which partner took the most Italian exports in 2024?",
         res(it_ex_de, IT_NAMES)),
        ("rank-exclusion", "Apart from China, which was New Zealand's largest export market in 2024?",
         res(nz_ex_cn, NZ_NAMES)),
    ]


def _q_existence():
    gold_db = AU_DB[3]
    return [
        ("existence", "Did Japan run a trade deficit with the EU in March 2025?",
         lambda D: ({"verdict": "yes" if JP(D, "2025-03", "EU", "bal") < 0 else "no"},
                    f"JP 'Mar 2025' EU Balance = {f0(JP(D, '2025-03', 'EU', 'bal'))} (<0 -> deficit)")),
        ("existence", "Did Korea's exports to Japan exceed US$30 billion in 2024?",
         lambda D: ({"verdict": "yes" if KR(D, "exports", "Japan", "2024") > 30000 else "no"},
                    f"KR exports Japan 2024 = {f0(KR(D, 'exports', 'Japan', '2024'))} US$ million vs 30,000")),
        ("existence", "Does the Korea Customs Service table give a figure for Korea's exports to Brazil?",
         lambda D: ({"verdict": "yes" if "Brazil" in D["kr"]["exports"] else "no"},
                    "KR exports table rows: " + ", ".join(D["kr"]["exports"]) + " -> no Brazil row (only Latin America)")),
        ("existence", "Did Canada record a seasonally adjusted merchandise trade surplus with all countries in February 2025?",
         lambda D: ({"verdict": "yes" if CA(D, "Trade Balance", SA, "All countries", "February 2025") > 0 else "no"},
                    f"StatCan Trade Balance SA All countries Feb 2025 = {f1(CA(D, 'Trade Balance', SA, 'All countries', 'February 2025'))}")),
        ("existence", "Was there any quarter in 2023 or 2024 in which Australia's non-monetary gold debits exceeded A$4,000 million?",
         lambda D: ({"verdict": "yes" if any(x > 4000 for x in D["au"][gold_db].values()) else "no"},
                    "ABS gold debits: " + ", ".join(f"{q} {f0(x)}" for q, x in D["au"][gold_db].items()))),
        ("existence", "Did New Zealand's exports to the United Kingdom fall in 2021?",
         lambda D: ({"verdict": "yes" if NZ(D, "United Kingdom", 2021) < NZ(D, "United Kingdom", 2020) else "no"},
                    f"Stats NZ UK: 2020 {f1(NZ(D, 'United Kingdom', 2020))} -> 2021 {f1(NZ(D, 'United Kingdom', 2021))}")),
        ("existence", "In 2023, were Viet Nam's exports to the Netherlands larger than its exports to Hong Kong (UN Comtrade)?",
         lambda D: ({"verdict": "yes" if VN(D, "Export", "Netherlands", 2023) > VN(D, "Export", "China, Hong Kong SAR", 2023) else "no"},
                    f"Comtrade VNM Export 2023: Netherlands {f0(VN(D, 'Export', 'Netherlands', 2023))} vs China, Hong Kong SAR {f0(VN(D, 'Export', 'China, Hong Kong SAR', 2023))}")),
    ]


def _q_claim():
    def verdict(ok):
        return "supported" if ok else "contradicted"

    return [
        ("claim", "A newspaper says Italy's exports to Türkiye rose by more than 10% in 2023. Is that right?",
         lambda D: ({"verdict": verdict(chg(IT(D, "EXP", "TR", 2023), IT(D, "EXP", "TR", 2022)) > 10),
                     **p(chg(IT(D, "EXP", "TR", 2023), IT(D, "EXP", "TR", 2022)))},
                    f"Eurostat IT EXP TR: {f1(IT(D, 'EXP', 'TR', 2023))}/{f1(IT(D, 'EXP', 'TR', 2022))} - 1 = {f2(chg(IT(D, 'EXP', 'TR', 2023), IT(D, 'EXP', 'TR', 2022)))}% > 10")),
        ("claim", "Is it true that Korea's total exports grew 8.1% in 2024?",
         lambda D: ({"verdict": verdict(round(KR(D, "exports", "Total", "rate2024"), 1) == 8.1),
                     **p(KR(D, "exports", "Total", "rate2024"))},
                    f"KR exports Total 2024 Rate = {KR(D, 'exports', 'Total', 'rate2024')} (recomputed {f2(chg(KR(D, 'exports', 'Total', '2024'), KR(D, 'exports', 'Total', '2023')))})")),
        ("claim", ["What were Japan's exports to the USA in March 2025?",
                   "A report says they rose 5.3% year on year. Is that correct?"],
         lambda D: ({"verdict": verdict(JP(D, "2025-03", "USA", "exp_pct") == 5.3), **p(JP(D, "2025-03", "USA", "exp_pct"))},
                    f"JP 'Mar 2025' USA Exports % Change = {JP(D, '2025-03', 'USA', 'exp_pct')} != 5.3")),
        ("claim", "Someone claims Chile's copper exports reached US$52.9 billion in 2024. Does the Banco Central table support that?",
         lambda D: ({"verdict": verdict(round(CL(D, "Copper", 2024) / 1000, 1) == 52.9), **v(CL(D, "Copper", 2024), CLU)},
                    f"BCCh Copper 2024 = {f1(CL(D, 'Copper', 2024))} US$ million = {CL(D, 'Copper', 2024) / 1000:.1f} bn != 52.9")),
        ("claim", "Is it correct that Viet Nam's imports from China fell about 6% in 2023, according to UN Comtrade?",
         lambda D: ({"verdict": verdict(round(chg(VN(D, "Import", "China", 2023), VN(D, "Import", "China", 2022))) == -6),
                     **p(chg(VN(D, "Import", "China", 2023), VN(D, "Import", "China", 2022)))},
                    f"Comtrade VNM Import China: {f0(VN(D, 'Import', 'China', 2023))}/{f0(VN(D, 'Import', 'China', 2022))} - 1 = {f2(chg(VN(D, 'Import', 'China', 2023), VN(D, 'Import', 'China', 2022)))}% ~ -6")),
        ("claim", "An analyst wrote that Canada's seasonally adjusted exports to the United Kingdom hit C$3.4 billion in April 2025. True?",
         lambda D: ({"verdict": verdict(round(CA(D, "Export", SA, "United Kingdom", "April 2025") / 1000, 1) == 3.4),
                     **v(CA(D, "Export", SA, "United Kingdom", "April 2025"), CAD)},
                    f"StatCan Export SA United Kingdom April 2025 = {f1(CA(D, 'Export', SA, 'United Kingdom', 'April 2025'))} C$ million ~ 3.4 bn")),
        ("claim", "A briefing says Australia's total goods credits in the December quarter 2024 were A$112.5 billion. Is that right?",
         lambda D: ({"verdict": verdict(round(AU_CREDITS(D, "2024Q4") / 1000, 1) == 112.5), **v(AU_CREDITS(D, "2024Q4"), AUD, 0)},
                    f"ABS Dec-2024 total credits (sum of 4 components) = {f0(AU_CREDITS(D, '2024Q4'))} = {AU_CREDITS(D, '2024Q4') / 1000:.1f} bn != 112.5")),
        ("claim", "Is it true that New Zealand's exports to China fell by 10% in 2024?",
         lambda D: ({"verdict": verdict(round(chg(NZ(D, NZ_CN, 2024), NZ(D, NZ_CN, 2023))) == -10),
                     **p(chg(NZ(D, NZ_CN, 2024), NZ(D, NZ_CN, 2023)))},
                    f"Stats NZ China: {f1(NZ(D, NZ_CN, 2024))}/{f1(NZ(D, NZ_CN, 2023))} - 1 = {f2(chg(NZ(D, NZ_CN, 2024), NZ(D, NZ_CN, 2023)))}% ~ -10")),
    ]


def _q_two_part():
    return [
        ("two-part", "What were Korea's imports from Taiwan in 2024, and by what rate did they grow?",
         lambda D: ([v(KR(D, "imports", "Taiwan", "2024"), KRU, 0), p(KR(D, "imports", "Taiwan", "rate2024"))],
                    f"KR imports Taiwan 2024 Amount {f0(KR(D, 'imports', 'Taiwan', '2024'))}, Rate {KR(D, 'imports', 'Taiwan', 'rate2024')}")),
        ("two-part", "What were Japan's total exports and total imports in March 2025?",
         lambda D: ([v(JP(D, "2025-03", "World", "exp"), JPY, 0), v(JP(D, "2025-03", "World", "imp"), JPY, 0)],
                    f"JP 'Mar 2025' World: Exports {f0(JP(D, '2025-03', 'World', 'exp'))}, Imports {f0(JP(D, '2025-03', 'World', 'imp'))}")),
        ("two-part", "What were Italy's extra-EU imports in 2022, and how much did they change from 2021 in percent?",
         lambda D: ([v(IT(D, "IMP", "EXT_EU27_2020", 2022), EUR),
                     p(chg(IT(D, "IMP", "EXT_EU27_2020", 2022), IT(D, "IMP", "EXT_EU27_2020", 2021)))],
                    f"Eurostat IT IMP EXT_EU27_2020: 2022 {f1(IT(D, 'IMP', 'EXT_EU27_2020', 2022))}; / 2021 {f1(IT(D, 'IMP', 'EXT_EU27_2020', 2021))} - 1")),
        ("two-part", "What were Canada's imports from Mexico in June 2025, unadjusted and seasonally adjusted?",
         lambda D: ([v(CA(D, "Import", NSA, "Mexico", "June 2025"), CAD), v(CA(D, "Import", SA, "Mexico", "June 2025"), CAD)],
                    f"StatCan Import Mexico June 2025: Unadjusted {f1(CA(D, 'Import', NSA, 'Mexico', 'June 2025'))}, SA {f1(CA(D, 'Import', SA, 'Mexico', 'June 2025'))} (both preliminary)")),
        ("two-part", "How much did Chile export in total in 2023, and what annual change does the Banco Central table report for that year?",
         lambda D: ([v(CL(D, "Total exports of goods", 2023), CLU), p(CL(D, "Annual change (%)", 2023))],
                    f"BCCh Total 2023 {f1(CL(D, 'Total exports of goods', 2023))}; Annual change (%) 2023 = {CL(D, 'Annual change (%)', 2023)}")),
        ("two-part", "According to UN Comtrade, what were Viet Nam's exports to Australia and its imports from Australia in 2023?",
         lambda D: ([v(VN(D, "Export", "Australia", 2023), USD), v(VN(D, "Import", "Australia", 2023), USD)],
                    f"Comtrade VNM 2023 Australia: Export {f0(VN(D, 'Export', 'Australia', 2023))}, Import {f0(VN(D, 'Import', 'Australia', 2023))}")),
    ]


def _q_alias():
    return [
        ("alias", "How much did Italy export to Turkey in 2024?",
         lambda D: (v(IT(D, "EXP", "TR", 2024), EUR), f"Turkey = TR / Türkiye; Eurostat IT EXP TR 2024 = {f1(IT(D, 'EXP', 'TR', 2024))} (provisional)")),
        ("alias", "What were New Zealand's exports to South Korea in 2023?",
         lambda D: (v(NZ(D, NZ_KR, 2023), NZD), f"South Korea = 'Korea, Republic of'; Stats NZ 2023 = {f1(NZ(D, NZ_KR, 2023))}")),
        ("alias", "What were Viet Nam's exports to Hong Kong in 2022, per UN Comtrade?",
         lambda D: (v(VN(D, "Export", "China, Hong Kong SAR", 2022), USD),
                    f"Hong Kong = 'China, Hong Kong SAR'; Comtrade VNM Export 2022 = {f0(VN(D, 'Export', 'China, Hong Kong SAR', 2022))}")),
        ("alias", "How much did Korea export to the United States in 2023?",
         lambda D: (v(KR(D, "exports", "U.S.A.", "2023"), KRU, 0), f"United States = 'U.S.A.'; KR exports 2023 = {f0(KR(D, 'exports', 'U.S.A.', '2023'))}")),
        ("alias", "What were New Zealand's exports to Vietnam in 2024?",
         lambda D: (v(NZ(D, "Viet Nam", 2024), NZD), f"Vietnam = 'Viet Nam'; Stats NZ 2024 = {f1(NZ(D, 'Viet Nam', 2024))}")),
        ("alias", "What were Italy's imports from Britain in 2022?",
         lambda D: (v(IT(D, "IMP", "GB", 2022), EUR), f"Britain = GB United Kingdom; Eurostat IT IMP GB 2022 = {f1(IT(D, 'IMP', 'GB', 2022))}")),
        ("alias", ["According to UN Comtrade, what were Viet Nam's imports from the Republic of Korea in 2023?",
                   "And from Turkey?"],
         lambda D: (v(VN(D, "Import", "Türkiye", 2023), USD), f"Turkey = 'Türkiye'; Comtrade VNM Import 2023 = {f0(VN(D, 'Import', 'Türkiye', 2023))}")),
        ("alias", "How much did Japan import from South Korea in March 2025?",
         lambda D: (v(JP(D, "2025-03", "of which Republic of Korea", "imp"), JPY, 0),
                    f"South Korea = 'of which Republic of Korea'; JP 'Mar 2025' Imports = {f0(JP(D, '2025-03', 'of which Republic of Korea', 'imp'))}")),
    ]


def _q_rate_row():
    return [
        ("rate-row", "What was the annual change in Chile's total goods exports in 2021, as published by the Banco Central de Chile?",
         lambda D: (p(CL(D, "Annual change (%)", 2021)), f"BCCh 'Annual change (%)' row under Total, 2021 = {CL(D, 'Annual change (%)', 2021)}")),
        ("rate-row", "By how much did Chile's total exports change in 2020 according to the Banco Central table?",
         lambda D: (p(CL(D, "Annual change (%)", 2020)), f"BCCh 'Annual change (%)' row, 2020 = {CL(D, 'Annual change (%)', 2020)} (2019 level not in the table; only the rate)")),
        ("rate-row", "What rate of change does the Korea Customs Service report for Korea's total imports in 2023?",
         lambda D: (p(KR(D, "imports", "Total", "rate2023")), f"KR imports Total, 2023 Rate = {KR(D, 'imports', 'Total', 'rate2023')} (2022 level not in the table)")),
        ("rate-row", "What was the published growth rate of Korea's exports to Singapore in 2023?",
         lambda D: (p(KR(D, "exports", "Singapore", "rate2023")), f"KR exports Singapore, 2023 Rate = {KR(D, 'exports', 'Singapore', 'rate2023')}")),
        ("rate-row", "What percentage change does Japan's Ministry of Finance table give for total imports in January-March 2025?",
         lambda D: (p(JP(D, "2025-Q1", "World", "imp_pct")), f"JP 'Jan-Mar 2025' World Imports % Change = {JP(D, '2025-Q1', 'World', 'imp_pct')}")),
        ("rate-row", "According to the Korea Customs Service, what was the growth rate of Korea's exports to Latin America in 2024?",
         lambda D: (p(KR(D, "exports", "Latin America", "rate2024")), f"KR exports Latin America, 2024 Rate = {KR(D, 'exports', 'Latin America', 'rate2024')}")),
    ]


def _q_grouping():
    jp_asia_listed = ["of which China", "of which ASEAN", "of which Republic of Korea", "of which Taiwan", "of which Hong Kong"]
    return [
        ("grouping", "What were Korea's exports to ASEAN in 2024?",
         lambda D: (v(KR(D, "exports", "ASEAN", "2024"), KRU, 0), f"KR exports ASEAN (regional total row) 2024 = {f0(KR(D, 'exports', 'ASEAN', '2024'))}")),
        ("grouping", "What were Japan's exports to Asia in January-March 2025?",
         lambda D: (v(JP(D, "2025-Q1", "Asia", "exp"), JPY, 0), f"JP 'Jan-Mar 2025' Asia Exports = {f0(JP(D, '2025-Q1', 'Asia', 'exp'))}")),
        ("grouping", "How much did Korea export to ASEAN countries other than Vietnam and Singapore in 2024?",
         lambda D: (v(KR(D, "exports", "ASEAN", "2024") - KR(D, "exports", "Vietnam", "2024") - KR(D, "exports", "Singapore", "2024"), KRU, 0),
                    f"KR 2024: ASEAN {f0(KR(D, 'exports', 'ASEAN', '2024'))} - Vietnam {f0(KR(D, 'exports', 'Vietnam', '2024'))} - Singapore {f0(KR(D, 'exports', 'Singapore', '2024'))}")),
        ("grouping", "In March 2025, how much did Japan export to Asian destinations other than the ones listed separately (China, ASEAN, Republic of Korea, Taiwan, Hong Kong)?",
         lambda D: (v(JP(D, "2025-03", "Asia", "exp") - sum(JP(D, "2025-03", a, "exp") for a in jp_asia_listed), JPY, 0),
                    f"JP 'Mar 2025': Asia {f0(JP(D, '2025-03', 'Asia', 'exp'))} - sum of the five 'of which' rows {f0(sum(JP(D, '2025-03', a, 'exp') for a in jp_asia_listed))}")),
        ("grouping", "What were Italy's intra-EU exports in 2021?",
         lambda D: (v(IT(D, "EXP", "EU27_2020", 2021), EUR), f"Eurostat IT EXP EU27_2020 2021 = {f1(IT(D, 'EXP', 'EU27_2020', 2021))}")),
        ("grouping", "What were Italy's exports to EU member states other than Germany, France and Spain in 2024?",
         lambda D: (v(IT(D, "EXP", "EU27_2020", 2024) - IT(D, "EXP", "DE", 2024) - IT(D, "EXP", "FR", 2024) - IT(D, "EXP", "ES", 2024), EUR),
                    f"Eurostat IT EXP 2024: EU27_2020 {f1(IT(D, 'EXP', 'EU27_2020', 2024))} - DE - FR - ES")),
        ("grouping", "What were Japan's imports from Oceania excluding Australia in March 2025?",
         lambda D: (v(JP(D, "2025-03", "Oceania", "imp") - JP(D, "2025-03", "of which Australia", "imp"), JPY, 0),
                    f"JP 'Mar 2025' imports: Oceania {f0(JP(D, '2025-03', 'Oceania', 'imp'))} - Australia {f0(JP(D, '2025-03', 'of which Australia', 'imp'))}")),
    ]


def _q_small():
    return [
        ("small-change", "How much did Korea's exports to the EU change in 2024?",
         lambda D: (p(KR(D, "exports", "EU", "rate2024")),
                    f"KR exports EU 2024 Rate = {KR(D, 'exports', 'EU', 'rate2024')} (recomputed {chg(KR(D, 'exports', 'EU', '2024'), KR(D, 'exports', 'EU', '2023')):.3f})")),
        ("small-change", "What was the year-on-year change in Japan's imports from the Middle East in March 2025?",
         lambda D: (p(JP(D, "2025-03", "Middle East", "imp_pct")), f"JP 'Mar 2025' Middle East Imports % Change = {JP(D, '2025-03', 'Middle East', 'imp_pct')}")),
        ("small-change", "By how much did Italy's exports to Japan change in 2024 compared with 2023?",
         lambda D: (p(chg(IT(D, "EXP", "JP", 2024), IT(D, "EXP", "JP", 2023))),
                    f"Eurostat IT EXP JP: {f1(IT(D, 'EXP', 'JP', 2024))}/{f1(IT(D, 'EXP', 'JP', 2023))} - 1 = {chg(IT(D, 'EXP', 'JP', 2024), IT(D, 'EXP', 'JP', 2023)):.3f}%")),
        ("small-change", "How much did New Zealand's exports to the Republic of Korea grow in 2024?",
         lambda D: (p(chg(NZ(D, NZ_KR, 2024), NZ(D, NZ_KR, 2023))),
                    f"Stats NZ Korea, Republic of: {f1(NZ(D, NZ_KR, 2024))}/{f1(NZ(D, NZ_KR, 2023))} - 1 = {chg(NZ(D, NZ_KR, 2024), NZ(D, NZ_KR, 2023)):.3f}%")),
        ("small-change", "What was the percentage change in Korea's imports from Japan in 2024?",
         lambda D: (p(KR(D, "imports", "Japan", "rate2024")),
                    f"KR imports Japan 2024 Rate = {KR(D, 'imports', 'Japan', 'rate2024')} (recomputed {chg(KR(D, 'imports', 'Japan', '2024'), KR(D, 'imports', 'Japan', '2023')):.3f})")),
        ("small-change", "What was the month-on-month change in Canada's seasonally adjusted imports from Japan in June 2025?",
         lambda D: (p(chg(CA(D, "Import", SA, "Japan", "June 2025"), CA(D, "Import", SA, "Japan", "May 2025"))),
                    f"StatCan Import SA Japan: June 2025 {f1(CA(D, 'Import', SA, 'Japan', 'June 2025'))} / May 2025 {f1(CA(D, 'Import', SA, 'Japan', 'May 2025'))} - 1")),
    ]


def _q_follow():
    return [
        ("follow-up", ["What were Korea's exports to India in 2024?", "And in 2023?"],
         lambda D: (v(KR(D, "exports", "India", "2023"), KRU, 0), f"KR exports India 2023 Amount = {f0(KR(D, 'exports', 'India', '2023'))}")),
        ("follow-up", ["What were Japan's exports to Taiwan in March 2025?", "What about imports?"],
         lambda D: (v(JP(D, "2025-03", "of which Taiwan", "imp"), JPY, 0), f"JP 'Mar 2025' Taiwan Imports = {f0(JP(D, '2025-03', 'of which Taiwan', 'imp'))}")),
        ("follow-up", ["What did Italy export to France in 2022?", "And to Spain?"],
         lambda D: (v(IT(D, "EXP", "ES", 2022), EUR), f"Eurostat IT EXP ES 2022 = {f1(IT(D, 'EXP', 'ES', 2022))}")),
        ("follow-up", ["What were Canada's seasonally adjusted exports to all countries in December 2024?", "And in January 2025?"],
         lambda D: (v(CA(D, "Export", SA, "All countries", "January 2025"), CAD), f"StatCan Export SA All countries Jan 2025 = {f1(CA(D, 'Export', SA, 'All countries', 'January 2025'))}")),
        ("follow-up", ["How much did New Zealand export to Singapore in 2022?", "How did that change in 2023, in percent?"],
         lambda D: (p(chg(NZ(D, "Singapore", 2023), NZ(D, "Singapore", 2022))),
                    f"Stats NZ Singapore: {f1(NZ(D, 'Singapore', 2023))}/{f1(NZ(D, 'Singapore', 2022))} - 1")),
        ("follow-up", ["What were Australia's capital goods debits in the June quarter 2024?", "And in the September quarter?"],
         lambda D: (v(AU(D, AU_DB[1], "2024Q3"), AUD, 0), f"ABS capital goods debits Sep-2024 = {f0(AU(D, AU_DB[1], '2024Q3'))}")),
        ("follow-up", ["According to UN Comtrade, what were Viet Nam's exports to Japan in 2023?", "And its imports from Japan in the same year?"],
         lambda D: (v(VN(D, "Import", "Japan", 2023), USD), f"Comtrade VNM Import Japan 2023 = {f0(VN(D, 'Import', 'Japan', 2023))}")),
        ("follow-up", ["What were Chile's wine exports in 2022?", "And in 2024?", "What was the percentage change between those two years?"],
         lambda D: (p(chg(CL(D, "Wine", 2024), CL(D, "Wine", 2022))),
                    f"BCCh Wine: 2024 {f1(CL(D, 'Wine', 2024))} / 2022 {f1(CL(D, 'Wine', 2022))} - 1")),
        ("follow-up", ["What was Japan's trade balance with the USA in March 2025?", "And with China?"],
         lambda D: (v(JP(D, "2025-03", "of which China", "bal"), JPY, 0), f"JP 'Mar 2025' China Balance = {f0(JP(D, '2025-03', 'of which China', 'bal'))}")),
        ("follow-up", ["What were Korea's imports from Vietnam in 2024?", "What share of Korea's total imports was that?"],
         lambda D: (p(KR(D, "imports", "Vietnam", "share2024")),
                    f"KR imports Vietnam 2024 Share = {KR(D, 'imports', 'Vietnam', 'share2024')} (27,260/632,050 = {share(KR(D, 'imports', 'Vietnam', '2024'), KR(D, 'imports', 'Total', '2024')):.2f})")),
        ("follow-up", ["What were Canada's unadjusted exports to Japan in May 2025?", "And the seasonally adjusted figure?"],
         lambda D: (v(CA(D, "Export", SA, "Japan", "May 2025"), CAD), f"StatCan Export SA Japan May 2025 = {f1(CA(D, 'Export', SA, 'Japan', 'May 2025'))}")),
    ]


def _q_refuse():
    R = lambda why: (lambda D: ("refuse", why))
    return [
        ("refuse", "What were Japan's exports to Brazil in March 2025?",
         R("JP table has Central and South America only; no Brazil row")),
        ("refuse", "What were Korea's exports to China in 2021?",
         R("KR table covers 2023 and 2024 only (2023 rate implies 2022, never 2021)")),
        ("refuse", "What was the average export price of Chilean copper per tonne in 2024?",
         R("BCCh table holds FOB values only; no prices or volumes")),
        ("refuse", "How many tonnes of salmon and trout did Chile export in 2023?",
         R("BCCh table holds values in US$ million only; no quantities")),
        ("refuse", "What were Chile's soybean exports in 2024?",
         R("no soybean line in the Chile table (nor any other table)")),
        ("refuse", "What is the combined value of Japan's exports to the USA in March 2025 and Canada's unadjusted exports to the United States in March 2025?",
         R("JPY 100 million and C$ million cannot be added without an exchange rate, which no table gives")),
        ("refuse", "What were New Zealand's exports to Indonesia in 2024?",
         R("Stats NZ table has no Indonesia column")),
        ("refuse", "What were Italy's exports to the United States in 2019?",
         R("Eurostat extract covers 2020-2024 only")),
        ("refuse", "According to UN Comtrade, what were Viet Nam's exports to the USA in 2024?",
         R("Comtrade extract covers 2021-2023 only")),
        ("refuse", "What were Australia's goods credits for rural goods in the March quarter 2025?",
         R("ABS series end at Dec-2024")),
        ("refuse", "Add Italy's 2023 exports to Japan to Korea's 2023 exports to Japan: what is the total?",
         R("EUR million (Eurostat) and US$ million (KCS) cannot be summed without an exchange rate")),
        ("refuse", ["What were Canada's seasonally adjusted exports to China in March 2025?", "And to India?"],
         R("StatCan table lists principal partners only; India is inside 'Other countries'")),
    ]


# ------------------------------------------------------------------ write
def all_questions():
    return (_q_lookup() + _q_change() + _q_sum() + _q_identity() + _q_share() + _q_share_derived() + _q_cagr()
            + _q_mean_rates() + _q_rank() + _q_rank_excl() + _q_existence() + _q_claim() + _q_two_part()
            + _q_alias() + _q_rate_row() + _q_grouping() + _q_small() + _q_follow() + _q_refuse())


def main():
    D = load_all()
    lines, notes = [], ["# QA set 2: how each expected value was computed", "",
                        "Tables are in `tables/`; every value is read from them by `compute_expected.py`.", ""]
    counts = {}
    for i, (kind, q, calc) in enumerate(all_questions(), 1):
        qid = f"s2q{i:03d}"
        expect, note = calc(D)
        rec = {"id": qid, "kind": kind}
        if isinstance(q, list):
            rec["conversation"] = q
        else:
            rec["question"] = q
        rec["expect"] = expect
        lines.append(json.dumps(rec, ensure_ascii=False))
        notes.append(f"- {qid} ({kind}): {note}")
        counts[kind] = counts.get(kind, 0) + 1
    (HERE / "questions.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (HERE / "NOTES.md").write_text("\n".join(notes) + "\n", encoding="utf-8")
    multi = sum(1 for l in lines if '"conversation"' in l)
    print(f"{len(lines)} questions, {multi} conversations")
    for k, n in counts.items():
        print(f"  {k}: {n}")


if __name__ == "__main__":
    main()
