"""Reads the tables in tables/ with pandas and computes every expectation of questions.jsonl.

Run: /work/main/.venv/bin/python compute_expected.py
Writes questions.jsonl and NOTES.md next to this file. Nothing here is typed in as an expected
figure: each value comes from the tables as read below (thresholds in question texts, and the
figures a claim states, are part of the question, not of the answer).
"""
from __future__ import annotations

import json
import math
from pathlib import Path

import pandas as pd

HERE = Path(__file__).parent
T = HERE / "tables"

F_IL = "israel_cbs_exports_by_destination_2019_2025.xlsx"
F_PL = "poland_gus_imports_by_country_monthly_2025.csv"
F_NO = "norway_ssb_external_trade_main_figures_2025_2026.csv"
F_BD = "bangladesh_epb_export_performance_jul_jan_fy2025_26.csv"
F_KE = "kenya_knbs_trade_by_partner_2024_2025.xlsx"
F_SE = "sweden_scb_trade_in_goods_by_partner_monthly_2024_2025.csv"
F_CH = "switzerland_bazg_foreign_trade_by_product_2024_2025.xlsx"


# ----------------------------------------------------------------------------- readers
def read_israel() -> pd.DataFrame:
    raw = pd.read_excel(T / F_IL, header=None)
    hdr = raw.index[raw[0].astype(str).str.startswith("Continent and country")][0]
    years = [int(y) for y in raw.iloc[hdr, 1:].tolist()]
    out, prev = {}, None
    for i in range(hdr + 1, len(raw)):
        lab = raw.iloc[i, 0]
        if pd.isna(lab):
            break
        lab = str(lab).strip()
        vals = [float("nan") if v == ".." else float(v) for v in raw.iloc[i, 1:].tolist()]
        if lab.startswith("% change"):
            key = f"{prev} | % change"
        else:
            key = lab.replace("(2)", "").replace("(1)", "").replace(" - total", "").strip()
            prev = key
        out[key] = vals
    return pd.DataFrame(out, index=years).T


def read_poland() -> pd.DataFrame:
    df = pd.read_csv(T / F_PL, sep=";", decimal=",", skiprows=4, header=0, dtype=str)
    df = df[df["Specification"].notna()]
    df["Specification"] = df["Specification"].str.strip().str.replace("in which: ", "", regex=False)
    df = df[df["Specification"] != "of which:"]
    df = df[~df["Specification"].str.startswith(("Note", "Source"))]
    df = df.set_index("Specification")
    return df.apply(lambda c: c.str.replace(",", ".", regex=False).astype(float))


def read_norway() -> pd.DataFrame:
    df = pd.read_csv(T / F_NO, skiprows=3, header=0)
    df = df[df["Month"].astype(str).str.match(r"^\d{4}M\d{2}")].copy()
    df["Month"] = df["Month"].str.replace("*", "", regex=False).str.strip()
    df = df.set_index("Month").astype(float)
    df.columns = ["ex_u", "ex_sa", "ex_mom", "im_u", "im_sa", "im_mom", "bal_u", "ex_yoy"]
    return df


def read_bangladesh() -> pd.DataFrame:
    df = pd.read_csv(T / F_BD, skiprows=3, header=0)
    df = df[df.iloc[:, 1].notna()].copy()
    df["Products"] = df["Products"].str.strip()
    df = df.set_index("Products").astype(float)
    df.columns = ["fy2425", "target_fy2526", "strat_jj", "perf_jj2526", "pct_vs_strat", "perf_jj2425", "pct_yoy"]
    return df


KE_REGIONS = {"AFRICA", "EUROPE", "AMERICA", "ASIA"}


def read_kenya() -> pd.DataFrame:
    raw = pd.read_excel(T / F_KE, header=None)
    rows = {}
    for i in range(4, len(raw)):
        lab = raw.iloc[i, 0]
        if pd.isna(lab):
            break
        lab = str(lab).strip()
        if lab in KE_REGIONS:
            continue
        rows[lab] = [float(v) for v in raw.iloc[i, 1:7].tolist()]
    cols = pd.MultiIndex.from_product([["dom", "re", "imp"], [2024, 2025]])
    return pd.DataFrame.from_dict(rows, orient="index", columns=cols)


def read_sweden() -> pd.DataFrame:
    df = pd.read_csv(T / F_SE, skiprows=2, header=0)
    df.columns = ["partner", "flow", "month", "value"]
    df["year"] = df["month"].str[:4].astype(int)
    df["m"] = df["month"].str[5:].astype(int)
    return df


def read_swiss() -> pd.DataFrame:
    raw = pd.read_excel(T / F_CH, header=None)
    rows = {}
    for i in range(6, len(raw)):
        lab = raw.iloc[i, 0]
        if pd.isna(lab):
            break
        lab = str(lab).strip().replace("of which: ", "")
        rows[lab] = [float("nan") if v == "–" or pd.isna(v) else float(v) for v in raw.iloc[i, 1:9].tolist()]
    return pd.DataFrame.from_dict(rows, orient="index",
                                  columns=["ex24", "ex25", "ex_nom", "ex_real", "im24", "im25", "im_nom", "im_real"])


IL, PL, NO, BD, KE, SE, CH = (read_israel(), read_poland(), read_norway(), read_bangladesh(), read_kenya(),
                              read_sweden(), read_swiss())
MONTHS_PL = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December"]

# ----------------------------------------------------------------------------- consistency checks
def _close(a, b, tol=0.15):
    assert abs(float(a) - float(b)) <= tol, (a, b)


for y in range(2019, 2026):
    _close(IL.loc["Total exports of goods", y], IL.loc[["Europe", "Asia", "America", "Africa", "Oceania",
                                                        "Other countries (residual)"], y].sum())
    _close(IL.loc["Europe", y], IL.loc[["European Union (27 countries)", "United Kingdom", "Switzerland", "Türkiye",
                                        "Other Europe"], y].sum())
for m in ["I", "VI", "XII", "I-XII"]:
    _close(PL.loc["Imports, total", m], PL.loc[["Euro area (20 countries)", "China (excl. Hong Kong)", "United States",
                                               "Korea, Rep. of", "Czechia", "Russian Federation",
                                               "Other countries (residual)"], m].sum(), 0.6)
assert (NO["ex_u"] - NO["im_u"] == NO["bal_u"]).all()
_close(BD.loc["All Products", "perf_jj2526"], BD.loc[["A. Primary Commodities", "B. Manufactured Commodities"], "perf_jj2526"].sum(), 0.02)
_t1 = [i for i in CH.index if i.startswith("Total 1")][0]
_main = [i for i in CH.index if not i.startswith(("Total", "Gold", "Pharmaceutical", "Watches"))]
_close(CH.loc[_t1, "ex25"], CH.loc[_main, "ex25"].sum(), 0.6)
assert len(_main) == 11

# ----------------------------------------------------------------------------- helpers
U_IL, U_PL, U_NO, U_BD, U_KE, U_SE, U_CH = ("US$ million", "PLN million", "NOK million", "US$ million",
                                            "KSh million", "SEK million", "CHF million")
Q: list[dict] = []
NOTES: list[str] = []


def money(v, unit):
    return {"value": round(float(v), 2), "unit": unit}


def pct(v, tol=None):
    d = {"value": round(float(v), 2), "unit": "%"}
    if tol is not None and tol > 0.051:
        d["tolerance"] = round(tol, 3)
    return d


def pp(v, tol=None):
    d = {"value": round(float(v), 2), "unit": "pp"}
    if tol is not None and tol > 0.051:
        d["tolerance"] = round(tol, 3)
    return d


def cnt(v):
    return {"value": int(v), "unit": "count"}


def growth(a, b):
    return (b / a - 1) * 100


def tol_vs_printed(computed, printed):
    """Tolerance wide enough to accept both the figure computed from levels and the printed rate."""
    return max(0.051, abs(computed - printed) + 0.01)


def add(qid, kind, text, expect, note, table):
    item = {"id": qid, "kind": kind}
    if isinstance(text, list):
        item["conversation"] = text
    else:
        item["question"] = text
    item["expect"] = expect
    Q.append(item)
    NOTES.append(f"- **{qid}** ({kind}) [{table}]: {note}")


