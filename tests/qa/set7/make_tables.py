"""Generate the seven blind-eval tables under /work/qa7/tables/ (invented but plausible values).

Run once; compute_expected.py re-reads the written files independently.
"""
from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

OUT = Path(__file__).parent / "tables"
OUT.mkdir(exist_ok=True)
rng = np.random.default_rng(20260207)


def r1(x: float) -> float:
    return float(round(x, 1))


def fi_num(x: float | None) -> str:
    """Finnish style: decimal comma, no thousands separator."""
    if x is None:
        return ".."
    return f"{x:.1f}".replace(".", ",")


# ---------------------------------------------------------------- 1. Finland (Tulli) yearbook, CSV
def finland() -> None:
    years = [2019, 2020, 2021, 2022, 2023, 2024]
    base = {
        "Saksa / Germany": 9280.0, "Ruotsi / Sweden": 6710.0, "Alankomaat / Netherlands": 3390.0,
        "Yhdysvallat / United States": 4620.0, "Kiina / China": 3310.0, "Venäjä / Russia": 3640.0,
        "Norja / Norway": 1980.0, "Iso-Britannia / United Kingdom": 2470.0,
        "Korea, tasavalta / Korea, Republic of": 705.0,
    }
    idx = [1.0, 0.89, 1.07, 1.24, 1.19, 1.15]
    rows = {k: [] for k in base}
    for k, v in base.items():
        for i, y in enumerate(years):
            f = idx[i] * (1 + rng.normal(0, 0.04))
            if "Russia" in k:
                f = [1.0, 0.86, 1.03, 0.47, 0.16, 0.12][i]
            if "United States" in k and y >= 2022:
                f *= 1.12
            rows[k].append(r1(v * f))
    other = [r1(29600 * idx[i] * (1 + rng.normal(0, 0.02))) for i in range(6)]
    eu_other = [r1(12350 * idx[i] * (1 + rng.normal(0, 0.02))) for i in range(6)]
    ea_other = [r1(8150 * idx[i] * (1 + rng.normal(0, 0.02))) for i in range(6)]
    total = [r1(sum(rows[k][i] for k in rows) + other[i]) for i in range(6)]
    total_2018 = 64890.4
    prev = [total_2018] + total[:-1]
    chg = [r1((t / p - 1) * 100) for t, p in zip(total, prev)]
    de, se, nl = rows["Saksa / Germany"], rows["Ruotsi / Sweden"], rows["Alankomaat / Netherlands"]
    eu = [r1(de[i] + se[i] + nl[i] + eu_other[i]) for i in range(6)]
    ea = [r1(de[i] + nl[i] + ea_other[i]) for i in range(6)]
    eu_share = [r1(eu[i] / total[i] * 100) for i in range(6)]
    path = OUT / "fi_tulli_vienti_maittain_2019_2024.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL)
        w.writerow(["Tavaroiden vienti maittain 2019–2024 / Exports of goods by country 2019–2024"] + [""] * 6)
        w.writerow(["Milj. euroa / EUR million"] + [""] * 6)
        w.writerow(["Maa / Country", "2019", "2020", "2021", "2022", "2023", "2024*"])
        w.writerow(["Vienti yhteensä / Total exports"] + [fi_num(x) for x in total])
        w.writerow(["  muutos edellisestä vuodesta, % / change from previous year, %"] + [fi_num(x) for x in chg])
        w.writerow(["EU27_2020"] + [fi_num(x) for x in eu])
        w.writerow(["  osuus viennistä, % / share of total exports, %"] + [fi_num(x) for x in eu_share])
        w.writerow(["Euroalue (20) / Euro area (20)"] + [fi_num(x) for x in ea])
        for k in rows:
            w.writerow([k] + [fi_num(x) for x in rows[k]])
        w.writerow(["Muut maat / Other countries n.e.s."] + [fi_num(x) for x in other])
        w.writerow([""] * 7)
        w.writerow(["* Ennakkotieto / Preliminary data"] + [""] * 6)
        w.writerow(["Maaluokitus: alkuperämaa (tuonti), määrämaa (vienti). EU27_2020 = EU:n jäsenmaat 1.2.2020 alkaen; Euroalue (20) = euroalueen maat 2023 alkaen. / "
                    "EU27_2020 = EU member states from 1 Feb 2020; Euro area (20) = euro area composition from 2023."] + [""] * 6)
        w.writerow(["Lähde: Tulli, Uljas-tietokanta, ulkomaankauppatilasto (erityiskauppa) / Source: Finnish Customs, Uljas database"] + [""] * 6)


