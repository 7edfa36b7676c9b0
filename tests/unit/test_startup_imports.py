"""What start-up imports: the window ready with its data must not wait for libraries only
an export, a print or a photo needs (openpyxl, pypdf, cryptography, Pillow's HEIF
plug-in, the exchange). Measured in ``benchmarks/bench.py``; here only which modules a
fresh interpreter holds once the main window is built on a database, which does not
depend on the machine's speed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

#: Loaded only when a person exports, prints, signs or attaches a photo.
LATER = ("openpyxl", "pypdf", "cryptography", "pillow_heif", "otop_desk.exchange.jobs",
         "otop_desk.exchange.workbook", "otop_desk.reports.pdftext.layer")

_SCRIPT = """
import json, sys
from pathlib import Path
from otop_desk.app import make_application
from otop_desk.db.database import Database
from otop_desk.services import Services
from otop_desk.ui.common.settings import AppSettings
from otop_desk.ui.shell.main_window import MainWindow

app = make_application([])
folder = Path(sys.argv[1])
window = MainWindow(None, AppSettings(folder / "settings.ini"))
window.attach(Services(Database.open(folder / "otop.sqlite3")))
window.show()
app.processEvents()
first = sorted(sys.modules)
for index in range(window.tabs.count()):  # as they are a moment after start-up
    window.tab(index)
app.processEvents()
print(json.dumps(first))
print(json.dumps(sorted(sys.modules)))
"""


def test_building_the_window_leaves_export_print_and_photo_libraries_unloaded(tmp_path: Path) -> None:
    from otop_desk.db.database import Database

    Database.open(tmp_path / "otop.sqlite3").close()  # built here: a start opens a file made before
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", _SCRIPT, str(tmp_path)], capture_output=True, text=True,
                          env=env, timeout=120, check=True)
    *_, first_line, last_line = done.stdout.strip().splitlines()
    ready, loaded = set(json.loads(first_line)), set(json.loads(last_line))
    assert "otop_desk.ui.home.tab" in ready  # the window was built, its first tab shown
    assert "otop_desk.ui.books.tab" not in ready  # tabs not shown are built after the first screen
    assert "otop_desk.ui.books.tab" in loaded
    assert sorted(name for name in LATER if name in loaded) == []


_START = """
import json, os, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QTimer
from otop_desk.app import make_application, start
from otop_desk.ui.common.settings import AppSettings

app = make_application([])
folder = Path(sys.argv[1])

def ready(db):
    print(json.dumps(sorted(sys.modules)), flush=True)
    # What runs at once after the first screen (first_run, queued) runs too.
    QTimer.singleShot(50, lambda: (print(json.dumps(sorted(sys.modules)), flush=True), os._exit(0)))

