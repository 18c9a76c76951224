"""Compute every expected value from the table files and write/validate questions.jsonl + notes."""
import json
from pathlib import Path
import pandas as pd

D = Path(__file__).parent / "tables"

# ---------------------------------------------------------------- loaders (independent of make_tables)
def load_istat():
    raw = pd.read_excel(D / "istat_yearbook_exports_by_area_2019_2024.xlsx", header=None)
    hdr = raw.index[raw[0].astype(str).str.startswith("COUNTRIES")][0]
    years = [int(str(c)[:4]) for c in raw.iloc[hdr, 1:]]
    out = {}
    for i in range(hdr + 1, len(raw)):
        lab = raw.iloc[i, 0]
        if pd.isna(lab) or str(lab).startswith("("):
            break
        out[str(lab).strip()] = {y: (None if v == ".." else float(v)) for y, v in zip(years, raw.iloc[i, 1:])}
    return out

def load_lt():
    df = pd.read_csv(D / "lithuania_trade_monthly_2024_2026.csv", skiprows=2, skip_blank_lines=False)
    df = df[: df["Month"].isna().idxmax()] if df["Month"].isna().any() else df
    df["Month"] = df["Month"].str.rstrip("*")
    df.index = [pd.Period(f"{m[:4]}-{m[5:]}", "M") for m in df["Month"]]
    df.columns = ["Month", "X", "O", "M", "B"]
    return df[["X", "O", "M", "B"]].astype(float)

def load_om():
    raw = pd.read_excel(D / "oman_ncsi_trade_by_country_2024_2025.xlsx", header=None)
    out = {}
    for i in range(4, len(raw)):
        lab = raw.iloc[i, 0]
        if pd.isna(lab):
            break
        v = [float(x) for x in raw.iloc[i, 1:7]]
        out[lab] = {("nox", 2024): v[0], ("nox", 2025): v[1], ("rex", 2024): v[2], ("rex", 2025): v[3],
                    ("imp", 2024): v[4], ("imp", 2025): v[5]}
    return out

def load_uy():
    df = pd.read_excel(D / "uruguayxxi_exports_by_product_2025.xlsx", header=3)
    df = df[df["Product"].notna() & ~df["Product"].astype(str).str.startswith(("Note", "Source"))]
    df.columns = ["Product", "y24", "y25", "var", "share"]
    return df.set_index("Product").astype(float)

def load_si():
    df = pd.read_csv(D / "surs_trade_by_sitc_2025.csv", sep=";", decimal=",", skiprows=2, dtype={"SITC": str})
    # rows with a section code only: the source note below the table also splits at ";"
    # (fixed after the blind run: it had made " special trade system." a section)
    df = df[df["SITC"].astype(str).str.fullmatch(r"\d(?:-\d)?")]
    df.columns = ["SITC", "Section", "x24", "x25", "xi", "m24", "m25", "mi"]
    return df.set_index("SITC")

I, L, O, U, S = load_istat(), load_lt(), load_om(), load_uy(), load_si()
P = lambda s: pd.Period(s, "M")
pct = lambda a, b: (b / a - 1) * 100
cagr = lambda a, b, n: ((b / a) ** (1 / n) - 1) * 100
r1 = lambda x: round(x, 1)
r2 = lambda x: round(x, 2)

EURm, EURk, OMR, USD = "EUR million", "EUR thousand", "OMR million", "US$ million"
Q, NOTES = [], []

def v(x, unit, tol=None, nd=None):
    d = {"value": round(x, nd if nd is not None else (2 if unit in ("%", "pp") else 1)), "unit": unit}
    if tol is not None:
        d["tolerance"] = tol
    return d

def add(kind, q, expect, note):
    qid = f"q{len(Q) + 1:03d}"
    e = {"id": qid, "kind": kind}
    e["conversation" if isinstance(q, list) else "question"] = q
    e["expect"] = expect
    Q.append(e)
    NOTES.append(f"- {qid} ({kind}): {note}")

def claim(claimed, true, tol=0.05):
    return "supported" if abs(claimed - true) <= tol else "contradicted"

# ====================================================================== ISTAT (Italy, EUR million)
W = I["WORLD"]
countries = ["Germany", "France", "Spain", "Netherlands", "Belgium", "Austria", "Poland", "Switzerland",
             "United Kingdom", "Türkiye", "United States", "China (excl. Hong Kong)", "Japan", "Korea, Republic of"]
NAMES = {"United States": ["United States", "US", "USA", "United States of America"],
         "China (excl. Hong Kong)": ["China", "China (excl. Hong Kong)"],
         "Korea, Republic of": ["Korea, Republic of", "South Korea", "Korea"]}
nm = lambda c: NAMES.get(c, c)
def top(year, k=0, excl=()):
    s = sorted([c for c in countries if c not in excl], key=lambda c: -I[c][year])
    return s[k]

