"""Attaching files as one background operation, shared by the panel and the progress report.

The worker checks every name first (a name Windows cannot save refuses the batch before any
file is read), reads and hashes each file off the UI thread (``read_source`` refuses a folder,
an unreadable, too large or changing file), stores the batch in one transaction, then extracts
the text of stored files for search in a second step; a file that cannot be read is simply
not indexed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.errors import UserError
from desktop.progress import Progress
from desktop.services.attachments.core import Target, attach, read_source
from desktop.services.attachments.extract import extract_text, pending, store_texts
from desktop.services.attachments.names import check_file_name
from desktop.services.attachments.settings import MB, load_attachment_settings
from desktop.views.operations import Job, Operation
from desktop.views.workspace import Workspace

INDEX_BATCH = 2        # files whose bytes are held at once while their text is extracted
MAX_INDEX_BATCHES = 50  # then the rest waits for the next attach (or the command line)


def read_files(paths: Sequence[Path], limit: int, progress: Progress) -> list[tuple[str, bytes]]:
    """(name, bytes) of each file, read and checked; UserError for the first bad one."""
    for path in paths:
        check_file_name(path.name)
    files = []
    for number, path in enumerate(paths, 1):
        progress.step(number - 1, len(paths), QT_TRANSLATE_NOOP("Progress", "正在读取 {name}（{n}/{total}）"),
                      {"name": path.name, "n": number, "total": len(paths)})
        data, _sha = read_source(path, limit)
        files.append((path.name, data))
    return files


def index_pending(job: Job) -> int:
    """Extract and store the text of files not yet indexed; how many were tried."""
    tried = 0
    for _ in range(MAX_INDEX_BATCHES):
        batch = job.read(lambda s: pending(s, INDEX_BATCH))
        if not batch:
            break
        job.progress.step(text=QT_TRANSLATE_NOOP("Progress", "正在提取文字以便搜索：{name}"),
                          fields={"name": batch[0].name})
        texts = [(p.sha256, extract_text(p.name, p.data)) for p in batch]
        tried += job.write(lambda s, t=texts: store_texts(s, t))
    return tried


def attach_work(target: Target, paths: Sequence[Path], limit: int) -> Callable[[Job], list[int]]:
    """The background work: read, store in one transaction, index; the new attachments' ids."""
    def work(job: Job) -> list[int]:
        files = read_files(paths, limit, job.progress)
        job.progress.step(len(paths), len(paths), QT_TRANSLATE_NOOP("Progress", "正在保存附件…"))
        ids = job.write(lambda s: [attach(s, target, data, name, limit=limit) for name, data in files])
        index_pending(job)
        return ids
    return work


def check_before_reading(paths: Iterable[Path], limit: int | None = None) -> None:
    """Quick checks on the UI thread (names, folders, sizes by stat) before a form is saved."""
    limit = limit or load_attachment_settings().file_limit
    for path in paths:
        check_file_name(path.name)
        if path.is_dir():
            raise UserError(QT_TRANSLATE_NOOP("Errors", "{path} 是文件夹，不能作为附件。请选择文件。"), path=path)
        try:
            size = path.stat().st_size
        except OSError:
            raise UserError(QT_TRANSLATE_NOOP("Errors", "文件不存在：{path}"), path=path) from None
        if size > limit:
            raise UserError(QT_TRANSLATE_NOOP("Errors", "文件 {path} 超过附件大小上限 {limit} MB，未添加。"),
                            path=path, limit=f"{limit / MB:g}")


def attach_in_background(parent: QWidget, workspace: Workspace, target: Target, paths: Sequence[Path],
                         on_success: Callable[[list[int]], None] | None = None,
                         title: str = "") -> Operation | None:
    """Start attaching ``paths`` to ``target``; the operation, or None while one for the same
    target still runs. A refusal is shown over ``parent`` with the service's message under
    ``title`` (default 无法添加附件)."""
    paths = [Path(p) for p in paths]
    limit = load_attachment_settings().file_limit
    operation = Operation(parent, workspace, attach_work(target, paths, limit),
                          title=title or QCoreApplication.translate("Attachments", "无法添加附件"),
                          on_success=on_success, key=f"attach:{target.kind}:{target.id}")
    label = QCoreApplication.translate("Attachments", "正在添加 {n} 个附件…").format(n=len(paths))
    return operation if operation.run_in_background(label) else None
