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
}