add("lookup", "How much did Italy export to Germany in 2023?", v(I["Germany"][2023], EURm), "ISTAT Germany 2023.")
add("lookup", "Italy's total exports of goods in 2020, in euro?", v(W[2020], EURm), "ISTAT WORLD 2020.")
add("lookup", "What were Italian sales to Belgium in 2022?", v(I["Belgium"][2022], EURm), "ISTAT Belgium 2022.")
add("qualified-label", "What was the value of Italian exports to the euro zone in 2022?", v(I["Euro area (20 countries)"][2022], EURm), "Euro area (20 countries) 2022; 'euro zone' = plain name.")
add("qualified-label", "How much did Italy ship to South Korea in 2021?", v(I["Korea, Republic of"][2021], EURm), "Row 'Korea, Republic of' 2021.")
add("qualified-label", "Italian exports to China in 2024 - what's the figure?", v(I["China (excl. Hong Kong)"][2024], EURm), "Row 'China (excl. Hong Kong)' 2024 (provisional column '2024 (a)').")
add("qualified-label", "What did Italy export to the EU-27 in 2019?", v(I["EU27 (2020)"][2019], EURm), "Row 'EU27 (2020)' 2019.")
add("qualified-label", "Exports from Italy to non-EU countries in 2023?", v(I["Extra-EU 27"][2023], EURm), "Row 'Extra-EU 27' 2023.")
add("growth-yoy", "By how much did Italy's exports to the US grow in 2022?", v(pct(I["United States"][2021], I["United States"][2022]), "%"), "US 2022/2021 - 1.")
add("growth-yoy", "What was the growth rate of Italy's total exports in 2021?", v(pct(W[2020], W[2021]), "%", tol=0.06), f"WORLD 2021/2020; printed rate row says {W and I['% change on previous year'][2021]}.")
add("growth-yoy", "How did Italian exports to Türkiye develop in 2020, in percent?", v(pct(I["Türkiye"][2019], I["Türkiye"][2020]), "%"), "Türkiye 2020/2019 - 1.")
add("change", "What was the percentage change in exports to Switzerland between 2019 and 2024?", v(pct(I["Switzerland"][2019], I["Switzerland"][2024]), "%"), "Switzerland 2024/2019 - 1.")
add("change", "Change in Italy's exports to Spain from 2023 to 2024, in millions of euro?", v(I["Spain"][2024] - I["Spain"][2023], EURm), "Spain 2024 - 2023 (negative: a fall). Sign: a fall stated as 'fell by 1,063' would show a positive display.")
add("cagr", "What was the compound annual growth rate of Italian exports to the United States from 2019 to 2024?", v(cagr(I["United States"][2019], I["United States"][2024], 5), "%"), "(US2024/US2019)^(1/5)-1.")
add("cagr", "Compound annual growth of Italy's total exports over 2020-2024?", v(cagr(W[2020], W[2024], 4), "%"), "(W2024/W2020)^(1/4)-1.")
add("cagr", "Average annual (compound) growth of exports to Poland between 2019 and 2023?", v(cagr(I["Poland"][2019], I["Poland"][2023], 4), "%"), "(PL2023/PL2019)^(1/4)-1.")
add("share", "What share of Italy's 2024 exports went to France?", v(I["France"][2024] / W[2024] * 100, "%"), "France 2024 / WORLD 2024.")
add("share", "In 2023, what portion of Italy's extra-EU exports went to the United States?", v(I["United States"][2023] / I["Extra-EU 27"][2023] * 100, "%"), "US 2023 / Extra-EU 27 2023.")
gfs = sum(I[c][2024] for c in ["Germany", "France", "Spain"])
add("share", "Germany, France and Spain together - what percentage of Italy's EU exports did they take in 2024?", v(gfs / I["EU27 (2020)"][2024] * 100, "%"), "(DE+FR+ES 2024) / EU27 2024; share of a derived sum.")
add("share", "How many percentage points did the EU's share of Italian exports move between 2019 and 2024?", v(I["EU27 (2020)"][2024] / W[2024] * 100 - I["EU27 (2020)"][2019] / W[2019] * 100, "pp", tol=0.11), "EU27/WORLD 2024 minus same 2019 (printed 44.9 and 45.7 give -0.8; tolerance covers rounding).")
add("sum", "What were Italy's combined exports to Japan, China and South Korea in 2024?", v(sum(I[c][2024] for c in ["Japan", "China (excl. Hong Kong)", "Korea, Republic of"]), EURm), "JP+CN+KR 2024.")
add("sum", "Exports to the UK and Switzerland together in 2022?", v(I["United Kingdom"][2022] + I["Switzerland"][2022], EURm), "UK+CH 2022.")
add("rank", "Which single country was Italy's biggest export market in 2024?", {"name": nm(top(2024))}, "Countries only (blocs and 'Other ...' rows excluded).")
add("rank", "Leaving Germany aside, which country bought the most Italian goods in 2024?", {"name": nm(top(2024, 0, ("Germany",)))}, "Largest country excluding Germany, 2024.")
add("rank", "Which country was Italy's third-largest export destination in 2023?", {"name": nm(top(2023, 2))}, "Third country by 2023 value (countries only).")
add("rank", "Of Japan, China and South Korea, which took the least Italian exports in 2022?", {"name": nm(min(["Japan", "China (excl. Hong Kong)", "Korea, Republic of"], key=lambda c: I[c][2022]))}, "Min of the three 2022.")
fast = max(countries, key=lambda c: I[c][2024] / I[c][2023])
add("rank", "Which listed country showed the fastest growth in Italian exports in 2024?", {"name": nm(fast)}, f"Max 2024/2023 among countries: {fast} {pct(I[fast][2023], I[fast][2024]):.2f}%.")
add("rank", "Name Italy's top three country markets in 2022.", [{"name": nm(top(2022, k))} for k in range(3)], "Three largest countries 2022.")
add("claim", "Istat reports that Italian exports slipped 0.7% in 2024. Is that right?", {"verdict": claim(-0.7, pct(W[2023], W[2024])), "value": r2(pct(W[2023], W[2024])), "unit": "%", "tolerance": 0.06}, "Printed rate -0.7; computed from WORLD values.")
add("claim", "Did exports to the United States top 62 billion euro in 2024, as I read somewhere?", {"verdict": "contradicted" if I["United States"][2024] <= 62000 else "supported", "value": I["United States"][2024], "unit": EURm}, "US 2024 vs 62,000.")
add("claim", "Someone claims the EU27 took 46% of Italy's exports in 2022 - correct?", {"verdict": claim(46, I["EU27 (2020)"][2022] / W[2022] * 100), "value": r1(I["EU27 (2020)"][2022] / W[2022] * 100), "unit": "%", "tolerance": 0.06}, "EU27/WORLD 2022 (printed 44.7).")
add("yes-no", "Were Italian exports to Japan ever below 6 billion euro between 2019 and 2024?", {"verdict": "yes" if min(I["Japan"].values()) < 6000 else "no"}, "min Japan over 2019-2024 vs 6,000.")
add("yes-no", "Did exports to Türkiye exceed 12 bn euro in any year of the table?", {"verdict": "yes" if max(I["Türkiye"].values()) > 12000 else "no"}, "max Türkiye vs 12,000.")
add("small-change", "How much did exports to Austria change between 2023 and 2024, in euro?", v(I["Austria"][2024] - I["Austria"][2023], EURm, tol=0.6), "Austria 2024-2023: a small rise, must not be called unchanged.")
add("two-part", "What were exports to France in 2024, and how much did they grow on 2023?", [v(I["France"][2024], EURm), v(pct(I["France"][2023], I["France"][2024]), "%")], "France 2024; 2024/2023-1.")
add("follow-up", ["What were Italy's exports to Japan in 2021?", "And to South Korea?"], v(I["Korea, Republic of"][2021], EURm), "Swap partner: Korea 2021.")
add("follow-up", ["How much did Italy export to the United Kingdom in 2022?", "What about 2024?"], v(I["United Kingdom"][2024], EURm), "Swap year: UK 2024.")
ex_c = ["Switzerland", "United Kingdom", "Türkiye", "United States", "China (excl. Hong Kong)", "Japan", "Korea, Republic of"]
add("follow-up", ["Which non-EU country was Italy's largest market in 2023?", "And the smallest of the non-EU countries listed?"], {"name": nm(min(ex_c, key=lambda c: I[c][2023]))}, "Min over named extra-EU countries 2023.")
add("follow-up", ["What were Italy's exports to the euro area in 2024?", "How big is that relative to all of Italy's exports?"], v(I["Euro area (20 countries)"][2024] / W[2024] * 100, "%"), "Euro area 2024 / WORLD 2024.")
add("follow-up", ["How fast did exports to Germany grow in 2021?", "And the year after?"], v(pct(I["Germany"][2021], I["Germany"][2022]), "%"), "Germany 2022/2021-1.")
add("refuse", "What was the volume in tonnes of Italian exports to Germany in 2024?", "refuse", "Only values in EUR; no quantities.")
add("refuse", "How much did Italy export to India in 2024?", "refuse", "India not a row (inside 'Other extra-EU countries').")
add("refuse", "What were Italian exports to France in 2025?", "refuse", "Table ends in 2024.")

