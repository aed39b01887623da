"""Outgoing e-mail: SMTP settings, the password in the system keyring, messages, sending.

Settings (host, port, user, security, sender, size limit) are a JSON file in the config folder;
the password never is: it goes to the system keyring (Windows Credential Manager, macOS
Keychain, Secret Service/KWallet). Where no keyring backend exists (``keyring.backends.fail``,
as on a headless Linux) ``password_state`` says so and the caller asks for it at each sending.

``send_messages`` sends one message per recipient over one connection, records a result for
each, never lets one failure stop the others, and tries once more after a transient error
(4xx replies, a dropped connection). Before anything is sent, every message is measured
against the server's SIZE (from EHLO) or the configured limit. Without a server, callers write
.eml files (``write_eml``) for the user's own mail program.
"""

from __future__ import annotations

import json
import mimetypes
import smtplib
import ssl
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, fields
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.utils import formataddr, formatdate, make_msgid
from enum import Enum
from pathlib import Path

import keyring
import keyring.errors
from keyring.backends import fail

from desktop import config
from desktop.errors import UserError, ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.kernel.settings_file import write_atomically

SETTINGS_FILE = "mail.json"
KEYRING_SERVICE = "tripartite-secretariat-smtp"
SECURITY = ("starttls", "ssl", "none")
RETRY_DELAY_S = 2.0
NO_KEYRING_REASON = QT_TRANSLATE_NOOP(
    "Labels", "本机没有可用的系统密钥环（如 Windows 凭据管理器、macOS 钥匙串或 GNOME 密钥环），"
              "密码不能安全保存，每次发送时需要重新输入。")


@dataclass(frozen=True)
class SmtpSettings:
    """Where to send from; ``size_limit`` (bytes, 0 = use the server's SIZE) caps a message."""

    host: str = ""
    port: int = 587
    user: str = ""
    security: str = "starttls"      # starttls | ssl | none
    sender: str = ""                # the From address
    sender_name: str = ""
    size_limit: int = 0
    timeout_s: float = 30.0

    @property
    def configured(self) -> bool:
        return bool(self.host.strip() and self.sender.strip())

    @property
    def account(self) -> str:
        """The keyring user name: one password per account and server."""
        return f"{self.user}@{self.host}:{self.port}"


class PasswordState(str, Enum):
    NOT_NEEDED = "not_needed"       # no user name: the server takes mail without login
    STORED = "stored"               # in the keyring
    MISSING = "missing"             # the keyring works but holds none yet
    NO_KEYRING = "no_keyring"       # no backend: ask each time (NO_KEYRING_REASON says why)


# ---------------------------------------------------------------- settings

def settings_path() -> Path:
    return config.config_dir() / SETTINGS_FILE


def load_settings(path: Path | None = None) -> SmtpSettings:
    """The saved settings; defaults when there are none or the file is damaged."""
    try:
        data = json.loads((path or settings_path()).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return SmtpSettings()
    known = {f.name for f in fields(SmtpSettings)}
    try:
        return SmtpSettings(**{k: v for k, v in data.items() if k in known})
    except TypeError:
        return SmtpSettings()


def clean_settings(settings: SmtpSettings) -> SmtpSettings:
    """Validated settings (ValidationError names the field)."""
    host = settings.host.strip()
    if settings.security not in SECURITY:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "加密方式无效。"), field="security")
    if not isinstance(settings.port, int) or not 0 < settings.port < 65536:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "端口应为 1 到 65535 的整数。"), field="port")
    sender = settings.sender.strip()
    if host and "@" not in sender:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写发件人邮箱地址。"), field="sender")
    if settings.size_limit < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "邮件大小上限不能为负数。"), field="size_limit")
    return SmtpSettings(host, settings.port, settings.user.strip(), settings.security, sender,
                        settings.sender_name.strip(), settings.size_limit, settings.timeout_s)


def save_settings(settings: SmtpSettings, path: Path | None = None) -> SmtpSettings:
    """Validate and write the settings (never a password) atomically."""
    settings = clean_settings(settings)
    target = path or settings_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(target, json.dumps(asdict(settings), ensure_ascii=False, indent=1).encode())
    return settings


# ---------------------------------------------------------------- password

def keyring_available() -> bool:
    return not isinstance(keyring.get_keyring(), fail.Keyring)


