"""The two databases a workspace lives in: a SQLite file (local) or PostgreSQL (hosted).

Both give the repository the same thing: a `Connection` whose SQL uses `:name` parameters, a
write transaction that queues writers of one owner, and a lock held while migrating. Driver
errors become the `WorkspaceError` that names what went wrong.
"""

from __future__ import annotations

import os
import re
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from infoview.errors import (
    NotAWorkspace,
    WorkspaceBusy,
    WorkspaceError,
    WorkspaceFull,
    WorkspaceReadOnly,
    WorkspaceUnreachable,
)

BUSY_SECONDS = 15
# A database server that does not answer within this is reported unreachable, not waited on.
CONNECT_SECONDS = 5
# How long a query waits for one of the pool's connections (all busy, or being replaced).
POOL_WAIT_SECONDS = 10.0
POSTGRES_PREFIXES = ("postgresql://", "postgres://")
POOL_SIZE = int(os.environ.get("INFOVIEW_DB_POOL", "10"))
# Any fixed number: every InfoView server takes this advisory lock to migrate.
MIGRATION_LOCK = 7_261_100
PRIVATE_FILE = 0o600
# The PostgreSQL setting that names, per transaction, whose rows row-level security shows.
OWNER_SETTING = "infoview.owner"


class Connection:
    """A driver connection that takes `:name` parameters in either dialect."""

    def __init__(self, raw, dialect: str) -> None:
        self.raw = raw
        self.dialect = dialect

    def execute(self, sql: str, params: Mapping[str, object] | None = None):
        return self.raw.execute(self._sql(sql), params or {})

    def executemany(self, sql: str, rows: Iterable[Mapping[str, object]]) -> None:
        rows = list(rows)
        if not rows:
            return
        if self.dialect == "sqlite":
            self.raw.executemany(sql, rows)
        else:
            with self.raw.cursor() as cursor:
                cursor.executemany(self._sql(sql), rows)

    def _sql(self, sql: str) -> str:
        return sql if self.dialect == "sqlite" else _postgres_sql(sql)


@lru_cache(maxsize=512)
def _postgres_sql(sql: str) -> str:
    return re.sub(r"(?<!:):([a-z_][a-z0-9_]*)", r"%(\1)s", sql.replace("%", "%%"))


class SqliteDatabase:
    """A workspace file; WAL mode, full sync, readable by its owner only."""

    dialect = "sqlite"

    def __init__(self, path: Path) -> None:
        self.path = path
        self.location = str(path)

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        try:
            _create_private(self.path)
            raw = sqlite3.connect(self.path, timeout=BUSY_SECONDS, isolation_level=None)
            raw.execute("PRAGMA foreign_keys = ON")
            # FULL: a commit the user saw must survive a crash right after it.
            raw.execute("PRAGMA synchronous = FULL")
        except (sqlite3.Error, OSError) as exc:
            raise self.error(exc) from exc
        try:
            yield Connection(raw, self.dialect)
        except sqlite3.Error as exc:
            raise self.error(exc) from exc
        finally:
            raw.close()

    @contextmanager
    def transaction(self, conn: Connection, owner: str) -> Iterator[None]:
        """Takes the write lock at once, so two writers queue instead of failing."""
        conn.raw.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            conn.raw.execute("ROLLBACK")
            raise
        conn.raw.execute("COMMIT")

    @contextmanager
    def reading(self, conn: Connection, owner: str) -> Iterator[None]:
        """Reads need no transaction here: the owner scope is the file's only guard."""
        yield

    @contextmanager
    def migration_lock(self, conn: Connection) -> Iterator[None]:
        conn.raw.execute("PRAGMA journal_mode = WAL")
        yield  # each migration runs under BEGIN IMMEDIATE and re-checks what is applied

    def begin_migration(self, conn: Connection) -> None:
        conn.raw.execute("BEGIN IMMEDIATE")

    @contextmanager
    def erasing(self, conn: Connection) -> Iterator[None]:
        """Deleted rows are overwritten in the file and in its write-ahead log, not just freed."""
        conn.raw.execute("PRAGMA secure_delete = ON")
        yield
        conn.raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def error(self, exc: BaseException) -> WorkspaceError:
        return sqlite_error(self.path, exc)

    def ping(self) -> None:
        """Raise WorkspaceError unless the workspace file answers a query now."""
        with self.connect() as conn:
            conn.execute("SELECT 1")


