"""The panels of the Sessions page: the record, the proposal editor, the frontier, what is left, compensation."""
