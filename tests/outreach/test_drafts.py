"""Drafts follow the method: referrer first, short, a teaser, 15 minutes, no job, a link."""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import parse_qs, urlsplit

import pytest

from infoview.errors import OutreachError
from infoview.outreach import (
    APPROACH_WORD_LIMIT,
    DRAFT_KINDS,
    Contact,
    DraftRequest,
    Seeker,
    guard_warnings,
    mailto_url,
    write_draft,
)
from infoview.profile import Profile

ME = Seeker(
    "Ana Ruiz",
    "a financial analyst in banking, moving into corporate finance",
    "https://www.linkedin.com/in/ana-ruiz",
)
DANA = Contact("Dana Whitfield", "Northwind Motors", "Controller", "dana@northwind.example")
REFERRED = Contact("Lee Chen", "Fabrikam", "Treasurer", "", referred_by="Ravi Patel")
FINDING = "Median pay for Financial Analyst in Detroit is about $72,000 (5 data points)"
ASK = "Could you spare 15 minutes at a time that suits you? Phone or video is fine if you prefer."
FORBIDDEN = re.compile(
    r"r[eé]sum[eé]|\bcv\b|\bjobs?\b|\bhir(?:e|ing)\b|\bposition\b|\bapply\b", re.I
)


def request(kind: str, contact: Contact = DANA, **extra) -> DraftRequest:
    defaults = {
        "finding": FINDING,
        "learned": "the monthly close is moving to five working days next year",
        "next_step": "write to the treasurer at Fabrikam you mentioned",
        "on": date(2026, 11, 20),
        "introduce_to": "Lee Chen",
        "permission": True,
    }
    return DraftRequest(kind, ME, contact, **{**defaults, **extra})


def every_draft():
    for kind in DRAFT_KINDS:
        contact = REFERRED if kind == "referral" else DANA
        yield write_draft(request(kind, contact))


def test_approach_email_exact_text():
    draft = write_draft(request("approach", REFERRED))
    assert draft.text == (
        "Subject: Ravi Patel suggested I get in touch\n"
        "\n"
        "Dear Lee Chen,\n"
        "\n"
        "Ravi Patel suggested I write to you. I am Ana Ruiz, a financial analyst in banking, "
        "moving into corporate finance.\n"
        "\n"
        "Your work as Treasurer at Fabrikam is close to where I am heading. My research "
        "suggests that median pay for Financial Analyst in Detroit is around $72,000. I would "
        "be glad to share the rest and hear whether it matches your experience.\n"
        "\n"
        f"{ASK} Thank you for considering it.\n"
        "\n"
        "Best regards,\n"
        "Ana Ruiz\n"
        "https://www.linkedin.com/in/ana-ruiz"
    )
    assert (draft.word_count, draft.word_limit, draft.within_limit) == (94, 120, True)


@pytest.mark.parametrize(
    ("kind", "first_sentence"),
    [
        ("approach", "Ravi Patel suggested I write to you."),
        ("letter", "Ravi Patel suggested I write to you."),
        ("phone", "Hello, is this Lee Chen? Ravi Patel suggested I call you."),
        (
            "referral",
            "Ravi Patel, whom I spoke with recently, suggested I write to you and was happy "
            "for me to mention their name.",
        ),
    ],
)
def test_the_referrer_comes_first(kind, first_sentence):
    draft = write_draft(request(kind, REFERRED))
    paragraphs = draft.body.split("\n\n")
    opening = paragraphs[2] if kind == "letter" else paragraphs[0 if kind == "phone" else 1]
    assert opening.startswith(first_sentence)


@pytest.mark.parametrize("kind", ["approach", "letter"])
def test_the_subject_names_the_referrer(kind):
    assert write_draft(request(kind, REFERRED)).subject == "Ravi Patel suggested I get in touch"


def test_without_a_referrer_the_approach_says_why_it_writes():
    draft = write_draft(request("approach"))
    assert draft.subject == "15 minutes to learn about your work at Northwind Motors?"
    assert draft.body.split("\n\n")[1] == (
        "I am writing to you to ask for a short conversation about your work. I am Ana Ruiz, "
        "a financial analyst in banking, moving into corporate finance."
    )


