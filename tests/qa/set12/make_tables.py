"""Write the four QA12 statistical tables deterministically (figures are made up)."""
import csv
import random
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

OUT = Path(__file__).resolve().parent / "tables"
OUT.mkdir(exist_ok=True)
rng = random.Random(20260412)


def walk(base, n, lo, hi):
    vals = [base * rng.uniform(0.96, 1.04)]
    for _ in range(n - 1):
        vals.append(vals[-1] * (1 + rng.uniform(lo, hi)))
    return vals


# ---------------------------------------------------------------- T1 Croatia DZS yearbook
def croatia():
    years = [2019, 2020, 2021, 2022, 2023, 2024]
    n = len(years)
    covid = [0, -0.09, 0.22, 0.28, -0.02, 0.03]

    def series(base, noise=0.05):
        v = [base * rng.uniform(0.96, 1.04)]
        for i in range(1, n):
            v.append(v[-1] * (1 + covid[i] + rng.uniform(-noise, noise)))
        return [round(x) for x in v]

    flows = {}
    for flow, scale in (("EXPORTS", 1.0), ("IMPORTS", 1.75)):
        c = {}
        c["Germany"] = series(1_900_000 * scale)
        c["Italy"] = series(1_780_000 * scale)
        c["Slovenia"] = series(1_650_000 * scale * (1.0 if flow == "EXPORTS" else 0.9))
        c["Austria"] = series(900_000 * scale)
        c["Netherlands"] = series(260_000 * scale * (1.0 if flow == "EXPORTS" else 1.2))
        c["France"] = series(350_000 * scale)
        c["Hungary"] = series(1_050_000 * scale)
        c["Bosnia and Herzegovina"] = series(1_820_000 * (1.0 if flow == "EXPORTS" else 0.55))
        c["Serbia"] = series(780_000 * (1.0 if flow == "EXPORTS" else 0.9))
        c["United States of America"] = series(560_000 * (1.0 if flow == "EXPORTS" else 0.8))
        c["China (excl. Hong Kong)"] = series(120_000 if flow == "EXPORTS" else 1_350_000, 0.08)
        c["Korea, Republic of"] = series(35_000 if flow == "EXPORTS" else 240_000, 0.1)
        ru = series(230_000 if flow == "EXPORTS" else 420_000)
        ru[3] = round(ru[2] * 0.55)
        ru[4] = round(ru[3] * 0.62)
        ru[5] = round(ru[4] * 0.88)
        c["Russian Federation"] = ru
        c["Türkiye"] = series(190_000 * (1.0 if flow == "EXPORTS" else 2.4))
        if flow == "EXPORTS":
            # a tiny change 2023 -> 2024 (must not be called "unchanged")
            c["Austria"][5] = round(c["Austria"][4] * 1.0013)
        euro_members = ["Germany", "Italy", "Slovenia", "Austria", "Netherlands", "France"]
        other_euro = series(1_400_000 * scale, 0.03)
        euro = [sum(c[k][i] for k in euro_members) + other_euro[i] for i in range(n)]
        other_eu = series(500_000 * scale, 0.03)
        eu = [euro[i] + c["Hungary"][i] + other_eu[i] for i in range(n)]
        other_cefta = series(700_000 * (1.0 if flow == "EXPORTS" else 0.35), 0.03)
        cefta = [c["Bosnia and Herzegovina"][i] + c["Serbia"][i] + other_cefta[i] for i in range(n)]
        efta = series(330_000 * (1.0 if flow == "EXPORTS" else 0.9))
        rest = series(1_500_000 * scale, 0.03)
        total = [
            eu[i] + cefta[i] + efta[i] + rest[i]
            + sum(c[k][i] for k in ["United States of America", "China (excl. Hong Kong)",
                                    "Korea, Republic of", "Russian Federation", "Türkiye"])
            for i in range(n)
        ]
        flows[flow] = (total, eu, euro, cefta, efta, c)

    wb = Workbook()
    ws = wb.active
    ws.title = "21-5"
    ws.append(["21‑5. COMMODITY EXPORTS AND IMPORTS BY ECONOMIC GROUPINGS AND MAIN COUNTRIES"])
    ws["A1"].font = Font(bold=True)
    ws.append(["Thousand euros"])
    ws.append([])
    ws.append([""] + [str(y) if y != 2024 else "2024 1)" for y in years])
    for flow, (total, eu, euro, cefta, efta, c) in flows.items():
        ws.append([flow])
        ws.append(["Total"] + total)
        pct = [".."] + [round((total[i] / total[i - 1] - 1) * 100, 1) for i in range(1, n)]
        ws.append(["   % change over previous year"] + pct)
        ws.append(["  Economic groupings"])
        ws.append(["    EU (27 countries) 2)"] + eu)
        ws.append(["    Euro area (20 countries) 3)"] + euro)
        ws.append(["    CEFTA 4)"] + cefta)
        ws.append(["    EFTA"] + efta)
        ws.append(["  Selected countries"])
        order = ["Germany", "Italy", "Slovenia", "Austria", "Hungary", "France", "Netherlands",
                 "Bosnia and Herzegovina", "Serbia", "United States of America",
                 "China (excl. Hong Kong)", "Korea, Republic of", "Russian Federation", "Türkiye"]
        for k in order:
            ws.append(["    " + k] + c[k])
    ws.append([])
    for note in [
        "1) Provisional data.",
        "2) EU (27 countries) excluding Croatia; composition as from 1 February 2020 applied to all years.",
        "3) Euro area (20 countries) excluding Croatia; composition as from 1 January 2023 applied to all years.",
        "4) CEFTA: Albania, Bosnia and Herzegovina, Moldova, Montenegro, North Macedonia, Serbia and Kosovo*.",
        "* This designation is without prejudice to positions on status.",
        "Source: Croatian Bureau of Statistics, Statistical Yearbook of the Republic of Croatia.",
    ]:
        ws.append([note])
    ws.column_dimensions["A"].width = 44
    for row in ws.iter_rows(min_row=5):
        for cell in row[1:]:
            if isinstance(cell.value, int):
                cell.number_format = "#,##0"
            cell.alignment = Alignment(horizontal="right")
    wb.save(OUT / "dzs_croatia_yearbook_21-5_trade_by_country.xlsx")


