"""Translated words for catalogue values (status, stage, confidence, origins, changes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("CatalogueLabels", text)


def status(value: str) -> str:
    return {"prohibited": _t("Prohibited"), "restricted": _t("Restricted")}.get(value, value)


def status_word(value: str) -> str:
    """The status inside a sentence (lower case in English)."""
    return {"prohibited": _t("prohibited"), "restricted": _t("restricted")}.get(value, value)


def stage(value: str) -> str:
    return {"mining": _t("Mining"), "separation": _t("Separation"), "metal_alloy": _t("Metal / alloy"),
            "magnet": _t("Magnet"), "application": _t("Application")}.get(value, value)


def confidence(value: str) -> str:
    return {"high": _t("high confidence"), "medium": _t("medium confidence"),
            "low": _t("low confidence")}.get(value, value or "—")


def origin(value: str) -> str:
    """Where an English text comes from."""
    return {"reetool": _t("reetool rendering (unofficial)"),
            "third-party": _t("third-party translation"),
            "import": _t("English from the imported file")}.get(value, "")


def change(value: str) -> str:
    return {"added": _t("added"), "deleted": _t("deleted"), "amended": _t("amended"),
            "listed": _t("listed"), "carried": _t("carried over")}.get(value, value)


def basis(value: str) -> str:
    return {"stated": _t("officially stated"), "derived": _t("derived by arithmetic")}.get(value, value)


def version_title(info: dict) -> str:
    if info["kind"] == "amendment":
        return _t("{version} amendment ({base} as amended)").format(
            version=info["version"], base=info["base_version"])
    return _t("{version} catalogue").format(version=info["version"])


def instrument(info: dict, lang: str) -> str:
    return info["instrument_zh"] if lang == "zh" else info["instrument_en"]


def not_seen() -> str:
    return _t("— (not seen)")
