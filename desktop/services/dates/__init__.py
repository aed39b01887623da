"""Working days (statutory holidays, 调休) and recurrence rules."""
