"""Loading, validating and importing reetool's data. Imports no Qt and no pyqtgraph.

pandas is imported only when a DataFrame is asked for, so that the first page can be
populated from plain records without paying pandas' import cost.
"""

from reetool.data.errors import DataError
from reetool.data.bundle import Bundle, bundle

__all__ = ["Bundle", "DataError", "bundle"]
