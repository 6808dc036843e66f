"""The currency a workbook's cell number format shows (`[$€-407]#,##0.00`, `"£"#,##0`, an ODS
currency style): read from the file's XML, for the first rows of each sheet only.

The spreadsheet engine reads values without their formats; this reads only the styles and the
first rows of each sheet, and nothing at all when the workbook defines no currency format.
"""

from __future__ import annotations

import html
import io
import posixpath
import re
import zipfile
from collections import Counter
from collections.abc import Iterator

from infoview.research.bounds import column_number
from infoview.research.normalize import CURRENCY_CODES
from infoview.research.places import COUNTRY_CURRENCY
from infoview.research.sniff import ZIP_MAGIC

# What is read of each sheet: enough for the header and a few dozen rows of a wide table.
SCAN_BYTES = 96 * 1024
SCAN_ROWS = 60
CHUNK_BYTES = 1024 * 1024
# A dollar sign's country, by the Windows locale id of `[$$-409]` (Excel's currency formats).
DOLLAR_LOCALES = {
    "409": "USD",
    "1009": "CAD",
    "c09": "AUD",
    "1409": "NZD",
    "80a": "MXN",
    "2c0a": "ARS",
    "340a": "CLP",
    "240a": "COP",
    "1004": "SGD",
    "c04": "HKD",
}
# Marks a format may show besides the codes and symbols the money grammar knows.
EXTRA_MARKS = {"kr": None, "kr.": None, "zł": "PLN", "r": None, "₩": "KRW", "₺": "TRY"}
_BRACKET = re.compile(r"\[\$([^\]-]*)(?:-([0-9A-Fa-f]+))?\]")
_QUOTED = re.compile(r'"([^"]*)"')
_ESCAPED = re.compile(r"\\(.)")
_ATTRIBUTE = re.compile(r'([\w:-]+)="([^"]*)"')

ColumnCurrencies = dict[str, dict[int, str]]


def format_currency(code: str) -> str | None:
    """The ISO code a number format shows: `[$€-407]#,##0.00` -> EUR, `"£"#,##0` -> GBP,
    `#,##0 [$EUR]` -> EUR, `[$$-C09]#,##0` -> AUD; None for formats without a currency (dates,
    percentages, a locale tag alone such as `[$-409]`)."""
    if not re.search(r"[0#?]", _QUOTED.sub("", code)):
        return None  # text or date formats show no amount
    for symbol, locale in _BRACKET.findall(code):
        found = _mark_currency(symbol, locale.lower())
        if found:
            return found
    for literal in _QUOTED.findall(code) + _ESCAPED.findall(code):
        found = _mark_currency(literal)
        if found:
            return found
    bare = _ESCAPED.sub("", _QUOTED.sub("", _BRACKET.sub("", code)))
    symbol = re.search(r"[$€£¥₹]", bare)
    return _mark_currency(symbol.group()) if symbol else None


def _mark_currency(mark: str, locale: str = "") -> str | None:
    """The ISO code of a currency mark (`€`, `EUR`, `US$`), a dollar by its locale."""
    mark = mark.strip().lower()
    if not mark:
        return None
    if mark == "$" and locale:
        return DOLLAR_LOCALES.get(locale.lstrip("0"), "USD")
    if mark in CURRENCY_CODES:
        return CURRENCY_CODES[mark]
    if mark in EXTRA_MARKS:
        return EXTRA_MARKS[mark]
    return mark.upper() if re.fullmatch(r"[a-z]{3}", mark) and mark.upper() in _ISO else None


# ISO codes a format may spell out (`[$CHF]`, `#,##0 "SEK"`): those the places map to.
_ISO = frozenset(COUNTRY_CURRENCY.values())


def column_currencies(data: bytes) -> ColumnCurrencies:
    """Per sheet name, the currency each column's amounts are formatted in (0-based column ->
    ISO code), from the first rows of an XLSX or ODS; empty for other files or when none is."""
    if not data.startswith(ZIP_MAGIC):
        return {}
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "xl/workbook.xml" in names:
                return _xlsx_currencies(archive, names)
            if "content.xml" in names:
                return _ods_currencies(archive, names)
    except (zipfile.BadZipFile, OSError, ValueError, KeyError, EOFError):
        pass  # the engine reports a damaged workbook; formats are only a hint
    return {}