# ---------------------------------------------------------------- T2 Latvia CSP monthly
def latvia():
    months = [(y, m) for y in (2023, 2024, 2025) for m in range(1, 13)] + [(2026, m) for m in (1, 2, 3)]
    season = [0.88, 0.93, 1.05, 1.0, 1.02, 1.0, 0.97, 0.99, 1.03, 1.08, 1.06, 0.99]
    exp, imp = {}, {}
    lvl_e, lvl_i = 1_330_000, 1_640_000
    for (y, m) in months:
        lvl_e *= 1 + rng.uniform(-0.006, 0.009)
        lvl_i *= 1 + rng.uniform(-0.006, 0.008)
        exp[(y, m)] = round(lvl_e * season[m - 1] * (1 + rng.uniform(-0.03, 0.03)))
        imp[(y, m)] = round(lvl_i * season[m - 1] * (1 + rng.uniform(-0.03, 0.03)))
    # June 2025 exports almost equal to May 2025 (+0.08%)
    exp[(2025, 6)] = round(exp[(2025, 5)] * 1.0008)
    path = OUT / "csp_latvia_monthly_foreign_trade.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, quoting=csv.QUOTE_NONNUMERIC)
        w.writerow(["ATD020m. Foreign trade of Latvia by month (at current prices, thousand euro)"])
        w.writerow([])
        w.writerow(["Month", "Exports", "Imports", "Balance", "Total foreign trade turnover",
                    "Exports, % change on corresponding month of previous year",
                    "Imports, % change on corresponding month of previous year"])
        for (y, m) in months:
            if y == 2023:
                continue
            e, i = exp[(y, m)], imp[(y, m)]
            ey = round((e / exp[(y - 1, m)] - 1) * 100, 1)
            iy = round((i / imp[(y - 1, m)] - 1) * 100, 1)
            label = f"{y}M{m:02d}" + ("*" if y == 2026 else "")
            w.writerow([label, e, i, e - i, e + i, ey, iy])
        w.writerow([])
        w.writerow(["* Preliminary data."])
        w.writerow(["Exports are in FOB prices, imports in CIF prices. Balance = exports minus imports."])
        w.writerow(["Source: Official Statistics Portal (stat.gov.lv), Central Statistical Bureau of Latvia. Data updated 10.04.2026."])


