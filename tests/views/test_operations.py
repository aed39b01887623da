"""Operations: one transaction, refusals shown once, changes announced, background with cancel."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QMessageBox, QStackedWidget, QWidget
from sqlalchemy import func, select

from desktop.changes import Topic
from desktop.errors import ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import Organisation
from desktop.progress import Cancelled
from desktop.services.directory.core import OrganisationData, create_organisation
from desktop.views.changes import Subscription
from desktop.views.operations import Operation

pytestmark = pytest.mark.gui


def _count(workspace) -> int:
    return workspace.read(lambda s: s.scalar(select(func.count()).select_from(Organisation)))


@pytest.fixture
def stack(qtbot):
    """Two pages in a shown stack: the first on screen, the second hidden."""
    stack = QStackedWidget()
    shown, hidden = QWidget(), QWidget()
    stack.addWidget(shown)
    stack.addWidget(hidden)
    qtbot.addWidget(stack)
    stack.show()
    qtbot.waitExposed(stack)
    return stack, shown, hidden


def test_a_write_reloads_the_page_on_screen_and_marks_a_hidden_one_stale(qtbot, workspace, stack):
    box, shown, hidden = stack
    seen_shown, seen_hidden = [], []
    Subscription(workspace.hub, shown, [Topic.DIRECTORY], seen_shown.append)
    sub = Subscription(workspace.hub, hidden, [Topic.DIRECTORY], lambda: seen_hidden.append(1))
    org_id = Operation(shown, workspace, lambda s: create_organisation(s, OrganisationData(name="丙公司")),
                       title="t").run()
    assert seen_shown and seen_shown[0].ids(Topic.DIRECTORY) == {org_id}
    assert seen_hidden == [] and sub.stale
    box.setCurrentWidget(hidden)
    assert seen_hidden == [1] and not sub.stale


def test_a_page_ignores_topics_it_does_not_show(qtbot, workspace, stack):
    _, shown, _ = stack
    seen = []
    Subscription(workspace.hub, shown, [Topic.MEETINGS], seen.append)
    Operation(shown, workspace, lambda s: create_organisation(s, OrganisationData(name="丁公司")), title="t").run()
    assert seen == []


def test_a_refusal_is_shown_with_its_title_and_nothing_is_written(qtbot, workspace, stack, monkeypatch):
    _, shown, _ = stack
    boxes = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: boxes.append((title, text)))
    announced = []
    workspace.hub.changed.connect(lambda c, s: announced.append(c))
    before = _count(workspace)

    def refuse(session):
        session.add(Organisation(name="戊公司", kind="other"))
        session.flush()
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "名称不能为空。"))

    assert Operation(shown, workspace, refuse, title="无法保存").run() is None
    assert boxes == [("无法保存", "名称不能为空。")]
    assert announced == [] and _count(workspace) == before


def test_background_work_finishes_on_a_worker_thread_and_announces(qtbot, workspace, stack):
    _, shown, _ = stack
    threads = []

    def work(job):
        threads.append(threading.current_thread())
        return job.write(lambda s: create_organisation(s, OrganisationData(name="己公司")))

    announced = []
    workspace.hub.changed.connect(lambda c, s: announced.append(c))
    op = Operation(shown, workspace, work, title="t")
    with qtbot.waitSignal(op.finished, timeout=5000) as blocker:
        assert op.run_in_background("正在保存…")
    assert threads[0] is not threading.main_thread()
    assert announced[0].ids(Topic.DIRECTORY) == {blocker.args[0]}


def test_cancelled_background_work_writes_nothing(qtbot, workspace, stack):
    _, shown, _ = stack
    gate = threading.Event()
    before = _count(workspace)

    def work(job):
        def slow(session):
            for i in range(100):
                session.add(Organisation(name=f"庚公司{i}", kind="other"))
                session.flush()
                gate.wait(2)
                job.progress.step(i + 1, 100, "写入")
        return job.write(slow)

    op = Operation(shown, workspace, work, title="t")
    with qtbot.waitSignal(op.failed, timeout=5000) as blocker:
        op.run_in_background("正在写入…")
        op.cancel()
        gate.set()
    assert isinstance(blocker.args[0], Cancelled)
    assert _count(workspace) == before


def test_the_same_command_does_not_start_twice_while_it_runs(qtbot, workspace, stack):
    _, shown, _ = stack
    gate = threading.Event()
    first = Operation(shown, workspace, lambda job: gate.wait(5), title="t", key="export")
    assert first.run_in_background("…")
    assert not Operation(shown, workspace, lambda job: None, title="t", key="export").run_in_background("…")
    with qtbot.waitSignal(first.finished, timeout=5000):
        gate.set()
    assert not workspace.hub.is_running("export")


def test_an_unexpected_error_in_the_background_is_reported_not_raised(qtbot, workspace, stack, monkeypatch):
    _, shown, _ = stack
    boxes = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: boxes.append(text))
    op = Operation(shown, workspace, lambda job: 1 / 0, title="t")
    with qtbot.waitSignal(op.failed, timeout=5000):
        op.run_in_background("…")
    assert boxes and "ZeroDivisionError" in boxes[0]


def test_the_progress_dialog_shows_the_translated_template_filled_in(qtbot, workspace, stack):
    _, shown, _ = stack
    gate, seen = threading.Event(), []

    def work(job):
        job.progress.step(3, 10, "正在导入第 {done}/{total} 行", {"done": 3, "total": 10})
        gate.wait(5)

    op = Operation(shown, workspace, work, title="t")
    op.run_in_background("…")
    qtbot.waitUntil(lambda: op.dialog is not None and "3/10" in op.dialog.labelText(), timeout=5000)
    seen.append(op.dialog.labelText())
    with qtbot.waitSignal(op.finished, timeout=5000):
        gate.set()
    assert seen == ["正在导入第 3/10 行"]


def test_the_progress_dialog_appears_within_a_second_though_the_work_reports_no_step(qtbot, workspace, stack):
    """Qt's own timer would show it after 4 s; the operation shows it after its 0.4 s."""
    _, shown, _ = stack
    gate = threading.Event()
    op = Operation(shown, workspace, lambda job: gate.wait(5), title="t")
    op.run_in_background("正在打开…")
    qtbot.waitUntil(lambda: op.dialog is not None and op.dialog.isVisible(), timeout=1500)
    assert op.dialog.labelText() == "正在打开…"
    with qtbot.waitSignal(op.finished, timeout=5000):
        gate.set()