def _attributes(tag: str) -> dict[str, str]:
    return {name: html.unescape(value) for name, value in _ATTRIBUTE.findall(tag)}


def _text(archive: zipfile.ZipFile, name: str) -> str:
    return archive.read(name).decode("utf-8", "replace")


def _head(archive: zipfile.ZipFile, name: str, size: int = SCAN_BYTES) -> str:
    with archive.open(name) as member:
        return member.read(size).decode("utf-8", "replace")


def _sample(cells: Counter) -> dict[int, str]:
    """Each column's most common currency among its sampled amounts."""
    by_column: dict[int, Counter] = {}
    for (column, code), count in cells.items():
        by_column.setdefault(column, Counter())[code] += count
    return {column: codes.most_common(1)[0][0] for column, codes in by_column.items()}


# XLSX: styles.xml numbers each cell format (`<xf numFmtId=...>`); a cell names its format by
# that number (`<c r="B2" s="3">`). Built-in formats 5 to 8 are left out: their mark comes from
# the reader's computer, not from the file.
_XLSX_TAG = re.compile(r"<(row|c)\b([^>]*)>")


def _xlsx_currencies(archive: zipfile.ZipFile, names: set[str]) -> ColumnCurrencies:
    styles = _xlsx_style_currencies(archive, names)
    if not styles:
        return {}
    found: ColumnCurrencies = {}
    for sheet, path in _xlsx_sheet_paths(archive, names):
        cells: Counter = Counter()
        rows, column = 0, -1
        for match in _XLSX_TAG.finditer(_head(archive, path)):
            tag, attributes = match.groups()
            if tag == "row":
                rows, column = rows + 1, -1
                if rows > SCAN_ROWS:
                    break
                continue
            cell = _attributes(attributes)
            where = re.match(r"([A-Z]{1,3})\d", cell.get("r", ""))
            column = column_number(where.group(1)) - 1 if where else column + 1
            code = styles.get(cell.get("s", "0"))
            if code and cell.get("t", "n") == "n":
                cells[column, code] += 1
        if cells:
            found[sheet] = _sample(cells)
    return found


def _xlsx_style_currencies(archive: zipfile.ZipFile, names: set[str]) -> dict[str, str]:
    """Cell format index (as written in `s=`) -> the currency its number format shows."""
    if "xl/styles.xml" not in names:
        return {}
    styles = _text(archive, "xl/styles.xml")
    formats = {}
    for tag in re.findall(r"<numFmt\b[^>]*>", styles):
        attributes = _attributes(tag)
        code = format_currency(attributes.get("formatCode", ""))
        if code:
            formats[attributes.get("numFmtId")] = code
    if not formats:
        return {}
    cell_formats = re.search(r"<cellXfs\b.*?</cellXfs>", styles, re.DOTALL)
    if cell_formats is None:
        return {}
    currencies = {}
    for index, tag in enumerate(re.findall(r"<xf\b[^>]*>", cell_formats.group())):
        code = formats.get(_attributes(tag).get("numFmtId"))
        if code:
            currencies[str(index)] = code
    return currencies


def _xlsx_sheet_paths(archive: zipfile.ZipFile, names: set[str]) -> Iterator[tuple[str, str]]:
    """(sheet name, path of its XML) in workbook order."""
    rels = "xl/_rels/workbook.xml.rels"
    targets = {}
    if rels in names:
        for tag in re.findall(r"<Relationship\b[^>]*>", _text(archive, rels)):
            attributes = _attributes(tag)
            target = attributes.get("Target", "")
            path = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
            targets[attributes.get("Id")] = posixpath.normpath(path)
    for tag in re.findall(r"<sheet\b[^>]*>", _text(archive, "xl/workbook.xml")):
        attributes = _attributes(tag)
        relation = next((v for k, v in attributes.items() if k.endswith(":id")), None)
        path = targets.get(relation)
        if path in names:
            yield attributes.get("name", ""), path


