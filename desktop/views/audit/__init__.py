"""The 操作日志 page: who changed which record, field by field, masked (services.audit)."""
