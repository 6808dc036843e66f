import pytest

from infoview.markup import html_text, markdown_text

J = "\u2060"  # the invisible joiner that stops shortcodes and autolinks


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("Date ![pixel](http://t.example/p.png)", f"Date !\\[pixel\\](http{J}://t.example/p.png)"),
        ("[click](https://t.example)", f"\\[click\\](https{J}://t.example)"),
        ("**bold** and *it* and ~~gone~~", "\\*\\*bold\\*\\* and \\*it\\* and \\~\\~gone\\~\\~"),
        ("_under_ but sample_research.xlsx", "\\_under\\_ but sample_research.xlsx"),
        ("`code`", "\\`code\\`"),
        ("$x$ and $$y$$", "\\$x\\$ and \\$\\$y\\$\\$"),
        ('<img src="http://t.example/p.png">', f'\\<img src="http{J}://t.example/p.png"\\>'),
        ("<https://t.example>", f"\\<https{J}://t.example\\>"),
        ("&amp; &#60; but Q&A", "\\&amp; \\&#60; but Q&A"),
        ("see www.t.example", f"see www{J}.t.example"),
        (":red[alarm] :help[tip]", ":red\\[alarm\\] :help\\[tip\\]"),
        (":smile: :material/home: :streamlit:", f":{J}smile: :{J}material/home: :{J}streamlit:"),
        ("# Title\n## Sub\n> quote", "\\# Title\n\\## Sub\n\\> quote"),
        (
            "- item\n+ item\n  * item\n1. one\n2) two",
            "\\- item\n\\+ item\n  \\* item\n1\\. one\n2\\) two",
        ),
        ("Title\n===", "Title\n\\==="),
        ("a | b", "a \\| b"),
        ("back\\slash", "back\\\\slash"),
        (
            "Pay (USD/yr): 10.5, row 3! 10:30 priya@example.com",
            "Pay (USD/yr): 10.5, row 3! 10:30 priya@example.com",
        ),
        ("Row 7 - 2024", "Row 7 - 2024"),
    ],
)
def test_markdown_text_escapes_only_what_streamlit_would_render(text, escaped):
    assert markdown_text(text) == escaped


def test_html_text_escapes_tags_and_entities():
    assert html_text('<a href="http://t.example">R&D</a>') == (
        '&lt;a href="http://t.example"&gt;R&amp;D&lt;/a&gt;'
    )
