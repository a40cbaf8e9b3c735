"""Concord Desk (区际协商台): negotiation support for inter-regional benefit coordination."""

__version__ = "0.1.0"