window = start(folder / "otop.sqlite3", AppSettings(folder / "settings.ini"), ready)
app.exec()
"""


def test_an_everyday_start_imports_neither_the_demo_nor_pillow(tmp_path: Path) -> None:
    """Every start but the first has a profile: the first-run steps (profile, demo data,
    tour) are not imported at all, and the photo sweep (Pillow) not on the way to the
    first screen."""
    from otop_desk.db.database import Database
    from otop_desk.services import Services
    from otop_desk.services.officer import Profile

    db = Database.open(tmp_path / "otop.sqlite3")
    Services(db).officer.save(Profile(name="นางสาวกัญญา", office="สพอ.ชุมแพ", province="ขอนแก่น"))
    db.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", _START, str(tmp_path)], capture_output=True, text=True,
                          env=env, timeout=120, check=True)
    *_, at_ready, after = done.stdout.strip().splitlines()
    ready, loaded = set(json.loads(at_ready)), set(json.loads(after))
    assert "otop_desk.ui.home.tab" in ready  # the window was ready
    assert sorted(name for name in ready if name.startswith(("otop_desk.demo", "PIL"))) == []
    assert sorted(name for name in loaded if name.startswith("otop_desk.demo")) == []


_COMMAND_LINE = """
import json, sys
from otop_desk import cli
args = cli.window_arguments(["--db", "otop.sqlite3"])
print(json.dumps([args.db, args.smoke_test, sorted(sys.modules)]))
"""


def test_the_command_line_opens_the_window_without_the_commands_modules() -> None:
    """``otop-desk`` with no command opens the window. Its options are read without the
    whole parser, whose commands import SQLAlchemy, openpyxl and Pillow (more than a
    second) before the window could show; a command, help or the version get it all."""
    from otop_desk import cli

    done = subprocess.run([sys.executable, "-c", _COMMAND_LINE], capture_output=True, text=True,
                          timeout=120, check=True)
    db, smoke, modules = json.loads(done.stdout.strip().splitlines()[-1])
    assert (db, smoke) == ("otop.sqlite3", False)
    assert sorted(m for m in modules if m.split(".")[0] in ("sqlalchemy", "openpyxl", "PIL")) == []
    assert cli.window_arguments([]) is not None
    assert cli.window_arguments(["--smoke-test"]).smoke_test  # type: ignore[union-attr]
    for asked in (["check", "--db", "x"], ["--db", "x", "check"], ["-h"], ["--help"], ["--version"], ["--bogus"]):
        assert cli.window_arguments(asked) is None, asked


_GUI_PATH = """
import gc, json, sys, types
fake = types.ModuleType("otop_desk.app")
fake.run_gui = lambda db: print(json.dumps([db, gc.isenabled()])) or 0
sys.modules["otop_desk.app"] = fake
from otop_desk import cli
cli.main(["--db", "otop.sqlite3"])
"""


def test_the_window_path_collects_no_garbage_before_the_window() -> None:
    """A full collection over what importing Qt and the window made cost 25-70 ms before
    the first paint: the window's path turns collection off before it imports them
    (``app.start`` turns it on once the first tab is built)."""
    done = subprocess.run([sys.executable, "-c", _GUI_PATH], capture_output=True, text=True, timeout=120,
                          check=True)
    assert json.loads(done.stdout.strip().splitlines()[-1]) == ["otop.sqlite3", False]


_FIRST_SCREEN = """
import json, os, sys
from pathlib import Path
from otop_desk.app import make_application, start
from otop_desk.ui.common.settings import AppSettings

app = make_application([])
folder = Path(sys.argv[1])

def first_screen():
    print(json.dumps(sorted(sys.modules)), flush=True)
    os._exit(0)

window = start(folder / "otop.sqlite3", AppSettings(folder / "settings.ini"), lambda db: os._exit(3),
               first_screen)
app.exec()
"""


def test_the_first_screen_shows_before_sqlalchemy_is_imported(tmp_path: Path) -> None:
    """The point of the first screen (``db.first_screen``): a file as the program left it
    shows its Home list before SQLAlchemy, the mapped classes and the services are
    imported (about 0.7 s of a start)."""
    from otop_desk import app
    from otop_desk.db.backup import folder_for
    from otop_desk.db.database import Database
    from otop_desk.services import Services
    from otop_desk.services.groups import GroupData

    path = tmp_path / "otop.sqlite3"
    db = Database.open(path)
    Services(db).groups.save(GroupData(name="กลุ่มทอผ้าบ้านโนน"))  # never visited: on the list
    folder_for(path).mkdir()
    app.close_cleanly(db)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", _FIRST_SCREEN, str(tmp_path)], capture_output=True, text=True,
                          env=env, timeout=120, check=True)
    modules = set(json.loads(done.stdout.strip().splitlines()[-1]))
    assert "otop_desk.ui.home.first_screen" in modules
    assert sorted(m for m in modules if m.split(".")[0] in ("sqlalchemy", "alembic")
                  or m.startswith(("otop_desk.services", "otop_desk.db.models"))) == []
