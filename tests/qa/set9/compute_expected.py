"""Compute every expected value from the table files in tables/ (read with pandas),
write questions.jsonl, validate it, and write the per-question section of NOTES.md.

Run: python compute_expected.py
"""
import json
import os
import re

import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
T = os.path.join(HERE, "tables")
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


# --------------------------------------------------------------------------- readers
def read_austria():
    df = pd.read_excel(os.path.join(T, "statistik_austria_trade_partners_2019_2025.xlsx"), header=None)
    hdr = df.index[df[0].astype(str).str.startswith("Economic region")][0]
    years = {j: int(re.match(r"\d{4}", str(df.iat[hdr, j]).strip()).group())
             for j in range(1, df.shape[1])}
    out, flow = {}, None
    for i in range(hdr + 1, df.shape[0]):
        lab = df.iat[i, 0]
        if not isinstance(lab, str):
            continue
        lab = lab.strip()
        if lab in ("EXPORTS", "IMPORTS"):
            flow = lab
            continue
        if pd.isna(df.iat[i, 1]):
            flow = None if lab.startswith("Source") else flow
            continue
        if flow:
            out[(flow, lab)] = {years[j]: float(df.iat[i, j]) for j in years}
    return out


def read_hungary():
    df = pd.read_csv(os.path.join(T, "ksh_stadat_external_trade_monthly.csv"), header=None, dtype=str)
    hdr = df.index[df[0] == "Period"][0]
    out, year = {}, None
    for i in range(hdr + 1, df.shape[0]):
        lab = str(df.iat[i, 0]).strip()
        if pd.isna(df.iat[i, 1]) or df.iat[i, 1] == "":
            continue
        rec = {"X": float(df.iat[i, 1]), "M": float(df.iat[i, 2]), "B": float(df.iat[i, 3]),
               "IX": float(df.iat[i, 4]), "IM": float(df.iat[i, 5])}
        if re.fullmatch(r"\d{4}", lab):
            year = int(lab)
            out[(year, None)] = rec
        else:
            out[(year, lab.rstrip("*"))] = rec
    return out


def read_qatar():
    df = pd.read_excel(os.path.join(T, "qatar_psa_merchandise_trade_monthly.xlsx"), header=None)
    hdr = df.index[df[0] == "Month"][0]
    out = {}
    for i in range(hdr + 1, df.shape[0]):
        lab = df.iat[i, 0]
        m = re.fullmatch(r"(\w+) (\d{4})\*?", str(lab).strip())
        if m and m.group(1) in MONTHS:
            out[(int(m.group(2)), m.group(1))] = {
                "D": float(df.iat[i, 1]), "R": float(df.iat[i, 2]), "M": float(df.iat[i, 3])}
    return out


def read_georgia():
    df = pd.read_csv(os.path.join(T, "geostat_trade_by_hs_section_2024_2025.csv"), header=None, dtype=str)
    hdr = df.index[df[0] == "HS section"][0]
    out = {}
    for i in range(hdr + 1, df.shape[0]):
        if pd.isna(df.iat[i, 2]) or df.iat[i, 2] == "":
            continue
        code = "TOTAL" if pd.isna(df.iat[i, 0]) else df.iat[i, 0].strip()
        out[code] = {"desc": df.iat[i, 1], "X24": float(df.iat[i, 2]), "X25": float(df.iat[i, 3]),
                     "M24": float(df.iat[i, 4]), "M25": float(df.iat[i, 5])}
    return out


def read_colombia():
    df = pd.read_excel(os.path.join(T, "dane_colombia_exports_by_destination_2025.xlsx"), header=None)
    out, section = {}, "countries"
    for i in range(df.shape[0]):
        lab = df.iat[i, 0]
        if isinstance(lab, str) and lab.startswith("Memorandum"):
            section = "blocs"
        if not isinstance(lab, str) or pd.isna(df.iat[i, 1]):
            continue
        try:
            v24 = float(df.iat[i, 1])
        except ValueError:
            continue
        out[lab.strip()] = {"v24": v24, "v25": float(df.iat[i, 2]), "var": float(df.iat[i, 3]),
                            "contrib": float(df.iat[i, 4]), "share": float(df.iat[i, 5]),
                            "section": "total" if lab.strip() == "Total" else section}
    return out


AT, HU, QA, GE, CO = read_austria(), read_hungary(), read_qatar(), read_georgia(), read_colombia()


# --------------------------------------------------------------------------- internal consistency of the tables
for fl in ("EXPORTS", "IMPORTS"):
    for y in range(2019, 2026):
        g = lambda lab: AT[(fl, lab)][y]
        assert g("Total") == g("EU-27") + g("Third countries (non-EU)")
        assert g("EU-27") == g("Euro area (20 countries)") + g("EU member states outside the euro area")
        if y > 2019:
            assert abs(round((g("Total") / AT[(fl, "Total")][y - 1] - 1) * 100, 1) - AT[(fl, "Change on previous year in %")][y]) < 1e-9
for y in (2024, 2025):
    for f in ("X", "M", "B"):
        assert HU[(y, None)][f] == sum(HU[(y, m)][f] for m in MONTHS)
    for m in MONTHS:
        assert HU[(y, m)]["B"] == HU[(y, m)]["X"] - HU[(y, m)]["M"]
for f in ("X24", "X25", "M24", "M25"):
    assert abs(GE["TOTAL"][f] - sum(v[f] for k, v in GE.items() if k != "TOTAL")) < 0.05
for f in ("v24", "v25"):
    assert abs(CO["Total"][f] - sum(v[f] for v in CO.values() if v["section"] == "countries")) < 0.05
assert len(QA) == 24

EUR, QR, USD = "EUR million", "QR million", "US$ thousand"


def A(flow, lab, y):
    return AT[({"X": "EXPORTS", "M": "IMPORTS"}[flow], lab)][y]


def H(y, m, f):
    return HU[(y, m)][f]


def Q(y, m, f):
    if f == "TX":
        return Q(y, m, "D") + Q(y, m, "R")
    if f == "B":
        return Q(y, m, "TX") - Q(y, m, "M")
    return QA[(y, m)][f]


def QY(y, f, months=MONTHS):
    return sum(Q(y, m, f) for m in months)


def G(code, f):
    return GE[code][f]


def C(name, f):
    return CO[name][f]


def pct(a, b):
    return (b / a - 1) * 100


def cagr(a, b, n):
    return ((b / a) ** (1 / n) - 1) * 100


US = ["United States of America", "United States", "USA"]
CN = ["China (excl. Hong Kong)", "China"]
KR = ["Korea, Republic of", "South Korea", "Korea"]
SECNAME = {"V": ["Mineral products"], "XVII": ["Vehicles, aircraft, vessels and associated transport equipment", "Vehicles"],
           "XVI": ["Machinery and mechanical appliances; electrical equipment", "Machinery"],
           "XV": ["Base metals and articles of base metal", "Base metals"],
           "IV": ["Prepared foodstuffs; beverages, spirits and vinegar; tobacco", "Prepared foodstuffs"],
           "VI": ["Products of the chemical or allied industries", "Chemical"],
           "XXI": ["Works of art, collectors' pieces and antiques", "Works of art"],
           "XIX": ["Arms and ammunition; parts and accessories thereof", "Arms and ammunition"]}
