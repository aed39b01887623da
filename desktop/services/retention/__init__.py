"""Personal data kept no longer than needed (个人信息保护法 Arts. 19, 47): retention rules, the purge and sealing."""
