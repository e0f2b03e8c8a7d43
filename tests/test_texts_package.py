"""The texts package: every topic module's words reachable as texts.NAME, each dict written once."""
from __future__ import annotations

import ast
import pkgutil
from pathlib import Path

from kompetence_desktop import texts

PACKAGE = Path(texts.__file__).parent
MODULES = [m.name for m in pkgutil.iter_modules([str(PACKAGE)])]


def _public_names(module: str) -> list[str]:
    tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
    names = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.FunctionDef):
            names.append(node.name)
    return [n for n in names if not n.startswith("_")]


def test_every_topic_name_is_reachable_as_texts_name():
    missing = [f"{m}.{n}" for m in MODULES for n in _public_names(m)
               if getattr(texts, n, None) is not getattr(__import__(f"kompetence_desktop.texts.{m}", fromlist=[n]), n)]
    assert MODULES and not missing, missing


def test_no_name_is_defined_in_two_topics():
    seen: dict[str, str] = {}
    twice = []
    for m in MODULES:
        for n in _public_names(m):
            if n in seen:
                twice.append(f"{n}: {seen[n]} and {m}")
            seen[n] = m
    assert not twice, twice


def test_no_dict_is_patched_after_it_is_written():
    patched = []
    for m in MODULES:
        tree = ast.parse((PACKAGE / f"{m}.py").read_text(encoding="utf-8"))
        for node in tree.body:
            if (isinstance(node, ast.Expr) and isinstance(node.value, ast.Call)
                    and isinstance(node.value.func, ast.Attribute)
                    and node.value.func.attr in ("setdefault", "update", "__setitem__")):
                patched.append(f"{m}: line {node.lineno}")
            if isinstance(node, (ast.Assign, ast.AugAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                patched += [f"{m}: line {node.lineno}" for t in targets if isinstance(t, ast.Subscript)]
    assert not patched, patched