def password_state(settings: SmtpSettings) -> PasswordState:
    if not settings.user:
        return PasswordState.NOT_NEEDED
    if not keyring_available():
        return PasswordState.NO_KEYRING
    try:
        found = keyring.get_password(KEYRING_SERVICE, settings.account)
    except keyring.errors.KeyringError:
        return PasswordState.NO_KEYRING
    return PasswordState.STORED if found else PasswordState.MISSING


def stored_password(settings: SmtpSettings) -> str | None:
    if password_state(settings) != PasswordState.STORED:
        return None
    return keyring.get_password(KEYRING_SERVICE, settings.account)


def store_password(settings: SmtpSettings, password: str) -> None:
    """Keep the password in the keyring; UserError (with the reason) where there is none."""
    if not keyring_available():
        raise UserError(NO_KEYRING_REASON)
    try:
        keyring.set_password(KEYRING_SERVICE, settings.account, password)
    except keyring.errors.KeyringError as exc:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "无法把密码保存到系统密钥环：{reason}"),
                        reason=exc) from None


def forget_password(settings: SmtpSettings) -> None:
    try:
        keyring.delete_password(KEYRING_SERVICE, settings.account)
    except keyring.errors.KeyringError:
        pass


# ---------------------------------------------------------------- messages

@dataclass(frozen=True)
class Attachment:
    filename: str
    data: bytes
    mime_type: str = ""


@dataclass(frozen=True)
class Outgoing:
    """One message to one recipient."""

    recipient: str          # the name shown in reports
    address: str
    message: EmailMessage
    kind: str = ""


@dataclass(frozen=True)
class SendResult:
    recipient: str
    address: str
    status: str             # sent | failed
    reason: str = ""
    attempts: int = 1
    kind: str = ""


def build_message(settings: SmtpSettings, to_name: str, to_address: str, subject: str, body: str,
                  attachments: Sequence[Attachment] = ()) -> EmailMessage:
    """A UTF-8 message; non-ASCII headers are RFC 2047 encoded and file names RFC 2231."""
    msg = EmailMessage(policy=SMTP_POLICY)
    msg["From"] = formataddr((settings.sender_name, settings.sender)) if settings.sender else ""
    msg["To"] = formataddr((to_name, to_address))
    msg["Subject"] = subject
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = make_msgid(domain=(settings.sender.partition("@")[2] or None))
    msg.set_content(body)
    for item in attachments:
        kind = item.mime_type or mimetypes.guess_type(item.filename)[0] or "application/octet-stream"
        main, _, sub = kind.partition("/")
        msg.add_attachment(item.data, maintype=main, subtype=sub, filename=item.filename)
    return msg


def write_eml(message: EmailMessage, path: Path) -> Path:
    """The message as an .eml file the user's mail program opens and sends."""
    return write_atomically(Path(path), message.as_bytes(policy=SMTP_POLICY))


class MessageTooLarge(UserError):
    """A message exceeds the server's or the configured size limit; nothing was sent."""


def _size_limit(settings: SmtpSettings, smtp: smtplib.SMTP) -> int:
    server = int(smtp.esmtp_features.get("size", "0").strip() or 0) if smtp.has_extn("size") else 0
    limits = [x for x in (settings.size_limit, server) if x > 0]
    return min(limits) if limits else 0


def check_sizes(settings: SmtpSettings, messages: Sequence[Outgoing], limit: int) -> None:
    """Refuse before sending when any message is over ``limit`` bytes (0 = no limit)."""
    if not limit:
        return
    for item in messages:
        size = len(item.message.as_bytes(policy=SMTP_POLICY))
        if size > limit:
            names = "、".join(p.get_filename() or "" for p in item.message.iter_attachments())
            raise MessageTooLarge(QT_TRANSLATE_NOOP(
                "Errors", "邮件过大：发给{recipient}的邮件（附件：{files}）约 {size} MB，"
                          "超过邮件服务器允许的 {limit} MB。未发送任何邮件。"),
                recipient=item.recipient, files=names or "无", size=f"{size / 1e6:.1f}",
                limit=f"{limit / 1e6:.1f}")


# ---------------------------------------------------------------- sending

Connect = Callable[[SmtpSettings], smtplib.SMTP]


