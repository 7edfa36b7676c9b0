"""One writer per database file: a lock file ``NAME.sqlite3.lock`` beside it.

SQLite itself would let two copies of OTOP Desk write the same file safely transaction by
transaction, but each window would show stale data and overwrite the other's edits, and
an import from the command line would be silently reverted by the window's next save. So
the window and every command that writes take this lock, and whoever comes second is told
who has the database (a command may wait for another command to finish).

The lock file names its owner: process id, the process's start time, the computer's boot
time and host name, and whether it is a window or a command. A lock is stale, and taken
over, when its process no longer runs on this computer, or when that process id now
belongs to another process (a reboot reuses ids: the boot time or the start time then
differs). A lock from another computer (a database on a shared or USB drive) cannot be
checked; the person decides whether to take it over.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import psutil

from otop_desk.db.fsclock import age_seconds
from otop_desk.domain import clock

WINDOW, COMMAND = "window", "command"

#: Start times of one process read twice may differ by rounding.
_SAME_START_SECONDS = 2.0


@dataclass(frozen=True)
class LockOwner:
    pid: int
    host: str
    since: str
    kind: str = WINDOW
    started: float | None = None  # the owner process's start time (epoch seconds)
    boot: float | None = None  # when the owner's computer booted (epoch seconds)

    @property
    def on_this_host(self) -> bool:
        return self.host == socket.gethostname()


class DatabaseInUseError(RuntimeError):
    def __init__(self, owner: LockOwner) -> None:
        what = "a command" if owner.kind == COMMAND else "OTOP Desk"
        super().__init__(f"the database is in use by {what} (process {owner.pid} on {owner.host})")
        self.owner = owner


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def _process_start(pid: int) -> float | None:
    try:
        return psutil.Process(pid).create_time()
    except (psutil.Error, OSError):
        return None


def _boot_time() -> float | None:
    try:
        return psutil.boot_time()
    except (psutil.Error, OSError):
        return None


def pid_alive(pid: int) -> bool:
    return pid > 0 and psutil.pid_exists(pid)


def owner_running(owner: LockOwner) -> bool:
    """Does the process that wrote the lock still run (on this computer)?"""
    if not pid_alive(owner.pid):
        return False
    boot = _boot_time()
    if owner.boot is not None and boot is not None and abs(owner.boot - boot) > _SAME_START_SECONDS:
        return False  # written before a reboot: its process is gone, whatever runs now
    started = _process_start(owner.pid)
    # A different start time: the id now belongs to another process.
    return owner.started is None or started is None or abs(owner.started - started) <= _SAME_START_SECONDS


def read_owner(path: Path) -> LockOwner | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return LockOwner(
            int(data["pid"]), str(data["host"]), str(data.get("since", "")),
            str(data.get("kind", WINDOW)),
            float(data["started"]) if data.get("started") is not None else None,
            float(data["boot"]) if data.get("boot") is not None else None,
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


class DatabaseLock:
    def __init__(self, db_path: Path, kind: str = WINDOW) -> None:
        self.path = lock_path(db_path)
        self.kind = kind
        self.held = False

    def _me(self) -> dict[str, object]:
        return {"pid": os.getpid(), "host": socket.gethostname(),
                "since": clock.current().local_now().isoformat(timespec="seconds"),
                "kind": self.kind, "started": _process_start(os.getpid()), "boot": _boot_time()}

    def _create(self) -> None:
        """Make the lock file with its content in one step (``FileExistsError`` if taken).

        Written beside it first and hard-linked into place, so nobody ever reads an empty
        lock whose writer has not named itself yet. Where the file system has no hard
        links (a FAT-formatted USB stick) it is created exclusively and then written.
        """
        content = json.dumps(self._me())
        temp = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        fd = os.open(temp, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(content)
        try:
            os.link(temp, self.path)
        except FileExistsError:
            raise
        except OSError:
            fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(content)
        finally:
            temp.unlink(missing_ok=True)

    def acquire(self, *, take_over: bool = False) -> None:
        """Take the lock, or raise ``DatabaseInUseError`` naming the owner.

        ``take_over`` replaces a lock whose owner cannot be checked (another computer),
        after the person has said that copy is no longer running.
        """
        for _attempt in range(3):
            try:
                self._create()
            except FileExistsError:
                owner = read_owner(self.path)
                if owner is not None and owner.pid == os.getpid() and owner.on_this_host:
                    self.held = True
                    return
                age = age_seconds(self.path)
                if owner is None and (age is None or age < 5):
                    # Just created by another copy that has not written its name yet (a
                    # drive without hard links): someone is taking it, so wait like it.
                    raise DatabaseInUseError(LockOwner(0, "?", "", COMMAND)) from None
                stale = owner is None or (owner.on_this_host and not owner_running(owner))
                if not stale and not take_over:
                    raise DatabaseInUseError(owner) from None  # type: ignore[arg-type]
                self.path.unlink(missing_ok=True)
                continue
            self.held = True
            return
        raise DatabaseInUseError(read_owner(self.path) or LockOwner(0, "?", ""))

    def acquire_waiting(self, seconds: float, on_wait: Callable[[LockOwner], None] | None = None,
                        poll: float = 0.25) -> None:
        """Like ``acquire``, but wait up to ``seconds`` while another *command* (an import,
        an export) holds the lock: scripts that import many workbooks at once then run one
        after the other. A window's lock is refused at once: it does not end by itself."""
        deadline = time.monotonic() + seconds
        told = False
        while True:
            try:
                self.acquire()
                return
            except DatabaseInUseError as error:
                owner = error.owner
                if owner.kind != COMMAND or time.monotonic() >= deadline:
                    raise
                if not told and on_wait is not None:
                    on_wait(owner)
                    told = True
            time.sleep(poll)

    def release(self) -> None:
        if not self.held:
            return
        owner = read_owner(self.path)
        if owner is not None and owner.pid == os.getpid() and owner.on_this_host:
            with contextlib.suppress(OSError):
                self.path.unlink(missing_ok=True)
        self.held = False

    def __enter__(self) -> DatabaseLock:
        self.acquire()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()
