"""The scoring arithmetic, against numbers worked out by hand (each literal carries the sum behind it).

A cell is weight x sum(direction x strength); the stance index of a subject is sum(weight x direction x strength)
over sum(weight x strength). Checked on the fictional dataset (default weights: threat_framing 1.0,
leader_deference 0.5, participation 1.5, budget_contribution 2.0) and on small frames built here.
"""

from __future__ import annotations

import math

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from alliance_monitor.score import cells, default_weights, index_table, matrix, ranking, stance_index, weights_with
from alliance_monitor.tables import Tables, build_tables
from alliance_monitor.validate import load_dataset
from tests.conftest import FICTIONAL_DATA

DIMENSIONS = ["threat_framing", "leader_deference", "participation", "budget_contribution"]


@pytest.fixture(scope="module")
def tables() -> Tables:
    return build_tables(load_dataset(FICTIONAL_DATA))


@pytest.fixture(scope="module")
def weights(tables: Tables) -> dict[str, float]:
    return default_weights(tables.dimensions)


def state_matrix(tables: Tables, weights: dict[str, float]) -> pd.DataFrame:
    return matrix(cells(tables.signals, weights), tables.states.index, DIMENSIONS)


# --- the fixture -------------------------------------------------------------------------------------------


def test_default_weights_come_from_the_codebook(weights: dict[str, float]) -> None:
    assert weights == {"threat_framing": 1.0, "leader_deference": 0.5, "participation": 1.5,
                       "budget_contribution": 2.0}


def test_fixture_cells_by_hand(tables: Tables, weights: dict[str, float]) -> None:
    """Every coded cell of the fictional alliance, worked out from signals.yaml."""
    got = {(r.subject, r.dimension): (r.raw, r.score) for r in cells(tables.signals, weights).itertuples()}
    assert got == {
        ("NOR", "threat_framing"): (3, 3.0),  # +3 = 3; x 1.0
        ("FIN", "threat_framing"): (0, 0.0),  # -2 +2 = 0; x 1.0: coded, and zero
        ("FIN", "budget_contribution"): (-2, -4.0),  # -2; x 2.0
        ("FIN", "participation"): (-2, -3.0),  # -2; x 1.5
        ("EST", "leader_deference"): (1, 0.5),  # +2 -1 = 1; x 0.5
        ("EST", "budget_contribution"): (3, 6.0),  # +3; x 2.0
        ("LVA", "leader_deference"): (-3, -1.5),  # -3; x 0.5
        ("LVA", "participation"): (-3, -4.5),  # -3; x 1.5
        ("LVA", "budget_contribution"): (-2, -4.0),  # -2; x 2.0
    }


def test_fixture_cell_details(tables: Tables, weights: dict[str, float]) -> None:
    """The coded zero keeps its evidence: two signals, one each way, mean confidence (high 1.0 + medium 0.5) / 2."""
    rows = {(r["subject"], r["dimension"]): r for r in cells(tables.signals, weights).to_dict("records")}
    zero = rows[("FIN", "threat_framing")]
    assert (zero["signals"], zero["toward_leader"], zero["toward_national"]) == (2, 1, 1)
    assert zero["mean_confidence"] == 0.75  # (1.0 + 0.5) / 2
    assert rows[("LVA", "budget_contribution")]["mean_confidence"] == 0.25  # one low-confidence signal


def test_coded_zero_is_not_not_coded(tables: Tables, weights: dict[str, float]) -> None:
    """0.0 means signals that cancel out; NaN means no signal at all (Iceland is a member with none)."""
    wide = state_matrix(tables, weights)
    assert wide.loc["FIN", "threat_framing"] == 0.0
    assert wide.isna().loc["NOR", "budget_contribution"]
    assert wide.loc["ISL"].isna().all()
    assert int(wide.notna().sum().sum()) == 9  # the nine coded cells above


def test_actor_only_signal_counts_for_the_actor_not_a_state(tables: Tables, weights: dict[str, float]) -> None:
    """The secretary general's signal has no state: it appears under by='actor' only."""
    by_state = cells(tables.signals, weights, by="state")
    by_actor = cells(tables.signals, weights, by="actor")
    assert int(by_state["signals"].sum()) == 11  # 12 signals, one without a state
    assert int(by_actor["signals"].sum()) == 8  # 12 signals, four without an actor
    got = {(r.subject, r.dimension): r.score for r in by_actor.itertuples()}
    assert got == {
        ("einarsson", "threat_framing"): 2.0,  # +2; x 1.0
        ("halvorsen", "threat_framing"): 3.0,  # +3; x 1.0
        ("virtanen", "threat_framing"): 0.0,  # -2 +2 = 0
        ("tamm", "leader_deference"): 0.5,  # +2 -1 = 1; x 0.5
        ("ozolins", "leader_deference"): -1.5,  # -3; x 0.5
        ("ozolins", "budget_contribution"): -4.0,  # -2; x 2.0
    }