COUNTRY_VARIANTS = {"United States of America": US, "United States": US, "China (excl. Hong Kong)": CN,
                    "China": CN, "Korea, Republic of": KR, "Russian Federation": ["Russian Federation", "Russia"],
                    "Türkiye": ["Türkiye", "Turkey"]}


def nm(label):
    return COUNTRY_VARIANTS.get(label, SECNAME.get(label, [label]))


def V(v, unit, tol=None):
    d = {"value": round(v, 3), "unit": unit}
    if tol is not None:
        d["tolerance"] = tol
    return d


def P(v, tol=None):
    return V(v, "%", tol)


def argmax(d):
    return max(d, key=d.get)


def argmin(d):
    return min(d, key=d.get)


QS = []


def add(qid, kind, q, expect, note):
    e = {"id": qid, "kind": kind}
    if isinstance(q, list):
        e["conversation"] = q
    else:
        e["question"] = q
    e["expect"] = expect
    QS.append((e, note))


AT_COUNTRIES = ["Germany", "Italy", "France", "Netherlands", "Slovenia", "Spain", "Belgium", "Czechia", "Hungary",
                "Poland", "Switzerland", "United Kingdom", "United States of America", "China (excl. Hong Kong)",
                "Japan", "Korea, Republic of", "Russian Federation", "Türkiye"]
AT_THIRD = AT_COUNTRIES[10:]
CO_COUNTRIES = [k for k, v in CO.items() if v["section"] == "countries" and k != "Rest of countries"]
SECTIONS = [k for k in GE if k != "TOTAL"]

# =========================================================================== lookup
add("L01", "lookup", "What were Austria's exports to Italy in 2023?", V(A("X", "Italy", 2023), EUR),
    "Austria table, EXPORTS block, Italy, 2023.")
add("L02", "lookup", "How much did Austria import from Switzerland in 2021?", V(A("M", "Switzerland", 2021), EUR),
    "Austria IMPORTS block, Switzerland, 2021.")
add("L03", "lookup", "What was the value of Hungary's goods imports in September 2024?", V(H(2024, "September", "M"), EUR),
    "KSH table, 2024 group, September row, Imports (month rows carry no year; year from the group row).")
add("L04", "lookup", "What trade balance did Hungary record in May 2025?", V(H(2025, "May", "B"), EUR),
    "KSH printed Balance, May 2025 (a surplus).")
add("L05", "lookup", "How much did Qatar re-export in March 2025?", V(Q(2025, "March", "R"), QR),
    "PSA Re-Exports, March 2025.")
add("L06", "lookup", "What were Qatar's imports in October 2024?", V(Q(2024, "October", "M"), QR),
    "PSA Imports (CIF), October 2024.")
add("L07", "lookup", "What was the value of Georgia's exports of base metals and articles of base metal in 2025?",
    V(G("XV", "X25"), USD), "Geostat section XV, Exports 2025* (preliminary).")
add("L08", "lookup", "How much machinery and electrical equipment did Georgia import in 2024?",
    V(G("XVI", "M24"), USD), "Geostat section XVI, Imports 2024.")
add("L09", "lookup", "What were Colombia's exports to Panama in 2024?", V(C("Panama", "v24"), USD),
    "DANE Panama, 2024 column.")
add("L10", "lookup", "How much did Colombia export to the Netherlands in 2025?", V(C("Netherlands", "v25"), USD),
    "DANE Netherlands, 2025p.")
add("L11", "lookup", "What were Austria's total imports in 2022?", V(A("M", "Total", 2022), EUR),
    "Austria IMPORTS Total, 2022.")
add("L12", "lookup", "What were Qatar's exports of domestic products in July 2025?", V(Q(2025, "July", "D"), QR),
    "PSA Exports of Domestic Products, July 2025.")
add("L13", "lookup", "What was the total value of Colombia's exports in 2025?", V(C("Total", "v25"), USD),
    "DANE Total row, 2025p.")

# =========================================================================== qualified labels
add("QL01", "qualified-label", "What were Austria's exports to South Korea in 2024?",
    V(A("X", "Korea, Republic of", 2024), EUR), "Label 'Korea, Republic of' asked as 'South Korea'.")
add("QL02", "qualified-label", "How much did Austria import from China in 2025?",
    V(A("M", "China (excl. Hong Kong)", 2025), EUR), "Label 'China (excl. Hong Kong)' asked as 'China'.")
add("QL03", "qualified-label", "What were Austria's exports to the euro zone in 2022?",
    V(A("X", "Euro area (20 countries)", 2022), EUR), "Label 'Euro area (20 countries)' asked as 'the euro zone'.")
add("QL04", "qualified-label", "How much did Austria buy from Turkey in 2023?",
    V(A("M", "Türkiye", 2023), EUR), "'Türkiye' asked as 'Turkey'; 'buy from' = imports.")
add("QL05", "qualified-label", "What were Colombia's exports to Turkey in 2025?", V(C("Türkiye", "v25"), USD),
    "DANE 'Türkiye' asked as Turkey.")
add("QL06", "qualified-label", "How much did Colombia ship to the EU in 2025?",
    V(C("European Union (EU-27)", "v25"), USD), "DANE memorandum row 'European Union (EU-27)'.")
add("QL07", "qualified-label", "What were Austria's exports to non-EU countries in 2020?",
    V(A("X", "Third countries (non-EU)", 2020), EUR), "'Third countries (non-EU)' asked as non-EU countries.")
add("QL08", "qualified-label", "How much did Georgia export in cars and other vehicles in 2024?",
    V(G("XVII", "X24"), USD), "Section XVII 'Vehicles, aircraft, vessels and associated transport equipment'.")
add("QL09", "qualified-label", "What were Colombia's exports to South Korea in 2024?",
    V(C("Korea, Republic of", "v24"), USD), "DANE 'Korea, Republic of'.")
add("QL10", "qualified-label", "What were Austria's imports from the US in 2024?",
    V(A("M", "United States of America", 2024), EUR), "'United States of America' asked as 'the US'.")

# =========================================================================== sum of parts
add("S01", "sum", "What were Qatar's total exports in April 2025?", V(Q(2025, "April", "TX"), QR),
    "No total printed: domestic exports + re-exports, April 2025.")
add("S02", "sum", "What were Qatar's total exports, domestic products plus re-exports, for 2024 as a whole?",
    V(QY(2024, "TX"), QR), "Sum over the 12 months of 2024 of (domestic + re-exports).")
