"""One evaluation function per rule kind: rule + context → payments into a collector."""
