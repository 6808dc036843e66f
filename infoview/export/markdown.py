"""The sheet as Markdown, for notes apps and e-mail."""

from __future__ import annotations

from infoview.export.text import (
    HEARD_TITLE,
    REFERRAL_BLANK_ROWS,
    Handout,
    Item,
    minutes_text,
)
from infoview.markup import markdown_escaped as escape


def render_markdown(handout: Handout) -> str:
    """The handout as Markdown: task-list checkboxes, one heading per section."""
    lines = [f"# {escape(handout.title)}", ""]
    if handout.role:
        lines += [escape(handout.role), ""]
    lines += [f"- **{f.label}:** {escape(f.value)}" for f in handout.fields]
    lines += [f"- **Purpose:** {escape(handout.purpose)}", ""]
    if handout.research:
        lines += ["## Research to share", ""]
        for point in handout.research:
            source = f" *({escape(point.source)})*" if point.source else ""
            lines.append(f"- **{point.label}** {escape(point.text)}{source}")
        if handout.more_research_text:
            lines += ["", f"*{escape(handout.more_research_text)}*"]
        lines.append("")
    if handout.heard:
        lines += [f"## {HEARD_TITLE}", ""]
        lines += [f"- {escape(point)}" for point in handout.heard] + [""]
    for block in handout.blocks:
        lines += [f"## {escape(block.title)} ({minutes_text(block.minutes)})", ""]
        lines += [_item(item) for item in block.items] + [""]
    if handout.if_time_permits:
        lines += ["## If time permits", ""]
        lines += [_item(item) for item in handout.if_time_permits] + [""]
    lines += ["## Before you leave", ""]
    lines += [f"- {escape(line)}" for line in handout.referral_close] + [""]
    columns = handout.referral_columns
    lines += ["| " + " | ".join(columns) + " |"]
    lines += ["|" + "---|" * len(columns)]
    lines += ["|" + "   |" * len(columns)] * REFERRAL_BLANK_ROWS + [""]
    lines += ["## After the meeting", ""]
    lines += [f"- [ ] {escape(line)}" for line in handout.after_meeting]
    return "\n".join(lines) + "\n"


def _item(item: Item) -> str:
    timing = (
        f"by {minutes_text(item.by_minute)}"
        if item.by_minute is not None
        else minutes_text(item.minutes)
    )
    tests = f" · tests **{item.tests}**" if item.tests else ""
    line = f"- [ ] {item.number}. {escape(item.text)} *({timing}{tests})*"
    return line + (f"\n  - Why: {escape(item.why)}" if item.why else "")