add("S03", "sum", "What were Austria's combined exports to Czechia, Hungary and Poland in 2025?",
    V(sum(A("X", c, 2025) for c in ["Czechia", "Hungary", "Poland"]), EUR), "Sum of three country rows, 2025.")
add("S04", "sum", "How much did Austria export to Germany and Italy together in 2024?",
    V(A("X", "Germany", 2024) + A("X", "Italy", 2024), EUR), "Germany + Italy exports 2024.")
add("S05", "sum", "What were Colombia's combined exports to Ecuador and Peru in 2025?",
    V(C("Ecuador", "v25") + C("Peru", "v25"), USD), "Ecuador + Peru 2025p (not the CAN row, which also has Bolivia).")
add("S06", "sum", "What were Qatar's total exports in the first quarter of 2025?",
    V(QY(2025, "TX", MONTHS[:3]), QR), "Jan-Mar 2025, domestic + re-exports.")
add("S07", "sum", "How much did Hungary export in the first half of 2025, January to June?",
    V(sum(H(2025, m, "X") for m in MONTHS[:6]), EUR), "Sum of six monthly export values 2025.")
add("S08", "sum", "What were Georgia's combined exports of mineral products and base metals in 2025?",
    V(G("V", "X25") + G("XV", "X25"), USD), "Sections V + XV, exports 2025.")
add("S09", "sum", "What was Austria's total trade, exports plus imports, with the United States in 2025?",
    V(A("X", "United States of America", 2025) + A("M", "United States of America", 2025), EUR),
    "Exports + imports, USA, 2025.")
add("S10", "sum", "How much did Qatar re-export over the whole of 2025?", V(QY(2025, "R"), QR),
    "Sum of 12 monthly re-export values 2025.")
add("S11", "sum", "What was Hungary's total trade turnover (exports plus imports) in 2025?",
    V(H(2025, None, "X") + H(2025, None, "M"), EUR), "Annual 2025 row exports + imports.")

# =========================================================================== balance
bq = Q(2025, "June", "B")
assert bq > 0
add("B01", "balance", "What was Qatar's trade balance in June 2025?", V(bq, QR),
    "(domestic + re-exports) - imports, June 2025; no balance printed.")
add("B02", "balance", "What was Qatar's trade surplus for 2024 as a whole?", V(QY(2024, "B"), QR),
    "Sum over 2024 of domestic + re-exports - imports.")
b = A("X", "Total", 2022) - A("M", "Total", 2022)
assert b < 0
add("B03", "balance", "What was Austria's overall trade balance in 2022, exports minus imports?", V(b, EUR),
    "Exports total - imports total 2022; negative. A correct answer may display the deficit without a sign (see ambiguity note).")
b = A("X", "Germany", 2024) - A("M", "Germany", 2024)
assert b < 0
add("B04", "balance", "How big was Austria's trade deficit with Germany in 2024?", V(-b, EUR),
    "Imports from - exports to Germany 2024 (deficit as a positive amount).")
add("B05", "balance", "What was Hungary's combined trade balance for October to December 2025?",
    V(sum(H(2025, m, "B") for m in MONTHS[9:]), EUR), "Sum of printed balances Oct-Dec 2025 (preliminary months).")
b = G("TOTAL", "X25") - G("TOTAL", "M25")
assert b < 0
add("B06", "balance", "How large was Georgia's trade deficit in 2025?", V(-b, USD),
    "Imports total - exports total 2025 (positive deficit).")
b = A("X", "United States of America", 2025) - A("M", "United States of America", 2025)
assert b > 0
add("B07", "balance", "What was Austria's trade surplus with the United States in 2025?", V(b, EUR),
    "Exports - imports, USA, 2025.")
b = A("X", "EU-27", 2023) - A("M", "EU-27", 2023)
assert b < 0
add("B08", "balance", "How large was Austria's trade deficit with the EU-27 in 2023?", V(-b, EUR),
    "EU-27 imports - exports 2023.")
b = G("XVII", "X25") - G("XVII", "M25")
assert b < 0
add("B09", "balance", "What was Georgia's trade deficit in vehicles (HS section XVII) in 2025?", V(-b, USD),
    "Section XVII imports - exports 2025.")
b = A("X", "Switzerland", 2025) - A("M", "Switzerland", 2025)
assert b > 0
add("B10", "balance", ["What were Austria's exports to Switzerland in 2025?",
                       "And what was the trade balance with Switzerland that year?"], V(b, EUR),
    "Conversation; exports - imports Switzerland 2025 (surplus).")

# =========================================================================== share
add("SH01", "share", "What share of Austria's exports went to Germany in 2025?",
    P(A("X", "Germany", 2025) / A("X", "Total", 2025) * 100), "Germany / Total exports 2025.")
add("SH02", "share", "What percentage of Qatar's total exports in 2025 were re-exports?",
    P(QY(2025, "R") / QY(2025, "TX") * 100), "Share of a derived total: annual re-exports / (domestic + re-exports).")
add("SH03", "share", ["What were Austria's exports to South Korea in 2025?",
                      "How big is that relative to all Austrian exports that year?"],
    P(A("X", "Korea, Republic of", 2025) / A("X", "Total", 2025) * 100), "Conversation; Korea / Total exports 2025.")
add("SH04", "share", "What share of Colombia's 2025 exports went to China?", P(C("China", "v25") / C("Total", "v25") * 100, 0.06),
    "Printed Share 2025 (%) = 5.1; computed value given, tolerance covers the printed rounding.")
add("SH05", "share", "What was the euro area's share of Austria's imports in 2024?",
    P(A("M", "Euro area (20 countries)", 2024) / A("M", "Total", 2024) * 100), "Euro area / total imports 2024.")
add("SH06", "share", "What share of Georgia's 2025 imports was machinery and electrical equipment?",
    P(G("XVI", "M25") / G("TOTAL", "M25") * 100), "Section XVI / Total imports 2025.")
add("SH07", "share", "In 2024, what share of Qatar's total exports (domestic plus re-exports) was domestic products?",
    P(QY(2024, "D") / QY(2024, "TX") * 100), "Annual domestic / (domestic + re-exports) 2024.")
add("SH08", "share", ["What were Qatar's re-exports in December 2025?",
                      "How big is that relative to all Qatari exports in that month?"],
    P(Q(2025, "December", "R") / Q(2025, "December", "TX") * 100),
    "Conversation; 'all Qatari exports' = domestic + re-exports (derived), December 2025.")
add("SH09", "share", "What share of Austria's exports to non-EU countries went to the United States in 2025?",
    P(A("X", "United States of America", 2025) / A("X", "Third countries (non-EU)", 2025) * 100),
    "USA / Third countries (non-EU) exports 2025.")
add("SH10", "share", "What share of Colombia's exports went to the Andean Community in 2024?",
    P(C("Andean Community (CAN)", "v24") / C("Total", "v24") * 100), "CAN 2024 / Total 2024 (not printed; printed share is for 2025).")