# ---------------------------------------------------------------- 2. Denmark (DST) wide monthly, XLSX
def denmark() -> None:
    months = [f"{y}M{m:02d}" for y in (2024, 2025) for m in range(1, 13)]
    season = np.array([0.97, 0.98, 1.05, 0.99, 1.01, 1.00, 0.93, 0.97, 1.03, 1.06, 1.03, 0.96])

    def series(level: float, growth: float, noise: float) -> list[float]:
        out = []
        for i in range(24):
            trend = level * (1 + growth) ** (i / 12)
            out.append(r1(trend * season[i % 12] * (1 + rng.normal(0, noise))))
        return out

    exp_p = {
        "Germany": (11900, 0.02), "Sweden": (7450, 0.01), "Norway": (5050, -0.01),
        "United Kingdom": (4480, 0.03), "United States": (9350, 0.11), "China": (3480, -0.04),
        "Netherlands": (3820, 0.02), "Poland": (2640, 0.05),
    }
    imp_p = {
        "Germany": (14600, 0.01), "Sweden": (7850, 0.02), "Norway": (3100, -0.03),
        "United Kingdom": (2550, 0.00), "United States": (3050, 0.04), "China": (6400, 0.06),
        "Netherlands": (5250, 0.01), "Poland": (3400, 0.05),
    }

    def block(params: dict, other_lvl: float, eu_lvl: float, ea_lvl: float):
        data = {k: series(v[0], v[1], 0.035) for k, v in params.items()}
        other = series(other_lvl, 0.03, 0.02)
        eu_other = series(eu_lvl, 0.02, 0.02)
        ea_other = series(ea_lvl, 0.02, 0.02)
        total = [r1(sum(data[k][i] for k in data) + other[i]) for i in range(24)]
        eu = [r1(data["Germany"][i] + data["Sweden"][i] + data["Netherlands"][i] + data["Poland"][i] + eu_other[i]) for i in range(24)]
        ea = [r1(data["Germany"][i] + data["Netherlands"][i] + ea_other[i]) for i in range(24)]
        yoy = [None] * 12 + [r1((total[i] / total[i - 12] - 1) * 100) for i in range(12, 24)]
        return total, yoy, eu, ea, data, other

    wb = Workbook()
    ws = wb.active
    ws.title = "UHV"
    ws.append(["Imports and exports of goods (not seasonally adjusted) by imports and exports, country, unit and time"])
    ws.append(["Unit: DKK million"])
    ws.append([None, None] + months)
    for flow, params, other_lvl, eu_lvl, ea_lvl in (
        ("Exports", exp_p, 26400, 11800, 8600),
        ("Imports", imp_p, 21800, 9700, 7200),
    ):
        total, yoy, eu, ea, data, other = block(params, other_lvl, eu_lvl, ea_lvl)
        ws.append([flow, f"Total {flow.lower()}"] + total)
        ws.append([None, "  Change compared to same month previous year (pct.)"] + [".." if v is None else v for v in yoy])
        ws.append([None, "EU (27 countries, from 2020)"] + eu)
        ws.append([None, "Euro area (20)"] + ea)
        for k in params:
            ws.append([None, k] + data[k])
        ws.append([None, "Other countries"] + other)
    ws.append([])
    ws.append(["Note: The figures for 2025M10-2025M12 are preliminary. '..' = not available."])
    ws.append(["Exports by country of destination; imports by country of origin. Source: Statistics Denmark, StatBank table UHV2."])
    ws["A1"].font = Font(bold=True)
    wb.save(OUT / "dk_dst_uhv_imports_exports_by_country_2024M01-2025M12.xlsx")


