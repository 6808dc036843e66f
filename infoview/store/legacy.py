"""Migration 3's data step: a schema-2 workspace's rows become owner "local"'s records.

Schema 2 kept research as text cells only, so the parsed amounts and dates are worked out again
here from the cells, the kind and the roles, as the import did when the file was read.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pandas as pd

from infoview.hypotheses import Hypothesis
from infoview.log import FollowUp, Interview, Outcome, Referral
from infoview.profile import Profile
from infoview.research import Issue, ResearchFile, ResearchTable, retype_table
from infoview.store import codec
from infoview.store.database import Connection

LOCAL = "local"
_PROFILE_COLUMNS = (
    "name",
    "organization",
    "title",
    "seniority",
    "specialty",
    "insider",
    "referred_by",
    "minutes",
)


def move_legacy_rows(conn: Connection) -> None:
    """Copy every legacy_* table's rows into the new tables; the caller drops legacy_*."""
    _move_research(conn)
    _move_hypotheses(conn)
    _move_profiles_and_sheets(conn)
    _move_documents(conn)
    _move_interviews(conn)


def _insert(conn: Connection, table: str, row: dict) -> None:
    row = {"owner": LOCAL, **row}
    names = ", ".join(row)
    marks = ", ".join(f":{name}" for name in row)
    conn.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", row)


def _grouped(rows) -> dict[object, list[tuple]]:
    groups: dict[object, list[tuple]] = {}
    for row in rows:
        groups.setdefault(row[0], []).append(tuple(row[1:]))
    return groups


def _move_research(conn: Connection) -> None:
    files = conn.execute(
        "SELECT id, name, error_code, error_message, added_at FROM legacy_research_files "
        "ORDER BY id"
    ).fetchall()
    for position, (file_id, name, code, message, added_at) in enumerate(files):
        research = _legacy_file(conn, file_id, name, code, message)
        _insert(
            conn,
            "research_files",
            {
                "name": name,
                "position": position,
                "content": codec.dumps(research),
                "version": 1,
                "added_at": added_at,
            },
        )


def _legacy_file(
    conn: Connection, file_id: int, name: str, code: str | None, message: str | None
) -> ResearchFile:
    issues = _grouped(
        conn.execute(
            "SELECT COALESCE(table_id, 0), code, severity, message, sheet, row, column_name "
            "FROM legacy_research_issues WHERE file_id = :file ORDER BY id",
            {"file": file_id},
        ).fetchall()
    )

    def issues_of(key: int) -> tuple[Issue, ...]:
        return tuple(
            Issue(c, s, m, name, sh, r, col) for c, s, m, sh, r, col in issues.get(key, ())
        )

    tables = []
    for table_id, sheet, kind, header_row, row_count in conn.execute(
        "SELECT id, sheet, kind, header_row, row_count FROM legacy_research_tables "
        "WHERE file_id = :file ORDER BY position",
        {"file": file_id},
    ).fetchall():
        columns = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM legacy_research_columns WHERE table_id = :t ORDER BY position",
                {"t": table_id},
            ).fetchall()
        ]
        grid = [[""] * len(columns) for _ in range(row_count)]
        for row, col, value in conn.execute(
            "SELECT row, col, value FROM legacy_research_cells WHERE table_id = :t",
            {"t": table_id},
        ).fetchall():
            grid[row][col] = value
        roles = dict(
            conn.execute(
                "SELECT role, column_name FROM legacy_research_roles WHERE table_id = :t "
                "ORDER BY position",
                {"t": table_id},
            ).fetchall()
        )
        table = ResearchTable(
            file=name,
            sheet=sheet,
            kind=kind,
            header_row=header_row,
            columns=roles,
            frame=pd.DataFrame(grid, columns=columns, dtype="str"),
            issues=issues_of(table_id),
        )
        tables.append(_with_parsed_values(table))
    error = None if code is None else Issue(code, "error", message or "", file=name)
    return ResearchFile(file=name, tables=tuple(tables), error=error, issues=issues_of(0))


def _with_parsed_values(table: ResearchTable) -> ResearchTable:
    """The amounts and dates parsed again; the issues stay those the import reported."""
    try:
        parsed = retype_table(table, table.kind, table.columns)
    except ValueError:  # roles a later InfoView no longer knows: keep the text only
        return table
    return replace(parsed, issues=table.issues)