add("SH11", "share", "What was the vehicles section's share of Georgia's exports in 2024?",
    P(G("XVII", "X24") / G("TOTAL", "X24") * 100), "Section XVII / Total exports 2024.")
add("SH12", "share", ["What were Hungary's exports in October 2025?",
                      "How big is that relative to all of Hungary's exports in 2025?"],
    P(H(2025, "October", "X") / H(2025, None, "X") * 100), "Conversation; October 2025 / annual 2025 exports.")

# =========================================================================== growth (yoy)
add("G01", "growth-yoy", "By how much did Austria's exports to the United States grow in 2025?",
    P(pct(A("X", "United States of America", 2024), A("X", "United States of America", 2025))), "2025/2024 - 1.")
add("G02", "growth-yoy", "How fast did Qatar's domestic exports change in 2025 compared with 2024?",
    P(pct(QY(2024, "D"), QY(2025, "D"))), "Annual sums of monthly domestic exports; negative.")
add("G03", "growth-yoy", "What was the year-on-year growth of Hungary's exports in May 2025?",
    P(H(2025, "May", "IX") - 100, 0.06), "Printed index 110.0 (prev. year = 100) -> +10.0 %; values give 10.02 %.")
add("G04", "growth-yoy", "How much did Colombia's exports to China increase in 2025, in percent?",
    P(C("China", "var"), 0.06), "Printed Variation (%) 11.5; computed from values 11.54.")
add("G05", "growth-yoy", "What was the annual growth rate of Georgia's imports in 2025?",
    P(pct(G("TOTAL", "M24"), G("TOTAL", "M25"))), "Total imports 2025/2024 - 1; negative.")
add("G06", "growth-yoy", "What was the year-on-year change in Qatar's imports in March 2025?",
    P(pct(Q(2024, "March", "M"), Q(2025, "March", "M"))), "March 2025 / March 2024 - 1.")
add("G07", "growth-yoy", "By what percentage did Austria's imports from Poland change in 2023?",
    P(pct(A("M", "Poland", 2022), A("M", "Poland", 2023))), "2023/2022 - 1; negative.")
add("G08", "growth-yoy", "How did Hungary's imports for 2025 as a whole compare with 2024, in percent?",
    P(H(2025, None, "IM") - 100, 0.06), "Printed annual index 104.1 -> 4.1 %; values give 4.07 %.")
add("G09", "growth-yoy", ["What were Qatar's exports of domestic products in September 2025?",
                          "How does that compare with a year earlier, in percent?"],
    P(pct(Q(2024, "September", "D"), Q(2025, "September", "D"))), "Conversation; Sep 2025 / Sep 2024 - 1.")

# =========================================================================== growth (mom)
add("M01", "growth-mom", "How much did Hungary's exports change month on month in March 2025?",
    P(pct(H(2025, "February", "X"), H(2025, "March", "X"))), "March / February 2025 - 1.")
add("M02", "growth-mom", "What was the month-on-month change in Qatar's imports in April 2025?",
    P(pct(Q(2025, "March", "M"), Q(2025, "April", "M"))), "April / March 2025 - 1; small negative.")
add("M03", "growth-mom", "By what percentage did Qatar's re-exports change from December 2024 to January 2025?",
    P(pct(Q(2024, "December", "R"), Q(2025, "January", "R"))), "Across the year boundary.")
add("M04", "growth-mom", "How did Hungary's imports in January 2025 compare with December 2024, in percent?",
    P(pct(H(2024, "December", "M"), H(2025, "January", "M"))), "Across the year groups of the KSH table.")
add("M05", "growth-mom", "By how much did Qatar's total exports (domestic plus re-exports) change from October to November 2025, in percent?",
    P(pct(Q(2025, "October", "TX"), Q(2025, "November", "TX"))), "Derived totals, Nov/Oct 2025 - 1.")

# =========================================================================== change between periods
add("C01", "change", "What was the change, in EUR million, in Austria's exports to Russia between 2021 and 2025?",
    V(A("X", "Russian Federation", 2025) - A("X", "Russian Federation", 2021), EUR),
    "2025 - 2021; negative (a fall). Ambiguity: a fall may be displayed without a sign.")
add("C02", "change", "How much more did Austria export to the US in 2025 than in 2019?",
    V(A("X", "United States of America", 2025) - A("X", "United States of America", 2019), EUR), "2025 - 2019.")
add("C03", "change", "How much did Hungary's monthly exports increase between January and October 2025?",
    V(H(2025, "October", "X") - H(2025, "January", "X"), EUR), "October - January 2025.")
add("C04", "change", "By how much did Georgia's exports of textiles rise between 2024 and 2025?",
    V(G("XI", "X25") - G("XI", "X24"), USD), "Section XI exports 2025 - 2024.")
add("C05", "change", "How much did Qatar's monthly imports change between January 2024 and December 2025?",
    V(Q(2025, "December", "M") - Q(2024, "January", "M"), QR), "Dec 2025 - Jan 2024 imports.")
add("C06", "change", "How much did Colombia's exports to the United States increase from 2024 to 2025?",
    V(C("United States", "v25") - C("United States", "v24"), USD), "2025p - 2024.")
add("C07", "change", "What was the change in Austria's total exports between 2022 and 2024, in EUR million?",
    V(A("X", "Total", 2024) - A("X", "Total", 2022), EUR), "2024 - 2022; negative.")

# =========================================================================== CAGR
add("CG01", "cagr", "What was the compound annual growth rate of Austria's exports to the United States from 2019 to 2025?",
    P(cagr(A("X", "United States of America", 2019), A("X", "United States of America", 2025), 6)), "(2025/2019)^(1/6) - 1.")
add("CG02", "cagr", "What was the compound annual growth rate of Austria's total imports between 2020 and 2024?",
    P(cagr(A("M", "Total", 2020), A("M", "Total", 2024), 4)), "(2024/2020)^(1/4) - 1.")
add("CG03", "cagr", "At what compound annual rate did Austria's imports from China grow over 2019-2025?",
    P(cagr(A("M", "China (excl. Hong Kong)", 2019), A("M", "China (excl. Hong Kong)", 2025), 6)), "6 periods.")
add("CG04", "cagr", "What was the CAGR of Austria's exports to Poland from 2019 to 2024?",
    P(cagr(A("X", "Poland", 2019), A("X", "Poland", 2024), 5)), "5 periods.")
add("CG05", "cagr", "What was the compound annual growth rate of Austria's exports to the euro area from 2020 to 2025?",
    P(cagr(A("X", "Euro area (20 countries)", 2020), A("X", "Euro area (20 countries)", 2025), 5)), "5 periods.")
add("CG06", "cagr", "What was the compound annual growth rate of Austria's exports to Russia between 2019 and 2025?",
    P(cagr(A("X", "Russian Federation", 2019), A("X", "Russian Federation", 2025), 6)), "Negative CAGR.")

