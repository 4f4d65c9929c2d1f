"""One module per format family; each exposes a Cleaner (see base.py)."""
