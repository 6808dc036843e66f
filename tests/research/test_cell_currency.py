"""Currency from the number format of workbook cells (XLSX and ODS), when nothing else says."""

import io
import zipfile
from xml.sax.saxutils import escape, quoteattr

import pytest
from openpyxl import Workbook

from infoview.research import read_research
from infoview.research.formats import column_currencies, format_currency


def xlsx(rows: list[list], formats: dict[int, str], title: str = "Sheet") -> bytes:
    """A workbook of `rows` whose numbers in column `i` (0-based) carry `formats[i]`."""
    book = Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
        for index, number_format in formats.items():
            cell = sheet.cell(sheet.max_row, index + 1)
            if isinstance(cell.value, int | float):
                cell.number_format = number_format
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


ODS_STYLES = """<office:automatic-styles>
<number:currency-style style:name="N1"><number:currency-symbol number:language="de"
 number:country="DE">€</number:currency-symbol><number:number number:decimal-places="2"
 number:min-integer-digits="1" number:grouping="true"/></number:currency-style>
<number:currency-style style:name="N2"><number:number number:decimal-places="0"
 number:min-integer-digits="1"/><number:text> </number:text><number:currency-symbol
 number:language="es" number:country="AR">$</number:currency-symbol></number:currency-style>
<style:style style:name="euro" style:family="table-cell" style:data-style-name="N1"/>
<style:style style:name="peso" style:family="table-cell" style:data-style-name="N2"/>
</office:automatic-styles>"""


def ods_cell(value: object, style: str = "", currency: str = "") -> str:
    """One cell: text, or a number (a currency value when `currency` is given)."""
    styled = f" table:style-name={quoteattr(style)}" if style else ""
    if isinstance(value, str):
        kind = 'office:value-type="string"'
    elif currency:
        kind = f'office:value-type="currency" office:currency="{currency}" office:value="{value}"'
    else:
        kind = f'office:value-type="float" office:value="{value}"'
    text = escape(str(value))
    return f"<table:table-cell {kind}{styled}><text:p>{text}</text:p></table:table-cell>"


def ods(sheets: dict[str, list[list[str]]], columns: dict[str, str] | None = None) -> bytes:
    """A minimal ODS: `sheets` of rows of ready-made cells; `columns` gives a sheet's columns
    (`<table:table-column .../>` elements) before its rows."""
    tables = "".join(
        f"<table:table table:name={quoteattr(name)}>{(columns or {}).get(name, '')}"
        + "".join(f"<table:table-row>{''.join(row)}</table:table-row>" for row in rows)
        + "</table:table>"
        for name, rows in sheets.items()
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"'
        ' office:version="1.2">'
        f"{ODS_STYLES}<office:body><office:spreadsheet>{tables}</office:spreadsheet>"
        "</office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
        ' manifest:version="1.2"><manifest:file-entry manifest:full-path="/"'
        ' manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(
            "mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED
        )
        archive.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def pay_currencies(name: str, data: bytes) -> list[tuple[str, str, list[str], list[str]]]:
    """(sheet, pay column, currencies per row, issue codes) of each salary table."""
    research = read_research(name, data)
    assert research.error is None
    return [
        (
            table.sheet,
            table.columns[table.pay_role()],
            list(table.values["currency"]),
            [issue.code for issue in table.issues],
        )
        for table in research.tables
        if table.kind == "salary"
    ]


@pytest.mark.parametrize(
    ("code", "currency"),
    [
        ("[$€-407]#,##0.00", "EUR"),
        ('"£"#,##0', "GBP"),
        ("#,##0 [$EUR]", "EUR"),
        ('#,##0.00\\ "€"', "EUR"),
        ("[$$-409]#,##0", "USD"),
        ("[$$-C09]#,##0.00", "AUD"),
        ("[$$-2C0A] #,##0", "ARS"),
        ("[$R$-416] #,##0.00", "BRL"),
        ("[$CHF] #,##0", "CHF"),
        ("$#,##0_);($#,##0)", "USD"),
        ("[$-409]mmmm d, yyyy", None),  # a locale tag on a date: no currency
        ("[$-F800]dddd, mmmm dd, yyyy", None),
        ("0.0%", None),
        ("#,##0", None),
        ('#,##0 "kr"', None),  # kroner of three countries: the format alone cannot tell
        ('"Total: "@', None),
    ],
)
def test_a_number_format_names_its_currency(code, currency):
    assert format_currency(code) == currency


EURO_SALARIES = [
    ["Position", "Stadt", "Jahresgehalt"],
    ["Datenanalyst", "Leipzig", 52000],
    ["Datenanalyst", "Bremen", 55500],
    ["Controller", "Leipzig", 61000],
]
# A second shape: a survey under a title row, pay in pounds without any mark in the text
POUND_SURVEY = [
    ["Pay survey of finance teams, spring"],
    [],
    ["Job title", "Region", "Annual pay", "Years in role"],
    ["Management Accountant", "North West", 41000, 4],
    ["Financial Analyst", "Midlands", 36500, 2],
    ["Finance Manager", "North West", 58000, 9],
]


