"""Write the research import fixtures in tests/data/ (run with the venv; output is committed).

All figures, names and companies are made up. `password_protected.xlsx` is the only fixture not
written here: it is `hand_kept_research_four_sheets.xlsx` encrypted once with the password
"research" by msoffcrypto-tool, which the project does not depend on.
"""

from __future__ import annotations

import csv
import io
import random
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

OUT = Path(__file__).resolve().parents[1] / "tests" / "data"

OEWS_HEADER = (
    "Occupation code",
    "Occupation title",
    "Area name",
    "Employment",
    "Hourly mean wage",
    "Annual mean wage",
    "Hourly median wage",
    "Annual median wage",
    "Annual 10th percentile wage",
    "Annual 90th percentile wage",
)
OEWS_ROWS = (
    (
        "13-2011",
        "Accountants and Auditors",
        "Detroit-Warren-Dearborn, MI",
        21350,
        41.2,
        85690,
        38.9,
        80910,
        52340,
        128400,
    ),
    (
        "13-2051",
        "Financial and Investment Analysts",
        "Detroit-Warren-Dearborn, MI",
        4120,
        47.85,
        99530,
        43.1,
        89650,
        58820,
        "#",
    ),
    (
        "11-3031",
        "Financial Managers",
        "Detroit-Warren-Dearborn, MI",
        9870,
        "#",
        "#",
        72.4,
        150590,
        88300,
        "#",
    ),
    (
        "13-2031",
        "Budget Analysts",
        "Detroit-Warren-Dearborn, MI",
        "*",
        39.05,
        81220,
        "*",
        "*",
        55010,
        110870,
    ),
    (
        "43-3031",
        "Bookkeeping, Accounting, and Auditing Clerks",
        "Detroit-Warren-Dearborn, MI",
        15230,
        23.4,
        48670,
        22.85,
        47530,
        33120,
        64990,
    ),
)
OEWS_FOOTNOTES = (
    "Footnotes:",
    "(#) The wage is at or above the top value the survey publishes ($115.00 an hour or "
    "$239,200 a year).",
    "(*) The estimate is not available.",
    "Source: an occupational wage survey, May 2026 (figures invented for tests).",
)

COMP_HEADER = (
    "Company",
    "Title",
    "Level",
    "Location",
    "Years of Experience",
    "Base",
    "Bonus",
    "Stock",
    "Total",
    "Date",
)
COMP_ROWS = (
    (
        "Northwind Motors",
        "Financial Analyst",
        "L2",
        "Detroit, MI",
        "3",
        "$72,000",
        "$6K",
        "$0",
        "$78,000",
        "2026-03-14",
    ),
    (
        "Great Lakes Mobility",
        "Financial Analyst",
        "L3",
        "Detroit, MI",
        "5",
        "$81k",
        "$8,500",
        "$12k",
        "$101,500",
        "4/2/2026",
    ),
    (
        "Prairie Freight",
        "Senior Financial Analyst",
        "Senior",
        "Chicago, IL",
        "7",
        "95,000 - 105,000",
        "10%",
        "n/a",
        "~$112k",
        "Q1 2026",
    ),
    (
        "Midway Logistics",
        "FP&A Manager",
        "M1",
        "Chicago, IL",
        "10",
        "$128,000",
        "$19,000",
        "$25,000",
        "$172,000",
        "2026-01-30",
    ),
    (
        "Lakeshore Auto Parts",
        "Cost Accountant",
        "II",
        "Detroit, MI",
        "4",
        "$31.50/hr",
        "",
        "",
        "",
        "2025-11-05",
    ),
)

