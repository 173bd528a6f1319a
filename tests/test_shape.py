"""Guards that keep the code's shape: a pure core, no import circles, no mixins in the UI."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, SEED

PACKAGE = ROOT / "reader"


def test_the_core_and_reader_parse_load_no_textual():
    code = (
        "import sys, pkgutil, importlib, reader.core\n"
        "for m in pkgutil.walk_packages(reader.core.__path__, 'reader.core.'):\n"
        "    if not m.name.endswith('__main__'): importlib.import_module(m.name)\n"
        "from reader.cli import main\n"
        f"main(['parse', {str(SEED)!r}, '--json', '--lang', 'de'])\n"
        "bad = sorted(n for n in sys.modules if n == 'textual' or n.startswith('textual.'))\n"
        "sys.stderr.write(repr(bad))\n"
        "sys.exit(1 if bad else 0)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]


def _imports(path: Path) -> set[str]:
    """The reader modules `path` imports (at any depth of the file: lazy imports count too;
    imports for the type checker only, under `if TYPE_CHECKING:`, do not run and do not count)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and getattr(node.test, "id", "") == "TYPE_CHECKING":
            node.body = []
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.startswith("reader"):
                found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("reader"))
    return found


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def test_no_import_circle_among_reader_modules():
    graph = {_module_name(p): _imports(p) for p in PACKAGE.rglob("*.py")}
    modules = set(graph)
    edges = {m: {d for d in deps if d in modules and d != m} for m, deps in graph.items()}
    # a package's __init__ re-exporting its own modules is not a circle
    for m in list(edges):
        edges[m] = {d for d in edges[m] if not (d.startswith(m + ".") or m.startswith(d + "."))}
    state: dict[str, int] = {}
    cycle: list[str] = []

    def visit(node: str, path: list[str]) -> bool:
        state[node] = 1
        for dep in sorted(edges[node]):
            if state.get(dep) == 1:
                cycle.extend(path[path.index(dep) :] + [node, dep] if dep in path else [node, dep])
                return True
            if dep not in state and visit(dep, path + [node]):
                return True
        state[node] = 2
        return False

    for module in sorted(edges):
        if module not in state and visit(module, [module]):
            break
    assert not cycle, " -> ".join(cycle)


def test_no_mixins_in_the_ui():
    for path in (PACKAGE / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                assert "Mixin" not in node.name and not node.name.endswith("Actions"), (
                    f"{path.name}: {node.name}"
                )
