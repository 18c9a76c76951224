"""Compute every expected value from the table files in tables/ and write questions.jsonl."""
import json
import re
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
T = HERE / "tables"
EX, IM = "EXPORTS", "IMPORTS"

# ------------------------------------------------------------ read Croatia (DZS yearbook)
raw = pd.read_excel(T / "dzs_croatia_yearbook_21-5_trade_by_country.xlsx", header=None)
hrow = next(i for i in range(len(raw)) if str(raw.iloc[i, 1]).startswith("2019"))
hdr = raw.iloc[hrow].tolist()
years = [int(float(str(h).split()[0])) for h in hdr[1:]]
CRO = {EX: {}, IM: {}}
flow = None
for _, r in raw.iloc[hrow + 1:].iterrows():
    lab = r[0]
    if not isinstance(lab, str):
        continue
    s = lab.strip()
    if s in (EX, IM):
        flow = s
        continue
    if flow is None or pd.isna(r[1]):
        continue
    if re.match(r"^\d\)", s) or s.startswith("*") or s.startswith("Source"):
        continue
    s = re.sub(r"\s+\d\)$", "", s)
    CRO[flow][s] = {y: (None if r[i + 1] == ".." else float(r[i + 1])) for i, y in enumerate(years)}
CRO_GROUPS = {"Total", "% change over previous year", "EU (27 countries)", "Euro area (20 countries)", "CEFTA", "EFTA"}


def C(f, lab, y):
    return CRO[f][lab][y]


def cro_countries(f, y):
    return {k: v[y] for k, v in CRO[f].items() if k not in CRO_GROUPS}


# ------------------------------------------------------------ read Latvia (CSP monthly)
lv = pd.read_csv(T / "csp_latvia_monthly_foreign_trade.csv", skiprows=2)
lv = lv[lv["Month"].astype(str).str.match(r"^\d{4}M\d\d")].copy()
lv["Month"] = lv["Month"].str.rstrip("*")
lv = lv.set_index("Month")
for col in lv.columns:
    lv[col] = pd.to_numeric(lv[col])
LE, LI, LB, LT = "Exports", "Imports", "Balance", "Total foreign trade turnover"
LEY = "Exports, % change on corresponding month of previous year"
LIY = "Imports, % change on corresponding month of previous year"


def L(col, m):
    return float(lv.loc[m, col])


def months(y, a=1, b=12):
    return [f"{y}M{m:02d}" for m in range(a, b + 1)]


def Lsum(col, ms):
    return float(sum(L(col, m) for m in ms))


MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]


def mname(m):
    y, mm = m.split("M")
    return [f"{MONTH_NAMES[int(mm) - 1]} {y}", MONTH_NAMES[int(mm) - 1], m]


# ------------------------------------------------------------ read Bahrain (iGA)
bh = pd.read_excel(T / "iga_bahrain_trade_by_country_2024_2025.xlsx", header=None)
NAT, REX, BIM = "national", "reexports", "imports"
BAH = {NAT: {}, REX: {}, BIM: {}}
for _, r in bh.iterrows():
    if not isinstance(r[0], str) or pd.isna(r[1]) or r[0] == "Country":
        continue
    for j, fl in enumerate((NAT, REX, BIM)):
        BAH[fl][r[0]] = {2024: float(r[1 + 2 * j]), 2025: float(r[2 + 2 * j])}


def B(f, p, y):
    return BAH[f][p][y]


def Btot(f, y):
    return sum(v[y] for v in BAH[f].values())


def Bexp(p, y):
    return B(NAT, p, y) + B(REX, p, y)


def Bcountries(f, y):
    return {k: v[y] for k, v in BAH[f].items() if k != "Other Countries"}


# ------------------------------------------------------------ read Peru (BCRP)
pe = pd.read_csv(T / "bcrp_peru_exports_by_group_of_products.csv", skiprows=3, dtype=str)
pe = pe.rename(columns={pe.columns[0]: "label"})
PER = {}
section = None
for _, r in pe.iterrows():
    lab = r["label"]
    if not isinstance(lab, str) or pd.isna(r["2021"]):
        continue
    s = lab.strip()
    if s.startswith("1."):
        section = "T"
    elif s.startswith("2."):
        section = "N"
    key = s
    if s == "Fishing":
        key = f"{section}:Fishing"
    vals = {int(c[:4]): float(str(r[c]).replace(",", "")) for c in pe.columns[1:6]}
    vals["var"] = float(r["Var. % 2025/2024"])
    PER[key] = vals


def P(lab, y):
    return PER[lab][y]


PTOT = "4. TOTAL EXPORTS"
MINING = ["Copper", "Gold", "Zinc", "Lead", "Iron", "Other mining 1/"]
NONTRAD = ["Agro-exports", "N:Fishing", "Textile", "Timbers and papers", "Chemical", "Non-metallic minerals",
           "Basic metal industries and jewelry", "Fabricated metal products and machinery", "Other 2/"]


# ------------------------------------------------------------ helpers
def g(a, b):
    return (a / b - 1) * 100


def cagr(a, b, n):
    return ((a / b) ** (1 / n) - 1) * 100


def top(d, k=0, exclude=()):
    items = sorted(((v, n) for n, v in d.items() if n not in exclude), reverse=True)
    return items[k][1]


def bottom(d, exclude=()):
    return min(((v, n) for n, v in d.items() if n not in exclude))[1]


ALIASES = {
    "United States of America": ["United States of America", "United States", "USA", "US"],
    "People's Republic of China": ["China", "People's Republic of China"],
    "Federative Republic of Brazil": ["Brazil", "Federative Republic of Brazil"],
    "Kingdom of Saudi Arabia": ["Saudi Arabia", "Kingdom of Saudi Arabia"],
    "United Arab Emirates": ["United Arab Emirates", "UAE"],
    "Korea, Republic of": ["South Korea", "Korea, Republic of", "Korea"],
    "Bosnia and Herzegovina": ["Bosnia and Herzegovina", "Bosnia"],
    "State of Qatar": ["Qatar", "State of Qatar"],
    "Sultanate of Oman": ["Oman", "Sultanate of Oman"],
    "State of Kuwait": ["Kuwait", "State of Kuwait"],
    "Republic of India": ["India", "Republic of India"],
    "Arab Republic of Egypt": ["Egypt", "Arab Republic of Egypt"],
    "Federal Republic of Germany": ["Germany", "Federal Republic of Germany"],
    "China (excl. Hong Kong)": ["China", "China (excl. Hong Kong)"],
    "Russian Federation": ["Russia", "Russian Federation"],
}


