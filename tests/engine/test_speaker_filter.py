"""The speaker filter on every record with a person (issue 12): events by their actors (views.events_for), the
stance matrix in state mode by the signals the speakers give (views.matrix_view, cell_evidence), a state's profile
(views.state_profile). Checked by hand on the fictional Boreal Accord, whose Reykjavík summit names four heads of
government and whose Finland is coded both from what Virtanen said and from what Finland did; and on the real data."""

from __future__ import annotations

import pytest

from alliance_monitor import score
from alliance_monitor.tables import Tables, build_tables
from alliance_monitor.validate import load_dataset
from alliance_monitor.views import cell_evidence, events_for, given_by, matrix_view, state_profile
from tests.conftest import FICTIONAL_DATA, REAL_DATA

SUMMIT = "ev-2024-03-12-reykjavik-summit"


@pytest.fixture(scope="module")
def t() -> Tables:
    return build_tables(load_dataset(FICTIONAL_DATA))


@pytest.fixture(scope="module")
def real() -> Tables:
    return build_tables(load_dataset(REAL_DATA))


def weights(t: Tables) -> dict[str, float]:
    return score.default_weights(t.dimensions)


def test_events_keep_those_that_name_a_selected_speaker(t: Tables) -> None:
    assert list(events_for(t, speakers=["virtanen"]).index) == [SUMMIT]
    assert list(events_for(t, speakers=["ozolins", "tamm"]).index) == [SUMMIT]
    assert events_for(t, speakers=["ozolins"]).empty  # quoted and coded, but named in no event
    assert len(events_for(t)) == len(t.events) == len(events_for(t, [], []))


def test_country_and_speaker_filters_on_events_both_hold(t: Tables) -> None:
    # Estonia took part in the exercise (which names nobody) and the summit (which names Tamm)
    assert set(events_for(t, ["EST"]).index) == {"ev-2023-09-northern-shield", SUMMIT}
    assert list(events_for(t, ["EST"], ["tamm"]).index) == [SUMMIT]
    # Latvia stayed away from the summit (its role there: absent), which names Virtanen
    assert list(events_for(t, ["LVA"], ["virtanen"]).index) == [SUMMIT]
    assert events_for(t, ["CAN"], ["virtanen"]).empty  # Canada's only event, the exercise, names nobody


def test_a_signal_with_no_actor_is_given_by_no_speaker(t: Tables) -> None:
    fin = t.signals[t.signals["state"] == "FIN"]
    assert set(fin["actor"]) == {"virtanen", ""}
    assert set(given_by(fin, ["virtanen"]).index) == {"s-fin-threat-permanent-alarm", "s-fin-threat-more-patrols"}
    assert given_by(fin, []) is fin


def test_state_matrix_counts_only_the_signals_the_speakers_give(t: Tables) -> None:
    w = weights(t)
    whole = matrix_view(t, "state", "all", w)
    assert whole.subjects == ["NOR", "FIN", "EST", "LVA"]
    view = matrix_view(t, "state", "all", w, speakers=["virtanen", "ozolins"])
    assert view.subjects == ["FIN", "LVA"]  # the states those two coded, in the alliance's order
    cells = view.cells.set_index(["subject", "dimension"])
    # Finland by Virtanen: threat framing -2 + 2 = 0 (a coded zero); its budget and participation, acts with no
    # actor, are not his: not coded
    assert cells.at[("FIN", "threat_framing"), "signals"] == 2
    assert cells.at[("FIN", "threat_framing"), "score"] == 0.0
    assert cells.at[("FIN", "budget_contribution"), "signals"] == 0
    assert cells["score"].isna()[("FIN", "budget_contribution")]
    # Latvia by Ozoliņš: deference -3 and budget -2, not its absence from the summit (participation)
    assert cells.at[("LVA", "participation"), "signals"] == 0
    assert cells.at[("LVA", "leader_deference"), "score"] == -3 * w["leader_deference"]
    # the ranking is the index of those signals alone: Virtanen's cancel out, Ozoliņš's all lean away
    assert view.ranking.loc["FIN", "overall"] == 0.0 and view.ranking.loc["LVA", "overall"] == -1.0
    assert whole.ranking.loc["FIN", "overall"] != 0.0
    # the rows a country filter asks for, among those
    assert matrix_view(t, "state", "all", w, ["FIN", "NOR"], ["virtanen"]).subjects == ["FIN"]
    assert matrix_view(t, "state", "all", w, speakers=["olafsdottir"]).subjects == []


def test_cell_evidence_lists_what_the_cell_counted(t: Tables) -> None:
    assert set(cell_evidence(t, "state", "LVA", "budget_contribution", speakers=["ozolins"]).index) == \
        {"s-lva-budget-not-told-what-to-pay"}
    assert cell_evidence(t, "state", "FIN", "budget_contribution", speakers=["virtanen"]).empty
    assert len(cell_evidence(t, "state", "FIN", "budget_contribution")) == 1


def test_a_profile_keeps_the_speakers_signals_quotes_and_events(t: Tables) -> None:
    whole, narrowed = state_profile(t, "FIN"), state_profile(t, "FIN", ["virtanen"])
    assert set(narrowed.signals["actor"]) == {"virtanen"} and len(whole.signals) > len(narrowed.signals)
    assert list(narrowed.events.index) == [SUMMIT] and len(whole.events) >= 1
    assert state_profile(t, "FIN", ["ozolins"]).signals.empty
    assert state_profile(t, "FIN", ["ozolins"]).events.empty


def test_real_data_events_and_state_matrix_follow_the_speaker(real: Tables) -> None:
    putin = set(events_for(real, speakers=["putin"]).index)
    assert putin == {e for e, actors in real.events["actor_ids"].items() if "putin" in actors} and putin
    view = matrix_view(real, "state", "all", score.default_weights(real.dimensions), speakers=["tokayev"])
    assert view.subjects == ["KAZ"]
    assert int(view.cells["signals"].sum()) == int((real.signals["actor"] == "tokayev").sum())
