"""Framework agreements: clause library, drafting, PDF/DOCX rendering, signing and verification."""
