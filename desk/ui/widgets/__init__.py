"""Widgets and panels the pages are built from: editors, charts, the bargaining and signing panels."""
