"""Blind eval set for trade-insights: read the tables in tables/ with pandas and compute every
expected value, then write questions.jsonl and the per-question lines of NOTES.md."""
from __future__ import annotations

import json
import math
from pathlib import Path

import pandas as pd

HERE = Path(__file__).parent
T = HERE / "tables"

FI_U, DK_U, CZ_U, PT_U, AE_U, NG_U, PK_U = ("EUR million", "DKK million", "CZK bn", "EUR million",
                                            "AED million", "₦ billion", "US$ million")

# ------------------------------------------------------------------ readers
fi = pd.read_csv(T / "fi_tulli_vienti_maittain_2019_2024.csv", sep=";", skiprows=2, header=0,
                 decimal=",", encoding="utf-8-sig", nrows=15, dtype={0: str})
fi = fi.rename(columns={fi.columns[0]: "label", "2024*": "2024"}).set_index("label")
fi.columns = [int(c) for c in fi.columns]
fi.index = fi.index.str.strip()


def F(label: str, year: int) -> float:
    hits = [i for i in fi.index if label in i]
    assert len(hits) == 1, (label, hits)
    return float(fi.loc[hits[0], year])


FI_COUNTRIES = ["Germany", "Sweden", "Netherlands", "United States", "China", "Russia", "Norway",
                "United Kingdom", "Korea, Republic of"]

dkraw = pd.read_excel(T / "dk_dst_uhv_imports_exports_by_country_2024M01-2025M12.xlsx", header=None)
months = list(dkraw.iloc[2, 2:])
dk = dkraw.iloc[3:29].copy()
dk[0] = dk[0].ffill()
dk[1] = dk[1].str.strip()
dk = dk.set_index([0, 1])
dk.columns = months


def D(flow: str, label: str, month: str):
    v = dk.loc[(flow, label), month]
    return None if v == ".." else float(v)


def Dsum(flow: str, label: str, ms: list[str]) -> float:
    return sum(D(flow, label, m) for m in ms)


def M(y: int, a: int, b: int) -> list[str]:
    return [f"{y}M{m:02d}" for m in range(a, b + 1)]


DK_COUNTRIES = ["Germany", "Sweden", "Norway", "United Kingdom", "United States", "China", "Netherlands", "Poland"]

cz = pd.read_csv(T / "cz_czso_zahranicni_obchod_2025_tab1.csv", sep=";", skiprows=4, header=None,
                 decimal=",", nrows=13, na_values=["x"])
cz.columns = ["period", "ex", "ex_yy", "im", "im_yy", "bal", "bal_yy", "sa_ex", "sa_ex_mm", "sa_im", "sa_im_mm", "sa_bal"]
cz_year = cz.iloc[12]
cz = cz.iloc[:12].reset_index(drop=True)  # row m-1 = month m of 2025


def C(col: str, m: int) -> float:
    return float(cz.loc[m - 1, col])


ptraw = pd.read_excel(T / "pt_ine_comercio_internacional_quadro1_2024_2025.xlsx", header=None, skiprows=5, nrows=26)
ptraw.columns = ["year", "month", "ex", "ex_tvh", "ex_tvc", "im", "im_tvh", "im_tvc", "bal", "cov"]
pt_year = ptraw.iloc[:2].copy()
pt_year["year"] = pt_year["year"].astype(str).str[:4].astype(int)
pt = ptraw.iloc[2:].copy()
pt["year"] = pt["year"].ffill().astype(str).str[:4].astype(int)
PTM = ["Jan", "Fev", "Mar", "Abr", "Mai", "Jun", "Jul", "Ago", "Set", "Out", "Nov", "Dez"]
pt["m"] = pt["month"].map(lambda s: PTM.index(s) + 1)
pt = pt.set_index(["year", "m"])


def P(col: str, y: int, m: int) -> float:
    return float(pt.loc[(y, m), col])


def PY(col: str, y: int) -> float:
    return float(pt_year.set_index("year").loc[y, col])


ae = pd.read_excel(T / "ae_fcsc_nonoil_trade_top10_partners_H1_2024_2025.xlsx", header=None, skiprows=5, nrows=10)
ae.columns = ["partner", "ar", "im24", "ex24", "rx24", "im25", "ex25", "rx25"]
ae = ae.set_index("partner")
AEF = {"imports": "im", "exports": "ex", "re-exports": "rx"}


def A(partner: str, flow: str, year: int) -> float:
    return float(ae.loc[partner, f"{AEF[flow]}{year % 100}"])


def Atot(partner: str, year: int) -> float:
    return sum(A(partner, f, year) for f in AEF)


ng = pd.read_csv(T / "ng_nbs_foreign_trade_partner_long_2023Q1_2025Q2.csv")
ng = ng.rename(columns={"Value (₦ billion)": "v"})


def N(period: str, partner: str, flow: str) -> float:
    s = ng[(ng.Period == period) & (ng.Country == partner) & (ng["Trade Flow"] == flow)]["v"]
    assert len(s) == 1, (period, partner, flow)
    return float(s.iloc[0])


def NY(year: int, partner: str, flow: str, qs=(1, 2, 3, 4)) -> float:
    return sum(N(f"Q{q} {year}", partner, flow) for q in qs)


NG_PARTNERS = sorted(ng.Country.unique())

pkraw = pd.read_excel(T / "pk_pbs_exports_commodities_jun2025.xlsx", header=None, skiprows=4, nrows=34)
pkraw.columns = ["sno", "item", "jun25", "jun24", "jun_pc", "fy25", "fy24", "fy_pc"]
pkraw["item"] = pkraw["item"].str.strip()
pk = pkraw.set_index("item")


def K(item: str, col: str) -> float:
    return float(pk.loc[item, col])


PK_TEXTILE = list(pkraw["item"].iloc[10:19])
PK_FOOD = ["Rice", "Fish & fish preparations", "Fruits", "Vegetables", "Meat & meat preparations", "Other food items"]

# ------------------------------------------------------------------ helpers


def pct(a: float, b: float) -> float:
    return (a / b - 1) * 100


def cagr(end: float, start: float, years: float) -> float:
    return ((end / start) ** (1 / years) - 1) * 100


def rv(x: float) -> float:
    return round(float(x), 2)


def val(x: float, unit: str) -> dict:
    return {"value": rv(x), "unit": unit}


QS: list[dict] = []
NOTES: list[str] = []


