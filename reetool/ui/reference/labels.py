"""Translated words for reference values (kinds, statuses, verdicts, origins, elements)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication




def kind(value: str) -> str:
    return {"technology_catalogue": QCoreApplication.translate("ReferenceLabels", "Technology catalogue"), "export_control": QCoreApplication.translate("ReferenceLabels", "Export control"),
            "quota": QCoreApplication.translate("ReferenceLabels", "Quota"), "licence": QCoreApplication.translate("ReferenceLabels", "Licence"), "suspension": QCoreApplication.translate("ReferenceLabels", "Suspension"),
            "trade_dispute": QCoreApplication.translate("ReferenceLabels", "Trade dispute"), "investigation": QCoreApplication.translate("ReferenceLabels", "Investigation"),
            "investment": QCoreApplication.translate("ReferenceLabels", "Investment")}.get(value, value)


def status(value: str) -> str:
    return {"not_announced": QCoreApplication.translate("ReferenceLabels", "not yet announced"), "announced": QCoreApplication.translate("ReferenceLabels", "announced"),
            "in_force": QCoreApplication.translate("ReferenceLabels", "in force"), "suspended": QCoreApplication.translate("ReferenceLabels", "suspended"), "lapsed": QCoreApplication.translate("ReferenceLabels", "lapsed"),
            "superseded": QCoreApplication.translate("ReferenceLabels", "superseded"), "ended": QCoreApplication.translate("ReferenceLabels", "ended"), "unknown": QCoreApplication.translate("ReferenceLabels", "unknown")}.get(value, value)


def verdict(value: str) -> str:
    return {"confirmed": QCoreApplication.translate("ReferenceLabels", "confirmed"), "corrected": QCoreApplication.translate("ReferenceLabels", "corrected"),
            "unsourced": QCoreApplication.translate("ReferenceLabels", "unsourced")}.get(value, value)


def origin(value: str) -> str:
    return {"official": QCoreApplication.translate("ReferenceLabels", "official title (as cited)"), "third-party": QCoreApplication.translate("ReferenceLabels", "third-party translation"),
            "reetool": QCoreApplication.translate("ReferenceLabels", "reetool rendering (unofficial)"), "user": QCoreApplication.translate("ReferenceLabels", "your entry")}.get(value, "")


def country(value: str) -> str:
    known = {"China": QCoreApplication.translate("ReferenceLabels", "China"), "United States": QCoreApplication.translate("ReferenceLabels", "United States"), "WTO": QCoreApplication.translate("ReferenceLabels", "WTO")}
    if value in known:
        return known[value]
    from reetool.ui.names import country_name      # a user's event: any country, by ISO code

    return country_name(value) if value else value


def date_field(value: str) -> str:
    return {"announced": QCoreApplication.translate("ReferenceLabels", "Announced"), "effective": QCoreApplication.translate("ReferenceLabels", "Effective"),
            "suspended_from": QCoreApplication.translate("ReferenceLabels", "Suspended from"), "suspended_until": QCoreApplication.translate("ReferenceLabels", "Suspended until"),
            "lapses": QCoreApplication.translate("ReferenceLabels", "Lapses after"), "ended": QCoreApplication.translate("ReferenceLabels", "Ended")}.get(value, value)


def element(symbol: str) -> str:
    return {"Sc": QCoreApplication.translate("ReferenceLabels", "Scandium"), "Y": QCoreApplication.translate("ReferenceLabels", "Yttrium"), "La": QCoreApplication.translate("ReferenceLabels", "Lanthanum"), "Ce": QCoreApplication.translate("ReferenceLabels", "Cerium"),
            "Pr": QCoreApplication.translate("ReferenceLabels", "Praseodymium"), "Nd": QCoreApplication.translate("ReferenceLabels", "Neodymium"), "Pm": QCoreApplication.translate("ReferenceLabels", "Promethium"),
            "Sm": QCoreApplication.translate("ReferenceLabels", "Samarium"), "Eu": QCoreApplication.translate("ReferenceLabels", "Europium"), "Gd": QCoreApplication.translate("ReferenceLabels", "Gadolinium"), "Tb": QCoreApplication.translate("ReferenceLabels", "Terbium"),
            "Dy": QCoreApplication.translate("ReferenceLabels", "Dysprosium"), "Ho": QCoreApplication.translate("ReferenceLabels", "Holmium"), "Er": QCoreApplication.translate("ReferenceLabels", "Erbium"), "Tm": QCoreApplication.translate("ReferenceLabels", "Thulium"),
            "Yb": QCoreApplication.translate("ReferenceLabels", "Ytterbium"), "Lu": QCoreApplication.translate("ReferenceLabels", "Lutetium")}.get(symbol, symbol)


def beyond(current_to: str) -> str:
    return QCoreApplication.translate("ReferenceLabels", "The bundled sources end on {date}; a suspension that has lapsed may have been "
              "extended. Later measures are not included.").format(date=current_to)


def zh_first() -> bool:
    from reetool.ui import i18n

    return i18n.is_chinese()


def group_scheme(name: str) -> str:
    """A grouping of the elements, named by its source (reetool.data.reference.GROUP_SCHEMES)."""
    return {"USGS (light/heavy)": QCoreApplication.translate("ReferenceLabels", "USGS (light/heavy)"),
            "cerium/yttrium groups (textbook)": QCoreApplication.translate("ReferenceLabels", "cerium/yttrium groups (textbook)"),
            "geochemistry LREE/MREE/HREE": QCoreApplication.translate("ReferenceLabels", "geochemistry LREE/MREE/HREE"),
            "Chinese industry light/medium/heavy": QCoreApplication.translate("ReferenceLabels", "Chinese industry light/medium/heavy"),
            }.get(name, name)


def group(value: str) -> str:
    """An element's group in one grouping, as elements.csv words it."""
    return {"LREE": QCoreApplication.translate("ReferenceLabels", "LREE (light)"),
            "MREE": QCoreApplication.translate("ReferenceLabels", "MREE (medium)"),
            "HREE": QCoreApplication.translate("ReferenceLabels", "HREE (heavy)"),
            "neither": QCoreApplication.translate("ReferenceLabels", "neither"),
            "light": QCoreApplication.translate("ReferenceLabels", "light"),
            "medium": QCoreApplication.translate("ReferenceLabels", "medium"),
            "heavy": QCoreApplication.translate("ReferenceLabels", "heavy"),
            "not listed": QCoreApplication.translate("ReferenceLabels", "not listed"),
            "light (cerium group)": QCoreApplication.translate("ReferenceLabels", "light (cerium group)"),
            "heavy (yttrium group)": QCoreApplication.translate("ReferenceLabels", "heavy (yttrium group)"),
            "often placed in yttrium group (not consistent)": QCoreApplication.translate(
                "ReferenceLabels", "often placed in yttrium group (not consistent)"),
            "lanthanide, not in LREE/MREE/HREE subsets": QCoreApplication.translate(
                "ReferenceLabels", "lanthanide, not in LREE/MREE/HREE subsets"),
            "not a REE in this scheme (REM only)": QCoreApplication.translate(
                "ReferenceLabels", "not a REE in this scheme (REM only)"),
            }.get(value, value)


def quality(value: str) -> str:
    """How good the source of an element's uses is (elements.csv applications_source_quality)."""
    return {"mixed": QCoreApplication.translate("ReferenceLabels", "mixed sources"),
            "secondary": QCoreApplication.translate("ReferenceLabels", "secondary source"),
            "secondary (low)": QCoreApplication.translate("ReferenceLabels", "secondary source (low quality)"),
            "secondary (NRC report)": QCoreApplication.translate("ReferenceLabels", "secondary source (NRC report)"),
            }.get(value, value)