def _move_hypotheses(conn: Connection) -> None:
    for position, (i, s, t, p, f, src, fig, c) in enumerate(
        conn.execute(
            "SELECT id, statement, topic, priority, flagged, source, figure, custom "
            "FROM legacy_hypotheses ORDER BY position"
        ).fetchall()
    ):
        hypothesis = Hypothesis(
            id=i,
            statement=s,
            topic=t,
            priority=p,
            flagged=bool(f),
            source=src,
            figure=fig,
            custom=bool(c),
        )
        _insert(
            conn,
            "hypotheses",
            {"id": i, "position": position, "content": codec.dumps(hypothesis), "version": 1},
        )


def _profile(row: tuple) -> Profile:
    values = dict(zip(_PROFILE_COLUMNS, row, strict=True))
    return Profile(**{**values, "insider": bool(values["insider"])})


def _move_profiles_and_sheets(conn: Connection) -> None:
    from infoview.store.workspace import profile_digest

    for row in conn.execute(
        f"SELECT id, saved_at, {', '.join(_PROFILE_COLUMNS)} FROM legacy_profiles ORDER BY id"
    ).fetchall():
        profile = _profile(row[2:])
        _insert(
            conn,
            "profiles",
            {
                "id": row[0],
                "digest": profile_digest(profile),
                "content": codec.dumps(profile),
                "saved_at": row[1],
            },
        )
    for sheet_id, profile_id, digest, created_at, content in conn.execute(
        "SELECT id, profile_id, digest, created_at, content FROM legacy_sheets ORDER BY id"
    ).fetchall():
        _insert(
            conn,
            "sheets",
            {
                "id": sheet_id,
                "profile_id": profile_id,
                "digest": digest,
                "created_at": created_at,
                "content": content,
            },
        )
    for sheet_id, position, hypothesis_id, statement in conn.execute(
        "SELECT sheet_id, position, hypothesis_id, statement FROM legacy_sheet_hypotheses "
        "ORDER BY sheet_id, position"
    ).fetchall():
        _insert(
            conn,
            "sheet_hypotheses",
            {
                "sheet_id": sheet_id,
                "position": position,
                "hypothesis_id": hypothesis_id,
                "statement": statement,
            },
        )


def _move_documents(conn: Connection) -> None:
    for key, value in conn.execute("SELECT key, value FROM legacy_settings").fetchall():
        _insert(conn, "documents", {"key": key, "content": value, "version": 1})


def _move_interviews(conn: Connection) -> None:
    outcomes = _grouped(
        conn.execute(
            "SELECT interview_id, hypothesis_id, statement, result, note FROM legacy_outcomes "
            "ORDER BY interview_id, position"
        ).fetchall()
    )
    referrals = _grouped(
        conn.execute(
            "SELECT interview_id, name, organization, contact, may_use_my_name, "
            "will_introduce, check_back_days FROM legacy_referrals ORDER BY interview_id, id"
        ).fetchall()
    )
    profiles = {
        row[0]: _profile(row[1:])
        for row in conn.execute(
            f"SELECT id, {', '.join(_PROFILE_COLUMNS)} FROM legacy_profiles"
        ).fetchall()
    }
    for row in conn.execute(
        "SELECT id, profile_id, sheet_id, held_on, org_type, confidential, thank_you_sent, "
        "recorded_at FROM legacy_interviews ORDER BY id"
    ).fetchall():
        interview_id, profile_id, sheet_id, held_on, org_type, confidential, thanked, at = row
        interview = Interview(
            profile=profiles[profile_id],
            held_on=date.fromisoformat(held_on),
            outcomes=tuple(Outcome(*o) for o in outcomes.get(interview_id, ())),
            referrals=tuple(
                Referral(n, org, c, bool(m), bool(w), d)
                for n, org, c, m, w, d in referrals.get(interview_id, ())
            ),
            org_type=org_type,
            confidential=bool(confidential),
            thank_you_sent=bool(thanked),
            sheet_id=sheet_id,
        )
        _insert(
            conn,
            "interviews",
            {
                "id": interview_id,
                "profile_id": profile_id,
                "sheet_id": sheet_id,
                "held_on": held_on,
                "content": codec.dumps(interview),
                "recorded_at": at,
                "version": 1,
            },
        )
    for follow_up_id, interview_id, kind, due_on, action, done in conn.execute(
        "SELECT id, interview_id, kind, due_on, action, done FROM legacy_follow_ups ORDER BY id"
    ).fetchall():
        follow_up = FollowUp(kind, date.fromisoformat(due_on), action, bool(done))
        _insert(
            conn,
            "follow_ups",
            {
                "id": follow_up_id,
                "interview_id": interview_id,
                "content": codec.dumps(follow_up),
                "version": 1,
            },
        )
