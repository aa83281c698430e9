"""Issue 14, round 29a: the English speaker kinds `fresh28/` showed (its lines in fresh28.scored.txt), each a case
with the shape it was written for, and beside it ordinary text on which the rule must not fire."""

from __future__ import annotations

from typing import Any

from alliance_monitor.ingest.draft import Draft
from tests.ingest.drafting import EN, draft, speakers


def _actor(d: Draft, name: str) -> dict[str, Any]:
    """The draft's actor record named `name` (its name as the stub gives it)."""
    return next(a for a in d.document["actors"] if a["name"] == name)


# --- a state's body named with the state in the possessive: its formal adjective form (fresh28/f2813, f2601) -----


def test_a_state_in_the_possessive_before_its_body_names_the_body_by_its_adjective_too() -> None:
    d = draft(EN + "Corvenia's foreign ministry called the map \u201ca drawing made to order.\u201d\n")
    assert speakers(d) == [["Corvenia's foreign ministry"]]
    assert _actor(d, "Corvenia's foreign ministry")["aliases"] == ["Corvenian Foreign Ministry"]
    # a state the gazetteer knows takes its demonym ("Russia": "Russian")
    d = draft(EN + "Russia's defence ministry said the flight was \u201croutine\u201d.\n")
    assert _actor(d, "Russia's defence ministry")["aliases"] == ["Russian Defence Ministry"]


def test_the_possessive_and_the_adjective_forms_of_one_body_are_one_speaker() -> None:
    d = draft(EN + "Sorvia's defence ministry said the flight was \u201croutine\u201d.\n\nLater the Sorvian defence "
              "ministry said it had \u201cnothing to add\u201d.\n")
    first, second = (d.speakers_of(q) for q in d.quotes)
    assert first == second and len(first) == 1


def test_an_owner_that_is_no_state_keeps_its_possessive() -> None:
    # ordinary text: a company's, a forum's or a person's office is no state's body (no adjective is made of it)
    for page, name in ((EN + "Nordwing's press office said it had \u201cno comment\u201d.\n",
                        "Nordwing's press office"),
                       (EN + "The Forum's secretariat said the meeting was \u201cpostponed\u201d.\n",
                        "Forum's secretariat"),
                       (EN + "Olivia's office said the visit was \u201cprivate\u201d.\n", "Olivia's office")):
        d = draft(page)
        assert speakers(d) == [[name]], page
        assert "aliases" not in _actor(d, name), page


# --- a participle's phrase between commas after the speaker names someone else (fresh28/f2803) --------------------


def test_a_participle_phrase_between_the_subject_and_the_verb_leaves_the_subject_the_speaker() -> None:
    d = draft(EN + "Jakob Rask, speaking for the opposition Countryside Party, said his group backed the plan but "
              "not \u201ca fund whose rules nobody has read.\u201d\n")
    assert speakers(d) == [["Jakob Rask"]]
    d = draft(EN + "Jens Arkell, citing the Varnian Air Navigation Service, said the route was \u201csafe "
              "enough\u201d.\n")
    assert speakers(d) == [["Jens Arkell"]]


def test_a_participle_phrase_opening_the_sentence_or_a_name_after_the_comma_keeps_the_nearest_subject() -> None:
    # ordinary text: the participle's phrase opens the sentence, and the subject is the name after it
    d = draft(EN + "Speaking for the opposition Countryside Party, Jakob Rask said it was \u201csafe enough\u201d.\n")
    assert speakers(d) == [["Jakob Rask"]]
    # an object of the participle that opens the sentence is not the subject of the verb
    d = draft(EN + "After meeting Jens Arkell, speaking for the first time in public, Ina Lund said it was "
              "\u201csafe enough\u201d.\n")
    assert speakers(d) == [["Ina Lund"]]


def test_a_name_after_the_verb_of_saying_stays_the_subject_of_its_own_clause() -> None:
    # ordinary text: the reported clause names its own subject, who wants the words (the rule skips only a verb
    # whose found subject stands before the verb of saying)
    d = draft(EN + "Jakob Rask said Ina Lund wanted \u201ca fund whose rules everybody has read.\u201d\n")
    assert speakers(d) == [["Ina Lund"]]
    d = draft(EN + "Jakob Rask said the Countryside Party wanted \u201ca fund whose rules everybody has read.\u201d\n")
    assert speakers(d) == [["Countryside Party"]]


# --- an official after the quote, named by no body: someone unnamed, not the speaker before (fresh28/f2802) --------


