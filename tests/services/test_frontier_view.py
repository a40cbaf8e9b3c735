"""Chart data: the engine's frontier and solutions, proposals on it, and the cache keyed on the model."""
from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from ratio_case import ratio_case

from desk.charts.figure import cloud_label
from desk.core.analytics.errors import AnalysisError
from desk.core.analytics.frontier import exact_frontier
from desk.core.analytics.solutions import all_solutions
from desk.core.sessions import Session
from desk.services.bargaining import BargainingService
from desk.services.cases import CaseService
from desk.services.frontier_view import FrontierViewService
from desk.services.improvement_view import compensation_view, improvement_summary
from desk.services.rules import RuleService


@pytest.fixture
def demo(demo_file):
    cases = CaseService.open(demo_file, actor="联席办")
    yield cases, BargainingService(cases)
    cases.close()


def test_chart_data_is_the_engine_frontier_with_proposals(demo):
    cases, bargaining = demo
    snap = cases.snapshot()
    anhui, zhejiang, mediator = (snap.party_by_name(n).id for n in ("安徽", "浙江", "联席办"))
    session = bargaining.create_session(Session(case_id=cases.case_id, title="会议"))
    rnd = bargaining.open_round(session.id)
    views = FrontierViewService()
    first = views.chart_data(snap, bargaining.record(), [anhui, zhejiang])
    package = first.pair.solutions["nash"].package
    bargaining.table_proposal(rnd.id, mediator, package)
    bargaining.table_proposal(rnd.id, anhui, first.pair.package(0))
    data = views.chart_data(snap, bargaining.record(), [anhui, zhejiang])
    assert views.misses == 1 and views.hits == 1  # a new proposal reuses the analysis
    model = views.model(snap).with_frontier([anhui, zhejiang])
    frontier = exact_frontier(model)
    assert np.array_equal(data.pair.utilities, frontier.frontier_utilities)
    assert data.pair.solutions["nash"].utilities == all_solutions(frontier)["nash"].utilities
    assert [p.author_id for p in data.proposals] == [mediator, anhui]
    assert data.proposals[0].utilities == data.pair.solutions["nash"].utilities
    assert set(data.trajectories()) == {mediator, anhui} and data.party(mediator).label == "联席办"
    assert data.cloud.shape[1] == 2 and data.cloud_sampled  # 453,600 packages: a sample is drawn

    improvement = improvement_summary(data.pair, data.proposals[0].package)
    assert improvement.improvement.on_frontier and improvement.best_party is None
    compensation = compensation_view(snap, package, [anhui, zhejiang])
    assert compensation.compensation.feasible and abs(sum(compensation.compensation.transfers)) < 1e-9


def test_profile_edits_recompute_and_other_edits_do_not(demo):
    cases, _ = demo
    snap = cases.snapshot()
    ids = [p.id for p in snap.signatories]
    views = FrontierViewService()
    views.chart_data(snap, None, ids)
    renamed = dataclasses.replace(snap.parties[1], delegate_name="新代表")
    cases.update_party(renamed)
    views.chart_data(cases.snapshot(), None, ids)
    assert (views.hits, views.misses) == (1, 1)
    demand = next(d for d in snap.demands if d.party_id == ids[0])
    cases.set_demand(dataclasses.replace(demand, priority=demand.priority + 3))
    changed = views.chart_data(cases.snapshot(), None, ids)
    assert (views.hits, views.misses) == (1, 2)
    assert not np.array_equal(changed.pair.utilities, views.chart_data(snap, None, ids).pair.utilities)


def test_three_parties_add_the_n_party_frontier(demo):
    cases, _ = demo
    snap = cases.snapshot()
    ids = [snap.party_by_name(n).id for n in ("安徽", "浙江", "中央")]
    data = FrontierViewService().chart_data(snap, None, ids)
    model = FrontierViewService().model(snap).with_frontier(ids)
    assert data.multi is not None and np.array_equal(data.multi.utilities, exact_frontier(model).frontier_utilities)
    with pytest.raises(AnalysisError):
        FrontierViewService().chart_data(snap, None, ids[:1])


