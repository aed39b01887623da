"""``minutes open|show|submit|return|issue|correct|versions|diff|act|search|distribute|deliveries``:
the minutes workflow from the command line. Every verb takes the meeting's id and works on its
current minutes version (``show``/``export`` take ``--version``)."""

from __future__ import annotations

import getpass
import json
import os
import sys
from dataclasses import asdict
from pathlib import Path

from desktop.cli.common import iso_date, open_db, path_arg, record_id, user, write_table
from desktop.cli.export import _LazyFallback
from desktop.errors import UserError
from desktop.exports.minutes_mail import distribute
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.kernel.timeutil import local_iso
from desktop.services.kernel.units import DatabaseUnits
from desktop.services.mail import core as mail
from desktop.services.minutes.actions import ActionSpec, decisions_to_actions
from desktop.services.minutes.content import plain_text
from desktop.services.minutes.core import STATE_LABELS, get_minutes, open_minutes
from desktop.services.minutes.distribution import (
    STATUS_LABELS,
    deliveries,
    failed_recipients,
    recipient_candidates,
)
from desktop.services.minutes.history import list_versions, unified_diff
from desktop.services.minutes.search import search_minutes
from desktop.services.minutes.workflow import (
    ConfirmationRequired,
    issue,
    return_to_draft,
    start_correction,
    submit_for_review,
)

ENV_PASSWORD = "TRIPARTITE_SMTP_PASSWORD"


def register(sub) -> None:
    group = sub.add_parser("minutes", help="会议纪要：起草、审核、签发、更正、检索、分发")
    verbs = group.add_subparsers(dest="minutes_verb", metavar="VERB", required=True)

    def verb(name, func, help_):
        p = verbs.add_parser(name, help=help_)
        p.set_defaults(func=func)
        return p

    def meeting(p):
        p.add_argument("meeting_id", metavar="MEETING_ID", type=record_id)
        return p

    meeting(verb("open", cmd_open, "打开会议纪要（没有时按参会记录和议程生成草稿）"))
    p = meeting(verb("show", cmd_show, "显示纪要正文"))
    p.add_argument("--version", dest="version_no", type=record_id, metavar="N")
    p.add_argument("--format", choices=("text", "json"), default="text")
    meeting(verb("submit", cmd_submit, "草稿提交审核"))
    p = meeting(verb("return", cmd_return, "退回修改（待审核 → 草稿）"))
    p.add_argument("--reason", default="", metavar="TEXT")
    p = meeting(verb("issue", cmd_issue, "签发：分配文号（待审核 → 已签发）"))
    p.add_argument("--confirm-empty", action="store_true", help="没有议定事项也签发")
    p = meeting(verb("correct", cmd_correct, "更正已签发的纪要：生成新版本草稿，文号不变"))
    p.add_argument("--note", required=True, metavar="TEXT", help="更正说明")
    p = meeting(verb("versions", cmd_versions, "版本历史"))
    p.add_argument("--format", choices=("table", "json"), default="table")
    p = meeting(verb("diff", cmd_diff, "比较两个版本（逐段）"))
    p.add_argument("old", type=record_id, metavar="OLD")
    p.add_argument("new", type=record_id, metavar="NEW")
    p = meeting(verb("act", cmd_act, "把第 N 项议定事项转为督办事项"))
    p.add_argument("decision", type=record_id, metavar="N", help="议定事项序号（从 1 起）")
    p.add_argument("--lead", type=record_id, required=True, metavar="ORG_ID", help="牵头单位编号")
    p.add_argument("--owner", type=record_id, metavar="PERSON_ID", help="责任人编号")
    p.add_argument("--due", type=iso_date, metavar="YYYY-MM-DD", help="完成期限")
    p = verb("search", cmd_search, "检索纪要和议定事项（任意中文词，空格分隔表示同时包含）")
    p.add_argument("query", nargs="+", metavar="WORD")
    p.add_argument("--limit", type=int, default=20, metavar="N")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p = meeting(verb("distribute", cmd_distribute, "分发已签发的纪要：发送邮件，或生成 .eml 邮件文件"))
    p.add_argument("--attach", default="docx", metavar="docx,pdf", help="附件格式（默认 docx）")
    p.add_argument("--eml-dir", type=path_arg, metavar="DIR", help="不发送，生成 .eml 文件到该文件夹")
    p.add_argument("--to", action="append", default=[], metavar="ADDRESS", help="只发给这些地址（可重复）")
    p.add_argument("--retry-failed", action="store_true", help="只重发上次失败的收件人")
    p = meeting(verb("deliveries", cmd_deliveries, "各收件人的分发情况"))
    p.add_argument("--format", choices=("table", "json"), default="table")


def _write(args, work):
    db = open_db(args)
    try:
        with db.transaction(user()) as session:
            return work(session)
    finally:
        db.dispose()


def _read(args, work):
    db = open_db(args)
    try:
        with db.reading() as session:
            return work(session)
    finally:
        db.dispose()


def _say(args, verb: str) -> int:
    view = _read(args, lambda s: get_minutes(s, args.meeting_id))
    number = f"，{view.document_number}" if view.document_number else ""
    print(f"{verb}：第 {view.version_no} 版，{STATE_LABELS[view.state]}{number}")
    return 0


def cmd_open(args) -> int:
    _write(args, lambda s: open_minutes(s, args.meeting_id, user()))
    return _say(args, "纪要")


