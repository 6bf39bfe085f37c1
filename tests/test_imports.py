"""The package's import graph: every module imports alone, and no import goes in a circle."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "lkip_xlsx"


def _modules() -> list[str]:
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out.append(".".join(parts))
    return out


MODULES = _modules()


def test_every_module_imports_alone_in_a_fresh_interpreter() -> None:
    # one interpreter per module: a cycle shows only when its first import starts inside it
    failed = {}
    for name in MODULES:
        if name == "lkip_xlsx.__main__":
            continue  # importing it runs the command line
        done = subprocess.run(
            [sys.executable, "-c", f"import {name}"], capture_output=True, text=True
        )
        if done.returncode:
            failed[name] = done.stderr.strip().splitlines()[-1:]
    assert failed == {}


def _top_level_imports(name: str) -> set[str]:
    """The package modules ``name`` imports when it is loaded (not inside functions)."""
    path = PACKAGE.parent / (name.replace(".", "/") + ".py")
    if not path.exists():
        path = PACKAGE.parent / name.replace(".", "/") / "__init__.py"
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
            target = f"{base}.{node.module}" if node.module else base
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                out.add(sub if sub in MODULES else target)
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("lkip_xlsx"):
            out.add(str(node.module))
        elif isinstance(node, ast.Import):
            out |= {a.name for a in node.names if a.name.startswith("lkip_xlsx")}
    # importing ``a.b.c`` runs ``a.b``'s ``__init__`` first (unless ``name`` lives inside it)
    for dep in list(out):
        parent = dep.rpartition(".")[0]
        while parent and not name.startswith(parent + "."):
            out.add(parent)
            parent = parent.rpartition(".")[0]
    return {m for m in out if m in MODULES and m != name}


def test_the_import_graph_has_no_cycle() -> None:
    graph = {name: _top_level_imports(name) for name in MODULES}
    state: dict[str, int] = {}  # 1 = on the path, 2 = done

    def visit(name: str, path: list[str]) -> None:
        state[name] = 1
        for dep in sorted(graph[name]):
            if state.get(dep) == 1:
                pytest.fail("import cycle: " + " -> ".join([*path, name, dep]))
            if dep not in state:
                visit(dep, [*path, name])
        state[name] = 2

    for name in MODULES:
        if name not in state:
            visit(name, [])


def test_the_layout_types_and_the_tables_package_load_no_table() -> None:
    """Importing the layout (as the writer and the verifier do) or naming the tables loads
    no table module, no cross-check and no reader."""
    code = (
        "import sys, lkip_xlsx.layout, lkip_xlsx.tables;"
        "print(sorted(m for m in sys.modules if m.startswith('lkip_xlsx.')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = done.stdout
    for heavy in ("lkip_xlsx.tables.t31", "lkip_xlsx.checks", "lkip_xlsx.reader", "lookup"):
        assert heavy not in loaded
