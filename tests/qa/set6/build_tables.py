"""Builds the seven statistical tables under tables/ (invented but plausible figures).

Run once: /work/main/.venv/bin/python build_tables.py
compute_expected.py does NOT import this file; it reads the written tables back with pandas.
"""
from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import openpyxl
from openpyxl.styles import Alignment, Font

OUT = Path(__file__).parent / "tables"
OUT.mkdir(exist_ok=True)
rng = np.random.default_rng(20260612)


def jitter(base, pct, n=None):
    if n is None:
        return base * (1 + rng.uniform(-pct, pct))
    return base * (1 + rng.uniform(-pct, pct, n))


# --------------------------------------------------------------------------------------
# 1. Israel CBS, Statistical Abstract: exports by continent and country, 2019-2025 (wide)
# --------------------------------------------------------------------------------------
def israel():
    years = list(range(2019, 2026))
    growth = [0, -0.07, 0.17, 0.13, -0.05, -0.03, 0.04]  # rough path for the total
    country_base = {  # 2019 level, US$ million, and drift per year
        "European Union (27 countries)": (11200, 0.03),
        "United Kingdom": (2900, 0.01),
        "Switzerland": (1150, 0.02),
        "Türkiye": (1700, -0.04),
        "Other Europe": (620, 0.02),
        "China (excl. Hong Kong)": (3100, 0.05),
        "Hong Kong (China)": (1850, -0.02),
        "India": (1650, 0.06),
        "Japan": (1020, 0.02),
        "Korea, Rep. of": (840, 0.03),
        "Other Asia": (2750, 0.04),
        "United States": (15400, 0.025),
        "Canada": (760, 0.02),
        "Brazil": (890, 0.03),
        "Other America": (1480, 0.02),
        "Africa": (930, 0.01),
        "Oceania": (520, 0.02),
        "Other countries (residual)(2)": (410, 0.0),
    }
    vals = {}
    cyc = np.cumprod([1 + g for g in growth])
    for name, (b, d) in country_base.items():
        series = []
        for i, _ in enumerate(years):
            v = b * cyc[i] * (1 + d) ** i * (1 + rng.uniform(-0.05, 0.05))
            series.append(round(v, 1))
        vals[name] = series
    groups = {
        "Europe": ["European Union (27 countries)", "United Kingdom", "Switzerland", "Türkiye", "Other Europe"],
        "Asia": ["China (excl. Hong Kong)", "Hong Kong (China)", "India", "Japan", "Korea, Rep. of", "Other Asia"],
        "America": ["United States", "Canada", "Brazil", "Other America"],
    }
    gsum = {g: [round(sum(vals[c][i] for c in cs), 1) for i in range(len(years))] for g, cs in groups.items()}
    total = [round(gsum["Europe"][i] + gsum["Asia"][i] + gsum["America"][i] + vals["Africa"][i]
                   + vals["Oceania"][i] + vals["Other countries (residual)(2)"][i], 1) for i in range(len(years))]

    def pct(series):
        return [".."] + [round((series[i] / series[i - 1] - 1) * 100, 1) for i in range(1, len(series))]

    rows = [("Total exports of goods(1)", total), ("% change from previous year", pct(total)),
            ("Europe - total", gsum["Europe"])]
    rows += [("  " + c, vals[c]) for c in groups["Europe"]]
    rows += [("Asia - total", gsum["Asia"])] + [("  " + c, vals[c]) for c in groups["Asia"]]
    rows += [("America - total", gsum["America"]), ("  United States", vals["United States"]),
             ("    % change from previous year", pct(vals["United States"]))]
    rows += [("  " + c, vals[c]) for c in ["Canada", "Brazil", "Other America"]]
    rows += [("Africa - total", vals["Africa"]), ("Oceania - total", vals["Oceania"]),
             ("Other countries (residual)(2)", vals["Other countries (residual)(2)"])]

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "16.9"
    ws.append(["STATISTICAL ABSTRACT OF ISRAEL 2026 - No. 77"])
    ws.append(["TABLE 16.9 - EXPORTS OF GOODS(1), BY CONTINENT AND COUNTRY OF DESTINATION"])
    ws.append(["US$ million, current prices"])
    ws.append([])
    ws.append(["Continent and country of destination"] + years)
    for label, ser in rows:
        ws.append([label] + list(ser))
    ws.append([])
    ws.append(["(1) Excluding diamonds (polished and rough) and returned goods. Data for 2025 are provisional."])
    ws.append(["(2) Includes countries not specified elsewhere, ship and aircraft stores and unknown destinations."])
    ws.append([".. Not available / not applicable."])
    ws.append(["Source: Central Bureau of Statistics, foreign trade statistics."])
    ws["A1"].font = Font(bold=True)
    ws["A2"].font = Font(bold=True)
    ws.column_dimensions["A"].width = 44
    ws.merge_cells("A1:H1")
    ws.merge_cells("A2:H2")
    wb.save(OUT / "israel_cbs_exports_by_destination_2019_2025.xlsx")


