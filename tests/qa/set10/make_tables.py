"""Write the four test tables into tables/ (deterministic, no randomness).

T1 romania_ins_yearbook_trade_partners.xlsx  INS Romania, Statistical Yearbook (years as columns)
T2 argentina_indec_ica_monthly.csv           INDEC Argentina, ICA monthly release (months, flows)
T3 jordan_dos_trade_by_month.xlsx            Jordan DoS, national exports / re-exports / imports
T4 morocco_oc_trade_by_sector.csv            Office des Changes Morocco, exports/imports by sector
"""
from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

OUT = Path(__file__).resolve().parent / "tables"
OUT.mkdir(exist_ok=True)

YEARS = [2019, 2020, 2021, 2022, 2023, 2024]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def save_fixed(wb: Workbook, path: Path) -> None:
    """Save an xlsx byte-for-byte reproducibly (fixed zip times and document dates)."""
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2026-01-15T09:00:00Z",
                              data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, data)


def r1(x: float) -> float:
    return round(x + 1e-9, 1)


# ---------------------------------------------------------------- T1 Romania
def romania() -> None:
    totals = {
        "X": {2018: 67700.0, 2019: 68950.0, 2020: 62180.0, 2021: 75640.0, 2022: 94020.0,
              2023: 95190.0, 2024: 93870.0},
        "M": {2018: 82800.0, 2019: 86290.0, 2020: 80560.0, 2021: 99870.0, 2022: 127990.0,
              2023: 123150.0, 2024: 126420.0},
    }
    # (romanian, english, is_eu, is_euro_area) and shares (% of total) 2019..2024 per flow
    eu_countries = [
        ("Germania", "Germany", True),
        ("Italia", "Italy", True),
        ("Franța", "France", True),
        ("Ungaria", "Hungary", False),
        ("Polonia", "Poland", False),
        ("Bulgaria", "Bulgaria", False),
        ("Țările de Jos", "Netherlands", True),
        ("Spania", "Spain", True),
        ("Cehia", "Czechia", False),
    ]
    extra_countries = [
        ("Regatul Unit", "United Kingdom"),
        ("Turcia", "Türkiye"),
        ("Statele Unite ale Americii", "United States of America"),
        ("China (exclusiv Hong Kong)", "China (excl. Hong Kong)"),
        ("Republica Coreea", "Korea, Republic of"),
        ("Republica Moldova", "Moldova, Republic of"),
        ("Federația Rusă", "Russian Federation"),
        ("Ucraina", "Ukraine"),
    ]
    shares = {
        "X": {
            "EU": [75.9, 76.1, 74.3, 71.9, 72.9, 73.3],
            "EA": [58.6, 58.4, 57.0, 55.3, 55.8, 55.7],
            "Germany": [22.6, 22.0, 21.3, 20.4, 20.6, 20.3],
            "Italy": [10.9, 10.7, 10.5, 10.4, 10.1, 9.9],
            "France": [6.7, 6.6, 6.3, 6.0, 6.1, 6.2],
            "Hungary": [5.0, 5.2, 5.1, 5.3, 5.4, 5.6],
            "Poland": [3.6, 3.8, 3.9, 4.1, 4.3, 4.4],
            "Bulgaria": [3.5, 3.6, 3.9, 4.3, 4.6, 4.8],
            "Netherlands": [2.9, 2.8, 2.7, 2.9, 3.0, None],  # 2024 set to +0.1% on 2023
            "Spain": [2.7, 2.6, 2.7, 2.9, 3.1, 3.2],
            "Czechia": [3.1, 3.2, 3.0, 2.9, 2.8, 2.9],
            "United Kingdom": [3.7, 3.4, 3.2, 3.3, 3.5, 3.6],
            "Türkiye": [4.0, 3.7, 4.3, 4.7, 4.1, 4.0],
            "United States of America": [2.2, 2.3, 2.1, 2.2, 2.4, 2.5],
            "China (excl. Hong Kong)": [1.1, 1.4, 1.2, 0.9, 0.9, 0.8],
            "Korea, Republic of": [0.3, 0.3, 0.3, 0.4, 0.3, 0.3],
            "Moldova, Republic of": [2.4, 2.4, 2.6, 3.1, 3.0, 2.9],
            "Russian Federation": [1.6, 1.7, 1.6, 0.8, 0.5, 0.4],
            "Ukraine": [1.6, 1.5, 1.8, 3.6, 3.8, 3.1],
        },
        "M": {
            "EU": [74.9, 74.7, 72.3, 69.1, 71.2, 71.6],
            "EA": [50.3, 50.2, 48.1, 45.2, 46.9, 47.4],
            "Germany": [20.2, 20.5, 19.9, 19.0, 19.7, 20.1],
            "Italy": [9.1, 8.8, 8.6, 8.2, 8.4, 8.3],
            "France": [5.3, 5.2, 4.9, 4.6, 4.7, 4.8],
            "Hungary": [7.4, 7.2, 7.1, 7.6, 7.3, 6.9],
            "Poland": [5.8, 6.0, 6.1, 6.0, 6.2, 6.3],
            "Bulgaria": [3.0, 3.0, 3.3, 3.9, 3.8, 3.7],
            "Netherlands": [4.0, 4.1, 3.9, 3.7, 3.8, 3.9],
            "Spain": [2.5, 2.4, 2.3, 2.2, 2.4, 2.4],
            "Czechia": [3.2, 3.3, 3.1, 2.9, 3.0, 3.1],
            "United Kingdom": [1.4, 1.4, 1.3, 1.2, 1.3, 1.3],
            "Türkiye": [4.6, 4.8, 5.1, 5.3, 5.0, 5.1],
            "United States of America": [1.3, 1.2, 1.4, 1.6, 1.7, 1.6],
            "China (excl. Hong Kong)": [5.2, 6.5, 6.4, 6.9, 6.3, 6.6],
            "Korea, Republic of": [0.9, 1.0, 1.1, 1.0, 1.2, 1.3],
            "Moldova, Republic of": [0.7, 0.8, 0.9, 1.3, 1.1, 1.0],
            "Russian Federation": [3.9, 2.95, 4.4, 4.8, 1.9, 1.8],
            "Ukraine": [0.9, 0.8, 1.1, 1.5, 1.4, 1.3],
        },
    }

    def block(flow: str) -> list[list]:
        tot = totals[flow]
        sh = shares[flow]
        vals: dict[str, list[float]] = {}
        for k, name in enumerate(sh):
            if name in ("EU", "EA"):
                continue
            row = []
            for i, y in enumerate(YEARS):
                s = sh[name][i]
                if s is None:
                    row.append(r1(row[-1] * 1.001))
                else:
                    jitter = 1 + 0.0041 * (((k * 7 + i * 3 + (flow == "M")) % 5) - 2)
                    row.append(r1(tot[y] * s / 100 * jitter))
            vals[name] = row
        eu = [r1(tot[y] * sh["EU"][i] / 100) for i, y in enumerate(YEARS)]
        ea = [r1(tot[y] * sh["EA"][i] / 100) for i, y in enumerate(YEARS)]
        extra = [r1(tot[y] - eu[i]) for i, y in enumerate(YEARS)]
        total = [tot[y] for y in YEARS]
        rate = [r1((tot[y] / tot[y - 1] - 1) * 100) for y in YEARS]
        eu_share = [r1(eu[i] / total[i] * 100) for i in range(len(YEARS))]
        # consistency checks
        for i in range(len(YEARS)):
            listed_eu = sum(vals[e][i] for _, e, _ in eu_countries)
            listed_ea = sum(vals[e][i] for _, e, a in eu_countries if a)
            listed_x = sum(vals[e][i] for _, e in extra_countries)
            assert listed_eu < eu[i] and listed_ea < ea[i] < eu[i] and listed_x < extra[i]
            assert abs(eu[i] + extra[i] - total[i]) < 1e-6
        if flow == "X":
            head = ("EXPORT (FOB) - TOTAL", "EXPORTS (FOB) - TOTAL")
        else:
            head = ("IMPORT (CIF) - TOTAL", "IMPORTS (CIF) - TOTAL")
        rows = [
            [head[0], *total, head[1]],
            ["   % față de anul precedent", *rate, "   % change over previous year"],
            ["Uniunea Europeană (UE-27)", *eu, "European Union (EU-27)"],
            ["   Ponderea în total (%)", *eu_share, "   Share in total (%)"],
            ["   din care: Zona euro (20 țări)", *ea, "   of which: Euro area (20 countries)"],
        ]
        for ro, en, _ in eu_countries:
            rows.append(["      " + ro, *vals[en], "      " + en])
        rows.append(["Extra-UE", *extra, "Extra-EU"])
        for ro, en in extra_countries:
            rows.append(["      " + ro, *vals[en], "      " + en])
        return rows

    wb = Workbook()
    ws = wb.active
    ws.title = "16.8"
    ws.append(["16.8 EXPORTURILE (FOB) ȘI IMPORTURILE (CIF) PE GRUPE DE ȚĂRI ȘI PE PRINCIPALELE "
               "ȚĂRI PARTENERE"])
    ws.append(["EXPORTS (FOB) AND IMPORTS (CIF) BY GROUPS OF COUNTRIES AND MAIN PARTNER "
               "COUNTRIES"])
    ws.append([None, None, None, None, None, None, "milioane euro / million euro"])
    ws.append([None, *[str(y) for y in YEARS[:-1]], "2024 1)", None])
    for r in block("X"):
        ws.append(r)
    ws.append([])
    for r in block("M"):
        ws.append(r)
    ws.append([])
    ws.append(["1) Date provizorii. / Provisional data."])
    ws.append(["Notă: Grupările de țări sunt prezentate în componența valabilă la 1 ianuarie "
               "2025 (UE-27 fără Regatul Unit, zona euro cu 20 de țări) pentru toți anii. / "
               "Note: Country groupings in their composition as at 1 January 2025 (EU-27 "
               "excluding the United Kingdom, euro area of 20 countries) for all years."])
    ws.append(["Exporturile sunt evaluate FOB, importurile CIF. / Exports are valued FOB, "
               "imports CIF."])
    ws.append(["Sursa: Institutul Național de Statistică - statistica comerțului internațional "
               "cu bunuri. / Source: National Institute of Statistics - international trade in "
               "goods statistics."])
    ws["A1"].font = Font(bold=True)
    ws["A2"].font = Font(bold=True, italic=True)
    ws.column_dimensions["A"].width = 42
    ws.column_dimensions["H"].width = 42
    for row in ws.iter_rows(min_row=5):
        for c in row[1:7]:
            if isinstance(c.value, float):
                c.number_format = "#,##0.0"
                c.alignment = Alignment(horizontal="right")
    save_fixed(wb, OUT / "romania_ins_yearbook_trade_partners.xlsx")