def se(partner, flow, year, months=None):
    d = SE[(SE.partner == partner) & (SE.flow == flow) & (SE.year == year)]
    if months is not None:
        d = d[d.m.isin(months)]
    return float(d.value.sum())


def ke_exp(p, y):
    return KE.loc[p, ("dom", y)] + KE.loc[p, ("re", y)]


def ke_bal(p, y):
    return ke_exp(p, y) - KE.loc[p, ("imp", y)]


def no25(col, months=range(1, 13)):
    return float(sum(NO.loc[f"2025M{m:02d}", col] for m in months))


US_NAMES = ["United States", "United States of America", "USA", "U.S."]
SE_COUNTRIES = [p for p in SE.partner.unique() if not p.startswith("EU27")]
IL_COUNTRIES = ["United Kingdom", "Switzerland", "Türkiye", "China (excl. Hong Kong)", "Hong Kong (China)", "India",
                "Japan", "Korea, Rep. of", "United States", "Canada", "Brazil"]
IL_CONTINENTS = ["Europe", "Asia", "America", "Africa", "Oceania"]
PL_COUNTRIES = ["Germany", "Italy", "Netherlands", "France", "China (excl. Hong Kong)", "United States",
                "Korea, Rep. of", "Czechia", "Russian Federation"]
CH_MAIN = [i for i in CH.index if not i.startswith(("Total", "Gold", "Pharmaceutical", "Watches"))]

# ============================================================================= LOOKUP
add("L01", "lookup", "How much did Israel export to India in 2023, in US$ million?",
    money(IL.loc["India", 2023], U_IL), "Israel table, row India, column 2023.", F_IL)
add("L02", "lookup", "What was the value of Polish imports from South Korea in September 2025?",
    money(PL.loc["Korea, Rep. of", "IX"], U_PL),
    "Poland GUS table, row 'Korea, Rep. of', column IX (September). Tests South Korea = 'Korea, Rep. of' and Roman-numeral months.", F_PL)
add("L03", "lookup", "What were Norway's seasonally adjusted exports of goods in October 2025?",
    money(NO.loc["2025M10", "ex_sa"], U_NO), "Norway SSB, row 2025M10, 'Exports, seasonally adjusted'.", F_NO)
add("L04", "lookup", "Give me Norway's unadjusted trade balance for November 2025.",
    money(NO.loc["2025M11", "bal_u"], U_NO), "Norway SSB, row 2025M11, 'Trade balance, unadjusted'.", F_NO)
add("L05", "lookup", "What did Bangladesh earn from knitwear exports in July-January of FY 2025-26?",
    money(BD.loc["Knitwear (HS 61)", "perf_jj2526"], U_BD),
    "EPB table, row 'Knitwear (HS 61)', column 'Export Performance for July-January 2025-26'.", F_BD)
add("L06", "lookup", "Kenya's re-exports to South Sudan in 2025: how much?",
    money(KE.loc["South Sudan", ("re", 2025)], U_KE), "KNBS table, row South Sudan, Re-exports 2025* (provisional).", F_KE)
add("L07", "lookup", "How much did Sweden import from China in March 2025?",
    money(se("China", "imports", 2025, [3]), U_SE), "SCB long table: China / imports / 2025M03.", F_SE)
add("L08", "lookup", "What was the value of Swiss watch exports in 2025?",
    money(CH.loc["Watches", "ex25"], U_CH), "BAZG table, row 'of which: Watches', Exports 2025.", F_CH)
add("L09", "lookup", "According to the Israeli CBS table, what was the percentage change in exports to the United States in 2022?",
    pct(IL.loc["United States | % change", 2022],
        tol_vs_printed(growth(IL.loc["United States", 2021], IL.loc["United States", 2022]),
                       IL.loc["United States | % change", 2022])),
    "Israel table, '% change from previous year' row printed under United States, column 2022 (same as computed from levels within rounding).", F_IL)
add("L10", "lookup", "What percentage of Poland's total imports came from the euro area in July 2025?",
    pct(PL.loc["% of total imports", "VII"],
        tol_vs_printed(PL.loc["Euro area (20 countries)", "VII"] / PL.loc["Imports, total", "VII"] * 100,
                       PL.loc["% of total imports", "VII"])),
    "Poland GUS, rate row '% of total imports' under 'Euro area (20 countries)', column VII; equals EA/total.", F_PL)
add("L11", "lookup", "What was the real (volume) change in Swiss exports of machines and electronics in 2025?",
    pct(CH.loc["Machines and electronics", "ex_real"]),
    "BAZG table, Machines and electronics, Exports 'Change in % real'.", F_CH)
add("L12", "lookup", "What was the value of Kenya's imports from Japan in 2024?",
    money(KE.loc["Japan", ("imp", 2024)], U_KE), "KNBS, Japan, Imports 2024.", F_KE)
add("L13", "lookup", "What is Bangladesh's full-year export target for pharmaceuticals in FY 2025-26?",
    money(BD.loc["Pharmaceuticals", "target_fy2526"], U_BD), "EPB, Pharmaceuticals, 'Export Target for FY 2025-26'.", F_BD)
add("L14", "lookup", "What was the year-on-year change in Norway's unadjusted exports in September 2025?",
    pct(NO.loc["2025M09", "ex_yoy"]),
    "Norway SSB, 2025M09, printed column 'Exports (unadj.), change from same month previous year (%)' (2024 levels not in table).", F_NO)

# ============================================================================= SUM OVER PARTNERS
v = IL.loc[["Japan", "Korea, Rep. of", "India"], 2025].sum()
add("SP01", "sum-partners", "What were Israel's combined exports to Japan, South Korea and India in 2025?",
    money(v, U_IL), "Israel: Japan + 'Korea, Rep. of' + India, 2025.", F_IL)
v = KE.loc[["Uganda", "Tanzania", "Rwanda"], ("dom", 2025)].sum()
add("SP02", "sum-partners", "Add up Kenya's domestic exports to Uganda, Tanzania and Rwanda in 2025.",
    money(v, U_KE), "KNBS: Domestic Exports 2025* for Uganda + Tanzania + Rwanda.", F_KE)
v = sum(se(p, "exports", 2025) for p in ["Norway", "Denmark", "Finland"])
add("SP03", "sum-partners", "How much did Sweden export in total to Norway, Denmark and Finland over the whole of 2025?",
    money(v, U_SE), "SCB: exports, 12 months of 2025 summed, for Norway + Denmark + Finland.", F_SE)
v = PL.loc[["China (excl. Hong Kong)", "United States"], "I-XII"].sum()
add("SP04", "sum-partners", "Taken together, how much did Poland import from China and the United States in 2025?",
    money(v, U_PL), "Poland GUS: column I-XII, 'China (excl. Hong Kong)' + 'United States' (= sum of the 12 months).", F_PL)
v = KE[("imp", 2025)].sum()
add("SP05", "sum-partners", "What were Kenya's imports in 2025 from all the partner countries listed in the KNBS table, summed together?",
    money(v, U_KE), "KNBS: Imports 2025* summed over the 19 listed countries (region heading rows have no values; no total row exists).", F_KE)
v = KE.loc[["Uganda", "Tanzania", "Rwanda", "South Sudan", "Democratic Republic of Congo"], ("re", 2024)].sum()
add("SP06", "sum-partners", "What were Kenya's 2024 re-exports to Uganda, Tanzania, Rwanda, South Sudan and the DR Congo combined?",
    money(v, U_KE), "KNBS: Re-exports 2024 for the five partners (DR Congo = 'Democratic Republic of Congo').", F_KE)
v = IL.loc[["United Kingdom", "Switzerland", "Türkiye"], 2024].sum()
add("SP07", "sum-partners", "Israel's exports to the UK, Switzerland and Turkey in 2024 - what's the combined figure?",
    money(v, U_IL), "Israel: United Kingdom + Switzerland + Türkiye, 2024 (Turkey = Türkiye).", F_IL)
v = se("Germany", "imports", 2025, [12]) + se("Netherlands", "imports", 2025, [12])
add("SP08", "sum-partners", "Swedish imports from Germany and the Netherlands together in December 2025?",
    money(v, U_SE), "SCB: imports 2025M12, Germany + Netherlands.", F_SE)
