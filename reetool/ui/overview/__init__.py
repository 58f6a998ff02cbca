"""The Overview page: every commodity at a glance (reetool.ui.overview.page.OverviewPage)."""
