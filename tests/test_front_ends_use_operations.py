"""The window and the command line change a file only through the operations: of the
window's modules only the two that open a file and hold it (the main window, the page
context) import the storage layer; no front end writes SQL of its own."""
from __future__ import annotations

import ast
from pathlib import Path

PKG = Path(__file__).resolve().parents[1] / "kompetence_desktop"

#: ui modules that may import storage: opening a file (and its lock), holding its Repo
OPENERS = {"ui/main_window.py", "ui/context.py"}


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            out.add("." * node.level + (node.module or ""))
        elif isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
    return out


def test_only_the_openers_in_the_window_import_storage():
    importing = sorted(
        str(p.relative_to(PKG)) for p in (PKG / "ui").rglob("*.py")
        if any("storage" in m.split(".") for m in _imported_modules(p))
    )
    assert set(importing) <= OPENERS, importing


def test_no_front_end_writes_sql():
    words = ("INSERT INTO", "UPDATE ", "DELETE FROM")
    fronts = [*(PKG / "ui").rglob("*.py"), PKG / "cli.py", PKG / "cli_safety.py", PKG / "app.py"]
    found = [f"{p.relative_to(PKG)}: {w}" for p in fronts for w in words if w in p.read_text(encoding="utf-8")]
    assert not found
