"""Why a file cannot be imported, parser warnings and preview reasons, in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reetool.data import DataError
from reetool.data.catalogue_import_result import ParseWarning
from reetool.ui.catalogue import labels


def warning_text(w: ParseWarning) -> str:
    """A parser warning in the current language (where it is: page of a PDF, else line)."""
    t = {
        "status_conflict": QCoreApplication.translate("ImportWarnings", "code {code} ends in {suffix} ({code_status}) but stands under the "
                                                "{part_status} part; status taken from the code"),
        "no_part_heading": QCoreApplication.translate("ImportWarnings", "no part heading (一、禁止出口部分 / 二、限制出口部分) found; "
                                                "status taken from the codes"),
        "no_points": QCoreApplication.translate("ImportWarnings", "item {code} has no control points"),
        "unnumbered_points": QCoreApplication.translate("ImportWarnings", "control points of {code} are not numbered; kept as one point"),
        "text_before_points": QCoreApplication.translate("ImportWarnings", "text before the first numbered control point of {code} kept "
                                                   "as an introduction"),
        "no_name": QCoreApplication.translate("ImportWarnings", "item {code} has no name"),
        "duplicate": QCoreApplication.translate("ImportWarnings", "item {code} appears again (first on line {first}); the later copy is ignored"),
        "pdf_codeless_row": QCoreApplication.translate("ImportWarnings", "a table row has no item code and was not read: {text}"),
        "pdf_unmapped": QCoreApplication.translate("ImportWarnings", "{n} characters have no Unicode mapping in the PDF's fonts and are "
                                             "missing from the text"),
    }
    params = dict(w.params)
    for key in ("code_status", "part_status"):
        if key in params:
            params[key] = labels.status_word(params[key])
    template = t.get(w.code)
    body = template.format(**params) if template else w.message
    if w.page:
        return QCoreApplication.translate("ImportWarnings", "page {page}: {message}").format(page=w.page, message=body)
    return QCoreApplication.translate("ImportWarnings", "line {line}: {message}").format(line=w.line, message=body) if w.line else body


def error_text(error: DataError) -> str:
    """Why a file cannot be imported, in the current language where the reason is known."""
    known = {
        "not_catalogue": QCoreApplication.translate("ImportDialog", "this does not look like the catalogue: no item code such as 083201J "
                                            "(six digits and J or X) was found"),
        "no_labels": QCoreApplication.translate("ImportDialog", "this does not look like the catalogue: codes were found but no 编号 / 控制要点 "
                                        "labels and no part heading (一、禁止出口部分)"),
        "encoding": QCoreApplication.translate("ImportDialog", "this is not text in UTF-8, GB18030/GBK or UTF-16"),
        "binary": QCoreApplication.translate("ImportDialog", "this is not a text file"),
        "empty": QCoreApplication.translate("ImportDialog", "the file is empty"),
        "no_version": QCoreApplication.translate("ImportDialog", "the catalogue version is not named in the file; choose it above"),
        "pdf_no_text": QCoreApplication.translate("ImportDialog", "this PDF has no text layer (it is a scan or an image) and reetool does "
                                          "not include OCR (text recognition). Download the official PDF from the "
                                          "MOFCOM or MOST address below (it has a text layer), or run OCR elsewhere "
                                          "and import the text it produces as a .txt file."),
        "pdf_encrypted": QCoreApplication.translate("ImportDialog", "this PDF is encrypted and needs a password. Open it in a PDF reader, "
                                            "save or print it as a PDF without a password, and import that."),
        "pdf_damaged": QCoreApplication.translate("ImportDialog", "this PDF is damaged and cannot be read; download it again."),
        "not_pdf": QCoreApplication.translate("ImportDialog", "this file is named .pdf but is not a PDF."),
        "pdf_too_many_pages": QCoreApplication.translate("ImportDialog", "this PDF has far more pages than the catalogue (about 30): "
                                                 "is it the right file?"),
        "pdf_unmapped": QCoreApplication.translate("ImportDialog", "this PDF's fonts give no Unicode for most of its characters, so its "
                                           "text cannot be read reliably; import the text version instead."),
        "pdf_unavailable": QCoreApplication.translate("ImportDialog", "this installation cannot read PDFs (the pdfplumber package is "
                                              "missing); import the text version instead."),
    }
    return known.get(error.code, error.message)


def reason_text(what: str, held: str, got: str) -> str:
    """One reason of an import preview entry (reetool.data.catalogue_preview)."""
    if what == "status":
        return QCoreApplication.translate("ImportPreview", "status: {held} here, {got} in the file").format(
            held=labels.status_word(held), got=labels.status_word(got))
    if what == "name":
        if not held:
            return QCoreApplication.translate("ImportPreview", "name: {got}").format(got=got)
        return QCoreApplication.translate("ImportPreview", "name: {held} here, {got} in the file").format(held=held, got=got)
    if what == "point":
        return QCoreApplication.translate("ImportPreview", "control point not in the file: {held}").format(held=held)
    if what == "points":
        return QCoreApplication.translate("ImportPreview", "control points: {held} here, {got} in the file").format(held=held, got=got)
    if what == "code":
        return QCoreApplication.translate("ImportPreview", "code: {got}").format(got=got)
    if what == "sector":
        return QCoreApplication.translate("ImportPreview", "sector: {got}").format(got=got)
    return f"{what}: {held} → {got}"


def unclean_text(reason: str) -> str:
    return {
        "no_points": QCoreApplication.translate("ImportPreview", "no control points"),
        "unnumbered_points": QCoreApplication.translate("ImportPreview", "control points not numbered"),
        "text_before_points": QCoreApplication.translate("ImportPreview", "text before control point 1"),
        "no_name": QCoreApplication.translate("ImportPreview", "no name"),
        "status_conflict": QCoreApplication.translate("ImportPreview", "code and part heading disagree on the status"),
        "long_name": QCoreApplication.translate("ImportPreview", "unusually long name (text of the next item swallowed?)"),
        "long_point": QCoreApplication.translate("ImportPreview", "unusually long control point (text of the next item swallowed?)"),
    }.get(reason, reason)
