"""Write the five test tables deterministically (made-up but internally consistent)."""
from pathlib import Path
import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment

OUT = Path(__file__).parent / "tables"
OUT.mkdir(exist_ok=True)
rng = np.random.RandomState(11)

# ---------------------------------------------------------------- 1. ISTAT yearbook (xlsx)
years = [2019, 2020, 2021, 2022, 2023, 2024]
yf = {2019: 1.0, 2020: 0.905, 2021: 1.185, 2022: 1.195, 2023: 1.004, 2024: 0.992}
base = {
    "Germany": 58300, "France": 50100, "Spain": 25400, "Netherlands": 12300, "Belgium": 15200,
    "Austria": 10150, "Other euro area countries": 25800, "Poland": 13200,
    "Other EU countries": 18900, "Switzerland": 26100, "United Kingdom": 25200,
    "Türkiye": 9600, "United States": 45500, "China (excl. Hong Kong)": 13000, "Japan": 6600,
    "Korea, Republic of": 5050, "Other extra-EU countries": 141500,
}
vals = {}
for p, b in base.items():
    v, row = float(b), {}
    for y in years:
        if y > 2019:
            v = v * yf[y] * (1 + rng.uniform(-0.035, 0.035))
        row[y] = int(round(v))
    vals[p] = row
vals["Austria"][2024] = vals["Austria"][2023] + 11          # a small, non-zero change
euro = ["Germany", "France", "Spain", "Netherlands", "Belgium", "Austria", "Other euro area countries"]
eu_other = ["Poland", "Other EU countries"]
extra = ["Switzerland", "United Kingdom", "Türkiye", "United States", "China (excl. Hong Kong)",
         "Japan", "Korea, Republic of", "Other extra-EU countries"]
ea = {y: sum(vals[p][y] for p in euro) for y in years}
eu = {y: ea[y] + sum(vals[p][y] for p in eu_other) for y in years}
ex = {y: sum(vals[p][y] for p in extra) for y in years}
world = {y: eu[y] + ex[y] for y in years}

wb = Workbook()
ws = wb.active
ws.title = "Tav_16.6"
ws.append(["Table 16.6 - Exports by main partner countries and geo-economic areas - Years 2019-2024"])
ws.append(["(million euro, current values)"])
ws.append([])
ws.append(["COUNTRIES AND GEO-ECONOMIC AREAS", "2019", "2020", "2021", "2022", "2023", "2024 (a)"])
def row(label, d, indent=0):
    ws.append([" " * (2 * indent) + label] + [d[y] for y in years])
row("EU27 (2020)", eu)
row("Euro area (20 countries)", ea, 1)
for p in euro:
    row(p, vals[p], 2)
for p in eu_other:
    row(p, vals[p], 1)
row("Extra-EU 27", ex)
for p in extra:
    row(p, vals[p], 1)
row("WORLD", world)
pct = {y: (".." if y == 2019 else round((world[y] / world[y - 1] - 1) * 100, 1)) for y in years}
ws.append(["  % change on previous year"] + [pct[y] for y in years])
shr = {y: round(eu[y] / world[y] * 100, 1) for y in years}
ws.append(["  EU27 share of world total (%)"] + [shr[y] for y in years])
ws.append([])
ws.append(["(a) Provisional data."])
ws.append(["Euro area (20 countries): composition as from 1 January 2023, including Croatia, applied to all years."])
ws.append(["Extra-EU 27: the United Kingdom is treated as an extra-EU partner for all years."])
ws.append(["Source: Istat, Coeweb - Statistics on foreign trade."])
ws["A1"].font = Font(bold=True)
for c in ws[4]:
    c.font = Font(bold=True)
    c.alignment = Alignment(horizontal="center")
ws.column_dimensions["A"].width = 42
wb.save(OUT / "istat_yearbook_exports_by_area_2019_2024.xlsx")

# ------------------------------------------------ 2. Statistics Lithuania monthly (csv)
months = pd.period_range("2024-01", "2026-02", freq="M")
season = [0.90, 0.95, 1.06, 1.00, 1.03, 1.01, 0.98, 0.97, 1.02, 1.08, 1.04, 0.96]
lines = ["Foreign trade in goods of the Republic of Lithuania by month",
         "Unit of measure: EUR thousand",
         "Month,Exports,of which exports of goods of Lithuanian origin,Imports,Foreign trade balance"]
