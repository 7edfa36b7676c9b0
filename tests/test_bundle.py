"""The one-folder bundle builds from build.spec and its executable passes --smoke-test.

This builds the real bundle (about half a minute on two cores), so the same spec that
the district IT person uses is exercised on every run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(shutil.which("pyinstaller") is None and not (Path(sys.executable).parent / "pyinstaller").exists(),
                    reason="PyInstaller is not installed (pip install -e '.[test]')")
def test_bundle_builds_and_smoke_test_passes(tmp_path: Path) -> None:
    pyinstaller = shutil.which("pyinstaller") or str(Path(sys.executable).parent / "pyinstaller")
    subprocess.run(
        [pyinstaller, "--noconfirm", "--log-level", "WARN", "--distpath", str(tmp_path / "dist"),
         "--workpath", str(tmp_path / "work"), str(ROOT / "build.spec")],
        check=True,
        cwd=ROOT,
        timeout=600,
    )
    folder = tmp_path / "dist" / "otop-desk"
    exe = folder / ("otop-desk.exe" if os.name == "nt" else "otop-desk")
    assert exe.exists()
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    result = subprocess.run([str(exe), "--smoke-test"], capture_output=True, text=True, env=env,
                            timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    for check in ("main window", "Sarabun font", "Thai translations", "address data"):
        assert f"ok   {check}" in result.stdout
    size_mb = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink()) / 1e6
    print(f"bundle size: {size_mb:.0f} MB")
    _exports_run_as_the_windows_child(exe, env, tmp_path)


def _exports_run_as_the_windows_child(exe: Path, env: dict[str, str], tmp_path: Path) -> None:
    """The window starts its own executable for an export (``ui.common.child_process``): the
    bundle must answer in the same lines, with the database named in the environment."""
    db = tmp_path / "demo.sqlite3"
    subprocess.run([str(exe), "demo", "--db", str(db)], check=True, capture_output=True, env=env, timeout=120)
    child_env = {**env, "OTOP_DESK_DB": str(db)}
    for arguments in (["export", "--month", "2569-10", "--out", str(tmp_path / "month.xlsx")],
                      ["export-cash-book", "--out", str(tmp_path / "cash.xlsx")]):
        with (tmp_path / "child.err").open("w+") as err:
            # stdin stays open, as the window keeps it, until the child has answered.
            child = subprocess.Popen([str(exe), *arguments, "--progress"], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=err, text=True, env=child_env)
            assert child.stdout is not None and child.stdin is not None
            out = child.stdout.read()  # until the child has finished
            child.stdin.close()
            child.wait(timeout=300)
            err.seek(0)
            lines = out.splitlines()
            assert child.returncode == 0 and lines[-1].startswith("result "), out + err.read()
            assert any(line.startswith("progress ") for line in lines)


def test_user_data_lives_outside_the_bundle(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Replacing the bundle folder with a newer one must not touch settings or data."""
    from otop_desk import paths

    monkeypatch.delenv("OTOP_DESK_HOME", raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    assert paths.resource_dir() == tmp_path / "bundle" / "resources"
    for folder in (paths.data_dir(), paths.config_dir(), paths.backup_dir()):
        assert tmp_path / "bundle" not in folder.parents
