"""Tell what a file really holds from its bytes: workbook kind, text encoding, delimiter."""

from __future__ import annotations

import csv
import io
import zipfile
from collections import Counter
from dataclasses import dataclass

from infoview.errors import ResearchImportError

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Office writes a password-protected workbook as an OLE file holding this stream.
ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
# A research workbook inflates to a few MB; a zip bomb declares hundreds.
MAX_INFLATED_BYTES = 200 * 1024 * 1024
MAX_COMPRESSION_RATIO = 200
DELIMITERS = (",", ";", "\t", "|")
SNIFF_CHARS = 64 * 1024
SNIFF_LINES = 60
# Files people upload by mistake, told apart by their first bytes, with what they are.
DOCUMENT_SIGNATURES = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"{\\rtf", "an RTF document"),
)


@dataclass(frozen=True)
class TextFile:
    """Decoded text with the encoding it was read in and whether that was a guess."""

    text: str
    encoding: str
    guessed: bool


def workbook_kind(data: bytes) -> str | None:
    """`zip` (XLSX/XLSM/ODS) or `ole` (XLS) when the bytes are a workbook container, else None."""
    if data.startswith(ZIP_MAGIC):
        return "zip"
    if data.startswith(OLE_MAGIC):
        return "ole"
    return None


def check_workbook(name: str, data: bytes) -> None:
    """Refuse encrypted, truncated or bomb-like workbooks before any cell is inflated."""
    if data.startswith(OLE_MAGIC):
        if ENCRYPTED_STREAM in data:
            raise _encrypted(name)
        return
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ResearchImportError(
            "workbook-truncated",
            f"{name} looks cut off or damaged: its table of contents is missing. Download or "
            "save it again, then upload the new copy.",
        ) from exc
    with archive:
        entries = archive.infolist()
        if any(entry.flag_bits & 0x1 for entry in entries):
            raise _encrypted(name)
        inflated = sum(entry.file_size for entry in entries)
        packed = sum(entry.compress_size for entry in entries)
        if inflated > MAX_INFLATED_BYTES or inflated > MAX_COMPRESSION_RATIO * max(packed, 1024):
            raise ResearchImportError(
                "workbook-too-large",
                f"{name} would unpack to {inflated / 1024 / 1024:,.0f} MB, far more than a "
                "research workbook needs, so it was not opened. Keep only the sheets you need, "
                "save a new copy and upload that.",
            )


def _encrypted(name: str) -> ResearchImportError:
    return ResearchImportError(
        "workbook-encrypted",
        f"{name} is protected by a password, so it cannot be read. Open it, remove the "
        "password (File › Info › Protect Workbook), save a copy and upload that.",
    )


def decode_text(name: str, data: bytes) -> TextFile:
    """Text by BOM, then UTF-8, then Windows-1252; binary content is refused."""
    if data.startswith(b"\xef\xbb\xbf"):
        return TextFile(data[3:].decode("utf-8", errors="replace"), "utf-8-sig", guessed=False)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return TextFile(data.decode("utf-16", errors="replace"), "utf-16", guessed=False)
    utf16 = _utf16_without_bom(data)
    if utf16:
        return TextFile(data.decode(utf16, errors="replace"), utf16, guessed=True)
    _refuse_binary(name, data)
    try:
        return TextFile(data.decode("utf-8"), "utf-8", guessed=False)
    except UnicodeDecodeError:
        pass
    try:
        return TextFile(data.decode("cp1252"), "cp1252", guessed=True)
    except UnicodeDecodeError:
        return TextFile(data.decode("latin-1"), "latin-1", guessed=True)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text of Latin letters has a NUL in every other byte."""
    head = data[:4096]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def _refuse_binary(name: str, data: bytes) -> None:
    for signature, what in DOCUMENT_SIGNATURES:
        if data.startswith(signature):
            raise ResearchImportError(
                "not-a-spreadsheet",
                f"{name} is {what}, not a spreadsheet: InfoView reads tables only. If it "
                "holds a table, copy the table into a spreadsheet, save it as .xlsx or .csv "
                "and upload that copy.",
            )
    head = data[:4096]
    controls = sum(1 for byte in head if byte < 32 and byte not in (9, 10, 13))
    if b"\x00" in head or controls > 0.05 * len(head):
        raise ResearchImportError(
            "not-a-spreadsheet",
            f"{name} is neither a spreadsheet nor a text table. Open it in a spreadsheet "
            "program and save it as .xlsx or .csv, then upload that copy.",
        )


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the most lines into the same, largest number of fields."""
    lines = [line for line in text[:SNIFF_CHARS].splitlines()[:SNIFF_LINES] if line.strip()]
    if len(text) > SNIFF_CHARS and len(lines) > 1:
        lines.pop()  # the sample may end mid-line
    best, best_score = ",", (0.0, 0)
    for delimiter in DELIMITERS:
        widths = [len(row) for row in csv.reader(lines, delimiter=delimiter)]
        if not widths:
            continue
        width, count = Counter(widths).most_common(1)[0]
        score = (round(count / len(widths), 1), width)
        if width > 1 and score > best_score:
            best, best_score = delimiter, score
    return best