def test_xlsx_euro_format_gives_euros_to_a_salary_table():
    data = xlsx(EURO_SALARIES, {2: "#,##0 [$€-407]"}, title="Gehälter")
    assert column_currencies(data) == {"Gehälter": {2: "EUR"}}
    assert pay_currencies("gehaelter.xlsx", data) == [("Gehälter", "Jahresgehalt", ["EUR"] * 3, [])]


def test_xlsx_pound_format_under_a_title_row_gives_pounds():
    data = xlsx(POUND_SURVEY, {2: '"£"#,##0', 3: "0"})
    assert pay_currencies("survey.xlsx", data) == [
        ("Sheet", "Annual pay", ["GBP"] * 3, ["header-below-title"])
    ]


def test_without_a_currency_format_the_amounts_stay_assumed_dollars():
    data = xlsx(POUND_SURVEY, {2: "#,##0"})
    assert column_currencies(data) == {}
    ((_, _, currencies, codes),) = pay_currencies("survey.xlsx", data)
    assert currencies == ["USD"] * 3
    assert "currency-assumed" in codes


def test_a_header_or_a_currency_column_says_otherwise_over_the_format():
    named = [["Role", "Salary (USD)"], ["Analyst", 70000], ["Engineer", 90000]]
    ((_, _, currencies, _),) = pay_currencies("named.xlsx", xlsx(named, {1: '"£"#,##0'}))
    assert currencies == ["USD", "USD"]
    columned = [["Role", "Salary", "Currency"], ["Analyst", 70000, "CHF"], ["Buyer", 90000, "EUR"]]
    ((_, _, currencies, _),) = pay_currencies("column.xlsx", xlsx(columned, {1: '"£"#,##0'}))
    assert currencies == ["CHF", "EUR"]


def test_each_sheet_and_column_keeps_its_own_format():
    book = Workbook()
    first = book.active
    first.title = "Berlin"
    second = book.create_sheet("London")
    for sheet, mark in ((first, "[$€-407]#,##0"), (second, '"£"#,##0')):
        sheet.append(["Role", "Base salary", "Bonus"])
        sheet.append(["Analyst", 50000, 4000])
        sheet.append(["Engineer", 65000, 6000])
        for row in (2, 3):
            sheet.cell(row, 2).number_format = mark
            sheet.cell(row, 3).number_format = "[$$-409]#,##0"
    out = io.BytesIO()
    book.save(out)
    assert column_currencies(out.getvalue()) == {
        "Berlin": {1: "EUR", 2: "USD"},
        "London": {1: "GBP", 2: "USD"},
    }
    tables = read_research("two.xlsx", out.getvalue()).tables
    assert [list(t.values["base_currency"]) for t in tables] == [["EUR", "EUR"], ["GBP", "GBP"]]
    assert [list(t.values["bonus_currency"]) for t in tables] == [["USD", "USD"]] * 2


def test_ods_currency_style_of_cells_and_of_columns():
    header = [ods_cell("Puesto"), ods_cell("Ciudad"), ods_cell("Salario bruto anual")]
    euro_rows = [
        header,
        [ods_cell("Analista"), ods_cell("Sevilla"), ods_cell(31000, "euro")],
        [ods_cell("Contable"), ods_cell("Bilbao"), ods_cell(34500, "euro")],
    ]
    # a second shape: the currency style set once on the column, the cells plain numbers
    columns = (
        '<table:table-column table:number-columns-repeated="2"/>'
        '<table:table-column table:default-cell-style-name="peso"/>'
    )
    peso_rows = [
        header,
        [ods_cell("Analista"), ods_cell("Rosario"), ods_cell(9600000)],
        [ods_cell("Contador"), ods_cell("Mendoza"), ods_cell(11200000)],
    ]
    data = ods({"España": euro_rows, "Argentina": peso_rows}, {"Argentina": columns})
    assert column_currencies(data) == {"España": {2: "EUR"}, "Argentina": {2: "ARS"}}
    assert [c[2] for c in pay_currencies("sueldos.ods", data)] == [["EUR", "EUR"], ["ARS", "ARS"]]


def test_ods_currency_cells_name_their_currency_themselves():
    rows = [
        [ods_cell("Job title"), ods_cell("Salary")],
        [ods_cell("Buyer"), ods_cell(32000, currency="GBP")],
        [ods_cell("Planner"), ods_cell(35000, currency="GBP")],
    ]
    assert [c[2] for c in pay_currencies("pay.ods", ods({"Pay": rows}))] == [["GBP", "GBP"]]


def test_damaged_or_foreign_archives_give_no_formats():
    assert column_currencies(b"Role,Salary\nAnalyst,1\n") == {}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook><sheets><sheet name='A' r:id='x'/>")
        archive.writestr("xl/styles.xml", "<styleSheet><numFmts><numFmt numFmtId='164'")
    assert column_currencies(out.getvalue()) == {}
