"""Fixtures of the service tests: a real SMTP server on 127.0.0.1 and an in-memory keyring."""

from tests.services.smtp_support import memory_keyring, smtp_server  # noqa: F401