# ====================================================================== Lithuania monthly (EUR thousand)
X, M, B, Og = L["X"], L["M"], L["B"], L["O"]
y25 = [p for p in L.index if p.year == 2025]
y24 = [p for p in L.index if p.year == 2024]
mname = lambda p: [p.strftime("%B %Y"), p.strftime("%b %Y"), f"{p.year}M{p.month:02d}", p.strftime("%B")]
add("lookup", "What were Lithuania's exports in March 2025?", v(X[P("2025-03")], EURk), "Exports 2025M03.")
add("lookup", "Lithuanian imports in January 2026?", v(M[P("2026-01")], EURk), "Imports 2026M01 (preliminary *).")
add("lookup", "How much of Lithuania's July 2025 exports were goods of Lithuanian origin?", v(Og[P("2025-07")], EURk), "Column 'of which Lithuanian origin' 2025M07.")
add("balance", "What was Lithuania's trade balance in October 2025?", v(B[P("2025-10")], EURk), "Printed balance 2025M10 (the one surplus month).")
add("balance", "Lithuania's trade balance for Q1 2025?", v(sum(X[p] - M[p] for p in y25[:3]), EURk), "Sum of (X-M) Jan-Mar 2025 (negative = deficit).")
add("balance", "What was the full-year 2025 trade deficit of Lithuania?", v(sum(X[p] - M[p] for p in y25), EURk), "Sum X-M over 2025; expected value signed negative, deficit of that size.")
add("sum", "What were Lithuania's total exports in 2025?", v(sum(X[p] for p in y25), EURk), "Sum of 12 months 2025.")
add("sum", "How much did Lithuania import in the second half of 2024?", v(sum(M[p] for p in y24[6:]), EURk), "Sum imports Jul-Dec 2024.")
add("sum", "How much of Lithuania's June 2025 exports were re-exports, i.e. goods not of Lithuanian origin?", v(X[P("2025-06")] - Og[P("2025-06")], EURk), "Exports minus Lithuanian-origin exports, 2025M06.")
add("growth-mom", "How much did Lithuanian exports grow month on month in February 2026?", v(pct(X[P("2026-01")], X[P("2026-02")]), "%"), "X 2026M02/2026M01-1.")
add("growth-mom", "Imports in March 2025 versus February 2025 - percentage change?", v(pct(M[P("2025-02")], M[P("2025-03")]), "%"), "M 2025M03/2025M02-1.")
add("growth-yoy", "Year-on-year change in Lithuania's exports in January 2026?", v(pct(X[P("2025-01")], X[P("2026-01")]), "%"), "X 2026M01/2025M01-1.")
# (named "Lithuania's" after the blind run: the question named no economy, and three of
# the set's tables answer it)
add("growth-yoy", "By how much did Lithuania's annual exports grow in 2025 compared with 2024?", v(pct(sum(X[p] for p in y24), sum(X[p] for p in y25)), "%"), "Sum 2025 / sum 2024 - 1.")
add("average", "What was Lithuania's average monthly export value in 2025?", v(sum(X[p] for p in y25) / 12, EURk), "Mean of 12 monthly exports 2025.")
h2 = y25[6:]
mom = [pct(X[p - 1], X[p]) for p in h2]
add("average", "What was the average month-on-month growth rate of exports from July to December 2025?", v(sum(mom) / len(mom), "%"), "Mean of 6 m/m rates Jul..Dec 2025 (Jul vs Jun, ..., Dec vs Nov), arithmetic mean.")
add("average", "On average, how much did Lithuania import per month in 2024?", v(sum(M[p] for p in y24) / 12, EURk), "Mean of 12 monthly imports 2024.")
add("rank", "Which month of 2025 saw Lithuania's highest exports?", {"name": mname(max(y25, key=lambda p: X[p]))}, "argmax X 2025.")
add("rank", "In which month of 2024 were imports the lowest?", {"name": mname(min(y24, key=lambda p: M[p]))}, "argmin M 2024.")
add("rank", "When in 2025 was Lithuania's trade deficit the deepest?", {"name": mname(min(y25, key=lambda p: B[p]))}, "argmin balance 2025.")
add("rank", "What was the second-strongest export month in 2024?", {"name": mname(sorted(y24, key=lambda p: -X[p])[1])}, "second largest X 2024.")
add("yes-no", "Did Lithuania post a trade surplus in any month of 2025?", {"verdict": "yes" if any(B[p] > 0 for p in y25) else "no"}, "any balance > 0 in 2025 (Oct).")
add("yes-no", "Did monthly exports ever exceed EUR 3.7 billion between January 2024 and February 2026?", {"verdict": "yes" if X.max() > 3_700_000 else "no"}, "max X vs 3,700,000.")
add("yes-no", "Were imports below 3.2 billion euro in any month of 2025?", {"verdict": "yes" if min(M[p] for p in y25) < 3_200_000 else "no"}, "min M 2025 vs 3,200,000.")
add("claim", "Lithuania ran a deficit of EUR 325.4 million in December 2025 - correct?", {"verdict": claim(-325_440, B[P("2025-12")], 500), "value": B[P("2025-12")], "unit": EURk}, "Deficit stated as a positive amount; printed balance -325,440 thousand. Value given signed; an answer saying 'deficit of 325.4 million' is also right.")
c = pct(X[P("2026-01")], X[P("2026-02")])
add("claim", "Exports rose 5% month on month in February 2026, right?", {"verdict": claim(5.0, c, 0.5), "value": r2(c), "unit": "%"}, "True m/m ~6.0%: contradicted.")
c = pct(sum(M[p] for p in y24), sum(M[p] for p in y25))
add("claim", f"Is it true that Lithuania's imports grew by {c:.1f}% in 2025?", {"verdict": "supported", "value": r2(c), "unit": "%", "tolerance": 0.06}, "Annual imports 2025/2024-1, claimed to 1 dp.")
add("small-change", "By how much did exports change from April to May 2025?", v(X[P("2025-05")] - X[P("2025-04")], EURk, tol=2), "X May - X Apr 2025 = +1,214 thousand (0.04%): not unchanged.")
add("two-part", "What were Lithuania's imports in 2025 as a whole, and how did that compare with 2024 in percent?", [v(sum(M[p] for p in y25), EURk), v(pct(sum(M[p] for p in y24), sum(M[p] for p in y25)), "%")], "Sum M 2025; growth vs sum M 2024.")
add("share", "What share of Lithuania's 2025 exports were goods of Lithuanian origin?", v(sum(Og[p] for p in y25) / sum(X[p] for p in y25) * 100, "%"), "Sum origin 2025 / sum X 2025.")
add("share", "What proportion of December 2025 exports were re-exports (non-Lithuanian origin)?", v((X[P("2025-12")] - Og[P("2025-12")]) / X[P("2025-12")] * 100, "%"), "(X-O)/X Dec 2025.")
add("follow-up", ["What were Lithuania's exports in January 2026?", "And imports?"], v(M[P("2026-01")], EURk), "Swap flow: M 2026M01.")
add("follow-up", ["What was Lithuania's trade balance in Q4 2025?", "And in Q4 2024?"], v(sum(B[p] for p in y24[9:]), EURk), "Sum balance Oct-Dec 2024.")
add("follow-up", ["Which month of 2025 had the weakest exports?", "And the strongest?"], {"name": mname(max(y25, key=lambda p: X[p]))}, "argmax X 2025.")
add("follow-up", ["How much did exports grow year on year in February 2026?", "What about imports?"], v(pct(M[P("2025-02")], M[P("2026-02")]), "%"), "M 2026M02/2025M02-1.")
add("follow-up", ["What were Lithuanian exports in the first quarter of 2025?", "And how does that compare with the same quarter of 2024, in percent?"], v(pct(sum(X[p] for p in y24[:3]), sum(X[p] for p in y25[:3])), "%"), "Q1 2025 / Q1 2024 -1.")
add("refuse", "What's the forecast for Lithuania's exports in March 2026?", "refuse", "Future month; no forecasts.")
add("refuse", "How much did Lithuania export to Latvia in 2025?", "refuse", "No partner breakdown in the Lithuania table.")
add("refuse", "What was Lithuania's export price index in June 2025?", "refuse", "Values only; no prices.")

