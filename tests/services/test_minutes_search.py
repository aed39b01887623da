"""Search: any Chinese substring, two characters (欠薪) as well as four (集体协商), in minutes and
decisions, with snippets whose highlight offsets point at the term."""

from __future__ import annotations

from desktop.services.minutes.core import get_minutes, save_draft
from desktop.services.minutes.search import search_minutes
from desktop.services.minutes.workflow import start_correction
from tests.services.meeting_support import local
from tests.services.minutes_support import held_meeting, issued_minutes, write_minutes


def _highlighted(hit) -> list[str]:
    return [hit.snippet[a:b] for a, b in hit.highlights]


def test_two_character_term_finds_minutes_and_decisions_with_highlights(db):
    meeting_id, _, number = issued_minutes(db)
    with db.reading() as s:
        result = search_minutes(s, "欠薪")
    assert (result.minutes_total, result.decisions_total) == (1, 1)
    minutes, decision = result.hits
    assert (minutes.kind, minutes.meeting_id, minutes.document_number) == ("minutes", meeting_id, number)
    assert _highlighted(minutes) and set(_highlighted(minutes)) == {"欠薪"}
    assert decision.kind == "decision" and _highlighted(decision) == ["欠薪"]
    assert decision.snippet == "由人社局牵头，开展春节前欠薪专项排查。"


def test_four_character_term_uses_the_index_and_highlights(db):
    issued_minutes(db)
    with db.reading() as s:
        result = search_minutes(s, "集体协商")
    assert result.minutes_total == 1 and result.decisions_total == 1
    assert all(set(_highlighted(h)) == {"集体协商"} for h in result.hits)


def test_all_terms_must_occur(db):
    issued_minutes(db)
    with db.reading() as s:
        assert search_minutes(s, "欠薪 集体协商").minutes_total == 1
        assert search_minutes(s, "欠薪 鲸鱼").minutes_total == 0
        assert search_minutes(s, "  ").hits == ()


def test_only_the_current_version_is_searched(db):
    meeting_id, _, _ = issued_minutes(db)
    with db.transaction() as s:
        new_id = start_correction(s, meeting_id, "改写结束语")
        view = get_minutes(s, meeting_id)
        save_draft(s, new_id, view.content.with_changes(closing="会后形成专报呈阅。"))
    with db.reading() as s:
        result = search_minutes(s, "专报呈阅")
        assert [(h.minutes_id, h.kind) for h in result.hits] == [(new_id, "minutes")]
        assert search_minutes(s, "按照分工抓好落实").minutes_total == 0


def test_newest_meeting_first_and_percent_signs_are_literal(db):
    with db.transaction() as s:
        older = held_meeting(s, start=local(2025, 5, 6), title="早先的会议")
        newer = held_meeting(s, start=local(2026, 5, 6), title="后来的会议")
        for meeting_id in (older, newer):
            write_minutes(s, meeting_id)
    with db.reading() as s:
        assert [h.meeting_id for h in search_minutes(s, "欠薪").hits if h.kind == "minutes"] == [
            newer, older]
        assert search_minutes(s, "%").minutes_total == 0


def test_demo_data_is_searchable_and_later_minutes_are_indexed_too(db):
    from datetime import date

    from sqlalchemy import func, select

    from desktop.models import Minutes
    from desktop.services.demo import generate

    with db.transaction() as s:
        generate(s, "small", 1, date(2026, 11, 24))
    with db.reading() as s:
        expected = s.scalar(select(func.count()).select_from(Minutes)
                            .where(Minutes.text.like("%集体协商%")))
        assert search_minutes(s, "集体协商").minutes_total == expected > 0
    meeting_id, _, _ = issued_minutes(db, title="演示之后的会议")
    with db.reading() as s:
        assert search_minutes(s, "演示之后的会议").hits[0].meeting_id == meeting_id
