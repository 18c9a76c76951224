"""Generate the three imitation tables (invented but internally consistent values)."""
import csv
import random
from pathlib import Path

import openpyxl
from openpyxl.styles import Font

OUT = Path(__file__).parent / "tables"
OUT.mkdir(exist_ok=True)
rng = random.Random(20260214)


def r1(x):
    return round(x + 1e-9, 1)


# ---------------------------------------------------------------- Iceland
months = [f"2024M{m:02d}" for m in range(1, 13)] + [f"2025M{m:02d}" for m in range(1, 13)]
labels = [m + ("*" if m in ("2025M11", "2025M12") else "") for m in months]
rows = {k: [] for k in ["marine", "agri", "ind", "alu", "other", "imp"]}
for i, m in enumerate(months):
    season = 1 + 0.08 * ((i % 12) in (2, 3, 9, 10)) - 0.06 * ((i % 12) in (6, 7))
    growth = 1.0 + 0.045 * (i >= 12)
    marine = r1(rng.uniform(26000, 34000) * season * growth)
    agri = r1(rng.uniform(2600, 4200) * growth)
    alu = r1(rng.uniform(24000, 31000) * growth)
    ind = r1(alu + rng.uniform(11000, 16000))
    other = r1(rng.uniform(3500, 7500))
    imp = r1(rng.uniform(98000, 125000) * growth * season)
    for k, v in zip(rows, [marine, agri, ind, alu, other, imp]):
        rows[k].append(v)
exp_total = [r1(a + b + c + d) for a, b, c, d in zip(rows["marine"], rows["agri"], rows["ind"], rows["other"])]
balance = [r1(e - i) for e, i in zip(exp_total, rows["imp"])]


def fmt(v):
    return f"{v:.1f}"


