"""Reads the tables in tables/ with csv/openpyxl, computes every expected value, writes questions.jsonl."""
import csv
import json
import re
from pathlib import Path
import openpyxl

T = Path(__file__).parent / "tables"


def num(s):
    s = str(s).strip().replace(",", "")
    s = re.sub(r"\s*\(?p\)?$|\*$", "", s)
    return float(s)


def rows(name):
    with open(T / name, encoding="utf-8") as fh:
        return list(csv.reader(fh))


# Hong Kong: hk[flow][partner] = {"Mar 2025":..., "Mar 2026":..., "Jan-Mar 2025":..., "Jan-Mar 2026":..., "yoy_m":..., "yoy_q":...}
hk, flow = {}, None
for r in rows("hk_trade_by_main_country_mar2026.csv")[3:]:
    if len(r) < 7 or not r[1]:
        continue
    if r[0] in ("Domestic exports", "Re-exports", "Imports"):
        flow, partner = r[0], "Total"
        hk[flow] = {}
    else:
        partner = r[0]
    hk[flow][partner] = {"Mar 2025": num(r[1]), "Mar 2026": num(r[2]), "yoy_m": num(r[3]),
                         "Jan-Mar 2025": num(r[4]), "Jan-Mar 2026": num(r[5]), "yoy_q": num(r[6])}

# Australia
aus, aus_pct = {}, {}
R = rows("dfat_australia_goods_exports_by_market_2020_2024.csv")
yrs = [int(h[:4]) for h in R[2][1:]]
for r in R[3:]:
    if len(r) < 6:
        continue
    if r[0] == "% change":
        aus_pct = dict(zip(yrs, map(num, r[1:])))
    else:
        aus[r[0]] = dict(zip(yrs, map(num, r[1:])))

# Turkey
R = rows("turkstat_turkey_exports_imports_monthly.csv")
months = [re.sub(r"\s*\(p\)", "", h) for h in R[2][1:]]
tr = {}
for r in R[3:7]:
    tr[r[0]] = dict(zip(months, map(num, r[1:])))
TX, TM, TB, TC = (tr["Exports"], tr["Imports"], tr["Foreign trade balance"],
                  tr["Coverage ratio of exports to imports (%)"])

# Germany
ws = openpyxl.load_workbook(T / "destatis_germany_trade_by_country_group_2025.xlsx").active
de = {}
for row in ws.iter_rows(min_row=5, values_only=True):
    if row[0] is None or row[1] is None:
        continue
    de[row[0]] = {("X", 2024): row[1], ("X", 2025): row[2], ("X", "chg"): row[3],
                  ("M", 2024): row[4], ("M", 2025): row[5], ("M", "chg"): row[6]}

# Saudi
R = rows("gastat_saudi_nonoil_exports_by_destination.csv")
qs = [h.rstrip("*") for h in R[2][1:]]
sa = {}
for r in R[3:]:
    if len(r) == 6 and r[1]:
        sa[r[0]] = dict(zip(qs, map(num, r[1:])))

# sanity: published rates agree with levels
for f, ps in hk.items():
    for p, v in ps.items():
        assert abs((v["Mar 2026"] / v["Mar 2025"] - 1) * 100 - v["yoy_m"]) < 0.051, (f, p)
        assert abs((v["Jan-Mar 2026"] / v["Jan-Mar 2025"] - 1) * 100 - v["yoy_q"]) < 0.051, (f, p)
for y in range(2021, 2025):
    assert abs((aus["Total"][y] / aus["Total"][y - 1] - 1) * 100 - aus_pct[y]) < 0.051
for m in months:
    assert TB[m] == TX[m] - TM[m]
    assert abs(TX[m] / TM[m] * 100 - TC[m]) < 0.051


def pc(new, old):
    return (new / old - 1) * 100


def cagr(a, b, n):
    return ((b / a) ** (1 / n) - 1) * 100


Q = []


def add(kind, q, expect):
    e = expect
    Q.append({"kind": kind, ("conversation" if isinstance(q, list) else "question"): q, "expect": e})


def v(value, unit, tol=None):
    d = {"value": round(value, 4), "unit": unit}
    if unit == "%" or unit == "pp":
        d["value"] = round(value, 2)
        d["tolerance"] = 0.06 if tol is None else tol
    elif tol is not None:
        d["tolerance"] = tol
    return d


