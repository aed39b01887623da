"""Action items (督办): rules, list, dashboard, detail, bulk changes, chasing, import, reports."""