def N(name):
    return {"name": ALIASES.get(name, name)}


EUR, BD, USD = "EUR thousand", "BD thousand", "US$ million"


def V(x, unit, tol=None, nd=None):
    d = {"value": round(x, nd if nd is not None else (2 if unit in ("%", "pp") else 1)), "unit": unit}
    if tol is not None:
        d["tolerance"] = tol
    return d


def pct(x, tol=None):
    return V(x, "%", tol)


QS = []


def q(kind, text, expect, note):
    entry = {"id": f"q{len(QS) + 1:03d}", "kind": kind}
    if isinstance(text, list):
        entry["conversation"] = text
    else:
        entry["question"] = text
    entry["expect"] = expect
    QS.append((entry, note))


# ============================================================ LOOKUP
q("lookup", "What were Croatia's exports to Germany in 2022?", V(C(EX, "Germany", 2022), EUR), "DZS EXPORTS Germany 2022.")
q("lookup", "How much did Croatia import from Italy in 2024?", V(C(IM, "Italy", 2024), EUR), "DZS IMPORTS Italy 2024 (provisional column '2024 1)').")
q("lookup", "Croatian exports to Bosnia and Herzegovina, 2021 — what's the figure?", V(C(EX, "Bosnia and Herzegovina", 2021), EUR), "DZS EXPORTS BiH 2021.")
q("lookup", "What did Croatia import from EFTA countries in 2020?", V(C(IM, "EFTA", 2020), EUR), "DZS IMPORTS EFTA row 2020.")
q("lookup", "What were Latvia's exports in March 2025?", V(L(LE, "2025M03"), EUR), "CSP Exports 2025M03.")
q("lookup", "Latvian imports in November 2024, please.", V(L(LI, "2024M11"), EUR), "CSP Imports 2024M11.")
q("lookup", "What was Latvia's trade balance in August 2025?", V(L(LB, "2025M08"), EUR), "CSP printed Balance 2025M08 (negative = deficit); an answer giving the deficit as a positive amount would not match the signed value.")
q("lookup", "How big was Latvia's total foreign trade turnover in January 2026?", V(L(LT, "2026M01"), EUR), "CSP printed turnover 2026M01* (preliminary).")
q("lookup", "What were Bahrain's non-oil exports of national origin to Saudi Arabia in 2025?", V(B(NAT, "Kingdom of Saudi Arabia", 2025), BD), "iGA national-origin 2025 (P), label 'Kingdom of Saudi Arabia'.")
q("lookup", "How much did Bahrain re-export to Kuwait in 2024?", V(B(REX, "State of Kuwait", 2024), BD), "iGA re-exports 2024 'State of Kuwait'.")
q("lookup", "Bahrain's imports from India in 2025?", V(B(BIM, "Republic of India", 2025), BD), "iGA imports 2025 'Republic of India'.")
q("lookup", "What were Peru's copper exports in 2024?", V(P("Copper", 2024), USD), "BCRP Copper 2024.")
q("lookup", "Give me the value of Peruvian agro-exports in 2023.", V(P("Agro-exports", 2023), USD), "BCRP Agro-exports 2023.")
q("lookup", "What were Peru's total exports in 2022?", V(P(PTOT, 2022), USD), "BCRP '4. TOTAL EXPORTS' 2022.")
q("lookup", "How much did Peru earn from non-traditional fishery exports in 2024?", V(P("N:Fishing", 2024), USD), "BCRP 'Fishing' under 2. NON-TRADITIONAL (the label appears twice; question says non-traditional).")
q("lookup", "What was the value of Peru's petroleum and natural gas exports in 2021?", V(P("Petroleum and natural gas", 2021), USD), "BCRP Petroleum and natural gas 2021.")

# ============================================================ SUM OF PARTS
q("sum", "What were Bahrain's total exports to Saudi Arabia in 2025, counting both national-origin exports and re-exports?", V(Bexp("Kingdom of Saudi Arabia", 2025), BD), "iGA nat + re-exports, Saudi 2025 (no total printed).")
q("sum", "How much did Bahrain export in total to the UAE in 2024 (including re-exports)?", V(Bexp("United Arab Emirates", 2024), BD), "iGA nat + re-exports UAE 2024.")
q("sum", "What was the total of Bahrain's non-oil exports of national origin to all countries in 2025?", V(Btot(NAT, 2025), BD), "Sum of all 16 rows incl. 'Other Countries', national origin 2025.")
q("sum", "What were Bahrain's total imports in 2024?", V(Btot(BIM, 2024), BD), "Sum of all 16 import rows 2024 incl. Other Countries.")
q("sum", "Total Bahraini exports in 2025 — national origin plus re-exports, all destinations?", V(Btot(NAT, 2025) + Btot(REX, 2025), BD), "Sum both export flows over all rows, 2025.")
q("sum", "Combined, how much did Croatia export to Germany, Italy and Slovenia in 2024?", V(sum(C(EX, k, 2024) for k in ("Germany", "Italy", "Slovenia")), EUR), "Sum of three DZS country rows, exports 2024.")
q("sum", "What did Croatia import from China and South Korea together in 2023?", V(C(IM, "China (excl. Hong Kong)", 2023) + C(IM, "Korea, Republic of", 2023), EUR), "Sum China (excl. HK) + Korea, Rep. imports 2023.")
q("sum", "What were Latvia's exports for the whole of 2025?", V(Lsum(LE, months(2025)), EUR), "Sum of 12 monthly CSP exports 2025.")
q("sum", "How much did Latvia import in the first quarter of 2026?", V(Lsum(LI, months(2026, 1, 3)), EUR), "Sum CSP imports 2026M01-M03 (preliminary).")
q("sum", "Peru's copper and gold exports combined in 2025?", V(P("Copper", 2025) + P("Gold", 2025), USD, nd=1), "BCRP Copper + Gold 2025.")
q("sum", "Add up Peru's zinc, lead and iron exports for 2024.", V(P("Zinc", 2024) + P("Lead", 2024) + P("Iron", 2024), USD), "BCRP Zinc+Lead+Iron 2024.")
q("sum", "What were Latvian exports in the first half of 2025?", V(Lsum(LE, months(2025, 1, 6)), EUR), "Sum CSP exports 2025M01-M06.")
q("sum", "How much did Bahrain re-export altogether in 2024?", V(Btot(REX, 2024), BD), "Sum of re-export column 2024, all rows.")

