"""The seven-party incident register: board, reports, timeline (群体突发事件七方联动)."""
