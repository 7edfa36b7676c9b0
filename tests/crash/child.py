"""The processes the crash-safety test kills: each saves records through the services forever.

    python -m tests.crash.child DB LOG

reads one seed a line on stdin and, for each, forks a writer that opens DB, prints
``ready PID`` and saves records until it is killed. When the writer has ended, this
process prints ``ended PID STATUS`` (STATUS: minus the signal that ended it, or its exit
code). Python, SQLAlchemy and OTOP Desk are loaded and the ORM's mappers configured once,
before the first fork (that was over a second of every trial); no database is open in
the process that forks, so each writer opens its own.

After each commit returns, the writer writes one line to LOG (fsynced): ``add ID`` for a
new group, ``try ID VALUE`` before and ``set ID VALUE`` after an edit of a group's notes.
Whatever LOG says was committed must be in the database after a SIGKILL at any moment.
"""

from __future__ import annotations

import os
import random
import sys
import traceback
from pathlib import Path

from sqlalchemy.orm import configure_mappers

from otop_desk.db.database import Database
from otop_desk.services import Services
from otop_desk.services.groups import GroupData, MemberData, ProductData


def write_forever(db_path: str, log_path: str, seed: int) -> None:
    rng = random.Random(seed)
    services = Services(Database.open(Path(db_path)))
    log = os.open(log_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)

    def note(line: str) -> None:
        os.write(log, (line + "\n").encode())
        os.fsync(log)

    print(f"ready {os.getpid()}", flush=True)
    added = []
    i = 0
    while True:
        i += 1
        if added and rng.random() < 0.3:
            gid = rng.choice(added)
            value = f"แก้ไข {seed}-{i}|" + "ก" * rng.randint(0, 3000)
            note(f"try {gid} {seed}-{i}")
            data = services.groups.get(gid)
            data.notes = value
            services.groups.save(data)
            note(f"set {gid} {seed}-{i}")
            continue
        gid = services.groups.save(GroupData(
            name=f"กลุ่มทดสอบ {seed}-{i}",
            member_count=10,
            notes="บันทึก " * rng.randint(0, 800),
            products=[ProductData(name=f"สินค้า {k}") for k in range(rng.randint(0, 5))],
            members=[MemberData(name=f"สมาชิก {k}") for k in range(rng.randint(0, 8))],
        ))
        added.append(gid)
        note(f"add {gid}")


def serve(db_path: str, log_path: str) -> None:
    # The ORM configures its forty-odd mappers on first use (a second on a busy machine):
    # done here, once, so that each writer's kill falls among saves, not before the first.
    configure_mappers()
    for line in sys.stdin:
        seed = int(line)
        sys.stdout.flush()  # nothing buffered may be written twice, by both processes
        pid = os.fork()
        if pid == 0:
            try:
                write_forever(db_path, log_path, seed)
            except BaseException:
                traceback.print_exc()
            finally:
                os._exit(1)
        _, status = os.waitpid(pid, 0)
        code = -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
        print(f"ended {pid} {code}", flush=True)


if __name__ == "__main__":
    serve(sys.argv[1], sys.argv[2])