def _create_private(path: Path) -> None:
    """Create the database file readable by its owner only; SQLite gives its WAL and SHM
    files the same mode. An existing file is narrowed to that mode."""
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE))
    except FileExistsError:
        status = path.stat()
        if status.st_mode & 0o777 != PRIVATE_FILE and status.st_uid == os.geteuid():
            path.chmod(PRIVATE_FILE)


def sqlite_error(path: Path, exc: BaseException) -> WorkspaceError:
    """The WorkspaceError that names what SQLite (or the file system) refused."""
    if isinstance(exc, WorkspaceError):
        return exc
    code = getattr(exc, "sqlite_errorcode", None)
    primary = None if code is None else code & 0xFF
    text = str(exc)
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in text:
        return WorkspaceBusy(
            f"The workspace database {path} stayed busy for {BUSY_SECONDS} s: another InfoView "
            "window or command is writing to it. Try again in a moment."
        )
    if primary == sqlite3.SQLITE_FULL or getattr(exc, "errno", None) == 28:
        return WorkspaceFull(
            f"The disk holding the workspace database {path} is full; nothing was saved. Free "
            "some space, then try again."
        )
    if primary in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM) or isinstance(
        exc, PermissionError
    ):
        return WorkspaceReadOnly(
            f"The workspace database {path} (or its folder) cannot be written; nothing was "
            "saved. Make it writable, or choose another file with INFOVIEW_DB or --db PATH."
        )
    if primary in (sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT) or "no such table" in text:
        return NotAWorkspace(
            f"The workspace database {path} cannot be used ({exc}). If it is not an InfoView "
            "workspace, move it away or choose another file with INFOVIEW_DB or --db PATH."
        )
    return WorkspaceError(f"The workspace database {path} refused a change ({exc}).")


class PostgresDatabase:
    """A PostgreSQL database shared by several servers, through one connection pool."""

    dialect = "postgresql"

    def __init__(self, url: str) -> None:
        self.url = url
        self.location = _without_password(url)
        self.migrated = False
        self.lock = threading.Lock()
        self._replacing = threading.Lock()
        self.pool = self._new_pool()

    def _new_pool(self):
        from psycopg_pool import ConnectionPool

        refusal = self._refusal()  # at once, and why, rather than after the pool's wait
        if refusal is not None:
            raise self.error(refusal) from refusal

        # check=: a connection the pool hands out is tried first, so one left dead by a
        # database restart is replaced instead of failing (or seeming to save) the next write.
        pool = ConnectionPool(
            self.url,
            min_size=1,
            max_size=POOL_SIZE,
            kwargs={"autocommit": True, "connect_timeout": CONNECT_SECONDS},
            open=False,
            name="infoview",
            check=ConnectionPool.check_connection,
        )
        try:
            pool.open(wait=True, timeout=BUSY_SECONDS)
        except Exception as exc:
            pool.close()
            raise self.error(self._refusal() or exc) from exc
        return pool

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        import psycopg

        try:
            pool, raw = self._connection(self.pool)
        except (psycopg.Error, _pool_timeout()) as exc:
            raise self.error(exc) from exc
        try:
            yield Connection(raw, self.dialect)
        except psycopg.Error as exc:
            raise self.error(exc) from exc
        finally:
            pool.putconn(raw)

    def _connection(self, pool):  # -> (the pool it came from, the connection)
        """A connection of `pool`; after an outage the pool's own retries back off (1, 2, 4...
        s), so when the database answers again but the pool does not, a new pool replaces it."""
        try:
            return pool, pool.getconn(timeout=POOL_WAIT_SECONDS)
        except _pool_timeout():
            refusal = self._refusal()
            if refusal is not None:
                raise refusal from None
        with self._replacing:
            if self.pool is pool:
                self.pool = self._new_pool()
                pool.close(timeout=1)
        fresh = self.pool
        return fresh, fresh.getconn(timeout=POOL_WAIT_SECONDS)

    def _refusal(self) -> Exception | None:
        """Why a connection of our own fails now (the pool only says it waited), or None."""
        import psycopg

        try:
            psycopg.connect(self.url, connect_timeout=CONNECT_SECONDS).close()
        except psycopg.Error as exc:
            return exc
        return None

    @contextmanager
    def transaction(self, conn: Connection, owner: str) -> Iterator[None]:
        """One owner's writes queue behind each other, on any server, like SQLite's lock."""
        with conn.raw.transaction():
            conn.raw.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (owner,))
            _name_owner(conn, owner)
            yield

    @contextmanager
    def reading(self, conn: Connection, owner: str) -> Iterator[None]:
        """A read transaction that names its owner: row-level security shows no one else's."""
        with conn.raw.transaction():
            _name_owner(conn, owner)
            yield

    @contextmanager
    def migration_lock(self, conn: Connection) -> Iterator[None]:
        """Servers starting together migrate one at a time; the others then find it done."""
        conn.raw.execute("SELECT pg_advisory_lock(%s)", (MIGRATION_LOCK,))
        try:
            yield
        finally:
            conn.raw.execute("SELECT pg_advisory_unlock(%s)", (MIGRATION_LOCK,))

    def begin_migration(self, conn: Connection) -> None:
        conn.raw.execute("BEGIN")

    @contextmanager
    def erasing(self, conn: Connection) -> Iterator[None]:
        """PostgreSQL's autovacuum reclaims deleted rows; no row is readable once committed."""
        yield

    def close(self) -> None:
        self.pool.close()

    def ping(self) -> None:
        """Raise WorkspaceError unless the database answers a query now."""
        with self.connect() as conn:
            conn.execute("SELECT 1")

    def error(self, exc: BaseException) -> WorkspaceError:
        return postgres_error(self.location, exc)