HK, AU, US, EU, SR = "HK$ million", "A$ million", "US$ thousand", "EUR million", "SAR million"
DX, RX, IM = hk["Domestic exports"], hk["Re-exports"], hk["Imports"]
CN, USA, KR, VN = "China, Mainland", "United States of America", "Korea, Republic of", "Viet Nam"

# ---- lookup
add("lookup", "What was the value of Hong Kong's re-exports to Viet Nam in March 2026?", v(RX[VN]["Mar 2026"], HK))
add("lookup", "How much did Australia export in goods to Japan in calendar year 2022?", v(aus["Japan"][2022], AU))
add("lookup", "What was the value of Turkey's imports in August 2025?", v(TM["Aug 2025"], US))
add("lookup", "What were Germany's exports to Poland in 2025?", v(de["Poland"][("X", 2025)], EU))
add("lookup", "What were Saudi Arabia's non-oil exports to Egypt in Q3 2025?", v(sa["Egypt"]["Q3 2025"], SR))
add("lookup", "What were Hong Kong's imports from Taiwan in January-March 2026?", v(IM["Taiwan"]["Jan-Mar 2026"], HK))

# ---- change
add("change", "By what percentage did Hong Kong's domestic exports to Taiwan change in March 2026 compared with March 2025?",
    v(pc(DX["Taiwan"]["Mar 2026"], DX["Taiwan"]["Mar 2025"]), "%"))
add("change", "How much did Australia's goods exports to India grow in 2024 over 2023, in per cent?",
    v(pc(aus["India"][2024], aus["India"][2023]), "%"))
add("change", "What was the month-on-month change in Turkey's exports in December 2025, in per cent?",
    v(pc(TX["Dec 2025"], TX["Nov 2025"]), "%"))
add("change", "How did Germany's imports from China change in 2025 compared with 2024, in percent?",
    v(pc(de["China"][("M", 2025)], de["China"][("M", 2024)]), "%"))
add("change", "By how much did Saudi Arabia's non-oil exports to the United Arab Emirates grow in Q1 2026 compared with Q1 2025, in per cent?",
    v(pc(sa["United Arab Emirates"]["Q1 2026"], sa["United Arab Emirates"]["Q1 2025"]), "%"))
add("change", "By how much did Australia's goods exports to China change from 2021 to 2022, in A$ million?",
    v(aus["China"][2022] - aus["China"][2021], AU))

# ---- sum-of-parts
add("sum-of-parts", "What were Hong Kong's combined re-exports to China, Mainland, Taiwan and Korea, Republic of in March 2026?",
    v(RX[CN]["Mar 2026"] + RX["Taiwan"]["Mar 2026"] + RX[KR]["Mar 2026"], HK))
add("sum-of-parts", "What were Australia's goods exports to Japan, Korea, Republic of and Taiwan combined in 2024?",
    v(aus["Japan"][2024] + aus[KR][2024] + aus["Taiwan"][2024], AU))
add("sum-of-parts", "What were Germany's exports to France, Italy and Austria taken together in 2025?",
    v(sum(de[c][("X", 2025)] for c in ("France", "Italy", "Austria")), EU))
add("sum-of-parts", "What were Saudi Arabia's combined non-oil exports to Bahrain, Kuwait and Jordan in Q4 2025?",
    v(sum(sa[c]["Q4 2025"] for c in ("Bahrain", "Kuwait", "Jordan")), SR))
add("sum-of-parts", "What was the total value of Turkey's exports over January to March 2026 (the three months added up)?",
    v(sum(TX[m] for m in ("Jan 2026", "Feb 2026", "Mar 2026")), US))

# ---- identity
tot_x_m26 = DX["Total"]["Mar 2026"] + RX["Total"]["Mar 2026"]
add("identity", "What were Hong Kong's total exports (domestic exports plus re-exports) in March 2026?", v(tot_x_m26, HK))
add("identity", "What were Hong Kong's total exports to the United States of America in January-March 2026, counting domestic exports and re-exports?",
    v(DX[USA]["Jan-Mar 2026"] + RX[USA]["Jan-Mar 2026"], HK))