# ====================================================================== Oman NCSI (R.O. million)
ctry = ["United Arab Emirates", "Saudi Arabia", "Qatar", "Kuwait", "Bahrain", "India", "China",
        "United States of America", "Iran (Islamic Republic of)", "Korea (Republic of)", "Japan"]
allc = ctry + ["Other countries"]
gcc = ["United Arab Emirates", "Saudi Arabia", "Qatar", "Kuwait", "Bahrain"]
ON = {"United Arab Emirates": ["United Arab Emirates", "UAE", "Emirates"], "United States of America": ["United States", "USA", "US", "United States of America"],
      "Iran (Islamic Republic of)": ["Iran", "Iran (Islamic Republic of)"], "Korea (Republic of)": ["South Korea", "Korea", "Korea (Republic of)"]}
on = lambda c: ON.get(c, c)
tx = lambda c, y: O[c][("nox", y)] + O[c][("rex", y)]
tot = lambda f, y: sum(O[c][(f, y)] for c in allc)
add("lookup", "What were Oman's non-oil exports to India in 2025?", v(O["India"][("nox", 2025)], OMR), "India non-oil 2025*.")
add("lookup", "How much did Oman re-export to the UAE in 2024?", v(O["United Arab Emirates"][("rex", 2024)], OMR), "UAE re-exports 2024.")
add("lookup", "Oman's imports from China in 2025?", v(O["China"][("imp", 2025)], OMR), "China imports 2025*.")
add("qualified-label", "What were Oman's re-exports to Iran in 2025?", v(O["Iran (Islamic Republic of)"][("rex", 2025)], OMR), "Row 'Iran (Islamic Republic of)'.")
add("qualified-label", "How much did Oman import from South Korea in 2024?", v(O["Korea (Republic of)"][("imp", 2024)], OMR), "Row 'Korea (Republic of)'.")
add("qualified-label", "What were Omani-origin non-oil exports to the US in 2025?", v(O["United States of America"][("nox", 2025)], OMR), "Row 'United States of America'.")
add("sum", "What were Oman's total exports to the UAE in 2025, counting non-oil exports and re-exports?", v(tx("United Arab Emirates", 2025), OMR), "nox+rex UAE 2025 (no total printed).")
add("sum", "Total non-oil exports plus re-exports to Saudi Arabia in 2024?", v(tx("Saudi Arabia", 2024), OMR), "nox+rex Saudi 2024.")
add("sum", "How much did Oman re-export in 2025 across all countries?", v(tot("rex", 2025), OMR), "Sum of country rows incl. 'Other countries', excluding the G.C.C. subtotal.")
add("sum", "What were Oman's total imports in 2025?", v(tot("imp", 2025), OMR), "Sum of country rows, excluding G.C.C. subtotal.")
add("sum", "Combined imports from China, Japan and South Korea in 2025?", v(sum(O[c][("imp", 2025)] for c in ["China", "Japan", "Korea (Republic of)"]), OMR), "CN+JP+KR imports 2025.")
add("balance", "What was Oman's non-oil trade balance with India in 2025 (non-oil exports plus re-exports minus imports)?", v(tx("India", 2025) - O["India"][("imp", 2025)], OMR), "nox+rex-imp India 2025.")
add("balance", "What was the non-oil balance with the United States in 2024?", v(tx("United States of America", 2024) - O["United States of America"][("imp", 2024)], OMR), "nox+rex-imp US 2024.")
add("balance", "Oman's non-oil trade balance with the GCC in 2025?", v(sum(tx(c, 2025) - O[c][("imp", 2025)] for c in gcc), OMR), "GCC: (nox+rex-imp) summed over the five members (= subtotal row).")
add("balance", "Overall, what was Oman's non-oil trade balance in 2025 (non-oil exports and re-exports less imports)?", v(tot("nox", 2025) + tot("rex", 2025) - tot("imp", 2025), OMR), "All countries, excluding subtotal.")
add("share", "What share of Oman's 2025 re-exports went to the UAE?", v(O["United Arab Emirates"][("rex", 2025)] / tot("rex", 2025) * 100, "%"), "UAE rex / derived total rex 2025.")
add("share", "What percentage of Oman's 2025 imports came from GCC countries?", v(O["G.C.C. Countries"][("imp", 2025)] / tot("imp", 2025) * 100, "%"), "GCC subtotal / derived total imports 2025.")
add("share", "In 2024, what share of Oman's combined non-oil exports and re-exports went to India?", v(tx("India", 2024) / (tot("nox", 2024) + tot("rex", 2024)) * 100, "%"), "India (nox+rex) / all (nox+rex) 2024.")
add("growth-yoy", "How much did re-exports to Iran change in 2025, in percent?", v(pct(O["Iran (Islamic Republic of)"][("rex", 2024)], O["Iran (Islamic Republic of)"][("rex", 2025)]), "%"), "Iran rex 2025/2024-1.")
add("growth-yoy", "Growth of imports from the Emirates in 2025?", v(pct(O["United Arab Emirates"][("imp", 2024)], O["United Arab Emirates"][("imp", 2025)]), "%"), "UAE imp 2025/2024-1.")
add("growth-yoy", "By what percentage did Oman's total exports to Qatar (non-oil plus re-exports) grow in 2025?", v(pct(tx("Qatar", 2024), tx("Qatar", 2025)), "%"), "Qatar (nox+rex) 2025/2024-1.")
imp_rank = sorted(ctry, key=lambda c: -O[c][("imp", 2025)])
add("rank", "Which country was Oman's largest source of imports in 2025?", {"name": on(imp_rank[0])}, "Countries only (no GCC subtotal, no 'Other countries').")
add("rank", "Which country was the second-largest supplier to Oman in 2025?", {"name": on(imp_rank[1])}, "Second by imports 2025.")
nox_rank = sorted(ctry, key=lambda c: -O[c][("nox", 2025)])
add("rank", "Apart from the UAE, which country bought the most Omani non-oil exports in 2025?", {"name": on([c for c in nox_rank if c != "United Arab Emirates"][0])}, "Largest nox 2025 excl. UAE.")
rex_rank = sorted(ctry, key=lambda c: -O[c][("rex", 2025)])
add("rank", "What were Oman's top three re-export destinations in 2025?", [{"name": on(c)} for c in rex_rank[:3]], "Top 3 rex 2025 (countries only).")
add("rank", "Which country received the least Omani re-exports in 2025?", {"name": on(rex_rank[-1])}, "Min rex 2025 among listed countries.")
add("yes-no", "Did Oman have a non-oil surplus with China in 2025, counting non-oil exports and re-exports against imports?", {"verdict": "yes" if tx("China", 2025) > O["China"][("imp", 2025)] else "no"}, "China (nox+rex) vs imp 2025.")
c = pct(O["United Arab Emirates"][("rex", 2024)], O["United Arab Emirates"][("rex", 2025)])
add("claim", "Oman's re-exports to the Emirates fell by more than 10% in 2025 - true?", {"verdict": "supported" if c < -10 else "contradicted", "value": r2(c), "unit": "%"}, "UAE rex 2025/2024-1 vs -10%.")
c = pct(O["Japan"][("imp", 2024)], O["Japan"][("imp", 2025)])
add("claim", "A report says imports from Japan jumped 20% in 2025. Does that hold?", {"verdict": claim(20, c, 0.5), "value": r2(c), "unit": "%"}, "Japan imp growth vs 20%.")
add("follow-up", ["What did Oman import from India in 2025?", "And from China?"], v(O["China"][("imp", 2025)], OMR), "Swap partner: China imp 2025.")
add("follow-up", ["Non-oil exports to Kuwait in 2024?", "And re-exports?"], v(O["Kuwait"][("rex", 2024)], OMR), "Swap flow: Kuwait rex 2024.")
add("follow-up", ["Which country was the biggest buyer of Omani non-oil exports in 2025?", "And the weakest of the GCC states?"], {"name": on(min(gcc, key=lambda c: O[c][("nox", 2025)]))}, "Min nox 2025 among GCC members.")
add("follow-up", ["What were Oman's total exports (non-oil plus re-exports) to Saudi Arabia in 2025?", "How big is that relative to all of Oman's non-oil exports and re-exports that year?"], v(tx("Saudi Arabia", 2025) / (tot("nox", 2025) + tot("rex", 2025)) * 100, "%"), "Saudi (nox+rex)/all (nox+rex) 2025.")
add("follow-up", ["How much did Oman import from the United States in 2024?", "What about 2025?"], v(O["United States of America"][("imp", 2025)], OMR), "Swap year: US imp 2025.")
add("refuse", "How much crude oil did Oman export to China in 2025?", "refuse", "Oil exports not in this table (footnote points to Table 5).")
add("refuse", "What were Oman's imports from Germany in 2025?", "refuse", "Germany not listed (in 'Other countries').")
add("refuse", "Oman's re-exports to the UAE in 2023?", "refuse", "Only 2024 and 2025.")

