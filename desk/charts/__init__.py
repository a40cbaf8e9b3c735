"""Charts: matplotlib figures of the analysis, shared by the GUI, the CLI and reports (no Qt, no SQL)."""
