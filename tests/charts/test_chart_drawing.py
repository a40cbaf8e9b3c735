"""The fast paths of the frontier chart give what the plain ones gave: the cloud, its image, reused axes."""
from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from desk.charts.figure import cloud_image, draw_pair, new_figure
from desk.core.analytics.sampling import sample_choices
from desk.services.cases import CaseService
from desk.services.frontier_view import CLOUD_LIMIT, FrontierViewService, _column, _unique_pairs


@pytest.fixture
def snapshot(demo_file):
    cases = CaseService.open(demo_file)
    yield cases.snapshot()
    cases.close()


def _reprioritised(snap, party_id: str, priority: float):
    demand = next(d for d in snap.demands if d.party_id == party_id)
    demands = tuple(dataclasses.replace(d, priority=priority) if d == demand else d for d in snap.demands)
    return dataclasses.replace(snap, demands=demands)


def test_unique_pairs_is_numpys_row_unique():
    rng = np.random.default_rng(7)
    for rows in (rng.integers(0, 10**9, size=(20_000, 2)), rng.integers(0, 40, size=(5_000, 2)),
                 rng.integers(0, 2**31, size=(3_000, 2)), np.array([[3, 1]]), np.zeros((0, 2)),
                 rng.integers(-5, 5, size=(200, 2))):  # negative: numpy's own path
        rows = rows.astype(np.int64)
        expected, got = np.unique(rows, axis=0), _unique_pairs(rows)
        assert got.dtype == expected.dtype and np.array_equal(got, expected)


def test_cloud_is_the_unique_utilities_of_the_seeded_sample(snapshot):
    """The per-space sample cache and the two-column sum give the cloud the plain formula gave, edit after edit."""
    ids = [p.id for p in snapshot.signatories][:2]
    views = FrontierViewService()
    for priority in (2.0, 6.5):  # same space, new utilities: the cached sample is reused
        snap = _reprioritised(snapshot, ids[0], priority)
        data = views.chart_data(snap, None, ids)
        model = views.model(snap)
        choices = sample_choices(model, CLOUD_LIMIT)
        cols = [_column(model, i) for i in ids]
        expected = np.unique(model.utilities_q(choices)[:, cols], axis=0).astype(np.float64) / 1e9
        assert data.cloud_sampled and np.array_equal(data.cloud, expected)
        assert np.array_equal(data.cloud_image, cloud_image(data.cloud))
    assert len(views._choices) == 1


def test_cloud_image_is_the_log_density_in_bytes():
    cloud = np.random.default_rng(3).random((9_000, 2)) ** 2
    cloud[:3] = 1.0  # the top edge belongs to the last bin
    counts, _, _ = np.histogram2d(cloud[:, 0], cloud[:, 1], bins=220, range=[[0, 1], [0, 1]])
    alpha = np.where(counts > 0, 0.35 + 0.5 * np.log1p(counts) / np.log1p(counts.max()), 0.0).T
    image = cloud_image(cloud)
    assert image.dtype == np.uint8 and image.shape == (220, 220, 4)
    assert np.array_equal(image[..., 3], np.rint(alpha * 255).astype(np.uint8))
    assert (image[alpha > 0, :3] == (0xC5, 0xD0, 0xD6)).all() and (image[alpha == 0] == 0).all()


def test_cloud_histogram_is_numpys():
    from desk.charts.figure import _histogram

    rng = np.random.default_rng(5)
    edges = np.round(rng.random((5_000, 2)) * 220) / 220  # points on bin edges
    odd = np.array([[0.0, 0.0], [1.0, 1.0], [0.5, 1.0], [1.2, 0.3], [-0.1, 0.2], [np.nan, 0.4], [1 / 220, 2 / 220]])
    for cloud in (rng.random((11_000, 2)) ** 2, edges, odd, np.zeros((0, 2))):
        expected = np.histogram2d(cloud[:, 0], cloud[:, 1], bins=220, range=[[0, 1], [0, 1]])[0]
        assert np.array_equal(_histogram(cloud), expected)


def _render(figure) -> np.ndarray:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = FigureCanvasAgg(figure) if not isinstance(figure.canvas, FigureCanvasAgg) else figure.canvas
    canvas.draw()
    return np.asarray(canvas.buffer_rgba()).copy()


def test_cloud_image_draws_as_matplotlibs_nearest_resampling(snapshot):
    """The numpy nearest-neighbour upsampling puts the same colour in every pixel as imshow (±1 of 255)."""
    ids = [p.id for p in snapshot.signatories][:2]
    data = FrontierViewService().chart_data(snapshot, None, ids)
    figure = new_figure(6.3, 4.7, layout=None)
    ax = figure.add_subplot()
    artists = draw_pair(ax, data, legend=False)
    ours = _render(figure)
    artists.cloud.remove()
    ax.imshow(data.cloud_image.astype(np.float64) / 255, origin="lower", extent=(0, 1, 0, 1),
              interpolation="nearest", aspect="auto", zorder=1)
    reference = _render(figure)
    assert np.abs(ours.astype(int) - reference.astype(int)).max() <= 1


def test_redrawing_on_the_same_axes_looks_like_new_axes(snapshot):
    """clear_pair + draw_pair(fresh=False), as the GUI redraws after an edit, gives the pixels of a new chart."""
    from desk.charts.figure import clear_pair

    ids = [p.id for p in snapshot.signatories][:2]
    views = FrontierViewService()
    first = views.chart_data(snapshot, None, ids)
    second = views.chart_data(_reprioritised(snapshot, ids[0], 7.5), None, ids)
    reused = new_figure(6.3, 4.7, layout=None)
    ax = reused.add_subplot()
    draw_pair(ax, first, legend=False)
    _render(reused)
    for presentation in (True, False):
        clear_pair(ax)
        artists = draw_pair(ax, second, legend=False, presentation=presentation, fresh=False)
        fresh = new_figure(6.3, 4.7, layout=None)
        expected = draw_pair(fresh.add_subplot(), second, legend=False, presentation=presentation)
        assert np.array_equal(_render(reused), _render(fresh))
        assert np.array_equal(artists.frontier.get_xydata(), second.pair.utilities)
        assert [label for _, label in artists.legend_items] == [label for _, label in expected.legend_items]


def test_net_bars_read_their_amounts_with_thousands_separators():
    """The net-per-period axis read 5000 and 12500 while the tables beside it say 5,000 and 12,500."""
    from decimal import Decimal

    from desk.charts.figure import new_figure
    from desk.charts.rules import draw_nets

    figure = new_figure(6, 3)
    ax = figure.add_subplot()
    draw_nets(ax, {"云南省": {"2018": Decimal("-12500")}, "贵州省": {"2018": Decimal("13535.71")}}, "万元",
              {"云南省": "#c33", "贵州省": "#36c"})
    figure.canvas.draw()
    labels = [t.get_text() for t in ax.get_yticklabels() if t.get_text()]
    assert "10,000" in labels and "-10,000" in labels, labels
