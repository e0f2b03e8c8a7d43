"""Imports point one way: ``ui, cli → operations → storage → domain`` and
``ui, cli → reports → domain``. The domain knows no Qt, SQL library, storage,
operations, reports or ui; storage knows no Qt, operations, reports or ui; the
operations know no Qt, reports (a renderer is handed in) or ui; reports know no
Qt or ui. Read from the source, so a function-level import counts too."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[1] / "kompetence_desktop"

FORBIDDEN = {
    "domain": ("PySide6", "sqlite_utils", "sqlite3", "kompetence_desktop.storage", "kompetence_desktop.operations",
               "kompetence_desktop.reports", "kompetence_desktop.ui"),
    "storage": ("PySide6", "kompetence_desktop.operations", "kompetence_desktop.reports", "kompetence_desktop.ui"),
    "operations": ("PySide6", "kompetence_desktop.reports", "kompetence_desktop.ui"),
    "reports": ("PySide6", "kompetence_desktop.ui"),
}


def _imports(path: Path, layer: str):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    here = ["kompetence_desktop", layer, *path.relative_to(PKG / layer).with_suffix("").parts[:-1]]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                yield node.lineno, a.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = here[: len(here) - (node.level - 1)]
                mod = ".".join(base + ([node.module] if node.module else []))
                if node.module is None:
                    for a in node.names:
                        yield node.lineno, f"{mod}.{a.name}"
                    continue
            else:
                mod = node.module or ""
            yield node.lineno, mod


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_imports_point_one_way(layer):
    bad = []
    for path in sorted((PKG / layer).rglob("*.py")):
        for line, mod in _imports(path, layer):
            if any(mod == f or mod.startswith(f + ".") for f in FORBIDDEN[layer]):
                bad.append(f"{path.relative_to(PKG)}:{line} imports {mod}")
    assert not bad, "\n".join(bad)