def test_an_official_after_the_quote_with_a_peoples_word_and_no_body_is_unnamed() -> None:
    d = draft(EN + "Lena Ortis said the jamming \u201cendangers aircraft\u201d.\n\n\u201cWe have measured it,\u201d a "
              "senior Varnian official said, speaking on condition of anonymity.\n")
    assert speakers(d) == [["Lena Ortis"], []]
    d = draft(EN + "Lena Ortis said the jamming \u201cendangers aircraft\u201d.\n\n\u201cWe have measured it,\u201d a "
              "Varnian source told reporters.\n")
    assert speakers(d) == [["Lena Ortis"], []]


def test_an_official_of_a_body_named_or_one_apposed_to_a_name_is_not_made_unnamed() -> None:
    # ordinary text: the official is the body's voice (the body named before), or the person is named in apposition
    d = draft(EN + "The Varnian Coast Guard said it was ready. \u201cWe have measured it,\u201d a Coast Guard "
              "official said.\n")
    assert len(speakers(d)) == 1 and speakers(d)[0] != []
    d = draft(EN + "\u201cWe have measured it,\u201d said a senior official, Ilse Brand, at the harbour.\n")
    assert speakers(d) == [["Ilse Brand"]]


# --- a one-word name, then the kind of company it is in apposition: a company speaks (fresh28/f2804) --------------


def test_a_name_with_the_kind_of_company_in_apposition_is_an_organisation_that_speaks() -> None:
    d = draft(EN + "\u201cFour minutes is better than forty,\u201d said Birte Halloran.\n\nNordwing, the largest "
              "airline at Kelmstad, said it welcomed \u201ca predictable procedure\u201d.\n")
    assert speakers(d) == [["Birte Halloran"], ["Nordwing"]]
    assert next(a for a in d.document["actors"] if a["name"] == "Nordwing")["kind"] == "organisation"
    # (an operator is a person's occupation too: a company's only with its rank or ownership, review of round 29a;
    # "Baltline, a ferry operator," no longer counts)
    d = draft(EN + "Baltline, the largest ferry operator, said the change was \u201cgood news\u201d.\n")
    assert speakers(d) == [["Baltline"]]


def test_a_person_with_an_occupation_in_apposition_stays_a_person() -> None:
    # ordinary text: a person's name before an occupation that holds a company's noun, or a company's in the
    # possessive, is no company
    for page, name in ((EN + "Tove Hallin, the operator of the crane, said it was \u201ctoo windy\u201d.\n",
                        "Tove Hallin"),
                       (EN + "Anna Berg, a bank clerk in Tarnby, said it was \u201ctoo windy\u201d.\n", "Anna Berg"),
                       (EN + "Harald Moe, the company's founder, said it was \u201ctoo windy\u201d.\n", "Harald Moe")):
        d = draft(page)
        assert speakers(d) == [[name]], page
        assert next(a for a in d.document["actors"] if a["name"] == name)["kind"] == "person", page


# --- a sentence's opening participle phrase names its object, not the pronoun after it (fresh28/f2809) -----------


def test_the_person_an_opening_participle_phrase_names_is_not_the_pronoun_after_it() -> None:
    d = draft(EN + "Erik Solt pleaded guilty on Friday. District Judge Owen Marle adjourned sentencing. Addressing "
              "Solt, he said: \u201cYou have been foolish.\u201d\n")
    assert speakers(d) == [["Owen Marle"]]
    d = draft(EN + "Erik Solt pleaded guilty on Friday. Judge Anna Marle adjourned sentencing. Turning to Solt, "
              "she said: \u201cYou have been foolish.\u201d\n")
    assert speakers(d) == [["Anna Marle"]]


def test_an_opening_participle_phrase_naming_no_one_or_a_subject_with_its_phrase_keeps_the_speaker() -> None:
    # ordinary text: the phrase names no one (the pronoun is the person named last), or the named person is the
    # subject with the participle in apposition
    d = draft(EN + "Erik Solt pleaded guilty on Friday. Judge Owen Marle adjourned sentencing. Leaving the court, "
              "he said: \u201cI was foolish.\u201d\n")
    assert speakers(d) == [["Owen Marle"]]
    d = draft(EN + "Judge Owen Marle adjourned sentencing. Erik Solt, smiling, said: \u201cI was foolish.\u201d\n")
    assert speakers(d) == [["Erik Solt"]]
    d = draft(EN + "Owen Marle adjourned sentencing. Erik Solt was released. \u201cI was foolish,\u201d he said.\n")
    assert speakers(d) == [["Erik Solt"]]
