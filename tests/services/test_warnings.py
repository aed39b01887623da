"""The warning chain (CAP): issue → adjust → extend → lift as messages, and the refusals."""

from __future__ import annotations

from datetime import date, timedelta
from functools import partial

import pytest

from desktop.errors import NotFoundError, ValidationError
from desktop.models import EarlyWarning
from desktop.services.warnings import core
from desktop.services.warnings.core import WarningDraft
from desktop.services.warnings.query import get_warning, list_warnings, shown_status, timeline
from tests.services.warning_support import suggested


def run(db, work):
    return db.run(work, "测试员")[0]


def test_a_chain_reads_back_in_order_with_each_message_replacing_the_last(db):
    wid = suggested(db, "orange")
    run(db, lambda s: core.issue_suggestion(s, wid))
    run(db, lambda s: core.adjust_level(s, wid, "red", "欠薪扩大到3个月"))
    until = get_warning_row(db, wid).expires + timedelta(days=30)
    run(db, lambda s: core.extend_warning(s, wid, until, "整改期延长"))
    run(db, lambda s: core.lift_warning(s, wid, "工资已全部补发"))
    with db.reading() as s:
        chain = timeline(s, wid)
        row = get_warning(s, wid)
    assert [(m.seq, m.kind, m.level) for m in chain] == [
        (1, "issue", "orange"), (2, "adjust", "red"), (3, "extend", "red"), (4, "lift", "red")]
    assert [m.replaces_id for m in chain] == [None, chain[0].id, chain[1].id, chain[2].id]
    assert [m.reason for m in chain[1:]] == ["欠薪扩大到3个月", "整改期延长", "工资已全部补发"]
    assert chain[2].expires == until and chain[0].expires == until - timedelta(days=30)
    assert all(m.sent_by == "测试员" for m in chain)
    assert (row.status, row.level, row.messages, row.expires) == ("lifted", "red", 4, until)


def get_warning_row(db, wid):
    with db.reading() as s:
        return get_warning(s, wid)


def test_issuing_a_suggestion_keeps_the_rules_reason_and_defaults_the_expiry(db):
    wid = suggested(db, "orange")
    run(db, lambda s: core.issue_suggestion(s, wid, WarningDraft(starts=date(2026, 3, 1))))
    with db.reading() as s:
        first = timeline(s, wid)[0]
        row = get_warning(s, wid, today=date(2026, 5, 30))
    assert (row.status, row.starts, row.expires) == ("active", date(2026, 3, 1), date(2026, 5, 30))
    assert first.reason == "欠薪1.5个月，在1至2个月之间。"
    assert row.letter_number.startswith("经开工预〔") and row.issued_by == "测试员"


def test_a_level_other_than_the_suggested_one_needs_a_reason_which_is_kept(db):
    wid = suggested(db, "orange")
    with pytest.raises(ValidationError, match="与建议级别（橙色）不同，请说明理由") as refused:
        run(db, lambda s: core.issue_suggestion(s, wid, WarningDraft(level="red")))
    assert refused.value.field == "reason"
    assert get_warning_row(db, wid).status == "suggested"
    run(db, lambda s: core.issue_suggestion(s, wid, WarningDraft(level="red", reason="涉及春节前返乡职工")))
    row = get_warning_row(db, wid)
    with db.reading() as s:
        assert timeline(s, wid)[0].reason == "涉及春节前返乡职工"
    assert (row.level, row.suggested_level, row.level_changed) == ("red", "orange", True)


def test_dismissing_needs_a_reason_and_leaves_no_message(db):
    wid = suggested(db)
    with pytest.raises(ValidationError, match="请说明不予预警的理由"):
        run(db, lambda s: core.dismiss_suggestion(s, wid, "  "))
    run(db, lambda s: core.dismiss_suggestion(s, wid, "已于排查后补发"))
    row = get_warning_row(db, wid)
    assert (row.status, row.dismissed_reason, row.messages) == ("dismissed", "已于排查后补发", 0)


def test_adjust_needs_another_level_and_a_reason(db):
    wid = suggested(db, "yellow")
    run(db, lambda s: core.issue_suggestion(s, wid))
    with pytest.raises(ValidationError, match="已是黄色预警"):
        run(db, lambda s: core.adjust_level(s, wid, "yellow", "理由"))
    with pytest.raises(ValidationError, match="请说明调整级别的理由"):
        run(db, lambda s: core.adjust_level(s, wid, "red", ""))
    with pytest.raises(ValidationError, match="预警级别应为"):
        run(db, lambda s: core.adjust_level(s, wid, "purple", "理由"))
    assert get_warning_row(db, wid).messages == 1


def test_lift_needs_a_reason(db):
    wid = suggested(db)
    run(db, lambda s: core.issue_suggestion(s, wid))
    with pytest.raises(ValidationError, match="请说明解除预警的理由"):
        run(db, lambda s: core.lift_warning(s, wid, ""))


