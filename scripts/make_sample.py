"""Write data/sample_research.xlsx: fictional research a seeker might bring (run with the venv)."""

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

OUT = Path(__file__).resolve().parents[1] / "data" / "sample_research.xlsx"

SALARY = [
    ("Role", "Location", "Company", "Base salary", "Source"),
    ("Financial Analyst", "Detroit, MI", "Northwind Motors", "$68,000", "Pay survey 2026"),
    ("Financial Analyst", "Detroit, MI", "Lakeshore Auto Parts", "$64k", "Job posting"),
    ("Financial Analyst", "Detroit, MI", "Great Lakes Mobility", "$71,500", "Pay survey 2026"),
    ("Financial Analyst", "Chicago, IL", "Prairie Freight", "$70k-$76k", "Job posting"),
    ("Financial Analyst", "Chicago, IL", "Midway Logistics", "$74,000", "Pay survey 2026"),
    ("Senior Financial Analyst", "Detroit, MI", "Northwind Motors", "$86,000", "Pay survey 2026"),
    ("Senior Financial Analyst", "Detroit, MI", "Great Lakes Mobility", "$91k", "Job posting"),
    ("Cost Accountant", "Detroit, MI", "Lakeshore Auto Parts", "$63,500", "Pay survey 2026"),
    ("Cost Accountant", "Detroit, MI", "Northwind Motors", "$31.50/hr", "Job posting"),
    ("FP&A Manager", "Detroit, MI", "Northwind Motors", "$118,000", "Pay survey 2026"),
]
TRENDS = [
    ("Headline", "Takeaway", "Date", "Source", "Ask about?"),
    (
        "Automakers are moving finance teams toward rolling forecasts",
        "Quarterly re-forecasting replaces the annual budget cycle",
        "2026-09-14",
        "Industry newsletter",
        "yes",
    ),
    (
        "Battery plant investments are reshaping supplier cost models",
        "Cost accountants now model per-cell costs",
        "2026-08-02",
        "Trade magazine",
        "yes",
    ),
    (
        "Shared-service centres take over routine accounting work",
        "Entry roles shift toward analysis and business partnering",
        "2026-06-21",
        "Consulting report",
        "",
    ),
    (
        "Tariff changes push parts makers to re-source components",
        "Analysts spend more time on scenario planning",
        "2026-10-05",
        "Business daily",
        "",
    ),
]
ORG = [
    ("Department", "Title", "Person", "Reports to", "Known?"),
    ("Finance", "Chief Financial Officer", "Dana Whitfield", "CEO", "yes"),
    ("Finance", "VP Financial Planning & Analysis", "", "Chief Financial Officer", "no"),
    ("Finance", "Controller", "Ravi Menon", "Chief Financial Officer", "yes"),
    ("Finance", "Director of Cost Accounting", "", "Controller", "no"),
    ("Operations", "VP Manufacturing", "Elena Brandt", "CEO", "yes"),
    ("Procurement", "Head of Supplier Finance", "", "Chief Financial Officer", "no"),
]

# Rows above a table that say what it holds; the org chart's names the organization it is of.
TITLES = {
    "Salaries": "Finance pay in the Great Lakes region (fictional sample)",
    "Org chart": "Northwind Motors org chart (fictional sample)",
}


def main() -> None:
    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, rows in (("Salaries", SALARY), ("Trends", TRENDS), ("Org chart", ORG)):
        sheet = workbook.create_sheet(title)
        if title in TITLES:
            sheet.append([TITLES[title]])
            sheet.append([])
        for row in rows:
            sheet.append(list(row))
        header = sheet.max_row - len(rows) + 1
        for cell in sheet[header]:
            cell.font = Font(bold=True)
        for column in sheet.columns:
            sheet.column_dimensions[column[0].column_letter].width = 26
    workbook.save(OUT)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
