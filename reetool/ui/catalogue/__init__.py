"""Catalogue page."""