# ============================================================ BALANCE
q("balance", "What was Bahrain's trade balance with the United States in 2025 (national exports plus re-exports minus imports)?",
  V(Bexp("United States of America", 2025) - B(BIM, "United States of America", 2025), BD), "iGA (nat+re) - imports, USA 2025.")
q("balance", "What was Bahrain's overall non-oil trade balance in 2025?", V(Btot(NAT, 2025) + Btot(REX, 2025) - Btot(BIM, 2025), BD),
  "All-rows (nat+re) - imports 2025; negative = deficit. 'non-oil' because exports exclude oil (footnote).")
q("balance", "Bahrain's balance of trade with China in 2024?", V(Bexp("People's Republic of China", 2024) - B(BIM, "People's Republic of China", 2024), BD), "iGA (nat+re)-imp China 2024.")
q("balance", "What was Croatia's trade balance in 2024?", V(C(EX, "Total", 2024) - C(IM, "Total", 2024), EUR), "DZS Total exports - Total imports 2024 (negative).")
q("balance", "What was Croatia's trade balance with Bosnia and Herzegovina in 2023?", V(C(EX, "Bosnia and Herzegovina", 2023) - C(IM, "Bosnia and Herzegovina", 2023), EUR), "DZS exp - imp BiH 2023 (surplus).")
q("balance", "Croatia's bilateral balance with Germany in 2021?", V(C(EX, "Germany", 2021) - C(IM, "Germany", 2021), EUR), "DZS exp - imp Germany 2021.")
q("balance", "What was Latvia's trade balance over the full year 2025?", V(Lsum(LB, months(2025)), EUR), "Sum of 12 printed monthly balances 2025 (= sum exp - sum imp).")
q("balance", "What was Latvia's cumulative trade balance for January–March 2026?", V(Lsum(LB, months(2026, 1, 3)), EUR), "Sum printed balances 2026M01-M03.")
q("balance", "What was Croatia's trade balance with the euro area in 2022?", V(C(EX, "Euro area (20 countries)", 2022) - C(IM, "Euro area (20 countries)", 2022), EUR), "DZS euro area exp - imp 2022.")

# ============================================================ SHARE
q("share", "What share of Croatia's exports went to Germany in 2024?", pct(C(EX, "Germany", 2024) / C(EX, "Total", 2024) * 100), "Germany / Total exports 2024.")
q("share", "What percentage of Croatian imports came from the EU in 2023?", pct(C(IM, "EU (27 countries)", 2023) / C(IM, "Total", 2023) * 100), "EU (27) / Total imports 2023.")
q("share", "What share of Bahrain's national-origin non-oil exports went to Saudi Arabia in 2025?", pct(B(NAT, "Kingdom of Saudi Arabia", 2025) / Btot(NAT, 2025) * 100), "Saudi / derived total (sum all rows) national origin 2025.")
q("share", "In 2025, what proportion of Bahrain's total exports were re-exports?", pct(Btot(REX, 2025) / (Btot(NAT, 2025) + Btot(REX, 2025)) * 100), "re-exports total / (nat+re) total, 2025; both totals derived.")
q("share", "China's share of Bahrain's imports in 2025?", pct(B(BIM, "People's Republic of China", 2025) / Btot(BIM, 2025) * 100), "China / derived import total 2025.")
q("share", ["What were Bahrain's total exports to the UAE in 2025, national origin plus re-exports?", "How big is that relative to all of Bahrain's exports that year?"],
  pct(Bexp("United Arab Emirates", 2025) / (Btot(NAT, 2025) + Btot(REX, 2025)) * 100), "UAE (nat+re) / all (nat+re) 2025.")
q("share", "What share of Peru's total exports was copper in 2025?", pct(P("Copper", 2025) / P(PTOT, 2025) * 100), "Copper / TOTAL EXPORTS 2025.")
q("share", "How much of Peru's traditional exports was mining in 2024, in percent?", pct(P("Mining", 2024) / P("1. TRADITIONAL PRODUCTS", 2024) * 100), "Mining / Traditional 2024.")
q("share", ["How much gold did Peru export in 2025, in value?", "And what share of total exports is that?"], pct(P("Gold", 2025) / P(PTOT, 2025) * 100), "Gold / TOTAL 2025.")
q("share", "What share of Latvia's 2025 exports was shipped in the fourth quarter?", pct(Lsum(LE, months(2025, 10, 12)) / Lsum(LE, months(2025)) * 100), "Sum Oct-Dec / sum Jan-Dec exports 2025.")
q("share", "What portion of Croatia's imports from the EU came from the euro area in 2024?", pct(C(IM, "Euro area (20 countries)", 2024) / C(IM, "EU (27 countries)", 2024) * 100), "Euro area / EU27 imports 2024.")

