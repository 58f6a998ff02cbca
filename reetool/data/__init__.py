"""Loading, validating and importing reetool's data. Imports no Qt and no pyqtgraph.

pandas is imported only when a DataFrame is asked for, so that the first page can be
populated from plain records without paying pandas' import cost. ``Bundle`` and
``bundle`` (from ``reetool.data.datasets``) are loaded on first use, so importing
``reetool.data.errors`` (as the command line does) stays cheap.
"""

from reetool.data.errors import DataError

__all__ = ["Bundle", "DataError", "bundle"]


def __getattr__(name: str):
    if name in ("Bundle", "bundle"):
        from reetool.data import datasets

        return getattr(datasets, name)
    raise AttributeError(f"module 'reetool.data' has no attribute {name!r}")