# --------------------------------------------------------------------------------------
# 2. Poland GUS, yearbook-style: imports by main countries, months of 2025 (Roman numerals)
# --------------------------------------------------------------------------------------
def poland():
    months = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
    season = np.array([0.95, 0.94, 1.05, 1.00, 1.01, 1.00, 1.00, 0.92, 1.03, 1.08, 1.04, 0.98])
    base = {
        "Germany": 24800, "Italy": 6100, "Netherlands": 5500, "France": 4500, "other_ea": 14600,
        "China (excl. Hong Kong)": 18200, "United States": 6300, "Korea, Rep. of": 3300,
        "Czechia": 4400, "Russian Federation": 850, "Other countries (residual)": 30500,
    }
    v = {k: np.round(b * season * (1 + rng.uniform(-0.045, 0.045, 12)), 1) for k, b in base.items()}
    ea = np.round(v["Germany"] + v["Italy"] + v["Netherlands"] + v["France"] + v["other_ea"], 1)
    total = np.round(ea + sum(v[k] for k in ["China (excl. Hong Kong)", "United States", "Korea, Rep. of",
                                             "Czechia", "Russian Federation", "Other countries (residual)"]), 1)
    idx = [100.6, 98.4, 103.9, 101.2, 97.7, 102.5, 104.8, 99.1, 106.3, 103.0, 96.9, 101.8]
    idx_year = 101.6

    def fmt(x):
        return f"{x:.1f}".replace(".", ",")

    rows = []
    rows.append(["Imports, total"] + [fmt(x) for x in total] + [fmt(total.sum())])
    rows.append(["  corresponding period of previous year = 100"] + [fmt(x) for x in idx] + [fmt(idx_year)])
    rows.append(["of which:"] + [""] * 13)
    rows.append(["Euro area (20 countries)"] + [fmt(x) for x in ea] + [fmt(ea.sum())])
    rows.append(["  % of total imports"] + [fmt(round(e / t * 100, 1)) for e, t in zip(ea, total)]
                + [fmt(round(ea.sum() / total.sum() * 100, 1))])
    rows.append(["  in which: Germany"] + [fmt(x) for x in v["Germany"]] + [fmt(v["Germany"].sum())])
    for k in ["Italy", "Netherlands", "France"]:
        rows.append(["  " + k] + [fmt(x) for x in v[k]] + [fmt(v[k].sum())])
    for k in ["China (excl. Hong Kong)", "United States", "Korea, Rep. of", "Czechia", "Russian Federation",
              "Other countries (residual)"]:
        rows.append([k] + [fmt(x) for x in v[k]] + [fmt(v[k].sum())])
    with open(OUT / "poland_gus_imports_by_country_monthly_2025.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(["TABLE 7 (52). IMPORTS BY MAIN COUNTRIES IN 2025"])
        w.writerow(["Current prices"])
        w.writerow(["in PLN million"])
        w.writerow([])
        w.writerow(["Specification"] + months + ["I-XII"])
        for r in rows:
            w.writerow(r)
        w.writerow([])
        w.writerow(["Note: Data for 2025 are preliminary. Country grouping by country of origin; Euro area composition as of 1 January 2023."])
        w.writerow(["Source: Statistics Poland (GUS), Foreign trade turnover of goods in total and by countries."])


# --------------------------------------------------------------------------------------
# 3. Statistics Norway release: main figures, unadjusted and seasonally adjusted
# --------------------------------------------------------------------------------------
def norway():
    labels = [f"2025M{m:02d}" for m in range(1, 13)] + ["2026M01", "2026M02*"]
    ex_sa = [139800.0]
    for _ in range(13):
        ex_sa.append(round(ex_sa[-1] * (1 + rng.uniform(-0.06, 0.06)), 0))
    im_sa = [82100.0]
    for _ in range(13):
        im_sa.append(round(im_sa[-1] * (1 + rng.uniform(-0.04, 0.045)), 0))
    seas_x = [1.04, 0.96, 1.02, 0.97, 0.98, 0.95, 0.94, 0.96, 1.00, 1.05, 1.04, 1.08, 1.05, 0.97]
    seas_m = [0.93, 0.95, 1.03, 1.00, 1.02, 1.01, 0.93, 0.96, 1.02, 1.07, 1.05, 1.02, 0.94, 0.96]
    ex_u = [round(x * s * (1 + rng.uniform(-0.01, 0.01)), 0) for x, s in zip(ex_sa, seas_x)]
    im_u = [round(x * s * (1 + rng.uniform(-0.01, 0.01)), 0) for x, s in zip(im_sa, seas_m)]
    mom_x = [2.3] + [round((ex_sa[i] / ex_sa[i - 1] - 1) * 100, 1) for i in range(1, 14)]
    mom_m = [-1.4] + [round((im_sa[i] / im_sa[i - 1] - 1) * 100, 1) for i in range(1, 14)]
    yoy_x = [-8.9, 3.4, -2.7, -11.2, 1.9, -6.3, 4.8, -3.1, 7.6, 2.2, -4.5, 5.1]
    yoy_x += [round((ex_u[12 + i] / ex_u[i] - 1) * 100, 1) for i in range(2)]
    bal = [round(a - b, 0) for a, b in zip(ex_u, im_u)]
    with open(OUT / "norway_ssb_external_trade_main_figures_2025_2026.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Statistics Norway - External trade in goods, February 2026"])
        w.writerow(["Table 1. Imports, exports and trade balance. Main figures. Unadjusted and seasonally adjusted"])
        w.writerow(["(NOK million)"])
        w.writerow(["Month", "Exports, unadjusted", "Exports, seasonally adjusted",
                    "Exports (s.a.), change from previous month (%)", "Imports, unadjusted",
                    "Imports, seasonally adjusted", "Imports (s.a.), change from previous month (%)",
                    "Trade balance, unadjusted", "Exports (unadj.), change from same month previous year (%)"])
        for i, lab in enumerate(labels):
            w.writerow([lab, int(ex_u[i]), int(ex_sa[i]), mom_x[i], int(im_u[i]), int(im_sa[i]), mom_m[i],
                        int(bal[i]), yoy_x[i]])
        w.writerow([])
        w.writerow(["* Preliminary figures."])
        w.writerow(["Exports include crude oil, natural gas and condensates. Ships and oil platforms are excluded from both exports and imports."])
        w.writerow(["Seasonally adjusted series are revised every month; percentage changes are calculated from unrounded figures."])
        w.writerow(["Source: Statistics Norway, table 08792 (adapted)."])


