"""Reminders skip the public holidays of the chosen country (and region), from `holidays`."""

from __future__ import annotations

from datetime import date

import pytest

from infoview.cli import main
from infoview.errors import OutreachError
from infoview.outreach.business_days import HOLIDAYS_DOCUMENT, countries, public_holidays
from infoview.outreach.reminders import Approach, follow_ups, suggested_check_back
from infoview.store import open_workspace


def no_reply_due(sent_on: date, region: str) -> date:
    [no_reply, _] = follow_ups([Approach("Lee", sent_on)], holidays=public_holidays(region))
    return no_reply.due


def test_a_reminder_on_july_4_moves_to_the_next_business_day_in_the_us():
    assert no_reply_due(date(2025, 7, 1), "") == date(2025, 7, 4)
    assert no_reply_due(date(2025, 7, 1), "US") == date(2025, 7, 7)
    assert no_reply_due(date(2025, 7, 1), "GB") == date(2025, 7, 4)


def test_a_reminder_on_christmas_moves_past_the_holidays_of_each_country():
    assert no_reply_due(date(2026, 12, 22), "") == date(2026, 12, 25)
    assert no_reply_due(date(2026, 12, 22), "US") == date(2026, 12, 28)
    # Boxing Day falls on a Saturday in 2026, so the UK keeps it on Monday the 28th
    assert no_reply_due(date(2026, 12, 22), "gb") == date(2026, 12, 29)


def test_a_suggested_check_back_on_a_holiday_moves_too():
    assert suggested_check_back(date(2025, 6, 27)) == date(2025, 7, 4)
    assert suggested_check_back(date(2025, 6, 27), public_holidays("US")) == date(2025, 7, 7)


def test_a_region_adds_its_own_holidays():
    lincolns_birthday = date(2025, 2, 12)
    assert lincolns_birthday in public_holidays("US-NY")
    assert lincolns_birthday not in public_holidays("US")


def test_unknown_countries_and_regions_say_what_to_give():
    with pytest.raises(OutreachError) as country:
        public_holidays("XX")
    assert str(country.value) == (
        '"XX" is not a country whose public holidays are known. Use a two-letter country code '
        "such as US, GB, DE or IN, with a region after a dash if it has its own (US-NY)."
    )
    with pytest.raises(OutreachError) as region:
        public_holidays("DE-ZZ")
    assert str(region.value) == (
        '"DE-ZZ": DE has no region ZZ with public holidays of its own. Its regions: BB, BE, BW, '
        "BY, HB, HE, HH, MV, NI, NW, RP, SH, SL, SN, ST, TH, Augsburg."
    )


def test_the_picker_names_countries_by_their_two_letter_codes():
    names = countries()
    assert (names["US"], names["GB"], names["BA"]) == (
        "United States",
        "United Kingdom",
        "Bosnia and Herzegovina",
    )
    assert all(len(code) == 2 for code in names)


def test_reminders_holidays_on_the_command_line(capsys):
    args = ["reminders", "--approached", "Lee=2025-07-01", "--today", "2025-07-01"]
    assert main([*args, "--holidays", "US"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == (
        "2025-07-07  upcoming   No reply from Lee after 3 business days: approach someone else too"
    )
    with pytest.raises(SystemExit) as refused:
        main([*args, "--holidays", "XX"])
    assert refused.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1] == (
        'python -m infoview reminders: error: argument --holidays: "XX" is not a country whose '
        "public holidays are known. Use a two-letter country code such as US, GB, DE or IN, "
        "with a region after a dash if it has its own (US-NY)."
    )


def test_reminders_use_the_country_kept_in_the_workspace(tmp_path, capsys):
    db = tmp_path / "ws.sqlite"
    open_workspace(db).save_document(HOLIDAYS_DOCUMENT, "US")
    args = ["--db", str(db), "reminders", "--approached", "Lee=2025-07-01", "--json"]
    assert main(args) == 0
    assert '"due": "2025-07-07"' in capsys.readouterr().out
    assert main([*args, "--holidays", ""]) == 0
    assert '"due": "2025-07-04"' in capsys.readouterr().out
