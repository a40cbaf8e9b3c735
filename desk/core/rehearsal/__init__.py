"""Negotiation rehearsal: agents that play parties on the exact frontier, the round protocol, what-if runs."""
