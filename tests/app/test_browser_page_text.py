"""Pages show no stray text: Streamlit's "magic" prints every bare expression statement of a page script.

A docstring put under a constant (`LIMIT = 60`, then a string literal on the next line) is a bare string statement:
Streamlit writes it on the page as if it were content. Magic covers the script's top level and the blocks in it
(`with`, `if`, `for`), not function bodies; the module docstring is exempt.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = [*sorted((ROOT / "app_pages").glob("*.py")), ROOT / "dashboard.py"]


def printed(body: list[ast.stmt], top: bool = False) -> Iterator[ast.Expr]:
    """Bare expressions that magic would print: not calls (what a page does), not inside functions or classes."""
    for index, node in enumerate(body):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            continue
        if isinstance(node, ast.Expr):
            docstring = top and index == 0 and isinstance(node.value, ast.Constant)
            if not docstring and not isinstance(node.value, ast.Call | ast.Await | ast.Yield):
                yield node
            continue
        for field in ("body", "orelse", "finalbody", "handlers"):
            children = getattr(node, field, None)
            if isinstance(children, list):
                for child in children:
                    if isinstance(child, ast.ExceptHandler):
                        yield from printed(child.body)
                yield from printed([c for c in children if isinstance(c, ast.stmt)])


@pytest.mark.parametrize("script", SCRIPTS, ids=[p.name for p in SCRIPTS])
def test_no_bare_expression_would_be_printed(script: Path) -> None:
    tree = ast.parse(script.read_text(encoding="utf-8"))
    found = [f"{script.name}:{node.lineno}: {ast.unparse(node)[:70]}" for node in printed(tree.body, top=True)]
    assert found == [], "\n".join(found)


def test_the_check_sees_a_stray_string() -> None:
    tree = ast.parse('"""doc"""\nimport streamlit as st\nLIMIT = 3\n"""Shown by magic."""\nwith st.sidebar:\n    x\n'
                     'def f():\n    """fine"""\n')
    assert [node.lineno for node in printed(tree.body, top=True)] == [4, 6]
