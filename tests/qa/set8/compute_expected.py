"""Read the three tables independently and compute every expected value for questions.jsonl."""
import calendar
import json
from pathlib import Path

import pandas as pd

HERE = Path(__file__).parent
T = HERE / "tables"
PCT_TOL = 0.06

# ------------------------------------------------------------------ Iceland (ISK million, monthly)
isl = pd.read_csv(T / "hagstofa_vorur_manudir_2024_2025.csv", skiprows=3, encoding="utf-8")
isl = isl[isl["Flow"].notna() & isl.iloc[:, 1].notna()].copy()
isl["Flow"] = isl["Flow"].str.strip()
isl = isl.set_index("Flow")
isl.columns = [c.rstrip("*") for c in isl.columns]
isl = isl.astype(float)
ROW = {
    "exp": "Exports fob, total", "marine": "Marine products", "agri": "Agricultural products",
    "ind": "Industrial products", "alu": "of which aluminium and aluminium products",
    "other": "Other products", "imp": "Imports fob, total", "bal": "Trade balance (fob/fob)",
}
# internal consistency checks
parts = isl.loc[[ROW["marine"], ROW["agri"], ROW["ind"], ROW["other"]]].sum()
assert ((parts - isl.loc[ROW["exp"]]).abs() < 0.05).all()
assert ((isl.loc[ROW["exp"]] - isl.loc[ROW["imp"]] - isl.loc[ROW["bal"]]).abs() < 0.05).all()


def I(row, y, m):
    return float(isl.loc[ROW[row], f"{y}M{m:02d}"])


def Iyear(row, y):
    return float(sum(I(row, y, m) for m in range(1, 13)))


def g(a, b):
    return (b / a - 1) * 100


# ------------------------------------------------------------------ Estonia (EUR thousand, annual by country)
est = pd.read_csv(T / "VK04_exports_imports_by_country.csv", skiprows=3)
est = est[est.iloc[:, 1].notna()].copy()
est["Country"] = est["Country"].str.strip()
est = est.set_index("Country")
est.columns = [c.replace("*", "") for c in est.columns]
est = est.astype(float)
AGG = {"Total", "EU27 countries", "Non-EU countries", "Other EU27 countries", "Other countries"}
EU = ["Finland", "Latvia", "Sweden", "Lithuania", "Germany", "Poland", "Denmark", "Netherlands"]
NONEU = ["United States", "Norway", "United Kingdom", "China", "Russia"]
for y in (2022, 2023, 2024):
    for fl in ("Exports", "Imports"):
        c = f"{y} {fl}"
        assert est.loc[EU + ["Other EU27 countries"], c].sum() == est.loc["EU27 countries", c]
        assert est.loc[NONEU + ["Other countries"], c].sum() == est.loc["Non-EU countries", c]
        assert est.loc[["EU27 countries", "Non-EU countries"], c].sum() == est.loc["Total", c]


def E(country, y, fl="Exports"):
    return float(est.loc[country, f"{y} {fl}"])


def Erank(y, fl, k=0, exclude=(), among=None):
    names = among or [c for c in est.index if c not in AGG]
    s = est.loc[[n for n in names if n not in exclude], f"{y} {fl}"].sort_values(ascending=False)
    return s.index[k]


# ------------------------------------------------------------------ Sri Lanka Customs (LKR million)
raw = pd.read_excel(T / "SLC_exports_by_product_Dec2025.xlsx", header=None)
hdr = raw.index[raw[0] == "Product Category"][0]
slc = raw.iloc[hdr + 1:].copy()
slc.columns = ["cat", "dec24", "nov25", "dec25", "y24", "y25", "chg"]
slc = slc[slc["dec24"].notna()].copy()
slc["cat"] = slc["cat"].astype(str).str.strip()
slc = slc.set_index("cat").astype(float)
GROUPS = ["1. Agricultural Products", "2. Industrial Products", "3. Mineral Exports", "4. Unclassified"]
TOTAL = "Total Merchandise Exports"
for k in ["dec24", "nov25", "dec25", "y24", "y25"]:
    assert abs(slc.loc[GROUPS, k].sum() - slc.loc[TOTAL, k]) < 0.05