def q(kind: str, text, expect, note: str) -> None:
    qid = f"q{len(QS) + 1:03d}"
    d = {"id": qid, "kind": kind}
    if isinstance(text, list):
        d["conversation"] = text
    else:
        d["question"] = text
    d["expect"] = expect
    QS.append(d)
    NOTES.append(f"- {qid} ({kind}): {note}")


def argmax(d: dict) -> str:
    return max(d, key=d.get)


def argmin(d: dict) -> str:
    return min(d, key=d.get)


MONTH_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December"]

# ================================================================== LOOKUP
q("lookup", "According to Finnish Customs, what was the total value of Finland's goods exports in 2022?",
  val(F("Total exports", 2022), FI_U), "FI row 'Vienti yhteensä / Total exports', column 2022.")
q("lookup", "How much did Finland export to South Korea in 2021?",
  val(F("Korea, Republic of", 2021), FI_U), "FI row 'Korea, tasavalta / Korea, Republic of', 2021 (South Korea = Korea, Republic of).")
q("lookup", "What were Denmark's exports to the United States in June 2025?",
  val(D("Exports", "United States", "2025M06"), DK_U), "DK Exports block, United States, 2025M06.")
q("lookup", "Danish imports from China, March 2024: what was the figure?",
  val(D("Imports", "China", "2024M03"), DK_U), "DK Imports block, China, 2024M03.")
q("lookup", "What was the value of Czech goods exports in May 2025 (not seasonally adjusted)?",
  val(C("ex", 5), CZ_U), "CZ row květen / May 2025, NSA Vývoz / Exports.")
q("lookup", "What was Czechia's seasonally adjusted trade balance in August 2025?",
  val(C("sa_bal", 8), CZ_U), "CZ row srpen / August 2025, SA Bilance / Balance (negative = deficit).")
q("lookup", "How much did Portugal import in September 2025, according to INE?",
  val(P("im", 2025, 9), PT_U), "PT row 2025 Po / Set, Importações.")
q("lookup", "What was Portugal's coverage ratio of imports by exports for 2024 as a whole?",
  val(PY("cov", 2024), "%"), "PT annual row 2024 (Ano / Year), Taxa de cobertura (%).")
q("lookup", "What were the UAE's re-exports to Iraq in the first half of 2025?",
  val(A("Iraq", "re-exports", 2025), AE_U), "AE row Iraq, H1 2025*, Re-exports.")
q("lookup", "UAE non-oil exports to Switzerland in H1 2024?",
  val(A("Switzerland", "exports", 2024), AE_U), "AE row Switzerland, H1 2024, Non-oil exports.")
q("lookup", "What was the value of Nigeria's imports from China in the third quarter of 2024?",
  val(N("Q3 2024", "China", "Imports"), NG_U), "NG long table: Period=Q3 2024, Country=China, Trade Flow=Imports.")
q("lookup", "How much did Pakistan earn from knitwear exports in fiscal year 2024-25 (July-June)?",
  val(K("Knitwear", "fy25"), PK_U), "PK row Knitwear, column July-June 2024-25 (P).")
q("lookup", "What were Pakistan's basmati rice exports in June 2025?",
  val(K("of which: Basmati", "jun25"), PK_U), "PK 'of which: Basmati' under Rice, June 2025.")
q("lookup", "What share of Finland's exports went to the EU27 in 2023?",
  val(F("osuus viennistä", 2023), "%"), "FI rate row 'osuus viennistä, % / share of total exports, %' under EU27_2020, 2023.")
q("lookup", "By what percentage did Finland's total exports change in 2020?",
  val(F("muutos edellisestä", 2020), "%"), "FI rate row 'muutos edellisestä vuodesta, %' under Total exports, 2020.")

# ================================================================== SUM OVER PARTNERS
q("sum-partners", "What were Finland's combined exports to Sweden and Norway in 2023?",
  val(F("Sweden", 2023) + F("Norway", 2023), FI_U), "FI Sweden 2023 + Norway 2023.")
q("sum-partners", "Add up Denmark's exports to Germany, the Netherlands and Poland in May 2025.",
  val(sum(D("Exports", p, "2025M05") for p in ["Germany", "Netherlands", "Poland"]), DK_U),
  "DK Exports 2025M05: Germany + Netherlands + Poland.")
q("sum-partners", "How much did the UAE import from China and India together in H1 2025?",
  val(A("China", "imports", 2025) + A("India", "imports", 2025), AE_U), "AE H1 2025* Imports: China + India.")
q("sum-partners", "What were Nigeria's total exports to Spain, France, the Netherlands and Belgium in Q2 2025?",
  val(sum(N("Q2 2025", p, "Exports") for p in ["Spain", "France", "Netherlands", "Belgium"]), NG_U),
  "NG Q2 2025 Exports: Spain + France + Netherlands + Belgium.")
q("sum-partners", "Combined UAE re-exports to Saudi Arabia and Oman in the first half of 2025?",
  val(A("Saudi Arabia", "re-exports", 2025) + A("Oman", "re-exports", 2025), AE_U), "AE H1 2025* Re-exports: Saudi Arabia + Oman.")
q("sum-partners", "What did Denmark import from Sweden and Norway combined in December 2025?",
  val(D("Imports", "Sweden", "2025M12") + D("Imports", "Norway", "2025M12"), DK_U), "DK Imports 2025M12: Sweden + Norway (2025M12 preliminary).")
q("sum-partners", "Taken together, how much did Finland export to the United States, China and South Korea in 2024?",
  val(sum(F(p, 2024) for p in ["United States", "China", "Korea, Republic of"]), FI_U), "FI 2024*: United States + China + Korea, Republic of.")
q("sum-partners", "Summing over all ten partners listed by the FCSC, what were UAE re-exports in H1 2025?",
  val(sum(A(p, "re-exports", 2025) for p in ae.index), AE_U), "AE sum of Re-exports H1 2025* over the 10 rows (table has no total row).")

# ================================================================== SUM OVER FLOWS
q("sum-flows", "What was the UAE's total non-oil trade with China in H1 2025 (imports, non-oil exports and re-exports)?",
  val(Atot("China", 2025), AE_U), "AE China H1 2025*: Imports + Non-oil exports + Re-exports.")
q("sum-flows", "How large was UAE non-oil trade with Switzerland in the first half of 2024, all flows combined?",
  val(Atot("Switzerland", 2024), AE_U), "AE Switzerland H1 2024: sum of the three flows.")