def test_public_chart_data_does_not_depend_on_any_confidential_value(demo):
    """Presentation mode charts the public snapshot: change every reservation, BATNA and breakpoint and
    nothing drawn changes; the confidential model gives a different picture."""
    from desk.core.redaction import public_snapshot

    cases, _ = demo
    snap = cases.snapshot()
    ids = [p.id for p in snap.signatories]
    views = FrontierViewService()
    public = views.chart_data(public_snapshot(snap), None, ids)
    assert all(d == 0.0 for d in public.pair.disagreement)
    assert not np.array_equal(public.pair.utilities, views.chart_data(snap, None, ids).pair.utilities)

    def shifted(demand):
        issue = snap.issue(demand.issue_id)
        if not issue.is_numeric or demand.reservation is None:
            return demand
        return dataclasses.replace(demand, reservation=float(demand.ideal) + (issue.maximum - issue.minimum) / 7
                                   * (1 if demand.reservation > demand.ideal else -1),
                                   breakpoints=((issue.minimum, 0.3), (issue.maximum, 0.6)))

    other = dataclasses.replace(snap, demands=tuple(shifted(d) for d in snap.demands),
                                parties=tuple(dataclasses.replace(p, batna=0.4, notes="秘") for p in snap.parties))
    assert other.demands != snap.demands
    again = views.chart_data(public_snapshot(other), None, ids)
    assert np.array_equal(again.pair.utilities, public.pair.utilities)
    assert {k: s.utilities for k, s in again.pair.solutions.items()} == \
        {k: s.utilities for k, s in public.pair.solutions.items()}
    assert np.array_equal(again.cloud, public.cloud)


def test_the_cloud_holds_only_packages_that_meet_the_rules_constraints(tmp_path):
    service, names = ratio_case(tmp_path / "赤水 50%#.desk")
    snap = service.snapshot()
    ids = [p.id for p in snap.parties if p.name.endswith("省人民政府")][:2]
    model = FrontierViewService().model(snap)
    everything = model.space.all_choices()
    ok = model.space.valid(everything)
    cols = [next(k for k, p in enumerate(model.profiles) if p.key == i) for i in ids]

    def pairs(choices):
        return {tuple(np.round(u, 6)) for u in model.utilities(choices)[:, cols]}

    allowed, broken = pairs(everything[ok]), pairs(everything[~ok]) - pairs(everything[ok])
    assert broken, "some utility pairs come only from packages whose shares do not sum to 100 %"
    data = FrontierViewService().chart_data(snap, None, ids)
    cloud = {tuple(np.round(u, 6)) for u in data.cloud}
    assert not data.cloud_sampled and cloud == allowed
    assert data.cloud_total == int(ok.sum()) < model.space.size and data.cloud_constrained
    assert cloud_label(data, "en") == f"All packages that\nmeet the rules ({int(ok.sum()):,})"

    sampled = FrontierViewService(cloud_limit=100).chart_data(snap, None, ids)  # the big-case path: a sample
    assert sampled.cloud_sampled and sampled.cloud_total == int(ok.sum())
    assert {tuple(np.round(u, 6)) for u in sampled.cloud} <= allowed
    assert "共" in cloud_label(sampled, "zh") and "规则" in cloud_label(sampled, "zh")
    service.close()


def test_a_change_of_the_rules_constraints_alone_recomputes_the_chart(tmp_path):
    service, _ = ratio_case(tmp_path / "赤水.desk")
    snap = service.snapshot()
    ids = [p.id for p in snap.parties if p.name.endswith("省人民政府")][:2]
    views = FrontierViewService()
    tied = views.chart_data(snap, None, ids)
    pool = next(r for r in snap.rules if r.kind == "pool")
    fixed = [{"party": a["party"], "ratio": 1} for a in pool.params["allocations"]]  # no issue decides the split
    RuleService(service).save_rule(dataclasses.replace(pool, params={**pool.params, "allocations": fixed}))
    free = views.chart_data(service.snapshot(), None, ids)
    assert views.misses == 2 and not free.cloud_constrained
    assert free.cloud_total == FrontierViewService().model(snap).space.size > tied.cloud_total
    service.close()