# =========================================================================== average
add("AV01", "average", "What were Hungary's average monthly exports in 2025?",
    V(sum(H(2025, m, "X") for m in MONTHS) / 12, EUR), "Mean of the 12 month rows (equals annual row / 12).")
add("AV02", "average", "What were Qatar's average monthly imports in 2024?", V(QY(2024, "M") / 12, QR),
    "Mean of 12 monthly imports 2024.")
mom = [pct(H(2025, MONTHS[k - 1], "X"), H(2025, MONTHS[k], "X")) for k in range(1, 6)]
add("AV03", "average", "Averaging the month-on-month growth rates of Hungary's exports for February through June 2025, what is the mean monthly growth?",
    P(sum(mom) / 5), "Arithmetic mean of the five m/m rates Feb/Jan ... Jun/May 2025.")
add("AV04", "average", "What were Qatar's average monthly re-exports in the first half of 2025?",
    V(QY(2025, "R", MONTHS[:6]) / 6, QR), "Mean Jan-Jun 2025 re-exports.")
add("AV05", "average", "What was Hungary's average monthly trade balance in 2024?",
    V(sum(H(2024, m, "B") for m in MONTHS) / 12, EUR), "Mean of printed monthly balances 2024.")
add("AV06", "average", "What were Austria's average annual exports to Switzerland over 2019-2025?",
    V(sum(A("X", "Switzerland", y) for y in range(2019, 2026)) / 7, EUR), "Mean of 7 annual values.")
add("AV07", "average", "What were Qatar's average monthly exports of domestic products in the fourth quarter of 2025?",
    V(QY(2025, "D", MONTHS[9:]) / 3, QR), "Mean Oct-Dec 2025.")
add("AV08", "average", ["What were Hungary's exports in each month of the first quarter of 2025?",
                        "What was their monthly average?"],
    V(sum(H(2025, m, "X") for m in MONTHS[:3]) / 3, EUR), "Conversation; mean Jan-Mar 2025 exports.")
qmom = [pct(Q(2025, MONTHS[k - 1], "M"), Q(2025, MONTHS[k], "M")) for k in range(1, 12)]
add("AV09", "average", "What was the average month-on-month growth rate of Qatar's imports over February to December 2025 (the mean of the eleven monthly changes)?",
    P(sum(qmom) / 11), "Mean of 11 m/m rates 2025.")

# =========================================================================== rank
ex25 = {c: A("X", c, 2025) for c in AT_COUNTRIES}
im25 = {c: A("M", c, 2025) for c in AT_COUNTRIES}
add("R01", "rank", "Which country was Austria's largest export market in 2025?", {"name": nm(argmax(ex25))},
    "Countries only (EU-27 / euro area are larger but are blocs).")
e2 = {c: v for c, v in ex25.items() if c != "Germany"}
add("R02", "rank", "Apart from Germany, which country bought the most Austrian goods in 2025?", {"name": nm(argmax(e2))},
    "Exclude Germany; countries only.")
t3 = {c: im25[c] for c in AT_THIRD}
add("R03", "rank", "Which non-EU country was the biggest source of Austria's imports in 2025?", {"name": nm(argmax(t3))},
    "Max over listed third countries, imports 2025.")
top3 = sorted(im25, key=lambda c: -im25[c])[:3]
add("R04", "rank", "What were Austria's top three supplier countries in 2025?", [{"name": nm(c)} for c in top3],
    "Top 3 countries by imports 2025 (blocs excluded); all three must be named.")
d25 = {m: Q(2025, m, "D") for m in MONTHS}
add("R05", "rank", "Which month of 2025 had Qatar's highest exports of domestic products?",
    {"name": [argmax(d25), argmax(d25) + " 2025"]}, "Max of monthly domestic exports 2025.")
r24 = {m: Q(2024, m, "R") for m in MONTHS}
add("R06", "rank", "In which month of 2024 were Qatar's re-exports the lowest?",
    {"name": [argmin(r24), argmin(r24) + " 2024"]}, "Min monthly re-exports 2024.")
gx25 = {s: G(s, "X25") for s in SECTIONS}
gm25 = {s: G(s, "M25") for s in SECTIONS}
add("R07", "rank", "Which HS section was Georgia's largest export in 2025?", {"name": nm(argmax(gx25))},
    "Max section exports 2025.")
third_m = sorted(gm25, key=lambda s: -gm25[s])[2]
add("R08", "rank", "What was Georgia's third-largest import section in 2025?", {"name": nm(third_m)},
    "3rd by imports 2025.")
co25 = {c: C(c, "v25") for c in CO_COUNTRIES}
add("R09", "rank", "Which country was Colombia's second-largest export destination in 2025?",
    {"name": nm(sorted(co25, key=lambda c: -co25[c])[1])},
    "Countries only: EU-27, Pacific Alliance and CAN memo rows are larger but are blocs; 'Rest of countries' excluded.")
add("R10", "rank", "Among the destinations listed individually, which country took the least Colombian exports in 2025?",
    {"name": nm(argmin(co25))}, "Min over country rows (Rest of countries and blocs excluded).")
hb25 = {m: H(2025, m, "B") for m in MONTHS}
add("R11", "rank", "Which month of 2025 had Hungary's largest trade surplus?", {"name": [argmax(hb25), argmax(hb25) + " 2025"]},
    "Max printed monthly balance 2025.")
chg = {c: pct(A("X", c, 2024), A("X", c, 2025)) for c in AT_COUNTRIES}
add("R12", "rank", "Which of Austria's listed partner countries saw the steepest percentage fall in exports in 2025?",
    {"name": nm(argmin(chg))}, "Min % change 2025/2024 over country rows.")
cov = {c: C(c, "var") for c in CO_COUNTRIES}
add("R13", "rank", "To which individual country did Colombia's exports grow fastest in 2025?",
    {"name": nm(argmax(cov))}, "Max printed Variation (%) over country rows (blocs and rest excluded).")
hx25 = {m: H(2025, m, "X") for m in MONTHS}
add("R14", "rank", "In which month of 2025 were Hungary's exports smallest?", {"name": [argmin(hx25), argmin(hx25) + " 2025"]},
    "Min monthly exports 2025.")
sec_im = sorted(im25, key=lambda c: -im25[c])
add("R15", "rank", ["Which country was Austria's largest supplier in 2025?", "And apart from that one?"],
    {"name": nm(sec_im[1])}, "Conversation; second-largest import source country 2025.")
add("R16", "rank", "Which were Colombia's three largest individual export destinations in 2025?",
    [{"name": nm(c)} for c in sorted(co25, key=lambda c: -co25[c])[:3]], "Top 3 country rows 2025.")

# =========================================================================== follow-ups (conversations)
add("F01", "follow-up", ["What were Austria's exports to Italy in 2024?", "And to France?"],
    V(A("X", "France", 2024), EUR), "Swap partner.")
add("F02", "follow-up", ["How much did Austria import from Japan in 2023?", "What about exports?"],
    V(A("X", "Japan", 2023), EUR), "Swap flow.")
