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