add("identity", "What was Hong Kong's visible trade balance (total exports minus imports) in March 2026?",
    v(tot_x_m26 - IM["Total"]["Mar 2026"], HK))
add("identity", "What was Turkey's total foreign trade volume (exports plus imports) in October 2025?",
    v(TX["Oct 2025"] + TM["Oct 2025"], US))
add("identity", "What was Germany's trade balance with the United States of America in 2025 (exports minus imports)?",
    v(de[USA][("X", 2025)] - de[USA][("M", 2025)], EU))
add("identity", "What was Hong Kong's total trade with Viet Nam in March 2026, i.e. domestic exports plus re-exports plus imports?",
    v(DX[VN]["Mar 2026"] + RX[VN]["Mar 2026"] + IM[VN]["Mar 2026"], HK))

# ---- share
add("share", "What share of Australia's goods exports went to China in 2024?", v(aus["China"][2024] / aus["Total"][2024] * 100, "%"))
add("share", "What share of Hong Kong's re-exports in March 2026 went to China, Mainland?",
    v(RX[CN]["Mar 2026"] / RX["Total"]["Mar 2026"] * 100, "%"))
add("share", "What percentage of Germany's exports in 2025 went to EU member states (EU-27)?",
    v(de["EU member states (EU-27)"][("X", 2025)] / de["Total"][("X", 2025)] * 100, "%"))
add("share", "What share of Saudi Arabia's total non-oil exports in Q1 2026 went to the United Arab Emirates?",
    v(sa["United Arab Emirates"]["Q1 2026"] / sa["Total non-oil exports"]["Q1 2026"] * 100, "%"))
add("share", "What share of Germany's total imports in 2025 came from China?",
    v(de["China"][("M", 2025)] / de["Total"][("M", 2025)] * 100, "%"))

# ---- share-of-derived
add("share-of-derived", "What share of Hong Kong's total exports (domestic exports plus re-exports) in March 2026 were re-exports?",
    v(RX["Total"]["Mar 2026"] / tot_x_m26 * 100, "%"))
add("share-of-derived", "Of Hong Kong's total exports to China, Mainland in March 2026 (domestic exports plus re-exports), what share were domestic exports?",
    v(DX[CN]["Mar 2026"] / (DX[CN]["Mar 2026"] + RX[CN]["Mar 2026"]) * 100, "%"))
add("share-of-derived", "What share of Turkey's total trade (exports plus imports) in December 2025 was accounted for by exports?",
    v(TX["Dec 2025"] / (TX["Dec 2025"] + TM["Dec 2025"]) * 100, "%"))
add("share-of-derived", "What share of Germany's total trade with China (exports plus imports) in 2025 was imports?",
    v(de["China"][("M", 2025)] / (de["China"][("M", 2025)] + de["China"][("X", 2025)]) * 100, "%"))
add("share-of-derived", ["What were Hong Kong's total exports to India (domestic exports plus re-exports) in January-March 2026?",
                         "What share of that came from re-exports?"],
    v(RX["India"]["Jan-Mar 2026"] / (RX["India"]["Jan-Mar 2026"] + DX["India"]["Jan-Mar 2026"]) * 100, "%"))

# ---- cagr
add("cagr", "What was the compound annual growth rate of Australia's total goods exports from 2020 to 2024?",
    v(cagr(aus["Total"][2020], aus["Total"][2024], 4), "%"))
add("cagr", "What was the compound annual growth of Australia's goods exports to India between 2020 and 2024?",
    v(cagr(aus["India"][2020], aus["India"][2024], 4), "%"))
add("cagr", "Compound annual growth rate of Australia's goods exports to Viet Nam from 2021 to 2024?",
    v(cagr(aus[VN][2021], aus[VN][2024], 3), "%"))
add("cagr", "At what compound annual rate did Australia's goods exports to the United States of America grow from 2020 to 2024?",
    v(cagr(aus[USA][2020], aus[USA][2024], 4), "%"))
add("cagr", "What was the CAGR of Australia's goods exports to China over 2020-2023?",
    v(cagr(aus["China"][2020], aus["China"][2023], 3), "%"))

# ---- mean-of-rates
add("mean-of-rates", "What was the average annual % change in Australia's total goods exports over 2021 to 2024?",
    v(sum(aus_pct[y] for y in range(2021, 2025)) / 4, "%"))
