"""Exceptions InfoView raises when it cannot go on; each message says what to do.

InfoViewError
 ├── ResearchImportError         a research file cannot be read at all
 ├── BankError              the question bank has a bad row
 ├── ProfileError           an interviewee profile is not valid
 ├── PlanError              a sheet cannot be planned from what was asked (e.g. a bad section)
 ├── ExportError            a sheet cannot be rendered in the asked format
 ├── WorkspaceError         the workspace database or a workspace file cannot be used
 │    ├── WorkspaceBusy          another window or server held the database too long
 │    ├── WorkspaceFull          the disk (or the database server's) is full
 │    ├── WorkspaceReadOnly      the database file or server refuses writes
 │    ├── WorkspaceUnreachable   the database server cannot be reached
 │    ├── NotAWorkspace          the file or database is not an InfoView workspace
 │    ├── WorkspaceUnreadable    the workspace holds records no InfoView wrote
 │    └── WorkspaceConflict      a record was changed in another tab since it was read
 ├── LogError               an interview log entry has a value that cannot be recorded
 ├── OutreachError          a draft or reminder lacks something it needs
 └── HostedError            hosted mode is not set up right, or a sign-in lacks who it is

Problems that still let the work go on (a bad row, an odd column) are not exceptions:
they are `infoview.research.issues.Issue` values in an import report.
"""


class InfoViewError(Exception):
    """Base of every error InfoView raises on purpose."""


class ResearchImportError(InfoViewError):
    """A research file cannot be read at all; `code` is stable for tools."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class BankError(InfoViewError):
    """The question bank has a row that cannot be used."""


class ProfileError(InfoViewError):
    """An interviewee profile has a value that cannot be planned for."""


class PlanError(InfoViewError):
    """A sheet cannot be planned from the options given."""


class ExportError(InfoViewError):
    """A sheet cannot be rendered in the asked format."""


class WorkspaceError(InfoViewError):
    """The workspace database, or a workspace export file, cannot be opened or used."""


class WorkspaceBusy(WorkspaceError):
    """Another window, command or server kept the workspace locked for too long."""


class WorkspaceFull(WorkspaceError):
    """The disk holding the workspace, or the database server's, has no room left."""


class WorkspaceReadOnly(WorkspaceError):
    """The workspace file, its folder or the database server refuses writes."""


class WorkspaceUnreachable(WorkspaceError):
    """The PostgreSQL server named by INFOVIEW_DB cannot be reached or refuses the sign-in."""


class NotAWorkspace(WorkspaceError):
    """The file or database at the workspace location is something else, or damaged."""


class WorkspaceUnreadable(WorkspaceError):
    """The workspace holds records no InfoView wrote; its message is for the person."""


class WorkspaceConflict(WorkspaceError):
    """A record changed in another tab (or server) after this copy of it was read."""

    def __init__(self, what: str, key: str) -> None:
        super().__init__(
            f"{what} was changed in another tab - reload to see the latest, then make your "
            "change again. Nothing was saved."
        )
        self.what = what
        self.key = key


class LogError(InfoViewError):
    """An interview log entry (outcome, referral, follow-up) has a value that cannot be kept."""


class OutreachError(InfoViewError):
    """A draft or reminder cannot be written from what was given; the message says what to add,
    in the words of the page, and `flag` the command-line option that gives it."""

    def __init__(self, message: str, flag: str = "") -> None:
        super().__init__(message)
        self.flag = flag


class HostedError(InfoViewError):
    """Hosted mode cannot serve: its sign-in settings are incomplete or a sign-in lacks an id."""
