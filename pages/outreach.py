"""Outreach: draft the approach, thanks and check-back messages, and see when to follow up."""

import pandas as pd
import streamlit as st

from infoview.errors import OutreachError
from infoview.log import logged_follow_ups
from infoview.markup import markdown_text
from infoview.outreach import (
    DRAFT_KINDS,
    Contact,
    DraftRequest,
    addressee,
    count_words,
    from_rows,
    guard_warnings,
    mailto_url,
    prefill,
    reminders_calendar,
    reminders_for,
    to_rows,
    write_draft,
)
from infoview.outreach.business_days import countries, public_holidays, subdivisions
from infoview.outreach.tracker import DATE_COLUMNS, TRACKER_COLUMNS
from infoview.ui import clock, drafts, keys, state
from infoview.ui.about_me import about_me_form
from infoview.ui.first_page import run_through_app
from infoview.ui.keys import Keys
from infoview.ui.messages import show_guard_warning

run_through_app()  # a fresh server may open this page before app.py

st.title("Outreach")
st.write(
    "Draft the messages that land an informational interview and follow it up, then keep "
    "track of when to act. Every draft is yours to edit before you send it."
)

about_me_form()
me = state.seeker()

st.subheader("Draft a message")
kind = DRAFT_KINDS[
    st.selectbox(
        "Message",
        list(DRAFT_KINDS),
        format_func=lambda key: DRAFT_KINDS[key].label,
        **drafts.bind(Keys.DRAFT_KIND, next(iter(DRAFT_KINDS))),
    )
]
interviews = state.interviews()
typed = drafts.value(Keys.DRAFT_TO, {})
person = addressee(
    kind.key,
    state.profile(),
    list(state.profiles().values()),
    interviews,
    typed.get(kind.key, ""),
)
suggested = prefill(kind.key, person, interviews, state.secrets(), typed.get(kind.key, ""))
if suggested.source:
    st.caption(f"Filled in from {markdown_text(suggested.source)}; change anything you like.")
recipient = suggested.contact
left, right = st.columns(2)


def field(what: str, default):
    """A draft of one input of this message, started from what the message was filled with."""
    name = drafts.named(what, kind.key, default)
    return drafts.bind(name, default)


to_name = left.text_input(
    "To", help="Type a name to draw on your interview with them", **field("to", recipient.name)
)
if to_name.strip() not in (recipient.name.strip(), typed.get(kind.key)):
    # A new name: draft for that person, from their interview when one is logged.
    drafts.put(Keys.DRAFT_TO, {**typed, kind.key: to_name.strip()})
    st.rerun()
to_email = right.text_input(
    "E-mail address", placeholder="name@example.org", **field("email", recipient.email)
)
to_org = left.text_input("Their organization", **field("org", recipient.organization))
to_title = right.text_input("Their title", **field("title", recipient.title))
referrer = left.text_input(
    "Referred by",
    help="Who suggested you contact this person",
    **field("referrer", recipient.referred_by),
)
finding = learned = next_step = introduce_to = ""
permission = False
on = None
if "finding" in kind.inputs:
    statements = [h.statement for h in sorted(state.hypotheses(), key=lambda h: not h.flagged)]
    finding = right.selectbox(
        "Research finding to offer",
        ["", *statements],
        format_func=lambda text: text or "(none)",
        accept_new_options=True,
        help="Flagged hypotheses come first; you can also type your own",
        **field("finding", ""),
    )
if "permission" in kind.inputs:
    permission = right.checkbox(
        "They agreed that I may mention their name",
        help="Ask before you name a referrer",
        **field("permission", suggested.permission),
    )
if "learned" in kind.inputs:
    learned = right.text_input(
        "One specific thing you learned", **field("learned", suggested.learned)
    )
    if suggested.note:
        right.caption(
            "Your note from the log, to put in your own words: " + markdown_text(suggested.note)
        )
    next_step = left.text_input(
        "What you will do next", help="Completes “I will …”", **field("next", "")
    )
if "introduce_to" in kind.inputs:
    introduce_to = right.text_input(
        "Whom they offered to introduce you to", **field("introduce", suggested.introduce_to)
    )
if kind.date_label:
    on = left.date_input(
        kind.date_label,
        format="YYYY-MM-DD",
        **field("on", suggested.on or kind.default_date(clock.today())),
    )

try:
    if suggested.instead:
        raise OutreachError(suggested.instead)
    draft = write_draft(
        DraftRequest(
            kind=kind.key,
            seeker=me,
            contact=Contact(to_name.strip(), to_org.strip(), to_title.strip(), "", referrer),
            finding=finding or "",
            learned=learned,
            next_step=next_step,
            on=on,
            introduce_to=introduce_to.strip(),
            permission=permission,
        )
    )
