"""The administrative hierarchy as a networkx tree; the arbiter of a dispute is the lowest common superior."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desk.core.analytics.errors import AnalysisError
from desk.core.parties import Party

if TYPE_CHECKING:
    import networkx as nx


@dataclass(frozen=True, slots=True)
class Arbitration:
    """The arbiter (a Party) for a dispute, or None with the reason."""

    arbiter: Party | None
    reason: str


def hierarchy_graph(parties: Sequence[Party]) -> nx.DiGraph:
    """DiGraph with an edge superior → subordinate for every party with a known superior."""
    import networkx as nx

    graph = nx.DiGraph()
    graph.add_nodes_from((p.id, {"party": p}) for p in parties)
    for p in parties:
        if p.superior_id is not None and p.superior_id in graph:
            graph.add_edge(p.superior_id, p.id)
    if not nx.is_directed_acyclic_graph(graph):
        raise AnalysisError("the chain of superiors loops back on itself")
    return graph


def arbiter(parties: Sequence[Party], disputants: Sequence[str]) -> Arbitration:
    """The lowest party that is a (strict) superior of every disputant (ids or names).

    Maths: the common strict superiors are the intersection of the disputants' ancestor
    sets; in a tree they form a chain, and the lowest is the one with most ancestors.
    A disputant never arbitrates its own dispute, even over its subordinate.
    """
    import networkx as nx

    graph = hierarchy_graph(parties)
    by_key = {p.id: p for p in parties} | {p.name: p for p in parties}
    chosen = []
    for key in disputants:
        if key not in by_key:
            raise AnalysisError(f"{key!r} is not a party of this case")
        chosen.append(by_key[key])
    if len({p.id for p in chosen}) < 2:
        raise AnalysisError("a dispute needs at least two different parties")
    common = set.intersection(*(nx.ancestors(graph, p.id) for p in chosen))
    names = ", ".join(p.name for p in chosen)
    if not common:
        return Arbitration(None, f"{names} have no common superior among the case's parties; add their "
                                 "common superior (up to the central government) as a party to name an arbiter")
    lowest = max(common, key=lambda node: len(nx.ancestors(graph, node)))
    return Arbitration(graph.nodes[lowest]["party"], f"lowest common superior of {names}")
