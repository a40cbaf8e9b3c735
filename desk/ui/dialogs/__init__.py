"""Dialogs, one per module; a dialog that returns values has an ``ask`` class method tests can drive."""
