"""Dialogs: one per module, each with an ``ask`` class method that tests can drive."""