ITEMS = [c for c in slc.index if c not in GROUPS and c != TOTAL] + ["3. Mineral Exports"]


def S(cat, col):
    return float(slc.loc[cat, col])


def Srank(col, k=0):
    s = slc.loc[[c for c in ITEMS if c != "3. Mineral Exports"], col].sort_values(ascending=False)
    return s.index[k]


# ------------------------------------------------------------------ questions
Q = []


def add(kind, expect, question=None, conversation=None):
    q = {"id": f"q{len(Q) + 1:02d}", "kind": kind}
    if conversation:
        q["conversation"] = conversation
    else:
        q["question"] = question
    q["expect"] = expect
    Q.append(q)


def val(v, unit, tol=None):
    d = {"value": round(v, 4), "unit": unit}
    if tol is not None:
        d["tolerance"] = tol
    elif unit == "%" or unit == "pp":
        d["tolerance"] = PCT_TOL
    return d


ISK, EUR, LKR = "ISK million", "EUR thousand", "LKR million"

# Iceland
add("lookup", val(I("exp", 2025, 3), ISK), "What was the value of Iceland's goods exports (fob) in March 2025?")
add("lookup", val(I("imp", 2024, 7), ISK), "How much did Iceland import in July 2024?")
add("lookup", val(I("marine", 2025, 10), ISK), "What were Iceland's exports of marine products in October 2025?")
add("mom-growth", val(g(I("exp", 2025, 1), I("exp", 2025, 2)), "%"),
    "By how much did Iceland's total goods exports change, in percent, from January to February 2025?")
add("yoy-growth", val(g(I("exp", 2024, 6), I("exp", 2025, 6)), "%"),
    "How much did Iceland's exports grow in June 2025 compared with June 2024?")
add("share", val(I("alu", 2025, 5) / I("exp", 2025, 5) * 100, "%"),
    "What share of Iceland's total exports in May 2025 was aluminium and aluminium products?")
add("lookup", val(I("bal", 2025, 12), ISK), "What was Iceland's trade balance in goods in December 2025?")
add("sum", val(sum(I("exp", 2025, m) for m in (1, 2, 3)), ISK),
    "What were Iceland's total goods exports in the first quarter of 2025?")
add("average", val(Iyear("imp", 2024) / 12, ISK), "What were Iceland's average monthly imports in 2024?")
best = max(range(1, 13), key=lambda m: I("exp", 2025, m))
add("rank", {"name": [f"{calendar.month_name[best]} 2025", f"2025M{best:02d}", calendar.month_name[best]]},
    "In which month of 2025 were Iceland's goods exports highest?")
add("yoy-growth", val(g(Iyear("exp", 2024), Iyear("exp", 2025)), "%"),
    "By how much did Iceland's total goods exports for the whole of 2025 grow compared with 2024?")
actual = g(I("marine", 2024, 2), I("marine", 2025, 2))
add("claim", {"verdict": "supported" if abs(actual - 15) < 0.5 else "contradicted", **val(actual, "%")},
    "Is it true that Iceland's marine product exports rose by 15% in February 2025 compared with February 2024?")
add("yes-no", {"verdict": "yes" if I("imp", 2024, 12) > 110000 else "no"},
    "Were Iceland's imports in December 2024 above ISK 110,000 million?")
add("follow-up", val(I("imp", 2025, 4), ISK),
    conversation=["What were Iceland's exports in April 2025?", "And imports?"])
add("follow-up", val(I("agri", 2025, 3), ISK),
    conversation=["How much did Iceland export in agricultural products in March 2024?", "What about March 2025?"])
