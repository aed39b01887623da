"""Screening campaigns (排查): the enterprises chosen, who screens them, the results and the sheets."""