# ============================================================ GROWTH
q("growth", "By how much did Croatia's exports to the US grow in 2024, in percent?", pct(g(C(EX, "United States of America", 2024), C(EX, "United States of America", 2023))), "US exports 2024/2023 - 1 (negative: a fall).")
q("growth", "How fast did Croatian imports from China change in 2022 compared with 2021?", pct(g(C(IM, "China (excl. Hong Kong)", 2022), C(IM, "China (excl. Hong Kong)", 2021))), "China imports 2022/2021 - 1.")
q("growth", "What was the month-on-month change in Latvia's exports in February 2026?", pct(g(L(LE, "2026M02"), L(LE, "2026M01"))), "2026M02 / 2026M01 - 1.")
q("growth", "How did Latvian imports move in October 2025 versus September, in percent?", pct(g(L(LI, "2025M10"), L(LI, "2025M09"))), "2025M10 / 2025M09 - 1.")
q("growth", "What was the year-on-year growth of Latvia's exports in March 2026?", pct(L(LEY, "2026M03"), 0.06), "Printed y/y 2026M03; equal to computed 2026M03/2025M03-1 within rounding.")
q("growth", "How much did Latvia's exports grow in 2025 over 2024 as a whole?", pct(g(Lsum(LE, months(2025)), Lsum(LE, months(2024)))), "Annual sums 2025 vs 2024.")
q("growth", "By what percentage did Bahrain's imports from China change in 2025?", pct(g(B(BIM, "People's Republic of China", 2025), B(BIM, "People's Republic of China", 2024))), "iGA China imports 2025/2024.")
q("growth", "How did Bahrain's total national-origin non-oil exports change in 2025, in %?", pct(g(Btot(NAT, 2025), Btot(NAT, 2024))), "Derived totals 2025 vs 2024.")
q("growth", "What was the growth rate of Bahrain's re-exports to Kuwait in 2025?", pct(g(B(REX, "State of Kuwait", 2025), B(REX, "State of Kuwait", 2024))), "Kuwait re-exports 2025/2024.")
q("growth", "How much did Peru's gold exports rise in 2025?", pct(P("Gold", "var"), 0.06), "Printed Var.% 2025/2024 for Gold.")
q("growth", "What was the growth of Peruvian agro-exports in 2024?", pct(g(P("Agro-exports", 2024), P("Agro-exports", 2023))), "Not printed: 2024/2023 computed.")
q("growth", "Peru's total exports: percentage change 2023 vs 2022?", pct(g(P(PTOT, 2023), P(PTOT, 2022))), "TOTAL 2023/2022.")
q("growth", "How did Latvia's exports in Q1 2026 compare with Q1 2025, in percent?", pct(g(Lsum(LE, months(2026, 1, 3)), Lsum(LE, months(2025, 1, 3)))), "Quarter sums.")

# ============================================================ CHANGE
q("change", "How much did Croatia's exports to Russia change between 2021 and 2024, in euros?", V(C(EX, "Russian Federation", 2024) - C(EX, "Russian Federation", 2021), EUR), "Absolute difference 2024-2021 (negative).")
q("change", "By how much did Latvian exports change from November to December 2025 (absolute)?", V(L(LE, "2025M12") - L(LE, "2025M11"), EUR), "2025M12 - 2025M11 exports.")
q("change", "How much did Peru's copper exports increase between 2021 and 2025 in dollar terms?", V(P("Copper", 2025) - P("Copper", 2021), USD), "Copper 2025 - 2021.")
q("change", "What was the change in Bahrain's imports from Australia between 2024 and 2025?", V(B(BIM, "Australia", 2025) - B(BIM, "Australia", 2024), BD), "Australia imports 2025-2024 (negative).")
q("change", "By how many percentage points did gold's share of Peru's total exports change between 2021 and 2025?",
  V(P("Gold", 2025) / P(PTOT, 2025) * 100 - P("Gold", 2021) / P(PTOT, 2021) * 100, "pp"), "Share 2025 minus share 2021, pp.")
q("change", "How much higher were Croatia's total imports in 2024 than in 2019?", V(C(IM, "Total", 2024) - C(IM, "Total", 2019), EUR), "Total imports 2024-2019.")

# ============================================================ CAGR
q("cagr", "What was the compound annual growth rate of Croatia's total exports from 2019 to 2024?", pct(cagr(C(EX, "Total", 2024), C(EX, "Total", 2019), 5)), "(2024/2019)^(1/5)-1.")
q("cagr", "Average annual growth (CAGR) of Croatian exports to Bosnia and Herzegovina, 2020–2024?", pct(cagr(C(EX, "Bosnia and Herzegovina", 2024), C(EX, "Bosnia and Herzegovina", 2020), 4)), "4 periods.")
q("cagr", "What was the CAGR of Peru's gold exports between 2021 and 2025?", pct(cagr(P("Gold", 2025), P("Gold", 2021), 4)), "4 periods.")
q("cagr", "Compound yearly growth of Peruvian agro-exports 2021 to 2025?", pct(cagr(P("Agro-exports", 2025), P("Agro-exports", 2021), 4)), "4 periods.")
q("cagr", "What was the compound annual growth rate of Croatia's imports from Turkey over 2019–2024?", pct(cagr(C(IM, "Türkiye", 2024), C(IM, "Türkiye", 2019), 5)), "Türkiye label, 5 periods.")
q("cagr", "At what compound annual rate did Peru's non-traditional exports grow from 2021 to 2025?", pct(cagr(P("2. NON-TRADITIONAL PRODUCTS", 2025), P("2. NON-TRADITIONAL PRODUCTS", 2021), 4)), "4 periods.")

# ============================================================ AVERAGE
q("average", "What were Latvia's average monthly exports in 2025?", V(Lsum(LE, months(2025)) / 12, EUR), "Mean of 12 monthly exports 2025.")
q("average", "What was the monthly average of Latvian imports in 2024?", V(Lsum(LI, months(2024)) / 12, EUR), "Mean of 12 monthly imports 2024.")
lv_mom = [g(L(LE, f"2025M{m:02d}"), L(LE, f"2025M{m - 1:02d}")) for m in range(2, 7)]
q("average", "What was the average month-on-month growth rate of Latvia's exports over February to June 2025?", pct(sum(lv_mom) / len(lv_mom)),
  "Arithmetic mean of the 5 m/m rates Feb..Jun 2025 (each vs previous month).")
q("average", "Averaging the published year-on-year import growth rates for each month of 2025, what do you get for Latvia?", pct(float(lv.loc[months(2025), LIY].mean())),
  "Mean of 12 printed y/y import rates 2025.")
q("average", "What were Croatia's average annual exports to Serbia over 2019–2024?", V(sum(C(EX, "Serbia", y) for y in years) / 6, EUR), "Mean of 6 years.")
q("average", "What was Latvia's average monthly trade balance in 2025?", V(Lsum(LB, months(2025)) / 12, EUR), "Mean of 12 printed balances (negative).")
q("average", "On average, how much copper did Peru export per year in 2021–2025 (value)?", V(sum(P("Copper", y) for y in range(2021, 2026)) / 5, USD), "Mean of 5 years.")