def connect(settings: SmtpSettings) -> smtplib.SMTP:
    """An EHLO'd connection, TLS as configured (certificates verified)."""
    context = ssl.create_default_context()
    if settings.security == "ssl":
        smtp = smtplib.SMTP_SSL(settings.host, settings.port, timeout=settings.timeout_s,
                                context=context)
    else:
        smtp = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout_s)
    smtp.ehlo()
    if settings.security == "starttls":
        smtp.starttls(context=context)
        smtp.ehlo()
    return smtp


def _transient(exc: BaseException) -> bool:
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return all(400 <= code < 500 for code, _ in exc.recipients.values())
    if isinstance(exc, smtplib.SMTPResponseException):
        return 400 <= exc.smtp_code < 500
    return isinstance(exc, (smtplib.SMTPServerDisconnected, OSError))


def _reason(exc: BaseException) -> str:
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        code, text = next(iter(exc.recipients.values()))
        return f"{code} {text.decode('utf-8', 'replace') if isinstance(text, bytes) else text}"
    if isinstance(exc, smtplib.SMTPResponseException):
        text = exc.smtp_error
        return f"{exc.smtp_code} {text.decode('utf-8', 'replace') if isinstance(text, bytes) else text}"
    return str(exc) or type(exc).__name__


@dataclass
class _Session:
    settings: SmtpSettings
    password: str | None
    opener: Connect
    smtp: smtplib.SMTP | None = field(default=None)

    def open(self) -> smtplib.SMTP:
        if self.smtp is None:
            smtp = self.opener(self.settings)
            if self.settings.user:
                smtp.login(self.settings.user, self.password or "")
            self.smtp = smtp
        return self.smtp

    def drop(self) -> None:
        if self.smtp is not None:
            try:
                self.smtp.close()
            finally:
                self.smtp = None


def _send_one(session: _Session, item: Outgoing, retry_delay: float) -> SendResult:
    for attempt in (1, 2):
        try:
            session.open().send_message(item.message, from_addr=session.settings.sender,
                                        to_addrs=[item.address])
            return SendResult(item.recipient, item.address, "sent", "", attempt, item.kind)
        except smtplib.SMTPAuthenticationError as exc:
            raise UserError(QT_TRANSLATE_NOOP("Errors", "邮件服务器拒绝登录（用户名或密码错误）：{reason}"),
                            reason=_reason(exc)) from None
        except (smtplib.SMTPException, OSError) as exc:
            if isinstance(exc, (smtplib.SMTPServerDisconnected, OSError)):
                session.drop()
            if attempt == 2 or not _transient(exc):
                return SendResult(item.recipient, item.address, "failed", _reason(exc), attempt,
                                  item.kind)
            time.sleep(retry_delay)
    raise AssertionError("unreachable")


def send_messages(settings: SmtpSettings, password: str | None, messages: Sequence[Outgoing], *,
                  opener: Connect = connect, retry_delay: float = RETRY_DELAY_S,
                  before: Callable[[int, Outgoing], None] | None = None,
                  after: Callable[[int, SendResult], None] | None = None) -> list[SendResult]:
    """Send each message to its one recipient; a result per message, in order.

    Raises (before sending anything) MessageTooLarge, or UserError when the server cannot be
    reached or refuses the login; after that, failures are results, never exceptions.
    ``before(i, item)`` runs before the i-th message is sent and ``after(i, result)`` once it
    was (to report progress, record the outcome at once); an exception from either (say
    ``Cancelled``) stops the sending there and closes the connection.
    """
    session = _Session(settings, password, opener)
    try:
        try:
            smtp = session.open()
        except smtplib.SMTPAuthenticationError as exc:
            raise UserError(QT_TRANSLATE_NOOP("Errors", "邮件服务器拒绝登录（用户名或密码错误）：{reason}"),
                            reason=_reason(exc)) from None
        except (smtplib.SMTPException, OSError) as exc:
            raise UserError(QT_TRANSLATE_NOOP("Errors", "无法连接邮件服务器 {host}:{port}：{reason}"),
                            host=settings.host, port=settings.port, reason=_reason(exc)) from None
        check_sizes(settings, messages, _size_limit(settings, smtp))
        results = []
        for i, item in enumerate(messages):
            if before is not None:
                before(i, item)
            results.append(_send_one(session, item, retry_delay))
            if after is not None:
                after(i, results[-1])
        return results
    finally:
        if session.smtp is not None:
            try:
                session.smtp.quit()
            except (smtplib.SMTPException, OSError):
                pass
            session.drop()