v = CH.loc[["Metals", "Vehicles", "Plastics"], "ex25"].sum()
add("SP09", "sum-products", "What were Switzerland's combined 2025 exports of metals, vehicles and plastics?",
    money(v, U_CH), "BAZG: Exports 2025 of Metals + Vehicles + Plastics.", F_CH)

# ============================================================================= SUM OVER FLOWS
add("SF01", "sum-flows", "What were Kenya's total exports to Uganda in 2025, domestic exports and re-exports together?",
    money(ke_exp("Uganda", 2025), U_KE), "KNBS: Uganda, Domestic Exports 2025* + Re-exports 2025*.", F_KE)
add("SF02", "sum-flows", "Counting both domestic exports and re-exports, how much did Kenya export to Tanzania in 2024?",
    money(ke_exp("Tanzania", 2024), U_KE), "KNBS: Tanzania, Domestic Exports 2024 + Re-exports 2024.", F_KE)
v = ke_exp("China", 2025) + KE.loc["China", ("imp", 2025)]
add("SF03", "sum-flows", "What was Kenya's total trade with China in 2025 (domestic exports + re-exports + imports)?",
    money(v, U_KE), "KNBS: China 2025*, domestic exports + re-exports + imports.", F_KE)
v = se("Norway", "exports", 2025) + se("Norway", "imports", 2025)
add("SF04", "sum-flows", "What was the value of Sweden's total goods trade (exports plus imports) with Norway in 2025?",
    money(v, U_SE), "SCB: Norway, exports + imports, all 12 months of 2025.", F_SE)
v = NO.loc["2026M01", "ex_u"] + NO.loc["2026M01", "im_u"]
add("SF05", "sum-flows", "What was Norway's unadjusted trade turnover (exports plus imports) in January 2026?",
    money(v, U_NO), "Norway SSB: 2026M01 unadjusted exports + unadjusted imports.", F_NO)
v = KE[("dom", 2025)].sum() + KE[("re", 2025)].sum()
add("SF06", "sum-flows", "Summing domestic exports and re-exports over all partners listed by KNBS, what were Kenya's 2025 exports to those countries?",
    money(v, U_KE), "KNBS: Domestic Exports 2025* + Re-exports 2025*, summed over the 19 listed countries.", F_KE)
v = CH.loc['Total 2 ("general" total)', "ex25"] + CH.loc['Total 2 ("general" total)', "im25"]
add("SF07", "sum-flows", "Using the general total (Total 2), what was Switzerland's total foreign trade, exports plus imports, in 2025?",
    money(v, U_CH), "BAZG: Total 2 exports 2025 + Total 2 imports 2025.", F_CH)

# ============================================================================= SUM OVER PERIODS
add("SPd01", "sum-periods", "What were Norway's unadjusted exports in the first quarter of 2025?",
    money(no25("ex_u", [1, 2, 3]), U_NO), "Norway SSB: 2025M01-M03 'Exports, unadjusted' summed.", F_NO)
add("SPd02", "sum-periods", "Norway's unadjusted imports in the second half of 2025, please.",
    money(no25("im_u", range(7, 13)), U_NO), "Norway SSB: 2025M07-M12 'Imports, unadjusted' summed.", F_NO)
add("SPd03", "sum-periods", "What was the full-year 2025 total of Norway's unadjusted goods exports?",
    money(no25("ex_u"), U_NO), "Norway SSB: 2025M01-M12 unadjusted exports summed (no annual row in table).", F_NO)
add("SPd04", "sum-periods", "How much did Poland import from Germany in Q1 2025?",
    money(PL.loc["Germany", ["I", "II", "III"]].sum(), U_PL), "Poland GUS: Germany ('in which: Germany'), I+II+III.", F_PL)
add("SPd05", "sum-periods", "What were Poland's total imports in the first half of 2025?",
    money(PL.loc["Imports, total", MONTHS_PL[:6]].sum(), U_PL), "Poland GUS: 'Imports, total', I..VI summed.", F_PL)
add("SPd06", "sum-periods", "What were Sweden's exports to the United States for the full year 2024?",
    money(se("United States", "exports", 2024), U_SE), "SCB: United States / exports / 2024M01-M12 summed.", F_SE)
add("SPd07", "sum-periods", "How much did Sweden import from Poland in the fourth quarter of 2025?",
    money(se("Poland", "imports", 2025, [10, 11, 12]), U_SE), "SCB: Poland / imports / 2025M10-M12 summed.", F_SE)
v = NO.loc[["2026M01", "2026M02"], "bal_u"].sum()
add("SPd08", "sum-periods", "What was Norway's cumulative unadjusted trade balance for January-February 2026?",
    money(v, U_NO), "Norway SSB: 'Trade balance, unadjusted' 2026M01 + 2026M02* (Feb preliminary).", F_NO)

# ============================================================================= MEAN
add("M01", "mean", "What was Norway's average monthly unadjusted export value in 2025?",
    money(no25("ex_u") / 12, U_NO), "Norway SSB: mean of the 12 unadjusted export values for 2025.", F_NO)
add("M02", "mean", "On average, how much did Poland import from China per month in 2025?",
    money(PL.loc["China (excl. Hong Kong)", MONTHS_PL].mean(), U_PL), "Poland GUS: mean of I..XII for 'China (excl. Hong Kong)'.", F_PL)
add("M03", "mean", "What were Sweden's mean monthly exports to Germany during 2024?",
    money(se("Germany", "exports", 2024) / 12, U_SE), "SCB: Germany / exports / 2024, sum of 12 months / 12.", F_SE)
add("M04", "mean", "Average monthly seasonally adjusted imports of Norway in Q4 2025?",
    money(no25("im_sa", [10, 11, 12]) / 3, U_NO), "Norway SSB: mean of 'Imports, seasonally adjusted' 2025M10-M12.", F_NO)
add("M05", "mean", "What was the average yearly value of Israel's exports to China (excluding Hong Kong) over 2019-2025?",
    money(IL.loc["China (excl. Hong Kong)", list(range(2019, 2026))].mean(), U_IL),
    "Israel: mean of the 7 annual values 2019..2025 for 'China (excl. Hong Kong)'.", F_IL)
add("M06", "mean", "Typical month in H1 2025: what were Sweden's average monthly imports from the United Kingdom?",
    money(se("United Kingdom", "imports", 2025, range(1, 7)) / 6, U_SE), "SCB: United Kingdom / imports / 2025M01-M06 mean.", F_SE)

# ============================================================================= DIFFERENCE
add("D01", "difference", "What was Kenya's trade balance with India in 2025, taking exports as domestic exports plus re-exports?",
    money(ke_bal("India", 2025), U_KE), "KNBS: India 2025*, (dom + re) - imports; a deficit (negative).", F_KE)
add("D02", "difference", "What was Sweden's goods trade balance with Germany in 2025?",
    money(se("Germany", "exports", 2025) - se("Germany", "imports", 2025), U_SE),
    "SCB: Germany 2025 exports (12 months) - imports (12 months); negative = deficit.", F_SE)
v = IL.loc["European Union (27 countries)", 2025] - IL.loc["China (excl. Hong Kong)", 2025]
add("D03", "difference", "By how much did Israel's exports to the European Union exceed its exports to China in 2025?",
    money(v, U_IL), "Israel: 'European Union (27 countries)' - 'China (excl. Hong Kong)', 2025.", F_IL)
v = PL.loc["Germany", "I-XII"] - PL.loc["China (excl. Hong Kong)", "I-XII"]
add("D04", "difference", "How much more did Poland import from Germany than from China over 2025 as a whole?",
    money(v, U_PL), "Poland GUS: I-XII Germany - I-XII 'China (excl. Hong Kong)'.", F_PL)
v = NO.loc["2025M12", "ex_u"] - NO.loc["2025M12", "ex_sa"]
add("D05", "difference", "In December 2025, how far apart were Norway's unadjusted and seasonally adjusted exports (unadjusted minus adjusted)?",
    money(v, U_NO), "Norway SSB: 2025M12 unadjusted exports - seasonally adjusted exports.", F_NO)