# ====================================================================== Uruguay XXI (US$ million)
prods = [p for p in U.index if p not in ("Total", "Rest of products")]
UN = {"Cellulose": ["Cellulose", "pulp", "Cellulose pulp"], "Soybeans": ["Soybeans", "soy", "soya"],
      "Concentrate of beverages": ["Concentrate of beverages", "beverage concentrates"]}
un = lambda p: UN.get(p, p)
add("lookup", "What were Uruguay's beef exports worth in 2025?", v(U.loc["Beef", "y25"], USD), "Beef 2025.")
add("lookup", "How much pulp did Uruguay export in 2024, in dollars?", v(U.loc["Cellulose", "y24"], USD), "'pulp' = row Cellulose 2024.")
add("lookup", "Uruguayan soy exports in 2025?", v(U.loc["Soybeans", "y25"], USD), "Soybeans 2025.")
add("lookup", "What were Uruguay's total goods exports in 2025?", v(U.loc["Total", "y25"], USD), "Total 2025.")
add("growth-yoy", "By how much did Uruguay's dairy exports grow in 2025?", v(pct(U.loc["Dairy products", "y24"], U.loc["Dairy products", "y25"]), "%", tol=0.06), "Dairy 2025/2024-1 (printed 11.1).")
add("growth-yoy", "What was the growth of Uruguay's total exports in 2025?", v(pct(U.loc["Total", "y24"], U.loc["Total", "y25"]), "%", tol=0.06), "Total 2025/2024-1 (printed 3.3).")
add("growth-yoy", "How fast did live cattle exports increase in 2025?", v(pct(U.loc["Live cattle", "y24"], U.loc["Live cattle", "y25"]), "%", tol=0.06), "Live cattle growth.")
add("small-change", "How much did Uruguay's rice exports change in 2025, in US dollars?", v(U.loc["Rice", "y25"] - U.loc["Rice", "y24"], USD, tol=0.06), "Rice 2025-2024 = +0.8 US$ million: not unchanged.")
add("small-change", "Were rice exports flat in 2025 compared with 2024, percentage-wise?", v(pct(U.loc["Rice", "y24"], U.loc["Rice", "y25"]), "%", tol=0.05), "Rice +0.13%: small rise, not 'unchanged'. Expect the figure ~0.13% (printed 0.1).")
add("share", "What share of Uruguay's 2025 exports was beef?", v(U.loc["Beef", "y25"] / U.loc["Total", "y25"] * 100, "%", tol=0.06), "Beef/Total 2025 (printed 15.7).")
add("share", "Beef and dairy combined: what percentage of Uruguay's 2025 exports?", v((U.loc["Beef", "y25"] + U.loc["Dairy products", "y25"]) / U.loc["Total", "y25"] * 100, "%"), "(Beef+Dairy)/Total 2025.")
add("share", "What share of total exports did cellulose account for in 2024?", v(U.loc["Cellulose", "y24"] / U.loc["Total", "y24"] * 100, "%"), "Cellulose/Total 2024 (no printed 2024 share).")
r25 = sorted(prods, key=lambda p: -U.loc[p, "y25"])
add("rank", "What was Uruguay's top export product in 2025?", {"name": un(r25[0])}, "Largest product 2025 ('Rest of products' excluded).")
add("rank", "Which was Uruguay's third-largest export product in 2025?", {"name": un(r25[2])}, "Third product 2025.")
r24 = sorted(prods, key=lambda p: -U.loc[p, "y24"])
add("rank", "Top three Uruguayan export products in 2024?", [{"name": un(p)} for p in r24[:3]], "Top 3 2024.")
worst = min(prods, key=lambda p: U.loc[p, "y25"] / U.loc[p, "y24"])
add("rank", "Which product saw the steepest percentage decline in 2025?", {"name": un(worst)}, f"Min growth: {worst}.")
add("rank", "Among the listed products, which had the smallest export value in 2025?", {"name": un(r25[-1])}, "Min 2025 excluding Rest.")
add("sum", "What did Uruguay earn from grain exports in 2025 - soybeans, rice and wheat together?", v(sum(U.loc[p, "y25"] for p in ["Soybeans", "Rice", "Wheat"]), USD), "Soy+Rice+Wheat 2025.")
add("change", "By how many dollars did beef exports rise in 2025?", v(U.loc["Beef", "y25"] - U.loc["Beef", "y24"], USD), "Beef 2025-2024.")
c = pct(U.loc["Soybeans", "y24"], U.loc["Soybeans", "y25"])
add("claim", "Soybean exports dropped by 14.8% in 2025 - is that what the data show?", {"verdict": claim(-14.8, c, 0.06), "value": r2(c), "unit": "%", "tolerance": 0.06}, "Soy growth (printed -14.8).")
add("claim", "Did pulp exports exceed US$2.6 billion in 2025, as claimed?", {"verdict": "supported" if U.loc["Cellulose", "y25"] > 2600 else "contradicted", "value": U.loc["Cellulose", "y25"], "unit": USD}, "Cellulose 2025 vs 2,600.")
add("two-part", "What did Uruguay earn from dairy exports in 2025, and by what percentage was that up on 2024?", [v(U.loc["Dairy products", "y25"], USD), v(pct(U.loc["Dairy products", "y24"], U.loc["Dairy products", "y25"]), "%", tol=0.06)], "Dairy 2025; growth.")
add("follow-up", ["How much beef did Uruguay export in 2025, in value terms?", "And in 2024?"], v(U.loc["Beef", "y24"], USD), "Swap year: Beef 2024.")
add("follow-up", ["What share of Uruguay's 2025 exports was cellulose?", "And soybeans?"], v(U.loc["Soybeans", "y25"] / U.loc["Total", "y25"] * 100, "%", tol=0.06), "Soy/Total 2025 (printed 9.0).")
add("follow-up", ["Which Uruguayan export product grew fastest in 2025?", "And the weakest one?"], {"name": un(worst)}, "Min growth product.")
add("refuse", "How many tonnes of beef did Uruguay export in 2025?", "refuse", "Values only.")
add("refuse", "What was the average price per tonne of Uruguayan rice in 2025?", "refuse", "No prices.")
add("refuse", "How much beef did Uruguay sell to China in 2025?", "refuse", "No partner breakdown.")