SALARY = (
    ("Role", "Company", "City", "Salary range", "Source", "Date"),
    ("Financial Analyst", "Northwind Motors", "Detroit", "$62k–$70k", "Job posting", 46096),
    (
        "Financial Analyst",
        "Prairie Freight",
        "Chicago",
        "58,000 - 66,000",
        "Pay survey",
        "2026-02-01",
    ),
    (
        "Senior Financial Analyst",
        "Northwind Motors",
        "Detroit",
        "150-180k",
        "Recruiter call",
        "Q3 2026",
    ),
    (
        "Cost Accountant",
        "Lakeshore Auto Parts",
        "Detroit",
        "$65,000/yr",
        "Job posting",
        "9/14/2026",
    ),
)
TRENDS = (
    ("Trend", "Why it matters", "Source", "Link", "Ask about?"),
    (
        "Rolling forecasts replace annual budgets",
        "Analysts re-forecast every quarter",
        "Industry newsletter",
        "https://example.org/forecasts",
        "yes",
    ),
    (
        "Plants shift to battery production",
        "Cost models change per cell",
        "Trade magazine",
        "https://example.org/battery",
        "",
    ),
    ("Shared-service centres grow", "Entry work moves to analysis", "Consulting report", "", "x"),
)
ORG = (
    ("Department", "Title", "Person", "Reports to", "Known?"),
    ("Finance", "Chief Financial Officer", "Dana Whitfield", "CEO", "yes"),
    ("Finance", "VP Financial Planning & Analysis", "?", "Chief Financial Officer", "no"),
    ("Finance", "Controller", "Ravi Menon", "Chief Financial Officer", "yes"),
    ("Procurement", "Head of Supplier Finance", "", "Chief Financial Officer", "no"),
)
CONTACTS = (
    ("Name", "Company", "Title", "Email", "Referred by", "Met?"),
    ("Ana Ruiz", "Northwind Motors", "Controller", "ana.ruiz@example.com", "Prof. Lee", "yes"),
    ("Tom Becker", "Prairie Freight", "FP&A Manager", "tom.becker@example.com", "Ana Ruiz", ""),
)

EURO_ROWS = (
    ("Position", "Unternehmen", "Standort", "Grundgehalt", "Bonus"),
    ("Finanzanalyst", "Nordwind AG", "München", "68.500,00 €", "5.000 €"),
    ("Finanzanalyst", "Seeblick GmbH", "Köln", "€55.000", "n/a"),
    ("Controller", "Nordwind AG", "München", "72.000 €", "7.500,00 €"),
)
SPANISH_ROWS = (
    ("Puesto", "Empresa", "Ciudad", "Salario", "Fuente"),
    ("Analista financiero", "Viento Norte SA", "Madrid", "€38.000", "Portal de empleo"),
    ("Contable", "Lago Azul SL", "Valencia", "32.000 - 36.000 €", "Encuesta salarial"),
)
FRENCH_ROWS = (
    ("Tendance", "Résumé", "Source", "Date", "À demander ?"),
    (
        "Les prévisions glissantes remplacent le budget",
        "Révisions chaque trimestre",
        "Lettre du secteur",
        "2026-05-04",
        "oui",
    ),
    (
        "Les centres de services partagés grandissent",
        "Moins de saisie, plus d'analyse",
        "Cabinet de conseil",
        "T2 2026",
        "",
    ),
)
GERMAN_ROWS = (
    ("Abteilung", "Titel", "Person", "Berichtet an", "Bekannt"),
    ("Finanzen", "Finanzvorstand", "Jana Schulz", "Vorstand", "ja"),
    ("Finanzen", "Leitung Controlling", "", "Finanzvorstand", "nein"),
)
CONTACT_PIPE_ROWS = (
    ("Name", "Company", "Email", "Referred by"),
    ("Lea Martin", "Seeblick GmbH", "lea.martin@example.com", "Ana Ruiz"),
    ("Omar Haddad", "Viento Norte SA", "omar.haddad@example.com", ""),
)
HOSTILE_ROWS = (
    ("Note", "Topic"),
    ('=HYPERLINK("http://example.com","click")', "formula"),
    ("<script>alert('x')</script>", "markup"),
    ("bell\x07 and escape\x1b[31m red", "control characters"),
    ("+SUM(1,2)", "formula"),
)


def _csv_text(rows, delimiter: str = ",", newline: str = "\n") -> str:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator=newline).writerows(rows)
    return buffer.getvalue()


def _workbook(sheets: dict[str, tuple], path: Path) -> None:
    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(list(row))
    workbook.save(path)


def oews_wages() -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "May 2026"
    sheet.append(["Occupational employment and wages by area, May 2026"])
    sheet.merge_cells("A1:J1")
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append(["Detroit-Warren-Dearborn, MI metropolitan area"])
    sheet.merge_cells("A2:J2")
    sheet.append([])
    sheet.append(["", "", "", "", "Mean", "", "Median", "", "Percentiles", ""])
    sheet.merge_cells("E4:F4")
    sheet.merge_cells("G4:H4")
    sheet.merge_cells("I4:J4")
    sheet.append(list(OEWS_HEADER))
    for row in OEWS_ROWS:
        sheet.append(list(row))
    sheet.append([])
    for note in OEWS_FOOTNOTES:
        sheet.append([note])
    workbook.save(OUT / "oews_wages_title_footnotes_markers.xlsx")


