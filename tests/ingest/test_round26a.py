"""Issue 14, round 26a: the English speaker kinds `fresh25/` showed (its lines in fresh25.scored.txt), each a case
with the shape it was written for, and beside it ordinary text on which the rule must not fire."""

from __future__ import annotations

from tests.ingest.drafting import EN, draft, speakers

# --- a pronoun after a sentence whose subject acts on another person (fresh25/f2510, f2513) -----------------------


def test_a_pronoun_after_an_object_of_the_subjects_verb_is_the_subjects() -> None:
    d = draft(EN + "Councillor Ylva Renk met harbour master Tomas Grell on Tuesday. \"A yard without a slipway has "
              "a short future,\" she said.\n")
    assert speakers(d) == [["Ylva Renk"]]
    d = draft(EN + "Speaker of the Senate Arman Tokbay backed the minister Lena Orrit. \"On this there is no "
              "government and no opposition,\" he said.\n")
    assert speakers(d) == [["Arman Tokbay"]]


def test_a_pronoun_after_a_person_who_is_the_subject_of_their_own_sentence_stays_theirs() -> None:
    # ordinary text: the person named last opens their own sentence, or is named after the subject with no verb
    # between (an apposition, a list), so the pronoun stays with them
    d = draft(EN + "Councillor Ylva Renk met the press on Tuesday. Harbour master Tomas Grell spoke after her. "
              "\"The slipway is too shallow,\" he said.\n")
    assert speakers(d) == [["Tomas Grell"]]
    d = draft(EN + "Ylva Renk and Tomas Grell visited the yard on Tuesday. \"The slipway is too shallow,\" he said.\n")
    assert speakers(d) == [["Tomas Grell"]]


def test_a_pronoun_after_a_sentence_naming_one_person_stays_theirs() -> None:
    # ordinary text: the sentence before names only the person, as its subject; no one else to prefer
    d = draft(EN + "Tomas Grell spoke first. \"The slipway is too shallow,\" he said.\n")
    assert speakers(d) == [["Tomas Grell"]]


# --- a place's possessive owning a role, the name in apposition; a verb taking the next quote (fresh25/f2508) ----


def test_an_owners_role_in_apposition_names_the_speaker_of_the_next_quote() -> None:
    d = draft(EN + "Transport Minister Agnes Moor has said only that \"all funding routes remain open\", a line "
              "Veska's harbour master, Nils Dahl, calls \"a polite way of saying no\".\n")
    assert speakers(d) == [["Agnes Moor"], ["Nils Dahl"]]


def test_a_verb_after_a_quote_with_a_comma_before_the_next_quote_is_a_split_quote() -> None:
    # ordinary text: a split quote's attribution ends with a comma, so it stays the first piece's
    d = draft(EN + "\"We will not close the bridge,\" Veska's harbour master, Nils Dahl, said, \"not this winter "
              "and not the next.\"\n")
    assert speakers(d) == [["Nils Dahl"], ["Nils Dahl"]]


# --- a speaker after the quote with their body between name and verb (fresh25/f2510) ------------------------------


def test_a_name_then_of_a_body_then_the_verb_after_the_quote_is_the_speaker() -> None:
    d = draft(EN + "\"This is the cheapest repair in the region and the best value,\" analyst Mona Krantz of Skelde "
              "Sparbank wrote in a note to clients.\n")
    assert speakers(d) == [["Mona Krantz"]]


def test_a_name_of_a_body_without_a_verb_of_saying_after_it_is_no_speaker() -> None:
    # ordinary text: the body follows the name but no verb of saying follows the body
    d = draft(EN + "Jens Hovik runs a haulage firm. \"We lose an hour a day on every lorry,\" he said. \"Ask the "
              "drivers,\" added the note from Mona Krantz of Skelde Sparbank.\n")
    assert speakers(d)[0] == ["Jens Hovik"]


# --- a body's request in a relative clause after its name (fresh25/f2504) ----------------------------------------


def test_a_relative_clause_of_saying_after_a_body_gives_the_body_the_words() -> None:
    d = draft(EN + "\"A full quay is a safe quay,\" said Lotta Fjell, the director. The change answers a request "
              "from the Skelde Coastal Agency, which wrote to all harbour boards urging them to \"plan each berth "
              "with care\".\n")
    assert speakers(d) == [["Lotta Fjell"], ["Skelde Coastal Agency"]]


def test_a_relative_clause_without_a_verb_of_saying_carries_nothing() -> None:
    # ordinary text: the relative clause does not say anything ("which opened in 2020"), so the earlier speaker's
    # words continue as before
    d = draft(EN + "\"A full quay is a safe quay,\" said Lotta Fjell, the director. The boats use the Skelde "
              "Coastal Agency, which opened in 2020, as \"a second harbour office\".\n")
    assert speakers(d)[1] != ["Skelde Coastal Agency"]


# --- "a spokesperson for the office", the office named before (fresh25/f2507) ------------------------------------


def test_a_spokesperson_for_the_office_speaks_for_the_office_named_before() -> None:
    d = draft(EN + "The Governor's Office has been told of the plan. A spokesperson for the office said the governor "
              "\"welcomes any step that keeps the quays calm\".\n")
    assert speakers(d) == [["Governor's Office"]]


def test_a_spokesperson_for_the_office_with_no_office_named_before_names_no_one() -> None:
    # ordinary text: no body named before by that noun; and a body's noun followed by "of" is another body
    d = draft(EN + "Lena Holm spoke at noon. A spokesperson for the office said the governor \"welcomes any step "
              "that keeps the quays calm\".\n")
    assert speakers(d) == [[]]


def test_an_office_owned_by_a_named_person_keeps_the_owners_name_out() -> None:
    # ordinary text: the role before an owner's name is not the office's name ("Governor Ola Vik's office")
    d = draft(EN + "Governor Ola Vik's office said it was \"fine with the plan\".\n")
    assert speakers(d) == [["Ola Vik's office"]]