# ====================================================================== SURS Slovenia (EUR thousand)
secs = [s for s in S.index if s != "0-9"]
SN = lambda s: [S.loc[s, "Section"], f"SITC {s}"]
add("lookup", "What were Slovenia's exports of chemicals in 2025?", v(S.loc["5", "x25"], EURk), "SITC 5 exports 2025.")
add("lookup", "Slovenian imports of mineral fuels in 2025?", v(S.loc["3", "m25"], EURk), "SITC 3 imports 2025.")
add("lookup", "What was the value of Slovenia's total goods exports in 2024?", v(S.loc["0-9", "x24"], EURk), "Total exports 2024.")
add("balance", "What was Slovenia's overall trade balance in 2025?", v(S.loc["0-9", "x25"] - S.loc["0-9", "m25"], EURk), "Total X - M 2025 (not printed).")
add("balance", "Trade balance in machinery and transport equipment, 2025?", v(S.loc["7", "x25"] - S.loc["7", "m25"], EURk), "SITC 7 X-M 2025.")
add("balance", "What was Slovenia's balance in food and live animals in 2024?", v(S.loc["0", "x24"] - S.loc["0", "m24"], EURk), "SITC 0 X-M 2024 (deficit, negative).")
add("growth-yoy", "How much did Slovenia's food imports grow in 2025?", v(pct(S.loc["0", "m24"], S.loc["0", "m25"]), "%", tol=0.06), "SITC 0 imports; printed index 104.4.")
add("growth-yoy", "Percentage growth of chemical exports in 2025?", v(pct(S.loc["5", "x24"], S.loc["5", "x25"]), "%", tol=0.06), "SITC 5 exports; index 109.2.")
add("growth-yoy", "How did Slovenia's total imports change in 2025, in percent?", v(pct(S.loc["0-9", "m24"], S.loc["0-9", "m25"]), "%", tol=0.06), "Total imports; index 99.2.")
add("small-change", "How did exports of miscellaneous manufactured articles change in 2025, in euro terms?", v(S.loc["8", "x25"] - S.loc["8", "x24"], EURk, tol=2), "SITC 8: index prints 100,0 but values fell by 1,862 thousand: not unchanged.")
add("share", "What share of Slovenia's 2025 exports were chemicals?", v(S.loc["5", "x25"] / S.loc["0-9", "x25"] * 100, "%"), "SITC 5 / Total exports 2025.")
add("share", "Machinery plus chemicals - what percentage of 2025 exports?", v((S.loc["5", "x25"] + S.loc["7", "x25"]) / S.loc["0-9", "x25"] * 100, "%"), "(SITC5+SITC7)/Total 2025.")
xr = sorted(secs, key=lambda s: -S.loc[s, "x25"])
add("rank", "Which SITC section was Slovenia's largest export in 2025?", {"name": SN(xr[0])}, "argmax x25 (sections, not Total).")
mr = sorted(secs, key=lambda s: -S.loc[s, "m25"])
add("rank", "Which product group did Slovenia import most of in 2025?", {"name": SN(mr[0])}, "argmax m25.")
add("rank", "Which SITC section had the smallest imports in 2025?", {"name": SN(mr[-1])}, "argmin m25.")
fx = max(secs, key=lambda s: S.loc[s, "x25"] / S.loc[s, "x24"])
add("rank", "Which section's exports grew fastest in 2025?", {"name": SN(fx)}, "argmax x25/x24.")
c = pct(S.loc["0-9", "x24"], S.loc["0-9", "x25"])
add("claim", "Slovenia's exports rose 3.6% in 2025 - supported by the data?", {"verdict": claim(3.6, c, 0.06), "value": r2(c), "unit": "%", "tolerance": 0.06}, "Total exports growth, printed index 103.6.")
c = pct(S.loc["0-9", "m24"], S.loc["0-9", "m25"])
add("claim", "Imports into Slovenia increased by 1% in 2025, correct?", {"verdict": claim(1.0, c, 0.06), "value": r2(c), "unit": "%", "tolerance": 0.06}, "Total imports fell ~0.8%: contradicted.")
add("yes-no", "Did Slovenia run a trade surplus in 2025?", {"verdict": "yes" if S.loc["0-9", "x25"] > S.loc["0-9", "m25"] else "no"}, "Total X > M 2025.")
add("two-part", "What were Slovenia's imports of fuels in 2025, and how fast did they grow?", [v(S.loc["3", "m25"], EURk), v(pct(S.loc["3", "m24"], S.loc["3", "m25"]), "%", tol=0.06)], "SITC 3 imports 2025 and growth (index 105.9).")
add("follow-up", ["What were Slovenia's exports of machinery and transport equipment in 2025?", "What about imports?"], v(S.loc["7", "m25"], EURk), "Swap flow: SITC 7 imports 2025.")
xf = min(secs, key=lambda s: S.loc[s, "x25"] / S.loc[s, "x24"])
add("follow-up", ["Which SITC section had the biggest export fall in 2025?", "And the biggest rise?"], {"name": SN(fx)}, "argmax export growth.")
add("follow-up", ["What were Slovenian food exports in 2025?", "And in 2024?"], v(S.loc["0", "x24"], EURk), "Swap year SITC 0 x24.")
add("refuse", "How many cars did Slovenia export to Germany in 2025?", "refuse", "No partners, no quantities.")
add("refuse", "What will Slovenia's exports be in 2026?", "refuse", "Forecast.")


