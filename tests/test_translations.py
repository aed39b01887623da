"""The English translation is complete, current, compiled, and keeps every placeholder."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import desktop
from desktop.paths import resource

ROOT = Path(desktop.__file__).resolve().parents[1]
TS = resource("translations", "tripartite_en.ts")
QM = TS.with_suffix(".qm")
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|%\d")


def _messages():
    tree = ET.parse(TS)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def test_every_string_has_an_english_translation():
    missing = [(c, m.findtext("source")) for c, m in _messages()
               if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
               or not (m.findtext("translation") or "").strip()]
    assert missing == []


def test_translations_keep_the_placeholders_of_their_source():
    wrong = [(m.findtext("source"), m.findtext("translation")) for _, m in _messages()
             if sorted(PLACEHOLDER.findall(m.findtext("source"))) !=
             sorted(PLACEHOLDER.findall(m.findtext("translation") or ""))]
    assert wrong == []


@pytest.mark.skipif(not (ROOT / "tools" / "update_translations.py").exists(),
                    reason="needs the source checkout's tools/")
def test_ts_file_lists_every_string_in_the_code():
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "update_translations.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def _qm_matches_ts() -> bool:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert QM.exists() and translator.load(str(QM))
    return all(translator.translate(c, m.findtext("source")) == m.findtext("translation")
               for c, m in _messages())


def test_qm_translates_what_the_ts_says():
    assert _qm_matches_ts()


def test_translate_noop_contexts_are_literals():
    """lupdate only extracts QT_TRANSLATE_NOOP("Context", "text") with literal arguments."""
    bad = []
    for path in Path(desktop.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP"
                    and not all(isinstance(a, ast.Constant) for a in node.args)):
                bad.append(f"{path.name}:{node.lineno}")
    assert bad == []
