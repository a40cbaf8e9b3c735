"""Forms per rule kind (fixed transfer, fund, deduction, index transfer, revenue share, statistics share)."""
