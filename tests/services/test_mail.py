"""mail.py against a real SMTP server on 127.0.0.1: per-recipient sending, a refused recipient
that does not stop the others, RFC 2047 subjects, sizes checked before sending, the password
in the keyring (an in-memory backend here) and the no-keyring state."""

from __future__ import annotations

import json
from email import message_from_bytes, policy

import keyring
import pytest
from keyring.backends import fail

from desktop.errors import UserError
from desktop.services.mail import core as mail
from tests.services.smtp_support import start_server

SUBJECT = "经开三方纪〔2026〕3号 三方协调委员会全体会议纪要"


def settings_for(server, **extra) -> mail.SmtpSettings:
    return mail.SmtpSettings(host="127.0.0.1", port=server.port, security="none",
                             sender="secretariat@example.org", sender_name="三方联席秘书处", **extra)


def outgoing(settings, *addresses, attachment=b"docx bytes"):
    files = [mail.Attachment("经开三方纪〔2026〕3号.docx", attachment)]
    return [mail.Outgoing(f"收件人{i}", a, mail.build_message(settings, f"收件人{i}", a, SUBJECT,
                                                             "请查收附件。", files))
            for i, a in enumerate(addresses)]


def test_each_recipient_gets_one_message_with_encoded_subject_and_attachment(smtp_server):
    settings = settings_for(smtp_server)
    results = mail.send_messages(settings, None, outgoing(settings, "a@example.org", "b@example.org"))
    assert [r.status for r in results] == ["sent", "sent"]
    assert [tos for tos, _ in smtp_server.handler.received] == [["a@example.org"], ["b@example.org"]]
    raw = smtp_server.handler.received[0][1]
    assert b"Subject: =?utf-8?" in raw
    msg = message_from_bytes(raw, policy=policy.default)
    assert msg["Subject"] == SUBJECT
    [part] = msg.iter_attachments()
    assert part.get_filename() == "经开三方纪〔2026〕3号.docx" and part.get_content() == b"docx bytes"


def test_a_refused_recipient_does_not_stop_the_others(smtp_server):
    smtp_server.handler.reject.add("bad@example.org")
    settings = settings_for(smtp_server)
    results = mail.send_messages(settings, None, outgoing(
        settings, "a@example.org", "bad@example.org", "c@example.org"), retry_delay=0)
    assert [r.status for r in results] == ["sent", "failed", "sent"]
    assert results[1].reason.startswith("550") and results[1].attempts == 1
    assert [tos for tos, _ in smtp_server.handler.received] == [["a@example.org"], ["c@example.org"]]


def test_a_transient_refusal_is_retried_once(smtp_server):
    smtp_server.handler.busy_once.add("busy@example.org")
    settings = settings_for(smtp_server)
    [result] = mail.send_messages(settings, None, outgoing(settings, "busy@example.org"), retry_delay=0)
    assert (result.status, result.attempts) == ("sent", 2)
    assert [tos for tos, _ in smtp_server.handler.received] == [["busy@example.org"]]


def test_a_message_over_the_servers_size_is_reported_before_sending():
    server = start_server(size_limit=20_000)
    try:
        settings = settings_for(server)
        messages = outgoing(settings, "a@example.org", "b@example.org", attachment=b"x" * 30_000)
        with pytest.raises(mail.MessageTooLarge, match="经开三方纪〔2026〕3号.docx"):
            mail.send_messages(settings, None, messages)
        assert server.handler.received == []
    finally:
        server.controller.stop()


def test_a_configured_limit_below_the_servers_is_used(smtp_server):
    settings = settings_for(smtp_server, size_limit=10_000)
    with pytest.raises(mail.MessageTooLarge, match="未发送任何邮件"):
        mail.send_messages(settings, None, outgoing(settings, "a@example.org", attachment=b"x" * 20_000))
    assert smtp_server.handler.received == []


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_login_uses_the_password_kept_in_the_keyring(memory_keyring):
    server = start_server(password="s3cret")
    try:
        settings = settings_for(server, user="mailer")
        assert mail.password_state(settings) == mail.PasswordState.MISSING
        mail.store_password(settings, "s3cret")
        assert mail.password_state(settings) == mail.PasswordState.STORED
        assert mail.stored_password(settings) == "s3cret"
        results = mail.send_messages(settings, mail.stored_password(settings),
                                     outgoing(settings, "a@example.org"))
        assert [r.status for r in results] == ["sent"]
    finally:
        server.controller.stop()


def test_without_a_keyring_backend_the_state_says_to_ask_each_time():
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        settings = mail.SmtpSettings(host="smtp.example.org", user="mailer", sender="a@example.org")
        assert mail.password_state(settings) == mail.PasswordState.NO_KEYRING
        with pytest.raises(UserError, match="密钥环"):
            mail.store_password(settings, "pw")
    finally:
        keyring.set_keyring(previous)


def test_settings_file_holds_no_password_and_reads_back(memory_keyring):
    saved = mail.save_settings(mail.SmtpSettings(host=" smtp.example.org ", port=465, user="mailer",
                                                 security="ssl", sender="a@example.org"))
    mail.store_password(saved, "pw")
    text = mail.settings_path().read_text(encoding="utf-8")
    assert "pw" not in json.loads(text).values()
    assert mail.load_settings() == saved and saved.host == "smtp.example.org"


def test_an_unreachable_server_is_one_clear_error():
    settings = mail.SmtpSettings(host="127.0.0.1", port=1, security="none", sender="a@example.org",
                                 timeout_s=2)
    with pytest.raises(UserError, match="无法连接邮件服务器"):
        mail.send_messages(settings, None, outgoing(settings, "a@example.org"))


def test_eml_file_reads_back_with_chinese_subject(tmp_path):
    settings = mail.SmtpSettings(sender="secretariat@example.org")
    [item] = outgoing(settings, "a@example.org")
    path = mail.write_eml(item.message, tmp_path / "a.eml")
    msg = message_from_bytes(path.read_bytes(), policy=policy.default)
    assert msg["Subject"] == SUBJECT and msg["To"].addresses[0].addr_spec == "a@example.org"