except OutreachError as exc:
    st.info(markdown_text(str(exc)), icon=":material/edit_note:")
else:
    subject = st.text_input(
        "Subject", **drafts.bind(keys.draft_edit_key(draft, "s"), draft.subject)
    )
    body = st.text_area(
        "Body", height=380, **drafts.bind(keys.draft_edit_key(draft, "b"), draft.body)
    )
    st.button(
        "Clear this message",
        icon=":material/delete_sweep:",
        help="Forget what you typed for this message and start again from the suggestion",
        on_click=drafts.clear_prefix,
        args=("draft-", Keys.DRAFT_EDIT, Keys.DRAFT_TO),
    )
    words = count_words(body)
    if draft.word_limit and words >= draft.word_limit:
        st.warning(
            f"{words} words: keep the body under {draft.word_limit} so it is read to the end.",
            icon=":material/warning:",
        )
    else:
        limit = f" (keep under {draft.word_limit})" if draft.word_limit else ""
        st.caption(f"{words} words{limit}")
    for warning in guard_warnings(subject, body):
        show_guard_warning(warning)
    if not me.profile_link:
        st.caption("Add your profile link under About me: it goes in the signature.")
    if kind.key != "phone":
        st.link_button(
            "Open in my mail program",
            mailto_url(to_email, subject, body),
            icon=":material/mail:",
        )
    st.code(f"Subject: {subject}\n\n{body}", language=None, wrap_lines=True)

st.subheader("Follow-ups")
st.write(
    "Log each person you approach or meet; interviews from the Interview log are included "
    "already. Reminders: a thank-you by the next day, someone else to approach after 3 "
    "business days without a reply, a re-send after 7 days, and the check-back date agreed "
    "for an introduction (7 to 10 days). Business days skip weekends and the public holidays "
    "of the country you choose. For someone whose interview is in the log, the log is what "
    "counts: their thank-you and check-backs come from it once (tick them done on the Interview "
    "log page), whatever this table says of that meeting."
)
region = state.holidays_region()
country, _, subdivision = region.partition("-")
names = countries()
left, right = st.columns(2)
chosen_country = left.selectbox(
    "Public holidays of",
    ["", *names],
    index=[*names].index(country) + 1 if country in names else 0,
    format_func=lambda code: f"{names[code]} ({code})" if code else "No country: weekends only",
    help="Reminders that would fall on one of its public holidays move to the next business day",
)
regions = subdivisions(chosen_country) if chosen_country else {}
chosen_subdivision = ""
if regions:
    chosen_subdivision = right.selectbox(
        "Region",
        ["", *regions],
        index=[*regions].index(subdivision) + 1 if subdivision in regions else 0,
        format_func=lambda code: f"{regions[code]} ({code})" if code else "The whole country",
        help="A state or province with public holidays of its own",
    )
chosen = "-".join(part for part in (chosen_country, chosen_subdivision) if part)
if chosen != region and state.set_holidays_region(chosen):
    region = chosen
frame = pd.DataFrame(to_rows(state.tracked()), columns=TRACKER_COLUMNS).astype(
    {column: object for column in DATE_COLUMNS}
)
edited = st.data_editor(
    frame,
    key=keys.tracker_editor_key(),
    num_rows="dynamic",
    hide_index=True,
    width="stretch",
    column_config={
        "contact": st.column_config.TextColumn("Person", required=True),
        "approached_on": st.column_config.DateColumn("Approached on", format="YYYY-MM-DD"),
        "replied": st.column_config.CheckboxColumn("Replied"),
        "met_on": st.column_config.DateColumn("Met on", format="YYYY-MM-DD"),
        "thanked": st.column_config.CheckboxColumn("Thanked"),
        "introduce_to": st.column_config.TextColumn("Introducing me to"),
        "check_back_on": st.column_config.DateColumn("Check back on", format="YYYY-MM-DD"),
        "checked_back": st.column_config.CheckboxColumn("Checked back"),
    },
)
tracked = from_rows(edited.to_dict("records"))
if tracked != state.tracked() and state.set_tracked(tracked):
    st.rerun()

reminders = reminders_for(
    tracked,
    today=clock.today(),
    holidays=public_holidays(region),
    logged=logged_follow_ups(interviews),
)
if reminders:
    st.dataframe(
        pd.DataFrame([r.to_dict() for r in reminders]),
        hide_index=True,
        width="stretch",
        column_order=["due", "status", "action"],
        column_config={"due": "Due", "status": "Status", "action": "To do"},
    )
else:
    st.caption("No reminders yet: log an approach or a meeting above, or an interview in the log.")
st.download_button(
    "Download reminders (.ics)",
    data=reminders_calendar(reminders),
    file_name="infoview-follow-ups.ics",
    mime="text/calendar",
    icon=":material/event:",
    on_click="ignore",
)