q("sum-flows", "What was total trade (exports plus imports) between Nigeria and China in Q1 2025?",
  val(N("Q1 2025", "China", "Exports") + N("Q1 2025", "China", "Imports"), NG_U), "NG Q1 2025 China Exports + Imports.")
q("sum-flows", "What was Czechia's unadjusted trade turnover (exports plus imports) in March 2025?",
  val(C("ex", 3) + C("im", 3), CZ_U), "CZ březen / March 2025 NSA Exports + Imports.")
q("sum-flows", "How much did the UAE ship to Saudi Arabia in H1 2025 counting both non-oil exports and re-exports?",
  val(A("Saudi Arabia", "exports", 2025) + A("Saudi Arabia", "re-exports", 2025), AE_U), "AE Saudi Arabia H1 2025*: Non-oil exports + Re-exports.")
q("sum-flows", "What was Denmark's total goods trade with Germany (exports plus imports) in October 2025?",
  val(D("Exports", "Germany", "2025M10") + D("Imports", "Germany", "2025M10"), DK_U), "DK 2025M10 Germany Exports + Imports.")
q("sum-flows", "What was Portugal's total trade in goods (exports + imports) in 2025?",
  val(PY("ex", 2025) + PY("im", 2025), PT_U), "PT annual row 2025 Po: Exportações + Importações.")

# ================================================================== SUM OVER PERIODS
q("sum-periods", "What were Denmark's total exports in the first quarter of 2025?",
  val(Dsum("Exports", "Total exports", M(2025, 1, 3)), DK_U), "DK Total exports 2025M01..M03 summed.")
q("sum-periods", "How much did Denmark import from China in the first half of 2025?",
  val(Dsum("Imports", "China", M(2025, 1, 6)), DK_U), "DK Imports China 2025M01..M06 summed.")
q("sum-periods", "What was the full-year 2025 value of Danish exports to the United States?",
  val(Dsum("Exports", "United States", M(2025, 1, 12)), DK_U), "DK Exports United States 2025M01..M12 summed.")
q("sum-periods", "What were Czech exports (not seasonally adjusted) in Q3 2025?",
  val(sum(C("ex", m) for m in (7, 8, 9)), CZ_U), "CZ NSA Exports July+August+September 2025.")
q("sum-periods", "What was Czechia's unadjusted trade balance over the first half of 2025?",
  val(sum(C("bal", m) for m in range(1, 7)), CZ_U), "CZ NSA Balance January..June 2025 summed.")
q("sum-periods", "What was the value of Portuguese exports in the second quarter of 2025?",
  val(sum(P("ex", 2025, m) for m in (4, 5, 6)), PT_U), "PT Exportações 2025 Abr+Mai+Jun.")
q("sum-periods", "How much did Portugal import in the second half of 2024?",
  val(sum(P("im", 2024, m) for m in range(7, 13)), PT_U), "PT Importações 2024 Jul..Dez.")
q("sum-periods", "What were Nigeria's exports to India over the whole of 2024?",
  val(NY(2024, "India", "Exports"), NG_U), "NG India Exports Q1..Q4 2024 summed.")
q("sum-periods", "How much did Nigeria import from Belgium in the first half of 2025?",
  val(NY(2025, "Belgium", "Imports", (1, 2)), NG_U), "NG Belgium Imports Q1 2025 + Q2 2025 (provisional).")
q("sum-periods", "What were Danish exports to Germany in the last quarter of 2024?",
  val(Dsum("Exports", "Germany", M(2024, 10, 12)), DK_U), "DK Exports Germany 2024M10..M12 summed.")

# ================================================================== MEAN
q("mean", "What were Denmark's average monthly exports in 2025?",
  val(Dsum("Exports", "Total exports", M(2025, 1, 12)) / 12, DK_U), "DK mean of Total exports 2025M01..M12.")
q("mean", "On average, what were Czech seasonally adjusted exports per month in Q4 2025?",
  val(sum(C("sa_ex", m) for m in (10, 11, 12)) / 3, CZ_U), "CZ mean of SA Exports Oct, Nov, Dec 2025.")
q("mean", "What was Portugal's average monthly trade balance in 2025?",
  val(sum(P("bal", 2025, m) for m in range(1, 13)) / 12, PT_U), "PT mean of Saldo over the 12 months of 2025 (a deficit, negative).")
q("mean", "What was the average quarterly value of Nigeria's exports to the Netherlands in 2024?",
  val(NY(2024, "Netherlands", "Exports") / 4, NG_U), "NG mean of Netherlands Exports Q1..Q4 2024.")
q("mean", "What were Finland's average annual exports to Germany over 2019-2024?",
  val(sum(F("Germany", y) for y in range(2019, 2025)) / 6, FI_U), "FI mean of Germany 2019..2024* (6 years).")

# ================================================================== DIFFERENCE
q("difference", "What was Denmark's trade balance with China in July 2025?",
  val(D("Exports", "China", "2025M07") - D("Imports", "China", "2025M07"), DK_U), "DK 2025M07 China Exports minus Imports (deficit, negative).")
q("difference", "How much more did Finland export to Germany than to Sweden in 2024?",
  val(F("Germany", 2024) - F("Sweden", 2024), FI_U), "FI 2024*: Germany minus Sweden.")
q("difference", "What was Nigeria's trade balance with China in Q2 2025?",
  val(N("Q2 2025", "China", "Exports") - N("Q2 2025", "China", "Imports"), NG_U), "NG Q2 2025 China Exports minus Imports (negative).")
q("difference", "By how much did Portugal's imports exceed its exports in March 2025?",
  val(P("im", 2025, 3) - P("ex", 2025, 3), PT_U), "PT 2025 Mar Importações minus Exportações (positive as asked: 'imports exceed exports by').")
q("difference", "By how many percentage points did the year-on-year growth of Czech exports change between October and November 2025?",
  val(C("ex_yy", 11) - C("ex_yy", 10), "pp"), "CZ NSA y/y % of exports: November minus October 2025.")
q("difference", "How many percentage points did the EU27's share of Finnish exports gain between 2019 and 2024?",
  val(F("osuus viennistä", 2024) - F("osuus viennistä", 2019), "pp"), "FI share rate row under EU27_2020: 2024* minus 2019.")
q("difference", "What is the gap between UAE imports from Japan and from the United States in H1 2025 (Japan minus US)?",
  val(A("Japan", "imports", 2025) - A("United States", "imports", 2025), AE_U), "AE H1 2025* Imports: Japan minus United States.")