add("difference", val(I("marine", 2025, 9) - I("alu", 2025, 9), ISK),
    "How much larger were Iceland's marine product exports than its aluminium and aluminium product exports in September 2025?")
add("mom-growth", val(g(I("imp", 2025, 10), I("imp", 2025, 11)), "%"),
    "What was the month-on-month change in Iceland's imports in November 2025?")
add("sum", val(I("marine", 2025, 1) + I("agri", 2025, 1), ISK),
    "What were Iceland's combined exports of marine products and agricultural products in January 2025?")
add("two-part", [val(I("exp", 2025, 8), ISK), val(g(I("exp", 2024, 8), I("exp", 2025, 8)), "%")],
    "What were Iceland's exports in August 2025, and how much did they change from August 2024?")
add("share", val(Iyear("ind", 2024) / Iyear("exp", 2024) * 100, "%"),
    "What share of Iceland's 2024 goods exports came from industrial products?")

# Estonia
add("lookup", val(E("Finland", 2024), EUR), "What were Estonia's exports to Finland in 2024?")
add("lookup", val(E("China", 2023, "Imports"), EUR), "How much did Estonia import from China in 2023?")
add("yoy-growth", val(g(E("Latvia", 2023), E("Latvia", 2024)), "%"), "How much did Estonia's exports to Latvia grow in 2024?")
add("share", val(E("Sweden", 2024) / E("Total", 2024) * 100, "%"),
    "What share of Estonia's total exports went to Sweden in 2024?")
add("difference", val(E("Finland", 2023) - E("Sweden", 2023), EUR),
    "How much more did Estonia export to Finland than to Sweden in 2023?")
add("sum", val(E("Latvia", 2024) + E("Lithuania", 2024), EUR),
    "What were Estonia's combined exports to Latvia and Lithuania in 2024?")
add("rank", {"name": Erank(2024, "Exports")}, "Which country was Estonia's largest export destination in 2024?")
add("rank", {"name": Erank(2024, "Imports", 1)}, "Which country was the second largest source of Estonia's imports in 2024?")
add("rank", {"name": Erank(2022, "Imports", 0, exclude=("Finland",))},
    "Apart from Finland, which country did Estonia import the most from in 2022?")
add("balance", val(E("Germany", 2024) - E("Germany", 2024, "Imports"), EUR),
    "What was Estonia's trade balance with Germany in 2024?")
add("average", val(sum(E("United States", y) for y in (2022, 2023, 2024)) / 3, EUR),
    "What were Estonia's average annual exports to the United States over 2022-2024?")
actual = g(E("Poland", 2023, "Imports"), E("Poland", 2024, "Imports"))
claimed = round(actual, 1)
add("claim", {"verdict": "supported", **val(actual, "%")},
    f"Is it true that Estonia's imports from Poland fell by {abs(claimed)}% in 2024?")
actual = g(E("Total", 2023), E("Total", 2024))
add("claim", {"verdict": "supported" if abs(actual - 10) < 0.5 else "contradicted", **val(actual, "%")},
    "Estonia's total exports rose 10% in 2024 - is that right?")
add("yes-no", {"verdict": "yes" if E("Norway", 2023) > E("United Kingdom", 2023) else "no"},
    "Did Estonia export more to Norway than to the United Kingdom in 2023?")
add("follow-up", val(E("Germany", 2023, "Imports"), EUR),
    conversation=["What were Estonia's exports to Germany in 2023?", "And imports?"])
add("follow-up", val(E("United States", 2022), EUR),
    conversation=["How much did Estonia export to the United States in 2024?", "What about 2022?"])
add("lookup", val(E("Total", 2022, "Imports"), EUR), "What were Estonia's total imports in 2022?")
add("share", val(E("EU27 countries", 2024) / E("Total", 2024) * 100, "%"),
    "What share of Estonia's exports in 2024 went to EU27 countries?")
