"""The guard catches job requests and résumé pushing, and lets real questions through."""

import pytest

from infoview.questions import IN_MESSAGE, find_job_request
from infoview.questions.guard import MESSAGE_REWRITES, REWRITES

JOB_REQUESTS = [
    "Could you hire me?",
    "Would you consider hiring me for your team?",
    "Can you give me a job?",
    "Could you offer me an internship next summer?",
    "Can you help me find a position at your company?",
    "Would you consider me for the analyst opening?",
    "Can I apply for a role on your team?",
    "How do I apply?",
    "I'd love to join your team.",
    "I would like to apply for the analyst position.",
    "Is there an opening for me in your department?",
    "Are there any roles available for me?",
    "Do you have any openings right now?",
    "Does your team have a vacancy?",
    "Are you hiring at the moment?",
    "Is your department still hiring?",
    "I'm looking for a new job in finance.",
    "Please keep me in mind if anything comes up.",
    "Let me know if a position opens up.",
    "Could you get me an interview?",
    "I am interested in the open analyst role.",
    "Could I work for you?",
    "Are you recruiting analysts?",
    "Are there any openings?",
    "Any openings on your team right now?",
    "Could I interview for the analyst role?",
    "I would love to interview with your team.",
    "Can you set up an interview for me?",
]
REFERRAL_REQUESTS = [
    "Would you refer me for the controller job?",
    "Could you put me forward to the hiring manager?",
    "Would you put in a good word for me?",
    "Could you pass my name to HR?",
    "Can you put in a word for me with HR?",
]
RESUME_PUSHES = [
    "Can I send you my résumé?",
    "I'll email you my CV after this call.",
    "Could you forward my resume to your manager?",
    "I have attached my résumé for you.",
    "Could you look over my CV?",
    "My resume is attached.",
    "Could you pass my résumé to your recruiter?",
    "Can I send you my CV?",
]
FINE = [
    "What does a typical position involve?",
    "When your team last hired, what made the strongest candidates stand out?",
    "If someone with my background applied for an opening in your area, how would their "
    "profile be judged?",
    "How did you get your first job in finance?",
    "Which roles are hardest to fill right now?",
    "What should a résumé for this field emphasise?",
    "Could you put me in touch with someone in procurement?",
    "Could you keep me posted on the conference?",
    "Are there many openings for entry-level analysts in Detroit these days?",
    "Would a candidate with a background like mine be someone you would put forward?",
    "Is your team hiring for data skills more than before?",
    "Should I join a professional association?",
    "Could you explain the role to me?",
    "Could you give me an example of a typical week?",
    "Which skills would you recommend I build first?",
    "How could someone apply these methods in a smaller firm?",
    "Thank you for agreeing to an informational interview with me.",
    "How did you prepare for the interview for your first role?",
    "Which companies are recruiting more graduates this year?",
    "Are there fewer openings for juniors than five years ago?",
]


@pytest.mark.parametrize("text", JOB_REQUESTS)
def test_job_requests_are_caught(text):
    warning = find_job_request(text)
    assert (warning.code, warning.text, warning.suggestion) == (
        "job-request",
        text,
        REWRITES["job-request"],
    )


@pytest.mark.parametrize("text", REFERRAL_REQUESTS)
def test_asking_to_be_put_forward_is_caught(text):
    assert find_job_request(text).code == "referral-request"


@pytest.mark.parametrize("text", RESUME_PUSHES)
def test_resume_pushing_is_caught(text):
    assert find_job_request(text).code == "resume"


@pytest.mark.parametrize("text", FINE)
def test_real_questions_pass(text):
    assert find_job_request(text) is None


@pytest.mark.parametrize("code", sorted(REWRITES))
def test_every_rewrite_asks_for_candid_feedback_and_passes_the_guard(code):
    warning = find_job_request(
        {
            "job-request": "Can you hire me?",
            "referral-request": "Refer me for it",
            "resume": ("Can I send my CV?"),
        }[code]
    )
    assert warning.suggestion == REWRITES[code]
    assert "stays off the sheet" in warning.message
    assert find_job_request(REWRITES[code]) is None


@pytest.mark.parametrize("code", sorted(MESSAGE_REWRITES))
def test_in_a_message_the_warning_speaks_of_the_message_with_the_same_patterns(code):
    text = {
        "job-request": "Are you hiring?",
        "referral-request": "Could you put in a good word?",
        "resume": "I have attached my résumé.",
    }[code]
    on_sheet, in_message = find_job_request(text), find_job_request(text, IN_MESSAGE)
    assert (on_sheet.code, in_message.code) == (code, code)
    assert in_message.message.endswith(
        "which makes a request for an informational interview read like a job application; "
        "take it out before you send the message. Ask for 15 minutes to learn from their "
        "experience instead."
    )
    assert "sheet" not in in_message.message
    assert in_message.suggestion == MESSAGE_REWRITES[code]
    assert find_job_request(MESSAGE_REWRITES[code], IN_MESSAGE) is None
