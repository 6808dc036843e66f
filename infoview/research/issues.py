"""Import problems as data: a code, a severity and a message that says what to do."""

from __future__ import annotations

from dataclasses import asdict, dataclass

ERROR = "error"
WARNING = "warning"
INFO = "info"


@dataclass(frozen=True)
class Issue:
    """One problem found while importing, located as precisely as we can."""

    code: str
    severity: str
    message: str
    file: str | None = None
    sheet: str | None = None
    row: int | None = None
    column: str | None = None

    def to_dict(self) -> dict:
        """The JSON shape of the `inspect` contract."""
        return {k: v for k, v in asdict(self).items() if k not in ("file", "sheet")}

    def where(self) -> str:
        """A short human location such as `pay.xlsx › Sheet1, row 4, column "Base"`."""
        parts = [self.file or ""]
        if self.sheet:
            parts.append(f"› {self.sheet}")
        place = " ".join(p for p in parts if p)
        details = []
        if self.row is not None:
            details.append(f"row {self.row}")
        if self.column:
            details.append(f'column "{self.column}"')
        return ", ".join([place, *details]) if details else place