# ============================================================ RANK
q("rank", "Which single country was Croatia's largest export market in 2024?", N(top(cro_countries(EX, 2024))), "Countries only (blocs EU/euro area/CEFTA/EFTA excluded).")
q("rank", "Which country was Croatia's second-biggest source of imports in 2024?", N(top(cro_countries(IM, 2024), 1)), "Countries only; 2nd by value.")
q("rank", "Apart from Bosnia and Herzegovina, which country bought the most Croatian goods in 2023?", N(top(cro_countries(EX, 2023), 0, ("Bosnia and Herzegovina",))), "Countries only, excluding BiH.")
q("rank", "Among the countries listed, which was the smallest destination for Croatian exports in 2024?", N(bottom(cro_countries(EX, 2024))), "Min over listed countries.")
q("rank", "Which country supplied Bahrain with the most imports in 2025?", N(top(Bcountries(BIM, 2025))), "Max imports 2025 excluding 'Other Countries'.")
_b3 = top(Bcountries(NAT, 2025), 2)
q("rank", "What was the third-largest destination for Bahrain's national-origin exports in 2025?", N(_b3), "3rd by national-origin exports 2025, excluding 'Other Countries'.")
q("rank", "To which listed country did Bahrain re-export the least in 2025?", N(bottom(Bcountries(REX, 2025))), "Min re-exports 2025 excl. Other Countries.")
q("rank", "What was Peru's biggest mining export in 2025?", {"name": top({k: P(k, 2025) for k in MINING})}, "Max among mining sub-items.")
q("rank", "Other than copper, which mineral was Peru's top mining export in 2025?", {"name": top({k: P(k, 2025) for k in MINING}, 0, ("Copper",))}, "Excluding copper.")
q("rank", "Which named non-traditional export sector of Peru was the smallest in 2025?", {"name": bottom({k: P(k, 2025) for k in NONTRAD}, ("Other 2/",))}, "Min over non-traditional items excluding the residual 'Other 2/'.")
q("rank", "In which month of 2025 did Latvia export the most?", {"name": mname(lv.loc[months(2025), LE].idxmax())}, "argmax exports 2025.")
q("rank", "Which month of 2025 had Latvia's lowest imports?", {"name": mname(lv.loc[months(2025), LI].idxmin())}, "argmin imports 2025.")
q("rank", "In which month of 2025 was Latvia's trade deficit the widest?", {"name": mname(lv.loc[months(2025), LB].idxmin())}, "Most negative balance 2025.")
_binc = {k: B(BIM, k, 2025) - B(BIM, k, 2024) for k in Bcountries(BIM, 2025)}
q("rank", "Which country recorded the largest absolute increase in Bahrain's imports from it in 2025?", N(top(_binc)), "Max (2025-2024) imports, countries only.")
_ctop3 = [top(cro_countries(IM, 2024), i) for i in range(3)]
q("rank", "List Croatia's three biggest supplier countries in 2024, largest first.", N(_ctop3[0]), f"Top 3 countries by imports 2024: {_ctop3}; expectation checks the first-named (largest).")

# ============================================================ FOLLOW-UP (conversations)
q("follow-up", ["What were Croatian exports to Italy in 2023?", "And to Slovenia?"], V(C(EX, "Slovenia", 2023), EUR), "Swap partner: Slovenia exports 2023.")
q("follow-up", ["How much did Croatia import from Germany in 2024?", "What about 2020?"], V(C(IM, "Germany", 2020), EUR), "Swap period.")
q("follow-up", ["Latvia's exports in October 2025?", "And imports?"], V(L(LI, "2025M10"), EUR), "Swap flow.")
q("follow-up", ["Which month in 2025 had Latvia's highest exports?", "And the weakest one?"], {"name": mname(lv.loc[months(2025), LE].idxmin())}, "argmin exports 2025.")
q("follow-up", ["How much did Bahrain re-export to Oman in 2025?", "And to Qatar?"], V(B(REX, "State of Qatar", 2025), BD), "Swap partner, re-exports 2025.")
q("follow-up", ["What did Bahrain import from Japan in 2024?", "How did that change in 2025, in percent?"], pct(g(B(BIM, "Japan", 2025), B(BIM, "Japan", 2024))), "Growth of Japan imports.")
q("follow-up", ["What were Peru's zinc exports in 2025?", "And lead?"], V(P("Lead", 2025), USD), "Swap product.")
q("follow-up", ["Peru's copper exports in 2023?", "And how much gold did it export that year?"], V(P("Gold", 2023), USD), "'that year' = 2023.")
q("follow-up", ["How fast did Croatia's exports to Hungary grow in 2022?", "What about imports?"], pct(g(C(IM, "Hungary", 2022), C(IM, "Hungary", 2021))), "Swap flow, growth.")
q("follow-up", ["What was Latvia's trade balance in March 2025?", "And a year later?"], V(L(LB, "2026M03"), EUR), "March 2026 balance (preliminary).")
q("follow-up", ["Which country was Croatia's biggest import supplier in 2024?", "And in 2019?"], N(top(cro_countries(IM, 2019))), "Countries only, 2019.")
q("follow-up", ["What share of Peru's total exports came from mining in 2025?", "And in 2021?"], pct(P("Mining", 2021) / P(PTOT, 2021) * 100), "Mining/TOTAL 2021.")
q("follow-up", ["What did Latvia export in January 2026?", "And in February?", "How much is that up from the previous month, in percent?"],
  pct(g(L(LE, "2026M02"), L(LE, "2026M01"))), "Three turns: Feb 2026 m/m.")
q("follow-up", ["Bahrain's imports from Brazil in 2025?", "And from Australia?", "Which of the two grew faster?"],
  N("Federative Republic of Brazil" if g(B(BIM, "Federative Republic of Brazil", 2025), B(BIM, "Federative Republic of Brazil", 2024)) > g(B(BIM, "Australia", 2025), B(BIM, "Australia", 2024)) else "Australia"), "Compare growth 2025/2024.")
q("follow-up", ["What was Croatia's trade balance with Serbia in 2024?", "And with Hungary?"], V(C(EX, "Hungary", 2024) - C(IM, "Hungary", 2024), EUR), "Hungary exp - imp 2024.")
q("follow-up", ["What were Peru's textile exports in 2024?", "What about chemicals?"], V(P("Chemical", 2024), USD), "Swap product.")

