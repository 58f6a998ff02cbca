"""Translated words for reference values (kinds, statuses, verdicts, origins, elements)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("ReferenceLabels", text)


def kind(value: str) -> str:
    return {"technology_catalogue": _t("Technology catalogue"), "export_control": _t("Export control"),
            "quota": _t("Quota"), "licence": _t("Licence"), "suspension": _t("Suspension"),
            "trade_dispute": _t("Trade dispute"), "investigation": _t("Investigation"),
            "investment": _t("Investment")}.get(value, value)


def status(value: str) -> str:
    return {"not_announced": _t("not yet announced"), "announced": _t("announced"),
            "in_force": _t("in force"), "suspended": _t("suspended"), "lapsed": _t("lapsed"),
            "superseded": _t("superseded"), "ended": _t("ended"), "unknown": _t("unknown")}.get(value, value)


def verdict(value: str) -> str:
    return {"confirmed": _t("confirmed"), "corrected": _t("corrected"),
            "unsourced": _t("unsourced")}.get(value, value)


def origin(value: str) -> str:
    return {"official": _t("official title (as cited)"), "third-party": _t("third-party translation"),
            "reetool": _t("reetool rendering (unofficial)"), "user": _t("your entry")}.get(value, "")


def country(value: str) -> str:
    return {"China": _t("China"), "United States": _t("United States"), "WTO": _t("WTO")}.get(value, value)


def date_field(value: str) -> str:
    return {"announced": _t("Announced"), "effective": _t("Effective"),
            "suspended_from": _t("Suspended from"), "suspended_until": _t("Suspended until"),
            "lapses": _t("Lapses after"), "ended": _t("Ended")}.get(value, value)


def element(symbol: str) -> str:
    return {"Sc": _t("Scandium"), "Y": _t("Yttrium"), "La": _t("Lanthanum"), "Ce": _t("Cerium"),
            "Pr": _t("Praseodymium"), "Nd": _t("Neodymium"), "Pm": _t("Promethium"),
            "Sm": _t("Samarium"), "Eu": _t("Europium"), "Gd": _t("Gadolinium"), "Tb": _t("Terbium"),
            "Dy": _t("Dysprosium"), "Ho": _t("Holmium"), "Er": _t("Erbium"), "Tm": _t("Thulium"),
            "Yb": _t("Ytterbium"), "Lu": _t("Lutetium")}.get(symbol, symbol)


def beyond(current_to: str) -> str:
    return _t("The bundled sources end on {date}; a suspension that has lapsed may have been "
              "extended. Later measures are not included.").format(date=current_to)


def zh_first() -> bool:
    from reetool.ui import i18n

    return i18n.current_language() == "zh"
