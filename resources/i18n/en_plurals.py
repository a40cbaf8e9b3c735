"""English plural forms (singular, plural) of the UI strings with a count (Qt's ``%n``); filled by build.py.

Chinese has one form, given in the zh_CN glossaries like any other string.
"""

PLURALS = {
    ("RulesPage", "%n readings are missing (counted as not met where a rule says so)."): (
        "%n reading is missing (counted as not met where a rule says so).",
        "%n readings are missing (counted as not met where a rule says so)."),
    ("ReadingsEditor", "Enter %n readings"): ("Enter %n reading", "Enter %n readings"),
    ("ReadingsEditor", "%n readings added, %1 replaced."): ("%n reading added, %1 replaced.",
                                                            "%n readings added, %1 replaced."),
    ("RulesPage", "Payments under %1 and the case's %n readings."): (
        "Payments under %1 and the case's %n reading.", "Payments under %1 and the case's %n readings."),
    ("RulesPage", "Payments under %1 and the %n readings of the scenario %2 (hypothetical, not reported)."): (
        "Payments under %1 and the %n reading of the scenario %2 (hypothetical, not reported).",
        "Payments under %1 and the %n readings of the scenario %2 (hypothetical, not reported)."),
    ("ScenarioBar", "Delete the scenario %1 and its %n readings? (Edit → Undo brings it back.)"): (
        "Delete the scenario %1 and its %n reading? (Edit → Undo brings it back.)",
        "Delete the scenario %1 and its %n readings? (Edit → Undo brings it back.)"),
}