# ---------------------------------------------------------------- 3. Czechia (CZSO) release, CSV
def czechia() -> None:
    season = np.array([0.99, 1.00, 1.08, 1.00, 1.01, 1.00, 0.96, 0.90, 1.03, 1.08, 1.05, 0.88])
    ex24 = [r1(392 * season[m] * (1 + rng.normal(0, 0.02))) for m in range(12)]
    im24 = [r1(376 * season[m] * (1 + rng.normal(0, 0.02)) + (14 if m == 11 else 0)) for m in range(12)]
    ex25 = [r1(ex24[m] * (1 + 0.035 + rng.normal(0, 0.03))) for m in range(12)]
    im25 = [r1(im24[m] * (1 + 0.045 + rng.normal(0, 0.03))) for m in range(12)]
    ex25[7] = r1(ex24[7] * 0.981)  # August fall
    bal24 = [r1(a - b) for a, b in zip(ex24, im24)]
    bal25 = [r1(a - b) for a, b in zip(ex25, im25)]
    # seasonally adjusted
    sa_ex_prev, sa_im_prev = 404.6, 391.2  # December 2024 SA
    sa_ex, sa_im = [], []
    for m in range(12):
        sa_ex.append(r1(ex25[m] / season[m] * 0.985 + rng.normal(0, 1.5)))
        sa_im.append(r1(im25[m] / season[m] * 0.985 + rng.normal(0, 1.5)))
    sa_ex_mm = [r1((sa_ex[m] / (sa_ex[m - 1] if m else sa_ex_prev) - 1) * 100) for m in range(12)]
    sa_im_mm = [r1((sa_im[m] / (sa_im[m - 1] if m else sa_im_prev) - 1) * 100) for m in range(12)]
    sa_bal = [r1(a - b) for a, b in zip(sa_ex, sa_im)]
    cz_months = ["leden", "únor", "březen", "duben", "květen", "červen", "červenec", "srpen", "září", "říjen", "listopad", "prosinec"]
    en_months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

    def c(x: float) -> str:
        s = f"{x:.1f}"
        return ("0.0" if s == "-0.0" else s).replace(".", ",")

    path = OUT / "cz_czso_zahranicni_obchod_2025_tab1.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";")
        n = 12
        w.writerow(["Tab. 1 Zahraniční obchod se zbožím (národní pojetí) / Table 1 External trade in goods (national concept), 2025"] + [""] * (n - 1))
        w.writerow(["mld. Kč, běžné ceny / CZK bn, current prices"] + [""] * (n - 1))
        w.writerow(["", "Nesezónně očištěno / Not seasonally adjusted", "", "", "", "", "", "Sezónně očištěno / Seasonally adjusted 1)", "", "", "", ""])
        w.writerow(["Období / Period", "Vývoz / Exports", "meziročně v % / y/y %", "Dovoz / Imports", "meziročně v % / y/y %",
                    "Bilance / Balance", "meziroční změna bilance / y/y change in balance", "Vývoz / Exports", "meziměsíčně v % / m/m %",
                    "Dovoz / Imports", "meziměsíčně v % / m/m %", "Bilance / Balance"])
        for m in range(12):
            mark = " p)" if m >= 9 else ""
            w.writerow([f"{cz_months[m]} / {en_months[m]} 2025{mark}", c(ex25[m]), c((ex25[m] / ex24[m] - 1) * 100), c(im25[m]),
                        c((im25[m] / im24[m] - 1) * 100), c(bal25[m]), c(bal25[m] - bal24[m]), c(sa_ex[m]), c(sa_ex_mm[m]),
                        c(sa_im[m]), c(sa_im_mm[m]), c(sa_bal[m])])
        tex, tim = sum(ex25), sum(im25)
        w.writerow(["I.–XII. 2025 p)", c(tex), c((tex / sum(ex24) - 1) * 100), c(tim), c((tim / sum(im24) - 1) * 100),
                    c(tex - tim), c((tex - tim) - (sum(ex24) - sum(im24))), "x", "x", "x", "x", "x"])
        w.writerow([""] * n)
        w.writerow(["1) Očištěno o sezónní vlivy a vliv počtu pracovních dnů / Adjusted for seasonal and working-day effects."] + [""] * (n - 1))
        w.writerow(["p) předběžné údaje / preliminary data;  x = údaj nemá smysl / not applicable"] + [""] * (n - 1))
        w.writerow(["Zdroj: ČSÚ / Source: Czech Statistical Office"] + [""] * (n - 1))