@pytest.mark.parametrize("kind", ["approach", "letter", "referral", "follow-up"])
def test_written_approaches_ask_for_15_minutes(kind):
    body = write_draft(request(kind, REFERRED)).body
    assert "Could you spare 15 minutes at a time that suits you?" in body
    assert "Phone or video is fine" in body or "phone or video is fine" in body


def test_phone_script_asks_for_15_minutes_and_has_a_voicemail():
    body = write_draft(request("phone", REFERRED)).body
    assert body.split("\n\n")[1:] == [
        "Could you spare 15 minutes, now or at a time that suits you? Phone or video, "
        "whichever you prefer.",
        "If you reach voicemail: this is Ana Ruiz. Ravi Patel suggested I call you. I would "
        "value 15 minutes to learn about your work and will follow up by e-mail. Thank you.",
    ]


def test_no_draft_asks_for_a_job_or_mentions_a_resume():
    for draft in every_draft():
        assert guard_warnings(draft.subject, draft.body) == [], draft.kind
        assert FORBIDDEN.search(draft.text) is None, draft.kind


def test_every_written_draft_is_signed_with_the_profile_link():
    signed = [d for d in every_draft() if d.kind != "phone"]
    assert [d.body.splitlines()[-3:] for d in signed] == [
        ["Best regards,", "Ana Ruiz", "https://www.linkedin.com/in/ana-ruiz"]
    ] * 6


@pytest.mark.parametrize("kind", ["approach", "referral", "follow-up"])
def test_approach_emails_stay_under_the_word_limit(kind):
    draft = write_draft(request(kind, REFERRED))
    assert draft.word_limit == APPROACH_WORD_LIMIT
    assert draft.word_count < APPROACH_WORD_LIMIT


def test_a_long_finding_is_never_cut_mid_sentence_but_left_for_the_meeting():
    long_finding = " ".join(f"point{i}" for i in range(150))
    draft = write_draft(request("approach", REFERRED, finding=long_finding))
    assert draft.within_limit
    assert "…" not in draft.body and "..." not in draft.body and "point0" not in draft.body
    assert "I have researched the field and would be glad to share what I found." in draft.body


def test_a_finding_too_long_to_trim_usefully_gives_way_to_the_general_offer():
    wordy = Seeker("Ana Ruiz", "a " + "very " * 40 + "keen analyst", ME.profile_link)
    draft = write_draft(DraftRequest("approach", wordy, REFERRED, finding="x " * 200))
    assert "My research suggests" not in draft.body
    assert "I have researched the field and would be glad to share what I found." in draft.body
    assert (draft.word_count, draft.within_limit) == (113, True)


def test_no_finding_gives_the_general_offer():
    body = write_draft(request("approach", finding="")).body
    assert "I have researched the field and would be glad to share what I found." in body
    assert "My research suggests" not in body


def test_letter_is_dated_and_has_no_word_limit():
    draft = write_draft(request("letter", on=date(2026, 11, 25)))
    assert draft.body.splitlines()[:3] == ["Wednesday 25 November 2026", "", "Dear Dana Whitfield,"]
    assert "I will call your office next week to ask" in draft.body
    assert draft.word_limit is None


def test_thank_you_names_one_thing_learned_and_the_next_step():
    draft = write_draft(request("thanks", on=date(2026, 11, 24)))
    assert draft.subject == "Thank you for our conversation"
    assert draft.body.split("\n\n")[1:3] == [
        "Thank you for taking the time to talk with me on Tuesday 24 November 2026. One thing "
        "I learned that will stay with me: the monthly close is moving to five working days "
        "next year.",
        "As a next step, I will write to the treasurer at Fabrikam you mentioned. I will let "
        "you know how it goes.",
    ]


def test_check_back_names_the_introduction_and_the_agreed_date():
    draft = write_draft(request("check-back", on=date(2026, 12, 3)))
    assert draft.subject == "Checking back about Lee Chen"
    assert draft.body.split("\n\n")[1].startswith(
        "When we spoke, you kindly offered to introduce me to Lee Chen, and we agreed I would "
        "check back on Thursday 3 December 2026."
    )