# --------------------------------------------------------------------------------------
# 4. Bangladesh EPB: export performance July-January FY 2025-26, by product
# --------------------------------------------------------------------------------------
def bangladesh():
    items = [  # (label, FY24-25 perf, target FY25-26, Jul-Jan 24-25 perf, Jul-Jan 25-26 growth)
        ("Frozen and Live Fish", 482.6, 520.0, 266.1, 0.071),
        ("Agricultural Products", 982.4, 1100.0, 561.8, 0.094),
        ("Other primary commodities", 215.3, 240.0, 118.9, -0.032),
        ("Woven Garments (HS 62)", 18684.9, 20000.0, 10893.6, 0.046),
        ("Knitwear (HS 61)", 20802.6, 22400.0, 12180.2, 0.081),
        ("Home Textile", 861.5, 930.0, 498.7, -0.062),
        ("Leather & Leather Products (incl. footwear)", 1145.2, 1260.0, 655.4, 0.038),
        ("Jute & Jute Goods", 824.6, 900.0, 489.3, -0.117),
        ("Engineering Products", 592.7, 650.0, 334.0, 0.129),
        ("Pharmaceuticals", 213.9, 245.0, 121.6, 0.187),
        ("Plastic Products", 271.4, 300.0, 148.2, 0.052),
        ("Other manufactured commodities", 3687.3, 4055.0, 2104.5, 0.024),
    ]
    share_jj = 0.575  # strategic target for Jul-Jan as share of annual target (approx)
    rows = []
    for lab, fy, tgt, jj_prev, g in items:
        strat = round(tgt * share_jj * (1 + rng.uniform(-0.02, 0.02)), 2)
        perf = round(jj_prev * (1 + g + rng.uniform(-0.01, 0.01)), 2)
        rows.append([lab, fy, tgt, strat, perf, jj_prev])

    def agg(lst):
        return [round(sum(r[i] for r in lst), 2) for i in range(1, 6)]

    prim = rows[:3]
    manu = rows[3:]
    A = ["A. Primary Commodities"] + agg(prim)
    B = ["B. Manufactured Commodities"] + agg(manu)
    T = ["All Products"] + [round(a + b, 2) for a, b in zip(A[1:], B[1:])]

    def full(r, indent=""):
        lab, fy, tgt, strat, perf, prev = r
        return [indent + lab, f"{fy:.2f}", f"{tgt:.2f}", f"{strat:.2f}", f"{perf:.2f}",
                f"{(perf / strat - 1) * 100:.2f}", f"{prev:.2f}", f"{(perf / prev - 1) * 100:.2f}"]

    with open(OUT / "bangladesh_epb_export_performance_jul_jan_fy2025_26.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Export Promotion Bureau, Bangladesh"])
        w.writerow(["Export Performance for July-January 2025-26 (Provisional)"])
        w.writerow(["Value in Million US$"])
        w.writerow(["Products", "Export Performance for FY 2024-25", "Export Target for FY 2025-26",
                    "Strategic Target for July-January 2025-26", "Export Performance for July-January 2025-26",
                    "% Change of Export Performance Over Strategic Target",
                    "Export Performance for July-January 2024-25",
                    "% Change of Export Performance July-January 2025-26 over July-January 2024-25"])
        w.writerow(full(T))
        w.writerow(full(A))
        for r in prim:
            w.writerow(full(r, "   "))
        w.writerow(full(B))
        for r in manu:
            w.writerow(full(r, "   "))
        w.writerow([])
        w.writerow(["Note: Data are provisional and compiled by EPB from NBR (ASYCUDA World) records."])
        w.writerow(["RMG (ready-made garments) = Woven Garments + Knitwear."])
        w.writerow(["Fiscal year runs from July to June."])