q("difference", "What was Denmark's overall goods trade balance for 2025 as a whole?",
  val(Dsum("Exports", "Total exports", M(2025, 1, 12)) - Dsum("Imports", "Total imports", M(2025, 1, 12)), DK_U),
  "DK sum 2025M01..M12 Total exports minus sum Total imports.")
q("difference", "In August 2025, how many percentage points higher was Portugal's year-on-year import growth than its export growth?",
  val(P("im_tvh", 2025, 8) - P("ex_tvh", 2025, 8), "pp"), "PT 2025 Ago: Importações tvh minus Exportações tvh.")

# ================================================================== SHARE / RATIO
q("share", "What share of Finland's total exports went to Germany in 2023?",
  val(F("Germany", 2023) / F("Total exports", 2023) * 100, "%"), "FI Germany 2023 / Total exports 2023 x 100.")
q("share", "What percentage of Denmark's 2025 exports went to the United States?",
  val(Dsum("Exports", "United States", M(2025, 1, 12)) / Dsum("Exports", "Total exports", M(2025, 1, 12)) * 100, "%"),
  "DK sum 2025 United States exports / sum 2025 Total exports x 100.")
q("share", "Of the UAE's imports from its ten listed partners in H1 2025, what share came from China?",
  val(A("China", "imports", 2025) / sum(A(p, "imports", 2025) for p in ae.index) * 100, "%"),
  "AE China Imports H1 2025* / sum of Imports of the 10 listed partners x 100 (derived total).")
q("share", "What share of Pakistan's textile group exports did knitwear account for in 2024-25?",
  val(K("Knitwear", "fy25") / K("B. Textile Group", "fy25") * 100, "%"), "PK Knitwear / B. Textile Group, July-June 2024-25 x 100.")
q("share", "What proportion of Pakistan's total exports in July-June 2024-25 came from the textile group?",
  val(K("B. Textile Group", "fy25") / K("TOTAL", "fy25") * 100, "%"), "PK B. Textile Group / TOTAL, 2024-25 x 100.")
q("share", "What were Czech exports as a percentage of imports for January-December 2025 (unadjusted)?",
  val(float(cz_year["ex"]) / float(cz_year["im"]) * 100, "%"), "CZ row I.–XII. 2025: Exports / Imports x 100.")
q("share", "What share of Pakistan's rice exports in FY2024-25 was basmati?",
  val(K("of which: Basmati", "fy25") / K("Rice", "fy25") * 100, "%"), "PK of which: Basmati / Rice, 2024-25 x 100.")
q("share", "Of Nigeria's 2024 imports from the eight partners in the NBS table, what share came from China?",
  val(NY(2024, "China", "Imports") / sum(NY(2024, p, "Imports") for p in NG_PARTNERS) * 100, "%"),
  "NG sum 2024 China Imports / sum 2024 Imports of all 8 partners x 100.")
q("share", "What was Portugal's coverage ratio (exports as % of imports) for Q1 2025?",
  val(sum(P("ex", 2025, m) for m in (1, 2, 3)) / sum(P("im", 2025, m) for m in (1, 2, 3)) * 100, "%"),
  "PT (Exp Jan+Fev+Mar 2025) / (Imp Jan+Fev+Mar 2025) x 100; not the average of the monthly ratios.")

# ================================================================== CHANGE
q("change", "By how much did Danish exports to Norway change year on year in September 2025, in percent?",
  val(pct(D("Exports", "Norway", "2025M09"), D("Exports", "Norway", "2024M09")), "%"), "DK Norway exports 2025M09 vs 2024M09.")
q("change", "What was the month-on-month change in Denmark's total imports in February 2025, in %?",
  val(pct(D("Imports", "Total imports", "2025M02"), D("Imports", "Total imports", "2025M01")), "%"), "DK Total imports 2025M02 vs 2025M01.")
q("change", "How much did Finland's exports to Russia change between 2021 and 2023, in euros?",
  val(F("Russia", 2023) - F("Russia", 2021), FI_U), "FI Russia 2023 minus 2021 (a fall, negative).")
q("change", "By what percentage did Finnish exports to the United States grow from 2019 to 2024?",
  val(pct(F("United States", 2024), F("United States", 2019)), "%"), "FI United States 2024* vs 2019.")
q("change", "How fast did UAE re-exports to Saudi Arabia grow between H1 2024 and H1 2025?",
  val(pct(A("Saudi Arabia", "re-exports", 2025), A("Saudi Arabia", "re-exports", 2024)), "%"), "AE Saudi Arabia Re-exports H1 2025* vs H1 2024.")
q("change", "What was the year-on-year percentage change in Nigeria's exports to India in Q2 2025?",
  val(pct(N("Q2 2025", "India", "Exports"), N("Q2 2024", "India", "Exports")), "%"), "NG India Exports Q2 2025 vs Q2 2024.")
q("change", "By how much did Nigeria's imports from the United States change from Q4 2024 to Q1 2025, in naira?",
  val(N("Q1 2025", "United States", "Imports") - N("Q4 2024", "United States", "Imports"), NG_U), "NG United States Imports Q1 2025 minus Q4 2024.")
q("change", "How much did Portuguese exports change from November to December 2025, in euros?",
  val(P("ex", 2025, 12) - P("ex", 2025, 11), PT_U), "PT Exportações 2025 Dez minus Nov (negative).")
q("change", "How much did Pakistan's rice exports change in 2024-25 compared with 2023-24, in dollars?",
  val(K("Rice", "fy25") - K("Rice", "fy24"), PK_U), "PK Rice July-June 2024-25 minus 2023-24 (negative).")
q("change", "By how much did Czech seasonally adjusted exports change from June to July 2025, in CZK?",
  val(C("sa_ex", 7) - C("sa_ex", 6), CZ_U), "CZ SA Exports July 2025 minus June 2025.")
q("change", "What was the percentage change in Denmark's exports to the EU between the first half of 2024 and the first half of 2025?",
  val(pct(Dsum("Exports", "EU (27 countries, from 2020)", M(2025, 1, 6)), Dsum("Exports", "EU (27 countries, from 2020)", M(2024, 1, 6))), "%"),
  "DK 'EU (27 countries, from 2020)' exports: sum 2025M01..M06 vs sum 2024M01..M06.")