with open(OUT / "hagstofa_vorur_manudir_2024_2025.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, quoting=csv.QUOTE_NONNUMERIC)
    w.writerow(["Vöruviðskipti við útlönd eftir mánuðum 2024-2025 / External trade in goods by months 2024-2025"])
    w.writerow(["ISK million, current prices"])
    w.writerow([])
    w.writerow(["Flow"] + labels)
    w.writerow(["Exports fob, total"] + [float(fmt(v)) for v in exp_total])
    w.writerow(["  Marine products"] + rows["marine"])
    w.writerow(["  Agricultural products"] + rows["agri"])
    w.writerow(["  Industrial products"] + rows["ind"])
    w.writerow(["    of which aluminium and aluminium products"] + rows["alu"])
    w.writerow(["  Other products"] + rows["other"])
    w.writerow(["Imports fob, total"] + rows["imp"])
    w.writerow(["Trade balance (fob/fob)"] + balance)
    w.writerow([])
    w.writerow(["* Preliminary figures."])
    w.writerow(["Imports are valued fob. Ships and aircraft are included."])
    w.writerow(["Source: Statistics Iceland (Hagstofa Íslands), external trade in goods."])

# ---------------------------------------------------------------- Estonia
years = ["2022", "2023", "2024"]
eu = {  # base exports, imports (EUR thousand)
    "Finland": (2700000, 2900000), "Latvia": (1750000, 1600000), "Sweden": (1550000, 1250000),
    "Lithuania": (1050000, 2150000), "Germany": (950000, 2050000), "Poland": (520000, 1380000),
    "Denmark": (460000, 420000), "Netherlands": (410000, 880000),
}
noneu = {
    "United States": (1000000, 390000), "Norway": (620000, 260000), "United Kingdom": (360000, 310000),
    "China": (180000, 1420000), "Russia": (210000, 480000),
}
other_eu_base = (1300000, 1900000)
other_noneu_base = (2400000, 1700000)
yf = {"2022": 1.0, "2023": 0.94, "2024": 0.97}


def gen(base, y):
    return int(round(base * yf[y] * rng.uniform(0.9, 1.1)))


data = {}
for name, (e, i) in list(eu.items()) + list(noneu.items()) + [("Other EU27 countries", other_eu_base), ("Other countries", other_noneu_base)]:
    data[name] = {y: (gen(e, y), gen(i, y)) for y in years}


def agg(names):
    return {y: (sum(data[n][y][0] for n in names), sum(data[n][y][1] for n in names)) for y in years}


eu_rows = list(eu) + ["Other EU27 countries"]
noneu_rows = list(noneu) + ["Other countries"]
eu_tot = agg(eu_rows)
noneu_tot = agg(noneu_rows)
total = {y: (eu_tot[y][0] + noneu_tot[y][0], eu_tot[y][1] + noneu_tot[y][1]) for y in years}

with open(OUT / "VK04_exports_imports_by_country.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, quoting=csv.QUOTE_NONNUMERIC)
    w.writerow(["VK04: EXPORTS AND IMPORTS OF GOODS BY COUNTRY (SPECIAL TRADE)"])
    w.writerow(["Unit: EUR thousand"])
    w.writerow([])
    header = ["Country"]
    for y in years:
        mark = "*" if y == "2024" else ""
        header += [f"{y}{mark} Exports", f"{y}{mark} Imports"]
    w.writerow(header)

    def line(label, d):
        out = [label]
        for y in years:
            out += [d[y][0], d[y][1]]
        w.writerow(out)

    line("Total", total)
    line("EU27 countries", eu_tot)
    for n in eu_rows:
        line(n, data[n])
    line("Non-EU countries", noneu_tot)
    for n in noneu_rows:
        line(n, data[n])
    w.writerow([])
    w.writerow(["* Provisional data. Final data for 2024 will be published in June 2025."])
    w.writerow(["Exports by country of destination, imports by country of origin."])
    w.writerow(["Source: Statistics Estonia"])

# ---------------------------------------------------------------- Sri Lanka Customs
cats = [
    ("1. Agricultural Products", [
        ("Tea", 40000), ("Rubber", 1500), ("Coconut and Coconut based Products", 21000),
        ("Spices and Allied Products", 9000), ("Seafood", 8000), ("Other Agricultural Products", 12000)]),
    ("2. Industrial Products", [
        ("Textiles and Apparel", 140000), ("Rubber Products", 28000), ("Gems, Diamonds and Jewellery", 10000),
        ("Petroleum Products", 19000), ("Food, Beverages and Tobacco", 14000), ("Electrical and Electronic Products", 15000),
        ("Other Industrial Products", 38000)]),
    ("3. Mineral Exports", [("Mineral Exports", 1200)]),
]
cols = ["Dec-2024", "Nov-2025", "Dec-2025"]
lk = {}
for grp, items in cats:
    for name, base in items:
        dec24 = r1(base * rng.uniform(0.9, 1.1))
        nov25 = r1(base * rng.uniform(0.92, 1.15))
        dec25 = r1(base * rng.uniform(0.93, 1.18))
        y24 = r1(base * 12 * rng.uniform(0.93, 1.03))
        y25 = r1(y24 * rng.uniform(0.95, 1.12))
        lk[name] = [dec24, nov25, dec25, y24, y25]
unclass = [r1(rng.uniform(600, 1400)) for _ in range(3)] + [r1(11000), r1(12400.5)]

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Exports by Product"
ws.append(["SRI LANKA CUSTOMS - STATISTICS UNIT"])
ws.append(["Table 3: Merchandise Exports by Major Product Category, December 2025"])
ws.append(["Value in LKR Million"])
ws.append([])
ws.append(["Product Category", "Dec-2024", "Nov-2025", "Dec-2025(a)", "Jan-Dec 2024", "Jan-Dec 2025(a)", "Change (%) Jan-Dec"])
for c in ws[1] + ws[2]:
    c.font = Font(bold=True)


def pct(a, b):
    return round((b / a - 1) * 100, 2)


group_rows = []
for grp, items in cats:
    if len(items) > 1:
        sub = [r1(sum(lk[n][k] for n, _ in items)) for k in range(5)]
        ws.append([grp] + sub + [pct(sub[3], sub[4])])
        group_rows.append(sub)
        for n, _ in items:
            v = lk[n]
            ws.append(["   " + n] + v + [pct(v[3], v[4])])
    else:
        v = lk[items[0][0]]
        ws.append([grp] + v + [pct(v[3], v[4])])
        group_rows.append(v)
ws.append(["4. Unclassified"] + unclass + [pct(unclass[3], unclass[4])])
group_rows.append(unclass)
tot = [r1(sum(g[k] for g in group_rows)) for k in range(5)]
ws.append(["Total Merchandise Exports"] + tot + [pct(tot[3], tot[4])])
ws.append([])
ws.append(["(a) Provisional"])
ws.append(["Note: Values are on f.o.b. basis. Re-exports are included in the respective product categories."])
ws.append(["Source: Sri Lanka Customs (CusDec data), compiled by the Statistics Unit"])
ws.column_dimensions["A"].width = 42
wb.save(OUT / "SLC_exports_by_product_Dec2025.xlsx")
print("ok")
