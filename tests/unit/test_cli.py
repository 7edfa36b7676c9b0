from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from otop_desk.cli import main


def test_check_on_a_new_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "new.sqlite3"
    assert main(["check", "--db", str(db)]) == 2  # check only reads: it makes nothing
    assert "no database" in capsys.readouterr().err and not db.exists()
    assert main(["demo", "--db", str(db), "--province", "Atlantis"]) == 2
    assert main(["check", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "integrity_check: ok" in out
    assert "producer_group: 0" in out


def test_demo_then_check_then_refuse(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "demo.sqlite3"
    assert main(["demo", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "producer_group: 40" in out
    assert main(["--db", str(db), "check"]) == 0  # --db before the subcommand works too
    assert "producer_group: 40" in capsys.readouterr().out
    assert main(["demo", "--db", str(db)]) == 1
    assert "refused" in capsys.readouterr().err


def test_unknown_province(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--db", str(tmp_path / "x.sqlite3"), "--province", "Atlantis"]) == 2
    assert "Atlantis" in capsys.readouterr().err


def test_python_dash_m_entry_point() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "otop_desk", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout.startswith("otop-desk ")


def test_an_exchange_command_gets_the_exchanges_parsers_alone() -> None:
    """The monthly export (a child of the window, waited for) parses its arguments
    without importing the other commands' modules; every exchange command is known."""
    import json

    from otop_desk.cli import EXCHANGE_COMMANDS, build_parser

    script = ("import json, sys\nfrom otop_desk.cli import build_parser\n"
              "args = build_parser('export').parse_args(['export', '--month', '2569-11', '--out', 'x.xlsx'])\n"
              "print(json.dumps([args.command, args.month, sorted(sys.modules)]))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120)
    command, month, loaded = json.loads(done.stdout.strip().splitlines()[-1])
    assert (command, month) == ("export", "2569-11")
    assert [m for m in ("otop_desk.reports.plan_commands", "otop_desk.services.reports", "otop_desk.services.plans",
                        "otop_desk.reports.workbook.commands", "otop_desk.photo_commands") if m in loaded] == []
    alone = build_parser("export")._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    every = build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert set(alone) == EXCHANGE_COMMANDS <= set(every)
    for name in EXCHANGE_COMMANDS:  # the same options either way
        assert alone[name].format_help() == every[name].format_help()