# ====================================================================== more conversations, m/m, refusals
add("follow-up", ["What were Lithuania's exports in November 2025?", "How much did they grow on October?"], v(pct(X[P("2025-10")], X[P("2025-11")]), "%"), "m/m Nov 2025.")
add("growth-mom", ["Lithuanian imports in September 2025?", "And the month-on-month change?"], v(pct(M[P("2025-08")], M[P("2025-09")]), "%"), "M Sep/Aug 2025 -1.")
add("growth-mom", "Month-on-month change in Lithuania's Lithuanian-origin exports in December 2025?", v(pct(Og[P("2025-11")], Og[P("2025-12")]), "%"), "O Dec/Nov 2025 -1.")
add("follow-up", ["What was Lithuania's trade balance in June 2025?", "And a year earlier?"], v(B[P("2024-06")], EURk), "Balance 2024M06.")
add("follow-up", ["Which month of 2024 had Lithuania's largest trade deficit?", "And in 2025?"], {"name": mname(min(y25, key=lambda p: B[p]))}, "argmin balance 2025.")
add("follow-up", ["What were Italy's exports to Spain in 2021?", "And to the Netherlands?", "What about 2023?"], v(I["Netherlands"][2023], EURm), "Two swaps: Netherlands 2023.")
add("follow-up", ["Which country was Italy's largest export market in 2019?", "And the second largest?"], {"name": nm(top(2019, 1))}, "Second country 2019.")
add("follow-up", ["What was Italy's CAGR of exports to Japan from 2019 to 2024?", "And for South Korea?"], v(cagr(I["Korea, Republic of"][2019], I["Korea, Republic of"][2024], 5), "%"), "Korea CAGR 2019-2024.")
add("follow-up", ["How much did Oman re-export to Qatar in 2025?", "And to Bahrain?"], v(O["Bahrain"][("rex", 2025)], OMR), "Bahrain rex 2025.")
add("follow-up", ["What was Oman's non-oil balance with Japan in 2025 (non-oil exports plus re-exports minus imports)?", "And with South Korea?"], v(tx("Korea (Republic of)", 2025) - O["Korea (Republic of)"][("imp", 2025)], OMR), "KR nox+rex-imp 2025.")
add("follow-up", ["Which was Oman's largest non-oil export market in 2024?", "And in 2025?"], {"name": on(nox_rank[0])}, "argmax nox 2025.")
add("follow-up", ["How much did Uruguay export in wheat in 2025?", "How much was that down from 2024, in percent?"], v(pct(U.loc["Wheat", "y24"], U.loc["Wheat", "y25"]), "%", tol=0.06), "Wheat growth (printed -14.3).")
add("follow-up", ["What were Uruguay's malt exports in 2024?", "And in 2025?", "And the change in percent?"], v(pct(U.loc["Malt", "y24"], U.loc["Malt", "y25"]), "%", tol=0.06), "Malt growth (printed 1.9).")
add("follow-up", ["Which SITC section was Slovenia's largest import in 2025?", "And the second largest?"], {"name": SN(mr[1])}, "Second m25.")
add("follow-up", ["What was Slovenia's trade balance in chemicals in 2025?", "And in 2024?"], v(S.loc["5", "x24"] - S.loc["5", "m24"], EURk), "SITC 5 X-M 2024.")
add("refuse", ["What were Slovenia's exports of beverages in 2025?", "And in 2019?"], "refuse", "Only 2024-2025 in SURS table.")
add("refuse", "What was Italy's share of world exports in 2024?", "refuse", "World trade totals not in any table.")
add("refuse", "How many containers did Oman re-export to the UAE in 2025?", "refuse", "No quantities.")
add("refuse", "What were Lithuania's exports in 2023?", "refuse", "Table starts 2024M01.")