# ============================================================ CLAIM
q("claim", "Croatia's total exports rose 3.5% in 2024 — correct?", {"verdict": "supported", **pct(C(EX, "% change over previous year", 2024), 0.06)}, "Printed % change row 2024 (3.5).")
q("claim", "Is it true that Croatian imports fell by 5% in 2023?", {"verdict": "contradicted", **pct(C(IM, "% change over previous year", 2023), 0.06)}, "Printed rate 2023.")
_may = L(LB, "2025M05")
q("claim", f"I read that Latvia ran a trade deficit of EUR {round(-_may / 1000)} million in May 2025. Right?", {"verdict": "supported", **V(_may, EUR)},
  "Deficit stated as positive amount; true printed balance is negative. Value given signed (EUR thousand).")
q("claim", "Latvia's trade deficit in August 2025 was EUR 300 million — is that right?", {"verdict": "contradicted", **V(L(LB, "2025M08"), EUR)}, "Printed balance 2025M08 (signed).")
q("claim", "Latvian exports in November 2025 were up 7.1% on a year earlier. Check?", {"verdict": "supported", **pct(L(LEY, "2025M11"), 0.06)}, "Printed y/y rate.")
q("claim", "Did Latvia's imports really grow 4% year on year in June 2025?", {"verdict": "contradicted", **pct(L(LIY, "2025M06"), 0.06)}, "Printed y/y 6.4.")
q("claim", "Saudi Arabia took more than BD 600 million of Bahrain's national-origin exports in 2025 — true?", {"verdict": "supported" if B(NAT, "Kingdom of Saudi Arabia", 2025) > 600000 else "contradicted", **V(B(NAT, "Kingdom of Saudi Arabia", 2025), BD)}, "Compare with 600,000 BD thousand.")
q("claim", "Bahrain's imports from China exceeded BD 1 billion in 2025, correct?", {"verdict": "supported" if B(BIM, "People's Republic of China", 2025) > 1e6 else "contradicted", **V(B(BIM, "People's Republic of China", 2025), BD)}, "Compare with 1,000,000 BD thousand.")
q("claim", f"Peru's gold exports increased {P('Gold', 'var')}% in 2025. Is that accurate?", {"verdict": "supported", **pct(P("Gold", "var"), 0.06)}, "Printed Var.%.")
q("claim", "Peru's copper exports reached US$ 25 billion in 2025, didn't they?", {"verdict": "contradicted", **V(P("Copper", 2025), USD)}, "Copper 2025 vs 25,000.")
q("claim", "Non-traditional exports from Peru topped US$ 23 billion in 2025 — true or false?", {"verdict": "supported" if P("2. NON-TRADITIONAL PRODUCTS", 2025) > 23000 else "contradicted", **V(P("2. NON-TRADITIONAL PRODUCTS", 2025), USD)}, "vs 23,000.")
q("claim", "Croatia's exports to Russia more than halved between 2021 and 2023 — is that so?", {"verdict": "supported" if C(EX, "Russian Federation", 2023) < C(EX, "Russian Federation", 2021) / 2 else "contradicted", **pct(g(C(EX, "Russian Federation", 2023), C(EX, "Russian Federation", 2021)))}, "Change 2021->2023 in %.")
_bbal = Btot(NAT, 2025) + Btot(REX, 2025) - Btot(BIM, 2025)
q("claim", f"Bahrain's non-oil trade deficit in 2025 was about BD {round(-_bbal / 1e6, 2)} billion. Correct?", {"verdict": "supported", **V(_bbal, BD, tol=abs(_bbal) * 0.01)},
  "Deficit stated positive, rounded to 2 decimals of BD bn; true signed balance, tolerance 1%.")
q("claim", "Latvia posted a trade surplus in December 2025 — right?", {"verdict": "contradicted", **V(L(LB, "2025M12"), EUR)}, "Printed balance negative.")

# ============================================================ YES/NO
q("yes-no", "Did Latvia's monthly trade deficit ever shrink below EUR 240 million during 2025?", {"verdict": "yes" if (lv.loc[months(2025), LB] > -240000).any() else "no"}, "Any balance > -240,000 in 2025.")
q("yes-no", "Did Latvian exports exceed EUR 1.5 billion in any month of 2025?", {"verdict": "yes" if (lv.loc[months(2025), LE] > 1.5e6).any() else "no"}, "Max exports 2025 vs 1,500,000.")
q("yes-no", "Were Latvia's imports ever below EUR 1.5 billion in 2025?", {"verdict": "yes" if (lv.loc[months(2025), LI] < 1.5e6).any() else "no"}, "Min imports 2025.")
q("yes-no", "Did Latvian exports top EUR 1.5 billion in any month of early 2026?", {"verdict": "yes" if (lv.loc[months(2026, 1, 3), LE] > 1.5e6).any() else "no"}, "2026M01-M03.")
q("yes-no", "Were Croatian exports to Russia ever below EUR 80 million in the years shown?", {"verdict": "yes" if min(CRO[EX]["Russian Federation"].values()) < 80000 else "no"}, "Min over 2019-2024.")
q("yes-no", "Did Croatia's exports to the United States ever exceed EUR 800 million?", {"verdict": "yes" if max(CRO[EX]["United States of America"].values()) > 800000 else "no"}, "Max over years.")
q("yes-no", "Have Peru's gold exports ever exceeded US$ 18 billion in the table?", {"verdict": "yes" if max(P("Gold", y) for y in range(2021, 2026)) > 18000 else "no"}, "Max 2021-2025.")
q("yes-no", "Were Bahrain's re-exports higher in 2025 than in 2024?", {"verdict": "yes" if Btot(REX, 2025) > Btot(REX, 2024) else "no"}, "Derived totals.")
q("yes-no", "Was the published year-on-year export growth for Latvia negative in any month of 2025?", {"verdict": "yes" if (lv.loc[months(2025), LEY] < 0).any() else "no"}, "Printed rates.")
q("yes-no", "Did Croatia run a surplus with Bosnia and Herzegovina in every year shown?", {"verdict": "yes" if all(C(EX, "Bosnia and Herzegovina", y) > C(IM, "Bosnia and Herzegovina", y) for y in years) else "no"}, "Check each year.")

