"""Charts page."""
