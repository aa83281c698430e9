"""The parse's fallback for Russian quotes the rules leave without a speaker (`alliance_monitor/ingest/syntax.py`):
the real Natasha models, on made-up sentences in forms the rules do not list."""

from __future__ import annotations

import pytest

from alliance_monitor.ingest.syntax import speaker_spans
from tests.ingest.drafting import attributions, draft


@pytest.mark.parametrize(("text", "speaker", "cue"), [
    # the verb of saying far from its subject, an adverbial and an addressee between
    ("Поезда стоят третий день.\n\n«Все поезда стоят, и никто не знает почему», — в пятницу вечером сообщил "
     "журналистам прямо на перроне начальник станции Ильмар Котт.", "Ильмар Котт", "сообщил"),
    # «так ... ответила»: the verb after «так», then a place, a time and an addressee before the subject
    ("«Мы просим только одного — тишины по ночам», — так в четверг на заседании совета ответила депутатам "
     "пенсионерка Ирма Вальд.", "Ирма Вальд", "ответила"),
])
def test_a_russian_quote_the_rules_leave_without_a_speaker_takes_the_parsed_subject(text: str, speaker: str,
                                                                                    cue: str) -> None:
    d = draft(text)
    [(_, speakers, rule, confidence)] = attributions(d)
    assert speakers == [speaker] and rule == "parse: the subject of a verb of saying, a name" and confidence == "low"
    q = next(q for q in d.quotes if not q.is_term)
    assert q.attribution is not None and q.attribution.basis == f"{speaker} ... {cue} (dependency parse)"
    # low: the draft's review list asks the curator to check it
    assert any(w["kind"] == "low_confidence" and speaker in w["message"] for w in d.warnings)


@pytest.mark.parametrize("text", [
    # «она» stands for the unnamed passenger who is the last clause's subject, not for the director named before
    ("Директор компании Тур Экдаль сказал, что переговоры продолжатся.\n\nОдна из пассажирок, ожидавшая парома, "
     "рассказала, что никто их не предупредил. «Мы узнали обо всем по радио», — сказала она."),
    # a man described, never named
    "Паромы стоят.\n\n«Мы узнали обо всем по радио», — рассказывает мужчина с двумя чемоданами.",
    # a post that the article gives no one: not the nearest name (the fleet commander)
    ("Командующий флотом Стефан Хольм осмотрел кабель в субботу.\n\nЕще в 2019 году министр связи обещал, что новый "
     "кабель проложат «в течение двух лет, не позже весны»."),
])
def test_the_parse_never_names_someone_the_article_leaves_unnamed(text: str) -> None:
    [(_, speakers, rule, _)] = attributions(draft(text))
    assert speakers == [] and not (rule or "").startswith("parse:")


def test_an_english_quote_is_never_parsed() -> None:
    d = draft('The ferries stopped.\n\n"We heard it on the radio," one of the passengers, waiting with two '
              'children, told us later that evening.')
    assert [(speakers, rule) for _, speakers, rule, _ in attributions(d)] == [([], "after: an unnamed person, verb")]


def test_speaker_spans_finds_the_name_after_po_slovam_across_a_relative_clause() -> None:
    text = ("Паром опоздал.\n\nПо словам капитана Оскара Линдта, который провел в рейсе больше суток, «волна была "
            "выше трех метров».")
    start, end = text.index("волна"), text.index("».")
    paragraph = (text.index("По"), len(text))
    spans = speaker_spans(text, (start, end), paragraph, (0, text.index("\n")), [(start - 1, end)])
    assert [(text[s.start:s.end], s.how, s.cue) for s in spans] == [("Оскара Линдта", "name", "по словам")]


def test_speaker_spans_finds_no_cue_in_a_paragraph_without_a_verb_of_saying() -> None:
    text = "Поезда стоят.\n\n«Все поезда стоят» — такая надпись висит на вокзале."
    start, end = text.index("Все"), text.index("» —")
    paragraph = (text.index("«"), len(text))
    assert speaker_spans(text, (start, end), paragraph, (0, text.index("\n")), [(start - 1, end)]) == []