# ============================================================ TWO-PART
q("two-part", "What were Latvia's exports in Q1 2026, and how did they compare with Q1 2025 in percent?",
  [V(Lsum(LE, months(2026, 1, 3)), EUR), pct(g(Lsum(LE, months(2026, 1, 3)), Lsum(LE, months(2025, 1, 3))))], "Quarter sum and y/y.")
q("two-part", "How much did Croatia import from China in 2024, and by what percent did that change from 2023?",
  [V(C(IM, "China (excl. Hong Kong)", 2024), EUR), pct(g(C(IM, "China (excl. Hong Kong)", 2024), C(IM, "China (excl. Hong Kong)", 2023)))], "Value and growth.")
q("two-part", "What were Peru's gold exports in 2025 and what share of total exports did they represent?",
  [V(P("Gold", 2025), USD), pct(P("Gold", 2025) / P(PTOT, 2025) * 100)], "Value and share.")
q("two-part", "What were Bahrain's total imports in 2025, and how fast did they grow?",
  [V(Btot(BIM, 2025), BD), pct(g(Btot(BIM, 2025), Btot(BIM, 2024)))], "Derived total and growth.")
q("two-part", "How much did Croatia sell to the euro area in 2024, and what was the growth on 2023?",
  [V(C(EX, "Euro area (20 countries)", 2024), EUR), pct(g(C(EX, "Euro area (20 countries)", 2024), C(EX, "Euro area (20 countries)", 2023)))], "Value and growth.")
q("two-part", "What were Latvia's exports and imports in December 2025?", [V(L(LE, "2025M12"), EUR), V(L(LI, "2025M12"), EUR)], "Two lookups.")
q("two-part", "What did Bahrain export in total to Kuwait in 2025 (including re-exports), and what was its trade balance with Kuwait?",
  [V(Bexp("State of Kuwait", 2025), BD), V(Bexp("State of Kuwait", 2025) - B(BIM, "State of Kuwait", 2025), BD)], "Sum and balance.")

# ============================================================ SMALL CHANGE
q("small-change", "Did Croatia's exports to Austria change between 2023 and 2024? By how much in percent?", pct(g(C(EX, "Austria", 2024), C(EX, "Austria", 2023)), 0.02),
  "Tiny rise (~0.13%): must not be reported as unchanged.")
q("small-change", "How did Latvian exports in June 2025 compare with May 2025, in percent?", pct(g(L(LE, "2025M06"), L(LE, "2025M05")), 0.02), "~+0.08% m/m.")
q("small-change", "How did Peru's 'other' exports (fuel and food sold to foreign vessels) move in 2025?", pct(P("3. OTHER 3/", "var"), 0.06), "Printed Var.% for 3. OTHER.")
q("small-change", "Were Croatian imports from Serbia flat in 2024, or did they move? Give the change in percent.", pct(g(C(IM, "Serbia", 2024), C(IM, "Serbia", 2023)), 0.02), "Small fall.")
q("small-change", "By how much did Peru's textile exports change in 2025?", pct(P("Textile", "var"), 0.06), "Printed Var.% (small fall).")

# ============================================================ QUALIFIED LABELS
q("qualified-label", "What did Croatia export to China in 2023?", V(C(EX, "China (excl. Hong Kong)", 2023), EUR), "Label 'China (excl. Hong Kong)'.")
q("qualified-label", "Croatian imports from South Korea in 2022?", V(C(IM, "Korea, Republic of", 2022), EUR), "Label 'Korea, Republic of'.")
q("qualified-label", "How much did Croatia export to the euro zone in 2021?", V(C(EX, "Euro area (20 countries)", 2021), EUR), "Label 'Euro area (20 countries) 3)'.")
q("qualified-label", "What were Croatia's imports from the EU in 2024?", V(C(IM, "EU (27 countries)", 2024), EUR), "Label 'EU (27 countries) 2)'.")
q("qualified-label", "How much did Bahrain import from Germany in 2025?", V(B(BIM, "Federal Republic of Germany", 2025), BD), "Label 'Federal Republic of Germany'.")
q("qualified-label", "Bahrain's national-origin exports to Brazil in 2024?", V(B(NAT, "Federative Republic of Brazil", 2024), BD), "Label 'Federative Republic of Brazil'.")
q("qualified-label", "What did Croatia import from Turkey in 2024?", V(C(IM, "Türkiye", 2024), EUR), "Label 'Türkiye'.")
q("qualified-label", "What were Croatian exports to Russia in 2022?", V(C(EX, "Russian Federation", 2022), EUR), "Label 'Russian Federation'.")
q("qualified-label", "How much did Bahrain re-export to Oman in 2024?", V(B(REX, "Sultanate of Oman", 2024), BD), "Label 'Sultanate of Oman'.")
q("qualified-label", "What did Bahrain import from Egypt in 2025?", V(B(BIM, "Arab Republic of Egypt", 2025), BD), "Label 'Arab Republic of Egypt'.")

# ============================================================ REFUSE
for text, note in [
    ("What was the average price per tonne of Peru's copper exports in 2025?", "Only values; no prices."),
    ("How many tonnes of gold did Peru export in 2024?", "No volumes."),
    ("What were Croatia's exports to Japan in 2024?", "Japan not listed (only groupings/selected countries)."),
    ("What were Croatian exports to Germany in 2018?", "Years start at 2019."),
    ("Can you forecast Latvia's exports for April 2026?", "Forecast."),
    ("What were Latvia's exports in April 2026?", "Last month is 2026M03."),
    ("How much crude oil did Bahrain export in 2025?", "Table excludes oil."),
    ("What were Bahrain's exports to France in 2025?", "France not listed (inside 'Other Countries')."),
    ("How much did Peru export to China in 2025?", "Peru table is by product, no partners."),
    ("What will Peru's gold exports be in 2026?", "Forecast."),
    ("What were Latvia's exports to Lithuania in March 2025?", "Latvia table has no partners."),
    ("What did Bahrain import from Saudi Arabia in 2023?", "Only 2024-2025."),
    ("What was Latvia's export volume index in 2025?", "No volume index."),
    ("How much did Croatia export in services in 2024?", "Goods only."),
]:
    q("refuse", text, "refuse", note)
