"""Cached work: parsing is keyed by file content, planning and rendering by their inputs."""

from __future__ import annotations

import threading
import weakref
from datetime import date
from pathlib import Path

import streamlit as st

from infoview.export import render
from infoview.hypotheses import Hypothesis
from infoview.learning import learned_sheet
from infoview.profile import Profile
from infoview.questions import BankQuestion, Sheet, load_bank, plan_sheet
from infoview.questions.edits import SheetEdits
from infoview.questions.placeholders import asker_line
from infoview.questions.targets import Targets
from infoview.research import ResearchFile, read_research_isolated
from infoview.research.worker import stopped
from infoview.spelling import DEFAULT_ENGLISH
from infoview.ui import cache, state

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "sample_research.xlsx"


class _NotKept(Exception):
    """A read the reader pool stopped: raised so that st.cache_data does not keep it."""

    def __init__(self, research: ResearchFile) -> None:
        super().__init__(research.file)
        self.research = research


@st.cache_data(show_spinner="Reading research…", max_entries=64)
def _read_kept(name: str, data: bytes) -> ResearchFile:
    research = read_research_isolated(name, data)
    if stopped(research):
        raise _NotKept(research)
    return research


def read_cached(name: str, data: bytes) -> ResearchFile:
    """One upload read by a reader process, so a hostile file cannot stall or kill the server;
    a read the pool stopped (too slow, too costly, every reader busy) is read again next time."""
    try:
        return _read_kept(name, data)
    except _NotKept as failed:
        return failed.research


_readers_lock = threading.Lock()
_reading: weakref.WeakValueDictionary[str, threading.Lock] = weakref.WeakValueDictionary()


def read_own(owner: str, name: str, data: bytes) -> ResearchFile:
    """`read_cached`, one file at a time per person (however many tabs they upload from), so
    one person's uploads never take every reader from the others."""
    with _readers_lock:
        lock = _reading.get(owner)
        if lock is None:
            lock = _reading[owner] = threading.Lock()
    with lock:
        return read_cached(name, data)


def read_sample() -> ResearchFile:
    return read_cached(SAMPLE.name, SAMPLE.read_bytes())


@st.cache_resource
def bank() -> tuple[BankQuestion, ...]:
    return load_bank()


def planned(
    profile: Profile,
    hypotheses: tuple[Hypothesis, ...],
    targets: Targets,
    edits: SheetEdits,
    asker: str,
    background: str | None = None,
    english: str = DEFAULT_ENGLISH,
) -> Sheet:
    """The sheet these inputs plan, planned once per session until one of them changes."""
    return cache.derived(
        ("planned", profile, hypotheses, targets, edits, asker, background, english),
        lambda: plan_sheet(
            profile,
            hypotheses,
            bank(),
            targets,
            pinned=edits.pinned,
            removed=edits.removed,
            custom=edits.custom,
            asker=asker,
            background=background,
            english=english,
        ),
    )


def current_sheet(edits: SheetEdits | None = None) -> Sheet:
    """The chosen profile's sheet (with `edits` instead of the kept ones, when given), built on
    what earlier interviews taught (`learned_sheet`)."""
    edits = state.sheet_edits() if edits is None else edits
    profile, targets = state.profile(), state.targets()
    me = state.seeker()
    asker = asker_line(me.name, me.background)
    background = me.background_placement.code
    return learned_sheet(
        lambda hypotheses: planned(
            profile, tuple(hypotheses), targets, edits, asker, background, me.english
        ),
        state.flagged(),
        state.interviews(),
        state.secrets(),
    )


def rendered(sheet: Sheet, fmt: str, paper: str, day: date) -> bytes:
    """The sheet as a download, dated `day`: part of the key, so tomorrow is not today."""
    return cache.derived(
        ("rendered", sheet, fmt, paper, day), lambda: render(sheet, fmt, paper=paper, day=day)
    )