def test_nothing_can_be_done_to_a_lifted_or_dismissed_warning(db):
    lifted, dismissed = suggested(db), suggested(db, enterprise=1)
    run(db, lambda s: core.issue_suggestion(s, lifted))
    run(db, lambda s: core.lift_warning(s, lifted, "已解决"))
    run(db, lambda s: core.dismiss_suggestion(s, dismissed, "误报"))
    acts = (lambda s, w: core.adjust_level(s, w, "blue", "x"),
            lambda s, w: core.extend_warning(s, w, date(2030, 1, 1)),
            lambda s, w: core.lift_warning(s, w, "x"),
            lambda s, w: core.issue_suggestion(s, w),
            lambda s, w: core.dismiss_suggestion(s, w, "x"))
    for wid in (lifted, dismissed):
        for act in acts:
            with pytest.raises(ValidationError, match="不能再作任何处理"):
                run(db, partial(act, w=wid))


def test_a_suggestion_cannot_be_adjusted_or_lifted_before_it_is_issued(db):
    wid = suggested(db)
    with pytest.raises(ValidationError, match="当前为“待签发”"):
        run(db, lambda s: core.lift_warning(s, wid, "x"))


def test_an_issued_warning_cannot_be_issued_again(db):
    wid = suggested(db)
    run(db, lambda s: core.issue_suggestion(s, wid))
    with pytest.raises(ValidationError, match="只适用于“待签发”"):
        run(db, lambda s: core.issue_suggestion(s, wid))


def test_extend_must_move_the_expiry_later(db):
    wid = suggested(db)
    run(db, lambda s: core.issue_suggestion(s, wid, WarningDraft(starts=date(2026, 1, 1),
                                                                 expires=date(2026, 3, 1))))
    with pytest.raises(ValidationError, match="应晚于现在的有效期（2026-03-01）"):
        run(db, lambda s: core.extend_warning(s, wid, date(2026, 3, 1)))


def test_an_expiry_before_the_start_is_refused(db):
    wid = suggested(db)
    with pytest.raises(ValidationError, match="不能早于预警开始日期") as refused:
        run(db, lambda s: core.issue_suggestion(s, wid, WarningDraft(starts=date(2026, 3, 1),
                                                                     expires=date(2026, 2, 1))))
    assert refused.value.field == "expires"


def test_a_warning_made_by_hand_needs_a_reason_and_starts_its_chain(db):
    suggested(db)
    with db.reading() as s:
        eid = s.query(EarlyWarning).first().enterprise_id
    with pytest.raises(ValidationError, match="请填写预警的理由"):
        run(db, lambda s: core.create_warning(s, eid, WarningDraft(level="blue")))
    wid = run(db, lambda s: core.create_warning(s, eid, WarningDraft(
        level="blue", category="petition", reason="职工集体信访", measures="接访")))
    row = get_warning_row(db, wid)
    assert (row.status, row.level, row.category, row.messages, row.suggested_level) == (
        "active", "blue", "petition", 1, None)


def test_a_missing_warning_is_not_found(db):
    with pytest.raises(NotFoundError):
        run(db, lambda s: core.lift_warning(s, 999, "x"))


def test_a_stale_form_is_refused(db):
    wid = suggested(db)
    version = get_warning_row(db, wid).version
    run(db, lambda s: core.issue_suggestion(s, wid))
    with pytest.raises(Exception, match="已被他人修改"):
        run(db, lambda s: core.adjust_level(s, wid, "red", "x", version=version))


def test_expired_is_an_active_warning_past_its_expiry_in_beijing(db):
    wid = suggested(db)
    run(db, lambda s: core.issue_suggestion(s, wid, WarningDraft(starts=date(2026, 1, 1),
                                                                 expires=date(2026, 2, 1))))
    with db.reading() as s:
        assert [r.status for r in list_warnings(s, today=date(2026, 2, 1))] == ["active"]
        assert [r.status for r in list_warnings(s, today=date(2026, 2, 2))] == ["expired"]
        assert [r.id for r in list_warnings(s, "expired", today=date(2026, 2, 2))] == [wid]
        assert list_warnings(s, "expired", today=date(2026, 2, 1)) == []
    assert shown_status("lifted", date(2000, 1, 1), date(2026, 1, 1)) == "lifted"


def test_list_filters_by_status_and_open_leaves_out_dismissed(db):
    a, b, c = suggested(db), suggested(db, enterprise=1), suggested(db, enterprise=2)
    run(db, lambda s: core.issue_suggestion(s, a))
    run(db, lambda s: core.dismiss_suggestion(s, b, "误报"))
    with db.reading() as s:
        ids = {f: [r.id for r in list_warnings(s, f)] for f in ("open", "all", "suggested", "active", "dismissed")}
    assert ids == {"open": [a, c], "all": [a, b, c], "suggested": [c], "active": [a], "dismissed": [b]}
