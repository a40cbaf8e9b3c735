"""Small reusable widgets: chart canvas, form error labels, colour button, number and options editors, bars."""