a, b = PL.loc["% of total imports", "I"], PL.loc["% of total imports", "XII"]
ca = PL.loc["Euro area (20 countries)", "I"] / PL.loc["Imports, total", "I"] * 100
cb = PL.loc["Euro area (20 countries)", "XII"] / PL.loc["Imports, total", "XII"] * 100
add("D06", "difference", "By how many percentage points did the euro area's share of Poland's imports change between January and December 2025?",
    pp(b - a, tol_vs_printed(cb - ca, b - a)),
    f"Poland GUS: '% of total imports' XII ({b}) minus I ({a}); from levels {cb - ca:.3f} pp - tolerance covers both.", F_PL)
row = "Metals"
a, b = CH.loc[row, "ex_nom"], CH.loc[row, "ex_real"]
add("D07", "difference", "For Swiss metal exports in 2025, what was the gap in percentage points between the published nominal change and the real change?",
    pp(a - b, tol_vs_printed(growth(CH.loc[row, "ex24"], CH.loc[row, "ex25"]) - b, a - b)),
    f"BAZG: Metals exports, 'Change in % nominal' ({a}) minus 'Change in % real' ({b}).", F_CH)
a, b = IL.loc["Total exports of goods | % change", 2025], IL.loc["Total exports of goods | % change", 2024]
ca = growth(IL.loc["Total exports of goods", 2024], IL.loc["Total exports of goods", 2025])
cb = growth(IL.loc["Total exports of goods", 2023], IL.loc["Total exports of goods", 2024])
add("D08", "difference", "How many percentage points faster did Israel's total exports grow in 2025 than in 2024?",
    pp(a - b, tol_vs_printed(ca - cb, a - b)),
    f"Israel: printed % change 2025 ({a}) minus 2024 ({b}); from levels {ca - cb:.3f} pp; tolerance covers both.", F_IL)
add("D09", "difference", "For 2025 as a whole, by how much did Norway's unadjusted exports exceed its unadjusted imports?",
    money(no25("ex_u") - no25("im_u"), U_NO), "Norway SSB: sum 2025 unadjusted exports - sum 2025 unadjusted imports (= sum of monthly balances).", F_NO)

# ============================================================================= SHARE / RATIO
add("S01", "share", "What share of Israel's total exports went to the United States in 2025?",
    pct(IL.loc["United States", 2025] / IL.loc["Total exports of goods", 2025] * 100),
    "Israel: United States 2025 / 'Total exports of goods' 2025.", F_IL)
v = KE.loc["Uganda", ("re", 2025)] / KE[("re", 2025)].sum() * 100
add("S02", "share", "Of Kenya's 2025 re-exports to the partner countries shown in the KNBS table, what percentage went to Uganda?",
    pct(v), "KNBS: Uganda re-exports 2025* / sum of re-exports 2025* over the 19 listed countries.", F_KE)
rmg = BD.loc[["Woven Garments (HS 62)", "Knitwear (HS 61)"], "perf_jj2526"].sum()
add("S03", "share", "What share of Bangladesh's total July-January 2025-26 exports was ready-made garments (woven plus knitwear)?",
    pct(rmg / BD.loc["All Products", "perf_jj2526"] * 100), "EPB: (Woven + Knitwear) / All Products, July-January 2025-26 performance.", F_BD)
v = CH.loc["Chemical and pharmaceutical products", "ex25"] / CH.loc['Total 1 ("business cycle" total)', "ex25"] * 100
add("S04", "share", "What percentage of Switzerland's Total 1 exports in 2025 were chemical and pharmaceutical products?",
    pct(v), "BAZG: chem-pharma exports 2025 / Total 1 exports 2025.", F_CH)
v = se("Germany", "exports", 2025) / se("EU27 (from 2020)", "exports", 2025) * 100
add("S05", "share", "What proportion of Sweden's 2025 exports to the EU27 went to Germany?",
    pct(v), "SCB: Germany exports 2025 / 'EU27 (from 2020)' exports 2025 (both 12-month sums).", F_SE)
add("S06", "share", "Norway's unadjusted imports in 2025 were what percentage of its unadjusted exports?",
    pct(no25("im_u") / no25("ex_u") * 100), "Norway SSB: sum 2025 unadjusted imports / sum 2025 unadjusted exports.", F_NO)
v = ke_exp("United Arab Emirates", 2025) / KE.loc["United Arab Emirates", ("imp", 2025)] * 100
add("S07", "share", "Kenya's exports to the UAE (domestic plus re-exports) covered what percentage of its imports from the UAE in 2025?",
    pct(v), "KNBS: UAE (dom + re) 2025* / imports 2025*.", F_KE)
v = BD.loc["All Products", "perf_jj2526"] / BD.loc["All Products", "target_fy2526"] * 100
add("S08", "share", "By the end of January, what percentage of the full-year FY 2025-26 export target (all products) had Bangladesh achieved?",
    pct(v), "EPB: All Products, July-January 2025-26 performance / Export Target FY 2025-26.", F_BD)
v = PL.loc["China (excl. Hong Kong)", "I-XII"] / PL.loc["Imports, total", "I-XII"] * 100
add("S09", "share", "What share of Poland's 2025 imports came from China?",
    pct(v), "Poland GUS: I-XII 'China (excl. Hong Kong)' / I-XII 'Imports, total'.", F_PL)
g = [i for i in CH.index if i.startswith("Gold")][0]
v = CH.loc[g, "ex25"] / CH.loc['Total 2 ("general" total)', "ex25"] * 100
add("S10", "share", "How much of Switzerland's Total 2 exports in 2025 was gold bars, precious metals, gems and art, as a percentage?",
    pct(v), "BAZG: 'Gold bars and other precious metals...' exports 2025 / Total 2 exports 2025.", F_CH)

# ============================================================================= CHANGE
add("C01", "change", "By what percentage did Kenya's domestic exports to the United States grow in 2025?",
    pct(growth(KE.loc["United States of America", ("dom", 2024)], KE.loc["United States of America", ("dom", 2025)])),
    "KNBS: 'United States of America' Domestic Exports 2025*/2024 - 1.", F_KE)
add("C02", "change", "How much did Sweden's exports to China change in 2025 compared with 2024, in percent?",
    pct(growth(se("China", "exports", 2024), se("China", "exports", 2025))), "SCB: China exports, 12-month sums 2025 vs 2024.", F_SE)
v = se("Norway", "imports", 2025, [10]) - se("Norway", "imports", 2025, [9])
add("C03", "change", "What was the month-on-month change in Swedish imports from Norway in October 2025, in SEK million?",
    money(v, U_SE), "SCB: Norway imports 2025M10 - 2025M09.", F_SE)
add("C04", "change", "In percent, how did Norway's unadjusted imports change between June 2025 and December 2025?",
    pct(growth(NO.loc["2025M06", "im_u"], NO.loc["2025M12", "im_u"])), "Norway SSB: 'Imports, unadjusted' 2025M12 / 2025M06 - 1.", F_NO)
add("C05", "change", "By how many US$ million did Israel's exports to India increase between 2019 and 2025?",
    money(IL.loc["India", 2025] - IL.loc["India", 2019], U_IL), "Israel: India 2025 - India 2019.", F_IL)
add("C06", "change", "What was the change in Swiss imports of energy sources from 2024 to 2025, in CHF million?",
    money(CH.loc["Energy source", "im25"] - CH.loc["Energy source", "im24"], U_CH), "BAZG: Energy source imports 2025 - 2024 (negative).", F_CH)
add("C07", "change", "How did Poland's imports from the United States change from November to December 2025, in percent?",
    pct(growth(PL.loc["United States", "XI"], PL.loc["United States", "XII"])), "Poland GUS: United States XII / XI - 1.", F_PL)
add("C08", "change", "How much did Bangladesh's jute and jute goods exports change in July-January 2025-26 against July-January 2024-25, in million US$?",
    money(BD.loc["Jute & Jute Goods", "perf_jj2526"] - BD.loc["Jute & Jute Goods", "perf_jj2425"], U_BD),
    "EPB: Jute & Jute Goods, perf Jul-Jan 2025-26 - perf Jul-Jan 2024-25 (negative).", F_BD)
c = growth(NO.loc["2025M02", "ex_u"], NO.loc["2026M02", "ex_u"])
add("C09", "change", "What was the year-on-year change in Norway's unadjusted exports in February 2026?",
    pct(c, tol_vs_printed(c, NO.loc["2026M02", "ex_yoy"])),
    f"Norway SSB: 2026M02* / 2025M02 unadjusted exports - 1 = {c:.3f}; printed column says {NO.loc['2026M02', 'ex_yoy']}.", F_NO)
