"""Shared kernel of the use cases: local time, validation and masking, refused deletes,
Chinese official number and date forms, the logged reveal of personal data."""
