"""The house plan, held by a test: no import cycle and no import against the layers.

The import graph is read from the source with ``ast`` (nothing is imported). Every
``import`` counts, at module level and inside functions alike: an import put inside a
function to dodge a cycle is still the cycle. Only imports under ``if TYPE_CHECKING:``
are left out of the cycle search (they never run); the layer rules still see them.

Layers (an arrow: may import)::

    ui ──► exchange, reports, demo ──► services ──► db ──► domain

- ``domain`` imports nothing of otop_desk but itself.
- The base modules (the package root, ``paths``, ``i18n``, ``fonts``, ``errors_log``,
  ``child_jobs``) import only ``domain`` and each other; every layer but ``domain``
  may use them.
- ``db`` imports ``domain`` and the base; never services, exchange, reports or ui.
- ``services`` import ``db``, ``domain`` and the base. Not ``exchange``, ``reports`` or
  ``demo``: those sit beside the services and use them (an export reads through the
  services), so a service importing them would tie the two to each other.
- ``exchange``, ``reports`` and ``demo`` import services, db, domain and the base;
  ``exchange`` and ``reports`` also each other (the exchange writes its workbooks with
  the reports' workbook writer, whose summary sheet reads the exchange's table specs).
  Never ``ui``.
- ``ui`` imports anything but the entry points.
- The entry points (``app``, ``cli``, ``smoke``, ``__main__``, the command helpers, ``qt_startup``,
  ``devtools``) wire everything together; no layer imports them.
- Only ``ui`` and the entry points import ``PySide6.QtWidgets`` (``reports`` prints
  with QtGui, ``i18n`` is QtCore).

Inside ``ui``: ``widgets`` (input widgets) import only ``widgets`` and ``messages``;
``common`` (what screens are made of) imports ``common``, ``widgets`` and ``messages``;
the areas (``groups``, ``visits``, …) import those and each other, never ``shell``
(the window and its menus, which imports everything); and no module imports another
area's form: records are opened through the navigator (``ui.common.navigation``).
"""

from __future__ import annotations

import ast
import multiprocessing
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import otop_desk

PACKAGE = Path(otop_desk.__file__).resolve().parent
ROOT = "otop_desk"

BASE = {ROOT, f"{ROOT}.paths", f"{ROOT}.i18n", f"{ROOT}.fonts", f"{ROOT}.errors_log", f"{ROOT}.child_jobs"}
ENTRY = {f"{ROOT}.__main__", f"{ROOT}.app", f"{ROOT}.cli", f"{ROOT}.smoke", f"{ROOT}.command_db",
         f"{ROOT}.backup_commands", f"{ROOT}.photo_commands", f"{ROOT}.qt_startup"}
PACKAGES = {"domain", "db", "services", "exchange", "reports", "demo", "ui", "devtools"}
_BELOW_UI = {"exchange", "reports", "demo", "services", "db", "domain", "base"}
ALLOWED: dict[str, set[str]] = {
    "domain": {"domain"},
    "base": {"base", "domain"},
    "db": {"db", "domain", "base"},
    "services": {"services", "db", "domain", "base"},
    "exchange": {"exchange", "reports", "services", "db", "domain", "base"},
    "reports": {"reports", "exchange", "services", "db", "domain", "base"},
    "demo": {"demo", "services", "db", "domain", "base"},
    "ui": {"ui", *_BELOW_UI},
}
#: Inside ui: what each part may import of ui (an area is any other sub-package).
UI_ALLOWED: dict[str, set[str]] = {
    "widgets": {"widgets", "messages"},
    "common": {"common", "widgets", "messages"},
    "messages": {"messages"},
}
WIDGETS_MODULE = "PySide6.QtWidgets"

#: Imports against the layers that are known and accepted, each with why:
#: (importer or its package, imported module) -> reason. None today; a line whose import
#: is gone fails the test, so the list cannot go stale.
KNOWN_EXCEPTIONS: dict[tuple[str, str], str] = {}


@dataclass(frozen=True)
class Import:
    source: str
    target: str
    line: int
    type_only: bool  # under ``if TYPE_CHECKING:``


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def all_modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


