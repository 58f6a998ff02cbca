"""Fixtures of the data-layer tests."""

from tests.fixtures.catalogue.pdf_fixture import catalogue_pdfs  # noqa: F401  (PDFs drawn by the tests)
