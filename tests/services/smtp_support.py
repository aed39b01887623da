"""A real SMTP server on 127.0.0.1 (aiosmtpd) and an in-memory keyring for the mail tests."""

from __future__ import annotations

import importlib.util
import socket

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend

from tests.support import need


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in a dict: tests never touch the user's real keyring."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        if self.store.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


class Recorder:
    """Accepts everything except the addresses in ``reject`` (550 at RCPT)."""

    def __init__(self) -> None:
        self.reject: set[str] = set()
        self.busy_once: set[str] = set()    # 451 (try again later) the first time only
        self.received: list[tuple[list[str], bytes]] = []

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        if address in self.reject:
            return "550 5.1.1 mailbox unavailable"
        if address in self.busy_once:
            self.busy_once.discard(address)
            return "451 4.3.0 try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        self.received.append((list(envelope.rcpt_tos), envelope.original_content or envelope.content))
        return "250 Message accepted for delivery"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class SmtpServer:
    def __init__(self, controller, handler: Recorder, port: int) -> None:
        self.controller, self.handler, self.port = controller, handler, port


def start_server(*, size_limit: int = 33_554_432, password: str | None = None) -> SmtpServer:
    """aiosmtpd on a free port of 127.0.0.1 (imported here: a conftest imports this module)."""
    need(importlib.util.find_spec("aiosmtpd") is not None, "aiosmtpd (test extras) is not installed")
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult, LoginPassword

    handler = Recorder()
    port = free_port()
    extra = {}
    if password is not None:
        def check(server, session, envelope, mechanism, auth_data):
            ok = isinstance(auth_data, LoginPassword) and auth_data.password == password.encode()
            return AuthResult(success=ok)
        extra = {"authenticator": check, "auth_require_tls": False, "auth_required": True}
    controller = Controller(handler, hostname="127.0.0.1", port=port,
                            data_size_limit=size_limit, **extra)
    controller.start()
    return SmtpServer(controller, handler, port)


@pytest.fixture
def smtp_server():
    server = start_server()
    yield server
    server.controller.stop()


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
