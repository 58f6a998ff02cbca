from tests.helpers import type_text


def test_search_filters_sources(window, qtbot):
    page = window.show_page("sources")
    total = page.proxy.rowCount()
    type_text(qtbot, page.search, "MCS2023")
    assert page.proxy.rowCount() == 1
    assert page.proxy.index(0, 0).data() == "USGS_MCS2023_DR"
    assert page.count.text() == f"1 of {total} sources"
    page.search.clear()
    type_text(qtbot, page.search, "基于数据分析")  # Chinese text inside a title
    assert [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())] == ["CAT-S15"]


def test_source_detail_shows_what_it_supports(window, qtbot):
    page = window.show_page("sources")
    assert page.select_source("USGS_MCS2023_DR")
    detail = page.detail.toPlainText()
    assert "World production and reserves by country: 51 rows" in detail
    assert "public domain" in detail
    assert not page.select_source("NO_SUCH_SOURCE")


def test_ids_sort_naturally(window):
    page = window.show_page("sources")
    ids = [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]
    assert ids.index("CAT-S2") < ids.index("CAT-S10")


def test_other_pages_link_to_a_source(window):
    assert window.show_source("CAT-S3")
    assert window.current_page_id() == "sources"
    page = window.page("sources")
    assert page.proxy.index(page.table.currentIndex().row(), 0).data() == "CAT-S3"