lt = {}
for i, m in enumerate(months):
    trend = 1 + 0.004 * i
    x = int(round(3_150_000 * season[m.month - 1] * trend * (1 + rng.uniform(-0.03, 0.03))))
    o = int(round(x * rng.uniform(0.56, 0.63)))
    imp = int(round(3_420_000 * season[m.month - 1] * trend * (1 + rng.uniform(-0.05, 0.05))))
    lt[m] = [x, o, imp]
# a tiny month-on-month change (May vs April 2025), and one surplus month (Oct 2025)
lt[pd.Period("2025-05", "M")][0] = lt[pd.Period("2025-04", "M")][0] + 1_214
lt[pd.Period("2025-05", "M")][1] = int(round(lt[pd.Period("2025-05", "M")][0] * 0.598))
oct25 = lt[pd.Period("2025-10", "M")]
oct25[2] = oct25[0] - 48_361
for m in months:
    x, o, imp = lt[m]
    star = "*" if m >= pd.Period("2025-12", "M") else ""
    lines.append(f"{m.year}M{m.month:02d}{star},{x},{o},{imp},{x - imp}")
lines += ["", "* Preliminary data.",
          "Exports and imports by special trade system; exports FOB, imports CIF.",
          "Source: State Data Agency (Statistics Lithuania)."]
(OUT / "lithuania_trade_monthly_2024_2026.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")

# ------------------------------------------------ 3. Oman NCSI by country, no totals (xlsx)
gcc = ["United Arab Emirates", "Saudi Arabia", "Qatar", "Kuwait", "Bahrain"]
oth = ["India", "China", "United States of America", "Iran (Islamic Republic of)",
       "Korea (Republic of)", "Japan", "Other countries"]
ob = {  # non-oil exports, re-exports, imports (R.O. million, 2024)
    "United Arab Emirates": (612.4, 845.7, 2310.6), "Saudi Arabia": (498.3, 301.2, 905.4),
    "Qatar": (140.8, 162.5, 310.2), "Kuwait": (95.6, 88.9, 120.7), "Bahrain": (60.2, 41.3, 95.8),
    "India": (520.7, 70.4, 1105.3), "China": (331.9, 40.8, 1460.2),
    "United States of America": (280.5, 55.1, 690.4), "Iran (Islamic Republic of)": (75.3, 190.6, 240.9),
    "Korea (Republic of)": (48.1, 12.7, 305.6), "Japan": (39.4, 9.8, 520.3),
    "Other countries": (1410.2, 420.6, 3150.8),
}
om = {}
for c in gcc + oth:
    om[c] = {}
    for j, f in enumerate(["nox", "rex", "imp"]):
        v24 = ob[c][j]
        v25 = round(v24 * (1 + rng.uniform(-0.12, 0.18)), 1)
        om[c][(f, 2024)] = v24
        om[c][(f, 2025)] = v25
wb = Workbook()
ws = wb.active
ws.title = "Table 7"
ws.append(["Table (7): Merchandise trade of the Sultanate of Oman by country, 2024-2025"])
ws.append(["Value: R.O. Million"])
ws.append(["Country", "Non-oil exports of Omani origin", None, "Re-exports", None, "Imports (CIF)", None])
ws.append([None, 2024, "2025*", 2024, "2025*", 2024, "2025*"])
ws.merge_cells("B3:C3"); ws.merge_cells("D3:E3"); ws.merge_cells("F3:G3")
def orow(label, get):
    ws.append([label] + [get(f, y) for f in ["nox", "rex", "imp"] for y in [2024, 2025]])
for c in gcc:
    orow(c, lambda f, y, c=c: om[c][(f, y)])
orow("G.C.C. Countries", lambda f, y: round(sum(om[c][(f, y)] for c in gcc), 1))
for c in oth:
    orow(c, lambda f, y, c=c: om[c][(f, y)])
ws.append([])
ws.append(["* Preliminary data."])
ws.append(["Non-oil exports exclude crude oil, condensates and LNG; oil and gas exports are published in Table (5)."])
ws.append(["Source: National Centre for Statistics and Information (NCSI), Monthly Statistical Bulletin."])
ws.column_dimensions["A"].width = 32
wb.save(OUT / "oman_ncsi_trade_by_country_2024_2025.xlsx")