# --------------------------------------------------------------------------------------
# 5. Kenya KNBS: domestic exports, re-exports and imports by selected partner (no total)
# --------------------------------------------------------------------------------------
def kenya():
    partners = {  # dom exp 2024, re-exp 2024, imports 2024 (KSh million), growth dom, re, imp
        "AFRICA": None,
        "Uganda": (118450, 61230, 47820, 0.06, 0.09, 0.04),
        "Tanzania": (56210, 18940, 41260, 0.08, -0.05, 0.11),
        "Rwanda": (22870, 14110, 2140, 0.03, 0.12, -0.02),
        "South Sudan": (15640, 20380, 210, -0.07, 0.04, 0.3),
        "Democratic Republic of Congo": (24980, 26750, 1860, 0.10, 0.15, 0.05),
        "Egypt": (21430, 860, 36420, -0.04, 0.2, 0.08),
        "South Africa": (6120, 1270, 71350, 0.02, -0.03, 0.05),
        "EUROPE": None,
        "Netherlands": (63870, 1820, 29450, 0.05, 0.02, -0.06),
        "United Kingdom": (48650, 2410, 31980, 0.01, -0.08, 0.03),
        "Germany": (17260, 980, 44170, 0.04, 0.06, 0.02),
        "AMERICA": None,
        "United States of America": (79420, 3650, 96540, 0.13, 0.01, -0.04),
        "ASIA": None,
        "China": (12940, 1530, 512680, 0.09, 0.1, 0.07),
        "India": (9870, 1140, 268930, -0.02, 0.05, 0.03),
        "United Arab Emirates": (38460, 4870, 314250, 0.11, 0.07, -0.09),
        "Pakistan": (74310, 690, 18650, -0.06, 0.03, 0.12),
        "Saudi Arabia": (5240, 310, 161870, 0.07, 0.0, 0.14),
        "Japan": (4860, 420, 109540, 0.03, 0.05, 0.01),
    }
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Table 8.7"
    ws.append(["Table 8.7: Value of Domestic Exports, Re-exports and Imports by Selected Partner Countries, 2024-2025"])
    ws.append([None, None, None, None, None, None, "KSh Million"])
    ws.append(["Country", "Domestic Exports", None, "Re-exports", None, "Imports", None])
    ws.append([None, 2024, "2025*", 2024, "2025*", 2024, "2025*"])
    ws.merge_cells("B3:C3")
    ws.merge_cells("D3:E3")
    ws.merge_cells("F3:G3")
    for name, p in partners.items():
        if p is None:
            ws.append([name])
            ws.cell(ws.max_row, 1).font = Font(bold=True)
            continue
        d, r, m, gd, gr, gm = p
        d25 = round(d * (1 + gd + rng.uniform(-0.01, 0.01)))
        r25 = round(r * (1 + gr + rng.uniform(-0.01, 0.01)))
        m25 = round(m * (1 + gm + rng.uniform(-0.01, 0.01)))
        ws.append([name, d, d25, r, r25, m, m25])
    ws.append([])
    ws.append(["* Provisional"])
    ws.append(["Note: Only selected partner countries are shown; totals for all countries are published in Table 8.5."])
    ws.append(["Domestic exports and re-exports are valued f.o.b.; imports are valued c.i.f."])
    ws.append(["Source: Kenya National Bureau of Statistics / Kenya Revenue Authority"])
    for c in "BCDEFG":
        ws[f"{c}3"].alignment = Alignment(horizontal="center")
    ws.column_dimensions["A"].width = 32
    wb.save(OUT / "kenya_knbs_trade_by_partner_2024_2025.xlsx")


