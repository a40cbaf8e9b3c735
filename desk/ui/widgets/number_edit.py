"""Reading numbers typed by users (locale decimal comma, full-width digits) with a translatable error."""
from __future__ import annotations

import unicodedata

from desk.core.errors import ValidationError


def parse_number(field: str, text: str, *, required: bool = True) -> float | None:
    """``text`` as a float; ValidationError(field, "ui.not_a_number") when it is not one."""
    cleaned = unicodedata.normalize("NFKC", text).strip().replace(",", ".").replace(" ", "")
    if not cleaned:
        if required:
            raise ValidationError(field, "ui.required", f"{field} is required", field_name=field)
        return None
    try:
        return float(cleaned)
    except ValueError:
        raise ValidationError(field, "ui.not_a_number", f"{field} must be a number", field_name=field) from None