# ---------------------------------------------------------------- T3 Bahrain iGA (no totals)
def bahrain():
    partners = {
        # name: (national origin exports 2024, re-exports 2024, imports 2024) BD thousand
        "Kingdom of Saudi Arabia": (610_000, 260_000, 540_000),
        "United Arab Emirates": (330_000, 150_000, 610_000),
        "United States of America": (290_000, 18_000, 420_000),
        "People's Republic of China": (95_000, 9_000, 820_000),
        "Sultanate of Oman": (180_000, 22_000, 170_000),
        "State of Kuwait": (120_000, 41_000, 60_000),
        "State of Qatar": (25_000, 14_000, 35_000),
        "Republic of India": (140_000, 6_000, 330_000),
        "Arab Republic of Egypt": (110_000, 5_000, 120_000),
        "Japan": (40_000, 2_000, 290_000),
        "Australia": (15_000, 1_000, 350_000),
        "Federative Republic of Brazil": (8_000, 500, 310_000),
        "Federal Republic of Germany": (60_000, 3_000, 220_000),
        "Netherlands": (130_000, 4_000, 90_000),
        "Italy": (85_000, 2_500, 120_000),
        "Other Countries": (850_000, 140_000, 1_450_000),
    }
    rows = []
    for name, base in partners.items():
        vals = []
        for b in base:
            v24 = round(b * rng.uniform(0.95, 1.05))
            v25 = round(v24 * (1 + rng.uniform(-0.12, 0.15)))
            vals.append((v24, v25))
        rows.append((name, vals))
    wb = Workbook()
    ws = wb.active
    ws.title = "Table 4"
    ws.append(["Kingdom of Bahrain - Information & eGovernment Authority"])
    ws.append(["Table (4): Non-oil Exports of National Origin, Re-exports and Imports by Country, 2024 - 2025"])
    ws.append(["Value in Thousand Bahraini Dinars (BD 000)"])
    ws.append([])
    ws.append(["Country", "Non-oil Exports of National Origin", None, "Re-exports", None, "Imports", None])
    ws.append([None, "2024", "2025 (P)", "2024", "2025 (P)", "2024", "2025 (P)"])
    ws.merge_cells("B5:C5")
    ws.merge_cells("D5:E5")
    ws.merge_cells("F5:G5")
    for name, vals in rows:
        ws.append([name, vals[0][0], vals[0][1], vals[1][0], vals[1][1], vals[2][0], vals[2][1]])
    ws.append([])
    for note in [
        "(P) Preliminary figures.",
        "Non-oil exports exclude crude oil and refined petroleum products exported by the national oil company.",
        "Countries are listed in the Authority's standard reporting order, not by value.",
        "Source: Information & eGovernment Authority (iGA), Foreign Trade Statistics.",
    ]:
        ws.append([note])
    ws.column_dimensions["A"].width = 34
    for row in ws.iter_rows(min_row=7):
        for cell in row[1:]:
            if isinstance(cell.value, (int, float)):
                cell.number_format = "#,##0"
    wb.save(OUT / "iga_bahrain_trade_by_country_2024_2025.xlsx")