# ------------------------------------------------ 4. Uruguay XXI by product (xlsx)
prods = [("Beef", 1985.4, 2240.7), ("Cellulose", 2705.2, 2512.9), ("Soybeans", 1512.6, 1288.3),
         ("Dairy products", 1020.8, 1134.5), ("Concentrate of beverages", 790.2, 842.6),
         ("Rice", 611.0, 611.8), ("Wood and wood products", 455.3, 421.9), ("Live cattle", 188.4, 262.1),
         ("Malt", 295.7, 301.4), ("Wheat", 402.3, 344.8)]
tot24, tot25 = 13854.9, 14316.2
rest24 = round(tot24 - sum(p[1] for p in prods), 1)
rest25 = round(tot25 - sum(p[2] for p in prods), 1)
wb = Workbook()
ws = wb.active
ws.title = "Products"
ws.append(["Uruguay: exports of goods by main product, January-December 2025"])
ws.append(["Exports including free trade zones. Values in US$ million"])
ws.append([])
ws.append(["Product", "2024", "2025", "Var. %", "Share 2025 (%)"])
for name, a, b in prods + [("Rest of products", rest24, rest25)]:
    ws.append([name, a, b, round((b / a - 1) * 100, 1), round(b / tot25 * 100, 1)])
ws.append(["Total", tot24, tot25, round((tot25 / tot24 - 1) * 100, 1), 100.0])
ws.append([])
ws.append(["Note: includes exports of pulp and beverage concentrates from free trade zones (Zonamerica, UPM, Montes del Plata)."])
ws.append(["Source: Uruguay XXI based on data from DNA and free trade zone operators."])
ws.column_dimensions["A"].width = 30
wb.save(OUT / "uruguayxxi_exports_by_product_2025.xlsx")

# ------------------------------------------------ 5. SURS Slovenia by SITC (csv ; and decimal comma)
sitc = [("0", "Food and live animals", 1_480_000, 1_950_000),
        ("1", "Beverages and tobacco", 260_000, 310_000),
        ("2", "Crude materials, inedible, except fuels", 1_190_000, 1_060_000),
        ("3", "Mineral fuels, lubricants and related materials", 2_950_000, 4_900_000),
        ("4", "Animal and vegetable oils, fats and waxes", 95_000, 140_000),
        ("5", "Chemicals and related products, n.e.s.", 14_800_000, 12_100_000),
        ("6", "Manufactured goods classified chiefly by material", 7_300_000, 6_900_000),
        ("7", "Machinery and transport equipment", 14_100_000, 13_500_000),
        ("8", "Miscellaneous manufactured articles", 3_900_000, 3_700_000),
        ("9", "Commodities and transactions not classified elsewhere", 70_000, 95_000)]
lines = ["Exports and imports of goods by SITC sections, Slovenia, January-December 2025",
         "EUR 1000",
         "SITC;Section;Exports 2024;Exports 2025;Index 2025/2024;Imports 2024;Imports 2025;Index 2025/2024"]
rows = []
for code, name, x, m in sitc:
    x24 = int(round(x * (1 + rng.uniform(-0.02, 0.02))))
    x25 = int(round(x24 * (1 + rng.uniform(-0.09, 0.11))))
    m24 = int(round(m * (1 + rng.uniform(-0.02, 0.02))))
    m25 = int(round(m24 * (1 + rng.uniform(-0.08, 0.10))))
    rows.append((code, name, x24, x25, m24, m25))
def idx(a, b):
    return f"{b / a * 100:.1f}".replace(".", ",")
T = [sum(r[k] for r in rows) for k in range(2, 6)]
lines.append(f"0-9;Total;{T[0]};{T[1]};{idx(T[0], T[1])};{T[2]};{T[3]};{idx(T[2], T[3])}")
for code, name, x24, x25, m24, m25 in rows:
    lines.append(f'{code};"{name}";{x24};{x25};{idx(x24, x25)};{m24};{m25};{idx(m24, m25)}')
lines += ["", "Data for 2025 are provisional.", "Exports FOB, imports CIF; special trade system.",
          "Source: Statistical Office of the Republic of Slovenia (SURS)."]
(OUT / "surs_trade_by_sitc_2025.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
print("written:", sorted(p.name for p in OUT.iterdir()))