add("F03", "follow-up", ["What were Hungary's exports in March 2025?", "And in April?"],
    V(H(2025, "April", "X"), EUR), "Swap month.")
add("F04", "follow-up", ["What were Hungary's exports in July 2025?", "What about imports?"],
    V(H(2025, "July", "M"), EUR), "Swap flow.")
add("F05", "follow-up", ["Which month of 2025 had Qatar's highest exports of domestic products?", "And the weakest one?"],
    {"name": [argmin(d25), argmin(d25) + " 2025"]}, "Min month of domestic exports 2025.")
add("F06", "follow-up", ["What were Qatar's re-exports in May 2024?", "And a year later?"],
    V(Q(2025, "May", "R"), QR), "May 2025 re-exports.")
add("F07", "follow-up", ["Which HS section was Georgia's biggest export in 2025?", "How much was that?"],
    V(gx25[argmax(gx25)], USD), "Value of the top section.")
top_co = argmax(co25)
add("F08", "follow-up", ["What was Colombia's largest export destination country in 2025?",
                         "By how much did exports there grow that year?"],
    P(C(top_co, "var"), 0.06), "US printed variation 4.1; computed 4.06.")
add("F09", "follow-up", ["What were Colombia's exports to Chile in 2025?", "And to Peru?"],
    V(C("Peru", "v25"), USD), "Swap partner.")
add("F10", "follow-up", ["What were Austria's exports to Switzerland in 2022?", "And in 2025?"],
    V(A("X", "Switzerland", 2025), EUR), "Swap year.")
add("F11", "follow-up", ["How much did Georgia export in prepared foodstuffs and beverages in 2025?", "What about imports?"],
    V(G("IV", "M25"), USD), "Section IV imports 2025.")
add("F12", "follow-up", ["What was Qatar's trade balance in January 2025?", "And in February?"],
    V(Q(2025, "February", "B"), QR), "Derived balance Feb 2025.")
add("F13", "follow-up", ["What were Austria's imports from the euro area in 2025?", "And from EU countries outside the euro area?"],
    V(A("M", "EU member states outside the euro area", 2025), EUR), "Swap bloc.")
add("F14", "follow-up", ["How much did Hungary import in 2024?", "How fast did that grow in 2025?"],
    P(H(2025, None, "IM") - 100, 0.06), "Printed 104.1 index; computed 4.07 %.")
add("F15", "follow-up", ["What were Austria's exports to Hungary in 2025?", "What about Austria's imports from there?"],
    V(A("M", "Hungary", 2025), EUR), "Austria table; 'Hungary' here is a partner, not the KSH reporter.")
add("F16", "follow-up", ["Which country took the most Colombian exports in 2025?", "And the second?"],
    {"name": nm(sorted(co25, key=lambda c: -co25[c])[1])}, "Second country (blocs excluded).")
add("F17", "follow-up", ["What was Georgia's largest import section in 2024?", "And the smallest?"],
    {"name": nm(min(SECTIONS, key=lambda s: G(s, "M24")))}, "Min section imports 2024.")
add("F18", "follow-up", ["What was the year-on-year change in Hungary's exports in October 2025?", "And in November?"],
    P(H(2025, "November", "IX") - 100, 0.06), "Printed index 100.3.")
add("F19", "follow-up", ["What were Qatar's imports in August 2025?", "What about re-exports?"],
    V(Q(2025, "August", "R"), QR), "Swap flow.")
add("F20", "follow-up", ["What were Austria's exports to the UK in 2019?", "And in 2025?",
                         "What is the change between those two years in percent?"],
    P(pct(A("X", "United Kingdom", 2019), A("X", "United Kingdom", 2025))), "Three turns; 2025/2019 - 1.")
add("F21", "follow-up", ["How much did Colombia export to India in 2025?", "How does that compare with 2024, in percent?"],
    P(C("India", "var"), 0.06), "Printed -14.5; computed -14.47.")
add("F22", "follow-up", ["What were Austria's exports to China in 2025?", "And to South Korea?"],
    V(A("X", "Korea, Republic of", 2025), EUR), "Swap to a qualified label.")
add("F23", "follow-up", ["What was Hungary's trade balance in June 2025?", "And for the whole of 2025?"],
    V(H(2025, None, "B"), EUR), "Annual printed balance.")
add("F24", "follow-up", ["What were Qatar's total exports in 2025?", "And in 2024?"],
    V(QY(2024, "TX"), QR), "Derived total for the other year.")
add("F25", "follow-up", ["What were Georgia's exports of base metals in 2025?", "What share of total exports is that?"],
    P(G("XV", "X25") / G("TOTAL", "X25") * 100), "XV / Total exports 2025.")
add("F26", "follow-up", ["What was Austria's export growth in 2023?", "And for imports?"],
    P(A("M", "Total", 2023) / A("M", "Total", 2022) * 100 - 100, 0.06), "Printed rate row -6.5; computed -6.47.")
tx = {c: A("X", c, 2025) for c in AT_THIRD}
add("F27", "follow-up", ["Which country outside the EU was Austria's biggest export market in 2025?",
                         "And the smallest among the non-EU countries shown?"],
    {"name": nm(argmin(tx))}, "Min exports 2025 over listed third countries.")
add("F28", "follow-up", ["What were Colombia's exports to Ecuador in 2025?", "And what was that country's share of the total?"],
    P(C("Ecuador", "v25") / C("Total", "v25") * 100, 0.06), "Printed share 4.0; computed 4.03.")

# =========================================================================== claims
r = A("X", "Total", 2024) / A("X", "Total", 2023) * 100 - 100
add("CL01", "claim", "Austria's exports fell by 3.0% in 2024 - is that right?",
    {"verdict": "supported", "value": round(r, 3), "unit": "%", "tolerance": 0.06},
    "Printed rate -3.0 (computed -2.97); true value negative.")
r = pct(A("X", "United States of America", 2024), A("X", "United States of America", 2025))
assert r < 10
add("CL02", "claim", "Is it true that Austrian exports to the United States rose by more than 10% in 2025?",
    {"verdict": "contradicted", "value": round(r, 3), "unit": "%"}, "Actual growth well below 10 %.")
d = G("TOTAL", "M25") - G("TOTAL", "X25")
claim_bn = round(d / 1e6, 2)
add("CL03", "claim", f"Georgia's trade deficit reached USD {claim_bn:.2f} billion in 2025. Correct?",
    {"verdict": "supported", "value": round(d, 1), "unit": USD},
    "Deficit stated as a positive amount, rounded to USD 0.01 bn; expected value = positive deficit.")
d = A("M", "China (excl. Hong Kong)", 2025) - A("X", "China (excl. Hong Kong)", 2025)
add("CL04", "claim", "Austria's trade deficit with China was EUR 12 billion in 2025, wasn't it?",
    {"verdict": "contradicted", "value": round(d, 1), "unit": EUR}, "True deficit (positive amount) is far from 12 bn.")
