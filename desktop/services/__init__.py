"""Use cases. No Qt: a session in, plain frozen dataclasses out; the caller commits."""
