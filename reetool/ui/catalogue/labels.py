"""Translated words for catalogue values (status, stage, confidence, origins, changes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def status(value: str) -> str:
    return {"prohibited": QCoreApplication.translate("CatalogueLabels", "Prohibited"), "restricted": QCoreApplication.translate("CatalogueLabels", "Restricted")}.get(value, value)


def status_word(value: str) -> str:
    """The status inside a sentence (lower case in English)."""
    return {"prohibited": QCoreApplication.translate("CatalogueLabels", "prohibited"), "restricted": QCoreApplication.translate("CatalogueLabels", "restricted")}.get(value, value)


def stage(value: str) -> str:
    return {"mining": QCoreApplication.translate("CatalogueLabels", "Mining"), "separation": QCoreApplication.translate("CatalogueLabels", "Separation"), "metal_alloy": QCoreApplication.translate("CatalogueLabels", "Metal / alloy"),
            "magnet": QCoreApplication.translate("CatalogueLabels", "Magnet"), "application": QCoreApplication.translate("CatalogueLabels", "Application")}.get(value, value)


def confidence(value: str) -> str:
    return {"high": QCoreApplication.translate("CatalogueLabels", "high confidence"),
            "medium": QCoreApplication.translate("CatalogueLabels", "medium confidence"),
            "low": QCoreApplication.translate("CatalogueLabels", "low confidence")}.get(value, value or "—")


def confidence_short(value: str) -> str:
    return {"high": QCoreApplication.translate("CatalogueLabels", "high"),
            "medium": QCoreApplication.translate("CatalogueLabels", "medium"),
            "low": QCoreApplication.translate("CatalogueLabels", "low")}.get(value, value or "—")


def origin(value: str) -> str:
    """Where an English text comes from."""
    return {"reetool": QCoreApplication.translate("CatalogueLabels", "reetool rendering (unofficial)"),
            "third-party": QCoreApplication.translate("CatalogueLabels", "third-party translation"),
            "import": QCoreApplication.translate("CatalogueLabels", "English from the imported file")}.get(value, "")


def change(value: str) -> str:
    return {"added": QCoreApplication.translate("CatalogueLabels", "added"), "deleted": QCoreApplication.translate("CatalogueLabels", "deleted"), "amended": QCoreApplication.translate("CatalogueLabels", "amended"),
            "listed": QCoreApplication.translate("CatalogueLabels", "listed"), "carried": QCoreApplication.translate("CatalogueLabels", "carried over")}.get(value, value)


def basis(value: str) -> str:
    return {"stated": QCoreApplication.translate("CatalogueLabels", "stated officially"), "derived": QCoreApplication.translate("CatalogueLabels", "derived by arithmetic")}.get(value, value)


def version_title(info: dict) -> str:
    if info["kind"] == "amendment":
        return QCoreApplication.translate("CatalogueLabels", "{version} amendment ({base} as amended)").format(
            version=info["version"], base=info["base_version"])
    return QCoreApplication.translate("CatalogueLabels", "{version} catalogue").format(version=info["version"])


def instrument(info: dict, lang: str) -> str:
    return info["instrument_zh"] if lang == "zh" else info["instrument_en"]


def not_seen() -> str:
    return QCoreApplication.translate("CatalogueLabels", "— (not seen)")


def sector(zh: str, en: str) -> str:
    """Chinese sector heading with reetool's English (always reetool's: the headings of the
    attested items come only in Chinese), or "" when neither is known."""
    en_tagged = QCoreApplication.translate("CatalogueLabels", "{name} [reetool]").format(name=en) if en else ""
    return " / ".join(s for s in (zh, en_tagged) if s)