def cmd_show(args) -> int:
    view = _read(args, lambda s: get_minutes(s, args.meeting_id, args.version_no))
    content = view.content.with_changes(doc_number=view.document_number)
    if args.format == "json":
        out = {"meeting_id": view.meeting_id, "version_no": view.version_no, "state": view.state,
               "document_number": view.document_number, "content": asdict(content)}
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1, default=str)
        sys.stdout.write("\n")
    else:
        print(plain_text(content))
    return 0


def _current_id(session, meeting_id: int) -> int:
    return get_minutes(session, meeting_id).id


def cmd_submit(args) -> int:
    _write(args, lambda s: submit_for_review(s, _current_id(s, args.meeting_id)))
    return _say(args, "已提交审核")


def cmd_return(args) -> int:
    _write(args, lambda s: return_to_draft(s, _current_id(s, args.meeting_id), args.reason))
    return _say(args, "已退回")


def cmd_issue(args) -> int:
    minutes_id = _read(args, lambda s: _current_id(s, args.meeting_id))
    db = open_db(args)
    try:
        number = issue(DatabaseUnits(db, user()), minutes_id, confirm_empty=args.confirm_empty)
    except UserError as exc:
        if isinstance(exc, ConfirmationRequired):
            print(f"tripartite: {exc} 如确认，请加 --confirm-empty。", file=sys.stderr)
            return 1
        raise
    finally:
        db.dispose()
    print(number)
    return 0


def cmd_correct(args) -> int:
    _write(args, lambda s: start_correction(s, args.meeting_id, args.note))
    return _say(args, "已生成更正稿")


def cmd_versions(args) -> int:
    rows = _read(args, lambda s: list_versions(s, args.meeting_id))
    out = [{"version": r.version_no, "state": r.state, "author": r.author,
            "created": local_iso(r.created_at), "issued": local_iso(r.issued_at) if r.issued_at else None,
            "issued_by": r.issued_by, "note": r.change_note} for r in rows]
    _emit(args, out)
    return 0


def cmd_diff(args) -> int:
    print(_read(args, lambda s: unified_diff(s, args.meeting_id, args.old, args.new)))
    return 0


def cmd_act(args) -> int:
    def work(session):
        decisions = get_minutes(session, args.meeting_id).content.decisions
        if not 1 <= args.decision <= len(decisions):
            raise UserError(QT_TRANSLATE_NOOP("Errors", "没有第 {n} 项议定事项。"), n=args.decision)
        spec = ActionSpec(decisions[args.decision - 1].id, args.lead, args.owner, args.due)
        return decisions_to_actions(session, [spec])
    print(_write(args, work)[0])
    return 0


def cmd_search(args) -> int:
    result = _read(args, lambda s: search_minutes(s, " ".join(args.query), args.limit))
    out = [{"kind": h.kind, "meeting_id": h.meeting_id, "document_number": h.document_number,
            "title": h.title, "date": local_iso(h.meeting_start)[:10], "snippet": h.snippet,
            "highlights": [list(x) for x in h.highlights]} for h in result.hits]
    if args.format == "table":
        print(f"纪要 {result.minutes_total} 份，议定事项 {result.decisions_total} 项", file=sys.stderr)
        for row in out:
            row.pop("highlights")
    _emit(args, out)
    return 0


def _password(settings: mail.SmtpSettings) -> str | None:
    state = mail.password_state(settings)
    if state == mail.PasswordState.NOT_NEEDED:
        return None
    if state == mail.PasswordState.STORED:
        return mail.stored_password(settings)
    if os.environ.get(ENV_PASSWORD):
        return os.environ[ENV_PASSWORD]
    if state == mail.PasswordState.NO_KEYRING:
        print(mail.NO_KEYRING_REASON, file=sys.stderr)
    if sys.stdin is None or not sys.stdin.isatty():
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "需要邮件服务器密码：请在交互终端中运行，或设置环境变量 TRIPARTITE_SMTP_PASSWORD。"))
    return getpass.getpass(f"{settings.user}@{settings.host} 的密码：")


def cmd_distribute(args) -> int:
    def recipients(session):
        minutes_id = _current_id(session, args.meeting_id)
        found = (failed_recipients(session, minutes_id) if args.retry_failed
                 else recipient_candidates(session, minutes_id))
        wanted = {a.lower() for a in args.to}
        return [r for r in found if not wanted or r.address.lower() in wanted]

    settings = mail.load_settings()
    chosen = _read(args, recipients)
    eml_dir = Path(args.eml_dir) if args.eml_dir else None
    password = _password(settings) if settings.configured and eml_dir is None else None
    db = open_db(args)
    try:
        report = distribute(DatabaseUnits(db, user()), args.meeting_id, chosen, settings=settings,
                            password=password, formats=tuple(args.attach.split(",")),
                            eml_dir=eml_dir, pdf_fallback=_LazyFallback())
    finally:
        db.dispose()
    for o in report.outcomes:
        print(f"{STATUS_LABELS[o.status]}\t{o.recipient}\t{o.address}\t{o.reason}")
    return 1 if report.failed else 0


def cmd_deliveries(args) -> int:
    rows = _read(args, lambda s: deliveries(s, _current_id(s, args.meeting_id)))
    _emit(args, [{"recipient": d.recipient, "address": d.address, "kind": d.kind,
                  "status": d.status, "reason": d.reason, "at": local_iso(d.at),
                  "attempts": d.attempts} for d in rows])
    return 0


def _emit(args, rows: list[dict]) -> None:
    if args.format == "json":
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        write_table(rows, sys.stdout)
