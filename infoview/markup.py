"""Text from files and from the user, made safe to show as Streamlit Markdown or chart HTML.

Streamlit renders labels, callouts and captions as GitHub Markdown with math, directives
(`:red[...]`, `:help[...]`), emoji and icon shortcodes and literal autolinks. `markdown_text`
neutralizes exactly those, and leaves every other character as written, so messages stay readable.
"""

from __future__ import annotations

import html
import re

# Invisible, and no break: Streamlit finds shortcodes and autolinks in the text after Markdown
# escapes are undone, so only a character in between stops them.
_JOINER = "\u2060"

# Anywhere: emphasis, code, links and images, HTML and autolinks, math, tables, escapes; "_"
# inside a word (`sample_research.xlsx`) never emphasizes, so it stays as written.
_INLINE = re.compile(r"[\\`*\[\]<>~$|]|(?<![^\W_])_|_(?![^\W_])|&(?=#|\w+;)")
# At a line's start: headings, quotes, lists and rules (`- `, `+ `, `1. `, `1) `, `===`).
_LINE_START = re.compile(r"^([ \t]*)([#>+=-]|\d+(?=[.)]))", re.MULTILINE)
# Shortcodes (`:smile:`, `:material/home:`, `:streamlit:`) and web autolinks; e-mail addresses
# stay whole, to be copied (a mailto link opens no page).
_SHORTCODE = re.compile(r":(?=[\w+-]+:|material/)")
_AUTOLINK = re.compile(r"(?<=https)(?=:)|(?<=http)(?=:)|(?<=www)(?=\.)", re.I)


def markdown_escaped(text: str) -> str:
    """`text` shown exactly as written by any GitHub-flavored Markdown renderer."""
    text = _INLINE.sub(lambda m: "\\" + m.group(0), str(text))
    return _LINE_START.sub(_escape_line_start, text)


def markdown_text(text: str) -> str:
    """`text` shown exactly as written where Streamlit renders Markdown."""
    text = _SHORTCODE.sub(":" + _JOINER, markdown_escaped(text))
    return _AUTOLINK.sub(_JOINER, text)


def _escape_line_start(match: re.Match[str]) -> str:
    indent, marker = match.groups()
    if marker.isdigit():  # "1." -> "1\." : the number stays, the list marker goes
        return indent + marker + "\\"
    return f"{indent}\\{marker}"


def html_text(text: str) -> str:
    """`text` shown exactly as written where plotly renders its small HTML subset."""
    return html.escape(str(text), quote=False)
