"""Write the five QA tables deterministically (seeded; figures are made up but
internally consistent). Run: python make_tables.py  -> tables/*.csv|xlsx"""
import csv
import io
import os
import re
import zipfile

import numpy as np
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
import datetime

FIXED = datetime.datetime(2026, 3, 9, 10, 0, 0)


def save(wb, path):
    wb.properties.creator = "qa9"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    buf = io.BytesIO()
    wb.save(buf)
    # rewrite the zip with fixed entry times so the file is byte-for-byte reproducible
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
                              rb"\g<1>2026-03-09T10:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 3, 9, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "tables")
os.makedirs(OUT, exist_ok=True)
rng = np.random.default_rng(20260309)

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


# ---------------------------------------------------------------------------
# T1  Statistics Austria yearbook table (xlsx), years as columns
# ---------------------------------------------------------------------------
def austria():
    years = list(range(2019, 2026))
    tot = {
        "EXPORTS": {2018: 150063, 2019: 153483, 2020: 142570, 2021: 165621,
                    2022: 193582, 2023: 196852, 2024: 191018, 2025: 192446},
        "IMPORTS": {2018: 156117, 2019: 157814, 2020: 144373, 2021: 178730,
                    2022: 214316, 2023: 200440, 2024: 193005, 2025: 194212},
    }
    # (share 2019, share 2025) of total
    shares = {
        "EXPORTS": {
            "euro": (.515, .505), "noneuro": (.135, .140),
            "Germany": (.295, .285), "Italy": (.066, .063), "France": (.043, .041),
            "Netherlands": (.021, .022), "Slovenia": (.021, .022), "Spain": (.023, .024),
            "Belgium": (.017, .018),
            "Czechia": (.036, .037), "Hungary": (.034, .035), "Poland": (.033, .038),
            "Switzerland": (.052, .055), "United Kingdom": (.029, .026),
            "United States of America": (.066, .082), "China (excl. Hong Kong)": (.029, .025),
            "Japan": (.009, .008), "Korea, Republic of": (.006, .0065),
            "Russian Federation": (.015, .004), "Türkiye": (.011, .012),
        },
        "IMPORTS": {
            "euro": (.560, .550), "noneuro": (.125, .130),
            "Germany": (.352, .330), "Italy": (.063, .062), "France": (.028, .027),
            "Netherlands": (.034, .032), "Slovenia": (.013, .014), "Spain": (.016, .017),
            "Belgium": (.018, .019),
            "Czechia": (.043, .045), "Hungary": (.026, .027), "Poland": (.027, .032),
            "Switzerland": (.055, .050), "United Kingdom": (.017, .013),
            "United States of America": (.038, .040), "China (excl. Hong Kong)": (.062, .072),
            "Japan": (.012, .010), "Korea, Republic of": (.007, .008),
            "Russian Federation": (.024, .006), "Türkiye": (.009, .010),
        },
    }
    euro = ["Germany", "Italy", "France", "Netherlands", "Slovenia", "Spain", "Belgium"]
    noneuro = ["Czechia", "Hungary", "Poland"]
    third = ["Switzerland", "United Kingdom", "United States of America",
             "China (excl. Hong Kong)", "Japan", "Korea, Republic of",
             "Russian Federation", "Türkiye"]
    data = {}
    for flow in ("EXPORTS", "IMPORTS"):
        d = {}
        for k, (s0, s1) in shares[flow].items():
            d[k] = {}
            for i, y in enumerate(years):
                s = s0 + (s1 - s0) * i / 6
                s *= 1 + rng.normal(0, 0.02)
                d[k][y] = int(round(tot[flow][y] * s))
        if flow == "EXPORTS":   # engineered near-flat change (+0.1 %)
            d["Japan"][2025] = int(round(d["Japan"][2024] * 1.0012))
        rows = {}
        for y in years:
            ea = d["euro"][y]
            ne = d["noneuro"][y]
            assert ea > sum(d[c][y] for c in euro)
            assert ne > sum(d[c][y] for c in noneuro)
            eu = ea + ne
            th = tot[flow][y] - eu
            assert th > sum(d[c][y] for c in third)
            rows.setdefault("Total", {})[y] = tot[flow][y]
            rows.setdefault("EU-27", {})[y] = eu
            rows.setdefault("Euro area (20 countries)", {})[y] = ea
            rows.setdefault("EU member states outside the euro area", {})[y] = ne
            rows.setdefault("Third countries (non-EU)", {})[y] = th
            for c in euro + noneuro + third:
                rows.setdefault(c, {})[y] = d[c][y]
        chg = {y: round((tot[flow][y] / tot[flow][y - 1] - 1) * 100, 1) for y in years}
        data[flow] = (rows, chg)

    wb = Workbook()
    ws = wb.active
    ws.title = "Table 5.3"
    ws.append(["Table 5.3 Foreign trade by economic regions and selected partner countries, 2019 to 2025"])
    ws.append(["Values in EUR million"])
    ws.append([])
    ws.append(["Economic region / partner country"] + [str(y) for y in years[:-1]] + ["2025 1)"])
    for c in ws[4]:
        c.font = Font(bold=True)
    layout = [("Total", 0), ("RATE", 1), ("EU-27", 1), ("Euro area (20 countries)", 2)] + \
        [(c, 3) for c in euro] + [("EU member states outside the euro area", 2)] + \
        [(c, 3) for c in noneuro] + [("Third countries (non-EU)", 1)] + [(c, 2) for c in third]
    for flow in ("EXPORTS", "IMPORTS"):
        rows, chg = data[flow]
        ws.append([flow])
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for label, ind in layout:
            if label == "RATE":
                ws.append(["Change on previous year in %"] + [chg[y] for y in years])
            else:
                ws.append([label] + [rows[label][y] for y in years])
            ws.cell(ws.max_row, 1).alignment = Alignment(indent=ind)
            for j in range(2, 2 + len(years)):
                ws.cell(ws.max_row, j).number_format = "#,##0" if label != "RATE" else "+0.0;-0.0"
    ws.append([])
    for f in [
        "Source: STATISTICS AUSTRIA, foreign trade statistics. Exports FOB, imports CIF.",
        "1) Provisional data. Final results for 2025 will be published in autumn 2026.",
        "Partner countries: exports by country of destination, imports by country of origin. "
        "Only selected countries are shown; regional aggregates include countries not shown.",
        "Euro area (20 countries) and EU-27 in their current composition for all years (United Kingdom excluded throughout).",
    ]:
        ws.append([f])
    ws.column_dimensions["A"].width = 44
    save(wb, os.path.join(OUT, "statistik_austria_trade_partners_2019_2025.xlsx"))