class _Imports(ast.NodeVisitor):
    """Every import of a module, with the modules it names (``from a import b`` names
    ``a.b`` when that is a module, else ``a``)."""

    def __init__(self, name: str, is_package: bool, modules: set[str]) -> None:
        self.name = name
        self.package = name if is_package else name.rpartition(".")[0]
        self.modules = modules
        self.found: list[tuple[str, int, bool]] = []
        self._type_only = 0

    def visit_If(self, node: ast.If) -> None:  # noqa: N802 - ast naming
        if _is_type_checking(node.test):
            self._type_only += 1
            for child in node.body:
                self.visit(child)
            self._type_only -= 1
            for child in node.orelse:
                self.visit(child)
        else:
            self.generic_visit(node)

    def visit_Import(self, node: ast.Import) -> None:  # noqa: N802 - ast naming
        for alias in node.names:
            self.found.append((alias.name, node.lineno, bool(self._type_only)))

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:  # noqa: N802 - ast naming
        if node.level:
            base = self.package.split(".")
            base = base[:len(base) - (node.level - 1)]
            module = ".".join([*base, *([node.module] if node.module else [])])
        else:
            module = node.module or ""
        for alias in node.names:
            named = f"{module}.{alias.name}"
            # Outside otop_desk the name is kept whole (``from PySide6 import QtWidgets``).
            ours = module == ROOT or module.startswith(ROOT + ".")
            target = module if ours and named not in self.modules else named
            self.found.append((target, node.lineno, bool(self._type_only)))


def imports() -> list[Import]:
    # Parsed in a fresh interpreter: CPython 3.11's ``ast.parse`` can fail with "AST
    # constructor recursion depth mismatch" in a process where earlier tests (the plan
    # printing ones) left its recursion bookkeeping unbalanced, whatever the thread.
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(_imports).result()


def _imports() -> list[Import]:
    modules = all_modules()
    names = set(modules)
    out = []
    for name, path in modules.items():
        visitor = _Imports(name, path.name == "__init__.py", names)
        visitor.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        out += [Import(name, target, line, type_only) for target, line, type_only in visitor.found]
    return out


def layer_of(module: str) -> str:
    if module in BASE:
        return "base"
    if module in ENTRY:
        return "entry"
    top = module.split(".")[1]
    if top not in PACKAGES:
        raise AssertionError(f"{module}: which layer is it? Name it in tests/unit/test_layers.py")
    return "entry" if top == "devtools" else top


def ui_part(module: str) -> str:
    """``common``, ``widgets``, ``shell``, ``messages`` or the area of a ui module."""
    parts = module.split(".")
    return "common" if len(parts) == 2 else parts[2]


def _known(source: str, target: str) -> tuple[str, str] | None:
    for importer, imported in KNOWN_EXCEPTIONS:
        if (source == importer or source.startswith(importer + ".")) and target == imported:
            return importer, imported
    return None


# the graph -----------------------------------------------------------------------------------
def graph() -> dict[str, set[str]]:
    """Module -> the modules of otop_desk it imports when it runs."""
    edges: dict[str, set[str]] = {name: set() for name in all_modules()}
    for imp in imports():
        if not imp.type_only and imp.target in edges and imp.target != imp.source:
            edges[imp.source].add(imp.target)
    return edges


def strongly_connected(edges: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's components of more than one module (each holds at least one cycle)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = iter(range(10**9))

    def visit(start: str) -> None:
        # Iterative, so a deep chain of imports cannot reach Python's recursion limit.
        work: list[tuple[str, Iterator[str]]] = [(start, iter(sorted(edges[start])))]
        index[start] = low[start] = next(counter)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = next(counter)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))

    for name in sorted(edges):
        if name not in index:
            visit(name)
    return found


def a_cycle(edges: dict[str, set[str]], component: list[str]) -> list[str]:
    """One cycle through the first module of ``component``, as a path back to it."""
    members = set(component)
    start = component[0]
    paths = {start: [start]}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for child in sorted(edges[node] & members):
            if child == start:
                return [*paths[node], start]
            if child not in paths:
                paths[child] = [*paths[node], child]
                queue.append(child)
    raise AssertionError(component)


