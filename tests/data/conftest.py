"""Fixtures of the data-layer tests."""

from tests.fixtures.catalogue.make_pdfs import catalogue_pdfs  # noqa: F401  (PDFs drawn by the tests)