q("change", "By what percentage did Pakistan's cement exports change in June 2025 versus June 2024?",
  val(K("Cement", "jun_pc"), "%"), "PK Cement, '% Change' column next to June 2025/June 2024 (printed rate; recomputed = "
  f"{rv(pct(K('Cement', 'jun25'), K('Cement', 'jun24')))}).")
q("change", "How much did Czechia's unadjusted trade balance for January-December 2025 change compared with the previous year?",
  val(float(cz_year["bal_yy"]), CZ_U), "CZ row I.–XII. 2025, column 'meziroční změna bilance / y/y change in balance' (printed; 2024 levels not in table).")

# ================================================================== CAGR
q("cagr", "What was the compound annual growth rate of Finland's total exports between 2019 and 2024?",
  val(cagr(F("Total exports", 2024), F("Total exports", 2019), 5), "%"), "FI Total exports (2024*/2019)^(1/5)-1.")
q("cagr", "What was the CAGR of Finnish exports to the United States from 2020 to 2024?",
  val(cagr(F("United States", 2024), F("United States", 2020), 4), "%"), "FI United States (2024*/2020)^(1/4)-1.")
q("cagr", "What was the annualised (compound) growth rate of Nigeria's imports from China between Q1 2023 and Q1 2025?",
  val(cagr(N("Q1 2025", "China", "Imports"), N("Q1 2023", "China", "Imports"), 2), "%"), "NG China Imports (Q1 2025 / Q1 2023)^(1/2)-1 (two years apart).")
q("cagr", "What was the compound annual growth rate of Finland's exports to Norway over 2019-2023?",
  val(cagr(F("Norway", 2023), F("Norway", 2019), 4), "%"), "FI Norway (2023/2019)^(1/4)-1.")

# ================================================================== RANK
fi24 = {c: F(c, 2024) for c in FI_COUNTRIES}
q("rank", "Which individual country was Finland's largest export market in 2024 (not counting the EU or euro area aggregates)?",
  {"name": argmax(fi24)}, f"FI 2024* max over the 9 named countries (excl. EU27_2020, Euro area (20), Other countries n.e.s.): {sorted(fi24.items(), key=lambda x: -x[1])[:3]}.")
second = sorted(fi24, key=fi24.get, reverse=True)[1]
q("rank", "Counting individual countries only, which was Finland's second-largest export destination in 2024?",
  {"name": second}, f"FI 2024* second of the 9 named countries: {second}.")
dk25 = {c: Dsum("Exports", c, M(2025, 1, 12)) for c in DK_COUNTRIES}
top3 = sorted(dk25, key=dk25.get, reverse=True)[:3]
q("rank", "What were Denmark's top three export markets (individual countries) in 2025 as a whole?",
  [{"name": n} for n in top3], f"DK Exports 2025 full-year sums over the 8 named countries; top 3 {top3} ({[round(dk25[n], 1) for n in top3]}).")
dkimp = {c: D("Imports", c, "2025M08") for c in DK_COUNTRIES}
q("rank", "Which country did Denmark import the least from in August 2025, among the countries listed?",
  {"name": argmin(dkimp)}, f"DK Imports 2025M08 min over 8 named countries (excl. EU, Euro area, Other countries): {argmin(dkimp)}.")
aerx = {p: A(p, "re-exports", 2025) for p in ae.index}
q("rank", "Which partner received the largest UAE re-exports in the first half of 2025?",
  {"name": argmax(aerx)}, f"AE H1 2025* Re-exports max: {argmax(aerx)}.")
aeim = {p: A(p, "imports", 2025) for p in ae.index if p != "China"}
q("rank", "Apart from China, which country supplied the most UAE imports in H1 2025?",
  {"name": argmax(aeim)}, f"AE H1 2025* Imports max excluding China: {argmax(aeim)}.")
aeex = {p: A(p, "exports", 2025) for p in ae.index}
third = sorted(aeex, key=aeex.get, reverse=True)[2]
q("rank", "Which was the third-largest destination for UAE non-oil exports (excluding re-exports) in H1 2025?",
  {"name": third}, f"AE H1 2025* Non-oil exports ranked: {sorted(aeex, key=aeex.get, reverse=True)[:4]}.")
ngx = {p: N("Q2 2025", p, "Exports") for p in NG_PARTNERS}
q("rank", "Which partner was Nigeria's largest export market in Q2 2025?",
  {"name": argmax(ngx)}, f"NG Q2 2025 Exports max over the 8 partners: {argmax(ngx)} (table covers 8 partners only).")
pkt = {i: K(i, "fy25") for i in PK_TEXTILE}
q("rank", "Which textile product earned Pakistan the most export revenue in July-June 2024-25?",
  {"name": argmax(pkt)}, f"PK max of the 9 items under B. Textile Group, 2024-25: {argmax(pkt)}.")
dkm = {m: D("Exports", "Total exports", m) for m in M(2025, 1, 12)}
best = argmax(dkm)
q("rank", "In which month of 2025 were Denmark's total exports highest?",
  {"name": [MONTH_EN[int(best[-2:]) - 1], best]}, f"DK Total exports max over 2025M01..M12: {best}.")
czm = {m: C("ex", m) for m in range(1, 13)}
q("rank", "Which month of 2025 saw the lowest unadjusted Czech exports?",
  {"name": MONTH_EN[argmin(czm) - 1]}, f"CZ NSA Exports min over 2025 months: {MONTH_EN[argmin(czm) - 1]}.")
pkf = {i: K(i, "fy25") for i in PK_FOOD if i not in ("Rice", "Other food items")}
q("rank", "Leaving aside rice and the residual 'other food items', which food product was Pakistan's biggest export in 2024-25?",
  {"name": argmax(pkf)}, f"PK food items excl. Rice and Other food items, 2024-25: {pkf}.")

# ================================================================== COUNT
q("count", "In how many months of 2025 did Czechia record an unadjusted trade surplus?",
  {"value": sum(C("bal", m) > 0 for m in range(1, 13)), "unit": "count"}, "CZ NSA Balance > 0, months Jan..Dec 2025.")
n80 = sum(D("Exports", "Total exports", m) > 80000 for m in M(2025, 1, 12))
q("count", "In how many months of 2025 did Denmark's total exports exceed DKK 80 billion?",
  {"value": n80, "unit": "count"}, f"DK Total exports 2025 months > 80,000 DKK million: {[m for m in M(2025, 1, 12) if D('Exports', 'Total exports', m) > 80000]}.")
