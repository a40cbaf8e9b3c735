"""Domain types and analytics: plain Python and numpy, no Qt, no SQL."""
