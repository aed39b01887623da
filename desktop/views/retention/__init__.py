"""Retention of personal data (个人信息保护法 Arts. 19, 47): the 保存期限 settings tab, the purge
dialog with its certificate, and the sealed records' logged unsealing."""
