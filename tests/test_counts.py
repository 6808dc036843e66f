"""Counts said in words: one file, 1,636 findings, 4 of 14 hypotheses flagged."""

from infoview.counts import Tally, counted


def test_counted_says_one_and_many_with_thousands():
    assert counted(1, "file") == "1 file"
    assert counted(0, "table") == "0 tables"
    assert counted(1636, "finding") == "1,636 findings"
    assert counted(3, "person") == "3 people"
    assert counted(2, "flagged hypothesis") == "2 flagged hypotheses"


def test_a_tally_counts_own_hypotheses_with_the_findings_that_can_be_flagged():
    tally = Tally(files=2, tables=5, findings=1636, own=4, flagged=8, interviews=1, contacts=12)
    assert tally.research == "2 files, 5 tables, 1,636 findings"
    assert tally.flagged_said == "8 of 1,640 hypotheses flagged"
    assert (tally.interviews_said, tally.contacts_said) == ("1 interview", "12 people")
