"""The panels of the Monitoring page (履约监督): commitments table, balances, chart, disputes, dialogs."""