add("mean-of-rates", "What was the average year-on-year growth rate of Turkey's exports over January, February and March 2026?",
    v(sum(pc(TX[f"{m} 2026"], TX[f"{m} 2025"]) for m in ("Jan", "Feb", "Mar")) / 3, "%"))
add("mean-of-rates", "What was Turkey's average coverage ratio of exports to imports in the fourth quarter of 2025 (October to December)?",
    v(sum(TC[m] for m in ("Oct 2025", "Nov 2025", "Dec 2025")) / 3, "%"))
qq = ["Q1 2025", "Q2 2025", "Q3 2025", "Q4 2025", "Q1 2026"]
add("mean-of-rates", "What was the average quarter-on-quarter growth of Saudi Arabia's total non-oil exports from Q2 2025 to Q1 2026?",
    v(sum(pc(sa["Total non-oil exports"][qq[i]], sa["Total non-oil exports"][qq[i - 1]]) for i in range(1, 5)) / 4, "%"))
add("mean-of-rates", "What was the average annual % change in Australia's total goods exports over 2020 to 2022, as published?",
    v(sum(aus_pct[y] for y in (2020, 2021, 2022)) / 3, "%"))

# ---- rank
def top(d, key, exclude=(), rev=True):
    items = [(k, x[key]) for k, x in d.items() if k not in exclude]
    return sorted(items, key=lambda t: t[1], reverse=rev)

aus_mk = {k: x for k, x in aus.items() if k != "Total"}
add("rank", "Which market was the largest destination for Australia's goods exports in 2024?", {"name": top(aus_mk, 2024)[0][0]})
r = top({k: x for k, x in RX.items() if k != "Total"}, "Mar 2026")
add("rank", "Which was the third-largest destination of Hong Kong's re-exports in March 2026?", {"name": r[2][0]})
add("rank", "In which month of 2025 were Turkey's exports highest?",
    {"name": [max((m for m in months if m.endswith("2025")), key=lambda m: TX[m]).replace("Dec", "December"), "December"]})
de_c = {k: x for k, x in de.items() if k not in ("Total", "EU member states (EU-27)", "Euro area (EA-20)",
                                                    "EU countries not in the euro area", "Third countries (non-EU)")}
assert top(de_c, ("X", 2025))[0][0] == USA
add("rank", "Which single country was Germany's largest export market in 2025?", {"name": [USA, "United States"]})
sa_c = {k: x for k, x in sa.items() if k != "Total non-oil exports"}
add("rank", "Among the destinations listed, which received the least of Saudi Arabia's non-oil exports in Q1 2026?", {"name": top(sa_c, "Q1 2026", rev=False)[0][0]})
g = sorted(((k, x["yoy_m"]) for k, x in IM.items() if k != "Total"), key=lambda t: -t[1])
assert g[0][1] - g[1][1] > 1
add("rank", "Which main supplier's imports into Hong Kong grew fastest year on year in March 2026?", {"name": g[0][0]})
add("rank", ["Which was the largest destination of Saudi Arabia's non-oil exports in Q1 2026?", "And the second largest?"],
    {"name": top(sa_c, "Q1 2026")[1][0]})

# ---- rank-exclusion
add("rank-exclusion", "Apart from China, which was the biggest market for Australia's goods exports in 2024?",
    {"name": top(aus_mk, 2024, exclude=("China",))[0][0]})
add("rank-exclusion", "Excluding China, Mainland, which destination took the most of Hong Kong's re-exports in March 2026?",
    {"name": [top({k: x for k, x in RX.items() if k != "Total"}, "Mar 2026", exclude=(CN,))[0][0], "Vietnam"]})
x = top(de_c, ("M", 2025), exclude=("China",))[0][0]
add("rank-exclusion", "Other than China, which country was Germany's largest source of imports in 2025?", {"name": [x, "United States"]})
add("rank-exclusion", "Leaving out the United Arab Emirates, which country was the largest destination of Saudi non-oil exports in Q4 2025?",
    {"name": top(sa_c, "Q4 2025", exclude=("United Arab Emirates",))[0][0]})