add("CL05", "claim", "Hungary's exports in May 2025 were 10% higher than a year earlier. True?",
    {"verdict": "supported", "value": H(2025, "May", "IX") - 100, "unit": "%", "tolerance": 0.06}, "Printed index 110.0.")
add("CL06", "claim", "Colombia's exports to Turkey dropped by 18.4% in 2025. Is that accurate?",
    {"verdict": "supported", "value": C("Türkiye", "var"), "unit": "%", "tolerance": 0.06}, "Printed Variation -18.4.")
add("CL07", "claim", "Did Colombia's total exports grow 1.6% in 2025?",
    {"verdict": "supported", "value": C("Total", "var"), "unit": "%", "tolerance": 0.06}, "Printed total variation 1.6.")
s = QY(2025, "R")
assert s < 18000
add("CL08", "claim", "Qatar re-exported more than QR 18 billion worth of goods in 2025. Right?",
    {"verdict": "contradicted", "value": round(s, 1), "unit": QR}, "Annual re-exports 2025 sum.")
r = pct(G("XVII", "X24"), G("XVII", "X25"))
assert r < 0
add("CL09", "claim", "Georgia's vehicle exports increased in 2025 - true?",
    {"verdict": "contradicted", "value": round(r, 3), "unit": "%"}, "Section XVII exports fell.")
b = A("X", "United States of America", 2025) - A("M", "United States of America", 2025)
add("CL10", "claim", f"Austria ran a trade surplus of about EUR {b / 1000:.1f} billion with the United States in 2025. Is that correct?",
    {"verdict": "supported", "value": round(b, 1), "unit": EUR}, "Claim is the true surplus rounded to 0.1 bn.")
add("CL11", "claim", "Hungary posted a trade deficit of EUR 87 million in August 2025. Correct?",
    {"verdict": "supported", "value": -H(2025, "August", "B"), "unit": EUR},
    "Printed balance -87; deficit stated as a positive amount; expected value 87 (positive).")
r = pct(A("M", "China (excl. Hong Kong)", 2019), A("M", "China (excl. Hong Kong)", 2025))
assert r < 100
add("CL12", "claim", "Austria's imports from China more than doubled between 2019 and 2025. True?",
    {"verdict": "contradicted", "value": round(r, 3), "unit": "%"}, "% change 2019->2025 far below 100.")
add("CL13", "claim", "The United States took 30% of Colombia's exports in 2025 - right?",
    {"verdict": "supported", "value": C("United States", "share"), "unit": "%", "tolerance": 0.06},
    "Printed Share 2025 = 30.0 (computed 29.96).")
add("CL14", "claim", ["What were Hungary's exports in 2025?", "Is it true that they grew by 2%?"],
    {"verdict": "supported", "value": H(2025, None, "IX") - 100, "unit": "%", "tolerance": 0.06},
    "Conversation; printed annual index 102.0 (computed 1.99).")
r = A("X", "Total", 2021) / A("X", "Total", 2020) * 100 - 100
add("CL15", "claim", "Austrian exports jumped 21% in 2021. Is that so?",
    {"verdict": "contradicted", "value": round(r, 3), "unit": "%", "tolerance": 0.06}, "Printed 16.2 (computed 16.17).")
b = QY(2025, "B")
assert b > 0
add("CL16", "claim", "Qatar ran a merchandise trade deficit in 2025. True?",
    {"verdict": "contradicted", "value": round(b, 1), "unit": QR},
    "Qatar had a surplus; value = derived 2025 surplus (positive).")

# =========================================================================== yes/no
add("Y01", "yes-no", "Was Hungary's monthly trade balance ever negative in 2025?",
    {"verdict": "yes" if min(hb25.values()) < 0 else "no"}, "Any printed monthly balance < 0 in 2025.")
qm25 = {m: Q(2025, m, "M") for m in MONTHS}
add("Y02", "yes-no", "Did Qatar's monthly imports exceed QR 11 billion in any month of 2025?",
    {"verdict": "yes" if max(qm25.values()) > 11000 else "no"}, f"Max 2025 monthly imports {max(qm25.values())}.")
add("Y03", "yes-no", "Did Qatar's exports of domestic products fall below QR 19 billion in any month of 2024?",
    {"verdict": "yes" if min(Q(2024, m, "D") for m in MONTHS) < 19000 else "no"}, "Min 2024 monthly domestic exports.")
add("Y04", "yes-no", "Did Austria's exports to Russia exceed EUR 2 billion in any year from 2021 to 2025?",
    {"verdict": "yes" if max(A("X", "Russian Federation", y) for y in range(2021, 2026)) > 2000 else "no"},
    "Max over 2021-2025.")
add("Y05", "yes-no", "Were Hungary's exports above EUR 13.5 billion in any month of 2025?",
    {"verdict": "yes" if max(hx25.values()) > 13500 else "no"}, "Max 2025 monthly exports.")
add("Y06", "yes-no", "Did Georgia export more mineral products than vehicles in 2025?",
    {"verdict": "yes" if G("V", "X25") > G("XVII", "X25") else "no"}, "V vs XVII exports 2025.")
add("Y07", "yes-no", "Did Colombia export more to China than to Panama in 2025?",
    {"verdict": "yes" if C("China", "v25") > C("Panama", "v25") else "no"}, "China vs Panama 2025.")
add("Y08", "yes-no", "Were Austria's imports from China larger than its exports to China in every year from 2019 to 2025?",
    {"verdict": "yes" if all(A("M", "China (excl. Hong Kong)", y) > A("X", "China (excl. Hong Kong)", y) for y in range(2019, 2026)) else "no"},
    "Per-year comparison.")

# =========================================================================== two-part
add("T01", "two-part", "What were Qatar's total exports in 2025, and how did they change from 2024?",
    [V(QY(2025, "TX"), QR), P(pct(QY(2024, "TX"), QY(2025, "TX")))], "Derived annual totals; % change negative.")
add("T02", "two-part", "What were Austria's exports to Poland in 2025, and how fast did they grow?",
    [V(A("X", "Poland", 2025), EUR), P(pct(A("X", "Poland", 2024), A("X", "Poland", 2025)))], "Value and y/y %.")
add("T03", "two-part", "How much did Hungary export in December 2025, and what was the year-on-year change?",
    [V(H(2025, "December", "X"), EUR), P(H(2025, "December", "IX") - 100, 0.06)], "Printed index 97.1 (computed -2.89).")
add("T04", "two-part", "What were Georgia's machinery and electrical equipment imports in 2025, and what share of total imports did they represent?",
    [V(G("XVI", "M25"), USD), P(G("XVI", "M25") / G("TOTAL", "M25") * 100)], "XVI imports and share.")
add("T05", "two-part", "What were Colombia's exports to Spain in 2025, and what did Spain contribute to overall export growth?",
    [V(C("Spain", "v25"), USD), V(C("Spain", "contrib"), "pp", 0.06)], "Printed contribution 0.2 pp (computed 0.20).")
