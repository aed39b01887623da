"""The enterprise register (企业名录): the page, its table, the forms, the profile and the import."""