q("count", "In how many months of 2025 were Portugal's exports higher than a year earlier?",
  {"value": sum(P("ex", 2025, m) > P("ex", 2024, m) for m in range(1, 13)), "unit": "count"},
  "PT 2025 months where Exportações > same month 2024 (equivalently tvh > 0).")
q("count", "In how many quarters from Q1 2023 to Q2 2025 did Nigeria's exports to India exceed ₦2,000 billion?",
  {"value": int((ng[(ng.Country == "India") & (ng["Trade Flow"] == "Exports")].v > 2000).sum()), "unit": "count"},
  "NG India Exports > 2000 over the 10 quarters.")
q("count", "For how many of the ten partners listed did UAE imports fall in H1 2025 compared with H1 2024?",
  {"value": sum(A(p, "imports", 2025) < A(p, "imports", 2024) for p in ae.index), "unit": "count"},
  f"AE partners with Imports H1 2025* < H1 2024: {[p for p in ae.index if A(p, 'imports', 2025) < A(p, 'imports', 2024)]}.")
q("count", "In how many months of 2025 did Czech seasonally adjusted exports fall month on month?",
  {"value": sum(C("sa_ex_mm", m) < 0 for m in range(1, 13)), "unit": "count"}, "CZ SA m/m % of exports < 0 in 2025 months.")

# ================================================================== YES/NO COMPARE
yn = lambda b: {"verdict": "yes" if b else "no"}  # noqa: E731
q("compare", "Did Finland export more to the United States than to Sweden in 2022?",
  yn(F("United States", 2022) > F("Sweden", 2022)), f"FI 2022 US {F('United States', 2022)} vs Sweden {F('Sweden', 2022)}.")
q("compare", "Were Danish imports from China higher than imports from the Netherlands in November 2025?",
  yn(D("Imports", "China", "2025M11") > D("Imports", "Netherlands", "2025M11")),
  f"DK Imports 2025M11 China {D('Imports', 'China', '2025M11')} vs Netherlands {D('Imports', 'Netherlands', '2025M11')}.")
q("compare", "Did unadjusted Czech exports exceed CZK 400 bn in every month of 2025?",
  yn(all(C("ex", m) > 400 for m in range(1, 13))), f"CZ NSA Exports <= 400 in: {[MONTH_EN[m - 1] for m in range(1, 13) if C('ex', m) <= 400]}.")
q("compare", "Was the UAE's total non-oil trade with Iraq larger than with the United States in H1 2025?",
  yn(Atot("Iraq", 2025) > Atot("United States", 2025)), f"AE H1 2025* sum of 3 flows: Iraq {Atot('Iraq', 2025):.1f} vs US {Atot('United States', 2025):.1f}.")
q("compare", "Did Pakistan's cotton yarn exports fall in July-June 2024-25 compared with the previous fiscal year?",
  yn(K("Cotton yarn", "fy25") < K("Cotton yarn", "fy24")), "PK Cotton yarn 2024-25 vs 2023-24.")
q("compare", "Were Portugal's exports in 2025 higher than in 2024?",
  yn(PY("ex", 2025) > PY("ex", 2024)), "PT annual rows: Exportações 2025 Po vs 2024.")

# ================================================================== CLAIMS


def claim(ok: bool, x: float, unit: str) -> dict:
    return {"verdict": "supported" if ok else "contradicted", "value": rv(x), "unit": unit}


x = F("muutos edellisestä", 2024)
q("claim", "Is it true that Finland's exports fell by more than 5% in 2024?", claim(x < -5, x, "%"),
  "FI rate row change %, 2024* = -4.7: a fall, but less than 5%.")
x = pct(Dsum("Exports", "United States", M(2025, 1, 12)), Dsum("Exports", "United States", M(2024, 1, 12)))
q("claim", "A report says Danish exports to the United States rose by more than 10% in 2025. Correct?", claim(x > 10, x, "%"),
  "DK US exports full-year 2025 vs full-year 2024 (sums of months).")
x = PY("bal", 2025)
q("claim", "Portugal's trade deficit in 2025 was 31.5 billion euros. Is that right?", claim(abs(abs(x) / 1000 - 31.5) < 0.05, x, PT_U),
  "PT annual row 2025 Po Saldo = -31,535.3 EUR million; the claim states the deficit as a positive amount (31.5 bn): supported.")
x = float(cz_year["ex_yy"])
q("claim", "Check this: Czech goods exports grew by 3.9% in 2025.", claim(abs(x - 3.9) < 0.05, x, "%"),
  "CZ row I.–XII. 2025 exports y/y %.")
x = pct(A("India", "re-exports", 2025), A("India", "re-exports", 2024))
q("claim", "Did UAE re-exports to India grow by about 19% between H1 2024 and H1 2025?", claim(abs(x - 19) < 0.5, x, "%"),
  "AE India Re-exports H1 2025* vs H1 2024 (claim 'about 19%': within 0.5 pp).")
x = N("Q1 2025", "China", "Exports") - N("Q1 2025", "China", "Imports")
q("claim", "Nigeria ran a trade surplus with China in Q1 2025 - true or false?", claim(x > 0, x, NG_U),
  "NG Q1 2025 China Exports minus Imports is negative: a deficit, so contradicted.")
x = K("Knitwear", "fy25")
q("claim", "Pakistan's knitwear exports passed US$5 billion in fiscal 2024-25. Is that correct?", claim(x > 5000, x, PK_U),
  "PK Knitwear 2024-25 > 5000 US$ million.")
x = C("sa_ex_mm", 7)
q("claim", "Is it accurate that Czech seasonally adjusted exports dropped 9.4% month on month in July 2025?",
  claim(abs(x + 9.4) < 0.05, x, "%"), "CZ SA m/m % exports, July 2025.")
x = P("im_tvh", 2025, 8)
q("claim", "Portugal's imports rose more than 10% year on year in August 2025 - right?", claim(x > 10, x, "%"),
  "PT 2025 Ago Importações tvh (%).")
x = D("Exports", "Total exports", "2025M01") - D("Imports", "Total imports", "2025M01")
q("claim", "Denmark had a goods trade surplus of DKK 8.5 billion in January 2025. True?", claim(abs(x - 8500) <= 50, x, DK_U),
  "DK 2025M01 Total exports minus Total imports; claim 8,500 DKK million (tolerance 50).")
x = F("Russia", 2024)
q("claim", "Finland's exports to Russia dropped below EUR 500 million in 2024. Is that supported by the data?",
  claim(x < 500, x, FI_U), "FI Russia 2024*.")
