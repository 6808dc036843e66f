"""The Research page says in words how sure each table's reading is, and where to correct it."""

from infoview.ui.keys import Keys
from tests.conftest import DATA
from tests.ui.test_flow import labelled, new_app


def test_each_table_says_how_sure_its_reading_is():
    app = new_app()
    labelled(app.button, "Load sample research").click().run()
    assert not app.exception
    assert [c.value for c in app.caption if c.value.endswith(": sure.")] == [
        "Salary table (sure). Role, Company, Location, Base pay, Source: sure.",
        "Trends table (sure). Headline, Evidence, Date, Source, Flag: sure.",
        "Org chart (sure). Department, Person, Title, Reports to, Known: sure.",
    ]


def test_a_guessed_column_is_named_with_its_picker_below():
    app = new_app()
    name = "pay_table_unsure_places_and_dates.csv"
    app.file_uploader(key=Keys.UPLOADER).set_value((name, (DATA / name).read_bytes(), "text/csv"))
    app.run()
    assert not app.exception
    line = (
        "Salary table (sure). Role, Base pay: sure; Location: likely; Date: guessed — pick it "
        "below if wrong."
    )
    assert line in [c.value for c in app.caption]
    [section] = [e for e in app.expander if "**salary**" in e.label]
    assert labelled(section.selectbox, "Date").value == "Date"
    assert labelled(section.selectbox, "Base pay").value == "Salary"