# ---------------------------------------------------------------- T2 Argentina
def argentina() -> None:
    exports = {
        2024: [5567, 5765, 6130, 6491, 7431, 6396, 6814, 6917, 6561, 7103, 6668, 7354],
        2025: [5892, 6061, 6338, 7030, 7095, 7105, 7520, 7040, 8128, 7974, 7234, 6905],
    }
    imports = {
        2024: [4572, 4821, 4833, 4808, 4742, 4698, 5593, 5089, 5608, 6208, 5791, 5629],
        2025: [5750, 5833, 6005, 7108, 6444, 6195, 6935, 6113, 7204, 7175, 6554, 6395],
    }
    pp_sh = {2024: [17, 18, 22, 28, 32, 30, 27, 24, 21, 19, 18, 20],
             2025: [18, 18, 23, 29, 31, 31, 28, 25, 23, 20, 19, 19]}
    moa_sh = {2024: [38, 37, 38, 37, 36, 37, 38, 39, 39, 38, 37, 36],
              2025: [37, 38, 37, 36, 37, 36, 37, 38, 38, 37, 37, 37]}
    moi_sh = {2024: [32, 31, 28, 24, 22, 23, 25, 27, 29, 31, 33, 32],
              2025: [31, 30, 27, 23, 22, 22, 24, 26, 27, 30, 31, 31]}
    rows = []
    for y in (2024, 2025):
        months = []
        for m in range(12):
            x = exports[y][m]
            pp = round(x * (pp_sh[y][m] + 0.37) / 100)
            moa = round(x * (moa_sh[y][m] + 0.21) / 100)
            moi = round(x * (moi_sh[y][m] - 0.13) / 100)
            cye = x - pp - moa - moi
            assert cye > 0
            mm = imports[y][m]
            months.append([MONTHS[m], x, pp, moa, moi, cye, mm, x - mm])
        year_row = [f"{y}*" if y == 2025 else str(y)]
        for k in range(1, 8):
            year_row.append(sum(r[k] for r in months))
        rows.append(year_row)
        rows.extend(months)
    with open(OUT / "argentina_indec_ica_monthly.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Argentine trade (ICA). Table 4. Exports by major category, imports and "
                    "trade balance, by month. Years 2024-2025"])
        w.writerow(["In millions of dollars"])
        w.writerow([])
        w.writerow(["Period", "Total exports", "Primary products (PP)",
                    "Manufactures of agricultural origin (MOA)",
                    "Manufactures of industrial origin (MOI)", "Fuel and energy (CyE)",
                    "Imports", "Trade balance"])
        for r in rows:
            w.writerow(r)
        w.writerow([])
        w.writerow(["(*) Provisional data."])
        w.writerow(["Note: exports are valued FOB and imports CIF. Trade balance = total exports "
                    "minus imports. Year rows show the sum of the twelve months."])
        w.writerow(["Source: INDEC, Dirección Nacional de Estadísticas del Sector Externo y "
                    "Cuentas Internacionales."])


