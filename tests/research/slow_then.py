"""`then`s for the reader pool, one slow and one quick, in a module the reader imports in a
moment (a test module would bring pytest into the reader first)."""

import time

SECONDS = 9  # longer than the read is given in test_worker


def slow_sheet_names(research):
    """What a reader makes of a file, taking longer than the read was given."""
    time.sleep(SECONDS)
    return [table.sheet for table in research.tables]


def read_research_sheets(research):
    """What a reader makes of a file at once: its sheet names."""
    return [table.sheet for table in research.tables]