# --------------------------------------------------------------------------------------
# 6. Sweden SCB (PX-Web CSV export): long table, partner x flow x month
# --------------------------------------------------------------------------------------
def sweden():
    months = [f"{y}M{m:02d}" for y in (2024, 2025) for m in range(1, 13)]
    season = np.array([0.97, 1.0, 1.06, 1.01, 1.03, 0.99, 0.86, 0.92, 1.04, 1.08, 1.06, 0.98] * 2)
    trend = np.array([1 + 0.0025 * i for i in range(24)])
    exp_base = {"Norway": 17800, "Germany": 17100, "United States": 14900, "Denmark": 12800,
                "Finland": 11200, "United Kingdom": 8900, "Netherlands": 8100, "Poland": 7100, "China": 5600}
    imp_base = {"Norway": 15900, "Germany": 28200, "United States": 6600, "Denmark": 11300,
                "Finland": 9100, "United Kingdom": 6100, "Netherlands": 15100, "Poland": 8200, "China": 10200}
    other_eu = {"exports": 40500, "imports": 52500}
    data = {}
    for flow, base in (("exports", exp_base), ("imports", imp_base)):
        for p, b in base.items():
            data[(p, flow)] = np.round(b * season * trend * (1 + rng.uniform(-0.06, 0.06, 24)))
        oth = np.round(other_eu[flow] * season * trend * (1 + rng.uniform(-0.03, 0.03, 24)))
        data[("EU27 (from 2020)", flow)] = (data[("Germany", flow)] + data[("Denmark", flow)] + data[("Finland", flow)]
                                           + data[("Netherlands", flow)] + data[("Poland", flow)] + oth)
    order = ["EU27 (from 2020)", "Norway", "Germany", "Denmark", "Finland", "United States", "United Kingdom",
             "China", "Netherlands", "Poland"]
    with open(OUT / "sweden_scb_trade_in_goods_by_partner_monthly_2024_2025.csv", "w", newline="",
              encoding="utf-8") as f:
        f.write('"Imports and exports of goods by trading partner, imports and exports and month"\n')
        f.write("\n")
        w = csv.writer(f, quoting=csv.QUOTE_NONNUMERIC)
        w.writerow(["trading partner", "imports and exports", "month", "Trade in goods, SEK million"])
        for p in order:
            for flow in ("imports", "exports"):
                for i, mth in enumerate(months):
                    w.writerow([p, flow, mth, int(data[(p, flow)][i])])


