"""The speaker model (ingest/speaker_model.py): a learned fallback for the quotes no rule gave a speaker, fitted by
benchmarks/train_speaker_model.py on the development corpora only. The pages here are made up; the street poll is the
form that two clean batches (fresh30's f3017, fresh33's f3316) had and no rule read."""

from __future__ import annotations

import json
import math
import re
import sys
from pathlib import Path

import pytest

from alliance_monitor.ingest.draft import Draft, Known, build_draft
from alliance_monitor.ingest.speaker_model import (
    CONFIDENCE,
    FEATURES,
    RULE,
    SpeakerCandidate,
    SpeakerModel,
    best_candidate,
    candidates_for,
    load_model,
    parse_model,
    read_page,
    speakers_by_paragraph,
)
from tests.ingest import drafting
from tests.ingest.drafting import EN, RU, attributions

ROOT = Path(__file__).resolve().parents[2]
MODEL_FILE = ROOT / "alliance_monitor" / "ingest" / "speaker_model.json"

STREET_POLL_RU = RU + (
    "Мы спросили жителей Корсхольма, что они думают о новом доке.\n\n"
    "Анна Лейк, 41 год, продавец цветов:\n"
    "— «Док — это работа. Мой сын ездит на заработки в другой город, пусть лучше работает дома».\n\n"
    "Геннадий Пылаев, 67 лет, пенсионер:\n"
    "— «Я на этой верфи сорок лет варил корпуса, и ничего страшного в военных заказах нет».\n"
)
STREET_POLL_EN = EN + (
    "We asked people on the quay what they think of the new dock.\n\n"
    "Anna Leik, 41, florist\n"
    "\"The dock is work. My son travels to another town for a job, and he should work at home.\"\n\n"
    "Gennady Pylaev, 67, retired welder\n"
    "\"I welded hulls at this yard for forty years, and military orders never frightened anyone.\"\n"
)


def draft(text: str) -> Draft:
    """The draft as ingest makes it, the speaker model on."""
    return drafting.draft(text, learned_fallback=True)


def test_the_model_file_is_the_features_fitted_on_development_data_only() -> None:
    model = load_model()
    assert len(model.weights) == len(FEATURES)
    assert all(math.isfinite(w) for w in (*model.weights, model.bias)) and 0 < model.threshold < 1
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from train_speaker_model import development_folders
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    # fitted on exactly the development folders of this checkout: no held-out batch, none left out since scored
    assert data["trained_on"] == [f.name for f in development_folders()]
    corpus = ROOT / "tests" / "fixtures" / "ingest_eval"
    held_out = [f.name for f in corpus.iterdir() if f.is_dir() and not (corpus / f"{f.name}.scored.txt").exists()
                and f.name not in ("dev", "test", "fresh", "fresh2")]
    assert held_out == [] or set(held_out).isdisjoint(data["trained_on"])


@pytest.mark.parametrize(("page", "names"), [
    (STREET_POLL_RU, [["Анна Лейк"], ["Геннадий Пылаев"]]),
    (STREET_POLL_EN, [["Anna Leik"], ["Gennady Pylaev"]]),
])
def test_a_street_poll_s_name_line_names_the_quote_under_it(page: str, names: list[list[str]]) -> None:
    found = attributions(draft(page))
    assert [speakers for _, speakers, _, _ in found] == names
    assert all((rule, confidence) == (RULE, CONFIDENCE) for _, _, rule, confidence in found)


def test_without_the_model_the_rules_leave_those_quotes_unattributed() -> None:
    rules_only = build_draft(STREET_POLL_RU, STREET_POLL_RU.encode(), Known(), learned_fallback=False)
    assert [q.attribution for q in rules_only.quotes if not q.is_term] == [None, None]


def test_the_review_list_gives_the_model_s_probability() -> None:
    d = draft(STREET_POLL_EN)
    notes = d.document["review"]["attributions"]
    assert notes and all(n["rule"] == RULE and n["note"].startswith("the speaker model's probability 0.")
                         for n in notes)


