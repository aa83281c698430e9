"""Issue 14, round 25a: the English speaker kinds `fresh24/` showed (its lines in fresh24.scored.txt), each a case
with the shape it was written for, and beside it ordinary text on which the rule must not fire."""

from __future__ import annotations

from tests.ingest.drafting import EN, draft, speakers

# --- a body's name cut short (fresh24/f2407, f2413) -------------------------------------------------------------


def test_a_committees_remit_after_on_and_joined_by_and_stays_in_its_name() -> None:
    d = draft(EN + "In its note, the Committee on Fisheries and Coastguard asks the ministry for \"catch figures "
              "every quarter\".\n")
    assert speakers(d) == [["Committee on Fisheries and Coastguard"]]


def test_a_state_service_named_by_its_own_words_keeps_service() -> None:
    d = draft(EN + "The Talmor Coast Service said its cutters had \"stopped eleven boats in six weeks.\"\n")
    assert speakers(d) == [["Talmor Coast Service"]]


def test_a_second_party_after_and_is_not_a_word_of_the_remit() -> None:
    # ordinary text: "and" joins a state the page names on its own, or a person; they are not the body's name
    d = draft(EN + "Tessaly denied it. On Monday the Committee on Energy and Tessaly agreed a text. The Committee on "
              "Energy said it wanted \"a weekly list\".\n")
    assert speakers(d) == [["Committee on Energy"]]
    d = draft(EN + "Officials of the Ministry of Labour and Rune Dalby met. Dalby said \"the list is ready\".\n")
    assert speakers(d) == [["Rune Dalby"]]


def test_a_word_service_alone_or_after_a_weekday_names_no_body() -> None:
    # ordinary text: "Service" after a weekday or opening a sentence is no state service
    d = draft(EN + "After the Sunday Service the pastor Ola Brun said \"the bells stay\".\n")
    assert speakers(d) == [["Ola Brun"]]


# --- an unnamed voice after a named speaker's quote (fresh24/f2405, f2410) ----------------------------------------

HOLTE = "The mayor, Sigrun Holte, said the village had been promised \"a quiet machine\". "


def test_an_unnamed_person_and_verb_after_the_quote_speak_for_no_one() -> None:
    d = draft(EN + HOLTE + "\"My cows stand in the corner all night,\" one dairy farmer whose land lies under the "
              "blades told Ostmere Radio.\n")
    assert speakers(d) == [["Sigrun Holte"], []]
    d = draft(EN + HOLTE + "\"My cows stand in the corner all night,\" said a farmer on the hill.\n")
    assert speakers(d) == [["Sigrun Holte"], []]


def test_a_named_speaker_after_the_quote_still_speaks() -> None:
    # ordinary text: a named speaker after the quote, an unnamed person only as the object
    d = draft(EN + HOLTE + "\"My cows stand in the corner all night,\" Holte told a farmer on the hill.\n")
    assert speakers(d) == [["Sigrun Holte"], ["Sigrun Holte"]]
    d = draft(EN + HOLTE + "\"My cows stand in the corner all night,\" said Arne Lid, a farmer on the hill.\n")
    assert speakers(d) == [["Sigrun Holte"], ["Arne Lid"]]


def test_an_unnamed_person_who_shouts_speaks_for_no_one() -> None:
    d = draft(EN + HOLTE + "One woman near the door shouted \"Stop them at night!\" as the meeting ended.\n")
    assert speakers(d) == [["Sigrun Holte"], []]


def test_a_named_person_who_shouts_still_speaks() -> None:
    # ordinary text: the verb of shouting with a named subject gives the words to that person
    d = draft(EN + "Councillor Arne Lid shouted \"Stop them at night!\" as the meeting ended.\n")
    assert speakers(d) == [["Arne Lid"]]


# --- a ministry speaking of itself with a reporting verb other than "said" (fresh24/f2406) -------------------------


def test_a_body_that_reminds_someone_that_speaks() -> None:
    d = draft(EN + "Governor Hanna Mo told the staff: \"The queue is good news.\"\n\nThe Ministry of Labour reminds "
              "employers that \"a permit holder must be paid from the first day.\"\n")
    assert speakers(d) == [["Hanna Mo"], ["Ministry of Labour"]]


def test_the_one_reminded_is_not_the_speaker() -> None:
    # ordinary text: "reminded" takes the one spoken to as its object, who never speaks the words
    d = draft(EN + "Governor Hanna Mo reminded Rune Dalby that \"a permit holder must be paid from the first "
              "day.\"\n")
    assert speakers(d) == [["Hanna Mo"]]


def test_a_bodys_unnamed_voice_after_the_quote_is_left_to_the_body() -> None:
    # ordinary text: "a coast guard spokesperson" after the quote speaks for the body the sentence before names
    d = draft(EN + "In a statement, the Talmor Coast Service said the boat had \"entered without notice\".\n\n\"We "
              "asked them three times what they were doing,\" a coast service spokesperson told the radio.\n")
    assert speakers(d) == [["Talmor Coast Service"], ["Talmor Coast Service"]]
