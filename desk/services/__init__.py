"""Use cases combining core, store and agreement; no Qt. Shared by the CLI and the GUI."""