def test_fixture_index_by_hand(tables: Tables, weights: dict[str, float]) -> None:
    table = index_table(tables.signals, weights)
    assert table["overall"].to_dict() == pytest.approx({
        "NOR": 1.0,  # 3*1.0 / 3*1.0
        "FIN": -7 / 11,  # (0*1.0 - 2*2.0 - 2*1.5) / ((2+2)*1.0 + 2*2.0 + 2*1.5) = -7 / 11
        "EST": 13 / 15,  # (1*0.5 + 3*2.0) / (3*0.5 + 3*2.0) = 6.5 / 7.5
        "LVA": -1.0,  # every signal toward national interest
    })
    assert table["rhetoric"].to_dict() == pytest.approx({
        "NOR": 1.0,
        "FIN": 0.0,  # (-2 + 2)*1.0 / 4*1.0
        "EST": 1 / 3,  # (2 - 1)*0.5 / (2 + 1)*0.5
        "LVA": -1.0,
    })
    assert table["behaviour"].drop("NOR").to_dict() == {"FIN": -1.0, "EST": 1.0, "LVA": -1.0}
    assert table.isna().loc["NOR", "behaviour"]  # Norway has rhetoric only
    assert table["signals"].to_dict() == {"NOR": 1, "FIN": 4, "EST": 3, "LVA": 3}
    assert "ISL" not in table.index


def test_fixture_ranking(tables: Tables, weights: dict[str, float]) -> None:
    """Most toward the leading state first: 1.0 > 13/15 > -7/11 > -1.0."""
    assert list(ranking(tables.signals, weights).index) == ["NOR", "EST", "FIN", "LVA"]


def test_fixture_ranking_by_actor(tables: Tables, weights: dict[str, float]) -> None:
    order = list(ranking(tables.signals, weights, by="actor").index)
    assert set(order[:2]) == {"halvorsen", "einarsson"}  # both 1.0
    assert order[2:] == ["tamm", "virtanen", "ozolins"]  # (2-1)*0.5/(3*0.5) = 1/3 > 0/4 = 0 > -1


def test_reweighting_changes_cells_and_index(tables: Tables, weights: dict[str, float]) -> None:
    """Budget weighed at 0.5 instead of 2.0, threat at 3.0 instead of 1.0."""
    changed = weights_with(weights, {"budget_contribution": 0.5, "threat_framing": 3.0})
    wide = state_matrix(tables, changed)
    assert wide.loc["EST", "budget_contribution"] == 1.5  # +3 x 0.5
    assert wide.loc["NOR", "threat_framing"] == 9.0  # +3 x 3.0
    assert wide.loc["FIN", "threat_framing"] == 0.0  # still a coded zero
    assert index_table(tables.signals, changed)["overall"].to_dict() == pytest.approx({
        "NOR": 1.0,
        "FIN": -4 / 16,  # (0*3.0 - 2*0.5 - 2*1.5) / (4*3.0 + 2*0.5 + 2*1.5) = -4 / 16
        "EST": 2 / 3,  # (1*0.5 + 3*0.5) / (3*0.5 + 3*0.5) = 2 / 3
        "LVA": -1.0,
    })
    assert weights["budget_contribution"] == 2.0  # the defaults are not touched


def test_weight_zero_keeps_the_cell_but_drops_it_from_the_index(tables: Tables, weights: dict[str, float]) -> None:
    """A zero weight scores 0 (still coded), and a subject with nothing else weighing has no index."""
    changed = weights_with(weights, {"budget_contribution": 0, "threat_framing": 0})
    wide = state_matrix(tables, changed)
    assert wide.loc["EST", "budget_contribution"] == 0.0
    index = index_table(tables.signals, changed)["overall"]
    assert math.isnan(index["NOR"])  # Norway's only signal is on threat framing
    assert index["FIN"] == pytest.approx(-1.0)  # only participation weighs: -2*1.5 / 2*1.5
    assert index["EST"] == pytest.approx(1 / 3)  # (2-1)*0.5 / (2+1)*0.5


# --- small frames ------------------------------------------------------------------------------------------

KINDS = {"d1": "rhetoric", "d2": "behaviour", "d3": "behaviour"}


def frame(*rows: tuple[str, str, str, int, int]) -> pd.DataFrame:
    """Signals as the tables build them: (state, actor, dimension, direction, strength)."""
    return pd.DataFrame(
        [
            {"state": s, "actor": a, "dimension": d, "kind": KINDS[d], "direction": di, "strength": st,
             "confidence_value": 1.0}
            for s, a, d, di, st in rows
        ],
        columns=["state", "actor", "dimension", "kind", "direction", "strength", "confidence_value"],
    )


W = {"d1": 1.0, "d2": 2.5, "d3": 0.5}