# ---------------------------------------------------------------- T3 Jordan
def jordan() -> None:
    nat = {
        2024: [576.4, 598.2, 640.7, 585.3, 622.9, 571.6, 604.8, 633.5, 618.2, 662.1, 640.9, 655.0],
        2025: [621.8, 640.3, 688.5, 632.0, 668.4, 615.2, 659.7, 681.3, 674.9, 705.6, 692.4, 698.8],
    }
    rex = {
        2024: [78.2, 81.5, 95.6, 88.1, 84.3, 90.7, 86.9, 102.4, 93.3, 97.8, 91.2, 104.6],
        2025: [89.4, 85.1, 85.3, 97.2, 101.8, 94.6, 99.3, 110.5, 103.7, 108.2, 99.6, 112.9],
    }
    imp = {
        2024: [1482.6, 1431.9, 1553.2, 1510.4, 1598.7, 1600.1, 1622.5, 1578.3, 1544.8, 1651.2,
               1589.0, 1667.4],
        2025: [1561.3, 1498.6, 1632.9, 1587.5, 1679.2, 1645.8, 1710.4, 1688.1, 1625.7, 1744.3,
               1692.5, 1768.0],
    }
    arabic = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
              "تشرين الأول", "تشرين الثاني", "كانون الأول"]
    wb = Workbook()
    ws = wb.active
    ws.title = "Table 2"
    ws.append(["The Hashemite Kingdom of Jordan - Department of Statistics"])
    ws.append(["External Trade Statistics - Monthly Report"])
    ws.append(["Table (2): Value of National Exports, Re-Exports and Imports by Month, "
               "2024 - 2025"])
    ws.append([None, None, None, None, None, None, None, "(Value in Million JD)"])
    ws.append(["Month", "2024", None, None, "2025 (*)", None, None, "الشهر"])
    ws.append([None, "National Exports", "Re-Exports", "Imports", "National Exports",
               "Re-Exports", "Imports", None])
    for m in range(12):
        ws.append([MONTHS[m], nat[2024][m], rex[2024][m], imp[2024][m], nat[2025][m],
                   rex[2025][m], imp[2025][m], arabic[m]])
    ws.append([])
    ws.append(["(*) Preliminary data, subject to revision."])
    ws.append(["National exports: goods produced or manufactured in Jordan. Re-exports: "
               "foreign goods exported in the same state as previously imported."])
    ws.append(["Exports are valued F.O.B. and imports C.I.F."])
    ws.append(["Source: Department of Statistics, External Trade Directorate."])
    ws.merge_cells("B5:D5")
    ws.merge_cells("E5:G5")
    ws.merge_cells("A5:A6")
    for row in ws.iter_rows(min_row=7, max_row=18):
        for c in row[1:7]:
            c.number_format = "#,##0.0"
    ws.column_dimensions["A"].width = 14
    save_fixed(wb, OUT / "jordan_dos_trade_by_month.xlsx")