# --------------------------------------------------------------------------------------
# 7. Swiss BAZG: foreign trade by product group (nature of goods), 2024-2025
# --------------------------------------------------------------------------------------
def swiss():
    groups = [  # label, exports 2024, exports growth, imports 2024, imports growth, real ex, real im
        ("Chemical and pharmaceutical products", 141250.0, 0.062, 62840.0, 0.031, 4.9, 2.2),
        ("  of which: Pharmaceutical products, vitamins, diagnostics", 118460.0, 0.071, 48730.0, 0.027, 5.8, 1.6),
        ("Precision instruments, watches and jewellery", 52630.0, -0.028, 22150.0, 0.012, -4.1, 0.3),
        ("  of which: Watches", 26010.0, -0.047, 4120.0, 0.018, -6.2, 0.9),
        ("Machines and electronics", 32540.0, -0.019, 31870.0, 0.024, -2.6, 1.8),
        ("Metals", 14620.0, 0.015, 15760.0, -0.008, -0.7, 1.1),
        ("Vehicles", 5830.0, -0.044, 19630.0, -0.052, -3.9, -4.8),
        ("Agricultural, forestry and fishery products; beverages, tobacco", 10260.0, 0.027, 14980.0, 0.021, 1.3, 0.6),
        ("Textiles, clothing, shoes", 5710.0, -0.012, 11360.0, -0.007, -2.4, -1.9),
        ("Plastics", 4130.0, 0.008, 5210.0, -0.015, 0.4, -0.3),
        ("Paper and graphic products", 1390.0, -0.036, 3420.0, -0.041, -2.9, -3.5),
        ("Energy source", 1270.0, 0.094, 11940.0, -0.118, 6.1, 2.4),
        ("Other goods", 7380.0, 0.011, 23610.0, 0.016, -0.2, 0.4),
    ]
    gold = ("Gold bars and other precious metals, coins, precious stones and gems, works of art and antiques",
            97420.0, 0.214, 104870.0, 0.163)
    rows = []
    for lab, e24, ge, i24, gi, re, ri in groups:
        e25 = round(e24 * (1 + ge + rng.uniform(-0.002, 0.002)), 1)
        i25 = round(i24 * (1 + gi + rng.uniform(-0.002, 0.002)), 1)
        rows.append([lab, e24, e25, re, i24, i25, ri])
    main = [r for r in rows if "of which" not in r[0]]
    t1 = ["Total 1 (\"business cycle\" total)",
          round(sum(r[1] for r in main), 1), round(sum(r[2] for r in main), 1), 2.1,
          round(sum(r[4] for r in main), 1), round(sum(r[5] for r in main), 1), 0.9]
    g25e = round(gold[1] * (1 + gold[2]), 1)
    g25i = round(gold[3] * (1 + gold[4]), 1)
    grow = [gold[0], gold[1], g25e, None, gold[3], g25i, None]
    t2 = ["Total 2 (\"general\" total)", round(t1[1] + gold[1], 1), round(t1[2] + g25e, 1), None,
          round(t1[4] + gold[3], 1), round(t1[5] + g25i, 1), None]

    def line(r):
        lab, e24, e25, re, i24, i25, ri = r
        return [lab, e24, e25, round((e25 / e24 - 1) * 100, 1), re if re is not None else "–",
                i24, i25, round((i25 / i24 - 1) * 100, 1), ri if ri is not None else "–"]

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Nature of goods"
    ws.append(["Swiss foreign trade by nature of goods (product groups), 2025"])
    ws.append(["Federal Office for Customs and Border Security FOCBS (BAZG)"])
    ws.append(["Annual results 2025, provisional; in CHF million"])
    ws.append([])
    ws.append(["Nature of goods", "Exports", None, None, None, "Imports", None, None, None])
    ws.append([None, 2024, 2025, "Change in % nominal", "Change in % real",
               2024, 2025, "Change in % nominal", "Change in % real"])
    ws.merge_cells("B5:E5")
    ws.merge_cells("F5:I5")
    ws.append(line(t1))
    for r in rows:
        ws.append(line(r))
    ws.append(line(grow))
    ws.append(line(t2))
    ws.append([])
    ws.append(["Total 1 (\"business cycle\" total): without gold bars and other precious metals, precious stones "
               "and gems, works of art and antiques."])
    ws.append(["Total 2 (\"general\" total): Total 1 plus the goods mentioned above."])
    ws.append(["Real: change in volume, adjusted for price changes (mean values). – : not calculated."])
    ws.append(["Source: FOCBS, Swiss-Impex"])
    ws.column_dimensions["A"].width = 60
    wb.save(OUT / "switzerland_bazg_foreign_trade_by_product_2024_2025.xlsx")


if __name__ == "__main__":
    israel()
    poland()
    norway()
    bangladesh()
    kenya()
    sweden()
    swiss()
    for p in sorted(OUT.iterdir()):
        print(p.name)