# ---------------------------------------------------------------- write and validate
out = Path(__file__).parent / "questions.jsonl"
with out.open("w", encoding="utf-8") as f:
    for e in Q:
        f.write(json.dumps(e, ensure_ascii=False) + "\n")
ids = set()
for line in out.read_text(encoding="utf-8").splitlines():
    e = json.loads(line)
    assert e["id"] not in ids; ids.add(e["id"])
    assert ("question" in e) != ("conversation" in e) and "kind" in e and "expect" in e
    ex = e["expect"]
    parts = ex if isinstance(ex, list) else [ex]
    if ex != "refuse":
        for p in parts:
            assert isinstance(p, dict) and (("value" in p) == ("unit" in p)) and any(k in p for k in ("value", "name", "verdict")), e
            assert p.get("verdict") in (None, "yes", "no", "supported", "contradicted"), e
notes = Path(__file__).parent / "NOTES.md"
head = notes.read_text(encoding="utf-8").split("## Per question")[0] if notes.exists() else "# QA set 11 notes\n\n"
notes.write_text(head + "## Per question\n" + "\n".join(NOTES) + "\n", encoding="utf-8")
from collections import Counter
kc = Counter(e["kind"] for e in Q)
print(len(Q), "questions;", sum("conversation" in e for e in Q), "conversations;", dict(kc))