ODS_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
 manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/"
  manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"""
ODS_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
 <office:body><office:spreadsheet><table:table table:name="Contactos">{rows}</table:table>
 </office:spreadsheet></office:body>
</office:document-content>
"""
ODS_ROWS = (
    ("Nombre", "Empresa", "Cargo", "Correo", "Referido por"),
    ("Lucía Gómez", "Viento Norte SA", "Controller", "lucia.gomez@example.com", "Ana Ruiz"),
    ("Pablo Ortega", "Lago Azul SL", "Analista", "pablo.ortega@example.com", ""),
)


def ods_contacts() -> None:
    """A minimal OpenDocument spreadsheet, written by hand: no ODS writer is installed."""

    def cell(text: str) -> str:
        return (
            '<table:table-cell office:value-type="string">'
            f"<text:p>{text}</text:p></table:table-cell>"
        )

    rows = "".join(
        "<table:table-row>" + "".join(cell(c) for c in row) + "</table:table-row>"
        for row in ODS_ROWS
    )
    with zipfile.ZipFile(OUT / "contacts_spanish_headers.ods", "w") as ods:
        ods.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        ods.writestr("META-INF/manifest.xml", ODS_MANIFEST, zipfile.ZIP_DEFLATED)
        ods.writestr("content.xml", ODS_CONTENT.format(rows=rows), zipfile.ZIP_DEFLATED)


def hostile() -> None:
    (OUT / "empty.csv").write_bytes(b"")
    (OUT / "header_only.csv").write_text("Role,Company,Base salary\n", encoding="utf-8")
    good = (OUT / "hand_kept_research_four_sheets.xlsx").read_bytes()
    (OUT / "truncated.xlsx").write_bytes(good[: len(good) // 2])
    (OUT / "random_bytes.xlsx").write_bytes(random.Random(3).randbytes(4096))
    (OUT / "csv_named.xlsx").write_text(_csv_text(SPANISH_ROWS), encoding="utf-8")
    wide = [[f"Field {i}" for i in range(1, 2001)], [str(i) for i in range(2000)]]
    (OUT / "two_thousand_columns.csv").write_text(_csv_text(wide), encoding="utf-8")
    (OUT / "formulas_script_control_chars.csv").write_text(
        _csv_text(HOSTILE_ROWS), encoding="utf-8"
    )
    _workbook({"Salary": SALARY, "Empty": ()}, OUT / "empty_sheet_among_others.xlsx")
    (OUT / "unclosed_quote.csv").write_text(
        'Role,Base\nAnalyst,"$68,000\nClerk,41000\n', encoding="utf-8"
    )
    (OUT / "stray_carriage_return.csv").write_bytes(b"Role,Base\nAnal\ryst,68000\nClerk,41000\n")
    (OUT / "unclosed_quote_huge_field.csv").write_text(
        'Role,Note\nAnalyst,"' + "long note " * 14_000, encoding="utf-8"
    )
    with zipfile.ZipFile(OUT / "plain_zip_named.xlsx", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("notes.txt", "Salaries to check: analyst, controller.\n")
    with zipfile.ZipFile(OUT / "zip_bomb.xlsx", "w", zipfile.ZIP_DEFLATED) as bomb:
        with zipfile.ZipFile(io.BytesIO(good)) as source:
            for entry in source.infolist():
                bomb.writestr(entry, source.read(entry))
        with bomb.open("xl/worksheets/padding.xml", "w") as padding:
            block = b" " * (1024 * 1024)
            for _ in range(300):
                padding.write(block)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    oews_wages()
    (OUT / "comp_site_export_bom.csv").write_text(
        _csv_text((COMP_HEADER, *COMP_ROWS)), encoding="utf-8-sig"
    )
    _workbook(
        {"Salary": SALARY, "Trends": TRENDS, "Org chart": ORG, "Contacts": CONTACTS},
        OUT / "hand_kept_research_four_sheets.xlsx",
    )
    (OUT / "semicolon_cp1252_euro_crlf.csv").write_bytes(
        _csv_text(EURO_ROWS, ";", "\r\n").encode("cp1252")
    )
    (OUT / "spanish_headers.csv").write_text(_csv_text(SPANISH_ROWS), encoding="utf-8")
    (OUT / "french_headers_semicolon.csv").write_text(_csv_text(FRENCH_ROWS, ";"), encoding="utf-8")
    (OUT / "german_headers_tab.tsv").write_text(_csv_text(GERMAN_ROWS, "\t"), encoding="utf-8")
    (OUT / "contacts_pipe_utf16.csv").write_text(
        _csv_text(CONTACT_PIPE_ROWS, "|"), encoding="utf-16"
    )
    ods_contacts()
    hostile()


if __name__ == "__main__":
    main()