# the tests -----------------------------------------------------------------------------------
def test_there_is_no_import_cycle() -> None:
    edges = graph()
    cycles = [" -> ".join(a_cycle(edges, c)) for c in strongly_connected(edges)]
    assert cycles == [], "import cycles:\n" + "\n".join(cycles)


def test_the_graph_finds_a_cycle() -> None:
    """The search itself works (a test that can only pass proves nothing)."""
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert strongly_connected(edges) == [["a", "b", "c"]]
    assert a_cycle(edges, ["a", "b", "c"]) == ["a", "b", "c", "a"]


def test_imports_inside_functions_count_and_type_checking_ones_are_marked() -> None:
    """The reader sees an import put inside a function to dodge a cycle, resolves
    relative imports, and marks the ones under ``if TYPE_CHECKING:``."""
    source = (
        "from typing import TYPE_CHECKING\n"
        "from . import b\n"
        "if TYPE_CHECKING:\n"
        "    from otop_desk.x.c import Thing\n"
        "def f() -> None:\n"
        "    from otop_desk.x.d import g\n"
    )
    modules = {"otop_desk.x.a", "otop_desk.x.b", "otop_desk.x.c", "otop_desk.x.d"}
    visitor = _Imports("otop_desk.x.a", False, modules)
    visitor.visit(ast.parse(source))
    found = {(target, type_only) for target, _line, type_only in visitor.found}
    assert found == {("typing.TYPE_CHECKING", False), ("otop_desk.x.b", False),
                     ("otop_desk.x.c", True), ("otop_desk.x.d", False)}


def layer_violations() -> tuple[list[str], set[tuple[str, str]]]:
    """Imports against the layers (``module:line imports target``), and the known
    exceptions that were met."""
    wrong: list[str] = []
    met: set[tuple[str, str]] = set()
    for imp in imports():
        if not imp.target.startswith(ROOT):
            continue
        source, target = layer_of(imp.source), layer_of(imp.target)
        if source == "entry":
            continue
        reason = None
        if target == "entry":
            reason = "an entry point"
        elif target not in ALLOWED[source]:
            reason = f"{source} may not import {target}"
        elif source == target == "ui":
            reason = _ui_reason(imp.source, imp.target)
        if reason is None:
            continue
        known = _known(imp.source, imp.target)
        if known is not None:
            met.add(known)
            continue
        wrong.append(f"{imp.source}:{imp.line} imports {imp.target} ({reason})")
    return wrong, met


def _ui_reason(source: str, target: str) -> str | None:
    part, other = ui_part(source), ui_part(target)
    if part in UI_ALLOWED:
        return None if other in UI_ALLOWED[part] else f"ui.{part} may not import ui.{other}"
    if part == "shell":
        return None
    if other == "shell":
        return f"the {part} area may not import the window (ui.shell)"
    if other != part and target.endswith(".form"):
        return "a form of another area: open the record through the navigator"
    return None


def test_no_import_goes_against_the_layers() -> None:
    wrong, _met = layer_violations()
    assert wrong == [], "imports against the layers:\n" + "\n".join(wrong)


def test_every_known_exception_is_still_needed() -> None:
    _wrong, met = layer_violations()
    stale = [f"{importer} -> {imported}" for importer, imported in KNOWN_EXCEPTIONS
             if (importer, imported) not in met]
    assert stale == [], "no longer imported: remove from KNOWN_EXCEPTIONS:\n" + "\n".join(stale)


def test_no_qt_widgets_below_the_ui() -> None:
    wrong = [f"{imp.source}:{imp.line}" for imp in imports()
             if (imp.target == WIDGETS_MODULE or imp.target.startswith(WIDGETS_MODULE + "."))
             and layer_of(imp.source) not in ("ui", "entry")]
    assert wrong == [], f"{WIDGETS_MODULE} imported below the ui:\n" + "\n".join(wrong)


def test_every_module_has_a_layer() -> None:
    for name in all_modules():
        layer_of(name)