add("rank-exclusion", "Apart from China, Mainland, which was Hong Kong's largest source of imports in March 2026?",
    {"name": top({k: x for k, x in IM.items() if k != "Total"}, "Mar 2026", exclude=(CN,))[0][0]})

# ---- existence
yn = lambda b: {"verdict": "yes" if b else "no"}
add("existence", "Were Turkey's monthly exports ever above US$ 26 billion in 2025?", yn(any(TX[m] > 26e6 for m in months if m.endswith("2025"))))
add("existence", "Did Turkey record a trade surplus in any month of 2025?", yn(any(TB[m] > 0 for m in months if m.endswith("2025"))))
add("existence", "Were Australia's goods exports to India larger than its exports to the United States of America in 2024?",
    yn(aus["India"][2024] > aus[USA][2024]))
add("existence", "Did Germany run a trade deficit with China in 2025?", yn(de["China"][("X", 2025)] < de["China"][("M", 2025)]))
add("existence", "Did Hong Kong's domestic exports to the United States of America fall in March 2026 compared with March 2025?",
    yn(DX[USA]["Mar 2026"] < DX[USA]["Mar 2025"]))

# ---- claim
c = pc(RX[VN]["Mar 2026"], RX[VN]["Mar 2025"])
add("claim", "Is it true that Hong Kong's re-exports to Viet Nam jumped 43.6% year on year in March 2026?",
    {"verdict": "supported" if round(c, 1) == 43.6 else "contradicted", "value": round(c, 2), "unit": "%", "tolerance": 0.06})
c = pc(aus["Japan"][2024], aus["Japan"][2023])
add("claim", "A report says Australia's goods exports to Japan fell 15% in 2024. Is that right?",
    {"verdict": "contradicted", "value": round(c, 2), "unit": "%", "tolerance": 0.06})
bal = TB["Mar 2026"]
assert round(-bal / 1e6, 1) == 8.2
add("claim", "Check this: Turkey's foreign trade deficit in March 2026 was US$ 8.2 billion.", {"verdict": "supported"})
c = pc(de[USA][("X", 2025)], de[USA][("X", 2024)])
assert c < -5
add("claim", "Is it correct that Germany's exports to the United States of America fell by more than 5% in 2025?",
    {"verdict": "supported", "value": round(c, 2), "unit": "%", "tolerance": 0.06})
add("claim", "Saudi Arabia's non-oil exports totalled SAR 82.5 billion in Q4 2025, according to a news article. Is that accurate?",
    {"verdict": "contradicted", "value": sa["Total non-oil exports"]["Q4 2025"], "unit": SR})
c = pc(de["Poland"][("M", 2025)], de["Poland"][("M", 2024)])
assert round(c, 1) == 5.0
add("claim", "Is it true that Germany's imports from Poland rose 5.0% in 2025?", {"verdict": "supported", "value": round(c, 2), "unit": "%", "tolerance": 0.06})

# ---- two-part
add("two-part", "What were Hong Kong's domestic exports in January-March 2026, and how much did they change year on year?",
    [v(DX["Total"]["Jan-Mar 2026"], HK), v(DX["Total"]["yoy_q"], "%")])
add("two-part", "How much did Australia export in goods to Viet Nam in 2024, and by what percentage did that change from 2023?",
    [v(aus[VN][2024], AU), v(pc(aus[VN][2024], aus[VN][2023]), "%")])
add("two-part", "What were Turkey's imports in January 2026 and how fast did they grow year on year?",
    [v(TM["Jan 2026"], US), v(pc(TM["Jan 2026"], TM["Jan 2025"]), "%")])
add("two-part", "What were Germany's exports to the United Kingdom in 2025, and what was the change on the previous year in per cent?",
    [v(de["United Kingdom"][("X", 2025)], EU), v(pc(de["United Kingdom"][("X", 2025)], de["United Kingdom"][("X", 2024)]), "%")])
add("two-part", "What were Saudi Arabia's total non-oil exports in Q1 2026, and how did they change compared with Q1 2025 in percent?",
    [v(sa["Total non-oil exports"]["Q1 2026"], SR), v(pc(sa["Total non-oil exports"]["Q1 2026"], sa["Total non-oil exports"]["Q1 2025"]), "%")])

