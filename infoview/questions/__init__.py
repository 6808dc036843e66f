"""The question bank, the planner and the guard against job requests."""

from infoview.questions.bank import load_bank, parse_bank
from infoview.questions.guard import IN_MESSAGE, GuardContext, GuardWarning, find_job_request
from infoview.questions.model import BankQuestion, PlannedQuestion, Reason, Section, Sheet
from infoview.questions.planner import alternatives, own_question_id, plan_sheet

__all__ = [
    "IN_MESSAGE",
    "BankQuestion",
    "GuardContext",
    "GuardWarning",
    "PlannedQuestion",
    "Reason",
    "Section",
    "Sheet",
    "alternatives",
    "find_job_request",
    "load_bank",
    "own_question_id",
    "parse_bank",
    "plan_sheet",
]
