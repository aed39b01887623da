"""``export case ID --document KIND -o FILE.docx``: exit codes, one-line refusals, nothing written
on refusal, the audit entry of a document addressed to the parties."""

from __future__ import annotations

import pytest
from docx import Document

from desktop.cli import main
from tests.exports.test_case_docs import ID_MAN, NUMBER, agreed_case, new_case, reveals, whole


@pytest.fixture
def url(db) -> str:
    return db.target.url.render_as_string(hide_password=False)


def cli(url, *args) -> int:
    return main(["--database", url, *args])


def test_export_case_writes_the_agreement_and_prints_its_path(db, url, tmp_path, capsys):
    case_id = agreed_case(db)
    out = tmp_path / "协议.docx"
    capsys.readouterr()
    assert cli(url, "export", "case", str(case_id), "--document", "agreement", "-o", str(out)) == 0
    assert capsys.readouterr().out.strip() == str(out)
    doc = Document(str(out))
    assert doc.paragraphs[0].text == "调解协议书" and doc.paragraphs[1].text == NUMBER
    assert ID_MAN in whole(out)


def test_exporting_the_agreement_is_written_to_the_audit_log(db, url, tmp_path):
    case_id = agreed_case(db)
    cli(url, "export", "case", str(case_id), "--document", "agreement", "-o", str(tmp_path / "a.docx"))
    assert reveals(db) == [f"dispute_case:{case_id}:agreement"]


@pytest.mark.parametrize("kind", ["application", "notice", "record", "summary"])
def test_every_case_has_its_application_notice_record_and_summary(db, url, tmp_path, kind):
    out = tmp_path / f"{kind}.docx"
    assert cli(url, "export", "case", str(new_case(db)), "--document", kind, "-o", str(out)) == 0
    assert NUMBER in whole(out)


def test_the_summary_is_masked_and_writes_no_audit_entry(db, url, tmp_path):
    out = tmp_path / "摘要.docx"
    assert cli(url, "export", "case", str(agreed_case(db)), "--document", "summary", "-o", str(out)) == 0
    assert ID_MAN not in whole(out) and reveals(db) == []


@pytest.mark.parametrize("make, kind, words", [
    (new_case, "agreement", "尚未达成调解协议"), (new_case, "confirmation", "尚未达成调解协议"),
    (new_case, "visit", "没有回访记录"), (agreed_case, "termination", "没有终止调解通知书")])
def test_a_document_that_does_not_fit_the_stage_exits_1_with_one_line_and_writes_nothing(
        db, url, tmp_path, capsys, make, kind, words):
    case_id = make(db)
    out = tmp_path / "x.docx"
    capsys.readouterr()
    assert cli(url, "export", "case", str(case_id), "--document", kind, "-o", str(out)) == 1
    err = capsys.readouterr().err
    assert words in err and len(err.strip().splitlines()) == 1
    assert not out.exists() and reveals(db) == []


def test_an_output_not_ending_in_docx_exits_2_and_writes_nothing(db, url, tmp_path, capsys):
    out = tmp_path / "协议.pdf"
    assert cli(url, "export", "case", str(agreed_case(db)), "--document", "agreement", "-o", str(out)) == 2
    assert ".docx" in capsys.readouterr().err and not out.exists() and reveals(db) == []


def test_an_unknown_document_is_a_usage_error(db, url, tmp_path):
    with pytest.raises(SystemExit) as exit_:
        cli(url, "export", "case", str(new_case(db)), "--document", "letter", "-o", str(tmp_path / "x.docx"))
    assert exit_.value.code == 2


def test_an_unknown_case_exits_1(db, url, tmp_path, capsys):
    assert cli(url, "export", "case", "999", "--document", "summary", "-o", str(tmp_path / "x.docx")) == 1
    assert not (tmp_path / "x.docx").exists()


def test_a_file_written_in_a_transaction_that_fails_is_removed_with_it(db, url, tmp_path, monkeypatch):
    from desktop.cli import case_export

    def written_then_failing(*args, **kwargs):
        case_export_real(*args, **kwargs)
        raise RuntimeError("the commit failed")
    case_export_real = case_export.export_case_document
    monkeypatch.setattr(case_export, "export_case_document", written_then_failing)
    out = tmp_path / "协议.docx"
    assert cli(url, "export", "case", str(agreed_case(db)), "--document", "agreement", "-o", str(out)) == 1
    assert not out.exists() and reveals(db) == []


def test_a_refused_export_leaves_a_file_already_there_as_it_was(db, url, tmp_path):
    out = tmp_path / "协议.docx"
    out.write_bytes(b"earlier")
    assert cli(url, "export", "case", str(new_case(db)), "--document", "agreement", "-o", str(out)) == 1
    assert out.read_bytes() == b"earlier"
