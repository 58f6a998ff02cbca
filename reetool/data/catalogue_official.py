"""Where MOFCOM and MOST publish the official catalogue texts (announcement pages and PDFs),
so that a user with a network elsewhere knows exactly what to fetch and bring back.

From resources/data/catalogue_official_texts.csv (built by tools/build_catalogue.py from the
addresses the catalogue sources cite). reetool never opens these addresses.
"""

from __future__ import annotations


def official_texts(version: str, data=None) -> list[dict]:
    """The published texts of ``version`` and, for an amendment, of the version it amends
    (each row: version, publisher MOFCOM|MOST, kind page|pdf, url, notes, source_ids).
    Announcement pages come before PDFs, MOFCOM before MOST."""
    if data is None:
        from reetool.data import bundle

        data = bundle()
    info = {r["version"]: r for r in data.records("catalogue_versions")}
    wanted = [version]
    if version in info and info[version]["kind"] == "amendment" and info[version]["base_version"]:
        wanted.append(info[version]["base_version"])
    rows = [r for r in data.records("catalogue_official_texts") if r["version"] in wanted]
    order = {"page": 0, "pdf": 1}
    return sorted(rows, key=lambda r: (wanted.index(r["version"]), order[r["kind"]], r["publisher"]))
