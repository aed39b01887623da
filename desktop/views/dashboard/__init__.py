"""The leadership dashboard of the action items: counts, ageing, the monthly trend, the oldest items."""
