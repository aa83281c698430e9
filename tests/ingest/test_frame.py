"""The attribution frame after a quote (ingest/frame.py, `Attributor.frame_speaker`): where no rule named a speaker,
the clause after the closing mark names them, whatever its verb («— улыбается она», '"...," the farmer says'). The
cases are fresh31's f3117 (read after fresh31 was scored) and dev/d903; the guards are the second review of round
29c's cases, kept in tests/ingest/test_review29c2.py and test_round29c.py."""

from __future__ import annotations

import pytest

from alliance_monitor.ingest.frame import frame_subject
from alliance_monitor.ingest.quotes import FRAME_CONFIDENCE
from tests.ingest.drafting import EN, RU, attributions, draft


@pytest.mark.parametrize(("after", "kind", "lemma"), [
    ("», — улыбается она.", "pronoun", "она"),
    ("», — говорит фермер.", "noun", "фермер"),
    ("», — говорит фермер, поднимая лопату.", "noun", "фермер"),
    ("», — подчеркнула официальный представитель.", "noun", "представитель"),
    ("», — фермер говорит.", "noun", "фермер"),
    ('," the farmer says.', "noun", "farmer"),
    ('," she smiles.', "pronoun", "she"),
    ('," said the mayor.', "noun", "mayor"),
    ('," the old farmer adds.', "noun", "farmer"),
])
def test_the_frame_s_subject(after: str, kind: str, lemma: str) -> None:
    subject = frame_subject(after, 2 if after.startswith(",") else 1)
    assert subject is not None and (subject.kind, subject.lemma) == (kind, lemma)


@pytest.mark.parametrize("after", [
    "», — пишет издание.",  # no animate subject: a publication, which the rules read
    "», — говорится в сообщении.",
    "», — сказала он.",  # the past verb's gender is not the pronoun's
    "», — и носит временный характер.",  # no subject
    "», — рассказал водитель из Кесселя Радек Восс.",  # a name: the rules' to read
    "», — не стал уточнять он.",  # not saying
    '," she refused to say.',
    '," the farmers say.',  # a plural subject
    '," the ministers said in the statement.',
    '. The summit opens on Thursday morning.',  # a sentence of its own
    '," he said, adding that the talks would go on for as long as the two sides needed.',
])
def test_no_frame(after: str) -> None:
    assert frame_subject(after, 1) is None


@pytest.mark.parametrize(("page", "speaker"), [
    (RU + "Местный фермер Антон Пелле приносит саперам горячий чай. «Они спасают то, что еще можно спасти», — "
          "говорит фермер.", "Антон Пелле"),
    (RU + "Подполковник Руна Вестберг говорит, что к Рождеству вал будет готов. «Мы работаем в две смены», — "
          "улыбается она.", "Руна Вестберг"),
    (RU + "Директор школы Ильва Сорн считает, что учителя не поедут. «Дайте нам служебную квартиру», — просит "
          "она.", "Ильва Сорн"),
    (EN + "Local farmer Anton Pelle brings the sappers hot tea. \"They are saving what can still be saved,\" the "
          "farmer says.", "Anton Pelle"),
    (EN + "Lieutenant Colonel Runa Westberg says the first stretch will be ready by Christmas. \"We work two "
          "shifts,\" she smiles.", "Runa Westberg"),
    (EN + "Alma Ferrand, the dean, opened the meeting. \"We will not close the library,\" the dean said.",
     "Alma Ferrand"),
])
def test_the_frame_names_who_no_rule_did_at_low_confidence(page: str, speaker: str) -> None:
    [(_, who, rule, confidence)] = attributions(draft(page))
    assert who == [speaker] and rule is not None and rule.startswith("after: the frame's")
    assert confidence == FRAME_CONFIDENCE == "low"


@pytest.mark.parametrize("page", [
    # someone unnamed the page brings in after the person, by a common noun
    RU + "Учительница Анна Лунд работает в школе двадцать лет. Ее помощница тоже недовольна. «Дайте нам новую "
         "крышу», — улыбается она.",
    # the person named is an object, not the subject
    RU + "Пенсионерка из Ростада пришла на прием к депутату Анне Берг. «Дайте мне служебную квартиру в поселке», — "
         "вздыхает она.",
    # a pronoun of the other sex (Илья is a man's name)
    RU + "Рыбак Илья Берг встретил нас у причала. «Рыбы в заливе нет совсем», — вздыхает она.",
    # the person is named in another paragraph
    RU + "Директор школы Ильва Сорн считает, что учителя не поедут.\n\n«Дайте нам служебную квартиру в поселке», — "
         "вздыхает она.",
    # a noun the page never put beside a name is someone unnamed
    RU + "Мэр Анна Крылова считает, что поселок восстановят к весне. «Нам никто не помог», — говорит жительница.",
    EN + "Mayor Ada Holm answered most questions. \"Which ships and when,\" she refused to say.",
    EN + "Mayor Ada Holm spoke first. A fisherman waited at the gate. \"Nobody asked us about the port,\" he shrugs.",
])
def test_the_frame_names_no_one_where_someone_else_may_be_meant(page: str) -> None:
    assert [who for _, who, _, _ in attributions(draft(page))] == [[]]