def test_a_quote_a_rule_attributed_keeps_the_rule_s_speaker() -> None:
    page = EN + ("Anna Leik, 41, florist\n"
                 "\"The dock is work, and my son should work at home,\" said Gennady Pylaev, a retired welder.\n")
    _, speakers, rule, _ = attributions(draft(page))[0]
    assert speakers == ["Gennady Pylaev"] and rule != RULE  # the name line above is the model's first choice


def test_a_quote_with_no_one_named_near_it_stays_unattributed() -> None:
    page = EN + ("The harbour was quiet on Monday.\n\n"
                 "A sign on the gate read \"Closed for the winter, see you in spring\" in faded paint.\n")
    assert all(rule != RULE for _, _, rule, _ in attributions(draft(page)))


def test_the_model_s_guesses_are_no_other_quote_s_neighbours() -> None:
    d = draft(STREET_POLL_EN)
    assert speakers_by_paragraph(d.quotes) == {}  # both quotes are the model's: neither is a rule's answer


def rules_draft_candidates(page_text: str, which: int = 0) -> list[SpeakerCandidate]:
    """The candidates of the `which`-th quote of the rules' draft of `page_text`."""
    d = build_draft(page_text, page_text.encode(), Known(), learned_fallback=False)
    page = read_page(page_text, d.masked, [(p.start, p.end) for p in d.layout.paragraphs], d.cast, d.body_start)
    quote = [q for q in d.quotes if not q.is_term][which]
    return candidates_for(page, quote, speakers_by_paragraph(d.quotes))


def features_by_name(page_text: str, which: int = 0) -> dict[str, dict[str, float]]:
    return {c.mention.text: dict(zip(FEATURES, c.features, strict=True))
            for c in rules_draft_candidates(page_text, which)}


def test_candidates_describe_the_page_s_structure() -> None:
    found = features_by_name(STREET_POLL_EN)
    leik = found["Anna Leik"]
    assert (leik["paragraph_before"], leik["name_line"], leik["name_line_over_quote"], leik["opens_its_paragraph"],
            leik["comma_after"], leik["quote_opens_paragraph"]) == (1, 1, 1, 1, 1, 1)
    assert leik["same_sentence_before"] == leik["paragraph_after"] == 0
    pylaev = found["Gennady Pylaev"]
    assert (pylaev["paragraph_after"], pylaev["name_line_over_quote"]) == (1, 0)


def test_no_candidate_comes_from_the_headline() -> None:
    page = EN + "\"Nobody will lose a job in this town, and the yard will stay open.\"\n"  # under "Harbour Talks ..."
    assert rules_draft_candidates(page) == []
    assert attributions(draft(page)) == [("Nobody will lose a job in this town, and the yard will stay open.", [],
                                          None, None)]


def test_a_verb_of_saying_beside_a_name_and_an_abbreviated_title_are_one_sentence() -> None:
    found = features_by_name(EN + "The quay was quiet, said Gen. Sven Lind on Monday.\n\n\"We wait for the ice.\"\n")
    assert found["Sven Lind"]["says_beside"] == found["Sven Lind"]["says_in_its_sentence"] == 1


def test_a_governed_and_an_oblique_name_are_marked() -> None:
    english = features_by_name(EN + "The union sent a letter to Mayor Jan Oberg on Monday.\n\n"
                               "\"We ask you to open the harbour before spring.\"\n")
    assert [f["governed"] for name, f in english.items() if "Oberg" in name] == [1]
    russian = features_by_name(RU + "Профсоюз направил открытое письмо мэру Яну Обергу.\n\n"
                               "«Мы просим вас открыть гавань до весны».\n")
    oblique = [f for name, f in russian.items() if "Обергу" in name]
    assert oblique and oblique[0]["oblique_case"] == 1


def test_passed_over_marks_a_neighbour_s_speaker_the_rules_did_not_give_this_quote() -> None:
    page = EN + ('"We will build the dock," Mayor Jan Oberg said on Monday. The harbour master, Marek Lind, nodded.'
                 '\n\n"Nobody will lose a job in this town, and the yard will stay open."\n')
    second, first = features_by_name(page, 1), features_by_name(page, 0)
    assert [f["passed_over"] for name, f in second.items() if "Oberg" in name] == [1]
    assert [f["passed_over"] for name, f in first.items() if "Oberg" in name] == [0]  # the rules gave him this one


