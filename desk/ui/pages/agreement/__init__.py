"""The panels of the Agreement page: clause editor, preview, version comparison, signing and verifying."""