# ---- alias
add("alias", "What were Hong Kong's re-exports to South Korea in March 2026?", v(RX[KR]["Mar 2026"], HK))
add("alias", "How much did Australia export in goods to Vietnam in 2023?", v(aus[VN][2023], AU))
add("alias", "What were Hong Kong's imports from mainland China in January-March 2026?", v(IM[CN]["Jan-Mar 2026"], HK))
add("alias", "What were Germany's exports to the US in 2024?", v(de[USA][("X", 2024)], EU))
add("alias", "What were Australia's goods exports to America in 2023?", v(aus[USA][2023], AU))
add("alias", "What were Saudi Arabia's non-oil exports to the UAE in Q2 2025?", v(sa["United Arab Emirates"]["Q2 2025"], SR))
add("alias", ["What were Hong Kong's re-exports to Japan in March 2026?", "And to Vietnam?"], v(RX[VN]["Mar 2026"], HK))

# ---- rate-row
add("rate-row", "What was the published % change in Australia's total goods exports in 2022?", v(aus_pct[2022], "%"))
add("rate-row", "What was Turkey's coverage ratio of exports to imports in June 2025?", v(TC["Jun 2025"], "%"))
add("rate-row", "What was the change on the previous year, in per cent, of Germany's imports from EU member states (EU-27) in 2025?",
    v(de["EU member states (EU-27)"][("M", "chg")], "%"))
add("rate-row", "What was the year-on-year % change in Hong Kong's total re-exports for January-March 2026?", v(RX["Total"]["yoy_q"], "%"))
add("rate-row", "By how much did Australia's total goods exports change in 2020 compared with 2019, in per cent?", v(aus_pct[2020], "%"))

# ---- grouping
EA, NEA, TC3 = "Euro area (EA-20)", "EU countries not in the euro area", "Third countries (non-EU)"
add("grouping", "What were Germany's exports to the euro area in 2025?", v(de[EA][("X", 2025)], EU))
add("grouping", "What were Germany's exports to non-EU countries (third countries) in 2025?", v(de[TC3][("X", 2025)], EU))
add("grouping", "What were Germany's exports to the euro area in 2025 excluding France, the Netherlands, Italy and Austria?",
    v(de[EA][("X", 2025)] - sum(de[c][("X", 2025)] for c in ("France", "Netherlands", "Italy", "Austria")), EU))
add("grouping", "What were Germany's imports from EU countries outside the euro area in 2025?", v(de[NEA][("M", 2025)], EU))
add("grouping", "What were Germany's exports to third countries (non-EU) in 2025 other than the United States of America and China?",
    v(de[TC3][("X", 2025)] - de[USA][("X", 2025)] - de["China"][("X", 2025)], EU))

# ---- small-change
add("small-change", "What was the year-on-year change in Turkey's exports in March 2026, in per cent?",
    v(pc(TX["Mar 2026"], TX["Mar 2025"]), "%"))
add("small-change", "By what percentage did Hong Kong's re-exports to the Netherlands change in March 2026 compared with March 2025?",
    v(pc(RX["Netherlands"]["Mar 2026"], RX["Netherlands"]["Mar 2025"]), "%"))
add("small-change", "How did Hong Kong's domestic exports to Korea, Republic of change year on year in March 2026, in per cent?",
    v(pc(DX[KR]["Mar 2026"], DX[KR]["Mar 2025"]), "%"))
add("small-change", "What was the percentage change in Germany's exports to the Netherlands in 2025 compared with 2024?",
    v(pc(de["Netherlands"][("X", 2025)], de["Netherlands"][("X", 2024)]), "%"))
add("small-change", "By how much, in per cent, did Hong Kong's imports from the United Kingdom change in March 2026 over March 2025?",
    v(pc(IM["United Kingdom"]["Mar 2026"], IM["United Kingdom"]["Mar 2025"]), "%"))

# ---- follow-up
add("follow-up", ["What were Australia's goods exports to Japan in 2024?", "And to Korea, Republic of?"], v(aus[KR][2024], AU))
add("follow-up", ["How much did Hong Kong's re-exports to Taiwan grow year on year in March 2026?", "What about imports from Taiwan?"],
    v(pc(IM["Taiwan"]["Mar 2026"], IM["Taiwan"]["Mar 2025"]), "%"))
