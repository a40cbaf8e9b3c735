"""Concord Desk."""
