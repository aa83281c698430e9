"""Issue 14, round 27a: the English speaker kinds `fresh26/` showed (its lines in fresh26.scored.txt), each a case
with the shape it was written for, and beside it ordinary text on which the rule must not fire."""

from __future__ import annotations

from tests.ingest.drafting import EN, draft, speakers

# --- a past-tense verb the lexicon does not know, inverted before the speaker (fresh26/f2602) ---------------------


def test_an_unknown_past_tense_verb_inverted_after_the_quote_names_its_speaker() -> None:
    d = draft(EN + "Minister Rolf Danner spoke late. But he told the paper: \"We were ready within an hour.\"\n\n"
              "\"An hour is an hour too long for the island,\" seethed opposition deputy Ines Warde, who wants more "
              "boats.\n")
    assert speakers(d) == [["Rolf Danner"], ["Ines Warde"]]


def test_an_ed_word_after_a_quote_that_is_no_inverted_verb_of_its_speaker_does_not_fire() -> None:
    # ordinary text: a passive with "by" (the name after it is an agent, not inverted), and a quote closing its
    # sentence with a full stop, so what follows is a new clause
    d = draft(EN + "Minister Rolf Danner spoke on Monday. \"We were ready within an hour,\" he said.\n\n"
              "\"Ready within an hour,\" echoed by deputy Ines Warde, became the slogan of the week.\n")
    assert speakers(d)[1] != ["Ines Warde"]
    d = draft(EN + "Minister Rolf Danner spoke on Monday. \"We were ready within an hour.\" Warned deputy Ines "
              "Warde later, the ministry changed its rota.\n")
    assert speakers(d) == [["Rolf Danner"]]


# --- the next sentence points back at a lone quote and names its speaker in apposition (fresh26/f2606, f2608) -----


def test_a_next_sentence_pointing_back_with_an_apposed_person_names_the_speaker() -> None:
    d = draft(EN + "\"We are here to be seen,\" said Capt. Anders Lyle, a pilot with the 9th Squadron.\n\n"
              "\"Six boats, three at sea at any hour. That is the plan.\" The base commander, Cdr. Nora Quill, put "
              "it as simply as that on Friday.\n")
    assert speakers(d) == [["Anders Lyle"], ["Nora Quill"]]
    d = draft(EN + "\"We are here to be seen,\" said Capt. Anders Lyle.\n\n\"The queue was fifty minutes. Fifty "
              "minutes, every shift.\" Those were the figures the branch chair, Marta Hegg, gave to a meeting.\n")
    assert speakers(d) == [["Anders Lyle"], ["Marta Hegg"]]


def test_a_next_sentence_with_an_apposed_person_but_no_pointing_back_or_a_copula_keeps_the_speaker() -> None:
    # ordinary text: the next sentence names a person in apposition but does not point back at the quote, or the
    # person is the subject of "was" (a fact about them), or of a relative clause: the quote stays the earlier
    # speaker's
    d = draft(EN + "\"We are here to be seen,\" said Capt. Anders Lyle.\n\n\"Six boats at sea at any hour.\" The "
              "base commander, Nora Quill, arrived on Friday.\n")
    assert speakers(d) == [["Anders Lyle"], ["Anders Lyle"]]
    d = draft(EN + "\"We are here to be seen,\" said Capt. Anders Lyle.\n\n\"Six boats at sea at any hour.\" That "
              "week the base commander, Nora Quill, was on leave.\n")
    assert speakers(d) == [["Anders Lyle"], ["Anders Lyle"]]


# --- a body's initials before a lower-case role and the speaker's name (fresh26/f2608) ---------------------------


def test_initials_before_a_lower_case_role_and_a_name_after_the_verb_name_the_speaker() -> None:
    d = draft(EN + "\"Our sailors are not suspects,\" said HTU general secretary Lars Penn.\n")
    assert speakers(d) == [["Lars Penn"]]


def test_initials_after_the_verb_with_no_role_and_name_name_no_person() -> None:
    # ordinary text: the initials are the body itself, or a place follows them: no person is made up from them
    d = draft(EN + "\"Our sailors are not suspects,\" said HTU on Monday.\n")
    assert speakers(d) != [["Monday"]]
    d = draft(EN + "Lars Penn spoke first. \"Our sailors are not suspects,\" he said in the HTU hall in Oskby.\n")
    assert speakers(d) == [["Lars Penn"]]


# --- a verb taking an infinitive of saying after the speaker (fresh26/f2612) -------------------------------------


def test_a_verb_taking_an_infinitive_of_saying_after_the_quote_names_its_subject() -> None:
    d = draft(EN + "Admiral Runa Holt, who has died aged 80, built the fleet.\n\nBorn in Tarn in 1947, she joined "
              "the navy at 18. \"A navy that only counts boats is a ledger with sails,\" she liked to say.\n")
    assert speakers(d) == [["Runa Holt"]]
    d = draft(EN + "Admiral Runa Holt spoke on Monday. \"The fleet is ready,\" Holt went on to say.\n")
    assert speakers(d) == [["Runa Holt"]]


def test_a_verb_taking_an_infinitive_that_is_no_saying_does_not_fire() -> None:
    # ordinary text: the infinitive is no verb of saying ("wanted to leave"): the rule names no one, and the words
    # stay with the one who said them before
    d = draft(EN + "Mayor Jonas Ekk spoke first. \"The quay is shut,\" he said. \"Until May,\" Admiral Runa Holt "
              "wanted to leave.\n")
    assert speakers(d)[0] == ["Jonas Ekk"] and speakers(d)[1] != ["Runa Holt"]
