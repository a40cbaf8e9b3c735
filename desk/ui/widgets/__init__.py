"""Small reusable widgets: form error labels, colour button, in-place options editor."""