# ---------------------------------------------------------------- 4. Portugal (INE) release, XLSX
def portugal() -> None:
    season = np.array([0.95, 0.97, 1.07, 0.98, 1.05, 1.01, 1.06, 0.78, 1.02, 1.09, 1.03, 0.92])
    ex23 = [r1(6250 * season[m] * (1 + rng.normal(0, 0.02))) for m in range(12)]
    im23 = [r1(8350 * season[m] * (1 + rng.normal(0, 0.02))) for m in range(12)]
    ex24 = [r1(ex23[m] * (1 + 0.025 + rng.normal(0, 0.03))) for m in range(12)]
    im24 = [r1(im23[m] * (1 + 0.03 + rng.normal(0, 0.03))) for m in range(12)]
    ex25 = [r1(ex24[m] * (1 + 0.02 + rng.normal(0, 0.035))) for m in range(12)]
    im25 = [r1(im24[m] * (1 + 0.04 + rng.normal(0, 0.03))) for m in range(12)]
    pt = ["Jan", "Fev", "Mar", "Abr", "Mai", "Jun", "Jul", "Ago", "Set", "Out", "Nov", "Dez"]
    wb = Workbook()
    ws = wb.active
    ws.title = "Quadro 1"
    ws.append(["Quadro 1. Comércio internacional de bens: exportações, importações, saldo e taxa de cobertura"])
    ws.append(["Table 1. International trade in goods: exports, imports, balance and coverage ratio"])
    ws.append(["Unidade / Unit: 10^6 EUR (milhões de euros / EUR million); taxas em % / rates in %"])
    ws.append(["Período", None, "Exportações", None, None, "Importações", None, None, "Saldo", "Taxa de cobertura"])
    ws.append(["Period", None, "Exports", "tvh (%)", "tvc (%)", "Imports", "tvh (%)", "tvc (%)", "Balance", "Coverage ratio (%)"])

    def row(label_y, label_m, e, ep, epm, i, ip, ipm):
        ws.append([label_y, label_m, e, r1((e / ep - 1) * 100), None if epm is None else r1((e / epm - 1) * 100),
                   i, r1((i / ip - 1) * 100), None if ipm is None else r1((i / ipm - 1) * 100), r1(e - i), r1(e / i * 100)])

    row("2024", "Ano / Year", r1(sum(ex24)), sum(ex23), None, r1(sum(im24)), sum(im23), None)
    row("2025 Po", "Ano / Year", r1(sum(ex25)), sum(ex24), None, r1(sum(im25)), sum(im24), None)
    for y, ex, im, exprev, imprev in ((2024, ex24, im24, ex23, im23), (2025, ex25, im25, ex24, im24)):
        for m in range(12):
            prev_e = ex[m - 1] if m else exprev[11]
            prev_i = im[m - 1] if m else imprev[11]
            ylab = (f"{y}" if y == 2024 else "2025 Po") if m == 0 else None
            row(ylab, pt[m], ex[m], exprev[m], prev_e, im[m], imprev[m], prev_i)
    for r in ws.iter_rows(min_row=6):
        for cell in r[4:5] + r[7:8]:
            if cell.value is None and r[1].value == "Ano / Year":
                cell.value = "-"
    ws.append([])
    ws.append(["Po - dados provisórios / provisional data. tvh - taxa de variação homóloga (face ao mesmo mês do ano anterior) / year-on-year rate of change; "
               "tvc - taxa de variação em cadeia (face ao mês anterior) / month-on-month rate of change."])
    ws.append(["Taxa de cobertura = Exportações / Importações x 100. Dados não ajustados de sazonalidade / data not seasonally adjusted."])
    ws.append(["Fonte / Source: INE, Estatísticas do Comércio Internacional de Bens"])
    wb.save(OUT / "pt_ine_comercio_internacional_quadro1_2024_2025.xlsx")