x = pct(N("Q1 2025", "Spain", "Exports"), N("Q1 2023", "Spain", "Exports"))
q("claim", "Someone claims Nigeria's exports to Spain more than doubled between Q1 2023 and Q1 2025. Check it.",
  claim(x > 100, x, "%"), "NG Spain Exports Q1 2025 vs Q1 2023, % change (> 100% means more than doubled).")

# ================================================================== TWO-PART
q("two-part", "What were Denmark's total exports in December 2025, and what was the year-on-year change in percent?",
  [val(D("Exports", "Total exports", "2025M12"), DK_U), val(D("Exports", "Change compared to same month previous year (pct.)", "2025M12"), "%")],
  "DK Total exports 2025M12; rate row under it, 2025M12 (= recomputed vs 2024M12).")
q("two-part", "What were Czech imports (not seasonally adjusted) in October 2025, and how much did they grow year on year?",
  [val(C("im", 10), CZ_U), val(C("im_yy", 10), "%")], "CZ říjen / October 2025 p): NSA Imports and its y/y %.")
q("two-part", "How much did the UAE's non-oil exports to India amount to in H1 2025, and by what percentage did they change from H1 2024?",
  [val(A("India", "exports", 2025), AE_U), val(pct(A("India", "exports", 2025), A("India", "exports", 2024)), "%")],
  "AE India Non-oil exports H1 2025*, and % vs H1 2024.")
q("two-part", "What were Pakistan's total exports in July-June 2024-25 and what was the growth over 2023-24?",
  [val(K("TOTAL", "fy25"), PK_U), {**val(K("TOTAL", "fy_pc"), "%"), "tolerance": 0.1}],
  "PK TOTAL row: 2024-25 value and its printed % Change 5.0 (recomputed from levels "
  f"{rv(pct(K('TOTAL', 'fy25'), K('TOTAL', 'fy24')))}, hence tolerance 0.1).")
q("two-part", "What were Nigeria's exports to and imports from the Netherlands in Q2 2025?",
  [val(N("Q2 2025", "Netherlands", "Exports"), NG_U), val(N("Q2 2025", "Netherlands", "Imports"), NG_U)], "NG Q2 2025 Netherlands Exports; Imports.")
q("two-part", "What were Portugal's exports and imports in the fourth quarter of 2025?",
  [val(sum(P("ex", 2025, m) for m in (10, 11, 12)), PT_U), val(sum(P("im", 2025, m) for m in (10, 11, 12)), PT_U)],
  "PT 2025 Out+Nov+Dez: Exportações; Importações.")

# ================================================================== FOLLOW-UPS (multi-turn)
q("follow-up", ["What were Finland's exports to Germany in 2023?", "And to Sweden?"],
  val(F("Sweden", 2023), FI_U), "Swap partner: FI Sweden 2023.")
q("follow-up", ["How much did Denmark export to China in April 2025?", "What about imports?"],
  val(D("Imports", "China", "2025M04"), DK_U), "Swap flow: DK Imports China 2025M04.")
q("follow-up", ["What were Czech exports in June 2025, not seasonally adjusted?", "And the seasonally adjusted figure?"],
  val(C("sa_ex", 6), CZ_U), "Swap series: CZ SA Exports June 2025.")
q("follow-up", ["Which partner received the largest UAE re-exports in H1 2025?", "And the smallest?"],
  {"name": argmin(aerx)}, f"Swap direction: AE min Re-exports H1 2025* over 10 partners: {argmin(aerx)}.")
fi23 = {c: F(c, 2023) for c in FI_COUNTRIES}
q("follow-up", ["Which individual country bought the most Finnish exports in 2023?", "And the weakest?"],
  {"name": argmin(fi23)}, f"Swap direction: FI 2023 min over 9 named countries: {argmin(fi23)} ({fi23[argmin(fi23)]}).")
q("follow-up", ["What were Portugal's exports in May 2025?", "How did that compare with May 2024, in percent?"],
  val(pct(P("ex", 2025, 5), P("ex", 2024, 5)), "%"), f"'that' = PT exports 2025 Mai; vs 2024 Mai (printed tvh {P('ex_tvh', 2025, 5)}).")
q("follow-up", ["What were Nigeria's imports from China in Q4 2024?", "And a year earlier?"],
  val(N("Q4 2023", "China", "Imports"), NG_U), "Swap period: NG China Imports Q4 2023.")
q("follow-up", ["How much did Pakistan export in bedwear in July-June 2024-25?", "And in June 2025 alone?"],
  val(K("Bedwear", "jun25"), PK_U), "Swap period: PK Bedwear June 2025.")
czbest = argmax(czm)
q("follow-up", ["Which month of 2025 had the highest unadjusted Czech exports?", "What was the export value in that month?"],
  val(C("ex", czbest), CZ_U), f"'that month' = {MONTH_EN[czbest - 1]} 2025; CZ NSA Exports.")
q("follow-up", ["What were Denmark's total exports in March 2025?", "And the month before?"],
  val(D("Exports", "Total exports", "2025M02"), DK_U), "Swap period: DK Total exports 2025M02.")
q("follow-up", ["What did the UAE import from Japan in H1 2025?", "What was the change from H1 2024 in %?"],
  val(pct(A("Japan", "imports", 2025), A("Japan", "imports", 2024)), "%"), "AE Japan Imports H1 2025* vs H1 2024.")
q("follow-up", ["What were Finland's total exports in 2021?", "And how much of that went to EU27_2020?"],
  val(F("EU27_2020", 2021), FI_U), "FI EU27_2020 row, 2021 (value, not share).")
q("follow-up", ["What were Denmark's exports to the United Kingdom over the whole of 2025?", "And imports from there?"],
  val(Dsum("Imports", "United Kingdom", M(2025, 1, 12)), DK_U), "Swap flow: DK Imports United Kingdom sum 2025M01..M12.")
q("follow-up", ["What was Czechia's seasonally adjusted trade balance in November 2025?", "And the unadjusted balance?"],
  val(C("bal", 11), CZ_U), "Swap series: CZ NSA Balance November 2025.")
q("follow-up", ["How much did Nigeria export to France in Q1 2024?", "What about Belgium?"],
  val(N("Q1 2024", "Belgium", "Exports"), NG_U), "Swap partner: NG Belgium Exports Q1 2024.")