def _name_owner(conn: Connection, owner: str) -> None:
    """Row-level security's owner for this transaction only (true: local to it), so a pooled
    connection never carries one person's name into another's request."""
    conn.raw.execute("SELECT set_config(%s, %s, true)", (OWNER_SETTING, owner))


def _pool_timeout() -> type[Exception]:
    from psycopg_pool import PoolTimeout

    return PoolTimeout


def postgres_error(location: str, exc: BaseException) -> WorkspaceError:
    """The WorkspaceError that names what PostgreSQL refused."""
    import psycopg
    from psycopg import errors

    if isinstance(exc, WorkspaceError):
        return exc
    if isinstance(exc, errors.DiskFull | errors.OutOfMemory):
        return WorkspaceFull(
            f"The database server of the workspace {location} is out of space; nothing was "
            "saved. Tell whoever runs it."
        )
    if isinstance(exc, errors.ReadOnlySqlTransaction | errors.InsufficientPrivilege):
        return WorkspaceReadOnly(
            f"The workspace database {location} refuses writes ({_first_line(exc)}); nothing "
            "was saved. Check the database user's rights, or that this is not a read replica."
        )
    if isinstance(exc, errors.LockNotAvailable | errors.DeadlockDetected | errors.QueryCanceled):
        return WorkspaceBusy(
            f"The workspace database {location} stayed busy: another server is writing the same "
            "records. Try again in a moment."
        )
    if isinstance(exc, errors.UndefinedTable | errors.UndefinedColumn):
        return NotAWorkspace(
            f"The database {location} is not an InfoView workspace ({_first_line(exc)}). Point "
            "INFOVIEW_DB at a database of its own."
        )
    # libpq reports a refused sign-in only in its message (no SQLSTATE before a session).
    if isinstance(exc, psycopg.OperationalError) and re.search(
        r"password authentication failed|no password supplied|role .* does not exist", str(exc)
    ):
        return WorkspaceUnreachable(
            f"The workspace database server {location} refused InfoView's sign-in "
            f"({_first_line(exc)}). Check the user name and password in INFOVIEW_DB."
        )
    if isinstance(exc, psycopg.OperationalError | _pool_timeout()):
        return WorkspaceUnreachable(
            f"The workspace database server {location} cannot be reached ({_first_line(exc)}). "
            "Check INFOVIEW_DB and that the server is running."
        )
    return WorkspaceError(f"The workspace database {location} refused a change ({exc}).")


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _without_password(url: str) -> str:
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


_POOLS: dict[str, PostgresDatabase] = {}
_POOLS_LOCK = threading.Lock()


def database_at(location: str | Path) -> SqliteDatabase | PostgresDatabase:
    """The database a location names: a postgresql:// URL (one pool per URL), else a file."""
    text = str(location)
    if not text.startswith(POSTGRES_PREFIXES):
        return SqliteDatabase(Path(location))
    with _POOLS_LOCK:
        if text not in _POOLS:
            _POOLS[text] = PostgresDatabase(text)
        return _POOLS[text]


def close_database(location: str | Path) -> None:
    """Close the pool this process keeps for a postgresql:// location (none for a file)."""
    with _POOLS_LOCK:
        database = _POOLS.pop(str(location), None)
    if database is not None:
        database.close()