add("rank", {"name": Erank(2024, "Exports", -1, among=NONEU)},
    "Among the non-EU countries listed, which one received the least Estonian exports in 2024?")
add("yoy-growth", val(g(E("Total", 2022, "Imports"), E("Total", 2023, "Imports")), "%"),
    "By what percentage did Estonia's total imports change between 2022 and 2023?")

# Sri Lanka
add("lookup", val(S("Tea", "dec25"), LKR), "What were Sri Lanka's tea exports in December 2025?")
add("lookup", val(S("Textiles and Apparel", "y25"), LKR),
    "What was the value of Sri Lanka's textiles and apparel exports in January-December 2025?")
add("yoy-growth", val(g(S(TOTAL, "dec24"), S(TOTAL, "dec25")), "%"),
    "By how much did Sri Lanka's total merchandise exports grow in December 2025 compared with December 2024?")
add("mom-growth", val(g(S("Tea", "nov25"), S("Tea", "dec25")), "%"),
    "How did Sri Lanka's tea exports change from November 2025 to December 2025, in percent?")
add("share", val(S("Textiles and Apparel", "y25") / S(TOTAL, "y25") * 100, "%"),
    "What share of Sri Lanka's total merchandise exports in January-December 2025 was textiles and apparel?")
add("rank", {"name": Srank("dec25")}, "Which product category earned Sri Lanka the most export revenue in December 2025?")
add("rank", {"name": Srank("y25", 1)}, "What was Sri Lanka's second largest export product in January-December 2025?")
actual = g(S(TOTAL, "y24"), S(TOTAL, "y25"))
add("claim", {"verdict": "supported" if abs(actual - 2.96) < 0.05 else "contradicted", **val(actual, "%")},
    "Is it true that Sri Lanka's total merchandise exports for January-December 2025 rose 2.96% over the same period of 2024?")
actual = g(S("Gems, Diamonds and Jewellery", "y24"), S("Gems, Diamonds and Jewellery", "y25"))
add("yes-no", {"verdict": "yes" if actual > 10 else "no"},
    "Did Sri Lanka's gems, diamonds and jewellery exports grow by more than 10% in January-December 2025?")
add("difference", val(S("Rubber Products", "y24") - S("Rubber", "y24"), LKR),
    "How much more did Sri Lanka earn from rubber products than from natural rubber in January-December 2024?")
add("sum", val(S("Spices and Allied Products", "dec25") + S("Seafood", "dec25"), LKR),
    "What were Sri Lanka's combined exports of spices and seafood in December 2025?")
add("follow-up", val(S("Coconut and Coconut based Products", "y25"), LKR),
    conversation=["What were Sri Lanka's coconut and coconut based product exports in January-December 2024?", "And in 2025?"])
add("two-part", [val(S("Petroleum Products", "y25"), LKR),
                 val(g(S("Petroleum Products", "y24"), S("Petroleum Products", "y25")), "%")],
    "What were Sri Lanka's petroleum product exports in January-December 2025, and how much did they change from 2024?")
add("lookup", val(S("1. Agricultural Products", "dec25"), LKR),
    "What were Sri Lanka's agricultural exports in December 2025?")

# cannot be answered from these tables
add("refuse", "refuse", "What were Iceland's exports to Norway in 2025?")
add("refuse", "refuse", "What were Estonia's exports to Finland in 2019?")
add("refuse", "refuse", "How many kilograms of tea did Sri Lanka export in December 2025?")
add("refuse", "refuse", "What were Estonia's exports of services to Latvia in 2024?")
add("refuse", "refuse", "What will Iceland's goods exports be in March 2026?")
add("refuse", "refuse", "What were Sri Lanka's exports to the United States in January-December 2025?")

assert len(Q) == 60, len(Q)
with open(HERE / "questions.jsonl", "w", encoding="utf-8") as f:
    for q in Q:
        f.write(json.dumps(q, ensure_ascii=False) + "\n")
print(f"wrote {len(Q)} questions")