# A review's made-up pages (its finding 1): a person alone near a bare quote, whose sentence gives no sign that they
# speak, is not named
@pytest.mark.parametrize("page", [
    EN + "Police in Kessel arrested Marek Lind, a dock worker, on Monday.\n\n"
         "\"Smuggling will not be tolerated in this port.\"\n",
    EN + "Marek Lind, 34, drowned near the north pier on Sunday night.\n\n"
         "\"The pier has no railings and no lights.\"\n\nResidents have complained for years.\n",
    EN + "The ferry union's statement on Monday was short.\n\n\"Nobody will sail until the pay is settled.\"\n\n"
         "Jan Oberg, the mayor, disagreed with the union.\n",
    EN + "Our correspondent Marta Kovac spent Monday on the quay in Kessel.\n\n"
         "\"Nobody will sail until the pay is settled.\"\n",
    RU + "Наш корреспондент Марта Ковач провела день на причале в Корсхольме.\n\n"
         "«Никто не выйдет в море, пока не решат вопрос с зарплатой».\n",
    RU + "Марек Линд, 34 года, утонул у северного причала в воскресенье.\n\n«На причале нет ни перил, ни фонарей».\n",
    RU + "Профсоюз направил открытое письмо мэру Яну Обергу.\n\n«Мы просим вас открыть гавань до весны».\n",
    EN + "The union sent a letter to Mayor Jan Oberg on Monday.\n\n\"We ask you to open the harbour before spring.\"\n",
    EN + '"We will build the dock," Mayor Jan Oberg said on Monday. The harbour master, Marek Lind, nodded.\n\n'
         '"Nobody will lose a job in this town, and the yard will stay open."\n',
])
def test_a_person_near_a_bare_quote_with_no_sign_they_speak_is_not_named(page: str) -> None:
    assert all(rule != RULE for _, _, rule, _ in attributions(draft(page)))


def test_the_threshold_decides_and_the_first_of_equals_wins() -> None:
    candidates = rules_draft_candidates(STREET_POLL_EN)
    never = SpeakerModel(tuple(0.0 for _ in FEATURES), 0.0, 0.51)
    assert best_candidate(never, candidates) is None  # every probability is 0.5
    always = SpeakerModel(tuple(0.0 for _ in FEATURES), 0.0, 0.5)
    found = best_candidate(always, candidates)
    assert found is not None and found[0].mention.text == "Anna Leik" and found[1] == 0.5


def test_the_probability_holds_at_either_extreme() -> None:
    model = SpeakerModel(tuple(1000.0 for _ in FEATURES), 0.0, 0.5)
    assert model.probability([1.0] * len(FEATURES)) == 1.0
    assert model.probability([-1.0] * len(FEATURES)) == 0.0


def good_file(**change: object) -> str:
    data: dict[str, object] = {"features": list(FEATURES), "weights": [0.5] * len(FEATURES), "bias": 0.1,
                               "threshold": 0.5}
    data.update(change)
    return json.dumps(data)


@pytest.mark.parametrize(("raw", "message"), [
    ("{\n\"features\": [\n", "model.json:3: not JSON"),
    ("[1, 2]", "model.json: not a JSON object"),
    (good_file(features=["a", "b"]), "model.json: features: not speaker_model.FEATURES"),
    (good_file(weights=[0.5] * (len(FEATURES) - 1)), "model.json: weights: not"),
    (good_file(weights=[float("nan")] * len(FEATURES)), "model.json: weights: not"),
    (good_file(weights=["1"] * len(FEATURES)), "model.json: weights: not"),
    (good_file(bias=None), "model.json: bias: not a finite number"),
    (good_file(threshold=1.5), "model.json: threshold: not a number between 0 and 1"),
    (good_file(threshold=True), "model.json: threshold: not a number between 0 and 1"),
])
def test_a_bad_model_file_names_the_file_and_the_field(raw: str, message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        parse_model(raw, "model.json")


def test_a_good_model_file_parses() -> None:
    model = parse_model(good_file(), "model.json")
    assert model.weights == tuple([0.5] * len(FEATURES)) and (model.bias, model.threshold) == (0.1, 0.5)