# ---------------------------------------------------------------- T4 Morocco
def fr(n: int | float) -> str:
    """Office des Changes style: space as thousands separator."""
    if isinstance(n, float):
        return f"{n:,.1f}".replace(",", " ")
    return f"{n:,}".replace(",", " ")


def morocco() -> None:
    exports = [
        ("Automotive", None, None, [
            ("Construction", 67312, 64870),
            ("Wiring", 47905, 49204),
            ("Interior vehicle and seats", 13118, 13562),
            ("Other automotive", 29281, 27015)]),
        ("Phosphates and derivatives", None, None, [
            ("Phosphate rock", 9812, 10977),
            ("Natural and chemical fertilizers", 56874, 66318),
            ("Phosphoric acid", 20689, 22935)]),
        ("Agriculture and agri-food", None, None, [
            ("Food industry", 46602, 48129),
            ("Agriculture, forestry, hunting", 37115, 38870)]),
        ("Textile and leather", 44706, 44655, []),
        ("Electronics and electricity", 20138, 22847, []),
        ("Aeronautics", 26427, 28611, []),
        ("Pharmaceutical industry", 1912, 2046, []),
        ("Other mining extraction", 5231, 5608, []),
        ("Other industries", 28416, 31562, []),
    ]
    imports = [
        ("Energy products", 114732, 104318),
        ("Finished consumer goods", 171245, 186512),
        ("Finished capital goods", 194003, 214795),
        ("Semi-finished products", 175618, 186347),
        ("Raw products", 33405, 34126),
        ("Food products", 90912, 93720),
        ("Industrial gold", 2714, 3108),
    ]

    def line(label: str, a: float, b: float) -> list[str]:
        return [label, fr(a), fr(b), fr(b - a), f"{(b / a - 1) * 100:.1f}"]

    body: list[list[str]] = []
    sector_rows: list[list[str]] = []
    xa = xb = 0
    for name, a, b, subs in exports:
        if subs:
            a = sum(s[1] for s in subs)
            b = sum(s[2] for s in subs)
        xa += a
        xb += b
        sector_rows.append(line(name, a, b))
        for sname, sa, sb in subs:
            sector_rows.append(line("   " + sname, sa, sb))
    body.append(line("EXPORTS (FOB)", xa, xb))
    body.extend(sector_rows)
    ma = sum(i[1] for i in imports)
    mb = sum(i[2] for i in imports)
    body.append(line("IMPORTS (CIF)", ma, mb))
    for name, a, b in imports:
        body.append(line(name, a, b))
    ba, bb = xa - ma, xb - mb
    body.append(["TRADE BALANCE", fr(ba), fr(bb), fr(bb - ba), f"{(bb / ba - 1) * 100:.1f}"])
    ca, cb = round(xa / ma * 100, 1), round(xb / mb * 100, 1)
    body.append(["COVERAGE RATE (%)", f"{ca:.1f}", f"{cb:.1f}", f"{cb - ca:.1f}", "-"])
    with open(OUT / "morocco_oc_trade_by_sector.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["OFFICE DES CHANGES - Monthly indicators of foreign trade of goods"])
        w.writerow(["Trade by sector and by product group, end of December 2025"])
        w.writerow(["(In MAD million)"])
        w.writerow([])
        w.writerow(["Sectors / Product groups", "End Dec. 2024", "End Dec. 2025*",
                    "Change (value)", "Change (%)"])
        for r in body:
            w.writerow(r)
        w.writerow([])
        w.writerow(["* Provisional figures."])
        w.writerow(["Coverage rate = exports / imports x 100; its change is in percentage "
                    "points. For the trade balance, change (%) compares the deficits."])
        w.writerow(["Source: Office des Changes, foreign trade statistics (customs data)."])


if __name__ == "__main__":
    romania()
    argentina()
    jordan()
    morocco()
    print("written:", sorted(p.name for p in OUT.iterdir()))