b24, b25 = QY(2024, "B"), QY(2025, "B")
add("T06", "two-part", "What was Qatar's trade balance in 2024, and in 2025?", [V(b24, QR), V(b25, QR)],
    "Two derived annual balances.")
add("T07", "two-part", "What were Austria's imports from Germany in 2025 and how much did they change from 2024 in percent?",
    [V(A("M", "Germany", 2025), EUR), P(pct(A("M", "Germany", 2024), A("M", "Germany", 2025)))],
    "Small decline (-0.13 %).")

# =========================================================================== small change
r = pct(A("X", "Japan", 2024), A("X", "Japan", 2025))
assert 0 < r < 0.3
add("SC01", "small-change", "How did Austria's exports to Japan change in 2025?", P(r), "1,547 -> 1,549: +0.13 %, not 'unchanged'.")
add("SC02", "small-change", "Were Colombia's exports to Mexico unchanged in 2025?",
    {"verdict": "no", "value": round(pct(C("Mexico", "v24"), C("Mexico", "v25")), 3), "unit": "%", "tolerance": 0.06},
    "Printed 0.1 %; computed 0.08 %; a small rise, not unchanged.")
add("SC03", "small-change", "How much did Hungary's imports change year on year in May 2025?",
    P(H(2025, "May", "IM") - 100, 0.06), "Printed index 100.1; computed 0.12 %.")
r = pct(G("TOTAL", "X24"), G("TOTAL", "X25"))
assert -0.3 < r < 0
add("SC04", "small-change", "Georgia's exports were flat in 2025 - true?",
    {"verdict": "contradicted", "value": round(r, 3), "unit": "%"}, "-0.14 %: small fall, not flat.")
r = pct(A("M", "Belgium", 2024), A("M", "Belgium", 2025))
add("SC05", "small-change", "Did Austria's imports from Belgium change in 2025?", {"verdict": "yes", "value": round(r, 3), "unit": "%"},
    "3,667 -> 3,670 (+0.08 %).")
r = pct(A("M", "Czechia", 2024), A("M", "Czechia", 2025))
add("SC06", "small-change", "Austria's imports from the Czech Republic were unchanged in 2025, right?",
    {"verdict": "contradicted", "value": round(r, 3), "unit": "%"}, "8,657 -> 8,652 (-0.06 %); Czechia asked as Czech Republic.")

# =========================================================================== refusals
RF = [
    ("RF01", "What was the average export price per tonne of Georgian wine in 2025?", "Only values by HS section; no prices, volumes or wine detail."),
    ("RF02", "How many tonnes of LNG did Qatar export in 2025?", "Values only; no volumes or products."),
    ("RF03", "What were Austria's exports to Brazil in 2024?", "Brazil not listed in the Austria table (Brazil only appears in the Colombia table)."),
    ("RF04", "What were Hungary's exports in March 2023?", "2023 not in the KSH table (only implied via the index)."),
    ("RF05", "What will Qatar's imports be in 2026?", "Forecast."),
    ("RF06", "What were Colombia's imports from China in 2025?", "DANE table covers exports only."),
    ("RF07", "How much did Hungary export to Germany in 2025?", "KSH table has no partner breakdown (Austria table's Germany is Austria's partner)."),
    ("RF08", "What were Georgia's exports to Russia in 2025?", "No partner breakdown for Georgia."),
    ("RF09", "What were Austria's exports to India in 2025?", "India not listed in the Austria table."),
    ("RF10", "What was the volume of Austria's exports in 2025, in tonnes?", "No volumes."),
    ("RF11", "What were Colombia's exports to Ecuador in the first half of 2025?", "Annual (Jan-Dec) only."),
    ("RF12", "What were Qatar's exports of domestic products in 2023?", "2023 not in PSA table."),
    ("RF13", "Forecast Hungary's exports for January 2026.", "Forecast / month not present."),
    ("RF14", "What was the unit value index of Hungarian imports in 2025?", "Only value indices (prev. year = 100) of values, no unit value index."),
]
for qid, q, note in RF:
    add(qid, "refuse", q, "refuse", note)
add("RF15", "refuse", ["What were Austria's exports to Italy in 2025?", "And to Argentina?"], "refuse",
    "Conversation; Argentina not in the Austria table (only hidden inside Colombia's Mercosur bloc).")
add("RF16", "refuse", ["What were Qatar's imports in December 2025?", "And in January 2026?"], "refuse",
    "Conversation; January 2026 not in the table.")


# --------------------------------------------------------------------------- validate + write
def check_obj(o):
    assert isinstance(o, dict) and o, o
    assert set(o) <= {"value", "unit", "tolerance", "name", "verdict"}, o
    if "value" in o:
        assert isinstance(o["value"], (int, float)) and "unit" in o and isinstance(o["unit"], str), o
    if "verdict" in o:
        assert o["verdict"] in ("yes", "no", "supported", "contradicted"), o
    if "name" in o:
        assert isinstance(o["name"], (str, list)) and o["name"], o


ids = set()
lines = []
for e, _ in QS:
    assert e["id"] not in ids, e["id"]
    ids.add(e["id"])
    assert ("question" in e) != ("conversation" in e)
    if "conversation" in e:
        assert isinstance(e["conversation"], list) and len(e["conversation"]) >= 2
    x = e["expect"]
    if x != "refuse":
        for o in (x if isinstance(x, list) else [x]):
            check_obj(o)
    lines.append(json.dumps(e, ensure_ascii=False))
with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
# re-read and re-validate
with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as f:
    parsed = [json.loads(s) for s in f if s.strip() and not s.startswith("#")]
assert len(parsed) == len(QS) >= 130
for p in parsed:
    assert {"id", "kind", "expect"} <= set(p) and ("question" in p or "conversation" in p)

# NOTES.md: replace the per-question section
notes_path = os.path.join(HERE, "NOTES.md")
head = open(notes_path, encoding="utf-8").read().split("## Questions")[0] if os.path.exists(notes_path) else "# NOTES\n\n"
out = [head.rstrip() + "\n\n## Questions\n",
       "One line per id: how the expected value was computed (all from the files in tables/ by compute_expected.py).\n"]
for e, note in QS:
    x = e["expect"]
    shown = "refuse" if x == "refuse" else json.dumps(x, ensure_ascii=False)
    out.append(f"- **{e['id']}** ({e['kind']}{', conversation' if 'conversation' in e else ''}): {note} Expect: `{shown}`")
open(notes_path, "w", encoding="utf-8").write("\n".join(out) + "\n")

from collections import Counter
kinds = Counter(e["kind"] for e, _ in QS)
conv = sum(1 for e, _ in QS if "conversation" in e)
print(len(QS), "questions;", conv, "conversations")
for k, n in kinds.items():
    print(f"  {k}: {n}")