add("C10", "change", "What was the change in Kenya's imports from the United Arab Emirates between 2024 and 2025, in KSh million?",
    money(KE.loc["United Arab Emirates", ("imp", 2025)] - KE.loc["United Arab Emirates", ("imp", 2024)], U_KE),
    "KNBS: UAE imports 2025* - 2024 (negative).", F_KE)
add("C11", "change", "Year on year, how much did Swedish exports to the United Kingdom change in November 2025, in %?",
    pct(growth(se("United Kingdom", "exports", 2024, [11]), se("United Kingdom", "exports", 2025, [11]))),
    "SCB: United Kingdom exports 2025M11 / 2024M11 - 1.", F_SE)

# ============================================================================= CAGR
def cagr(a, b, n):
    return ((b / a) ** (1 / n) - 1) * 100


add("G01", "cagr", "What was the compound annual growth rate of Israel's total exports of goods between 2019 and 2025?",
    pct(cagr(IL.loc["Total exports of goods", 2019], IL.loc["Total exports of goods", 2025], 6)),
    "Israel: (Total 2025 / Total 2019)^(1/6) - 1.", F_IL)
add("G02", "cagr", "Work out the CAGR of Israel's exports to China (excl. Hong Kong) from 2020 to 2025.",
    pct(cagr(IL.loc["China (excl. Hong Kong)", 2020], IL.loc["China (excl. Hong Kong)", 2025], 5)),
    "Israel: (China 2025 / China 2020)^(1/5) - 1.", F_IL)
add("G03", "cagr", "At what compound average annual rate did Israel's exports to South Korea grow from 2021 to 2024?",
    pct(cagr(IL.loc["Korea, Rep. of", 2021], IL.loc["Korea, Rep. of", 2024], 3)),
    "Israel: ('Korea, Rep. of' 2024 / 2021)^(1/3) - 1.", F_IL)
add("G04", "cagr", "What was the compound annual growth of Israel's exports to the US over 2019-2025?",
    pct(cagr(IL.loc["United States", 2019], IL.loc["United States", 2025], 6)), "Israel: (US 2025 / US 2019)^(1/6) - 1.", F_IL)
add("G05", "cagr", "What was the CAGR of Israel's exports to Europe (the continent total) between 2020 and 2025?",
    pct(cagr(IL.loc["Europe", 2020], IL.loc["Europe", 2025], 5)), "Israel: ('Europe - total' 2025 / 2020)^(1/5) - 1.", F_IL)

# ============================================================================= RANK
s = IL.loc[IL_COUNTRIES, 2025].sort_values(ascending=False)
add("R01", "rank", "Which single country was Israel's largest export destination in 2025?",
    {"name": US_NAMES}, f"Israel 2025, individual countries only (EU, continents, 'Other ...' excluded): {s.index[0]} {s.iloc[0]}.", F_IL)
add("R02", "rank", "Apart from the United States, which individual country bought the most Israeli goods in 2025?",
    {"name": ["China"]}, f"Israel 2025 countries excl. US: top = {s.index[1]} {s.iloc[1]} (EU 27 is a grouping, excluded by 'individual country').", F_IL)
c = IL.loc[IL_CONTINENTS, 2023].sort_values(ascending=False)
add("R03", "rank", "Which continent took the largest share of Israel's exports in 2023?",
    {"name": [c.index[0]]}, f"Israel 2023 continent totals: {c.to_dict()}.", F_IL)
s = KE[("dom", 2025)].sort_values(ascending=False)
assert s.index[1] == "United States of America"
add("R04", "rank", "Among the partners listed by KNBS, which was Kenya's second-largest market for domestic exports in 2025?",
    {"name": US_NAMES}, f"KNBS Domestic Exports 2025*: 1 {s.index[0]} {s.iloc[0]}, 2 {s.index[1]} {s.iloc[1]}, 3 {s.index[2]} {s.iloc[2]}.", F_KE)
s = KE[("imp", 2025)].sort_values()
add("R05", "rank", "Which of the listed partner countries supplied the least imports to Kenya in 2025?",
    {"name": [s.index[0]]}, f"KNBS Imports 2025*: smallest {s.index[0]} {s.iloc[0]}, next {s.index[1]} {s.iloc[1]}.", F_KE)
s = KE[("re", 2025)].sort_values(ascending=False)
add("R06", "rank", "What was Kenya's top re-export destination in 2025?",
    {"name": [s.index[0]]}, f"KNBS Re-exports 2025*: {s.index[0]} {s.iloc[0]} (next {s.index[1]} {s.iloc[1]}).", F_KE)
s = pd.Series({p: se(p, "imports", 2025) for p in SE_COUNTRIES}).sort_values(ascending=False)
add("R07", "rank", "Which country was Sweden's biggest source of imports in 2025? Countries only, not the EU27 aggregate.",
    {"name": [s.index[0]]}, f"SCB imports 2025, countries: {s.head(3).to_dict()}.", F_SE)
s = pd.Series({p: se(p, "exports", 2025) for p in SE_COUNTRIES}).sort_values(ascending=False)
assert s.index[2] == "United States"
add("R08", "rank", "What was the third-largest individual country destination for Swedish exports in 2025?",
    {"name": US_NAMES}, f"SCB exports 2025, countries: {s.head(4).to_dict()}.", F_SE)
s = PL.loc[[c for c in PL_COUNTRIES if c not in ("Germany", "China (excl. Hong Kong)")], "I-XII"].sort_values(ascending=False)
assert s.index[0] == "United States"
add("R09", "rank", "Leaving aside Germany and China, which individual country was Poland's largest import source in 2025?",
    {"name": US_NAMES}, f"Poland GUS I-XII, individual countries (Euro area and residual excluded): {s.head(3).to_dict()}.", F_PL)
s = CH.loc[CH_MAIN, "im25"].sort_values(ascending=False)
add("R10", "rank", "Excluding gold and precious metals, which product group had the highest Swiss import value in 2025?",
    {"name": ["Chemical and pharmaceutical", "chemical-pharmaceutical", "chemicals and pharmaceuticals"]},
    f"BAZG imports 2025 main groups ('of which' rows and Totals excluded): {s.head(2).to_dict()}.", F_CH)
items = [i for i in BD.index if i not in ("All Products",) and not i.startswith(("A.", "B."))]
s = BD.loc[items, "pct_yoy"].sort_values(ascending=False)
add("R11", "rank", "Which Bangladeshi export product grew fastest in July-January 2025-26 compared with the same period a year earlier?",
    {"name": ["Pharmaceuticals", "Pharmaceutical"]}, f"EPB, product rows (not A./B. subtotals): {s.head(2).to_dict()}.", F_BD)
s = NO.loc[[f"2025M{m:02d}" for m in range(1, 13)], "ex_u"].sort_values(ascending=False)
mi = int(s.index[0][5:])
add("R12", "rank", "In which month of 2025 were Norway's unadjusted exports highest?",
    {"name": [f"{MONTH_NAMES[mi - 1]}", s.index[0]]}, f"Norway SSB 2025 unadjusted exports: top {s.index[0]} {s.iloc[0]}, next {s.index[1]} {s.iloc[1]}.", F_NO)

s = KE[("dom", 2025)].sort_values(ascending=False)
top3 = list(s.index[:3])
assert top3 == ["Uganda", "United States of America", "Pakistan"]
add("R13", "rank", "Name Kenya's top three destinations for domestic exports in 2025 among the partners KNBS lists.",
    [{"name": ["Uganda"]}, {"name": US_NAMES}, {"name": ["Pakistan"]}],
    f"KNBS Domestic Exports 2025*: top 3 {s.head(4).to_dict()} (4th shown for margin).", F_KE)

# ============================================================================= COUNT WHERE
n = int((NO.loc[[f"2025M{m:02d}" for m in range(1, 13)], "ex_u"] > 140000).sum())
add("CW01", "count-where", "In how many months of 2025 did Norway's unadjusted exports exceed NOK 140,000 million?",
    cnt(n), "Norway SSB: count of 2025 months with 'Exports, unadjusted' > 140000.", F_NO)
