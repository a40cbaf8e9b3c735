"""The pages of the main window, each registered in :mod:`desk.ui.pages.registry`."""
