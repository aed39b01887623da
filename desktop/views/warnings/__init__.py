"""The 预警信息 page: the warning register, its chains, actions and dashboard."""
