"""One writer per database file: a lock file ``NAME.sqlite3.lock`` beside it.

SQLite itself would let two copies of OTOP Desk write the same file safely transaction by
transaction, but each window would show stale data and overwrite the other's edits. So
the second copy is told the database is in use.

The lock file holds the owner's process id and host name. A lock whose process no longer
runs on this computer (a crash, a power cut) is stale and is taken over. A lock from
another computer (a database on a shared or USB drive) cannot be checked; the person
decides whether to take it over.
"""

from __future__ import annotations

import json
import os
import socket
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


@dataclass(frozen=True)
class LockOwner:
    pid: int
    host: str
    since: str

    @property
    def on_this_host(self) -> bool:
        return self.host == socket.gethostname()


class DatabaseInUseError(RuntimeError):
    def __init__(self, owner: LockOwner) -> None:
        super().__init__(f"the database is in use by process {owner.pid} on {owner.host}")
        self.owner = owner


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, belongs to someone else
    return True


def read_owner(path: Path) -> LockOwner | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return LockOwner(int(data["pid"]), str(data["host"]), str(data.get("since", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _age_seconds(path: Path) -> float:
    try:
        return datetime.now().timestamp() - path.stat().st_mtime
    except OSError:
        return 0.0


class DatabaseLock:
    def __init__(self, db_path: Path) -> None:
        self.path = lock_path(db_path)
        self.held = False

    def acquire(self, *, take_over: bool = False) -> None:
        """Take the lock, or raise ``DatabaseInUseError`` naming the owner.

        ``take_over`` replaces a lock whose owner cannot be checked (another computer),
        after the person has said that copy is no longer running.
        """
        me = {"pid": os.getpid(), "host": socket.gethostname(),
              "since": datetime.now().isoformat(timespec="seconds")}
        for _attempt in range(3):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            except FileExistsError:
                owner = read_owner(self.path)
                if owner is not None and owner.pid == os.getpid() and owner.on_this_host:
                    self.held = True
                    return
                if owner is None and _age_seconds(self.path) < 5:
                    # Just created by another copy that has not written its name yet.
                    raise DatabaseInUseError(LockOwner(0, "?", "")) from None
                stale = owner is None or (owner.on_this_host and not pid_alive(owner.pid))
                if not stale and not take_over:
                    raise DatabaseInUseError(owner) from None  # type: ignore[arg-type]
                self.path.unlink(missing_ok=True)
                continue
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(me, f)
            self.held = True
            return
        raise DatabaseInUseError(read_owner(self.path) or LockOwner(0, "?", ""))

    def release(self) -> None:
        if not self.held:
            return
        owner = read_owner(self.path)
        if owner is not None and owner.pid == os.getpid() and owner.on_this_host:
            self.path.unlink(missing_ok=True)
        self.held = False

    def __enter__(self) -> DatabaseLock:
        self.acquire()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()
