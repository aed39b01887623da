"""The Qt-free layers must not import PySide6 (the import-linter contract says the same)."""

import ast
from pathlib import Path

import desktop

QT_FREE = ("models", "services", "exports", "db.py", "config.py", "migrate.py", "errors.py", "i18n.py")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_qt_free_layers_import_no_pyside6():
    root = Path(desktop.__file__).parent
    offenders = []
    for entry in QT_FREE:
        target = root / entry
        files = [target] if target.is_file() else list(target.rglob("*.py"))
        offenders += [str(f.relative_to(root)) for f in files if "PySide6" in _imports(f)]
    assert offenders == []


def _import_cycles(graph) -> list[list[str]]:
    """Strongly connected groups of desktop modules (Tarjan), lazy imports included."""
    modules = sorted(m for m in graph.modules if m.startswith("desktop"))
    edges = {m: sorted(i for i in graph.find_modules_directly_imported_by(m) if i.startswith("desktop"))
             for m in modules}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(start: str) -> None:
        # iterative, so a long import chain cannot hit the recursion limit
        work = [(start, iter(edges[start]))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(edges[child])))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    cycles.append(sorted(group))

    for module in modules:
        if module not in index:
            visit(module)
    return cycles


def test_no_import_cycle_among_desktop_modules():
    import grimp

    assert _import_cycles(grimp.build_graph("desktop")) == []


def test_cycle_finder_sees_a_circle():
    class Graph:
        modules = {"desktop.a", "desktop.b", "desktop.c", "desktop.d"}
        imports = {"desktop.a": {"desktop.b"}, "desktop.b": {"desktop.c"}, "desktop.c": {"desktop.a"},
                   "desktop.d": {"desktop.a"}}

        def find_modules_directly_imported_by(self, module):
            return self.imports.get(module, set())

    assert _import_cycles(Graph()) == [["desktop.a", "desktop.b", "desktop.c"]]


def test_import_linter_contracts_are_kept():
    from importlinter.cli import lint_imports

    root = Path(desktop.__file__).parent.parent
    assert lint_imports(config_filename=str(root / "pyproject.toml"), no_cache=True) == 0