q("follow-up", ["Which textile item was Pakistan's top export in 2024-25?", "How much did it earn?"],
  val(K(argmax(pkt), "fy25"), PK_U), f"'it' = {argmax(pkt)}; PK 2024-25 value.")
q("follow-up", ["What were Portugal's imports in 2024?", "And in 2025?"],
  val(PY("im", 2025), PT_U), "Swap period: PT annual row 2025 Po Importações.")
fich = {y: F("China", y) for y in range(2019, 2025)}
q("follow-up", ["In which year between 2019 and 2024 did Finland's exports to China peak?", "What were they that year?"],
  val(fich[argmax(fich)], FI_U), f"'that year' = {argmax(fich)}; FI China.")
q("follow-up", ["What were UAE non-oil exports to Türkiye in H1 2025?", "And re-exports?"],
  val(A("Türkiye", "re-exports", 2025), AE_U), "Swap flow: AE Türkiye Re-exports H1 2025*.")
q("follow-up", ["How much did Denmark import from Germany in Q2 2025?", "And in Q2 2024?"],
  val(Dsum("Imports", "Germany", M(2024, 4, 6)), DK_U), "Swap period: DK Imports Germany 2024M04..M06 summed.")
q("follow-up", ["What was the year-on-year growth of Czech exports in September 2025?", "And for imports?"],
  val(C("im_yy", 9), "%"), "Swap flow: CZ NSA Imports y/y % September 2025.")
q("follow-up", ["What were Nigeria's exports to the United States in Q2 2025?", "How much was that up or down on Q1 2025, in percent?"],
  val(pct(N("Q2 2025", "United States", "Exports"), N("Q1 2025", "United States", "Exports")), "%"), "NG US Exports Q2 2025 vs Q1 2025.")
aet = {p: Atot(p, 2025) for p in ae.index}
q("follow-up", ["Of the ten partners in the FCSC table, which had the smallest total non-oil trade with the UAE in H1 2025?", "And the biggest?"],
  {"name": argmax(aet)}, f"Swap direction: AE max sum of 3 flows H1 2025*: {argmax(aet)} (min was {argmin(aet)}).")
q("follow-up", ["What was Portugal's trade balance in July 2025?", "And in July 2024?"],
  val(P("bal", 2024, 7), PT_U), "Swap period: PT Saldo 2024 Jul (negative).")
q("follow-up", ["What were Pakistan's cement exports in July-June 2024-25?", "By how much did that grow, in percent?"],
  val(K("Cement", "fy_pc"), "%"), "PK Cement % Change (fiscal year column).")
q("follow-up", ["What were Finland's exports to Norway in 2020?", "And in 2024?", "What is the compound annual growth rate between those two years?"],
  val(cagr(F("Norway", 2024), F("Norway", 2020), 4), "%"), "FI Norway (2024*/2020)^(1/4)-1.")
q("follow-up", ["How much did Denmark export to Poland in July 2025?", "And what did it import from Poland that month?"],
  val(D("Imports", "Poland", "2025M07"), DK_U), "Swap flow, 'that month' = 2025M07: DK Imports Poland.")
q("follow-up", ["What were Nigeria's imports from India in 2024 as a whole?", "And exports to India?"],
  val(NY(2024, "India", "Exports"), NG_U), "Swap flow: NG India Exports Q1..Q4 2024 summed.")
q("follow-up", ["What was Denmark's trade balance with the United States in September 2025?", "And with China?"],
  val(D("Exports", "China", "2025M09") - D("Imports", "China", "2025M09"), DK_U), "Swap partner: DK 2025M09 China Exports minus Imports (negative).")

# ================================================================== REFUSE
R = "refuse"
for text, note in [
    ("What were Finland's exports to Brazil in 2023?", "FI table has no Brazil row (in 'Other countries n.e.s.')."),
    ("What were Finland's total exports in 2017?", "FI table starts in 2019 (2018 is derivable from the 2019 % change, so 2017 is asked)."),
    ("How much did Finland import from Germany in 2023?", "FI table is exports only."),
    ("What were Denmark's exports to Japan in March 2025?", "DK table has no Japan row (in 'Other countries')."),
    ("What were Denmark's total exports in 2023?", "DK table covers 2024M01-2025M12 only."),
    ("How many tonnes of goods did Czechia export in 2025?", "CZ table has values only, no volumes."),
    ("How much did Czechia export to Germany in March 2025?", "CZ table has no partner breakdown."),
    ("What was the unit value (price) index of Portugal's exports in 2025?", "PT table has values only, no price indices."),
    ("What were Portugal's exports to Spain in 2025?", "PT table has no partner breakdown."),
    ("What were the UAE's oil exports to China in H1 2025?", "AE table is non-oil trade only."),
    ("How much did the UAE re-export to Germany in H1 2025?", "Germany is not among the 10 listed partners."),
    ("What were UAE non-oil exports to India in the second half of 2024?", "AE table covers H1 2024 and H1 2025 only."),
    ("What were Nigeria's exports to Ghana in Q1 2025?", "Ghana is not among the 8 NBS partners."),
    ("What were Nigeria's re-exports to China in Q2 2025?", "NG table has Exports and Imports only."),
    ("What were Nigeria's exports to India in Q3 2025?", "NG table ends at Q2 2025."),
    ("How much did Pakistan earn from mango exports in 2024-25?", "PK table has 'Fruits' but no mango line."),
    ("How many tonnes of rice did Pakistan export in July-June 2024-25?", "PK table has values only, no quantities."),
    ("What were Pakistan's petroleum imports in 2024-25?", "PK table is exports only."),
    ("What was Denmark's current account surplus in 2025?", "No balance-of-payments table."),
]:
    q("refuse", text, R, note)

# ------------------------------------------------------------------ write
with (HERE / "questions.jsonl").open("w", encoding="utf-8") as fh:
    for d in QS:
        fh.write(json.dumps(d, ensure_ascii=False) + "\n")

notes_path = HERE / "NOTES.md"
marker = "## Questions"
head = notes_path.read_text(encoding="utf-8").split(marker)[0] if notes_path.exists() else ""
notes_path.write_text(head + marker + "\n\n" + "\n".join(NOTES) + "\n", encoding="utf-8")

from collections import Counter  # noqa: E402

c = Counter(d["kind"] for d in QS)
print(len(QS), dict(c))
assert all(not (isinstance(e, dict) and "value" in e and isinstance(e["value"], float) and math.isnan(e["value"]))
           for e in (d["expect"] for d in QS))
