"""A file InfoView cannot read is explained right under the uploader, with what to do."""

import pytest

from infoview.ui.keys import Keys
from tests.conftest import DATA
from tests.ui.test_flow import new_app


@pytest.mark.parametrize(
    ("name", "message"),
    [
        (
            "resume_saved_as_pdf.pdf",
            "resume_saved_as_pdf.pdf is a PDF document, not a spreadsheet: InfoView reads "
            "tables only. If it holds a table, copy the table into a spreadsheet, save it as "
            ".xlsx or .csv and upload that copy.",
        ),
        (
            "random_bytes.xlsx",
            "random_bytes.xlsx is neither a spreadsheet nor a text table. Open it in a "
            "spreadsheet program and save it as .xlsx or .csv, then upload that copy.",
        ),
    ],
)
def test_unreadable_upload_is_explained_under_the_uploader(name, message):
    app = new_app()
    app.file_uploader(key=Keys.UPLOADER).set_value(
        (name, (DATA / name).read_bytes(), "application/octet-stream")
    )
    app.run()
    assert not app.exception
    uploader_column = app.columns[0]
    assert [e.value for e in uploader_column.error] == [f"**{name}**: {message}"]
    assert [b.label for b in uploader_column.button] == [f"Remove {name}"]
    assert not app.subheader  # no file section further down the page

    uploader_column.button[0].click().run()
    assert not app.error
    # A fresh, empty uploader: no chip names the file removed.
    assert app.file_uploader(key=f"{Keys.UPLOADER}-1").value == []
    assert [c.value for c in app.columns[0].caption] == [
        "A file over 25 MB is refused by the uploader and marked in red, unread: save only the "
        "sheets you need (or split it) and upload that."
    ]


def test_a_file_past_the_persons_limit_is_told_in_words_and_not_read(monkeypatch):
    from infoview import limits

    monkeypatch.setattr(limits, "MAX_FILES", 1)
    app = new_app()
    app.file_uploader(key=Keys.UPLOADER).set_value(
        [
            ("first.csv", b"Role,Salary\nAnalyst,50000\n", "text/csv"),
            ("second.csv", b"Role,Salary\nEngineer,90000\n", "text/csv"),
        ]
    )
    app.run()
    assert not app.exception
    assert list(app.session_state[Keys.RESEARCH]) == ["first.csv"]
    assert [e.value for e in app.columns[0].error] == [
        "second.csv was not read: you already keep 1 research file, the most InfoView keeps "
        "for one person. Remove one you no longer need, then upload it again."
    ]