# ---------------------------------------------------------------- 5. UAE (FCSC) multi-flow by partner, XLSX, no total row
def uae() -> None:
    partners = [
        ("China", "الصين", 96800, 11800, 27600), ("India", "الهند", 38900, 24100, 21300),
        ("United States", "الولايات المتحدة", 32400, 6900, 7800), ("Saudi Arabia", "المملكة العربية السعودية", 15200, 21900, 31800),
        ("Iraq", "العراق", 1900, 10600, 31500), ("Türkiye", "تركيا", 17800, 12900, 9100),
        ("Japan", "اليابان", 22600, 1400, 2300), ("Switzerland", "سويسرا", 7300, 27800, 3100),
        ("Hong Kong SAR", "هونغ كونغ", 6900, 10400, 9800), ("Oman", "عُمان", 5300, 8700, 19900),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Top partners"
    ws.append(["Non-oil foreign trade of the UAE with top 10 trading partners, first half of 2024 and 2025"])
    ws.append(["التجارة الخارجية غير النفطية لدولة الإمارات مع أهم 10 شركاء تجاريين، النصف الأول 2024 و2025"])
    ws.append(["Value: AED million / القيمة: مليون درهم"])
    ws.append(["Country", "الدولة", "H1 2024", None, None, "H1 2025*", None, None])
    ws.append([None, None, "Imports", "Non-oil exports", "Re-exports", "Imports", "Non-oil exports", "Re-exports"])
    body = []
    for name, ar, im, ex, rx in partners:
        g = [1 + rng.normal(0.12, 0.08) for _ in range(3)]
        v24 = [r1(im * (1 + rng.normal(0, 0.03))), r1(ex * (1 + rng.normal(0, 0.03))), r1(rx * (1 + rng.normal(0, 0.03)))]
        v25 = [r1(v24[0] * g[0]), r1(v24[1] * g[1]), r1(v24[2] * g[2])]
        body.append([name, ar] + v24 + v25)
    body.sort(key=lambda r: -sum(r[5:8]))
    for r in body:
        ws.append(r)
    ws.append([])
    ws.append(["* Preliminary. Partners ranked by total non-oil trade in H1 2025. Non-oil trade = imports + non-oil exports + re-exports; free-zone trade included."])
    ws.append(["Source: Federal Competitiveness and Statistics Centre (FCSC) / المصدر: المركز الاتحادي للتنافسية والإحصاء"])
    ws.merge_cells("C4:E4")
    ws.merge_cells("F4:H4")
    ws["C4"].alignment = Alignment(horizontal="center")
    wb.save(OUT / "ae_fcsc_nonoil_trade_top10_partners_H1_2024_2025.xlsx")


# ---------------------------------------------------------------- 6. Nigeria (NBS) tidy long, CSV
def nigeria() -> None:
    quarters = [f"Q{q} {y}" for y in (2023, 2024, 2025) for q in (1, 2, 3, 4)][:10]
    level = [1.0, 1.08, 1.25, 1.41, 2.15, 2.71, 3.02, 3.18, 3.30, 3.12]
    exp_p = {"India": 705, "Spain": 540, "France": 410, "Netherlands": 455, "United States": 260,
             "China": 95, "Belgium": 120, "Côte d'Ivoire": 150}
    imp_p = {"India": 210, "Spain": 55, "France": 135, "Netherlands": 330, "United States": 410,
             "China": 1060, "Belgium": 460, "Côte d'Ivoire": 12}
    path = OUT / "ng_nbs_foreign_trade_partner_long_2023Q1_2025Q2.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["Period", "Country", "Trade Flow", "Value (₦ billion)", "Status"])
        for qi, q in enumerate(quarters):
            for flow, p in (("Exports", exp_p), ("Imports", imp_p)):
                for k, v in p.items():
                    val = v * level[qi] * (1 + rng.normal(0, 0.07))
                    w.writerow([q, k, flow, f"{val:.2f}", "Provisional" if q.endswith("2025") else "Final"])


# ---------------------------------------------------------------- 7. Pakistan (PBS) by commodity, XLSX
def pakistan() -> None:
    # (label, indent, fy25, fy24, jun25, jun24) ; items summed into groups
    food = [("Rice", 3380.6, 3932.7, 268.4, 401.9), ("of which: Basmati", 872.3, 880.1, 74.6, 61.3),
            ("Fish & fish preparations", 492.8, 455.1, 38.2, 35.7), ("Fruits", 297.6, 267.3, 44.9, 57.6),
            ("Vegetables", 362.4, 306.9, 25.3, 21.4), ("Meat & meat preparations", 512.7, 466.2, 41.8, 37.6),
            ("Other food items", 2318.9, 2112.4, 171.2, 160.5)]
    textile = [("Raw cotton", 9.8, 104.6, 0.2, 3.1), ("Cotton yarn", 908.4, 1101.6, 61.2, 96.3),
               ("Cotton cloth", 2020.5, 2128.9, 158.7, 171.9), ("Knitwear", 5342.9, 4530.8, 427.6, 380.1),
               ("Bedwear", 3421.6, 3112.0, 263.9, 246.4), ("Towels", 1159.8, 1106.9, 90.8, 84.3),
               ("Readymade garments", 4215.7, 3611.2, 344.8, 279.5), ("Art, silk & synthetic textile", 318.5, 408.1, 22.9, 29.2),
               ("Other textile materials", 1106.3, 1049.7, 80.5, 77.0)]
    petro = [("Petroleum products (excl. top naphtha)", 298.4, 368.1, 15.3, 31.7), ("Other petroleum", 96.2, 118.8, 6.4, 9.1)]
    othm = [("Carpets, rugs & mats", 81.6, 78.2, 6.1, 5.9), ("Sports goods", 416.9, 389.6, 29.8, 31.4),
            ("of which: Footballs", 169.3, 151.2, 12.7, 11.9), ("Leather manufactures", 715.4, 663.5, 52.1, 49.7),
            ("of which: Leather garments", 352.1, 338.9, 24.6, 25.2), ("Surgical & medical instruments", 505.2, 462.8, 41.3, 38.9),
            ("Chemicals & pharmaceutical products", 1608.7, 1479.3, 131.6, 121.2), ("Engineering goods", 302.6, 264.1, 24.9, 22.3),
            ("Cement", 297.1, 248.5, 28.7, 19.4), ("Other manufactures n.e.s.", 1496.1, 1413.8, 118.2, 109.5)]
    allother = 1402.5, 1317.9, 96.7, 110.2

    def gsum(items):
        sel = [it for it in items if not it[0].startswith("of which")]
        return [r1(sum(it[j] for it in sel)) for j in range(1, 5)]

    groups = [("A. Food Group", food), ("B. Textile Group", textile), ("C. Petroleum Group", petro), ("D. Other Manufactures", othm)]
    gtot = {g: gsum(items) for g, items in groups}
    grand = [r1(sum(gtot[g][j] for g, _ in groups) + allother[j]) for j in range(4)]

    def pc(a, b):
        return r1((a / b - 1) * 100)

    wb = Workbook()
    ws = wb.active
    ws.title = "Exports"
    ws.append(["PAKISTAN BUREAU OF STATISTICS"])
    ws.append(["EXPORTS OF SELECTED COMMODITIES, JUNE 2025 AND JULY-JUNE 2024-25"])
    ws.append([None, None, None, None, None, None, None, "(Value in Million US$)"])
    ws.append(["S.No", "Commodities", "June 2025", "June 2024", "% Change", "July-June 2024-25 (P)", "July-June 2023-24", "% Change"])
    ws.append([None, "TOTAL", grand[2], grand[3], pc(grand[2], grand[3]), grand[0], grand[1], pc(grand[0], grand[1])])
    sno = 0
    for g, items in groups:
        t = gtot[g]
        ws.append([None, g, t[2], t[3], pc(t[2], t[3]), t[0], t[1], pc(t[0], t[1])])
        for it in items:
            if it[0].startswith("of which"):
                label, num = "      " + it[0], None
            else:
                sno += 1
                label, num = "   " + it[0], sno
            ws.append([num, label, it[3], it[4], pc(it[3], it[4]), it[1], it[2], pc(it[1], it[2])])
    ws.append([None, "E. All Other Items", allother[2], allother[3], pc(allother[2], allother[3]), allother[0], allother[1], pc(allother[0], allother[1])])
    ws.append([])
    ws.append(["P: Provisional. 'of which' items are included in the item above them and are not added again."])
    ws.append(["Figures may not add up due to rounding. Source: PBS, compiled from data of Pakistan Revenue Automation (PRAL)."])
    wb.save(OUT / "pk_pbs_exports_commodities_jun2025.xlsx")


if __name__ == "__main__":
    finland(); denmark(); czechia(); portugal(); uae(); nigeria(); pakistan()
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)