def test_follow_up_recalls_when_the_approach_was_sent():
    draft = write_draft(request("follow-up", on=date(2026, 11, 20)))
    assert draft.subject == "Following up: 15 minutes to learn about your work at Northwind Motors?"
    assert draft.body.split("\n\n")[1].startswith(
        "I wrote on Friday 20 November 2026 about your work at Northwind Motors; inboxes fill "
        "up, so here is a short reminder."
    )


@pytest.mark.parametrize(
    ("kind", "seeker", "contact", "extra", "message"),
    [
        ("referral", ME, REFERRED, {"permission": False}, "You have not recorded that Ravi Patel"),
        ("referral", ME, DANA, {}, "Say who suggested this contact"),
        ("follow-up", ME, DANA, {"on": None}, "Give the date you sent the approach"),
        ("thanks", ME, DANA, {"learned": " "}, "Add one specific thing you learned"),
        ("thanks", ME, DANA, {"next_step": ""}, "Add what you will do next"),
        ("check-back", ME, DANA, {"introduce_to": ""}, "Say whom they offered to introduce"),
        ("approach", Seeker("Ana Ruiz"), DANA, {}, "Add a one-line background"),
        ("thanks", Seeker(), DANA, {}, "Add your name"),
        ("postcard", ME, DANA, {}, 'There is no "postcard" draft'),
    ],
)
def test_missing_inputs_say_what_to_add(kind, seeker, contact, extra, message):
    defaults = request(kind, contact, **extra)
    with pytest.raises(OutreachError, match=re.escape(message)):
        write_draft(DraftRequest(**{**defaults.__dict__, "seeker": seeker}))


def test_a_profile_link_without_a_scheme_is_refused_with_the_fix():
    with pytest.raises(OutreachError) as raised:
        Seeker("Ana", "an analyst", "linkedin.com/in/ana")
    assert str(raised.value) == (
        'Profile link "linkedin.com/in/ana" must start with https:// so it opens when clicked, '
        "e.g. https://linkedin.com/in/ana."
    )


def test_the_guard_checks_edits_line_by_line():
    body = write_draft(request("approach")).body
    edited = f"{body}\nI can send you my CV.\nCould you consider me for an opening?"
    assert [w.code for w in guard_warnings("Hello", edited)] == ["resume", "job-request"]
    assert [w.code for w in guard_warnings("Can you hire me?", body)] == ["job-request"]


def test_the_guard_words_its_warning_for_a_message():
    [warning] = guard_warnings("Hello", "I can send you my CV.")
    assert warning.message == (
        "This sends or hands over a résumé, which makes a request for an informational "
        "interview read like a job application; take it out before you send the message. Ask "
        "for 15 minutes to learn from their experience instead."
    )
    assert warning.suggestion == (
        "My online profile is linked below my name, if you would like to know more."
    )


def test_mailto_encodes_every_reserved_character():
    url = mailto_url("ana+work@example.org", "Q&A: 100% = yes?", "Line one,\nline two #3")
    assert url == (
        "mailto:ana%2Bwork@example.org?subject=Q%26A%3A%20100%25%20%3D%20yes%3F"
        "&body=Line%20one%2C%0D%0Aline%20two%20%233"
    )


def test_mailto_of_a_draft_round_trips():
    draft = write_draft(request("approach", REFERRED))
    parts = urlsplit(draft.mailto("lee.chen@fabrikam.example"))
    query = parse_qs(parts.query)
    assert parts.scheme == "mailto"
    assert parts.path == "lee.chen@fabrikam.example"
    assert query["subject"] == [draft.subject]
    assert query["body"] == [draft.body.replace("\n", "\r\n")]


def test_forms_start_the_follow_up_date_a_week_back():
    today = date(2026, 11, 25)
    assert DRAFT_KINDS["follow-up"].default_date(today) == date(2026, 11, 18)
    assert DRAFT_KINDS["thanks"].default_date(today) == today


def test_a_referral_goes_to_someone_new_named_by_the_interviewee():
    interviewee = Profile(name="Dana Whitfield", organization="Northwind", referred_by="Ravi")
    assert Contact.for_draft("referral", interviewee) == Contact(referred_by="Dana Whitfield")
    assert Contact.for_draft("thanks", interviewee) == Contact(
        "Dana Whitfield", "Northwind", "", "", "Ravi"
    )