# ---------------------------------------------------------------------------
# T2  KSH Hungary STADAT monthly table (csv), index prev. year = 100
# ---------------------------------------------------------------------------
def hungary():
    seas_x = [0.98, 1.00, 1.09, 1.01, 1.03, 1.04, 1.00, 0.86, 1.04, 1.07, 1.06, 0.82]
    seas_m = [0.97, 0.98, 1.08, 1.02, 1.04, 1.03, 1.01, 0.90, 1.03, 1.06, 1.04, 0.84]
    vals = {}
    for yi, y in enumerate([2023, 2024, 2025]):
        gx = [1.0, 0.985, 1.021][yi]
        gm = [1.0, 0.975, 1.034][yi]
        for m in range(12):
            bx = 12000 * gx if yi == 0 else vals[(y - 1, m)][0] * gx
            bm = 11300 * gm if yi == 0 else vals[(y - 1, m)][1] * gm
            if yi == 0:
                bx *= seas_x[m]
                bm *= seas_m[m]
            x = int(round(bx * (1 + rng.normal(0, 0.025))))
            i = int(round(bm * (1 + rng.normal(0, 0.025))))
            vals[(y, m)] = [x, i]
    # engineered: imports May 2025 up only 0.1 % on May 2024
    vals[(2025, 4)][1] = int(round(vals[(2024, 4)][1] * 1.0012))
    # engineered: a small deficit in August 2025
    vals[(2025, 7)][1] = vals[(2025, 7)][0] + 87
    rows = [
        ["3.1.1. Value of external trade in goods (EUR million), monthly", "", "", "", "", ""],
        ["", "EUR million", "", "", "Same period of previous year = 100,0", ""],
        ["Period", "Exports", "Imports", "Balance", "Exports", "Imports"],
    ]
    for y in (2024, 2025):
        ax = sum(vals[(y, m)][0] for m in range(12))
        am = sum(vals[(y, m)][1] for m in range(12))
        px = sum(vals[(y - 1, m)][0] for m in range(12))
        pm = sum(vals[(y - 1, m)][1] for m in range(12))
        rows.append([f"{y}", ax, am, ax - am, f"{ax / px * 100:.1f}", f"{am / pm * 100:.1f}"])
        for m in range(12):
            x, i = vals[(y, m)]
            px, pm = vals[(y - 1, m)]
            lab = MONTHS[m] + ("*" if (y == 2025 and m >= 9) else "")
            rows.append([lab, x, i, x - i, f"{x / px * 100:.1f}", f"{i / pm * 100:.1f}"])
    rows += [
        ["* Preliminary data.", "", "", "", "", ""],
        ["Exports at FOB, imports at CIF values. Balance = exports minus imports.", "", "", "", "", ""],
        ["Source: Hungarian Central Statistical Office (KSH), STADAT.", "", "", "", "", ""],
    ]
    with open(os.path.join(OUT, "ksh_stadat_external_trade_monthly.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------------------
# T3  Qatar PSA monthly table (xlsx): domestic exports, re-exports, imports; no totals
# ---------------------------------------------------------------------------
def qatar():
    wb = Workbook()
    ws = wb.active
    ws.title = "Table 1"
    ws.append(["Table (1): Qatar Merchandise Trade by Month, 2024 - 2025"])
    ws.append(["جدول (1): التجارة السلعية لدولة قطر حسب الشهر"])
    ws.append(["(Value in QR Million)"])
    ws.append(["Month", "Exports of Domestic Products", "Re-Exports", "Imports (CIF)"])
    for c in ws[4]:
        c.font = Font(bold=True)
    de_base = [21400, 19650, 21050, 20300, 20900, 19400, 20100, 20700, 19250, 20450, 20800, 21300]
    for y in (2024, 2025):
        for m in range(12):
            de = de_base[m] * (1.0 if y == 2024 else 0.962) * (1 + rng.normal(0, 0.03))
            re = 1320 * (1.0 if y == 2024 else 1.085) * (1 + rng.normal(0, 0.07))
            im = 9650 * (1.0 if y == 2024 else 1.041) * (1 + rng.normal(0, 0.045))
            lab = f"{MONTHS[m]} {y}" + ("*" if (y == 2025 and m >= 10) else "")
            ws.append([lab, round(de, 1), round(re, 1), round(im, 1)])
            for j in (2, 3, 4):
                ws.cell(ws.max_row, j).number_format = "#,##0.0"
    ws.append([])
    for f in [
        "* Preliminary figures.",
        "Note: Total exports = exports of domestic products + re-exports. Exports are valued FOB, imports CIF.",
        "Source: Planning and Statistics Authority (PSA), Foreign Merchandise Trade Statistics.",
    ]:
        ws.append([f])
    ws.column_dimensions["A"].width = 22
    save(wb, os.path.join(OUT, "qatar_psa_merchandise_trade_monthly.xlsx"))


# ---------------------------------------------------------------------------
# T4  Geostat (Georgia) external trade by HS sections (csv), commodity table
# ---------------------------------------------------------------------------
SECTIONS = [
    ("I", "Live animals; animal products", .025, .020),
    ("II", "Vegetable products", .070, .040),
    ("III", "Animal or vegetable fats and oils", .005, .010),
    ("IV", "Prepared foodstuffs; beverages, spirits and vinegar; tobacco", .130, .070),
    ("V", "Mineral products", .220, .170),
    ("VI", "Products of the chemical or allied industries", .100, .090),
    ("VII", "Plastics and articles thereof; rubber and articles thereof", .010, .035),
    ("VIII", "Raw hides and skins, leather, furskins and articles thereof", .002, .004),
    ("IX", "Wood and articles of wood; cork", .004, .010),
    ("X", "Pulp of wood; paper and paperboard and articles thereof", .003, .012),
    ("XI", "Textiles and textile articles", .025, .035),
    ("XII", "Footwear, headgear, umbrellas", .002, .010),
    ("XIII", "Articles of stone, plaster, cement; ceramic products; glass", .012, .020),
    ("XIV", "Natural or cultured pearls, precious stones and metals", .040, .020),
    ("XV", "Base metals and articles of base metal", .110, .070),
    ("XVI", "Machinery and mechanical appliances; electrical equipment", .050, .170),
    ("XVII", "Vehicles, aircraft, vessels and associated transport equipment", .170, .190),
    ("XVIII", "Optical, photographic, measuring, medical instruments; clocks; musical instruments", .005, .015),
    ("XIX", "Arms and ammunition; parts and accessories thereof", .0002, .001),
    ("XX", "Miscellaneous manufactured articles", .005, .020),
    ("XXI", "Works of art, collectors' pieces and antiques", .0005, .0005),
]


def georgia():
    sx = np.array([s[2] for s in SECTIONS])
    sm = np.array([s[3] for s in SECTIONS])
    sx = sx / sx.sum()
    sm = sm / sm.sum()
    x24 = [round(v * (1 + rng.normal(0, .03)), 1) for v in sx * 6_102_000]
    m24 = [round(v * (1 + rng.normal(0, .03)), 1) for v in sm * 15_930_000]
    x25 = [round(v * rng.uniform(0.88, 1.22), 1) for v in x24]
    m25 = [round(v * rng.uniform(0.92, 1.15), 1) for v in m24]
    rows = [
        ["External Merchandise Trade of Georgia by HS Sections, 2024-2025", "", "", "", "", ""],
        ["(thousand USD)", "", "", "", "", ""],
        ["HS section", "Description", "Exports 2024", "Exports 2025*", "Imports 2024", "Imports 2025*"],
        ["", "Total", f"{sum(x24):.1f}", f"{sum(x25):.1f}", f"{sum(m24):.1f}", f"{sum(m25):.1f}"],
    ]
    for k, s in enumerate(SECTIONS):
        rows.append([s[0], s[1], f"{x24[k]:.1f}", f"{x25[k]:.1f}", f"{m24[k]:.1f}", f"{m25[k]:.1f}"])
    rows += [
        ["* Preliminary data.", "", "", "", "", ""],
        ["Exports FOB, imports CIF; general trade system. Re-exports of vehicles are included in section XVII.", "", "", "", "", ""],
        ["Source: National Statistics Office of Georgia (Geostat).", "", "", "", "", ""],
    ]
    with open(os.path.join(OUT, "geostat_trade_by_hs_section_2024_2025.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------------------
# T5  DANE Colombia exports by country of destination (xlsx), variation/contribution/share
# ---------------------------------------------------------------------------
def colombia():
    countries = [  # name, share 2024, growth 2025
        ("United States", .290, 1.042), ("Panama", .069, 0.955), ("China", .046, 1.118),
        ("India", .054, 0.862), ("Ecuador", .039, 1.063), ("Netherlands", .038, 1.097),
        ("Brazil", .037, 0.981), ("Mexico", .034, 1.0008), ("Spain", .029, 1.074),
        ("Peru", .027, 1.035), ("Chile", .027, 0.914), ("Türkiye", .020, 0.823),
        ("Canada", .014, 1.056), ("Korea, Republic of", .011, 1.142), ("Japan", .010, 0.968),
    ]
    hidden = {  # hidden countries inside "Rest of countries", used for the bloc memo rows
        "Bolivia": (.006, 1.05), "Argentina": (.004, 0.97), "Uruguay": (.002, 1.02),
        "Paraguay": (.001, 1.1), "Germany": (.013, 1.01), "Belgium": (.010, 1.08),
        "Italy": (.011, 0.99), "Other EU": (.014, 1.03),
    }
    t24 = 49_547_000.0
    v = {}
    for n, s, g in countries:
        a = round(t24 * s * (1 + rng.normal(0, .01)), 1)
        b = round(a * g, 1) if n == "Mexico" else round(a * g * (1 + rng.normal(0, .005)), 1)
        v[n] = (a, b)
    h = {}
    for n, (s, g) in hidden.items():
        a = round(t24 * s, 1)
        h[n] = (a, round(a * g, 1))
    rest24 = round(t24 - sum(x[0] for x in v.values()), 1)
    rest25 = round(rest24 * 1.021, 1)
    tot24 = round(sum(x[0] for x in v.values()) + rest24, 1)
    tot25 = round(sum(x[1] for x in v.values()) + rest25, 1)
    assert rest24 > sum(x[0] for x in h.values())
    blocs = {
        "Andean Community (CAN)": ["Ecuador", "Peru", "Bolivia"],
        "European Union (EU-27)": ["Netherlands", "Spain", "Germany", "Belgium", "Italy", "Other EU"],
        "Mercosur": ["Brazil", "Argentina", "Uruguay", "Paraguay"],
        "Pacific Alliance": ["Mexico", "Peru", "Chile"],
    }
    allv = {**v, **h}

    def line(name, a, b):
        return [name, a, b, round((b / a - 1) * 100, 1), round((b - a) / tot24 * 100, 1), round(b / tot25 * 100, 1)]

    wb = Workbook()
    ws = wb.active
    ws.title = "Cuadro 3"
    ws.append(["Cuadro 3"])
    ws.append(["Colombia. Exports by main country of destination"])
    ws.append(["January - December 2024 - 2025p"])
    ws.append(["Value FOB in thousand US dollars"])
    ws.append([])
    ws.append(["Country of destination", "January - December", None, "Variation (%)",
               "Contribution to the variation (pp)", "Share 2025 (%)"])
    ws.append([None, "2024", "2025p", None, None, None])
    for r in (6, 7):
        for c in ws[r]:
            c.font = Font(bold=True)
    ws.append(line("Total", tot24, tot25))
    order = sorted(v, key=lambda n: -v[n][1])
    for n in order:
        ws.append(line(n, *v[n]))
    ws.append(line("Rest of countries", rest24, rest25))
    ws.append([])
    ws.append(["Memorandum: economic groups"])
    for b, mem in blocs.items():
        a = round(sum(allv[c][0] for c in mem), 1)
        bb = round(sum(allv[c][1] for c in mem), 1)
        ws.append(line(b, a, bb))
    for row in ws.iter_rows(min_row=8):
        for c in row[1:3]:
            c.number_format = "#,##0.0"
    ws.append([])
    for f in [
        "Source: DANE - DIAN. Calculations: DANE.",
        "p: provisional.",
        "Countries are ordered by the value of 2025. Economic groups include countries not shown individually; "
        "Peru belongs to both CAN and the Pacific Alliance.",
        "Contribution to the variation: change of the country's exports over total exports of 2024, in percentage points.",
    ]:
        ws.append([f])
    ws.column_dimensions["A"].width = 30
    save(wb, os.path.join(OUT, "dane_colombia_exports_by_destination_2025.xlsx"))


if __name__ == "__main__":
    austria()
    hungary()
    qatar()
    georgia()
    colombia()
    print("written:", sorted(os.listdir(OUT)))
