"""The Briefing page: decks of slides built from the app's own content, presented full screen
and exported to PDF, PNG and PowerPoint.

    render.py        SlideRenderer: the one QPainter renderer (screen, thumbnails, PDF, PNG)
    slide_text.py    text fitting and the palette of slide themes
    slide_kinds.py   title and figure slides, labels shared by the kinds
    slide_catalogue.py  catalogue item and version change slides
    slide_charts.py  chart and scenario slides (charts drawn live from the data)
    page.py          the page: slide list, preview, caption and notes editors
    page_io.py       the page's files, presenting, exports and texts
    page_slides.py   "Add to briefing" slides from the other pages' content
    window_actions.py  the main window's Ctrl+B, F5/Shift+F5, deck state, crash recovery
    slide_list.py    the slide list with thumbnails, drag and keyboard reorder
    present.py       the full-screen presentation window and its keys
    presenter.py     the presenter view (current, next, notes, elapsed time)
    export_pdf.py    PDF (QPdfWriter) and PNG export
    export_pptx.py   PowerPoint export (python-pptx)
    export_run.py    progress and cancel for long exports
"""
