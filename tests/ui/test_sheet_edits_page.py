"""Editing the sheet never moves other questions silently: what an edit pushes off the plan is
named, with Undo."""

from __future__ import annotations

from tests.ui.test_flow import labelled, planned_app, sheet_texts


def planned_texts(app) -> list[str]:
    """The planned questions, after the opening (whose wording follows the rest of the plan)."""
    later = {t.value for e in app.expander if e.label.startswith("If time permits") for t in e.text}
    return [t for t in sheet_texts(app) if t not in later][1:]


def test_an_added_question_that_makes_room_says_what_moved_and_undo_brings_it_back():
    app = planned_app()
    moved = 0
    for n in range(4):
        before = planned_texts(app)
        labelled(app.text_input, "Question").set_value(f"What changed in your team in year {n}?")
        labelled(app.button, "Add question").click().run()
        assert not app.exception
        gone = [t.removeprefix("☐ ") for t in before if t not in planned_texts(app)]
        notice = " ".join(i.value for i in app.info if "made room" in i.value)
        assert [t for t in gone if f"“{t}” moved to If time permits" not in notice] == []
        moved += len(gone)
    assert moved > 0
    labelled(app.button, "Undo that change").click().run()
    assert [t for t in before if t not in planned_texts(app)] == []
    assert not [i for i in app.info if "made room" in i.value]


def test_a_swap_replaces_one_question_and_keeps_the_others_planned():
    app = planned_app()
    before = planned_texts(app)
    swaps = [b.key for b in app.button if b.key and b.key.startswith("sheet-swap-")]
    for key in swaps[1:4]:  # the first swaps the opening itself
        app.button(key=key).click().run()
        assert not app.exception
        gone = [t for t in before if t not in planned_texts(app)]
        notice = " ".join(i.value for i in app.info if "made room" in i.value)
        assert len([t for t in gone if t.removeprefix("☐ ") not in notice]) == 1, (key, gone)
        labelled(app.button, "Undo my changes to this sheet").click().run()
        assert planned_texts(app) == before
