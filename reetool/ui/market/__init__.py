"""Market page."""
