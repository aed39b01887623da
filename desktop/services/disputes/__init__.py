"""Dispute cases (劳动争议三方调处): intake, stages, legal clocks, documents and statistics."""