n = int((NO["ex_mom"] < 0).sum())
add("CW02", "count-where", "From January 2025 through February 2026, in how many months did Norway's seasonally adjusted exports fall from the previous month?",
    cnt(n), "Norway SSB: count of negative values in 'Exports (s.a.), change from previous month (%)', 14 rows incl. 2025M01 (+2.3).", F_NO)
n = int((PL.loc["corresponding period of previous year = 100", MONTHS_PL] < 100).sum())
add("CW03", "count-where", "In how many months of 2025 were Poland's total imports lower than in the same month of 2024?",
    cnt(n), "Poland GUS: months where the index 'corresponding period of previous year = 100' is below 100.", F_PL)
ex = SE[(SE.partner == "Norway") & (SE.flow == "exports") & (SE.year == 2025)].set_index("m").value
im = SE[(SE.partner == "Norway") & (SE.flow == "imports") & (SE.year == 2025)].set_index("m").value
n = int((ex < im).sum())
add("CW04", "count-where", "In how many months of 2025 did Sweden run a goods trade deficit with Norway?",
    cnt(n), f"SCB Norway 2025: months where exports < imports; months: {list(ex[ex < im].index)}.", F_SE)
v = NO["im_u"]
add("CW08", "count-where", "Between January 2025 and February 2026, how many months had Norwegian unadjusted imports below NOK 74,000 million?",
    cnt(int((v < 74000).sum())), f"Norway SSB: months with 'Imports, unadjusted' < 74000: {list(v[v < 74000].index)} (nearest above: {v[v >= 74000].min()}).", F_NO)
ch = IL.loc["Total exports of goods | % change", list(range(2020, 2026))]
add("CW05", "count-where", "Between 2020 and 2025, in how many years did Israel's total exports decline?",
    cnt(int((ch < 0).sum())), f"Israel: negative printed % change of total, 2020..2025 ({ch.to_dict()}); same from levels.", F_IL)
d = SE[(SE.partner == "United States") & (SE.flow == "exports") & (SE.year == 2024)].value
add("CW06", "count-where", "How many months in 2024 did Swedish exports to the United States top SEK 15,000 million?",
    cnt(int((d > 15000).sum())), f"SCB United States exports 2024 > 15000; values {sorted(d.tolist())}.", F_SE)
bal = pd.Series({p: ke_bal(p, 2025) for p in KE.index})
add("CW07", "count-where", "With how many of the listed partner countries did Kenya have a trade surplus in 2025, counting domestic exports plus re-exports against imports?",
    cnt(int((bal > 0).sum())), f"KNBS 2025*: surplus with {list(bal[bal > 0].index)}.", F_KE)

# ============================================================================= COMPARE (yes/no)
def yn(b):
    return {"verdict": "yes" if b else "no"}


a, b = se("Denmark", "exports", 2025), se("Finland", "exports", 2025)
add("Y01", "compare", "Were Sweden's exports to Denmark larger than its exports to Finland in 2025?", yn(a > b),
    f"SCB 2025 exports: Denmark {a} vs Finland {b}.", F_SE)
a, b = KE.loc["Pakistan", ("dom", 2025)], KE.loc["Netherlands", ("dom", 2025)]
add("Y02", "compare", "Did Kenya's domestic exports to Pakistan exceed those to the Netherlands in 2025?", yn(a > b),
    f"KNBS Domestic Exports 2025*: Pakistan {a} vs Netherlands {b}.", F_KE)
m = NO["ex_sa"].min()
add("Y03", "compare", "Did Norway's seasonally adjusted exports ever drop below NOK 130,000 million between January 2025 and February 2026?",
    yn(m < 130000), f"Norway SSB: minimum s.a. exports {m} ({NO['ex_sa'].idxmin()}).", F_NO)
m = PL.loc["China (excl. Hong Kong)", MONTHS_PL].max()
add("Y04", "compare", "Were Poland's monthly imports from China ever above PLN 20,000 million in 2025?", yn(m > 20000),
    f"Poland GUS: max monthly China imports {m}.", F_PL)
a, b = IL.loc["India", 2019], IL.loc["Hong Kong (China)", 2019]
add("Y05", "compare", "In 2019, were Israel's exports to India higher than its exports to Hong Kong?", yn(a > b),
    f"Israel 2019: India {a} vs Hong Kong (China) {b}.", F_IL)
a, b = CH.loc["Watches", "ex24"], CH.loc["Watches", "ex25"]
add("Y06", "compare", "Did Swiss watch exports increase in 2025?", yn(b > a), f"BAZG Watches exports 2024 {a}, 2025 {b}.", F_CH)
a, b = BD.loc["Knitwear (HS 61)", "perf_jj2526"], BD.loc["Knitwear (HS 61)", "strat_jj"]
add("Y07", "compare", "Did Bangladesh's knitwear exports beat the strategic target for July-January 2025-26?", yn(a > b),
    f"EPB Knitwear: performance {a} vs strategic target {b}.", F_BD)
a, b = KE.loc["Saudi Arabia", ("imp", 2025)], KE.loc["India", ("imp", 2025)]
add("Y08", "compare", "Did Kenya import more from Saudi Arabia than from India in 2025?", yn(a > b),
    f"KNBS Imports 2025*: Saudi Arabia {a} vs India {b}.", F_KE)

# ============================================================================= CLAIMS
c = growth(IL.loc["Total exports of goods", 2024], IL.loc["Total exports of goods", 2025])
p = IL.loc["Total exports of goods | % change", 2025]
add("CL01", "claim", "Is it true that Israel's total goods exports grew by about 8% in 2025?",
    {"verdict": "supported", **pct(c, tol_vs_printed(c, p))}, f"Israel total 2025 vs 2024 = {c:.3f}% (printed {p}); 'about 8%' holds.", F_IL)
b = ke_bal("China", 2025)
assert b < 0
add("CL02", "claim", f"A briefing says Kenya had a trade surplus of KSh {abs(b):,.0f} million with China in 2025 (domestic exports plus re-exports minus imports). Is that right?",
    {"verdict": "contradicted", **money(b, U_KE)},
    f"KNBS China 2025*: (dom + re) - imports = {b} - a deficit of that size, not a surplus (sign error in the claim). Ambiguity: an answer saying 'a deficit of 533,320' states the magnitude; expected value is kept signed (negative).", F_KE)
c = growth(se("Norway", "exports", 2024), se("Norway", "exports", 2025))
add("CL03", "claim", "Someone told me Swedish exports to Norway rose 12% in 2025. True?",
    {"verdict": "contradicted", **pct(c)}, f"SCB Norway exports 2025 vs 2024 = {c:.3f}%.", F_SE)
c = growth(BD.loc["All Products", "perf_jj2425"], BD.loc["All Products", "perf_jj2526"])
add("CL04", "claim", "Is it correct that Bangladesh's total exports in July-January 2025-26 were 5.19% higher than a year earlier?",
    {"verdict": "supported", **pct(c)}, f"EPB All Products: {c:.3f}% (printed {BD.loc['All Products', 'pct_yoy']}).", F_BD)
v = NO.loc["2025M12", "bal_u"]
add("CL05", "claim", f"Check this: Norway's unadjusted trade surplus in December 2025 was NOK {v:,.0f} million.",
    {"verdict": "supported", **money(v, U_NO)}, "Norway SSB 2025M12 'Trade balance, unadjusted' (positive = surplus).", F_NO)
v = PL.loc["Imports, total", "I-XII"]
add("CL06", "claim", "Is it true that Poland's total imports in 2025 exceeded PLN 1,500,000 million?",
    {"verdict": "contradicted", **money(v, U_PL)}, f"Poland GUS 'Imports, total' I-XII = {v}.", F_PL)
c = growth(CH.loc['Total 1 ("business cycle" total)', "ex24"], CH.loc['Total 1 ("business cycle" total)', "ex25"])
add("CL07", "claim", "Is this statement right: 'Swiss Total 1 exports rose by 2.5% in nominal terms in 2025'?",
    {"verdict": "supported", **pct(c, tol_vs_printed(c, CH.loc['Total 1 ("business cycle" total)', "ex_nom"]))},
    f"BAZG Total 1 exports: {c:.3f}% (printed 2.5; rounds to 2.5).", F_CH)
v = no25("im_u", [1, 2, 3])
add("CL08", "claim", "Is it true that Norway's unadjusted imports in the first quarter of 2025 totalled NOK 240,000 million?",
    {"verdict": "contradicted", **money(v, U_NO)}, f"Norway SSB 2025M01-M03 unadjusted imports = {v}.", F_NO)
