"""No module of the package binds one top-level name twice: the later binding silently replaces
the earlier for every function of the module, those written before it too."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "rasid"


def rebound_names(source: str) -> list[tuple[str, int]]:
    """(name, line) of each top-level assignment, function or class whose name was bound before."""
    seen: set[str] = set()
    rebound = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            continue
        for name in names:
            if name in seen:
                rebound.append((name, node.lineno))
            seen.add(name)
    return rebound


def test_rebound_names_finds_a_constant_bound_twice() -> None:
    source = "_WORDS = frozenset({'a'})\n\ndef f():\n    return _WORDS\n\n_WORDS = frozenset({'b'})\n"
    assert rebound_names(source) == [("_WORDS", 6)]


def test_no_module_rebinds_a_top_level_name() -> None:
    found = {str(path.relative_to(PACKAGE)): names for path in sorted(PACKAGE.rglob("*.py"))
             if (names := rebound_names(path.read_text(encoding="utf-8")))}
    assert found == {}
