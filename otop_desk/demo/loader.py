"""Build typed Python values from the demo's JSON word lists, by their type hints.

JSON has lists, objects, strings and numbers; the generator wants tuples, enums, named
tuples and frozensets. The hint of each name says which: a JSON list becomes a tuple, an
object a dict (enum keys from their values) or a named tuple (by field names), a string
an enum member where the hint says so. Numbers are kept as JSON wrote them (``2`` stays an
int, ``2.0`` a float), so a word list builds the very values it was written from.
"""

from __future__ import annotations

import json
import types
from enum import Enum
from pathlib import Path
from typing import Any, get_args, get_origin, get_type_hints


def build(hint: Any, value: Any) -> Any:
    """``value`` (parsed JSON) as the type ``hint`` describes."""
    origin, args = get_origin(hint), get_args(hint)
    if isinstance(hint, type) and issubclass(hint, Enum):
        return hint(value)
    if isinstance(hint, type) and issubclass(hint, tuple) and hasattr(hint, "_fields"):
        fields = get_type_hints(hint)
        return hint(**{name: build(fields[name], item) for name, item in value.items()})
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(build(args[0], item) for item in value)
        return tuple(build(a, item) for a, item in zip(args, value, strict=True))
    if origin is dict:
        return {build(args[0], key): build(args[1], item) for key, item in value.items()}
    if origin is frozenset:
        return frozenset(build(args[0], item) for item in value)
    if hint in (str, int, float) and isinstance(value, str | int | float):
        return value
    raise TypeError(f"cannot build {hint!r} from {value!r}")


def load_into(module: types.ModuleType, path: Path) -> None:
    """Set every name of ``path`` (a JSON object) on ``module``, built by the module's hints.

    Every name the module declares must be in the file, and nothing else: a word list
    that is missing or misspelt fails on import, not halfway through a demo.
    """
    hints = get_type_hints(module)
    data = json.loads(path.read_text(encoding="utf-8"))
    declared = {name for name in hints if name.isupper()}
    if set(data) != declared:
        raise ValueError(f"{path.name}: missing {sorted(declared - set(data))}, "
                         f"unknown {sorted(set(data) - declared)}")
    for name, value in data.items():
        setattr(module, name, build(hints[name], value))