# ODS: a currency cell says so itself (`office:value-type="currency" office:currency="EUR"`);
# otherwise its cell style (or its column's default one) names a `number:currency-style`.
_ODS_TABLE = re.compile(rb"<table:table[\s>]")
_ODS_TAG = re.compile(
    r"<(table:table-column|table:table-row|table:(?:covered-)?table-cell)\b([^>]*)>"
)


def _ods_currencies(archive: zipfile.ZipFile, names: set[str]) -> ColumnCurrencies:
    common = _text(archive, "styles.xml") if "styles.xml" in names else ""
    prefix = _head(archive, "content.xml", SCAN_BYTES)
    body = prefix.find("<office:body")
    declared = common + (prefix if body < 0 else prefix[:body])
    if "<number:currency-style" not in declared:
        return {}  # a currency cell always has a currency style: none, nothing to scan
    styles = _ods_style_currencies(declared)
    found: ColumnCurrencies = {}
    for window in _ods_tables(archive):
        sheet, cells = _ods_table_currencies(window, styles)
        if cells:
            found[sheet] = _sample(cells)
    return found


def _ods_style_currencies(styles: str) -> dict[str, str]:
    """Cell style name -> the currency its data style shows."""
    data_styles = {}
    for name, country, symbol in re.findall(
        r'<number:currency-style\b[^>]*?style:name="([^"]*)".*?'
        r"<number:currency-symbol\b([^>]*)>([^<]*)</number:currency-symbol>",
        styles,
        re.DOTALL,
    ):
        code = _ods_symbol_currency(html.unescape(symbol), _attributes(country))
        if code:
            data_styles[name] = code
    cell_styles = {}
    for tag in re.findall(r"<style:style\b[^>]*>", styles):
        attributes = _attributes(tag)
        code = data_styles.get(attributes.get("style:data-style-name", ""))
        if code:
            cell_styles[attributes.get("style:name", "")] = code
    return cell_styles


def _ods_symbol_currency(symbol: str, attributes: dict[str, str]) -> str | None:
    country = attributes.get("number:country", "").lower()
    if symbol.strip() == "$" and country in COUNTRY_CURRENCY:
        return COUNTRY_CURRENCY[country]
    return _mark_currency(symbol)


def _ods_tables(archive: zipfile.ZipFile) -> Iterator[str]:
    """The first bytes of each table of content.xml, read in chunks, never all at once."""
    with archive.open("content.xml") as member:
        buffer, done = b"", False
        while not done:
            chunk = member.read(CHUNK_BYTES)
            done = not chunk
            buffer += chunk
            while (start := _ODS_TABLE.search(buffer)) is not None:
                if len(buffer) - start.start() < SCAN_BYTES and not done:
                    break  # read on until the table's first rows are all here
                window = buffer[start.start() : start.start() + SCAN_BYTES]
                following = _ODS_TABLE.search(window, 1)
                yield window[: following.start() if following else None].decode("utf-8", "replace")
                buffer = buffer[start.end() :]
            else:
                buffer = buffer[-16:]


def _ods_table_currencies(window: str, styles: dict[str, str]) -> tuple[str, Counter]:
    """A table's name and (column, currency) counts of its first rows' amounts."""
    name = _attributes(window[: window.find(">") + 1]).get("table:name", "")
    defaults: list[str] = []
    cells: Counter = Counter()
    rows, column = 0, 0
    for match in _ODS_TAG.finditer(window):
        tag, text = match.groups()
        attributes = _attributes(text)
        repeated = min(int(attributes.get("table:number-columns-repeated", "1") or 1), 1024)
        if tag == "table:table-column":
            defaults += [attributes.get("table:default-cell-style-name", "")] * repeated
            continue
        if tag == "table:table-row":
            rows, column = rows + 1, 0
            if rows > SCAN_ROWS:
                break
            continue
        kind = attributes.get("office:value-type")
        if kind in ("currency", "float"):
            style = attributes.get("table:style-name") or (
                defaults[column] if column < len(defaults) else ""
            )
            stated = attributes.get("office:currency", "").upper()
            code = stated if kind == "currency" and stated else styles.get(style)
            if code:
                cells[column, code] += repeated
        column += repeated
    return name, cells
