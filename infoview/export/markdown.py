"""The sheet as Markdown, for notes apps and e-mail."""

from __future__ import annotations

from infoview.export.text import sheet_header_lines
from infoview.questions.model import Sheet


def _escape(text: str) -> str:
    return text.replace("<", "&lt;").replace(">", "&gt;")


def render_markdown(sheet: Sheet) -> str:
    lines = [f"# Questions for {_escape(sheet.profile.display_name)}", ""]
    lines += [f"- {_escape(line)}" for line in sheet_header_lines(sheet)] + [""]
    if sheet.talking_points:
        lines += ["## Research to share", ""]
        lines += [f"- {_escape(p)}" for p in sheet.talking_points] + [""]
    elapsed = 0.0
    for section in sheet.sections:
        lines += [f"## {section.title}", ""]
        for q in section.questions:
            elapsed += q.minutes
            lines.append(f"- [ ] {_escape(q.text)} *(by {elapsed:g} min)*")
            lines.append(f"  - Why: {_escape('; '.join(r.text for r in q.why))}")
        lines.append("")
    if sheet.if_time_permits:
        lines += ["## If time permits", ""]
        lines += [f"- [ ] {_escape(q.text)}" for q in sheet.if_time_permits] + [""]
    return "\n".join(lines)