b = ke_bal("Pakistan", 2025)
assert b > 0
add("CL09", "claim", "Kenya's trade with Pakistan in 2025 ended in a deficit of about KSh 50,000 million (domestic exports plus re-exports minus imports) - correct?",
    {"verdict": "contradicted", **money(b, U_KE)}, f"KNBS Pakistan 2025*: balance = +{b}, a surplus, not a deficit.", F_KE)

# ============================================================================= TWO-PART
c = growth(NO.loc["2025M01", "ex_u"], NO.loc["2026M01", "ex_u"])
add("TP01", "two-part", "What were Norway's unadjusted exports in January 2026, and how much did they change from January 2025 in percent?",
    [money(NO.loc["2026M01", "ex_u"], U_NO), pct(c, tol_vs_printed(c, NO.loc["2026M01", "ex_yoy"]))],
    f"Norway SSB 2026M01 unadjusted exports; y-o-y {c:.3f}% (printed {NO.loc['2026M01', 'ex_yoy']}).", F_NO)
add("TP02", "two-part", "What were Kenya's re-exports to the DR Congo in 2025, and by what percentage did they grow on 2024?",
    [money(KE.loc["Democratic Republic of Congo", ("re", 2025)], U_KE),
     pct(growth(KE.loc["Democratic Republic of Congo", ("re", 2024)], KE.loc["Democratic Republic of Congo", ("re", 2025)]))],
    "KNBS DR Congo re-exports 2025*, and 2025*/2024 - 1.", F_KE)
ex, im = se("Germany", "exports", 2025), se("Germany", "imports", 2025)
add("TP03", "two-part", "What were Sweden's imports from Germany in 2025, and what was Sweden's trade balance with Germany that year?",
    [money(im, U_SE), money(ex - im, U_SE)], "SCB Germany 2025: imports (12-month sum); exports - imports.", F_SE)
add("TP04", "two-part", "How much did Israel export to Japan in 2025, and what share of Israel's total exports was that?",
    [money(IL.loc["Japan", 2025], U_IL), pct(IL.loc["Japan", 2025] / IL.loc["Total exports of goods", 2025] * 100)],
    "Israel Japan 2025; Japan / Total exports of goods 2025.", F_IL)
w = BD.loc["Woven Garments (HS 62)"]
add("TP05", "two-part", "What were Bangladesh's woven garment exports in July-January 2025-26, and by how many million US$ did they beat or miss the strategic target?",
    [money(w["perf_jj2526"], U_BD), money(w["perf_jj2526"] - w["strat_jj"], U_BD)],
    "EPB Woven Garments (HS 62): performance; performance - strategic target (positive = beat).", F_BD)
t2 = CH.loc['Total 2 ("general" total)']
add("TP06", "two-part", "What were Switzerland's Total 2 imports in 2025, and how much did they change from 2024 in CHF million?",
    [money(t2["im25"], U_CH), money(t2["im25"] - t2["im24"], U_CH)], "BAZG Total 2 imports 2025; 2025 - 2024.", F_CH)

# ============================================================================= FOLLOW-UPS (multi-turn)
add("F01", "follow-up", ["What were Kenya's domestic exports to Uganda in 2025?", "And the re-exports?"],
    money(KE.loc["Uganda", ("re", 2025)], U_KE), "KNBS Uganda Re-exports 2025* (flow swapped).", F_KE)
add("F02", "follow-up", ["How much did Kenya import from India in 2025?", "And from China?"],
    money(KE.loc["China", ("imp", 2025)], U_KE), "KNBS China Imports 2025* (partner swapped).", F_KE)
s = KE[("re", 2025)]
add("F03", "follow-up", ["Which listed partner was Kenya's largest re-export destination in 2025?",
                         "How big is that relative to all re-exports to the listed partners, in percent?"],
    pct(s.max() / s.sum() * 100), f"KNBS: {s.idxmax()} re-exports 2025* / sum of re-exports 2025* over listed partners ('that' = the top destination).", F_KE)
add("F04", "follow-up", ["What were Kenya's total exports, domestic plus re-exports, to Tanzania in 2025?", "And in 2024?"],
    money(ke_exp("Tanzania", 2024), U_KE), "KNBS Tanzania 2024 dom + re (period swapped).", F_KE)
add("F05", "follow-up", ["How much did Sweden export to Finland in 2025?", "And imports?"],
    money(se("Finland", "imports", 2025), U_SE), "SCB Finland imports, 12-month sum 2025 (flow swapped).", F_SE)
add("F06", "follow-up", ["What were Sweden's exports to the United States in June 2025?", "What about July?"],
    money(se("United States", "exports", 2025, [7]), U_SE), "SCB United States exports 2025M07 (period swapped).", F_SE)
s = pd.Series({p: se(p, "exports", 2025) for p in SE_COUNTRIES}).sort_values()
add("F07", "follow-up", ["Which individual country was Sweden's largest export market in 2025?", "And the weakest one among the countries listed?"],
    {"name": [s.index[0]]}, f"SCB exports 2025, countries only: smallest {s.index[0]} {s.iloc[0]}, next {s.index[1]} {s.iloc[1]}.", F_SE)
add("F08", "follow-up", ["What was Sweden's trade balance with the Netherlands in 2025?", "And with Denmark?"],
    money(se("Denmark", "exports", 2025) - se("Denmark", "imports", 2025), U_SE), "SCB Denmark 2025 exports - imports.", F_SE)
add("F09", "follow-up", ["What were Norway's seasonally adjusted exports in March 2025?", "And imports, on the same basis?"],
    money(NO.loc["2025M03", "im_sa"], U_NO), "Norway SSB 2025M03 'Imports, seasonally adjusted' (flow swapped, s.a. kept).", F_NO)
b = NO.loc[[f"2025M{m:02d}" for m in range(1, 13)], "bal_u"]
add("F10", "follow-up", ["In which month of 2025 was Norway's unadjusted trade surplus largest?", "How large was it?"],
    money(b.max(), U_NO), f"Norway SSB: max 2025 'Trade balance, unadjusted' = {b.idxmax()} {b.max()}.", F_NO)
add("F11", "follow-up", ["What were Norway's unadjusted exports in the second quarter of 2025?", "And in the third quarter?"],
    money(no25("ex_u", [7, 8, 9]), U_NO), "Norway SSB 2025M07-M09 unadjusted exports summed.", F_NO)
add("F12", "follow-up", ["What was Norway's unadjusted trade balance for 2025 as a whole?",
                         "What percentage of that year's unadjusted exports does that represent?"],
    pct((no25("ex_u") - no25("im_u")) / no25("ex_u") * 100), "Norway SSB 2025: sum of balance / sum of unadjusted exports.", F_NO)
add("F13", "follow-up", ["How much did Poland import from Italy in March 2025?", "And from France?"],
    money(PL.loc["France", "III"], U_PL), "Poland GUS France, III.", F_PL)
c = PL.loc["Euro area (20 countries)", "X"] / PL.loc["Imports, total", "X"] * 100
add("F14", "follow-up", ["What were Poland's total imports in October 2025?", "What percentage of that came from the euro area?"],
    pct(c, tol_vs_printed(c, PL.loc["% of total imports", "X"])), f"Poland GUS X: Euro area / total = {c:.3f} (printed {PL.loc['% of total imports', 'X']}).", F_PL)
g = PL.loc["Germany", MONTHS_PL].astype(float)
lo = MONTHS_PL.index(g.idxmin())
add("F15", "follow-up", ["Which month of 2025 had the highest Polish imports from Germany?", "And the lowest?"],
    {"name": [MONTH_NAMES[lo], g.idxmin()]}, f"Poland GUS Germany: min {g.idxmin()} {g.min()} (max {g.idxmax()} {g.max()}).", F_PL)
add("F16", "follow-up", ["What were Israel's exports to the United States in 2024?", "And in 2025?"],
    money(IL.loc["United States", 2025], U_IL), "Israel United States 2025.", F_IL)
add("F17", "follow-up", ["What were Israel's exports to Brazil in 2022?", "How much did they grow from that year to 2025, in percent?"],
    pct(growth(IL.loc["Brazil", 2022], IL.loc["Brazil", 2025])), "Israel Brazil 2025 / 2022 - 1 ('that year' = 2022).", F_IL)
