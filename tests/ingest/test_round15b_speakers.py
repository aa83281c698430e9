"""Issue 14, round 15b: the speaker kinds `fresh14/` showed (its lines in fresh14.scored.txt), each a case with the
shape it was written for, and beside it ordinary text on which the rule must not fire."""

from __future__ import annotations

import pytest

from tests.ingest.drafting import EN, RU, draft, speakers


def test_a_joint_statement_signed_by_two_people_is_both_of_theirs() -> None:
    # fresh14/f1402: said the statement, signed by X and Y; the quote after it; what "it said" in the next sentence
    d = draft(EN + '"One channel needs one plan," said the joint statement, signed by Nils Varga and Oda Kjell. "Both '
              'fleets will answer to a single roster."\n\nThe statement ran to two pages. On costs it said only that '
              'the ministries "will share them in proportion to the traffic."\n')
    assert speakers(d) == [["Nils Varga", "Oda Kjell"]] * 3


@pytest.mark.parametrize("paragraph", [
    # one signatory is no joint statement: the signatories rule needs two or more
    '"We will keep the port open all winter," said the statement, signed by Jan Oberg.',
    # "it said" after a sentence whose subject is no document is not the statement's
    '"One channel needs one plan," said the joint statement, signed by Nils Varga and Oda Kjell.\n\nThe ferry '
    'company raised fares on Monday. On winter fares it said only that they "will stay as they are for now."',
])
def test_no_joint_statement_without_two_signatories_or_the_statement_as_subject(paragraph: str) -> None:
    said = speakers(draft(EN + paragraph + "\n"))
    assert said[-1] == [], said


def test_a_name_after_a_possessive_place_is_the_name() -> None:
    # fresh14/f1402: "Lindmark's Joakim Feld" drafted as the name "Lindmark's Joakim Feld"
    d = draft(EN + "The deal was signed by Astrell's Nils Varga on Monday. Asked whether it would cost jobs, Varga "
              'said: "Not one, not now and not later."\n')
    assert speakers(d) == [["Nils Varga"]]


def test_a_possessive_person_before_an_office_still_gives_the_office() -> None:
    # ordinary text: a person's office speaks as an organisation, the possessive no part of a person's name
    d = draft(EN + '"We will keep the port open all winter," Jan Oberg\'s office said on Monday.\n')
    assert speakers(d) == [["Jan Oberg's office"]]


def test_a_pronoun_after_someone_unnamed_in_reported_words_is_the_named_speaker() -> None:
    # fresh14/f1412: "Holm answered that ... whether a student in Tarn can afford ..."; then "she said"
    d = draft(EN + "Consul Ragna Toft spoke to students on Thursday.\n\nToft said that fares decide whether a student "
              "in Halvik can visit her family. Asked about the ferry office, she laughed. \"We close nothing that "
              'people still use," she said.\n')
    assert speakers(d) == [["Ragna Toft"]]


def test_a_pronoun_after_someone_unnamed_met_in_person_is_still_no_one() -> None:
    # ordinary text the pronoun rule was written for: the unnamed person is a participant, "he" may be him
    d = draft(EN + "Jan Oberg left early. When I asked a Varnian admiral about the plan, he answered at once. "
              '"We do not wait for the politicians," he said.\n')
    assert speakers(d) == [[]]


@pytest.mark.parametrize(("paragraph", "speaker"), [
    # fresh14/f1414: "глава региона" is the governor named before
    ("Губернатор Ольховской области Вера Сольская провела встречу.\n\n«Паромная линия нужна людям на островах», — "
     "подчеркнула глава региона.", ["Вера Сольская"]),
    # fresh14/f1419: a capitalised role with its body; "замминистра" for a deputy minister
    ("Председатель Сената Антон Ремизов открыл заседание. «Мы уже выделили деньги на два парома», — отметил "
     "Председатель Сената.", ["Антон Ремизов"]),
    ("Заместитель министра транспорта Варнии Лев Гарт выступил первым. «Цена билета останется прежней», — сказал "
     "замминистра.", ["Лев Гарт"]),
])
def test_a_role_after_the_verb_names_the_person_with_that_role(paragraph: str, speaker: list[str]) -> None:
    assert speakers(draft(RU + paragraph + "\n")) == [speaker]


@pytest.mark.parametrize("paragraph", [
    # a name after the role is the speaker, never someone named before with that role
    "Министр транспорта Вера Сольская провела встречу. «Цена билета останется прежней», — сказала министр Анна.",
    # a role no one before was given names no one
    "Губернатор Ольховской области Вера Сольская провела встречу. «Цена билета останется прежней», — сказал "
    "замминистра.",
])
def test_a_role_after_the_verb_names_no_one_without_that_role_before(paragraph: str) -> None:
    said = speakers(draft(RU + paragraph + "\n"))
    assert "Вера Сольская" not in said[-1], said