add("follow-up", ["What were Turkey's exports in July 2025?", "And in August 2025?"], v(TX["Aug 2025"], US))
add("follow-up", ["What were Germany's exports to France in 2025?", "And imports from France?"], v(de["France"][("M", 2025)], EU))
add("follow-up", ["What were Saudi Arabia's non-oil exports to India in Q2 2025?", "And in Q3 2025?"], v(sa["India"]["Q3 2025"], SR))
add("follow-up", ["Which market took the most of Australia's goods exports in 2023?", "And the second largest?"],
    {"name": top(aus_mk, 2023)[1][0]})
add("follow-up", ["What were Hong Kong's domestic exports to Singapore in March 2026?", "And re-exports to Singapore?",
                  "How did that compare with March 2025, in per cent?"],
    v(pc(RX["Singapore"]["Mar 2026"], RX["Singapore"]["Mar 2025"]), "%"))

# ---- refuse
for q in ["What were Hong Kong's re-exports to Brazil in March 2026?",
          "What were Australia's goods imports from China in 2024?",
          "What were Turkey's exports to Germany in 2025?",
          "What were Saudi Arabia's oil exports in Q1 2026?",
          "What were Germany's exports to Japan in 2025?",
          "What were Hong Kong's domestic exports in April 2026?",
          "How much did Australia export in goods to India in 2018?",
          "What were Saudi Arabia's non-oil exports to the United Arab Emirates in Q1 2024?"]:
    add("refuse", q, "refuse")
add("refuse", ["What were Germany's exports to Poland in 2025?", "And to Sweden?"], "refuse")

SPECIAL = {
    "change": "recomputed from levels; HK/Germany tables also publish a 1-dp rate within tolerance",
    "identity": "not published: derived as a sum/difference of published rows",
    "share-of-derived": "denominator is a derived total (DX+RX or X+M), not a published row",
    "cagr": "((end/start)^(1/years)-1)*100 on A$ million levels",
    "mean-of-rates": "simple mean of the period rates (published or computed from levels)",
    "rate-row": "read from a published rate row/column",
    "grouping": "Destatis group row, or group row minus named member rows",
    "small-change": "change under 0.5%; published 1-dp rate is inside tolerance 0.06",
    "refuse": "not in any table (partner, flow, period or reporter-partner pair absent)",
    "alias": "partner named with a common alias of the official spelling",
    "rank": "ranking of listed partners/months (group and total rows excluded)",
    "rank-exclusion": "ranking with a named partner excluded",
    "existence": "yes/no check over levels",
    "claim": "claim vs table value rounded to claim precision",
    "two-part": "level plus y-o-y change (recomputed)",
    "sum-of-parts": "sum of named published rows/months",
    "lookup": "published level",
    "follow-up": "expectation on the last turn",
    "share": "part / published total x 100",
}
TABLE = [("Hong Kong", "hk_trade_by_main_country_mar2026.csv"), ("Australia", "dfat_australia_goods_exports_by_market_2020_2024.csv"),
         ("Turkey", "turkstat_turkey_exports_imports_monthly.csv"), ("Germany", "destatis_germany_trade_by_country_group_2025.xlsx"),
         ("Saudi", "gastat_saudi_nonoil_exports_by_destination.csv")]
out = []
for i, q in enumerate(Q, 1):
    out.append({"id": f"qa5-{i:03d}", **q})
with open(Path(__file__).parent / "questions.jsonl", "w", encoding="utf-8") as fh:
    for q in out:
        fh.write(json.dumps(q, ensure_ascii=False) + "\n")
with open(Path(__file__).parent / "NOTES.md", "w", encoding="utf-8") as fh:
    fh.write("# qa5 notes (one line per question; generated by compute_expected.py)\n\n")
    for q in out:
        text = q.get("question") or " / ".join(q["conversation"])
        tab = next((t for k, t in TABLE if k in text), "-")
        fh.write(f"- {q['id']} [{q['kind']}] {tab}: {SPECIAL[q['kind']]}; expect {json.dumps(q['expect'], ensure_ascii=False)}\n")
from collections import Counter
print(len(out), Counter(q["kind"] for q in out))
print("multi-turn:", sum("conversation" in q for q in out))
