"""Minutes (会议纪要): content, workflow, numbering, history, search, distribution, decisions."""