# ---------------------------------------------------------------- T4 Peru BCRP by product
def peru():
    years = [2021, 2022, 2023, 2024, 2025]
    base = {
        "T:Fishing": 1_480_000, "T:Agricultural": 820_000,
        "Copper": 20_800_000, "Gold": 10_200_000, "Zinc": 2_900_000, "Lead": 1_700_000,
        "Iron": 2_150_000, "Other mining 1/": 2_600_000,
        "Petroleum and natural gas": 4_300_000,
        "Agro-exports": 8_650_000, "N:Fishing": 1_640_000, "Textile": 1_620_000,
        "Timbers and papers": 330_000, "Chemical": 2_080_000, "Non-metallic minerals": 740_000,
        "Basic metal industries and jewelry": 1_540_000,
        "Fabricated metal products and machinery": 690_000, "Other 2/": 120_000,
        "OTHER 3/": 95_000,
    }
    drift = {"Gold": (0.05, 0.25), "Copper": (-0.06, 0.14), "Agro-exports": (0.06, 0.16)}
    v = {}
    for k, b in base.items():
        lo, hi = drift.get(k, (-0.08, 0.12))
        v[k] = [round(x) / 1000 for x in walk(b, len(years), lo, hi)]  # US$ million, 1 decimal
        v[k] = [round(x, 1) for x in v[k]]
    mining_parts = ["Copper", "Gold", "Zinc", "Lead", "Iron", "Other mining 1/"]
    mining = [round(sum(v[k][i] for k in mining_parts), 1) for i in range(len(years))]
    trad = [round(v["T:Fishing"][i] + v["T:Agricultural"][i] + mining[i] + v["Petroleum and natural gas"][i], 1)
            for i in range(len(years))]
    nt_parts = ["Agro-exports", "N:Fishing", "Textile", "Timbers and papers", "Chemical",
                "Non-metallic minerals", "Basic metal industries and jewelry",
                "Fabricated metal products and machinery", "Other 2/"]
    nontrad = [round(sum(v[k][i] for k in nt_parts), 1) for i in range(len(years))]
    total = [round(trad[i] + nontrad[i] + v["OTHER 3/"][i], 1) for i in range(len(years))]

    def var(series):
        return round((series[-1] / series[-2] - 1) * 100, 1)

    lines = []
    def row(label, series):
        lines.append([label] + [f"{x:,.1f}" for x in series] + [f"{var(series):.1f}"])

    row("1. TRADITIONAL PRODUCTS", trad)
    row("   Fishing", v["T:Fishing"])
    row("   Agricultural", v["T:Agricultural"])
    row("   Mining", mining)
    for k in mining_parts:
        row("      " + k, v[k])
    row("   Petroleum and natural gas", v["Petroleum and natural gas"])
    row("2. NON-TRADITIONAL PRODUCTS", nontrad)
    for k in nt_parts:
        row("   " + (k[2:] if k.startswith("N:") else k), v[k])
    row("3. OTHER 3/", v["OTHER 3/"])
    row("4. TOTAL EXPORTS", total)

    path = OUT / "bcrp_peru_exports_by_group_of_products.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["EXPORTS BY GROUP OF PRODUCTS"])
        w.writerow(["(FOB values in millions of US$)"])
        w.writerow([])
        w.writerow([""] + [str(y) for y in years[:-1]] + ["2025*", "Var. % 2025/2024"])
        for ln in lines:
            w.writerow(ln)
        w.writerow([])
        w.writerow(["* Preliminary data."])
        w.writerow(["1/ Includes silver (refined), tin, molybdenum, bismuth and tungsten."])
        w.writerow(["2/ Includes leather products and handicrafts, mainly."])
        w.writerow(["3/ Includes fuel and food sold to foreign vessels and repair of capital goods."])
        w.writerow(["Source: BCRP and SUNAT. Prepared by the Department of Economic Statistics."])


croatia()
latvia()
bahrain()
peru()
print("written:", sorted(p.name for p in OUT.iterdir()))
