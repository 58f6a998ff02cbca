"""Headless sub-commands of the ``reetool`` command line."""
