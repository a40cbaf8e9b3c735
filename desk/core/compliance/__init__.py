"""After signing (履约监督): commitments derived from the rules, their standing, payments made, disputes."""