e = IL.loc["European Union (27 countries)", list(range(2019, 2026))]
add("F18", "follow-up", ["In which year were Israel's exports to the European Union (27 countries) highest?", "What was the value that year?"],
    money(e.max(), U_IL), f"Israel EU27 max = {e.idxmax()} {e.max()} (next: 2022 {e[2022]}).", F_IL)
c = growth(IL.loc["United States", 2020], IL.loc["United States", 2021])
add("F19", "follow-up", ["How fast did Israel's total exports grow in 2021?", "And exports to the United States?"],
    pct(c, tol_vs_printed(c, IL.loc["United States | % change", 2021])),
    f"Israel US 2021 growth {c:.3f} (printed {IL.loc['United States | % change', 2021]}).", F_IL)
add("F20", "follow-up", ["What was Bangladesh's export performance for leather and leather products in July-January 2025-26?",
                         "And for the same period a year earlier?"],
    money(BD.loc["Leather & Leather Products (incl. footwear)", "perf_jj2425"], U_BD), "EPB leather, 'Export Performance for July-January 2024-25'.", F_BD)
s = BD.loc[items, "pct_yoy"]
worst = s.idxmin()
add("F21", "follow-up", ["Which Bangladeshi export product fell the most in percentage terms in July-January 2025-26 versus a year earlier?",
                         "By how much was that in million US$?"],
    money(BD.loc[worst, "perf_jj2526"] - BD.loc[worst, "perf_jj2425"], U_BD), f"EPB: worst product {worst} ({s.min()}%); perf 2025-26 - perf 2024-25.", F_BD)
add("F22", "follow-up", ["What were Switzerland's exports of vehicles in 2025?", "And imports?"],
    money(CH.loc["Vehicles", "im25"], U_CH), "BAZG Vehicles imports 2025.", F_CH)
add("F23", "follow-up", ["What were Switzerland's Total 1 exports in 2025?", "And the Total 2 figure?"],
    money(CH.loc['Total 2 ("general" total)', "ex25"], U_CH), "BAZG Total 2 exports 2025 (flow kept: exports).", F_CH)
add("F24", "follow-up", ["How much did Switzerland export in pharmaceutical products, vitamins and diagnostics in 2025?",
                         "What share of all chemical and pharmaceutical exports is that?"],
    pct(CH.loc["Pharmaceutical products, vitamins, diagnostics", "ex25"] / CH.loc["Chemical and pharmaceutical products", "ex25"] * 100),
    "BAZG 2025 exports: 'of which: Pharmaceutical products...' / 'Chemical and pharmaceutical products'.", F_CH)
add("F25", "follow-up", ["What was Kenya's trade balance with the United Kingdom in 2025, using domestic exports plus re-exports?", "And with Germany?"],
    money(ke_bal("Germany", 2025), U_KE), "KNBS Germany 2025*: dom + re - imports.", F_KE)
add("F26", "follow-up", ["How much did Sweden import from Poland in 2024?", "By how much did that change in 2025, in percent?"],
    pct(growth(se("Poland", "imports", 2024), se("Poland", "imports", 2025))), "SCB Poland imports 2025 vs 2024 (12-month sums).", F_SE)
add("F27", "follow-up", ["What was the month-on-month change in Norway's seasonally adjusted imports in September 2025?", "And for exports?"],
    pct(NO.loc["2025M09", "ex_mom"], tol_vs_printed(growth(NO.loc["2025M08", "ex_sa"], NO.loc["2025M09", "ex_sa"]), NO.loc["2025M09", "ex_mom"])),
    "Norway SSB 2025M09 'Exports (s.a.), change from previous month (%)'.", F_NO)
a, b = KE.loc["Egypt", ("imp", 2025)], KE.loc["Egypt", ("dom", 2025)]
add("F28", "follow-up", ["How much did Kenya import from Egypt in 2025?", "Was that more than its domestic exports to Egypt in the same year?"],
    yn(a > b), f"KNBS Egypt 2025*: imports {a} vs domestic exports {b}.", F_KE)

# ============================================================================= REFUSALS
R = [
    ("X01", "What were Israel's exports to Australia in 2025?", "Israel table has only 'Oceania - total'; Australia is not shown separately.", F_IL),
    ("X02", "What were Norway's unadjusted exports in March 2026?", "Norway SSB table ends at 2026M02*.", F_NO),
    ("X03", "How many tonnes of jute goods did Bangladesh export in July-January 2025-26?", "EPB table has values only, no quantities.", F_BD),
    ("X04", "What was the average unit price of Swiss watch exports in 2025?", "BAZG table has values and % changes only; no prices or units.", F_CH),
    ("X05", "What were Kenya's domestic exports to Ethiopia in 2025?", "Ethiopia is not among the KNBS listed partners.", F_KE),
    ("X06", "What were Poland's exports to Germany in 2025?", "The GUS table covers imports only.", F_PL),
    ("X07", "How much did Sweden export to Japan in 2025?", "Japan is not a partner in the SCB table.", F_SE),
    ("X08", "What were Sweden's exports to Norway in January 2023?", "SCB table covers 2024M01-2025M12 only.", F_SE),
    ("X09", "What were Swiss exports of chemical and pharmaceutical products to the United States in 2025?", "BAZG table has no partner breakdown.", F_CH),
    ("X10", "What were Kenya's total exports to the world in 2025?", "KNBS table shows selected partners only and no total (note refers to Table 8.5, not provided); a sum of listed partners is not world exports.", F_KE),
    ("X11", "What were Israel's total exports including diamonds in 2025?", "Israel table excludes diamonds (footnote 1); no figure including them.", F_IL),
    ("X12", "What were Israel's imports from the United States in 2025?", "Israel table covers exports only.", F_IL),
    ("X13", "What was the average NOK to US dollar exchange rate in 2025?", "No table has exchange rates.", F_NO),
    ("X14", "How much did Poland import from China in 2024?", "GUS table has 2025 only; the y/y index exists only for total imports.", F_PL),
    ("X15", "What was Bangladesh's export performance in July-January 2023-24?", "EPB table covers July-January 2024-25 and 2025-26 (and FY 2024-25) only.", F_BD),
    ("X16", "How much gold did Switzerland import in 2023?", "BAZG table covers 2024 and 2025 only.", F_CH),
    ("X17", "What were Norway's crude oil exports in 2025?", "Norway SSB table has totals only; crude oil is included but not shown separately.", F_NO),
]
for qid, text, note, tab in R:
    add(qid, "refuse", text, "refuse", note, tab)
add("X18", "refuse", ["What were Poland's imports from Czechia in 2025?", "And from Ukraine?"], "refuse",
    "Ukraine not shown in GUS table (inside 'Other countries (residual)'). Conversation; last turn swaps partner.", F_PL)
add("X19", "refuse", ["What were Kenya's imports from Japan in 2025?", "And in 2023?"], "refuse",
    "KNBS table has 2024 and 2025 only. Conversation; last turn swaps period.", F_KE)

# ============================================================================= WRITE
ids = [q["id"] for q in Q]
assert len(ids) == len(set(ids))


def clean(o):
    if isinstance(o, float):
        assert not math.isnan(o)
    if isinstance(o, dict):
        return {k: clean(v) for k, v in o.items()}
    if isinstance(o, list):
        return [clean(v) for v in o]
    return o


with open(HERE / "questions.jsonl", "w", encoding="utf-8") as f:
    for q in Q:
        f.write(json.dumps(clean(q), ensure_ascii=False) + "\n")

kinds = pd.Series([q["kind"] for q in Q]).value_counts()
print(kinds.to_string())
print("total", len(Q), "conversations", sum("conversation" in q for q in Q))

TABLE_NOTES = (HERE / "notes_tables.md").read_text(encoding="utf-8")
with open(HERE / "NOTES.md", "w", encoding="utf-8") as f:
    f.write("# qa6 evaluation set - notes\n\n")
    f.write("Generated by compute_expected.py (tables built by build_tables.py; figures invented but internally consistent).\n\n")
    f.write(TABLE_NOTES.strip() + "\n\n")
    f.write("## Questions\n\n")
    f.write("\n".join(NOTES) + "\n")
