import pytest

from infoview.export import render
from infoview.export.markdown import escape
from tests.export.sheets import MEETING_DAY, make_sheet, question


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("<script>alert(1)</script>", r"\<script\>alert(1)\</script\>"),
        ("*bold* _it_ `code` [link](x)", r"\*bold\* \_it\_ \`code\` \[link\](x)"),
        ("FP&A pays $68,000 | &amp; #1", r"FP&A pays \$68,000 \| \&amp; #1"),
        ("# 1. heading\n- list", "\\# 1. heading\n\\- list"),  # "#" and "-" act at a line's start
        ("Zoë Ólafsdóttir", "Zoë Ólafsdóttir"),
    ],
)
def test_escape(text, escaped):
    assert escape(text) == escaped


def test_markdown_sheet():
    sheet = make_sheet(
        texts={"path": "<script>x</script> and *stars*"},
        spare=(question("extra", "career", "What would you do differently?", 2),),
    )
    assert render(sheet, "md", day=MEETING_DAY).decode() == EXPECTED


EXPECTED = r"""# Questions for Łucja Wiśniewska

VP Finance, Lakeshore Motors

- **Date:** Mon 2 Mar 2026
- **Meeting:** 15 min (13.5 planned)
- **Referred by:** José Müller
- **Purpose:** Learn from their experience and test my research; not a job request. Stop on time.

## Research to share

- **H1** Median pay for Financial Analyst in Detroit, MI is about \$68,000 *(Pay survey 2026)*
- **H2** Finance teams are moving to rolling forecasts *(Industry newsletter)*

## Opening (0.5 min)

- [ ] 1. Thank you for making time today. *(by 0.5 min)*
  - Why: Suits the profile (open)

## Their path (1.5 min)

- [ ] 2. \<script\>x\</script\> and \*stars\* *(by 2 min)*
  - Why: Suits the profile (path)

## Industry & hypotheses (3.5 min)

- [ ] 3. I read that rolling forecasts are spreading. True? *(by 4 min · tests **H2**)*
  - Why: Suits the profile (trend)
- [ ] 4. Which reporting changes keep your team busy? *(by 5.5 min)*
  - Why: Suits the profile (change)

## Career & compensation (3.5 min)

- [ ] 5. My research puts analyst pay near \$68,000. Does it fit? *(by 7.5 min · tests **H1**)*
  - Why: Suits the profile (pay)
- [ ] 6. Which paths lead into senior roles here? *(by 9 min)*
  - Why: Suits the profile (growth)

## The organization (2 min)

- [ ] 7. Who leads planning at the company? *(by 11 min)*
  - Why: Suits the profile (org)

## Referrals & next steps (2 min)

- [ ] 8. Whom else should I speak with, and how do I reach them? *(by 12.5 min)*
  - Why: Suits the profile (names)
- [ ] 9. May I mention that we spoke? *(by 13 min)*
  - Why: Suits the profile (mention)

## Close (0.5 min)

- [ ] 10. That is our time; thank you. *(by 13.5 min)*
  - Why: Suits the profile (thanks)

## If time permits

- [ ] 11. What would you do differently? *(2 min)*
  - Why: Suits the profile (extra)

## Before you leave

- Name the people and organizations you plan to approach next; ask whom they would add.
- Ask for names with a way to reach them, so you make the contact yourself.
- Ask whether you may mention them when you get in touch.

| Name | Organization | How to reach | May I mention you? |
|---|---|---|---|
|   |   |   |   |
|   |   |   |   |
|   |   |   |   |

## After the meeting

- [ ] Send a thank-you e-mail by Tue 3 Mar; a handwritten note is a classy extra.
- [ ] Note what you learned against each hypothesis: supported, refuted or nuanced.
- [ ] If they offered to introduce you, check back between Mon 9 Mar and Thu 12 Mar.
- [ ] Contact the people they named; mention them only if they said you may.
"""
