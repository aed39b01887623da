"""Outgoing e-mail: SMTP settings, the keyring password, messages and sending."""
