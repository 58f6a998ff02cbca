import sys

from reetool import resources


def test_checkout_resources_found():
    assert (resources.path("data", "manifest.json")).is_file()
    assert list(resources.path("fonts").glob("*.otf"))


def test_frozen_bundle_location_is_preferred(tmp_path, monkeypatch):
    (tmp_path / "resources" / "data").mkdir(parents=True)
    (tmp_path / "resources" / "data" / "manifest.json").write_text("{}")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    resources.root.cache_clear()
    try:
        assert resources.root() == tmp_path / "resources"
    finally:
        resources.root.cache_clear()