def test_cell_is_weight_times_sum_of_direction_times_strength() -> None:
    signals = frame(("A", "", "d2", 1, 3), ("A", "", "d2", 1, 1), ("A", "", "d2", -1, 2))
    (row,) = cells(signals, W).itertuples()
    assert (row.raw, row.score, row.signals, row.toward_leader, row.toward_national) == (2, 5.0, 3, 2, 1)
    # raw: 3 + 1 - 2 = 2; score: 2 x 2.5 = 5.0


def test_not_coded_versus_coded_zero() -> None:
    signals = frame(("A", "", "d1", 1, 2), ("A", "", "d1", -1, 2), ("B", "", "d2", 1, 1))
    wide = matrix(cells(signals, W), ["A", "B", "C"], ["d1", "d2"])
    assert wide.loc["A", "d1"] == 0.0  # +2 - 2
    assert wide.isna().loc["A", "d2"] and wide.isna().loc["B", "d1"]
    assert wide.loc["C"].isna().all()  # a listed subject with no signal
    assert wide.loc["B", "d2"] == 2.5  # +1 x 2.5


def test_empty_signals_give_an_all_nan_matrix() -> None:
    wide = matrix(cells(frame(), W), ["A"], ["d1", "d2"])
    assert wide.shape == (1, 2) and wide.isna().all().all()
    assert stance_index(frame(), W).empty


def test_index_and_split_by_kind() -> None:
    signals = frame(("A", "", "d1", 1, 3), ("A", "", "d2", -1, 2), ("A", "", "d3", -1, 1))
    table = index_table(signals, W)
    assert table.loc["A", "overall"] == pytest.approx(-2.5 / 8.5)  # (3*1.0 - 2*2.5 - 1*0.5) / (3*1.0 + 2*2.5 + 1*0.5)
    assert table.loc["A", "rhetoric"] == 1.0  # d1 only: 3 / 3
    assert table.loc["A", "behaviour"] == -1.0  # d2, d3: (-5 - 0.5) / (5 + 0.5)
    assert table.loc["A", "signals"] == 3


def test_per_actor_scoring_ignores_signals_without_actor() -> None:
    signals = frame(("A", "x", "d1", 1, 2), ("A", "", "d2", -1, 3), ("B", "x", "d2", -1, 1), ("", "y", "d1", -1, 1))
    by_actor = index_table(signals, W, by="actor")
    assert by_actor["overall"].to_dict() == pytest.approx({
        "x": -0.5 / 4.5,  # (2*1.0 - 1*2.5) / (2*1.0 + 1*2.5)
        "y": -1.0,
    })
    assert by_actor["signals"].to_dict() == {"x": 2, "y": 1}
    assert set(index_table(signals, W, by="state").index) == {"A", "B"}  # y's signal has no state


def test_ranking_orders_and_puts_unweighted_last() -> None:
    signals = frame(("A", "", "d1", -1, 1), ("B", "", "d1", 1, 2), ("C", "", "d1", 1, 1), ("C", "", "d2", -1, 1),
                    ("D", "", "d3", 1, 3))
    order = list(ranking(signals, {**W, "d3": 0.0}).index)
    # B: 1.0; C: (1*1.0 - 1*2.5) / 3.5 = -3/7; A: -1.0; D: weight 0 only -> NaN, last
    assert order == ["B", "C", "A", "D"]


@pytest.mark.parametrize(
    ("overrides", "error"),
    [({"d9": 1.0}, KeyError), ({"d1": -0.5}, ValueError), ({"d1": float("nan")}, ValueError)],
)
def test_weights_with_refuses(overrides: dict[str, float], error: type[Exception]) -> None:
    with pytest.raises(error, match=r"d9|d1"):
        weights_with(W, overrides)


def test_weights_with_keeps_defaults_and_overrides() -> None:
    assert weights_with(W, {"d2": 0}) == {"d1": 1.0, "d2": 0.0, "d3": 0.5}
    assert weights_with(W) == W
    assert W["d2"] == 2.5


def test_unknown_subject_column_is_refused() -> None:
    with pytest.raises(ValueError, match=r"state.*actor"):
        cells(frame(("A", "", "d1", 1, 1)), W, by="dimension")


@settings(max_examples=60, deadline=None)
@given(
    rows=st.lists(
        st.tuples(st.sampled_from(["A", "B"]), st.just(""), st.sampled_from(list(KINDS)), st.sampled_from([-1, 1]),
                  st.integers(1, 3)),
        min_size=1, max_size=12,
    ),
    weights=st.fixed_dictionaries({d: st.sampled_from([0.0, 0.5, 1.0, 2.0, 10.0]) for d in KINDS}),
)
def test_stance_index_stays_within_minus_one_and_one(rows: list[tuple[str, str, str, int, int]],
                                                     weights: dict[str, float]) -> None:
    """Whatever the signals and weights, the index is in [-1, 1], or NaN when nothing weighs."""
    index = stance_index(frame(*rows), weights)
    for subject, value in index.items():
        weighing = any(r[0] == subject and weights[r[2]] > 0 for r in rows)
        assert (-1.0 <= value <= 1.0) if weighing else math.isnan(value)
