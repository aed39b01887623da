"""The five bodies: details, member organisations, representatives; the first-run seed."""