q("refuse", ["What were Croatian exports to Italy in 2024?", "And to Spain?"], "refuse", "Spain not listed.")
q("refuse", ["Peru's zinc exports in 2025?", "How many tonnes was that?"], "refuse", "No volumes.")



# ============================================================ more conversations (various kinds)
q("sum", ["What were Bahrain's national-origin exports to Oman in 2025?", "Add the re-exports to Oman — what's the total?"], V(Bexp("Sultanate of Oman", 2025), BD), "Oman nat + re 2025.")
q("sum", ["How much did Croatia export to Serbia in 2024?", "And Serbia plus Bosnia and Herzegovina together?"], V(C(EX, "Serbia", 2024) + C(EX, "Bosnia and Herzegovina", 2024), EUR), "Serbia + BiH exports 2024.")
q("balance", ["What were Bahrain's imports from India in 2024?", "So what was the trade balance with India that year, counting re-exports?"], V(Bexp("Republic of India", 2024) - B(BIM, "Republic of India", 2024), BD), "India (nat+re)-imp 2024.")
q("balance", ["Latvia's exports in Q4 2025?", "And the trade balance for that quarter?"], V(Lsum(LB, months(2025, 10, 12)), EUR), "Sum printed balances Oct-Dec 2025.")
q("share", ["What were Croatia's exports to CEFTA countries in 2024?", "What share of total exports is that?"], pct(C(EX, "CEFTA", 2024) / C(EX, "Total", 2024) * 100), "CEFTA / Total exports 2024.")
q("share", ["What did Bahrain import from Australia in 2025?", "How big is that relative to all of Bahrain's imports?"], pct(B(BIM, "Australia", 2025) / Btot(BIM, 2025) * 100), "Australia / derived import total 2025.")
q("growth", ["What were Latvia's imports in July 2025?", "How much was that up or down on June?"], pct(g(L(LI, "2025M07"), L(LI, "2025M06"))), "m/m imports July 2025.")
q("growth", ["Peru's iron exports in 2025?", "And growth over the previous year?"], pct(P("Iron", "var"), 0.06), "Printed Var.% Iron.")
q("rank", ["Which country took the most of Bahrain's re-exports in 2025?", "And the second?"], N(top(Bcountries(REX, 2025), 1)), "2nd by re-exports 2025, countries only.")
q("rank", ["What was Croatia's biggest export destination among individual countries in 2022?", "Apart from that one?"], N(top(cro_countries(EX, 2022), 1)), "2nd largest country 2022.")
q("claim", ["What were Croatia's imports from South Korea in 2024?", "Someone says they rose 10% that year — true?"], {"verdict": "supported" if abs(g(C(IM, "Korea, Republic of", 2024), C(IM, "Korea, Republic of", 2023)) - 10) < 0.5 else "contradicted", **pct(g(C(IM, "Korea, Republic of", 2024), C(IM, "Korea, Republic of", 2023)))}, "Korea imports growth 2024 vs claimed 10%.")
q("claim", ["What was Latvia's trade balance in February 2026?", "So the deficit was about EUR 287 million?"], {"verdict": "supported" if round(-L(LB, "2026M02") / 1000) == 287 else "contradicted", **V(L(LB, "2026M02"), EUR)}, "Deficit stated positive; signed value.")
q("two-part", ["Let's look at Peru.", "What were agro-exports in 2025, and how much did they grow?"], [V(P("Agro-exports", 2025), USD), pct(P("Agro-exports", "var"), 0.06)], "Value + printed Var.%.")
q("small-change", ["Croatia's exports to the Netherlands in 2023?", "And how did they change in 2024, in percent?"], pct(g(C(EX, "Netherlands", 2024), C(EX, "Netherlands", 2023)), 0.02), "Small fall (~-1%).")
q("yes-no", ["Look at Latvia's monthly imports in 2024.", "Did they ever exceed EUR 1.8 billion?"], {"verdict": "yes" if (lv.loc[months(2024), LI] > 1.8e6).any() else "no"}, "Max imports 2024.")
q("refuse", ["What were Peru's copper exports in 2025?", "And in the first quarter of 2026?"], "refuse", "No 2026, no quarters.")
q("refuse", ["Bahrain's imports from Japan in 2025?", "What will they be next year?"], "refuse", "Forecast.")
q("qualified-label", ["What did Croatia import from Korea in 2023?", "And from the Chinese mainland?"], V(C(IM, "China (excl. Hong Kong)", 2023), EUR), "'Chinese mainland' -> China (excl. Hong Kong).")

# ============================================================ write + validate
def validate(e):
    assert ("question" in e) != ("conversation" in e)
    assert isinstance(e["kind"], str)
    ex = e["expect"]
    parts = ex if isinstance(ex, list) else [ex]
    if ex == "refuse":
        return
    for p in parts:
        assert isinstance(p, dict) and p, e
        if "value" in p:
            assert "unit" in p and isinstance(p["value"], (int, float)), e
        if "verdict" in p:
            assert p["verdict"] in ("yes", "no", "supported", "contradicted")
        assert set(p) <= {"value", "unit", "tolerance", "name", "verdict"}, e


ids = set()
with open(HERE / "questions.jsonl", "w", encoding="utf-8") as f:
    for e, _ in QS:
        validate(e)
        assert e["id"] not in ids
        ids.add(e["id"])
        f.write(json.dumps(e, ensure_ascii=False) + "\n")
MARK = "<!-- per-question lines below are written by compute_expected.py -->\n"
head = (HERE / "NOTES.md").read_text(encoding="utf-8").split(MARK)[0]
with open(HERE / "NOTES.md", "w", encoding="utf-8") as f:
    f.write(head + MARK)
    for e, note in QS:
        f.write(f"- {e['id']} ({e['kind']}): {note}\n")

# re-read and check
lines = [json.loads(x) for x in open(HERE / "questions.jsonl", encoding="utf-8") if x.strip()]
from collections import Counter
print(len(lines), "questions;", sum("conversation" in x for x in lines), "conversations")
print(Counter(x["kind"] for x in lines))
