"""The 排查 page: screening campaigns, their entries, results, sheets and progress."""
